"""One live call leg: its record, status, transcript, the line to its far end, and control.

A :class:`Leg` is a Call record brought to life.  It owns

* the record (``status``, ``start_time``, ``duration`` ...), written through to the store
  at each change, and the status callbacks, sent in order by a worker of their own so the
  call never waits for the app to acknowledge one;
* the transcript (:mod:`.transcript`), also published as ``call.event`` events;
* the line: sounds it plays go to its far :class:`~.parties.Party` (and into the transcript
  as ``heard``); sounds from the far end arrive through :meth:`receive` and are kept only
  while the leg listens (a Gather, a Record), are passed on while it is bridged to another
  leg (a Dial, a dequeued caller) or shared with a conference;
* its TwiML program (a task that :mod:`.program` runs), which :meth:`redirect` replaces and
  :meth:`hang_up` or the far end hanging up (:meth:`far_hung_up`) stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

from .clock import Clock, whole_seconds
from .documents import Document, Outcome, Source, Verbs
from .outbox import Outbox
from .params import status_params
from .parties import Line, Party, Sound
from .transcript import describe

if TYPE_CHECKING:
    from collections.abc import Coroutine

    from .._delivery import Delivery
    from .._state import SandboxState
    from .._store import Store

__all__ = ["FINAL", "Engine", "Leg", "Listener", "Room", "call_fields"]

log = logging.getLogger("callbox.sandbox.calls")

T = TypeVar("T")

FINAL: Final = frozenset({"completed", "busy", "no-answer", "failed", "canceled"})

#: Status callback events a status belongs to (``StatusCallbackEvent`` values).
EVENT_OF: Final = {
    "initiated": "initiated",
    "ringing": "ringing",
    "in-progress": "answered",
    "completed": "completed",
    "busy": "completed",
    "no-answer": "completed",
    "failed": "completed",
    "canceled": "completed",
}


def call_fields(*, to: str, from_: str, direction: str, status: str) -> dict[str, Any]:
    """The fields a new Call record starts with (nothing measured yet)."""
    return {
        "to": to,
        "to_formatted": to,
        "from": from_,
        "from_formatted": from_,
        "direction": direction,
        "status": status,
        "api_version": "2010-04-01",
        "price_unit": "USD",
        "start_time": None,
        "end_time": None,
        "duration": None,
        "price": None,
    }


class Listener(Protocol):
    """Something that hears a leg's sounds both ways (a recorder)."""

    def add(self, leg: Leg, direction: str, sound: Sound) -> None: ...

    async def finish(self) -> object: ...


class Room(Protocol):
    """A conference a leg is in: it shares what the leg's far end says."""

    def spread(self, leg: Leg, sound: Sound) -> None: ...

    def spreading(self, leg: Leg, seconds: float) -> None: ...


class Engine(Protocol):
    """What legs and the verbs running on them use of the voice engine."""

    clock: Clock
    sandbox: SandboxState
    legs: dict[str, Leg]
    rooms: dict[str, Any]
    queues: dict[str, Any]

    @property
    def store(self) -> Store: ...

    def start(self, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]: ...

    def save(self, leg: Leg) -> None: ...

    def published(self, leg: Leg, event: dict[str, Any]) -> None: ...

    def price(self, leg: Leg) -> str: ...

    def problem(
        self,
        leg: Leg,
        code: int,
        text: str,
        delivery: Delivery | None = None,
        *,
        level: str = "error",
    ) -> None: ...

    def last_problem_code(self, leg: Leg) -> int | None: ...

    async def webhook(
        self,
        leg: Leg | None,
        purpose: str,
        url: str,
        method: str,
        params: list[tuple[str, str]],
        *,
        idempotency: str | None = None,
        level: str = "error",
        account_sid: str | None = None,
        resource_sid: str | None = None,
    ) -> Delivery: ...

    async def media_seconds(self, leg: Leg, url: str) -> float | None: ...

    async def run(self, leg: Leg, source: Source, *, allowed: Verbs | None = None) -> str: ...

    async def fetch(self, leg: Leg, source: Source) -> Document | None: ...

    async def execute(self, leg: Leg, doc: Document, allowed: Verbs | None = None) -> Outcome: ...

    async def ring(
        self, leg: Leg, to: str, timeout: float, *, from_: str | None = None
    ) -> tuple[str, Party | None]: ...

    async def connect(self, leg: Leg, far: Party) -> None: ...

    async def finish(self, leg: Leg) -> None: ...

    def answer(self, leg: Leg) -> None: ...

    def reject(self, leg: Leg, reason: str) -> None: ...

    def owned(self, number: str) -> dict[str, Any] | None: ...

    def send_text(
        self, leg: Leg, to: str, from_: str, body: str, callback: str | None
    ) -> tuple[str | None, str, str | None]: ...


