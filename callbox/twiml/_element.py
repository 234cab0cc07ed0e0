"""The one element implementation every TwiML class shares: build, check, escape, serialise.

A node keeps its tag (through its row in the table), its attributes by XML name with values
already turned into strings, its leading text and its children (nodes, or strings for text
that follows a child).  Serialising is a direct string build: no ElementTree on the way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import update_wrapper

from ..errors import TwiMLError
from ._schema import ROWS, Check, Row, camel

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Any, TypeVar
    from xml.etree.ElementTree import Element

    from typing_extensions import Self

    N = TypeVar("N", bound="TwiML")

    from collections.abc import Sequence

    #: What element text may be given as (numbers are written with ``str``).
    Text = str | int | float
    #: What an attribute may be given as: booleans become ``true``/``false``,
    #: sequences are joined with spaces, ``None`` leaves the attribute out.
    Value = str | int | float | bool | Sequence[str | int] | None

#: Characters XML 1.0 cannot carry at all, even escaped.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def _check_chars(value: str, where: Callable[[], str]) -> None:
    """Reject characters XML forbids; ``isprintable`` answers the common case in C."""
    if value.isprintable():
        return
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        raise TwiMLError(
            f"{where()} contains {bad.group()!r} at index {bad.start()}, "
            "a character XML 1.0 does not allow"
        )


def format_value(value: Any) -> str:
    """An attribute value as TwiML writes it: booleans lowercase, lists space-joined."""
    cls = value.__class__
    if cls is int or cls is float:
        return str(value)
    if isinstance(value, str):
        return "" + value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (list, tuple, set, frozenset)):
        return " ".join(format_value(v) for v in value)
    return str(value)


def text_of(value: Any, tag: str) -> str:
    """Element text as TwiML writes it: a ``dict`` as JSON (``<Task>`` attributes, as the
    official package writes them), anything else like an attribute value."""
    if isinstance(value, dict):
        import json

        try:
            return json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise TwiMLError(f"the text of <{tag}> is a dict that is not JSON: {exc}") from None
    return format_value(value)


def escape_text(text: str) -> str:
    """Escape element text: ``&``, ``<`` and ``>`` (quotes stay, as in the official output)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def escape_attr(value: str) -> str:
    """Escape an attribute value for a double-quoted attribute (whitespace kept as refs)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if '"' in value:
        value = value.replace('"', "&quot;")
    if not value.isprintable():
        value = value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#09;")
    return value


#: Attribute values already known to be valid XML needing no escaping, and element texts
#: already checked, with their escaped form.  Looked up when rendering, so they hold for
#: whatever the node holds at that time.
_PLAIN: set[str] = set()
_TEXT: dict[str, str] = {}
_REMEMBER_LENGTH = 256
_REMEMBER_COUNT = 4096


def _attr_value(value: str, where: Callable[[], str], remember: bool = True) -> str:
    """Check and escape an attribute value (``where()`` names it in errors), remembering
    short values that need nothing.

    ``remember=False`` for secrets (SIP passwords) so they are not kept in the cache.
    """
    if not value.isprintable():
        _check_chars(value, where)
    elif "&" not in value and "<" not in value and ">" not in value and '"' not in value:
        # (printable: no tab, newline or CR to write as references either)
        if remember and len(value) <= _REMEMBER_LENGTH:
            if len(_PLAIN) >= _REMEMBER_COUNT:
                _PLAIN.clear()
            _PLAIN.add(value)
        return value
    return escape_attr(value)


def _text_value(value: Any, tag: str) -> str:
    """Check and escape element text, remembering short texts with their escaped form."""
    # A number or dict set as ``node.value`` after building is converted here.
    text: str = value if value.__class__ is str else text_of(value, tag)
    if not text.isprintable():
        _check_chars(text, lambda: f"text of <{tag}>")
    escaped = escape_text(text) if "&" in text or "<" in text or ">" in text else text
    if len(text) <= _REMEMBER_LENGTH:
        if len(_TEXT) >= _REMEMBER_COUNT:
            _TEXT.clear()
        _TEXT[text] = escaped
    return escaped


def _where(name: str, row: Row) -> Callable[[], str]:
    """Names an attribute in an error message, when there is one."""
    return lambda: f"attribute {name!r} of <{row.tag}>"


def _checked(check: Check, tag: str, name: str, value: str) -> None:
    """Run a value check the fast path missed; raise when Twilio would refuse the value."""
    problem = check(value)
    if problem is not None:
        raise TwiMLError(f"<{tag} {name}>: {problem}")


def _render(node: TwiML) -> str:
    """One element and its subtree as XML (no declaration)."""
    row = node._row
    head = node._head
    if head is None:
        attrs = node._attrs
        if attrs:
            parts = [row.open]
            plain = _PLAIN
            known = row.attr_names
            for name in sorted(attrs):
                if name not in known:
                    _check_name(name, row)
                raw = attrs[name]
                if raw not in plain:
                    raw = _attr_value(raw, _where(name, row), name != "password")
                parts.append(f' {name}="{raw}"')
            head = "".join(parts)
        else:
            head = row.open
    value = node.value
    children = node.verbs
    if not children:
        if not value:
            return head + " />"
        try:
            value = _TEXT[value]
        except KeyError:
            value = _text_value(value, row.tag)
        except TypeError:  # unhashable: a dict set as ``node.value`` after building
            value = _text_value(text_of(value, row.tag), row.tag)
        return f"{head}>{value}{row.close}"
    out = [head, ">"]
    if value:
        try:
            out.append(_TEXT[value])
        except KeyError:
            out.append(_text_value(value, row.tag))
        except TypeError:
            out.append(_text_value(text_of(value, row.tag), row.tag))
    for child in children:
        if child.__class__ is str:
            try:
                out.append(_TEXT[child])
            except KeyError:
                out.append(_text_value(child, row.tag))
        else:
            out.append(_render(child))  # type: ignore[arg-type]
    out.append(row.close)
    return "".join(out)


def generic_row(tag: str) -> Row:
    """A permissive row for elements outside the table (``add_child``, ``TwiML`` subclasses).

    Such an element takes any attribute, text and child: the table knows nothing about it.
    """
    row = _GENERIC.get(tag)
    if row is None:
        _check_chars(tag, lambda: "element name")
        if not re.fullmatch(r"[A-Za-z_][\w.:-]*", tag):
            raise TwiMLError(f"{tag!r} is not a valid XML element name")
        row = Row(tag, tag, tag, "value", False, (), (), ())
        _GENERIC[tag] = row
    return row


_GENERIC: dict[str, Row] = {}


class TwiML:
    """Any TwiML element. Subclasses only add typed builder methods; the work happens here.

    ``strict`` (default ``True``) makes the element refuse attributes, children and
    enumerated values Twilio does not document; children built through the methods inherit it.
    """

    __slots__ = ("_attrs", "_head", "_row", "strict", "value", "verbs")
    _row: Row
    _attrs: dict[str, str]
    #: The rendered ``<Tag a="b"`` made while building (the builder methods add attributes
    #: in name order); ``None`` once the attributes may have changed, so it is redone.
    _head: str | None
    #: Leading text (``None`` when empty).
    value: str | None
    #: Children in order: elements, or strings for text following an element.
    verbs: list[TwiML | str]
    strict: bool

    def __init_subclass__(cls, row: str | None = None, **kwargs: Any) -> None:
        """``class Say(TwiML, row="Say")``: the class of that row of the table.

        The generated modules make their classes so: their constructors and methods are
        typed signatures, given the shared builder as their body here (see :func:`_wire`).
        """
        super().__init_subclass__(**kwargs)
        if row is not None:
            # Only the generated modules: a row's class is what its builders return.
            if cls.__module__.rpartition(".")[0] != __package__:
                raise TypeError("row= is for the classes generated from the TwiML table")
            _wire(cls, ROWS[row])

    def __init__(self, **kwargs: Any) -> None:
        """A bare element named after its class, as the official package makes them.

        ``TwiML()`` prints ``<TwiML />``; a subclass of ``TwiML`` is ``<ClassName>`` until it
        sets ``self.name``.  Such elements are outside the table: any attribute, text and
        child goes, and ``value``, ``attrs`` and ``verbs`` may be set directly.
        """
        if not isinstance(getattr(type(self), "_row", None), Row):
            self._row = generic_row(type(self).__name__)
        self._setup(None, None, kwargs, False)

    # ------------------------------------------------------------ building
    def _setup(
        self, text: Any, attrs: dict[str, Any] | None, extra: dict[str, Any], strict: bool
    ) -> None:
        """Fill a fresh node.

        ``attrs`` holds the builder method's own arguments that were given, already under
        their XML names; ``extra`` holds any other keywords, under their Python names.
        """
        row = self._row
        self.strict = strict
        self.verbs = []
        if text is None or text == "" or text == {}:
            self.value = None
        else:
            if text.__class__ is not str:
                text = text_of(text, row.tag)
            if not text.isprintable():
                _check_chars(text, lambda: f"text of <{row.tag}>")
            self.value = text
        if attrs is None:
            attrs = {}
        # Only elements of the table are checked: nothing is known about the others.
        checking = strict and row.cls is not None
        if extra:
            names = row.xml_names
            for key, raw in extra.items():
                if raw is None:
                    continue
                name = names.get(key)
                if name is None:
                    name = camel(key)
                    if name not in row.attr_names:
                        if checking:
                            raise TwiMLError(_unknown_attribute(row, name))
                        _check_name(name, row)
                attrs[name] = raw
        if attrs:
            checks = row.checks
            for name, val in attrs.items():
                if val.__class__ is not str:
                    val = attrs[name] = format_value(val)
                if not val.isprintable():
                    _check_chars(val, lambda n=name: f"attribute {n!r} of <{row.tag}>")  # type: ignore[misc]
                if checking:
                    check = checks.get(name)
                    if check is not None and val not in check.ok:
                        problem = check(val)
                        if problem is not None:
                            raise TwiMLError(f"<{row.tag} {name}>: {problem}")
        self._attrs = attrs
        self._head = None

    @property
    def attrs(self) -> dict[str, str]:
        """The attributes, XML name -> value (a live dict: changes show in the output)."""
        attrs = self._attrs
        if attrs.__class__ is _Shared:  # remembered by a builder: this element's own copy
            attrs = self._attrs = dict(attrs)
        self._head = None
        return attrs

    @attrs.setter
    def attrs(self, value: dict[str, str]) -> None:
        self._attrs = dict(value)
        self._head = None

    @property
    def name(self) -> str:
        """The XML tag (``Response``, ``Say``, ``say-as`` ...)."""
        return self._row.tag

    @name.setter
    def name(self, tag: str) -> None:
        # The official package's way to name a custom element: ``self.name = "Custom"``.
        if tag == self._row.tag:
            return
        row = generic_row(tag)
        try:
            self._row = row
        except AttributeError:  # a class of the table: its row is the class's
            raise TwiMLError(
                f"<{self._row.tag}> is a {type(self).__name__} and keeps its name; "
                "use add_child or a TwiML subclass for other elements"
            ) from None
        self._head = None

    def get(self, name: str, default: str | None = None) -> str | None:
        """One attribute by XML name (``numDigits``), without handing out the live dict."""
        return self._attrs.get(name, default)

    @property
    def text(self) -> str:
        """All the text inside, children's included, in document order (what ``<Say>`` says)."""
        value = self.value
        if not value:
            value = ""
        elif value.__class__ is not str:
            value = text_of(value, self.name)
        parts = [value]
        for child in self.verbs:
            parts.append(child if isinstance(child, str) else child.text)
        return "".join(parts)

    def append(self, verb: TwiML | str) -> Self:
        """Add a child element (or text) and return this element, for chaining.

        A strict element refuses a known element Twilio does not allow here; elements
        outside the table (``GenericNode``, ``TwiML`` subclasses) and text are accepted and
        left to :func:`validate` to report.
        """
        if isinstance(verb, TwiML) and (not self.strict or verb._row.tag in self._row.children):
            self.verbs.append(verb)
        else:
            self._attach(verb)
        return self

    def nest(self, verb: N, build: Callable[[N], object] | None = None) -> N:
        """Add a child element and return the child; ``build(child)`` fills it if given."""
        self._attach(verb)
        if build is not None:
            build(verb)
        return verb

    def add(self, *children: TwiML | str | Callable[[Self], object]) -> Self:
        """Add several children (elements, text, or callbacks that get this element)."""
        for child in children:
            if isinstance(child, (TwiML, str)):
                self._attach(child)
            elif callable(child):
                child(self)
            else:
                raise TwiMLError(
                    f"<{self._row.tag}> can only contain TwiML elements and text, "
                    f"not {type(child).__name__}"
                )
        return self

    def add_child(self, name: str, value: Any = None, **kwargs: Any) -> GenericNode:
        """Add an element by tag name and return it (``value`` is its text).

        A tag of the table is checked like the builder methods (where it may go, its
        attributes and values); any other tag is the extension point for elements the
        table does not have: built as given, and reported by :func:`validate` as a warning.
        """
        parent = self._row
        row = parent.children.get(name) or parent.tolerated.get(name) or _ROWS_BY_TAG.get(name)
        if row is None:
            row = generic_row(name)
        elif self.strict and not _may_hold(parent, name):
            raise TwiMLError(_bad_child(parent, name))
        node = GenericNode.__new__(GenericNode)
        node._row = row
        node._setup(value, None, kwargs, self.strict)
        self.verbs.append(node)
        return node

    def _attach(self, verb: TwiML | str) -> None:
        row = self._row
        if isinstance(verb, str):
            if not verb:
                return
            # Text goes anywhere, as in the official package; validate() warns where
            # Twilio's schema has none (inside <Response>, <Gather> ...).
            _check_chars(verb, lambda: f"text of <{row.tag}>")
            verbs = self.verbs
            if not verbs:
                value = self.value
                if value and value.__class__ is not str:
                    value = text_of(value, row.tag)
                self.value = (value or "") + verb
            elif verbs[-1].__class__ is str:
                verbs[-1] = verbs[-1] + verb
            else:
                verbs.append(verb)
            return
        if not isinstance(verb, TwiML):
            raise TwiMLError(
                f"<{row.tag}> can only contain TwiML elements and text, not {type(verb).__name__}"
            )
        if self.strict and not _may_hold(row, verb._row.tag):
            raise TwiMLError(_bad_child(row, verb._row.tag))
        self.verbs.append(verb)

    # ------------------------------------------------------------ output
    def to_xml(self, xml_declaration: bool = True) -> str:
        """The element as an XML string, with the ``<?xml ...?>`` declaration by default."""
        global _paused_for
        if _PAUSED:  # one more document while memos pause (see _pause)
            _paused_for -= 1
            if _paused_for <= 0:
                _resume()
        if xml_declaration:
            return DECLARATION + _render(self)
        return _render(self)

    def __str__(self) -> str:
        return self.to_xml()

    def xml(self) -> Element:
        """The element as an :mod:`xml.etree.ElementTree` element (built on demand)."""
        from xml.etree.ElementTree import Element

        def build(node: TwiML) -> Element:
            el = Element(node._row.tag, dict(sorted(node._attrs.items())))
            value = node.value
            el.text = value if value.__class__ is str or not value else text_of(value, node.name)
            last: Element | None = None
            for child in node.verbs:
                if isinstance(child, str):
                    if last is None:
                        el.text = (el.text or "") + child
                    else:
                        last.tail = (last.tail or "") + child
                else:
                    last = build(child)
                    el.append(last)
            return el

        return build(self)

    # ------------------------------------------------------------ protocol
    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TwiML):
            return NotImplemented
        return (
            self._row.tag == other._row.tag
            and self._attrs == other._attrs
            and (self.value or None) == (other.value or None)
            and self.verbs == other.verbs
        )

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> dict[str, Any]:
        """Copy and pickle support (the table row is found again from the class or tag)."""
        attrs = self._attrs
        state = {
            "attrs": dict(attrs) if attrs.__class__ is _Shared else attrs,
            "value": self.value,
            "verbs": self.verbs,
            "strict": self.strict,
        }
        if getattr(type(self), "_row", None) is not self._row:  # named at run time
            state["tag"] = self._row.tag
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        tag = state.get("tag")
        if tag is not None:
            self._row = _ROWS_BY_TAG.get(tag) or generic_row(tag)
        self._attrs = state["attrs"]
        self._head = None
        self.value = state["value"]
        self.verbs = state["verbs"]
        self.strict = state["strict"]

    def __repr__(self) -> str:
        xml = self.to_xml(xml_declaration=False)
        if len(xml) > 120:
            xml = xml[:117] + "..."
        return f"<{type(self).__name__} {xml}>"

    def __iter__(self) -> Iterator[TwiML | str]:
        return iter(self.verbs)

    def elements(self) -> list[TwiML]:
        """The child elements, without the text between them."""
        return [c for c in self.verbs if isinstance(c, TwiML)]


