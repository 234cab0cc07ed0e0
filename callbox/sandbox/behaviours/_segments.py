"""How many SMS segments a body costs, counted the way carriers count them.

* A body written entirely in the GSM 03.38 alphabet is sent as GSM-7: 160 septets fit in one
  message, and a concatenated message carries 153 septets per segment (7 go to the user data
  header).  Characters from the extension table (``^ { } \\ [ ] ~ | €`` and form feed) cost two
  septets (an escape and the character), and carriers never split such a pair across two
  segments.
* Anything else is sent as UCS-2 (really UTF-16): 70 code units in one message, 67 per segment
  when concatenated.  Characters outside the Basic Multilingual Plane (most emoji) are two code
  units, and a surrogate pair is never split either.
* ``smart_encode`` replaces the usual typographic look-alikes (curly quotes, dashes, ellipsis,
  non-breaking spaces ...) with GSM-7 characters, as Twilio's ``SmartEncoded`` option does, so
  that one stray apostrophe does not halve a message's capacity.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "Segments",
    "count_segments",
    "is_gsm7",
    "smart_encode",
]

#: The GSM 03.38 default alphabet (one septet each).
GSM7_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The extension table reached through the escape septet (two septets each).
GSM7_EXTENSION: Final = frozenset("^{}\\[~]|€\f")

_GSM7_SINGLE: Final = 160
_GSM7_PART: Final = 153
_UCS2_SINGLE: Final = 70
_UCS2_PART: Final = 67

_SMART: Final[dict[str, str]] = {
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u02ba": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u02bb": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u200b": "",
    "\ufeff": "",
    "\u2022": "-",
    "\u00b7": "-",
    "\u2039": "<",
    "\u203a": ">",
    "\u02c6": "^",
    "\u02dc": "~",
    "\u2044": "/",
    "\u00f7": "/",
    "\u00d7": "x",
}


class Segments(NamedTuple):
    """The result of counting: encoding (``"GSM-7"`` or ``"UCS-2"``), segments and units."""

    encoding: str
    segments: int
    units: int
    """Septets for GSM-7, UTF-16 code units for UCS-2."""


def is_gsm7(text: str) -> bool:
    """Whether every character of ``text`` exists in the GSM-7 alphabet (basic or extension)."""
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def smart_encode(text: str) -> str:
    """Replace typographic look-alikes with GSM-7 characters (Twilio's ``SmartEncoded``)."""
    if is_gsm7(text):
        return text
    return "".join(_SMART.get(ch, ch) for ch in text)


def _pack(widths: list[int], single: int, part: int) -> int:
    """Segments needed for characters of the given widths, never splitting one character."""
    total = sum(widths)
    if total <= single:
        return 1
    segments, used = 1, 0
    for width in widths:
        if used + width > part:
            segments += 1
            used = 0
        used += width
    return segments


def count_segments(text: str) -> Segments:
    """Encoding, segment count and units of an SMS body (an empty body is one segment)."""
    if is_gsm7(text):
        widths = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
        return Segments("GSM-7", _pack(widths, _GSM7_SINGLE, _GSM7_PART), sum(widths))
    widths = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    return Segments("UCS-2", _pack(widths, _UCS2_SINGLE, _UCS2_PART), sum(widths))
