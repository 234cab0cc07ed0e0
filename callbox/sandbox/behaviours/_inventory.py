"""The sandbox's stock of phone numbers to buy: deterministic, per country and number type.

Every run of the sandbox offers the same numbers in the same order, so tests and demos can
rely on them.  Numbers are generated from a table of places (area code, region, locality,
rate centre, LATA, postal code, coordinates) and a keyed hash, then kept only if the
``phonenumbers`` package agrees they are valid numbers of the right type, so what the
sandbox sells also passes the E.164 checks the sandbox applies to ``From`` numbers.

The stock of a block (an area code or number prefix) is every number in it that passes those
checks; lists show a fixed sample of it (``_PER_BLOCK`` numbers per block).  When a
``Contains`` search finds fewer matches in the sample than the page asks for, more are drawn
from the rest of the stock: the pattern is placed in the number (at the end first, as vanity
numbers are, then further left; a pattern that starts with the prefix lines up with it), the
other digits come from a hash, and each candidate goes through the same checks.  So a search
answers the same every time, and any valid number of a block can be bought by number, listed
or not.  Numbers someone owns are never offered.

Types offered (others answer 404 as Twilio does for a type a country does not have):

====  ==================================  ====================  ============
      Local                               TollFree              Mobile
====  ==================================  ====================  ============
US    25 area codes, voice+SMS+MMS        800 833 844 855 ...   —
CA    10 area codes, voice+SMS+MMS        800 833 844 855 ...   —
GB    10 cities, voice only               0800, 0808            07xxx
AU    4 cities, voice only                1800                  04xx
====  ==================================  ====================  ============

Search filters follow Twilio's AvailablePhoneNumbers parameters: ``AreaCode``, ``Contains``
(digits, letters read off a phone keypad, ``*`` for any one digit; matched anywhere in the
number), ``InRegion``, ``InLocality``, ``InPostalCode``, ``InRateCenter``, ``InLata``,
``NearLatLong``/``NearNumber`` with ``Distance`` (miles, US/CA), capability flags
(``SmsEnabled`` ...), ``Beta`` and the ``Exclude*AddressRequired`` flags.
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

__all__ = [
    "COUNTRIES",
    "AvailableNumber",
    "InventoryError",
    "contains_regex",
    "find_number",
    "numbers_for",
    "search",
]

LOCAL: Final = "Local"
TOLL_FREE: Final = "TollFree"
MOBILE: Final = "Mobile"
KINDS: Final = (LOCAL, TOLL_FREE, MOBILE)


class InventoryError(Exception):
    """A search the inventory cannot answer (unknown country or type, bad filter)."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class AvailableNumber:
    """One number in stock, with the fields Twilio's AvailablePhoneNumbers resources show."""

    phone_number: str
    friendly_name: str
    iso_country: str
    kind: str
    area_code: str
    locality: str | None
    region: str | None
    postal_code: str | None
    rate_center: str | None
    lata: str | None
    latitude: float | None
    longitude: float | None
    voice: bool
    sms: bool
    mms: bool
    fax: bool
    address_requirements: str
    beta: bool = False

    def record(self) -> dict[str, Any]:
        """The JSON record an AvailablePhoneNumbers list shows for this number."""
        return {
            "friendly_name": self.friendly_name,
            "phone_number": self.phone_number,
            "lata": self.lata,
            "locality": self.locality,
            "rate_center": self.rate_center,
            "latitude": None if self.latitude is None else f"{self.latitude:.6f}",
            "longitude": None if self.longitude is None else f"{self.longitude:.6f}",
            "region": self.region,
            "postal_code": self.postal_code,
            "iso_country": self.iso_country,
            "address_requirements": self.address_requirements,
            "beta": self.beta,
            "capabilities": {
                "voice": self.voice,
                "SMS": self.sms,
                "MMS": self.mms,
                "fax": self.fax,
            },
        }

    def incoming_capabilities(self) -> dict[str, bool]:
        """Capabilities as IncomingPhoneNumbers shows them (lower-case keys)."""
        return {"voice": self.voice, "sms": self.sms, "mms": self.mms, "fax": self.fax}


# ---------------------------------------------------------------- places

