"""Outside phones as callees: how each one answers the sandbox's calls.

``sb.phone("+14155550100", answer="machine", rings=3)`` stores these settings (through
``POST /_sandbox/phones/{number}``); a call from the sandbox to that number then rings
``rings`` times (six seconds each, a US ring cycle) and:

==========  ======================================================================
human       picks up; the person then follows ``script`` (silent without one)
machine     voicemail picks up: a greeting, a beep, then it records in silence
busy        the line is busy (the call ends ``busy``)
no-answer   rings until the caller's timeout (``no-answer``)
fail        the number cannot be reached (``failed``)
live        rings (in real time) until a person answers or declines it through the
            control API (``CallHandle.answer()``, the browser console), then acts live
==========  ======================================================================

A number never configured answers as a silent human after one ring.  ``client:`` and
``sip:`` addresses are outside endpoints like any phone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .script import Step, parse_script, script_json

if TYPE_CHECKING:
    from .._store import Store

__all__ = ["ANSWERS", "PHONES", "RING_SECONDS", "PhoneSettings", "load", "save"]

#: The sandbox's own records of outside phones' settings (never rendered by the API).
PHONES: Final = "_sandbox.voice_phones"

#: One ring cycle in the US: two seconds of ring, four of silence.
RING_SECONDS: Final = 6.0

ANSWERS: Final = ("human", "machine", "busy", "no-answer", "fail", "live")

MAX_RINGS: Final = 100


@dataclass
class PhoneSettings:
    """How one outside phone answers."""

    number: str
    answer: str = "human"
    rings: int = 1
    script: list[Step] = field(default_factory=list)
    greeting: str = ""

    @property
    def ring_seconds(self) -> float:
        return self.rings * RING_SECONDS

    @property
    def voicemail_greeting(self) -> str:
        return self.greeting or (
            f"You have reached {self.number}. Please leave a message after the tone."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "answer": self.answer,
            "rings": self.rings,
            "script": script_json(self.script),
            "greeting": self.voicemail_greeting,
        }


def checked(number: str, raw: dict[str, Any]) -> PhoneSettings:
    """Settings from their JSON form; :class:`ValueError` names the bad field."""
    answer = str(raw.get("answer") or "human").strip().lower()
    if answer not in ANSWERS:
        raise ValueError(f"answer must be one of {', '.join(ANSWERS)}, not {answer!r}")
    try:
        rings = int(raw.get("rings", 1))
    except (TypeError, ValueError):
        raise ValueError(f"rings must be a whole number, not {raw.get('rings')!r}") from None
    if not 0 <= rings <= MAX_RINGS:
        raise ValueError(f"rings must be between 0 and {MAX_RINGS}")
    greeting = str(raw.get("greeting") or "").strip()[:1000]
    return PhoneSettings(number, answer, rings, parse_script(raw.get("script")), greeting)


def load(store: Store, number: str) -> PhoneSettings:
    """The stored settings of an outside phone (defaults when it was never configured)."""
    record = store.get(PHONES, number)
    if record is None:
        return PhoneSettings(number)
    try:
        return checked(number, record)
    except ValueError:
        return PhoneSettings(number)


def save(store: Store, settings: PhoneSettings) -> dict[str, Any]:
    """Store an outside phone's settings; returns their JSON form."""
    body = settings.to_json()
    store.put(PHONES, {"sid": settings.number, "_scope": "", "_parent": "", **body})
    return body
