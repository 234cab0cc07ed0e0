"""The transcript of a sandbox call: every webhook, verb, sound and action, in order.

The engine appends events as the call runs; tests read them back as a :class:`Transcript`
(``sb.phone(n).call(...)`` returns one) and the control API serves them as JSON
(``GET /_sandbox/calls/{sid}/transcript``).  Each event is a dict with ``t`` (seconds since
the call was created, on the sandbox clock), ``kind`` and fields of its kind:

=========  ==================================================================
status     ``status``: the call's new status
webhook    ``purpose``, ``method``, ``url``, ``status_code``, ``error``, ``ms`` (real time)
verb       ``verb``, ``attrs``: a TwiML verb starts
heard      ``what`` (say, play, digits, beep, speech), ``text``/``url``, ``voice``,
           ``language``: what the person at the far end of this call heard
caller     ``action`` (press, say, silence, hang_up), ``digits``/``text``/``seconds``:
           what that person did
recording  ``recording_sid``, ``duration``, ``url``
leg        ``call_sid``, ``to``, ``role``: another call leg this one started or joined
note       ``text``: anything else worth knowing (joined a conference, dequeued, ...)
warning    ``code``, ``message``
error      ``code``, ``message``
=========  ==================================================================
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Heard", "Transcript", "describe"]


@dataclass(frozen=True)
class Heard:
    """One thing the person on the line heard; ``str()`` is the text spoken or the URL played."""

    what: str
    text: str = ""
    url: str = ""
    voice: str = ""
    language: str = ""
    t: float = 0.0

    def __str__(self) -> str:
        return self.url if self.what == "play" else self.text

    @classmethod
    def from_event(cls, event: Mapping[str, Any]) -> Heard:
        return cls(
            what=str(event.get("what") or ""),
            text=str(event.get("text") or ""),
            url=str(event.get("url") or ""),
            voice=str(event.get("voice") or ""),
            language=str(event.get("language") or ""),
            t=float(event.get("t") or 0.0),
        )


class Transcript:
    """A call's transcript: ``status``, ``events``, ``heard``; ``str()`` reads as a log."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.sid: str = str(data.get("call_sid") or "")
        self.status: str = str(data.get("status") or "")
        self.events: list[dict[str, Any]] = [dict(e) for e in data.get("events") or []]
        self.data = dict(data)

    @property
    def heard(self) -> list[Heard]:
        """What the person on the line heard, in order."""
        return [Heard.from_event(e) for e in self.events if e.get("kind") == "heard"]

    @property
    def said(self) -> str:
        """Everything spoken to the person, one line per prompt (handy in asserts)."""
        return "\n".join(h.text for h in self.heard if h.what == "say")

    def of(self, kind: str) -> list[dict[str, Any]]:
        """The events of one kind."""
        return [e for e in self.events if e.get("kind") == kind]

    @property
    def webhooks(self) -> list[dict[str, Any]]:
        return self.of("webhook")

    @property
    def errors(self) -> list[dict[str, Any]]:
        return self.of("error")

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __repr__(self) -> str:
        return f"<Transcript {self.sid} {self.status} ({len(self.events)} events)>"

    def __str__(self) -> str:
        head = f"call {self.sid}: {self.status}"
        return "\n".join([head, *(describe(e) for e in self.events)])


def _attrs(attrs: Mapping[str, Any] | None) -> str:
    if not attrs:
        return ""
    return " " + " ".join(f'{k}="{v}"' for k, v in attrs.items())


def describe(event: Mapping[str, Any]) -> str:
    """One readable line for an event (what ``callbox sandbox`` prints)."""
    t = float(event.get("t") or 0.0)
    kind = str(event.get("kind") or "")
    e = event
    if kind == "status":
        text = f"status {e.get('status')}"
    elif kind == "webhook":
        outcome = e.get("status_code") or e.get("error") or "no answer"
        text = f"{e.get('purpose')}: {e.get('method')} {e.get('url')} -> {outcome}"
        if e.get("ms") is not None:
            text += f" ({e.get('ms')} ms)"
    elif kind == "verb":
        text = f"<{e.get('verb')}{_attrs(e.get('attrs'))}>"
    elif kind == "heard":
        what = e.get("what")
        if what == "play":
            text = f"heard play {e.get('url')}"
        elif what == "say":
            voice = f" [{e.get('voice')}]" if e.get("voice") else ""
            text = f"heard{voice}: {e.get('text')!r}"
        else:
            text = f"heard {what} {e.get('text') or ''}".rstrip()
    elif kind == "caller":
        action = e.get("action")
        detail = e.get("digits") or e.get("text") or e.get("seconds") or ""
        text = f"caller {action} {detail!r}" if detail != "" else f"caller {action}"
    elif kind == "recording":
        text = f"recording {e.get('recording_sid')} {e.get('duration')} s"
    elif kind == "leg":
        text = f"{e.get('role')} leg {e.get('call_sid')} to {e.get('to')}"
    elif kind in ("error", "warning"):
        text = f"{kind} {e.get('code')}: {e.get('message')}"
    else:
        text = str(e.get("text") or kind)
    return f"{t:7.1f}s  {text}"


def render(events: Sequence[Mapping[str, Any]]) -> str:
    """Several events as lines."""
    return "\n".join(describe(e) for e in events)
