"""An incoming text, its conversation's state, and the reply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._links import Links, Target
from ._state import State

if TYPE_CHECKING:
    from ..twiml import Message as _TwimlMessage
    from ..twiml import MessagingResponse

__all__ = ["Message", "conversation_key"]


def conversation_key(params: Mapping[str, str]) -> str:
    """The scope of a conversation: the pair of numbers (the app's, the other party's)."""
    return f"sms:{params.get('To', '')}:{params.get('From', '')}"


class Message:
    """An incoming text (``body``, ``from_``, ``to``, ``media``) and its conversation.

    ``state`` is per conversation (the pair of numbers), kept across texts;
    :meth:`reply` answers; :meth:`next` sends the conversation's next text to another
    handler, so a survey is a handler per question.
    """

    def __init__(self, params: Mapping[str, str], state: State, links: Links) -> None:
        self.params = dict(params)
        self.state = state
        self._links = links
        self._response: MessagingResponse | None = None

    def __repr__(self) -> str:
        return f"<Message {self.sid} {self.from_} -> {self.to}>"

    @property
    def sid(self) -> str:
        return self.params.get("MessageSid") or self.params.get("SmsSid", "")

    @property
    def account_sid(self) -> str:
        return self.params.get("AccountSid", "")

    @property
    def from_(self) -> str:
        return self.params.get("From", "")

    @property
    def to(self) -> str:
        return self.params.get("To", "")

    @property
    def body(self) -> str:
        return self.params.get("Body", "")

    @property
    def media(self) -> list[str]:
        """The URLs of attached media, in order."""
        try:
            count = int(self.params.get("NumMedia") or 0)
        except ValueError:
            count = 0
        return [self.params[f"MediaUrl{i}"] for i in range(count) if f"MediaUrl{i}" in self.params]

    @property
    def response(self) -> MessagingResponse:
        if self._response is None:
            from ..twiml import MessagingResponse

            self._response = MessagingResponse()
        return self._response

    def reply(
        self, body: str | None = None, *, media_url: str | list[str] | None = None, **attrs: Any
    ) -> _TwimlMessage:
        """Answer with a text (and media: one URL or a list)."""
        message = self.response.message(body, **attrs)
        for url in [media_url] if isinstance(media_url, str) else list(media_url or []):
            message.media(url)
        return message

    def next(self, handler: Target | None) -> None:
        """The conversation's next text goes to ``handler(msg)`` (None: back to the app's
        ``@app.incoming_sms``)."""
        name = None if handler is None else self._links.registry.name_of(handler)
        self.state.set_meta("next", name)

    def end(self) -> None:
        """Forget the conversation: its state is cleared and the next text starts over."""
        self.state.clear_all()

    def twiml(self) -> str:
        if self._response is None:
            return '<?xml version="1.0" encoding="UTF-8"?><Response />'
        return self._response.to_xml()
