"""A separate, minimal implementation of Twilio's documented signing rule.

The webhook tests sign requests with this, not with callbox, so they check
callbox against the rule rather than against itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable

TOKEN = "a-test-auth-token-0123456789abcdef"

Signer = Callable[..., str]


def twilio_sign(
    token: str, url: str, params: dict[str, str] | list[tuple[str, str]] | None = None
) -> str:
    """URL + each POST name and value sorted by name, HMAC-SHA1, base64."""
    items = list(params.items()) if isinstance(params, dict) else list(params or [])
    message = url
    for name, value in sorted(items, key=lambda item: item[0]):
        message += name + value
    mac = hmac.new(token.encode(), message.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


VOICE_PARAMS = {
    "AccountSid": "AC" + "1" * 32,
    "CallSid": "CA" + "2" * 32,
    "CallStatus": "ringing",
    "Direction": "inbound",
    "From": "+14155550100",
    "To": "+15005550006",
    "Digits": "",
}

XML = '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello</Say></Response>'


class FakeVoiceResponse:
    """Stands in for a TwiML builder: its str() is the document."""

    def __str__(self) -> str:
        return XML
