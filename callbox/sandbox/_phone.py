"""Phones outside Twilio, as tests drive them: text, call, answer, and act on a live call.

:class:`Phone` is what ``sb.phone(number)`` returns.  It texts sandbox numbers and reads
its inbox; it calls them (``call``: returns the finished call's
:class:`~callbox.sandbox.voice.transcript.Transcript`, or with ``wait=False`` a
:class:`CallHandle` to act on the call while it runs); ``configure`` sets how it answers
calls from the sandbox.  Everything goes through the control API over HTTP, so it works
the same with a sandbox in a thread or in another process.
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Protocol, overload

from .voice.script import Step, parse_script, script_json
from .voice.transcript import Heard, Transcript

__all__ = ["CallHandle", "Phone"]


class Controller(Protocol):
    """What a phone needs of its sandbox: the control API and the event log."""

    def control(
        self,
        method: str,
        path: str,
        fields: list[tuple[str, str]] | None = None,
        timeout: float = 30.0,
        *,
        body: Any = None,
    ) -> Any: ...

    def _events_page(self, after: int, kind: str | None) -> tuple[list[dict[str, Any]], int]: ...

    def wait_for_event(
        self, kind: str, timeout: float = 5.0, after: int = 0, **match: Any
    ) -> dict[str, Any]: ...

    def _wait_any(self, after: int, timeout: float) -> int: ...


def _quoted(number: str) -> str:
    return urllib.parse.quote(number, safe="")


def _steps(script: Sequence[Step | Mapping[str, Any]] | None) -> list[dict[str, Any]] | None:
    if script is None:
        return None
    return script_json(parse_script(script))


class Phone:
    """A phone outside Twilio: it texts and calls sandbox numbers and answers their calls."""

    def __init__(self, sandbox: Controller, number: str) -> None:
        self.sandbox = sandbox
        self.number = number

    def __repr__(self) -> str:
        return f"<Phone {self.number}>"

    # ------------------------------------------------------------ messages

    def send_sms(
        self, to: str, body: str | None = None, media_url: str | list[str] | None = None
    ) -> dict[str, Any]:
        """Text a sandbox number; returns the inbound Message record Twilio would create."""
        media = [media_url] if isinstance(media_url, str) else list(media_url or [])
        fields: list[tuple[str, str]] = [("To", to)]
        if body is not None:
            fields.append(("Body", body))
        fields.extend(("MediaUrl", m) for m in media)
        result: dict[str, Any] = self.sandbox.control(
            "POST", f"/_sandbox/phones/{_quoted(self.number)}/messages", fields
        )
        return result

    @property
    def inbox(self) -> list[dict[str, Any]]:
        """Messages delivered to this phone, oldest first."""
        path = f"/_sandbox/phones/{_quoted(self.number)}/inbox"
        rows: list[dict[str, Any]] = self.sandbox.control("GET", path)["messages"]
        return rows

    def wait_for_message(self, timeout: float = 5.0, **match: Any) -> dict[str, Any]:
        """The first delivered message whose fields equal ``match`` (``body=...``), waiting."""
        deadline = time.monotonic() + timeout
        while True:
            seen = self.sandbox._events_page(2**62, None)[1]
            for message in self.inbox:
                if all(message.get(k) == v for k, v in match.items()):
                    return message
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no message matching {match!r} reached {self.number}")
            self.sandbox._wait_any(seen, min(left, 5.0))

    # ------------------------------------------------------------ calls

    def configure(
        self,
        *,
        answer: str | None = None,
        rings: int | None = None,
        script: Sequence[Step | Mapping[str, Any]] | None = None,
        greeting: str | None = None,
    ) -> dict[str, Any]:
        """How this phone answers calls from the sandbox (settings not given stay).

        ``answer``: ``human`` (picks up after ``rings`` rings and follows ``script``),
        ``machine`` (voicemail: ``greeting``, a beep, then silence), ``busy``,
        ``no-answer`` or ``fail``.
        """
        body: dict[str, Any] = {"answer": answer, "rings": rings, "greeting": greeting}
        if script is not None:
            body["script"] = _steps(script)
        result: dict[str, Any] = self.sandbox.control(
            "POST",
            f"/_sandbox/phones/{_quoted(self.number)}",
            body={k: v for k, v in body.items() if v is not None},
        )
        return result

    @property
    def settings(self) -> dict[str, Any]:
        """How this phone answers calls (``answer``, ``rings``, ``script``, ``greeting``)."""
        found: dict[str, Any] = self.sandbox.control(
            "GET", f"/_sandbox/phones/{_quoted(self.number)}"
        )
        return found

    def wait_for_call(self, timeout: float = 10.0) -> CallHandle:
        """The next call ringing this phone (set ``answer="live"`` to keep it ringing)."""
        event = self.sandbox.wait_for_event("phone.ringing", timeout=timeout, phone=self.number)
        return CallHandle(self.sandbox, str(event["call_sid"]))

    @overload
    def call(
        self,
        to: str,
        script: Sequence[Step | Mapping[str, Any]] | None = None,
        *,
        wait: Literal[True] = True,
        timeout: float = 120.0,
    ) -> Transcript: ...

    @overload
    def call(
        self,
        to: str,
        script: Sequence[Step | Mapping[str, Any]] | None = None,
        *,
        wait: Literal[False],
        timeout: float = 120.0,
    ) -> CallHandle: ...

    @overload
    def call(
        self,
        to: str,
        script: Sequence[Step | Mapping[str, Any]] | None = None,
        *,
        wait: bool,
        timeout: float = 120.0,
    ) -> Transcript | CallHandle: ...

    def call(
        self,
        to: str,
        script: Sequence[Step | Mapping[str, Any]] | None = None,
        *,
        wait: bool = True,
        timeout: float = 120.0,
    ) -> Transcript | CallHandle:
        """Call a sandbox number; the person follows ``script``.

        With ``wait`` (the default) this returns the :class:`Transcript` once the call is
        over (``timeout`` real seconds at most: :class:`TimeoutError` after that).  With
        ``wait=False`` it returns a :class:`CallHandle` at once; without a script the
        person is then live: they act through the handle, and the call waits for them in
        real time.
        """
        body: dict[str, Any] = {"to": to, "wait": wait, "timeout": timeout}
        steps = _steps(script)
        if steps is not None:
            body["script"] = steps
        path = f"/_sandbox/phones/{_quoted(self.number)}/calls"
        found = self.sandbox.control("POST", path, body=body, timeout=timeout + 30)
        if not wait:
            return CallHandle(self.sandbox, str(found["call_sid"]))
        transcript = Transcript(found)
        if found.get("status") not in ("completed", "busy", "no-answer", "failed", "canceled"):
            raise TimeoutError(f"the call {transcript.sid} did not end within {timeout} s")
        return transcript


class CallHandle:
    """A call in progress that a test (or the browser console) acts on as the person."""

    def __init__(self, sandbox: Controller, sid: str) -> None:
        self.sandbox = sandbox
        self.sid = sid

    def __repr__(self) -> str:
        return f"<CallHandle {self.sid}>"

    def answer(self) -> None:
        """Pick up (the phone must be ringing: ``answer="live"``)."""
        self.sandbox.control("POST", f"/_sandbox/calls/{self.sid}/answer", [])

    def decline(self) -> None:
        """Decline the ringing call (the caller gets busy)."""
        self.sandbox.control("POST", f"/_sandbox/calls/{self.sid}/decline", [])

    def _act(self, step: Mapping[str, Any]) -> None:
        self.sandbox.control("POST", f"/_sandbox/calls/{self.sid}/input", body=dict(step))

    def press(self, digits: str) -> None:
        """Press keys now (heard by a Gather or Record that is listening)."""
        self._act({"press": digits})

    def say(self, text: str, confidence: float = 0.9) -> None:
        """Say something now (a speech Gather takes it)."""
        self._act({"say": text, "confidence": confidence})

    def hang_up(self) -> None:
        """Hang up."""
        self._act({"hang_up": True})

    @property
    def transcript(self) -> Transcript:
        """The transcript so far."""
        return Transcript(self.sandbox.control("GET", f"/_sandbox/calls/{self.sid}"))

    @property
    def status(self) -> str:
        return self.transcript.status

    def _poll(self, after: int, wait: float) -> dict[str, Any]:
        query = urllib.parse.urlencode({"after": str(after), "wait": f"{wait:.3f}"})
        found: dict[str, Any] = self.sandbox.control(
            "GET", f"/_sandbox/calls/{self.sid}?{query}", timeout=wait + 30
        )
        return found

    def wait_for(self, text: str, timeout: float = 10.0) -> Heard:
        """Wait until the person hears something containing ``text`` (spoken or played)."""
        deadline = time.monotonic() + timeout
        after = 0
        while True:
            page = self._poll(after, min(5.0, max(0.0, deadline - time.monotonic())))
            for event in page.get("events") or []:
                if event.get("kind") == "heard":
                    heard = Heard.from_event(event)
                    if text in str(heard) or text in heard.text:
                        return heard
            after = int(page.get("next") or after)
            if page.get("ended"):
                raise TimeoutError(f"the call {self.sid} ended before {text!r} was heard")
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{text!r} was not heard on {self.sid} within {timeout} s")

    def wait(self, timeout: float = 30.0) -> Transcript:
        """Wait for the call to end; its transcript."""
        deadline = time.monotonic() + timeout
        after = 0
        while True:
            page = self._poll(after, min(5.0, max(0.0, deadline - time.monotonic())))
            after = int(page.get("next") or after)
            if page.get("ended"):
                return self.transcript
            if time.monotonic() >= deadline:
                raise TimeoutError(f"the call {self.sid} did not end within {timeout} s")