class GenericNode(TwiML):
    """An element named at run time (``add_child``, or made directly and appended).

    A tag of the table gets that element's checks when ``strict``; any other tag is
    outside the table and takes whatever it is given.
    """

    __slots__ = ()

    def __init__(
        self, name: str, value: Any = None, *, strict: bool = False, **kwargs: Any
    ) -> None:
        self._row = _ROWS_BY_TAG.get(name) or generic_row(name)
        self._setup(value, None, kwargs, strict)


# ---------------------------------------------------------------- the generated classes
# ``voice_response`` and the other generated modules hold typed signatures only; ``_wire``
# makes each one call the routines below, which read the row of the table.


def _wire(cls: type[TwiML], row: Row) -> None:
    """Make ``cls`` the class of ``row`` and give its typed signatures their body.

    Its ``__init__``, and each method adding a child of the row (defined on the class or on
    a mixin it inherits), become the shared routine for that row, keeping the generated
    function as ``__wrapped__`` (``inspect.signature`` and ``help`` show its typed
    parameters) and calling it only to raise Python's own ``TypeError`` for a call it
    refuses.
    """
    cls._row = row  # type: ignore[misc]  # the class attribute shadows the slot
    row.cls = cls
    typed_init = cls.__dict__["__init__"]
    cls.__init__ = update_wrapper(_constructor(row, typed_init), typed_init)  # type: ignore[method-assign]
    for key in row.child_keys:
        child = ROWS[key]
        owner = next(c for c in cls.__mro__ if child.method in c.__dict__)
        typed = owner.__dict__[child.method]
        if not hasattr(typed, "__wrapped__"):  # a mixin's method is wired once
            setattr(owner, child.method, update_wrapper(_builder(child, typed), typed))


