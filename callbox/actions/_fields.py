"""The three actions' fields: their names in the block, their types, their API parameters."""

from __future__ import annotations

__all__ = ["ACTIONS", "CREDENTIALS", "Field"]

#: The block's credential fields, which every action takes.
CREDENTIALS = ("accountSid", "accountToken")


class Field:
    """One input field: the block's ``name``, its ``kind`` and the client parameter it fills.

    Kinds: ``string``; ``number`` (a JSON number or a numeric string); ``boolean``
    (``true``/``false``, or the strings); ``select`` (a string among ``choices``:
    the API checks the value, as it does for the other fields); ``list`` (a string
    with items separated by spaces or commas, or an array of strings); ``urls``
    (a string or an array of strings).
    """

    __slots__ = ("choices", "kind", "name", "param", "required")

    def __init__(
        self,
        name: str,
        kind: str,
        param: str,
        *,
        required: bool = False,
        choices: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.kind = kind
        self.param = param
        self.required = required
        self.choices = choices

    def describe(self) -> dict[str, object]:
        found: dict[str, object] = {"type": self.kind, "required": self.required}
        if self.choices:
            found["choices"] = list(self.choices)
        return found


_SENDER = (
    Field("from", "string", "from_"),
    Field("messagingServiceSid", "string", "messaging_service_sid"),
    Field("to", "string", "to", required=True),
)
_MESSAGE_TAIL = (
    Field("statusCallback", "string", "status_callback"),
    Field("applicationSid", "string", "application_sid"),
    Field("maxPrice", "number", "max_price"),
    Field("provideFeedback", "boolean", "provide_feedback"),
)

#: Action name → (the resource it creates, its fields in the block's order).
ACTIONS: dict[str, tuple[str, tuple[Field, ...]]] = {
    "makeCall": (
        "calls",
        (
            Field("from", "string", "from_", required=True),
            Field("to", "string", "to", required=True),
            Field("url", "string", "url"),
            Field("applicationSid", "string", "application_sid"),
            Field("method", "string", "method"),
            Field("fallbackUrl", "string", "fallback_url"),
            Field("fallbackMethod", "string", "fallback_method"),
            # The block's table calls it a boolean; it is the callback's URL.
            Field("statusCallback", "string", "status_callback"),
            Field("statusCallbackMethod", "string", "status_callback_method"),
            Field("statusCallbackEvent", "list", "status_callback_event"),
            Field("sendDigits", "string", "send_digits"),
            Field("timeout", "number", "timeout"),
            Field("record", "boolean", "record"),
            Field("recordingChannels", "select", "recording_channels", choices=("mono", "dual")),
            Field("recordingStatusCallback", "string", "recording_status_callback"),
            Field("recordingStatusCallbackMethod", "string", "recording_status_callback_method"),
        ),
    ),
    "sendMessage": (
        "messages",
        (*_SENDER, Field("body", "string", "body"), *_MESSAGE_TAIL),
    ),
    "sendMediaMessage": (
        "messages",
        (*_SENDER, Field("mediaUrl", "urls", "media_url"), *_MESSAGE_TAIL),
    ),
}
