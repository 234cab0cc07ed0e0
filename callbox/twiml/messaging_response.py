"""TwiML for messages: ``<Response>``, ``<Message>`` and ``<Redirect>``.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
Each constructor and method is a typed signature and a docstring: ``row=`` makes
``TwiML`` give it its body, the shared builder in ``_element`` that reads the table.
"""

# mypy: disable-error-code="empty-body"

from __future__ import annotations

from ._element import GenericNode, TwiML

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._element import Text, Value


class MessagingResponse(TwiML, row="MessagingResponse"):
    """``<Response>``: The root of a messaging TwiML document."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Response>``; keywords are its attributes."""

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

    def redirect(self, url: Text, method: Value = None, **kwargs: Value) -> Redirect:
        """Add ``<Redirect>`` and return it. Continue with TwiML from another URL."""


class Message(TwiML, row="Message"):
    """``<Message>``: A message to send in reply."""

    __slots__ = ()

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
        """Make ``<Message>``; keywords are its attributes."""

    def body(self, message: Text, **kwargs: Value) -> Body:
        """Add ``<Body>`` and return it. The text of a <Message>."""

    def media(self, url: Text, **kwargs: Value) -> Media:
        """Add ``<Media>`` and return it. A media URL to attach to a <Message>."""


class Body(TwiML, row="Body"):
    """``<Body>``: The text of a <Message>."""

    __slots__ = ()

    def __init__(self, message: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Body>``; keywords are its attributes."""


class Media(TwiML, row="Media"):
    """``<Media>``: A media URL to attach to a <Message>."""

    __slots__ = ()

    def __init__(self, url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Media>``; keywords are its attributes."""


class Redirect(TwiML, row="MessagingRedirect"):
    """``<Redirect>``: Continue with TwiML from another URL."""

    __slots__ = ()

    def __init__(
        self, url: Text, *, method: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Redirect>``; keywords are its attributes."""


__all__ = [
    "Body",
    "GenericNode",
    "Media",
    "Message",
    "MessagingResponse",
    "Redirect",
    "TwiML",
]
