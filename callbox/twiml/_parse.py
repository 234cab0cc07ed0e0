"""Read TwiML back into the builder classes, and check documents made by anything.

One pass over :mod:`xml.parsers.expat` events builds the same classes the builders make,
guided by the table in ``_schema``, and reports what Twilio would not accept with the line
and column of the element.  A DOCTYPE, entity declarations and external entities are refused
before anything is expanded, so neither XXE nor entity-expansion bombs get through.
Positions are expat's: lines from 1, columns from 0.
"""

from __future__ import annotations

from xml.parsers import expat

from ..errors import TwiMLError
from ._element import GenericNode, TwiML, generic_row
from ._schema import ROOTS, ROWS, Row

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Problem", "parse", "validate"]


class Problem(str):
    """One finding of :func:`validate`: the message (``"line 2, column 4: ..."``) as a string,
    with ``line``, ``column``, ``message`` and ``warning`` as attributes.

    A *warning* is something the official package lets you build and Twilio's schema does
    not document (an element outside the table, text where none belongs, ``<Body>`` straight
    under a messaging ``<Response>``): the document is built and parsed, the finding is only
    reported.  Anything else would make Twilio refuse the document.
    """

    line: int
    column: int
    message: str
    warning: bool

    def __new__(cls, message: str, line: int, column: int, warning: bool = False) -> Problem:
        text = f"line {line}, column {column}: " + ("warning: " if warning else "") + message
        self = super().__new__(cls, text)
        self.line = line
        self.column = column
        self.message = message
        self.warning = warning
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Problem, (self.message, self.line, self.column, self.warning))


#: Rows whose text keeps its whitespace (speech: spaces between words matter).
_SPEECH = frozenset(k for k in ROWS if k == "Say" or k.startswith("Ssml"))

_BY_TAG: dict[str, Row] = {}
for _r in ROWS.values():
    _BY_TAG.setdefault(_r.tag, _r)

_KINDS = ("voice", "messaging", "fax")
#: Root children that tell which document it is; other children fit several.
_DECIDES = {"Message": "messaging", "Body": "messaging", "Media": "messaging", "Receive": "fax"}


class _Refused(Exception):
    """Raised inside expat handlers to stop at a DOCTYPE or entity declaration."""


def _refuse(what: str) -> Any:
    def handler(*_args: Any) -> None:
        raise _Refused(what)

    return handler


_DOCTYPE = _refuse("a DOCTYPE declaration")
_ENTITY = _refuse("an entity declaration")
_UNPARSED = _refuse("an unparsed entity declaration")
_NOTATION = _refuse("a notation declaration")
_EXTERNAL = _refuse("an external entity reference")


class _Frame:
    """An open element: its node, row and where it started."""

    __slots__ = ("col", "line", "nested", "node", "report", "row")

    def __init__(self, node: TwiML, row: Row, line: int, col: int, report: bool) -> None:
        self.node = node
        self.row = row
        self.line = line
        self.col = col
        self.report = report
        #: whether any child is an element
        self.nested = False


