"""TwiML for messages: ``<Response>``, ``<Message>`` and ``<Redirect>``.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
"""

from __future__ import annotations

from ._element import GenericNode, TwiML
from ._schema import ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._element import Text, Value


class MessagingResponse(TwiML):
    """``<Response>``: The root of a messaging TwiML document."""

    __slots__ = ()
    _row = ROWS["MessagingResponse"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if from_ is not None:
            a["from"] = from_
        if method is not None:
            a["method"] = method
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if to is not None:
            a["to"] = to
        return self._new(Message, body, a, kwargs)

    def redirect(self, url: Text, method: Value = None, **kwargs: Value) -> Redirect:
        """Add ``<Redirect>`` and return it. Continue with TwiML from another URL."""
        a: dict[str, Value] = {}
        if method is not None:
            a["method"] = method
        return self._new(Redirect, url, a, kwargs)


class Message(TwiML):
    """``<Message>``: A message to send in reply."""

    __slots__ = ()
    _row = ROWS["Message"]

    def __init__(self, body: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(body, None, kwargs, strict)

    def body(self, message: Text, **kwargs: Value) -> Body:
        """Add ``<Body>`` and return it. The text of a <Message>."""
        return self._new(Body, message, None, kwargs)

    def media(self, url: Text, **kwargs: Value) -> Media:
        """Add ``<Media>`` and return it. A media URL to attach to a <Message>."""
        return self._new(Media, url, None, kwargs)


class Body(TwiML):
    """``<Body>``: The text of a <Message>."""

    __slots__ = ()
    _row = ROWS["Body"]

    def __init__(self, message: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(message, None, kwargs, strict)


class Media(TwiML):
    """``<Media>``: A media URL to attach to a <Message>."""

    __slots__ = ()
    _row = ROWS["Media"]

    def __init__(self, url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(url, None, kwargs, strict)


class Redirect(TwiML):
    """``<Redirect>``: Continue with TwiML from another URL."""

    __slots__ = ()
    _row = ROWS["MessagingRedirect"]

    def __init__(self, url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(url, None, kwargs, strict)


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