# (area code, region, locality, LATA, postal code, latitude, longitude)
_US_PLACES: Final = (
    ("212", "NY", "New York", "132", "10001", 40.7506, -73.9971),
    ("646", "NY", "New York", "132", "10011", 40.7410, -74.0000),
    ("718", "NY", "Brooklyn", "132", "11201", 40.6943, -73.9903),
    ("415", "CA", "San Francisco", "722", "94105", 37.7898, -122.3942),
    ("510", "CA", "Oakland", "722", "94612", 37.8044, -122.2712),
    ("650", "CA", "Palo Alto", "722", "94301", 37.4443, -122.1598),
    ("213", "CA", "Los Angeles", "730", "90012", 34.0614, -118.2385),
    ("310", "CA", "Santa Monica", "730", "90401", 34.0195, -118.4912),
    ("312", "IL", "Chicago", "358", "60601", 41.8858, -87.6181),
    ("617", "MA", "Boston", "128", "02108", 42.3576, -71.0640),
    ("206", "WA", "Seattle", "674", "98101", 47.6101, -122.3344),
    ("512", "TX", "Austin", "558", "78701", 30.2711, -97.7437),
    ("214", "TX", "Dallas", "552", "75201", 32.7876, -96.7994),
    ("305", "FL", "Miami", "460", "33131", 25.7663, -80.1917),
    ("786", "FL", "Miami", "460", "33130", 25.7670, -80.2044),
    ("303", "CO", "Denver", "656", "80202", 39.7525, -104.9995),
    ("404", "GA", "Atlanta", "438", "30303", 33.7529, -84.3925),
    ("702", "NV", "Las Vegas", "721", "89101", 36.1727, -115.1228),
    ("503", "OR", "Portland", "672", "97204", 45.5184, -122.6755),
    ("602", "AZ", "Phoenix", "666", "85003", 33.4503, -112.0775),
    ("615", "TN", "Nashville", "468", "37201", 36.1654, -86.7784),
    ("202", "DC", "Washington", "236", "20001", 38.9109, -77.0163),
    ("215", "PA", "Philadelphia", "228", "19102", 39.9526, -75.1652),
    ("612", "MN", "Minneapolis", "628", "55401", 44.9847, -93.2698),
    ("801", "UT", "Salt Lake City", "660", "84101", 40.7559, -111.8967),
)
_CA_PLACES: Final = (
    ("416", "ON", "Toronto", None, "M5H", 43.6511, -79.3832),
    ("647", "ON", "Toronto", None, "M5V", 43.6426, -79.3871),
    ("613", "ON", "Ottawa", None, "K1P", 45.4215, -75.6972),
    ("514", "QC", "Montreal", None, "H2Y", 45.5048, -73.5566),
    ("604", "BC", "Vancouver", None, "V6B", 49.2827, -123.1207),
    ("403", "AB", "Calgary", None, "T2P", 51.0447, -114.0719),
    ("780", "AB", "Edmonton", None, "T5J", 53.5461, -113.4938),
    ("902", "NS", "Halifax", None, "B3J", 44.6488, -63.5752),
    ("204", "MB", "Winnipeg", None, "R3C", 49.8951, -97.1384),
    ("306", "SK", "Regina", None, "S4P", 50.4452, -104.6189),
)
# (national prefix without the trunk 0, region, locality)
_GB_PLACES: Final = (
    ("20", "London", "London"),
    ("121", "Birmingham", "Birmingham"),
    ("161", "Manchester", "Manchester"),
    ("131", "Edinburgh", "Edinburgh"),
    ("141", "Glasgow", "Glasgow"),
    ("113", "Leeds", "Leeds"),
    ("117", "Bristol", "Bristol"),
    ("151", "Liverpool", "Liverpool"),
    ("1223", "Cambridge", "Cambridge"),
    ("1865", "Oxford", "Oxford"),
)
_AU_PLACES: Final = (
    ("2", "NSW", "Sydney"),
    ("3", "VIC", "Melbourne"),
    ("7", "QLD", "Brisbane"),
    ("8", "WA", "Perth"),
)
_NANP_TOLL_FREE: Final = ("800", "833", "844", "855", "866", "877", "888")

