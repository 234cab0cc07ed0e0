"""Read TwiML back into the builder classes, and check documents made by anything.

Parsing is two passes: :mod:`xml.parsers.expat` turns the bytes into a light tree (with the
line and column of each element), then the table in ``_schema`` turns that into the same
classes the builders make and reports what Twilio would not accept.  A DOCTYPE, entity
declarations and external entities are refused before anything is expanded, so neither XXE
nor entity-expansion bombs get through.  Positions are expat's: lines from 1, columns from 0.
"""

from __future__ import annotations

from xml.parsers import expat

from ..errors import TwiMLError
from ._element import GenericNode, TwiML, generic_row
from ._schema import ROOTS, ROWS, Row

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["parse", "validate"]

#: Rows whose text keeps its whitespace (speech: spaces between words matter).
_SPEECH = frozenset(k for k in ROWS if k == "Say" or k.startswith("Ssml"))

_BY_TAG: dict[str, Row] = {}
for _r in ROWS.values():
    _BY_TAG.setdefault(_r.tag, _r)

_KINDS = ("voice", "messaging", "fax")


class _Raw:
    """An element as expat saw it."""

    __slots__ = ("attrs", "col", "line", "nested", "parts", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], line: int, col: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.col = col
        self.parts: list[_Raw | str] = []
        #: whether any child is an element
        self.nested = False


class _Refused(Exception):
    """Raised inside expat handlers to stop at a DOCTYPE or entity declaration."""


def _read(xml: str | bytes) -> _Raw:
    if isinstance(xml, str):
        data = xml.encode("utf-8")
        # A declared encoding would contradict the UTF-8 bytes we hand to expat.
        parser = expat.ParserCreate("utf-8")
    elif isinstance(xml, (bytes, bytearray)):
        data = bytes(xml)
        parser = expat.ParserCreate()
    else:
        raise TypeError(f"TwiML must be str or bytes, not {type(xml).__name__}")
    parser.buffer_text = True
    parser.ordered_attributes = False
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[_Raw] = []
    root: list[_Raw] = []

    def refuse(what: str) -> Any:
        def handler(*_args: Any) -> Any:
            raise _Refused(what)

        return handler

    def start(tag: str, attrs: dict[str, str]) -> None:
        node = _Raw(tag, attrs, parser.CurrentLineNumber, parser.CurrentColumnNumber)
        if stack:
            parent = stack[-1]
            parent.parts.append(node)
            parent.nested = True
        else:
            root.append(node)
        stack.append(node)

    def end(_tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack:
            parts = stack[-1].parts
            if parts and isinstance(parts[-1], str):
                parts[-1] += data
            else:
                parts.append(data)

    parser.StartDoctypeDeclHandler = refuse("a DOCTYPE declaration")
    parser.EntityDeclHandler = refuse("an entity declaration")
    parser.UnparsedEntityDeclHandler = refuse("an unparsed entity declaration")
    parser.NotationDeclHandler = refuse("a notation declaration")
    parser.ExternalEntityRefHandler = refuse("an external entity reference")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
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
    return root[0]


def _root_row(raw: _Raw, kind: str | None) -> Row:
    where = f"line {raw.line}, column {raw.col}"
    if raw.tag != "Response":
        raise TwiMLError(f"{where}: unknown root element <{raw.tag}>; TwiML starts with <Response>")
    if kind is not None:
        if kind not in ROOTS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
        return ROOTS[kind]
    tags = {p.tag for p in raw.parts if isinstance(p, _Raw)}
    if tags & {"Message", "Body", "Media"}:
        return ROOTS["messaging"]
    if "Receive" in tags:
        return ROOTS["fax"]
    return ROOTS["voice"]


def _problem(problems: list[str] | None, text: str, at: _Raw) -> None:
    message = f"line {at.line}, column {at.col}: {text}"
    if problems is None:
        raise TwiMLError(message)
    problems.append(message)


def _build(raw: _Raw, row: Row, strict: bool, problems: list[str] | None) -> TwiML:
    """Turn a raw element into a node of ``row``'s class, reporting problems on the way.

    With ``problems`` (validate) every problem is collected; without it, the first one
    raises when ``strict``, and none is looked for otherwise.
    """
    cls = row.cls
    known_row = cls is not None
    if cls is None:
        cls = GenericNode
    node: TwiML = cls.__new__(cls)
    if not known_row:
        node._row = row
    node.strict = strict
    node._attrs = attrs = raw.attrs
    node._head = None
    node.value = None
    verbs: list[TwiML | str] = []
    node.verbs = verbs
    report = known_row and (strict or problems is not None)
    if report and attrs:
        checks = row.checks
        for name, value in attrs.items():
            if name not in row.attr_names:
                _problem(problems, f"<{row.tag}> has no attribute {name!r}", raw)
                continue
            check = checks.get(name)
            if check is not None and value not in check.ok:
                bad = check(value)
                if bad is not None:
                    _problem(problems, f"<{row.tag} {name}>: {bad}", raw)
    # Whitespace-only text is layout between child elements, except in speech (spaces
    # between words) and in an element holding nothing but that text.
    keep_space = (row.takes_text and not raw.nested) or row.key in _SPEECH
    children = row.children
    for part in raw.parts:
        if isinstance(part, str):
            if not keep_space and part.isspace():
                continue
            if report and not row.takes_text:
                _problem(
                    problems,
                    f"<{row.tag}> cannot contain text ({part.strip()[:30]!r})",
                    raw,
                )
            if not verbs:
                node.value = (node.value or "") + part
            else:
                verbs.append(part)
            continue
        child_row = children.get(part.tag)
        if child_row is None:
            known = _BY_TAG.get(part.tag)
            if report:
                if known is None:
                    _problem(problems, f"<{part.tag}> is not a TwiML element", part)
                else:
                    _problem(
                        problems,
                        f"<{row.tag}> cannot contain <{part.tag}>; "
                        f"allowed children of <{row.tag}>: {row.allowed()}",
                        part,
                    )
            child_row = known if known is not None else generic_row(part.tag)
        verbs.append(_build(part, child_row, strict, problems))
    if report and row.text_required and not node.value:
        _problem(problems, f"<{row.tag}> needs text ({row.text})", raw)
    return node


def parse(xml: str | bytes, *, strict: bool = True, kind: str | None = None) -> TwiML:
    """Read a TwiML document into the builder classes (``parse(str(r)) == r``).

    The root class is :class:`VoiceResponse`, :class:`MessagingResponse` or
    :class:`FaxResponse`, guessed from the children unless ``kind`` ("voice", "messaging",
    "fax") says.  Malformed XML, an unknown root, a DOCTYPE or entity declaration raise
    :class:`TwiMLError` with the line and column; so do unknown elements, misplaced children,
    undocumented attributes and bad values unless ``strict=False``.
    """
    raw = _read(xml)
    return _build(raw, _root_row(raw, kind), strict, None)


def validate(xml: str | bytes, *, kind: str | None = None) -> list[str]:
    """Every problem Twilio's schema would find in a document; empty when it is valid.

    Never raises for a bad document (malformed XML is reported as a problem); only for an
    argument that is not ``str``/``bytes``.
    """
    try:
        raw = _read(xml)
        root = _root_row(raw, kind)
    except TwiMLError as exc:
        return [str(exc)]
    problems: list[str] = []
    _build(raw, root, False, problems)
    return problems