class _Reader:
    """Builds the tree from expat events; problems raise (``parse``) or are kept (``validate``)."""

    __slots__ = ("decided", "early", "kind", "parser", "problems", "root", "stack", "strict")

    def __init__(self, strict: bool, problems: list[Any] | None, kind: str | None) -> None:
        if kind is not None and kind not in ROOTS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
        self.strict = strict
        self.problems = problems
        self.kind = kind
        self.decided = kind is not None
        self.stack: list[_Frame] = []
        self.root: TwiML | None = None
        #: root children seen before the kind of document was known: (node, line, col)
        self.early: list[tuple[TwiML, int, int]] = []

    def read(self, xml: str | bytes) -> TwiML:
        if isinstance(xml, str):
            data = xml.encode("utf-8")
            # A declared encoding would contradict the UTF-8 bytes we hand to expat.
            parser = expat.ParserCreate("utf-8")
        elif isinstance(xml, (bytes, bytearray)):
            data = bytes(xml)
            parser = expat.ParserCreate()
        else:
            raise TypeError(f"TwiML must be str or bytes, not {type(xml).__name__}")
        self.parser = parser
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = _DOCTYPE
        parser.EntityDeclHandler = _ENTITY
        parser.UnparsedEntityDeclHandler = _UNPARSED
        parser.NotationDeclHandler = _NOTATION
        parser.ExternalEntityRefHandler = _EXTERNAL
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        try:
            parser.Parse(data, True)
        except _Refused as exc:
            raise TwiMLError(
                f"line {parser.CurrentLineNumber}, column {parser.CurrentColumnNumber}: "
                f"TwiML may not contain {exc} (entities are never expanded)"
            ) from None
        except expat.ExpatError as exc:
            message = expat.ErrorString(exc.code)
            raise TwiMLError(
                f"line {exc.lineno}, column {exc.offset}: malformed XML: {message}"
            ) from None
        finally:
            del self.parser
        assert self.root is not None  # expat refuses a document without an element
        return self.root

    def problem(self, text: str, line: int, col: int, warning: bool = False) -> None:
        """Record a finding; an error stops a strict parse, a warning never does."""
        found = Problem(text, line, col, warning)
        if self.strict and not warning:
            raise TwiMLError(str(found))
        if self.problems is not None:
            self.problems.append(found)

    # ------------------------------------------------------------ expat handlers
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        parser = self.parser
        line = parser.CurrentLineNumber
        col = parser.CurrentColumnNumber
        stack = self.stack
        checking = self.strict or self.problems is not None
        if not stack:
            if tag != "Response":
                raise TwiMLError(
                    f"line {line}, column {col}: unknown root element <{tag}>; "
                    "TwiML starts with <Response>"
                )
            row = ROOTS[self.kind or "voice"]
            node = self._node(row, attrs, line, col, checking)
            self.root = node
            stack.append(_Frame(node, row, line, col, checking))
            return
        frame = stack[-1]
        frame.nested = True
        prow = frame.row
        if len(stack) == 1 and not self.decided:
            kind = _DECIDES.get(tag)
            if kind is not None:
                prow = self._decide(kind, checking)
        found = prow.children.get(tag)
        report = checking and frame.report
        if found is not None:
            row = found
        elif tag in prow.tolerated:
            row = prow.tolerated[tag]
            if report:
                self.problem(_tolerated(prow, tag), line, col, warning=True)
        else:
            known = _BY_TAG.get(tag)
            if report:
                if known is None:
                    self.problem(_unknown(tag), line, col, warning=True)
                else:
                    self.problem(_misplaced(prow, tag), line, col)
            row = known if known is not None else generic_row(tag)
        node = self._node(row, attrs, line, col, report)
        frame.node.verbs.append(node)
        if len(stack) == 1 and not self.decided:
            self.early.append((node, line, col))
        stack.append(_Frame(node, row, line, col, report and row.cls is not None))

    def text(self, data: str) -> None:
        stack = self.stack
        if not stack:
            return
        node = stack[-1].node
        verbs = node.verbs
        if not verbs:
            node.value = data if node.value is None else node.value + data
        elif isinstance(verbs[-1], str):
            verbs[-1] += data
        else:
            verbs.append(data)

    def end(self, _tag: str) -> None:
        frame = self.stack.pop()
        node = frame.node
        row = frame.row
        # Whitespace-only text is layout between child elements, except in speech (spaces
        # between words) and in an element holding nothing but that text.
        if not (row.takes_text and not frame.nested) and row.key not in _SPEECH:
            if node.value is not None and node.value.isspace():
                node.value = None
            if frame.nested:
                node.verbs = [v for v in node.verbs if not (isinstance(v, str) and v.isspace())]
        if frame.report:
            if not row.takes_text:
                for segment in (node.value, *node.verbs):
                    if isinstance(segment, str):
                        self.problem(
                            f"<{row.tag}> holds no text in Twilio's schema "
                            f"({segment.strip()[:30]!r})",
                            frame.line,
                            frame.col,
                            warning=True,
                        )
            if row.text_required and not node.value:
                self.problem(f"<{row.tag}> needs text ({row.text})", frame.line, frame.col)

    # ------------------------------------------------------------ helpers
    def _node(self, row: Row, attrs: dict[str, str], line: int, col: int, report: bool) -> TwiML:
        cls = row.cls
        if cls is None:
            node: TwiML = GenericNode.__new__(GenericNode)
            node._row = row
            report = False
        else:
            node = cls.__new__(cls)
        node.strict = self.strict
        node._attrs = attrs
        node._head = None
        node.value = None
        node.verbs = []
        if report and attrs:
            checks = row.checks
            names = row.attr_names
            for name, value in attrs.items():
                if name not in names:
                    self.problem(f"<{row.tag}> has no attribute {name!r}", line, col)
                    continue
                check = checks.get(name)
                if check is not None and value not in check.ok:
                    bad = check(value)
                    if bad is not None:
                        self.problem(f"<{row.tag} {name}>: {bad}", line, col)
        return node

    def _decide(self, kind: str, checking: bool) -> Row:
        """The first child that tells the kind of document fixes the root's class."""
        self.decided = True
        row = ROOTS[kind]
        root = self.stack[0]
        root.row = row
        root.node.__class__ = row.cls
        for node, line, col in self.early:
            tag = node.name
            child_row = row.children.get(tag)
            if child_row is None and tag in row.tolerated:
                child_row = row.tolerated[tag]
                if checking:
                    self.problem(_tolerated(row, tag), line, col, warning=True)
            if child_row is None:
                # Unknown elements were reported when read; known ones are misplaced.
                if checking and tag in _BY_TAG:
                    self.problem(_misplaced(row, tag), line, col)
            elif type(node) is not child_row.cls and child_row.cls is not None:
                node.__class__ = child_row.cls
        self.early = []
        return row