COUNTRIES: Final = ("US", "CA", "GB", "AU")
_CALLING_CODE: Final = {"US": "1", "CA": "1", "GB": "44", "AU": "61"}
_PER_BLOCK: Final = 40
_ATTEMPTS: Final = 200

# Numbers Twilio keeps for testing (magic numbers) are never in stock.
_RESERVED_PREFIX: Final = "+1500555"


@dataclass(frozen=True)
class _Block:
    """A run of numbers sharing a prefix and a place."""

    country: str
    kind: str
    prefix: str  # national digits the numbers start with (no trunk prefix)
    length: int  # national significant number length
    area_code: str
    region: str | None
    locality: str | None
    postal_code: str | None
    lata: str | None
    latitude: float | None
    longitude: float | None
    voice: bool
    sms: bool
    mms: bool
    address: str
    first: str = ""  # allowed first digits after the prefix (e.g. NXX exchanges)


@cache
def _blocks(country: str, kind: str) -> tuple[_Block, ...]:
    blocks: list[_Block] = []
    if country in ("US", "CA") and kind == LOCAL:
        for code, region, city, lata, postal, lat, lon in (
            _US_PLACES if country == "US" else _CA_PLACES
        ):
            blocks.append(
                _Block(country, kind, code, 10, code, region, city, postal, lata, lat, lon,
                       True, True, True, "none", "23456789")
            )  # fmt: skip
    elif country in ("US", "CA") and kind == TOLL_FREE:
        for code in _NANP_TOLL_FREE:
            blocks.append(
                _Block(country, kind, code, 10, code, None, None, None, None, None, None,
                       True, True, True, "none", "23456789")
            )  # fmt: skip
    elif country == "GB" and kind == LOCAL:
        for code, region, city in _GB_PLACES:
            first = "78" if code == "20" else "23456789"
            blocks.append(
                _Block(country, kind, code, 10, code, region, city, None, None, None, None,
                       True, False, False, "any", first)
            )  # fmt: skip
    elif country == "GB" and kind == TOLL_FREE:
        for code in ("800", "808"):
            blocks.append(
                _Block(country, kind, code, 10, code, None, None, None, None, None, None,
                       True, False, False, "none", "0123456789")
            )  # fmt: skip
    elif country == "GB" and kind == MOBILE:
        for code in ("7400", "7480", "7520", "7700", "7860", "7911"):
            blocks.append(
                _Block(country, kind, code, 10, code, None, None, None, None, None, None,
                       True, True, False, "none", "123456789")
            )  # fmt: skip
    elif country == "AU" and kind == LOCAL:
        for code, region, city in _AU_PLACES:
            blocks.append(
                _Block(country, kind, code, 9, code, region, city, None, None, None, None,
                       True, False, False, "any", "89")
            )  # fmt: skip
    elif country == "AU" and kind == TOLL_FREE:
        blocks.append(
            _Block(country, kind, "1800", 10, "1800", None, None, None, None, None, None,
                   True, False, False, "any", "0123456789")
        )  # fmt: skip
    elif country == "AU" and kind == MOBILE:
        for code in ("412", "423", "438", "451"):
            blocks.append(
                _Block(country, kind, code, 9, code, None, None, None, None, None, None,
                       True, True, True, "none", "0123456789")
            )  # fmt: skip
    return tuple(blocks)


def _rate_center(locality: str | None) -> str | None:
    if locality is None:
        return None
    return re.sub(r"[^A-Z ]", "", locality.upper())[:10].strip()


def _friendly(country: str, national: str) -> str:
    if country in ("US", "CA"):
        return f"({national[:3]}) {national[3:6]}-{national[6:]}"
    import phonenumbers

    parsed = phonenumbers.parse(f"+{_CALLING_CODE[country]}{national}")
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))


