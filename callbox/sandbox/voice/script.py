"""What a person on a sandbox call does: a script of steps, applied in order.

A step is taken at each chance the person has to give input (a ``<Gather>``, a
``<Record>``, a bridged ``<Dial>`` or a conference); prompts play in full first, as a
person listens before answering.  One chance may take several steps (``silence(2)``
then ``press("1")`` within a 5-second Gather), and a step started in one chance
belongs to it: when the chance ends (the Gather has its digits, the Record timed out)
the rest of that step is dropped, as typed-ahead keys are.  With no steps left the
person stays silent until the call ends.

``press``, ``say``, ``silence`` and ``hang_up`` are exported from :mod:`callbox.sandbox`::

    transcript = sb.phone("+14155550100").call("+14155550123",
                                              script=[press("2"), say("call me back"), hang_up()])
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

__all__ = [
    "KEY_SECONDS",
    "Step",
    "hang_up",
    "parse_script",
    "press",
    "say",
    "silence",
    "speaking_time",
]

#: The keys of a phone's keypad (``w`` waits half a second between keys).
KEYS: Final = frozenset("0123456789*#ABCDw")

#: Seconds a person takes per key pressed.
KEY_SECONDS: Final = 0.5

#: Longest silence a step may ask for: Twilio's longest call (24 hours).
MAX_SILENCE: Final = 86400.0

MAX_SCRIPT: Final = 1000


@dataclass(frozen=True)
class Step:
    """One thing the person does: ``kind`` is press, say, silence or hang_up."""

    kind: str
    digits: str = ""
    text: str = ""
    confidence: float = 0.9
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The step as the control API takes it (``{"press": "1"}``...)."""
        if self.kind == "press":
            return {"press": self.digits}
        if self.kind == "say":
            return {"say": self.text, "confidence": self.confidence}
        if self.kind == "silence":
            return {"silence": self.seconds}
        return {"hang_up": True}

    def __str__(self) -> str:
        if self.kind == "press":
            return f"press {self.digits}"
        if self.kind == "say":
            return f"say {self.text!r}"
        if self.kind == "silence":
            return f"silence {self.seconds:g}s"
        return "hang up"


def press(digits: str) -> Step:
    """Press keys (``"1"``, ``"1234#"``; ``w`` waits half a second)."""
    digits = str(digits)
    bad = sorted(set(digits) - KEYS)
    if not digits or bad:
        raise ValueError(
            f"press() takes keys from 0-9 * # A-D and w (a half-second wait), got {digits!r}"
        )
    return Step("press", digits=digits)


def say(text: str, confidence: float = 0.9) -> Step:
    """Speak ``text``; speech recognition hears it with ``confidence`` (0 to 1)."""
    text = str(text).strip()
    if not text:
        raise ValueError("say() needs something to say")
    confidence = float(confidence)
    if not 0.0 <= confidence <= 1.0:
        raise ValueError(f"say(confidence=) must be between 0 and 1, got {confidence!r}")
    return Step("say", text=text, confidence=confidence)


def silence(seconds: float) -> Step:
    """Stay silent for ``seconds``."""
    value = float(seconds)
    if not (math.isfinite(value) and 0 < value <= MAX_SILENCE):
        raise ValueError(f"silence() takes seconds between 0 and {MAX_SILENCE:g}, got {seconds!r}")
    return Step("silence", seconds=value)


def hang_up() -> Step:
    """Hang up."""
    return Step("hang_up")


def speaking_time(text: str) -> float:
    """Seconds it takes to say ``text`` (about 150 words a minute, at least half a second)."""
    words = len(text.split())
    return round(max(0.5, words * 0.4), 1)


def parse_script(raw: object) -> list[Step]:
    """Steps from their JSON form (a list of ``{"press": "1"}``-like objects) or Step objects.

    Raises :class:`ValueError` naming the bad step.
    """
    if raw is None:
        return []
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Iterable):
        raise ValueError("a script is a list of steps")
    steps: list[Step] = []
    for index, item in enumerate(raw):
        if len(steps) >= MAX_SCRIPT:
            raise ValueError(f"a script has at most {MAX_SCRIPT} steps")
        try:
            steps.append(_step(item))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"script step {index}: {exc}") from None
    return steps


def _step(item: object) -> Step:
    if isinstance(item, Step):
        return item
    if not isinstance(item, Mapping):
        raise ValueError(
            'each step is an object: {"press": "1"}, {"say": "text"}, {"silence": 5}, '
            '{"hang_up": true}'
        )
    kinds = [k for k in ("press", "say", "silence", "hang_up") if k in item]
    if len(kinds) != 1:
        raise ValueError("a step names exactly one of press, say, silence, hang_up")
    kind = kinds[0]
    if kind == "press":
        return press(item["press"])
    if kind == "say":
        return say(item["say"], item.get("confidence", 0.9))
    if kind == "silence":
        return silence(item["silence"])
    return hang_up()


def script_json(steps: Sequence[Step]) -> list[dict[str, Any]]:
    """Steps in their JSON form."""
    return [s.to_json() for s in steps]
