"""The three actions' fields: their names in the block, their types, their API parameters."""

from __future__ import annotations

__all__ = ["ACTIONS", "CREDENTIALS", "Field"]

#: The block's credential fields, which every action takes.
CREDENTIALS = ("accountSid", "accountToken")


class Field:
    """One input field: the block's ``name``, its ``kind`` and the API parameter it fills.

    Kinds: ``string``; ``number`` (a JSON number or a numeric string); ``decimal``
    (a string or a number, passed on as text: the API checks it); ``boolean``
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
    Field("from", "string", "From"),
    Field("messagingServiceSid", "string", "MessagingServiceSid"),
    Field("to", "string", "To", required=True),
)
_MESSAGE_TAIL = (
    Field("statusCallback", "string", "StatusCallback"),
    Field("applicationSid", "string", "ApplicationSid"),
    Field("maxPrice", "decimal", "MaxPrice"),
    Field("provideFeedback", "boolean", "ProvideFeedback"),
)

#: Action name → (the 2010 API resource it creates, its fields in the block's order).
ACTIONS: dict[str, tuple[str, tuple[Field, ...]]] = {
    "makeCall": (
        "Calls",
        (
            Field("from", "string", "From", required=True),
            Field("to", "string", "To", required=True),
            Field("url", "string", "Url"),
            Field("applicationSid", "string", "ApplicationSid"),
            Field("method", "string", "Method"),
            Field("fallbackUrl", "string", "FallbackUrl"),
            Field("fallbackMethod", "string", "FallbackMethod"),
            # The block's table calls it a boolean; it is the callback's URL.
            Field("statusCallback", "string", "StatusCallback"),
            Field("statusCallbackMethod", "string", "StatusCallbackMethod"),
            Field("statusCallbackEvent", "list", "StatusCallbackEvent"),
            Field("sendDigits", "string", "SendDigits"),
            Field("timeout", "number", "Timeout"),
            Field("record", "boolean", "Record"),
            Field("recordingChannels", "select", "RecordingChannels", choices=("mono", "dual")),
            Field("recordingStatusCallback", "string", "RecordingStatusCallback"),
            Field("recordingStatusCallbackMethod", "string", "RecordingStatusCallbackMethod"),
        ),
    ),
    "sendMessage": (
        "Messages",
        (*_SENDER, Field("body", "string", "Body"), *_MESSAGE_TAIL),
    ),
    "sendMediaMessage": (
        "Messages",
        (*_SENDER, Field("mediaUrl", "urls", "MediaUrl"), *_MESSAGE_TAIL),
    ),
}
