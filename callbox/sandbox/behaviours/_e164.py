"""Phone number checks the sandbox applies, on top of the ``phonenumbers`` package.

* :func:`normalize` turns what an app sends as ``To``/``From`` into E.164 (``+14155550100``)
  or None.  Numbers written with a ``+`` are parsed as international; numbers without one are
  read in the sender's country (as Twilio does for national formats), else as US numbers.
* Channel addresses (``whatsapp:+1...``, ``messenger:...``) keep their prefix.
* :func:`geo` gives the ``Country``/``State``/``City``/``Zip`` webhook fields Twilio adds for a
  number, from the sandbox's own places table for US and Canadian area codes and from
  ``phonenumbers`` for the country elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

__all__ = [
    "Geo",
    "country_of",
    "geo",
    "is_alphanumeric_sender",
    "is_short_code",
    "normalize",
    "split_channel",
]

_CHANNELS: Final = ("whatsapp", "messenger", "rcs", "sms", "mms")
_SHORT_CODE: Final = re.compile(r"\d{5,6}")
_ALPHA_SENDER: Final = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 +\-_&.]{1,11}")


def split_channel(address: str) -> tuple[str | None, str]:
    """``("whatsapp", "+1415...")`` for a channel address, ``(None, address)`` otherwise."""
    prefix, sep, rest = address.partition(":")
    if sep and prefix.lower() in _CHANNELS:
        return prefix.lower(), rest
    return None, address


def is_short_code(value: str) -> bool:
    """Five or six digits: a short code."""
    return _SHORT_CODE.fullmatch(value.strip()) is not None


def is_alphanumeric_sender(value: str) -> bool:
    """Up to 11 letters, digits and spaces with at least one letter: an alphanumeric sender ID."""
    return _ALPHA_SENDER.fullmatch(value) is not None


@lru_cache(maxsize=4096)
def _parse(value: str, region: str | None) -> str | None:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def normalize(value: str | None, default_region: str | None = None) -> str | None:
    """The E.164 form of a phone number (channel prefix kept), or None if it is not valid."""
    if value is None:
        return None
    channel, number = split_channel(value.strip())
    number = number.strip()
    if not number or len(number) > 32 or not re.fullmatch(r"[+\d\s().\-]+", number):
        return None
    region = None if number.startswith("+") else (default_region or "US")
    e164 = _parse(number, region)
    if e164 is None:
        return None
    return f"{channel}:{e164}" if channel else e164


@lru_cache(maxsize=4096)
def country_of(e164: str) -> str | None:
    """ISO country of an E.164 number (``"US"``), or None."""
    import phonenumbers

    _, number = split_channel(e164)
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(parsed)
    return str(region) if region and region != "ZZ" else None


class Geo(tuple[str, str, str, str]):
    """(country, state, city, zip) as Twilio writes them in webhooks; empty when unknown."""

    __slots__ = ()

    @property
    def country(self) -> str:
        return self[0]

    @property
    def state(self) -> str:
        return self[1]

    @property
    def city(self) -> str:
        return self[2]

    @property
    def zip(self) -> str:
        return self[3]


@lru_cache(maxsize=4096)
def geo(address: str) -> Geo:
    """Where a number is, for the ``FromCity``/``ToState``... webhook fields."""
    from . import _inventory

    _, number = split_channel(address)
    country = country_of(number) or ""
    if number.startswith("+1") and len(number) == 12:
        area = number[2:5]
        for places in (_inventory._US_PLACES, _inventory._CA_PLACES):
            for code, region, city, _lata, postal, _lat, _lon in places:
                if code == area:
                    return Geo((country, region, city.upper(), postal))
    if country in ("GB", "AU"):
        entry = _inventory.find_number(number)  # any number of the stock, listed or not
        if entry is not None and entry.kind == _inventory.LOCAL:
            return Geo((country, "", (entry.locality or "").upper(), ""))
    return Geo((country, "", "", ""))
