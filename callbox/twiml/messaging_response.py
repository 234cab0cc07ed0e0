"""TwiML for messages: ``<Response>``, ``<Message>`` and ``<Redirect>``.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
"""

from __future__ import annotations

from ._element import _PLAIN as _P
from ._element import GenericNode, TwiML, _checked
from ._element import _attr_value as _esc
from ._element import format_value as _fmt
from ._schema import ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._element import Text, Value


class MessagingResponse(TwiML):
    """``<Response>``: The root of a messaging TwiML document."""

    __slots__ = ()
    _row = ROWS["MessagingResponse"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Response", kwargs, strict)

    def message(
        self,
        body: Text | None = None,
        to: Value = None,
        from_: Value = None,
        action: Value = None,
        method: Value = None,
        status_callback: Value = None,
        **kwargs: Value,
    ) -> Message:
        """Add ``<Message>`` and return it. A message to send in reply."""
        a: dict[str, Any] = {}
        h = "<Message"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Message>")}"'
        if from_ is not None:
            s = from_ if from_.__class__ is str else _fmt(from_)
            a["from"] = s
            h += f' from="{s if s in _P else _esc(s, "the from attribute of <Message>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Message>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Message", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Message>")}"'
        if to is not None:
            s = to if to.__class__ is str else _fmt(to)
            a["to"] = s
            h += f' to="{s if s in _P else _esc(s, "the to attribute of <Message>")}"'
        return self._new(Message, body, a, h, kwargs)

    def redirect(self, url: Text, method: Value = None, **kwargs: Value) -> Redirect:
        """Add ``<Redirect>`` and return it. Continue with TwiML from another URL."""
        a: dict[str, Any] = {}
        h = "<Redirect"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Redirect>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Redirect", "method", s)
        return self._new(Redirect, url, a, h, kwargs)


class Message(TwiML):
    """``<Message>``: A message to send in reply."""

    __slots__ = ()
    _row = ROWS["Message"]

    def __init__(
        self,
        body: Text | None = None,
        *,
        to: Value = None,
        from_: Value = None,
        action: Value = None,
        method: Value = None,
        status_callback: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Message"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Message>")}"'
        if from_ is not None:
            s = from_ if from_.__class__ is str else _fmt(from_)
            a["from"] = s
            h += f' from="{s if s in _P else _esc(s, "the from attribute of <Message>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Message>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Message", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Message>")}"'
        if to is not None:
            s = to if to.__class__ is str else _fmt(to)
            a["to"] = s
            h += f' to="{s if s in _P else _esc(s, "the to attribute of <Message>")}"'
        self._init(body, a, h, kwargs, strict)

    def body(self, message: Text, **kwargs: Value) -> Body:
        """Add ``<Body>`` and return it. The text of a <Message>."""
        return self._new(Body, message, None, "<Body", kwargs)

    def media(self, url: Text, **kwargs: Value) -> Media:
        """Add ``<Media>`` and return it. A media URL to attach to a <Message>."""
        return self._new(Media, url, None, "<Media", kwargs)


class Body(TwiML):
    """``<Body>``: The text of a <Message>."""

    __slots__ = ()
    _row = ROWS["Body"]

    def __init__(self, message: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(message, None, "<Body", kwargs, strict)


class Media(TwiML):
    """``<Media>``: A media URL to attach to a <Message>."""

    __slots__ = ()
    _row = ROWS["Media"]

    def __init__(self, url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(url, None, "<Media", kwargs, strict)


class Redirect(TwiML):
    """``<Redirect>``: Continue with TwiML from another URL."""

    __slots__ = ()
    _row = ROWS["MessagingRedirect"]

    def __init__(
        self,
        url: Text,
        *,
        method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Redirect"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Redirect>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Redirect", "method", s)
        self._init(url, a, h, kwargs, strict)


_K0 = ROWS["Message"].checks["method"]

ROWS["MessagingResponse"].cls = MessagingResponse
ROWS["Message"].cls = Message
ROWS["Body"].cls = Body
ROWS["Media"].cls = Media
ROWS["MessagingRedirect"].cls = Redirect

__all__ = [
    "Body",
    "GenericNode",
    "Media",
    "Message",
    "MessagingResponse",
    "Redirect",
    "TwiML",
]
