"""What the sandbox charges for a message: a fixed table, so prices are predictable in tests.

Prices are per segment (SMS) or per message (MMS), in USD, written as Twilio writes them on
a Message: a negative decimal string (``"-0.00790"``) with ``price_unit`` ``"USD"``.  They
resemble Twilio's published rates but are the sandbox's own; ``price`` stays ``None`` until
the message is sent, as on Twilio.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

__all__ = ["PRICE_UNIT", "message_price"]

PRICE_UNIT: Final = "USD"

# country: (outbound SMS per segment, outbound MMS per message, inbound SMS per segment)
_RATES: Final[dict[str, tuple[str, str, str]]] = {
    "US": ("0.00790", "0.02000", "0.00790"),
    "CA": ("0.00790", "0.02000", "0.00790"),
    "GB": ("0.04000", "0.04000", "0.00750"),
    "AU": ("0.05150", "0.05150", "0.00750"),
}
_DEFAULT: Final = ("0.05000", "0.05000", "0.00750")


def message_price(country: str | None, segments: int, *, mms: bool, inbound: bool) -> str:
    """The price string of a message to (or from) ``country``: ``"-0.01580"`` for 2 US SMS."""
    out_sms, out_mms, in_sms = _RATES.get(country or "", _DEFAULT)
    if inbound:
        total = Decimal(in_sms) * max(segments, 1)
    elif mms:
        total = Decimal(out_mms)
    else:
        total = Decimal(out_sms) * max(segments, 1)
    return f"-{total:.5f}"