class Leg:
    """A call in progress (see the module docs)."""

    def __init__(self, engine: Engine, record: dict[str, Any], far: Party) -> None:
        self.engine = engine
        self.record = record
        self.sid: str = str(record["sid"])
        self.account_sid: str = str(record["account_sid"])
        self.far = far
        self.created = engine.clock.now()
        self.answered_at: float | None = None
        self.events: list[dict[str, Any]] = []
        #: The transcript event of the last webhook (a step's timing is added to it).
        self.last_webhook: dict[str, Any] | None = None
        self._sounds: deque[Sound] = deque()
        self._waiting: list[asyncio.Future[None]] = []
        self.listening = False
        self.chance_kind = ""
        #: Until when the far end is in the middle of a sound (a word, a key): a silence
        #: timeout cannot fall while someone is still talking.
        self.incoming_until = 0.0
        self.partner: Leg | None = None
        #: ``*`` from the far end hangs up the partner (a Dial with ``hangupOnStar``).
        self.hangup_on_star = False
        #: The running verb watches :attr:`ending` itself (a Dial, a Record): a hang-up
        #: lets it finish its work (an action request) instead of cancelling it.
        self.watching_hangup = False
        #: Waits toward the far end are hold music until someone outside acts (a queue).
        self.on_hold = False
        self.room: Room | None = None
        self.recorders: list[Listener] = []
        #: The recorder of a whole call (``Record=true``), filed when the call ends.
        self.call_recorder: Listener | None = None
        self.program: asyncio.Task[Any] | None = None
        self.pending_redirect: Source | None = None
        self.hanging_up = False
        self.ended_by: str | None = None
        #: The status the call ends with when something decided it (busy, no-answer ...).
        self.final_status: str | None = None
        #: When the call stopped, if not now (a call ended after a restart).
        self.stopped_at: float | None = None
        self._futures: dict[str, asyncio.Future[Any]] = {}
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.ending: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.on_end: list[Callable[[Leg], None]] = []
        #: Called after each status change (a participant being dialed mirrors it).
        self.on_status: list[Callable[[Leg], None]] = []
        self.callbacks = Outbox(engine, self)
        self.sequence = 0

    def __repr__(self) -> str:
        return f"<Leg {self.sid} {self.status} {self.direction}>"

    # ------------------------------------------------------------ reading

    @property
    def clock(self) -> Clock:
        return self.engine.clock

    @property
    def status(self) -> str:
        return str(self.record.get("status") or "")

    @property
    def direction(self) -> str:
        return str(self.record.get("direction") or "")

    @property
    def is_final(self) -> bool:
        return self.status in FINAL

    @property
    def elapsed(self) -> float:
        """Seconds since the call was created, on the sandbox clock."""
        return self.clock.now() - self.created

    @property
    def talk_seconds(self) -> int:
        """Whole seconds since the call was answered (0 if it never was)."""
        if self.answered_at is None:
            return 0
        end = self.stopped_at if self.stopped_at is not None else self.clock.now()
        return whole_seconds(end - self.answered_at)

    @property
    def far_live(self) -> bool:
        """Input waits toward the far end pass in real time (a live person is there)."""
        return self.far.live

    # ------------------------------------------------------------ as the far end of another leg

    #: A leg at the far end of another (a call between two sandbox numbers) is no live person.
    live = False

    def hearing(self, leg: Line, seconds: float) -> None:
        """The leg at the other end starts playing something: it is on its way here."""
        self.incoming(seconds)

    def hear(self, leg: Line, sound: Sound) -> None:
        """The leg at the other end played ``sound``: it arrives here from the far end."""
        if sound.kind == "speech":
            self.log("caller", action="say", text=sound.value)
        elif sound.kind == "digits":
            self.log("caller", action="press", digits=sound.value)
        self.receive(sound)

    def chance(self, leg: Line, kind: str) -> None:
        pass  # this side's TwiML speaks when it speaks; it takes no cue

    def chance_over(self, leg: Line) -> None:
        pass

    def answered(self, leg: Line) -> None:
        pass

    def hung_up_on(self, leg: Line) -> None:
        self.far_hung_up()

    def record_future(self, name: str) -> asyncio.Future[Any]:
        """A future named ``name`` that others wait on (``answer``: how the call was met)."""
        future = self._futures.get(name)
        if future is None:
            future = self._futures[name] = asyncio.get_running_loop().create_future()
        return future

    # ------------------------------------------------------------ transcript

    def log(self, kind: str, **fields: Any) -> dict[str, Any]:
        """Add an event to the transcript (and the sandbox's event log)."""
        event = {"t": round(self.elapsed, 3), "kind": kind, **fields}
        self.events.append(event)
        self.engine.published(self, event)
        if log.isEnabledFor(logging.INFO):
            log.info("%s %s", self.sid[:12], describe(event))
        return event

    def transcript(self) -> dict[str, Any]:
        """The transcript as the control API serves it."""
        return {
            "call_sid": self.sid,
            "status": self.status,
            "direction": self.direction,
            "from": self.record.get("from"),
            "to": self.record.get("to"),
            "parent_call_sid": self.record.get("parent_call_sid"),
            "events": list(self.events),
        }

    # ------------------------------------------------------------ status

    def timestamp(self) -> datetime:
        """Now on the call's clock (or when it stopped, for a call ended after a restart)."""
        moment = self.stopped_at if self.stopped_at is not None else self.clock.now()
        return datetime.fromtimestamp(moment, timezone.utc)

    def set_status(self, status: str, **fields: Any) -> None:
        """Move to ``status``: store the record, log it, queue its status callback."""
        if self.is_final:
            return
        from ..behaviours._common import rfc2822

        now = self.timestamp()
        record = self.record
        record["status"] = status
        record["date_updated"] = rfc2822(now)
        if status == "in-progress" and self.answered_at is None:
            self.answered_at = self.clock.now()
            record["start_time"] = rfc2822(now)
        if status in FINAL:
            answered = self.answered_at is not None
            record["end_time"] = rfc2822(now) if answered else None
            record["duration"] = str(self.talk_seconds) if answered else None
            record["price"] = self.engine.price(self) if answered else None
        record.update(fields)
        self.engine.save(self)
        self.log("status", status=status)
        self.engine.sandbox.events.emit(
            "call.status",
            sid=self.sid,
            status=status,
            account_sid=self.account_sid,
            to=record.get("to"),
            direction=self.direction,
            parent_call_sid=record.get("parent_call_sid"),
            **{"from": record.get("from")},
        )
        self._queue_callback(status)
        for watcher in self.on_status:
            watcher(self)

    def _queue_callback(self, status: str) -> None:
        record = self.record
        url = record.get("_status_callback")
        event = EVENT_OF.get(status)
        if not url or event is None or event not in (record.get("_status_events") or ["completed"]):
            return
        params = status_params(record, status, self.sequence, self.timestamp())
        self.sequence += 1
        record["_sequence"] = self.sequence

        def sent() -> None:
            if status in FINAL:
                record["_final_callback_sent"] = True
                self.engine.save(self)

        self.callbacks.put(
            "status_callback",
            str(url),
            str(record.get("_status_callback_method") or "POST"),
            params,
            idempotency=f"{self.sid}-{status}",
            sent=sent,
        )

    # ------------------------------------------------------------ the line

    def emit(self, sound: Sound) -> None:
        """Send ``sound`` to the far end (after whatever the leg played made it)."""
        for recorder in self.recorders:
            recorder.add(self, "out", sound)
        self.far.hear(self, sound)

    def relay(self, sound: Sound) -> None:
        """Pass on a sound from elsewhere (a bridged leg, a conference) to the far end."""
        if sound.kind == "speech":
            self.heard("speech", text=sound.value)
        elif sound.kind in ("digits", "beep"):
            self.heard(sound.kind, text=sound.value)
        self.emit(sound)

    def heard(self, what: str, **fields: Any) -> None:
        """Log something the far end hears (a prompt, a file, tones)."""
        self.log("heard", what=what, **{k: v for k, v in fields.items() if v not in (None, "")})

    async def play(
        self, seconds: float, sound: Sound | None = None, *, interruptible: bool = False
    ) -> bool:
        """Let ``seconds`` of audio play, then send ``sound`` to the far end.

        ``interruptible``: stop early (returning False) when a sound arrives from the far
        end, as a prompt inside a Gather stops when the caller presses a key.
        """
        if sound is not None:
            self.far.hearing(self, seconds)
        if interruptible:
            if self._sounds:
                return False
            got, _ = await self.within(self._next_sound(), seconds)
            if got:
                return False
        else:
            await self.pause(seconds)
        if sound is not None:
            self.emit(sound)
        return True

    @property
    def has_input(self) -> bool:
        """A sound from the far end is waiting to be read."""
        return bool(self._sounds)

    def _next_sound(self) -> asyncio.Future[None]:
        """A future done once a sound is waiting (without taking it)."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self._sounds:
            future.set_result(None)
        else:
            self._waiting.append(future)
        return future

    def incoming(self, seconds: float) -> None:
        """The far end starts a sound ``seconds`` long (it arrives when it is over)."""
        self.incoming_until = max(self.incoming_until, self.clock.now() + seconds)
        if self.partner is not None:
            self.partner.far.hearing(self.partner, seconds)
        elif self.room is not None:
            self.room.spreading(self, seconds)

    def receive(self, sound: Sound) -> None:
        """A sound from the far end reaches Twilio's side of this leg."""
        for recorder in self.recorders:
            recorder.add(self, "in", sound)
        if self.partner is not None:
            if self.hangup_on_star and sound.kind == "digits" and sound.value == "*":
                self.log("note", text="the caller pressed * (hangupOnStar)")
                self.partner.hang_up("hangup-on-star")
                return
            self.partner.relay(sound)
        elif self.room is not None:
            self.room.spread(self, sound)
        elif self.listening:
            self._sounds.append(sound)
            waiting, self._waiting = self._waiting, []
            for future in waiting:
                if not future.done():
                    future.set_result(None)

    def open_chance(self) -> None:
        """Start keeping sounds from the far end (what came before is dropped)."""
        self._sounds.clear()
        self.listening = True

    def invite(self, kind: str) -> None:
        """Tell the far end it may act now (a scripted person takes their next steps)."""
        self.chance_kind = kind
        self.far.chance(self, kind)

    def close_chance(self) -> None:
        self.listening = False
        self.chance_kind = ""
        self.far.chance_over(self)

    async def listen(self, seconds: float | None, *, hold: bool = False) -> Sound | None:
        """The next sound from the far end, or None after ``seconds`` of silence."""
        if not self._sounds:
            if self.listening and self.chance_kind:
                self.far.chance(self, self.chance_kind)  # the far end may act again
            got, _ = await self.within(self._next_sound(), seconds, hold=hold)
            while not got and self.clock.now() < self.incoming_until - 1e-6:
                # Not silence: the far end is mid-word. What it says arrives when it is done.
                left = self.incoming_until - self.clock.now() + 0.01
                got, _ = await self.within(self._next_sound(), left, hold=hold)
            if not got:
                return None
        return self._sounds.popleft()

    # ------------------------------------------------------------ time

    async def pause(self, seconds: float, *, hold: bool = False) -> None:
        """Let time pass on this call (in real time while a live person is on it)."""
        await self.clock.sleep(seconds, hold=hold or self.on_hold, live=self.far_live)

    async def within(
        self, awaitable: Awaitable[T], seconds: float | None, *, hold: bool = False
    ) -> tuple[bool, T | None]:
        """Wait for ``awaitable`` at most ``seconds`` of this call's time."""
        return await self.clock.wait_for(
            awaitable, seconds, hold=hold or self.on_hold, live=self.far_live
        )

    # ------------------------------------------------------------ control

    async def until_ended(self, awaitable: Awaitable[T]) -> tuple[bool, T | None]:
        """Run ``awaitable`` unless the call ends first: ``(True, result)`` or ``(False, None)``."""
        task: asyncio.Future[T] = asyncio.ensure_future(awaitable)
        if not self.ending.done():
            both: list[asyncio.Future[Any]] = [task, self.ending]
            await asyncio.wait(both, return_when=asyncio.FIRST_COMPLETED)
        if task.done() and not task.cancelled():
            return True, task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return False, None

    def redirect(self, source: Source) -> None:
        """Replace the running TwiML with ``source`` now (the REST API's ``Url``/``Twiml``)."""
        self.pending_redirect = source
        if self.program is not None and not self.program.done():
            self.program.cancel()

    def hang_up(self, by: str = "twiml") -> None:
        """End the call from Twilio's side (a ``<Hangup>``, the API, the end of the TwiML)."""
        if self.hanging_up or self.is_final:
            return
        self.hanging_up = True
        self.ended_by = self.ended_by or by
        program = self.program
        if (
            program is not None
            and not program.done()
            and program is not _current()
            and not self.watching_hangup
        ):
            program.cancel()
        if not self.ending.done():
            self.ending.set_result(None)

    def far_hung_up(self) -> None:
        """The party at the far end hung up."""
        if self.hanging_up or self.is_final:
            return
        self.ended_by = "far"
        self.log("note", text="the far end hung up")
        self.hang_up("far")

    def unbridge(self) -> None:
        """Leave a bridge (both legs go back to their own TwiML or end)."""
        partner, self.partner = self.partner, None
        if partner is not None and partner.partner is self:
            partner.partner = None


def _current() -> asyncio.Task[Any] | None:
    with contextlib.suppress(RuntimeError):
        return asyncio.current_task()
    return None