def _expected_types(kind: str) -> set[int]:
    from phonenumbers import PhoneNumberType as T

    if kind == LOCAL:
        return {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
    if kind == TOLL_FREE:
        return {T.TOLL_FREE}
    return {T.MOBILE, T.FIXED_LINE_OR_MOBILE}


def _acceptable(block: _Block, national: str) -> bool:
    """Whether ``national`` is a number the block can sell (the rules every stock number obeys).

    Twilio's reserved test range, N11/555/950 exchanges in North America, numbers
    ``phonenumbers`` does not accept as valid, of another type, or (except toll-free) of
    another country are never sold.
    """
    import phonenumbers

    e164 = f"+{_CALLING_CODE[block.country]}{national}"
    if e164.startswith(_RESERVED_PREFIX):
        return False
    if block.country in ("US", "CA") and (
        national[4:6] == "11" or national[3:6] == "555" or national[3:6] == "950"
    ):
        return False
    parsed = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(parsed):
        return False
    if phonenumbers.number_type(parsed) not in _expected_types(block.kind):
        return False
    return block.kind == TOLL_FREE or phonenumbers.region_code_for_number(parsed) == block.country


def _entry(block: _Block, national: str, mms: bool, friendly: str | None = None) -> AvailableNumber:
    return AvailableNumber(
        phone_number=f"+{_CALLING_CODE[block.country]}{national}",
        friendly_name=_friendly(block.country, national) if friendly is None else friendly,
        iso_country=block.country,
        kind=block.kind,
        area_code=block.area_code,
        locality=block.locality,
        region=block.region,
        postal_code=block.postal_code,
        rate_center=_rate_center(block.locality),
        lata=block.lata,
        latitude=block.latitude,
        longitude=block.longitude,
        voice=block.voice,
        sms=block.sms,
        mms=mms,
        fax=False,
        address_requirements=block.address,
    )


def _generate(block: _Block) -> list[AvailableNumber]:
    out: list[AvailableNumber] = []
    seen: set[str] = set()
    rest = block.length - len(block.prefix)
    for i in range(_ATTEMPTS):
        digest = hashlib.blake2b(
            f"{block.country}/{block.kind}/{block.prefix}/{i}".encode(), digest_size=8
        ).digest()
        value = int.from_bytes(digest, "big")
        lead = block.first[value % len(block.first)]
        tail = str((value // 10) % (10 ** (rest - 1))).zfill(rest - 1)
        national = block.prefix + lead + tail
        if national in seen or not _acceptable(block, national):
            continue
        seen.add(national)
        # Every seventh local number lacks MMS, so capability filters have work to do.
        mms = block.mms and not (block.kind == LOCAL and len(out) % 7 == 6)
        out.append(_entry(block, national, mms))
        if len(out) >= _PER_BLOCK:
            break
    return out


_CACHE: dict[tuple[str, str], list[AvailableNumber]] = {}


def numbers_for(country: str, kind: str) -> list[AvailableNumber]:
    """Every number of ``kind`` in ``country``'s stock, interleaving places (cached)."""
    key = (country.upper(), kind)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    per_block = [_generate(b) for b in _blocks(*key)]
    merged: list[AvailableNumber] = []
    for i in range(max((len(b) for b in per_block), default=0)):
        merged.extend(b[i] for b in per_block if i < len(b))
    _CACHE[key] = merged
    return merged


@cache
def _listed(country: str, kind: str) -> dict[str, AvailableNumber]:
    """The listed sample of a country's numbers of a type, by phone number."""
    return {n.phone_number: n for n in numbers_for(country, kind)}


def _in_block(block: _Block, national: str) -> bool:
    return (
        len(national) == block.length
        and national.startswith(block.prefix)
        and national[len(block.prefix)] in block.first
    )


def _computed_mms(block: _Block, national: str) -> bool:
    """MMS for a number outside the listed sample: one local number in seven lacks it."""
    if not block.mms:
        return False
    if block.kind != LOCAL:
        return True
    digest = hashlib.blake2b(f"mms/{block.country}/{national}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % 7 != 6


def find_number(phone_number: str) -> AvailableNumber | None:
    """The stock entry for a number, whatever its type, or None if it is not in stock.

    The stock of a block is every number in it that passes the rules of :func:`_acceptable`,
    not only the sample that lists show, so any such number can be bought by ``PhoneNumber``.
    Whether someone owns it is the caller's business.
    """
    for country in COUNTRIES:
        cc = _CALLING_CODE[country]
        if not phone_number.startswith("+" + cc):
            continue
        national = phone_number[1 + len(cc) :]
        if not national.isdigit():
            continue
        for kind in KINDS:
            for block in _blocks(country, kind):
                if not _in_block(block, national):
                    continue
                listed = _listed(country, kind).get(phone_number)
                if listed is not None:
                    return listed
                if _acceptable(block, national):
                    return _entry(block, national, _computed_mms(block, national))
    return None


# ---------------------------------------------------------------- vanity matches

_DEFAULT_PAGE: Final = 50  # how many matches a search without a limit asks for
_OFFSET_TRIES: Final = 400  # hashed fills tried per placement of a pattern
_OFFSET_GIVE_UP: Final = 40  # a placement whose first this-many fills are all invalid is dropped
_STREAMS_MAX: Final = 128


def _placements(block: _Block, anchored: bool, body: str) -> list[tuple[int, list[str | None]]]:
    """Where ``body`` fits in the block's numbers: (offset, national digits, None = free).

    Offsets count in the E.164 digits (calling code first), from the end of the number
    leftwards, as vanity numbers put the word last; an anchored pattern only fits at 0.  A
    placement must agree with the calling code, the block's prefix and its lead digits.
    """
    cc = _CALLING_CODE[block.country]
    head = cc + block.prefix
    total = len(cc) + block.length
    lead = len(head)
    if len(body) > total:
        return []
    starts = [0] if anchored else list(range(total - len(body), -1, -1))
    out: list[tuple[int, list[str | None]]] = []
    for start in starts:
        slots: list[str | None] = [*head, *([None] * (total - len(head)))]
        fits = True
        for k, ch in enumerate(body):
            pos = start + k
            if ch == "*":
                continue
            current = slots[pos]
            if current is None and (pos != lead or ch in block.first):
                slots[pos] = ch
            elif current != ch:
                fits = False
                break
        if fits:
            out.append((start, slots[len(cc) :]))
    return out


def _matches(block: _Block, anchored: bool, body: str) -> Iterator[AvailableNumber]:
    """Valid numbers of the block matching the pattern, in a fixed pseudo-random order."""
    seen: set[str] = set()
    lead = len(block.prefix)
    for start, slots in _placements(block, anchored, body):
        free = [i for i, d in enumerate(slots) if d is None]
        space = math.prod(len(block.first) if i == lead else 10 for i in free)
        found = failed = 0
        for i in range(min(3 * space + 4, _OFFSET_TRIES)):
            seed = f"{block.country}/{block.kind}/{block.prefix}/{anchored}/{body}/{start}/{i}"
            digest = hashlib.blake2b(seed.encode(), digest_size=8).digest()
            value = int.from_bytes(digest, "big")
            digits = list(slots)
            for pos in free:
                choices = block.first if pos == lead else "0123456789"
                digits[pos] = choices[value % len(choices)]
                value //= len(choices)
            national = "".join(d or "" for d in digits)
            if national in seen:
                continue
            seen.add(national)
            if _acceptable(block, national):
                found += 1
                yield _entry(block, national, _computed_mms(block, national))
            else:
                failed += 1
                if not found and failed >= _OFFSET_GIVE_UP:
                    break


class _Stream:
    """One block's matches for one pattern, generated as far as searches have needed."""

    def __init__(self, source: Iterator[AvailableNumber]) -> None:
        self.items: list[AvailableNumber] = []
        self._source: Iterator[AvailableNumber] | None = source

    def get(self, index: int) -> AvailableNumber | None:
        while len(self.items) <= index and self._source is not None:
            item = next(self._source, None)
            if item is None:
                self._source = None
            else:
                self.items.append(item)
        return self.items[index] if index < len(self.items) else None


_STREAMS: OrderedDict[tuple[str, str, str, bool, str], _Stream] = OrderedDict()
_STREAMS_LOCK: Final = threading.Lock()


def _stream(block: _Block, anchored: bool, body: str) -> _Stream:
    key = (block.country, block.kind, block.prefix, anchored, body)
    found = _STREAMS.get(key)
    if found is not None:
        _STREAMS.move_to_end(key)
        return found
    made = _Stream(_matches(block, anchored, body))
    _STREAMS[key] = made
    while len(_STREAMS) > _STREAMS_MAX:
        _STREAMS.popitem(last=False)
    return made


def _synthesize(
    blocks: Sequence[_Block],
    anchored: bool,
    body: str,
    accept: Callable[[AvailableNumber], bool],
    need: int,
) -> list[AvailableNumber]:
    """Up to ``need`` accepted matches beyond the sample, taking blocks in turn."""
    out: list[AvailableNumber] = []
    with _STREAMS_LOCK:
        live = [_stream(block, anchored, body) for block in blocks]
        index = 0
        while live and len(out) < need:
            still: list[_Stream] = []
            for stream in live:
                item = stream.get(index)
                if item is None:
                    continue
                still.append(stream)
                if item.phone_number not in _listed(item.iso_country, item.kind) and accept(item):
                    out.append(item)
                    if len(out) >= need:
                        break
            live = still
            index += 1
    return out


# ---------------------------------------------------------------- filters

_KEYPAD: Final = {
    **dict.fromkeys("ABC", "2"),
    **dict.fromkeys("DEF", "3"),
    **dict.fromkeys("GHI", "4"),
    **dict.fromkeys("JKL", "5"),
    **dict.fromkeys("MNO", "6"),
    **dict.fromkeys("PQRS", "7"),
    **dict.fromkeys("TUV", "8"),
    **dict.fromkeys("WXYZ", "9"),
}


def _contains_parts(pattern: str) -> tuple[bool, str]:
    """A ``Contains`` value as (anchored with ``+``, digits and ``*`` with letters dialled)."""
    text = pattern.strip()
    anchored = text.startswith("+")
    body = text[1:] if anchored else text
    if len(body) < 2 or not re.fullmatch(r"[0-9A-Za-z*]+", body):
        raise InventoryError(
            400,
            21421,
            f"Contains must be at least two characters from 0-9, A-Z and * (got {pattern!r})",
        )
    return anchored, "".join(
        ch if ch.isdigit() or ch == "*" else _KEYPAD[ch.upper()] for ch in body
    )


def contains_regex(pattern: str) -> re.Pattern[str]:
    """A regex for Twilio's ``Contains``: digits, keypad letters, ``*`` = one digit.

    A leading ``+`` anchors the pattern at the start of the E.164 number; otherwise it may
    match anywhere in it.
    """
    anchored, body = _contains_parts(pattern)
    regex = "".join(r"\d" if ch == "*" else ch for ch in body)
    return re.compile(("^\\+" if anchored else "") + regex)


def _truthy(value: object) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")


def _miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 3958.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _equals(attr: str, want: str) -> Callable[[AvailableNumber], bool]:
    return lambda n: str(getattr(n, attr) or "").lower() == want


def _flag(attr: str, flag: bool) -> Callable[[AvailableNumber], bool]:
    return lambda n: getattr(n, attr) is flag


def search(
    country: str,
    kind: str,
    params: Mapping[str, Any],
    taken: Callable[[str], bool] | Iterable[str] = (),
    limit: int | None = None,
) -> list[AvailableNumber]:
    """Numbers in stock matching Twilio's AvailablePhoneNumbers filters, in stock order.

    ``taken`` says which numbers are already owned (a predicate or a collection); they are not
    offered.  ``params`` uses Twilio's names (``AreaCode``, ``Contains``, ``InRegion`` ...).
    """
    country = country.upper()
    if country not in COUNTRIES:
        raise InventoryError(
            404, 20404, f"The requested resource AvailablePhoneNumbers/{country} was not found"
        )
    if kind not in KINDS or not _blocks(country, kind):
        raise InventoryError(
            404,
            20404,
            f"The requested resource AvailablePhoneNumbers/{country}/{kind} was not found",
        )
    is_taken: Callable[[str], bool]
    if callable(taken):
        is_taken = taken
    else:
        owned = set(taken)
        is_taken = owned.__contains__

    checks: list[Callable[[AvailableNumber], bool]] = []
    area = params.get("AreaCode")
    if area not in (None, ""):
        area_text = str(area).strip()
        if not re.fullmatch(r"\d{3}", area_text) and country in ("US", "CA"):
            raise InventoryError(
                400, 21451, f"AreaCode {area_text!r} is not a valid North American area code"
            )
        checks.append(lambda n: n.area_code == area_text)
    # Checks that depend on the number itself rather than on its block (place, capabilities).
    own_checks: list[Callable[[AvailableNumber], bool]] = []
    pattern: tuple[bool, str] | None = None
    block_mms: bool | None = None
    contains = params.get("Contains")
    if contains not in (None, ""):
        regex = contains_regex(str(contains))
        pattern = _contains_parts(str(contains))
        own_checks.append(lambda n: regex.search(n.phone_number) is not None)
    for name, attr in (
        ("InRegion", "region"),
        ("InLocality", "locality"),
        ("InPostalCode", "postal_code"),
        ("InRateCenter", "rate_center"),
        ("InLata", "lata"),
    ):
        wanted = params.get(name)
        if wanted not in (None, ""):
            want = str(wanted).strip().lower()
            checks.append(_equals(attr, want))
    for name, attr in (
        ("SmsEnabled", "sms"),
        ("MmsEnabled", "mms"),
        ("VoiceEnabled", "voice"),
        ("FaxEnabled", "fax"),
    ):
        flag = _truthy(params.get(name))
        if flag is not None:
            if attr == "mms":
                # MMS varies within a local block (one number in seven lacks it).
                own_checks.append(_flag(attr, flag))
                block_mms = flag
            else:
                checks.append(_flag(attr, flag))
    beta = _truthy(params.get("Beta"))
    if beta is False:
        checks.append(lambda n: not n.beta)
    if _truthy(params.get("ExcludeAllAddressRequired")):
        checks.append(lambda n: n.address_requirements != "any")
    if _truthy(params.get("ExcludeLocalAddressRequired")):
        checks.append(lambda n: n.address_requirements != "local")
    if _truthy(params.get("ExcludeForeignAddressRequired")):
        checks.append(lambda n: n.address_requirements != "foreign")
    near = _near_point(country, kind, params)
    if near is not None:
        lat, lon = near
        try:
            distance = float(params.get("Distance") or 25)
        except ValueError:
            raise InventoryError(400, 21421, "Distance must be a number of miles") from None
        checks.append(
            lambda n: (
                n.latitude is not None
                and n.longitude is not None
                and _miles(lat, lon, n.latitude, n.longitude) <= min(distance, 500)
            )
        )

    checks.extend(own_checks)

    def accept(number: AvailableNumber) -> bool:
        return not is_taken(number.phone_number) and all(check(number) for check in checks)

    out: list[AvailableNumber] = []
    for number in numbers_for(country, kind):
        if accept(number):
            out.append(number)
            if limit is not None and len(out) >= limit:
                return out
    need = _DEFAULT_PAGE if limit is None else limit
    if pattern is not None and len(out) < need:
        # The sample is short of matches: draw more from the rest of the stock of every
        # block the place and capability filters allow.
        place_checks = checks[: len(checks) - len(own_checks)]
        blocks = [
            b
            for b in _blocks(country, kind)
            if all(c(_representative(b)) for c in place_checks)
            and (block_mms is None or b.mms is block_mms or (b.mms and b.kind == LOCAL))
        ]
        out.extend(_synthesize(blocks, *pattern, accept, need - len(out)))
    return out


@cache
def _representative(block: _Block) -> AvailableNumber:
    """An entry with the block's place and fixed capabilities, to test filters on a block."""
    return _entry(block, "", block.mms, friendly="")


def _near_point(country: str, kind: str, params: Mapping[str, Any]) -> tuple[float, float] | None:
    latlong = params.get("NearLatLong")
    if latlong not in (None, ""):
        try:
            lat_text, lon_text = str(latlong).split(",")
            return float(lat_text), float(lon_text)
        except ValueError:
            raise InventoryError(400, 21421, "NearLatLong must be 'latitude,longitude'") from None
    near = params.get("NearNumber")
    if near not in (None, ""):
        digits = re.sub(r"\D", "", str(near))
        if len(digits) == 10:
            digits = "1" + digits
        for number in numbers_for(country, LOCAL) if country in ("US", "CA") else []:
            if number.area_code == digits[1:4] and number.latitude is not None:
                assert number.longitude is not None
                return number.latitude, number.longitude
        raise InventoryError(400, 21421, f"NearNumber {near!r} is not a known US/CA number")
    return None
