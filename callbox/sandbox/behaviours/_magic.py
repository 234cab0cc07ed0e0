"""Twilio's magic test numbers, behaving as Twilio documents them for test credentials.

The sandbox applies them to every account: the ``+1 500-555-xxxx`` range is reserved by
Twilio for this purpose, so no real number is affected.  Each table maps a number to the
error Twilio answers with (``ok``: the request succeeds).

Messages (``POST .../Messages.json``)

==================  =====  ==========================================================
From +15005550001   21212  invalid From number
From +15005550006   ok     passes all validation (no number needs to be owned)
From +15005550007   21606  not an SMS-capable number owned by the account
From +15005550008   21611  the number's SMS queue is full
From other 500-555 21606  not owned by the account
To   +15005550001   21211  invalid To number
To   +15005550002   21612  cannot route to this number
To   +15005550003   21408  no international permission for the region
To   +15005550004   21610  the recipient is blocked (unsubscribed)
To   +15005550009   21614  not a mobile number (cannot receive SMS)
==================  =====  ==========================================================

Calls (``POST .../Calls.json``)

==================  =====  ==========================================================
From +15005550001   21212  invalid From number
From +15005550006   ok     passes all validation
From other 500-555 21210  not a verified or owned caller ID
To   +15005550001   21217  invalid To number
To   +15005550002   21214  cannot route to this number
To   +15005550003   21215  no international permission
To   +15005550004   21216  the number is blocked
==================  =====  ==========================================================

Buying numbers (``POST .../IncomingPhoneNumbers.json``)

========================  =====  ==============================================
PhoneNumber +15005550000  21422  not available
PhoneNumber +15005550001  21421  invalid
PhoneNumber +15005550006  ok     bought
AreaCode 533              21452  no numbers in that area code
AreaCode 500              ok     bought (the number is +15005550006)
========================  =====  ==============================================
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "MAGIC_PREFIX",
    "MAGIC_SUCCESS",
    "Refusal",
    "buy_by_area_code",
    "buy_by_number",
    "call_from",
    "call_to",
    "is_magic",
    "message_from",
    "message_to",
]

MAGIC_PREFIX: Final = "+1500555"
MAGIC_SUCCESS: Final = "+15005550006"


class Refusal(NamedTuple):
    """An error answer: HTTP status, Twilio error code and message."""

    status: int
    code: int
    message: str


def is_magic(number: str | None) -> bool:
    """Whether a number is in Twilio's reserved test range (+1 500-555-xxxx)."""
    return bool(number) and str(number).startswith(MAGIC_PREFIX) and len(str(number)) == 12


def _invalid_from(number: str) -> Refusal:
    """Error 21212, for the magic ``From`` +15005550001 of a message or a call."""
    return Refusal(
        400,
        21212,
        f"The 'From' number {number} is not a valid phone number, shortcode, "
        "or alphanumeric sender ID.",
    )


def message_from(number: str) -> Refusal | None:
    """The refusal for a magic ``From`` of a message (None: accepted). Non-magic: None."""
    if not is_magic(number):
        return None
    if number == MAGIC_SUCCESS:
        return None
    if number == "+15005550001":
        return _invalid_from(number)
    if number == "+15005550008":
        return Refusal(
            400, 21611, "This 'From' number has exceeded the maximum number of queued messages"
        )
    return Refusal(
        400,
        21606,
        f"The 'From' phone number provided ({number}) is not a valid message-capable "
        "Twilio phone number for this destination/account",
    )


def message_to(number: str, from_: str | None) -> Refusal | None:
    """The refusal for a magic ``To`` of a message (None: accepted)."""
    if not is_magic(number):
        return None
    if number == "+15005550001":
        return Refusal(400, 21211, f"The 'To' number {number} is not a valid phone number.")
    if number == "+15005550002":
        return Refusal(
            400,
            21612,
            f"The 'To' phone number: {number}, is not currently reachable using the "
            f"'From' phone number: {from_ or ''} via SMS.",
        )
    if number == "+15005550003":
        return Refusal(
            400,
            21408,
            "Permission to send an SMS has not been enabled for the region indicated by "
            f"the 'To' number: {number}.",
        )
    if number == "+15005550004":
        return Refusal(400, 21610, "Attempt to send to unsubscribed recipient")
    if number == "+15005550009":
        return Refusal(400, 21614, f"'To' number {number} is not a valid mobile number")
    return None


def call_from(number: str) -> Refusal | None:
    """The refusal for a magic ``From`` of a call (None: accepted). Non-magic: None."""
    if not is_magic(number) or number == MAGIC_SUCCESS:
        return None
    if number == "+15005550001":
        return _invalid_from(number)
    return Refusal(
        400,
        21210,
        f"The source phone number provided, {number}, is not yet verified for your account. "
        "You may only make calls from phone numbers that you've verified or purchased "
        "from Twilio.",
    )


def call_to(number: str) -> Refusal | None:
    """The refusal for a magic ``To`` of a call (None: accepted)."""
    if not is_magic(number):
        return None
    if number == "+15005550001":
        return Refusal(400, 21217, "Phone number does not appear to be valid")
    if number == "+15005550002":
        return Refusal(400, 21214, "'To' phone number cannot be reached")
    if number == "+15005550003":
        return Refusal(
            400,
            21215,
            f"Account not authorized to call {number}. Perhaps you need to enable some "
            "international permissions.",
        )
    if number == "+15005550004":
        return Refusal(400, 21216, f"Account not allowed to call {number}")
    return None


def buy_by_number(number: str) -> Refusal | None:
    """The refusal for buying a magic ``PhoneNumber`` (None: may be bought)."""
    if number == "+15005550000":
        return Refusal(400, 21422, f"PhoneNumber {number} is not available.")
    if number == "+15005550001":
        return Refusal(400, 21421, f"PhoneNumber {number} is invalid.")
    return None


def buy_by_area_code(area_code: str) -> Refusal | str | None:
    """For ``AreaCode``: a refusal, the magic number to buy (``"500"``) or None (not magic)."""
    if area_code == "533":
        return Refusal(400, 21452, f"No phone numbers found in area code {area_code}")
    if area_code == "500":
        return MAGIC_SUCCESS
    return None
