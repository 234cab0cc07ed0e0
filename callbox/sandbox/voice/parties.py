"""The people and machines at the far end of a call, and the sounds that cross the line.

A call leg (:class:`~.legs.Leg`) runs TwiML on Twilio's side; at its far end is a
:class:`Party`:

* :class:`Person`: an outside phone's user, who acts from a script (:mod:`.script`) at each
  chance to give input, or, when nobody scripted them, through a live handle (a test's
  ``wait=False`` call, the browser console);
* :class:`Voicemail`: an answering machine: greeting, beep, then silence while it records;
* another :class:`~.legs.Leg`, when a call reaches a number owned in the sandbox: each side
  hears the other's TwiML (see ``Leg.hear``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any, Final, Protocol

from .clock import Clock
from .script import KEY_SECONDS, Step, speaking_time

__all__ = ["NOBODY", "Line", "Party", "Passive", "Person", "Sound", "Voicemail"]

log = logging.getLogger("callbox.sandbox.calls")

#: Seconds the voicemail greeting's beep lasts.
BEEP_SECONDS: Final = 0.5

#: An answering machine hangs up after recording this long.
VOICEMAIL_LIMIT: Final = 120.0


@dataclass(frozen=True)
class Sound:
    """Something sent down the line: ``digits`` (one key), ``speech`` or a ``beep``."""

    kind: str
    value: str = ""
    confidence: float = 0.0
    seconds: float = 0.0


class Line(Protocol):
    """What a party sees of the call leg it is on."""

    @property
    def sid(self) -> str: ...

    @property
    def clock(self) -> Clock: ...

    def log(self, kind: str, **fields: Any) -> dict[str, Any]: ...

    def receive(self, sound: Sound) -> None: ...

    def incoming(self, seconds: float) -> None: ...

    def far_hung_up(self) -> None: ...


class Party(Protocol):
    """What sits at the far end of a leg."""

    #: A person acting in real time: input waits toward them are not skipped by the clock.
    live: bool

    def hear(self, leg: Line, sound: Sound) -> None:
        """``leg`` sent ``sound`` towards this party (once it was played out)."""

    def hearing(self, leg: Line, seconds: float) -> None:
        """``leg`` starts playing something ``seconds`` long towards this party."""

    def chance(self, leg: Line, kind: str) -> None:
        """``leg`` now listens (``kind``: gather, record, bridge, conference)."""

    def chance_over(self, leg: Line) -> None:
        """``leg`` stopped listening."""

    def answered(self, leg: Line) -> None:
        """``leg`` connected to this party (the party picked up)."""

    def hung_up_on(self, leg: Line) -> None:
        """``leg`` ended from Twilio's side."""


class Passive:
    """A party that hears everything and does nothing unless a subclass says otherwise."""

    live = False

    def hear(self, leg: Line, sound: Sound) -> None:
        pass  # the leg's transcript keeps what the party heard

    def hearing(self, leg: Line, seconds: float) -> None:
        pass

    def chance(self, leg: Line, kind: str) -> None:
        pass

    def chance_over(self, leg: Line) -> None:
        pass

    def answered(self, leg: Line) -> None:
        pass

    def hung_up_on(self, leg: Line) -> None:
        pass


class Person(Passive):
    """A person at an outside phone, acting out ``script`` one chance at a time.

    ``live`` people (no script, driven through a handle) act whenever the handle says; their
    sounds reach the call only while it listens, and waits toward them pass in real time.
    """

    def __init__(
        self, number: str, script: list[Step] | None = None, *, live: bool = False
    ) -> None:
        self.number = number
        self.steps = list(script or [])
        self.cursor = 0
        self.live = live
        self._acting: dict[str, asyncio.Task[None]] = {}

    def __repr__(self) -> str:
        return f"<Person {self.number} step {self.cursor}/{len(self.steps)}>"

    @property
    def steps_left(self) -> int:
        return len(self.steps) - self.cursor

    def hung_up_on(self, leg: Line) -> None:
        self.chance_over(leg)

    def chance(self, leg: Line, kind: str) -> None:
        if self.live or self.cursor >= len(self.steps):
            return
        acting = self._acting.get(leg.sid)
        if acting is not None and not acting.done():
            return  # still busy with a step: the call listens on
        task = asyncio.get_running_loop().create_task(self._act(leg, kind))
        task.add_done_callback(_log_failure)
        self._acting[leg.sid] = task

    def chance_over(self, leg: Line) -> None:
        task = self._acting.pop(leg.sid, None)
        if task is not None and task is not _current():
            task.cancel()

    async def _act(self, leg: Line, kind: str) -> None:
        """Take steps until one gives the call input (a Gather or Record then reacts and
        asks again) or, in a conversation (bridge, conference), until the script ends."""
        clock = leg.clock
        turn = kind in ("gather", "record")
        while self.cursor < len(self.steps):
            step = self.steps[self.cursor]
            self.cursor += 1
            if step.kind == "press":
                for key in step.digits:
                    if key != "w":
                        leg.incoming(KEY_SECONDS)
                    await clock.sleep(KEY_SECONDS)
                    if key != "w":
                        leg.log("caller", action="press", digits=key)
                        leg.receive(Sound("digits", key, seconds=KEY_SECONDS))
                if turn:
                    return
            elif step.kind == "say":
                took = speaking_time(step.text)
                leg.incoming(took)
                await clock.sleep(took)
                leg.log("caller", action="say", text=step.text, confidence=step.confidence)
                leg.receive(Sound("speech", step.text, step.confidence, took))
                if turn:
                    return
            elif step.kind == "silence":
                leg.log("caller", action="silence", seconds=step.seconds)
                await clock.sleep(step.seconds)
            else:
                leg.log("caller", action="hang_up")
                self._acting.pop(leg.sid, None)
                leg.far_hung_up()
                return


class Voicemail(Passive):
    """An answering machine: it plays a greeting and a beep, then records in silence."""

    def __init__(self, number: str, greeting: str) -> None:
        self.number = number
        self.greeting = greeting
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def __repr__(self) -> str:
        return f"<Voicemail {self.number}>"

    @property
    def greeting_seconds(self) -> float:
        return speaking_time(self.greeting) + BEEP_SECONDS

    def answered(self, leg: Line) -> None:
        task = asyncio.get_running_loop().create_task(self._run(leg))
        task.add_done_callback(_log_failure)
        self._tasks[leg.sid] = task

    def hung_up_on(self, leg: Line) -> None:
        task = self._tasks.pop(leg.sid, None)
        if task is not None and task is not _current():
            task.cancel()

    async def _run(self, leg: Line) -> None:
        took = speaking_time(self.greeting)
        leg.incoming(took + BEEP_SECONDS)
        await leg.clock.sleep(took)
        leg.log("caller", action="say", text=self.greeting, confidence=1.0)
        leg.receive(Sound("speech", self.greeting, 1.0, took))
        await leg.clock.sleep(BEEP_SECONDS)
        leg.log("caller", action="beep")
        leg.receive(Sound("beep", seconds=BEEP_SECONDS))
        await leg.clock.sleep(VOICEMAIL_LIMIT)
        leg.log("note", text="the answering machine stopped recording and hung up")
        self._tasks.pop(leg.sid, None)
        leg.far_hung_up()


class _Nobody(Passive):
    """The far end of a call nobody has answered yet."""


NOBODY: Final = _Nobody()


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("a party's task failed", exc_info=task.exception())


def _current() -> asyncio.Task[object] | None:
    with contextlib.suppress(RuntimeError):
        return asyncio.current_task()
    return None