def _constructor(row: Row, typed: Callable[..., None]) -> Callable[..., None]:
    """The body of ``row``'s generated ``__init__`` (``typed`` is its signature)."""
    name = row.text
    required = row.text_required
    opening = row.open
    known = _TEXT

    def __init__(self: TwiML, *args: Any, strict: bool = True, **kwargs: Any) -> None:
        if args:
            if len(args) != 1 or name is None:
                typed(self, *args, **kwargs)  # Python's TypeError, if any
                return _otherwise(self, row, args, kwargs, strict)
            text = args[0]
        elif required:
            typed(self, *args, **kwargs)
            return _otherwise(self, row, args, kwargs, strict)
        else:
            text = None
        if kwargs:
            memo = row.memo  # as in _builder
            found = None
            if memo is not None:
                try:
                    found = memo.get((*kwargs, *kwargs.values()))
                except TypeError:
                    memo = None
                if found is not None and found[2] is not None:
                    for key, kind in found[2]:
                        if kwargs[key].__class__ is not kind:
                            found = memo = None
                            break
            if found is not None:
                attrs, head, _ = found  # shared until changed: see _Shared
            else:
                found = _attributes(row, kwargs, strict, memo)
                if found is None:
                    typed(self, *args, **kwargs)
                    return _otherwise(self, row, args, kwargs, strict)
                attrs, head = found
        else:
            attrs = {}
            head = opening
        # Text rendered before (see _text_value) holds no character XML forbids.
        if text is None or (text.__class__ is str and (text in known or text.isprintable())):
            self.strict = strict
            self.verbs = []
            self.value = text or None
            self._attrs = attrs
            self._head = head
        else:
            self._setup(text, dict(attrs), {}, strict)

    return __init__


