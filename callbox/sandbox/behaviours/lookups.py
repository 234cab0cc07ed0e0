"""Lookups v2: ``GET /v2/PhoneNumbers/{PhoneNumber}`` answered from the phonenumbers data.

The free part of Lookup (formatting and validation) is computed exactly: ``valid``,
``validation_errors`` (``TOO_SHORT``, ``TOO_LONG``, ``INVALID_BUT_POSSIBLE``,
``INVALID_COUNTRY_CODE``, ``INVALID_LENGTH``, ``NOT_A_NUMBER``), ``phone_number`` (E.164),
``national_format``, ``country_code`` (ISO 3166) and ``calling_country_code``.  A national
number is read in the country ``CountryCode`` names; without one it has no country
(``INVALID_COUNTRY_CODE``).  An invalid number is an answer like any other (``valid``
false, never a 404), as on Twilio.

The paid data packages cannot be real offline, so ``Fields`` gives deterministic values
per number (see :func:`line_type_intelligence` and :func:`caller_name`): the same number
always gets the same carrier and caller name, so tests can pin them.  Other packages
(``sim_swap``, ``call_forwarding``, ...) stay null.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from .._hooks import Ctx, HookResult, hook
from ._common import INCOMING

if TYPE_CHECKING:
    from .._store import Store

__all__ = ["NumberFacts", "caller_name", "facts", "line_type_intelligence"]

PHONE_NUMBERS: Final = "lookups.v2.phone_numbers"

#: phonenumbers' number types (by their integer value) as Lookup names line types.
_LINE_TYPES: Final = {
    0: "landline",  # FIXED_LINE
    1: "mobile",  # MOBILE
    2: "mobile",  # FIXED_LINE_OR_MOBILE: the sandbox delivers texts to them
    3: "tollFree",
    4: "premium",
    5: "sharedCost",
    6: "nonFixedVoip",  # VOIP
    7: "personal",
    8: "pager",
    9: "uan",
    10: "voicemail",
}

#: Carriers the sandbox assigns to US mobile numbers: (name, MCC, MNC).
_US_MOBILE: Final = (
    ("Verizon Wireless", "311", "480"),
    ("T-Mobile USA, Inc.", "310", "260"),
    ("AT&T Wireless", "310", "410"),
)
_US_LANDLINE: Final = ("Lumen Technologies", "Frontier Communications", "Windstream")
_TWILIO_CARRIER: Final = ("Twilio - SMS/MMS-SVR", "311", "950")

#: Mobile country codes of a few countries (the MNC is derived from the number).
_MCC: Final = {
    "US": "310",
    "CA": "302",
    "GB": "234",
    "AU": "505",
    "DE": "262",
    "FR": "208",
    "ES": "214",
    "IT": "222",
    "NL": "204",
    "IE": "272",
    "IN": "404",
    "BR": "724",
    "MX": "334",
}

_FIRST: Final = ("Alex", "Ada", "Maria", "John", "Sofia", "Liam", "Emma", "Noah", "Olivia", "Mia")
_LAST: Final = ("Smith", "Garcia", "Johnson", "Lee", "Brown", "Martinez", "Davis", "Nguyen")
_BUSINESSES: Final = (
    "ACME CORP",
    "BLUE RIVER LLC",
    "NORTHWIND TRADERS",
    "CONTOSO LTD",
    "GLOBEX INC",
    "INITECH",
)


class NumberFacts:
    """What the phonenumbers data says about one looked-up number."""

    __slots__ = (
        "calling_code",
        "country",
        "e164",
        "errors",
        "national",
        "number_type",
        "valid",
    )

    def __init__(
        self,
        *,
        e164: str,
        valid: bool,
        errors: list[str],
        country: str | None = None,
        calling_code: str | None = None,
        national: str | None = None,
        number_type: int | None = None,
    ) -> None:
        self.e164 = e164
        self.valid = valid
        self.errors = errors
        self.country = country
        self.calling_code = calling_code
        self.national = national
        self.number_type = number_type


_PARSE_ERRORS: Final = {
    0: "INVALID_COUNTRY_CODE",
    1: "NOT_A_NUMBER",
    2: "TOO_SHORT",  # after the international dialing prefix
    3: "TOO_SHORT",  # national number
    4: "TOO_LONG",
}
_POSSIBLE: Final = {
    1: "INVALID_COUNTRY_CODE",
    2: "TOO_SHORT",
    3: "TOO_LONG",
    4: "INVALID_LENGTH",  # possible for local dialing only
    5: "INVALID_LENGTH",
}


@lru_cache(maxsize=4096)
def facts(raw: str, country: str | None = None) -> NumberFacts:
    """Validate and format ``raw`` (E.164, or national in ``country``)."""
    import phonenumbers

    text = raw.strip()
    region = country.strip().upper() if country else None
    if not text or not any(ch.isdigit() for ch in text):
        return NumberFacts(e164=raw, valid=False, errors=["NOT_A_NUMBER"])
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        return NumberFacts(
            e164=raw, valid=False, errors=[_PARSE_ERRORS.get(int(exc.error_type), "NOT_A_NUMBER")]
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    calling = str(parsed.country_code)
    if phonenumbers.is_valid_number(parsed):
        return NumberFacts(
            e164=e164,
            valid=True,
            errors=[],
            country=phonenumbers.region_code_for_number(parsed),
            calling_code=calling,
            national=national,
            number_type=int(phonenumbers.number_type(parsed)),
        )
    reason = int(phonenumbers.is_possible_number_with_reason(parsed))
    home = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
    known = home not in (None, "ZZ")
    return NumberFacts(
        e164=e164,
        valid=False,
        errors=[_POSSIBLE.get(reason, "INVALID_BUT_POSSIBLE")],
        country=home if known else None,
        calling_code=calling if known else None,
        national=national if known else None,
    )


def _pick(number: str, salt: str, size: int) -> int:
    digest = hashlib.sha256(f"{salt}:{number}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % size


def line_type_intelligence(store: Store, info: NumberFacts) -> dict[str, Any]:
    """The carrier and line type of a valid number, the same every time.

    The type comes from phonenumbers' number type (a US number that could be either is
    ``mobile``, as the sandbox delivers texts to it); numbers owned in the sandbox are
    Twilio's (``nonFixedVoip``).  US mobiles get one of three carriers with their real
    MCC/MNC, chosen by a hash of the number; elsewhere the carrier is phonenumbers' (or
    "<country> Mobile") with the country's MCC.  Canadian numbers answer error 60601, as
    Twilio does for accounts without access to Canadian portability data.
    """
    if info.country == "CA":
        return _line(None, None, None, None, error=60601)
    if store is not None and store.find(INCOMING, phone_number=info.e164):
        return _line(*_TWILIO_CARRIER, "nonFixedVoip")
    kind = _LINE_TYPES.get(info.number_type if info.number_type is not None else -1, "unknown")
    if info.country == "US":
        if kind == "mobile":
            return _line(*_US_MOBILE[_pick(info.e164, "carrier", len(_US_MOBILE))], kind)
        return _line(_US_LANDLINE[_pick(info.e164, "carrier", len(_US_LANDLINE))], None, None, kind)
    import phonenumbers
    from phonenumbers import carrier

    parsed = phonenumbers.parse(info.e164, None)
    name = carrier.name_for_number(parsed, "en") or f"{info.country} Mobile"
    mcc = _MCC.get(info.country or "") if kind == "mobile" else None
    mnc = f"{_pick(info.e164, 'mnc', 90) + 10:02d}" if mcc else None
    return _line(name, mcc, mnc, kind)


def _line(
    name: str | None, mcc: str | None, mnc: str | None, kind: str | None, error: int | None = None
) -> dict[str, Any]:
    return {
        "carrier_name": name,
        "mobile_country_code": mcc,
        "mobile_network_code": mnc,
        "type": kind,
        "error_code": error,
    }


def caller_name(info: NumberFacts) -> dict[str, Any]:
    """The CNAM of a valid US number, the same every time; elsewhere error 60600.

    Toll-free numbers and about one number in four are ``BUSINESS`` (a name from a fixed
    list); the others are ``CONSUMER`` with a first and last name from fixed lists, all
    chosen by a hash of the number.  Caller name data covers US numbers only, so others
    answer Twilio's 60600 (unprovisioned or out of coverage).
    """
    if info.country != "US":
        return {"caller_name": None, "caller_type": None, "error_code": 60600}
    business = info.number_type == 3 or _pick(info.e164, "type", 4) == 0
    if business:
        name = _BUSINESSES[_pick(info.e164, "business", len(_BUSINESSES))]
        return {"caller_name": name, "caller_type": "BUSINESS", "error_code": None}
    first = _FIRST[_pick(info.e164, "first", len(_FIRST))]
    last = _LAST[_pick(info.e164, "last", len(_LAST))]
    return {"caller_name": f"{first} {last}", "caller_type": "CONSUMER", "error_code": None}


def _fields(value: object) -> set[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return {part.strip().lower() for item in items for part in str(item).split(",") if part}


@hook(PHONE_NUMBERS, "fetch")
def lookup(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Validation and formatting, plus the data packages ``Fields`` asks for."""
    assert record is not None
    raw = str(ctx.path.get("PhoneNumber") or record.get("phone_number") or "")
    info = facts(raw, str(params.get("CountryCode") or "") or None)
    record.update(
        {
            "phone_number": info.e164,
            "valid": info.valid,
            "validation_errors": list(info.errors),
            "country_code": info.country,
            "calling_country_code": info.calling_code,
            "national_format": info.national,
        }
    )
    wanted = _fields(params.get("Fields"))
    if info.valid and "line_type_intelligence" in wanted:
        record["line_type_intelligence"] = line_type_intelligence(ctx.store, info)
    if info.valid and "caller_name" in wanted:
        record["caller_name"] = caller_name(info)
    return record