def _unknown(tag: str) -> str:
    return f"<{tag}> is not a TwiML element Twilio documents (kept as given)"


def _tolerated(parent: Row, tag: str) -> str:
    return (
        f"<{tag}> directly under <{parent.tag}> is not in Twilio's schema; "
        f"allowed children of <{parent.tag}>: {parent.allowed()}"
    )


def _misplaced(parent: Row, tag: str) -> str:
    return (
        f"<{parent.tag}> cannot contain <{tag}>; allowed children of <{parent.tag}>: "
        f"{parent.allowed()}"
    )


def parse(
    xml: str | bytes,
    *,
    strict: bool = True,
    kind: str | None = None,
    problems: list[str] | None = None,
) -> TwiML:
    """Read a TwiML document into the builder classes (``parse(str(r)) == r``).

    The root class is :class:`VoiceResponse`, :class:`MessagingResponse` or
    :class:`FaxResponse`, guessed from the children unless ``kind`` ("voice", "messaging",
    "fax") says.  Malformed XML, an unknown root, a DOCTYPE or entity declaration raise
    :class:`TwiMLError` with the line and column; so do misplaced known elements,
    undocumented attributes and bad values unless ``strict=False``.  Elements outside the
    table and stray text are kept (as the builders allow them): they are warnings.  A
    ``problems`` list receives the :class:`Problem` findings :func:`validate` would report,
    in the same pass (with ``strict=True``, only the warnings: an error raises).
    """
    return _Reader(strict, problems, kind).read(xml)


def validate(xml: str | bytes, *, kind: str | None = None) -> list[Problem]:
    """Every problem Twilio's schema would find in a document; empty when it is valid.

    Each item is a :class:`Problem` (a ``str`` with ``line``, ``column`` and ``warning``):
    ``[p for p in validate(doc) if not p.warning]`` are the ones Twilio would refuse.
    Never raises for a bad document (malformed XML is reported as a problem); only for an
    argument that is not ``str``/``bytes``.
    """
    problems: list[Problem] = []
    try:
        _Reader(False, problems, kind).read(xml)
    except TwiMLError as exc:
        problems.append(_fatal(str(exc)))
    return problems


def _fatal(text: str) -> Problem:
    """A parse failure (``"line L, column C: ..."``) as a Problem."""
    head, sep, message = text.partition(": ")
    words = head.replace(",", "").split()
    if sep and len(words) == 4 and words[0] == "line" and words[2] == "column":
        try:
            return Problem(message, int(words[1]), int(words[3]))
        except ValueError:
            pass
    return Problem(text, 0, 0)