def _builder(row: Row, typed: Callable[..., TwiML]) -> Callable[..., TwiML]:
    """The body of every generated method adding a ``row`` element (``typed`` is its signature)."""
    name = row.text
    required = row.text_required
    opening = row.open
    known = _TEXT

    def build(self: TwiML, *args: Any, **kwargs: Any) -> TwiML:
        cls = row.cls  # may be defined after the parent's class
        node: TwiML = cls.__new__(cls)
        strict = self.strict
        if args:
            if len(args) != 1 or name is None:
                typed(self, *args, **kwargs)  # Python's TypeError, if any
                _otherwise(node, row, args, kwargs, strict)
                self.verbs.append(node)
                return node
            text = args[0]
        elif required:
            typed(self, *args, **kwargs)
            _otherwise(node, row, args, kwargs, strict)
            self.verbs.append(node)
            return node
        else:
            text = None
        if kwargs:
            memo = row.memo  # results by keywords and values (None while paused: _attributes)
            found = None
            if memo is not None:
                try:
                    found = memo.get((*kwargs, *kwargs.values()))
                except TypeError:  # an unhashable value (a list)
                    memo = None
                if found is not None and found[2] is not None:
                    for key, kind in found[2]:
                        if kwargs[key].__class__ is not kind:  # True == 1, but prints "true"
                            found = memo = None
                            break
            if found is not None:
                attrs, head, _ = found  # shared until changed: see _Shared
            else:
                found = _attributes(row, kwargs, strict, memo)
                if found is None:  # not all documented attributes: the general path
                    typed(self, *args, **kwargs)
                    _otherwise(node, row, args, kwargs, strict)
                    self.verbs.append(node)
                    return node
                attrs, head = found
        else:
            attrs = {}
            head = opening
        if text is None or (text.__class__ is str and (text in known or text.isprintable())):
            node.strict = strict
            node.verbs = []
            node.value = text or None
            node._attrs = attrs
            node._head = head
        else:  # (as in _constructor)
            node._setup(text, dict(attrs), {}, strict)
        self.verbs.append(node)
        return node

    return build


def _attributes(
    row: Row,
    kwargs: dict[str, Any],
    strict: bool,
    memo: dict[tuple[Any, ...], Any] | None = None,
) -> tuple[dict[str, str], str] | None:
    """The attributes a builder or constructor got, checked, and the opening tag with them.

    The one routine behind every generated method, driven by the row of the table: given
    the keywords (Python names as in the signature), it follows their plan (see
    :func:`_plan`), turns each value into a string and renders ``<Tag a="1" b="2"`` in name
    order from each attribute's `` name="value"``, made by :func:`_fragment` the first
    time (which refuses characters XML forbids and checks the values Twilio enumerates,
    when ``strict``).  ``None`` when a keyword is not a documented attribute (the text by
    name, or one the table does not list): the caller then takes the general path.

    The callers look the keywords and values up in the row's ``memo`` first; this is the
    miss, remembered in ``memo`` (``None``: not to remember) if all values are strings,
    integers or booleans, ``strict`` checked them and no SIP password is among them (the
    callers compare integers and booleans by type too: ``True == 1``).  A row whose memo
    fills up (with values seen once, such as URLs with call ids) pauses it (see
    :func:`_pause`).
    """
    try:
        steps = row.plans[tuple(kwargs)]
    except KeyError:
        made = _plan(row, kwargs)
        if made is None:
            return None
        steps = made
    attrs = {}
    head = row.open
    for key, attr, fragments in steps:
        s = kwargs[key]
        if s.__class__ is not str:
            if s is None:
                continue
            kind = s.__class__
            if kind is int:
                s = str(s)
            elif kind is bool:
                s = "true" if s else "false"
            else:
                s = format_value(s)
                memo = None
        fragment = fragments.get(s)
        head += fragment if fragment is not None else _fragment(row, attr, s, strict, fragments)
        attrs[attr] = s
    if memo is not None and strict and len(head) <= _MEMO_LENGTH and "password" not in attrs:
        if len(memo) < _MEMO_PER_ROW:
            kinds = tuple(
                (k, v.__class__)
                for k, v in kwargs.items()
                if v is not None and v.__class__ is not str
            )
            key = (*kwargs, *kwargs.values())
            memo[key] = (_Shared(attrs), head, kinds or None)
        else:
            _pause(row)
    return attrs, head


def _fragment(row: Row, attr: str, value: str, strict: bool, fragments: dict[str, str]) -> str:
    """`` name="value"`` for an attribute of ``row``, escaped and checked (when ``strict``);
    kept in ``fragments`` (that attribute's, see :func:`_plan`) if checked, short and no
    SIP password."""
    if not value.isprintable():
        _check_chars(value, lambda: f"the {attr} attribute of <{row.tag}>")
        escaped = escape_attr(value)
    elif "&" in value or "<" in value or ">" in value or '"' in value:
        escaped = escape_attr(value)
    else:
        escaped = value
    fragment = f' {attr}="{escaped}"'
    check = row.checks.get(attr)
    if check is not None and value not in check.ok:
        if not strict:
            return fragment
        _checked(check, row.tag, attr, value)
    # Not while the row's memo pauses (values seen once), nor secrets or long values.
    if row.memo is not None and attr != "password" and len(value) <= _REMEMBER_LENGTH:
        if len(fragments) >= _FRAGMENTS_PER_ATTRIBUTE:
            fragments.clear()
        fragments[value] = fragment
    return fragment


class _Shared(dict[str, str]):
    """Attributes a builder remembered, shared by the elements built from them until one is
    changed (``TwiML.attrs`` copies them first)."""

    __slots__ = ()


#: How many keyword sets each row keeps a plan for; how many results each row remembers
#: (up to what length of opening tag), and for how many documents it stops once full; how
#: many values each attribute of a row keeps the rendered form of.
_PLANS_PER_ROW = 256
_MEMO_PER_ROW = 256
_MEMO_LENGTH = 512
_MEMO_PAUSE = 8192
_FRAGMENTS_PER_ATTRIBUTE = 256
#: Those rendered forms, by row key and XML attribute name.
_FRAGMENTS: dict[tuple[str, str], dict[str, str]] = {}
#: Rows whose memo pauses, and for how many more documents.
_PAUSED: list[Row] = []
_paused_for = 0


def _pause(row: Row) -> None:
    """Stop ``row`` remembering results: its builders skip the look-up (``row.memo`` is
    ``None``) for the next ``_MEMO_PAUSE`` documents rendered, counted by ``to_xml`` (once
    per document rather than once per call, for the calls such rows get)."""
    global _paused_for
    row.memo = None
    _PAUSED.append(row)
    _paused_for = _MEMO_PAUSE


def _resume() -> None:
    """Let the rows whose memo paused remember again."""
    for row in _PAUSED:
        row.memo = {}
    _PAUSED.clear()


if TYPE_CHECKING:
    #: A plan: per keyword, in XML name order, the keyword, its XML name and the rendered
    #: forms of that attribute of the row (see :func:`_fragment`).
    _Steps = tuple[tuple[str, str, dict[str, str]], ...]


def _plan(row: Row, kwargs: dict[str, Any]) -> _Steps | None:
    """The plan for these keywords (see ``_Steps``), remembered; ``None`` if one is not a
    documented attribute."""
    specs = row.specs
    if any(key not in specs for key in kwargs):
        return None
    steps = []
    for key in kwargs:
        name = specs[key][0]
        steps.append((key, name, _FRAGMENTS.setdefault((row.key, name), {})))
    steps.sort(key=lambda step: step[1])
    plans = row.plans
    if len(plans) >= _PLANS_PER_ROW:
        plans.clear()
    plan = plans[tuple(kwargs)] = tuple(steps)
    return plan


def _otherwise(
    node: TwiML, row: Row, args: tuple[Any, ...], kwargs: dict[str, Any], strict: bool
) -> None:
    """Fill ``node`` from a call the fast path leaves (already a valid call): attributes
    given positionally, the text by name, attributes the table does not list.
    """
    kwargs = {**dict(zip(row.positional, args, strict=False)), **kwargs}
    text = kwargs.pop(row.text, None) if row.text is not None else None
    specs = row.specs
    documented = {k: v for k, v in kwargs.items() if k in specs}
    extra = {k: v for k, v in kwargs.items() if k not in specs}
    found = _attributes(row, documented, strict)
    assert found is not None
    attrs, head = found
    if extra or (text is not None and (text.__class__ is not str or not text.isprintable())):
        node._setup(text, attrs, extra, strict)
    else:
        node.strict = strict
        node.verbs = []
        node.value = text or None
        node._attrs = attrs
        node._head = head


#: The first row for each tag, for ``add_child`` with known tags.
_ROWS_BY_TAG: dict[str, Row] = {}
for _r in ROWS.values():
    _ROWS_BY_TAG.setdefault(_r.tag, _r)


#: An XML attribute name (a letter or ``_`` first, then letters, digits, ``_ . : -``).
_NAME = re.compile(r"[^\W\d][\w.:-]*\Z")


def _check_name(name: str, row: Row) -> None:
    """Refuse attribute names that would break the markup (``**{'a="1" b': ...}``)."""
    if _NAME.match(name) is None:
        raise TwiMLError(f"{name!r} is not a valid XML attribute name (on <{row.tag}>)")


def _may_hold(parent: Row, tag: str) -> bool:
    """Whether a strict ``parent`` takes a child ``tag``.

    What the table allows, what the official package lets you append there (``tolerated``),
    anything under an element outside the table, and any element outside the table: those
    are the official package's extension points, so they are reported by ``validate``
    instead of refused.  A known element in the wrong place is refused.
    """
    return (
        tag in parent.children
        or tag in parent.tolerated
        or parent.cls is None
        or tag not in _ROWS_BY_TAG
    )


def _unknown_attribute(row: Row, name: str) -> str:
    known = ", ".join(sorted(row.attr_names)) or "none"
    return (
        f"<{row.tag}> has no attribute {name!r} (documented: {known}); "
        "pass strict=False to allow it"
    )


def _bad_child(parent: Row, tag: str) -> str:
    return f"<{parent.tag}> cannot contain <{tag}>; allowed children of <{parent.tag}>: {parent.allowed()}"
