"""Call queues: ``<Enqueue>``, ``<Leave>``, ``<Dial><Queue>``, Queues and Members.

``<Enqueue>`` puts the caller at the back of the named queue (made on first use, at most
``max_size`` callers: else ``QueueResult=queue-full`` at once).  While waiting, the caller
hears the ``waitUrl`` TwiML, fetched again each time it runs out, with ``QueuePosition``,
``QueueSid``, ``QueueTime``, ``AvgQueueTime``, ``CurrentQueueSize`` and ``MaxQueueSize``;
without a ``waitUrl``, Twilio's hold music plays until something happens.  The wait ends:

* ``<Leave>`` in the wait TwiML: ``QueueResult=leave``, the caller's TwiML goes on;
* an agent's ``<Dial><Queue>`` takes the caller at the front: the Queue noun's ``url``
  plays to the caller, the two are bridged, and once the agent hangs up the caller's
  TwiML goes on with ``QueueResult=bridged``;
* ``POST Members/{CallSid or Front}`` with a ``Url``: the caller leaves with
  ``QueueResult=redirected`` and runs that URL;
* the caller hangs up: ``QueueResult=hangup``.

Each result is posted to the ``<Enqueue>``'s ``action`` (with ``QueueSid`` and
``QueueTime`` when the caller was in the queue) and that TwiML runs; without an action the
next verb does.  An agent dialing an empty queue waits for a caller up to the Dial's
``timeout``; a queue that does not exist fails the Dial.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ..behaviours._common import context_for, rfc2822
from .bridge import DialResult, bridge
from .documents import END, Document, Outcome, Source, method_of, number, resolve
from .legs import Engine, Leg
from .params import call_params

if TYPE_CHECKING:
    from ...twiml import TwiML

__all__ = ["MEMBERS", "QUEUES", "Line", "dequeue", "enqueue", "leave", "line_for"]

QUEUES: Final = "api.v2010.accounts.queues"
MEMBERS: Final = "api.v2010.accounts.queues.members"

#: Twilio's default and largest queue sizes.
DEFAULT_MAX_SIZE: Final = 1000
LARGEST_MAX_SIZE: Final = 5000


@dataclass
class Waiter:
    """A caller in a queue, and how their wait ends."""

    leg: Leg
    since: float
    outcome: asyncio.Future[tuple[str, Any]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    ready: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    bridged: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Line:
    """The callers waiting in one queue, front first."""

    def __init__(self, engine: Engine, record: dict[str, Any]) -> None:
        self.engine = engine
        self.sid = str(record["sid"])
        self.account_sid = str(record["account_sid"])
        self.waiting: list[Waiter] = []
        self.agents: list[asyncio.Future[Waiter]] = []

    def record(self) -> dict[str, Any] | None:
        return self.engine.store.get(QUEUES, self.sid)

    @property
    def max_size(self) -> int:
        record = self.record() or {}
        return int(record.get("max_size") or DEFAULT_MAX_SIZE)

    def wait_of(self, waiter: Waiter) -> int:
        return int(self.engine.clock.now() - waiter.since)

    @property
    def average_wait(self) -> int:
        if not self.waiting:
            return 0
        return int(sum(self.wait_of(w) for w in self.waiting) / len(self.waiting))

    def position(self, waiter: Waiter) -> int:
        return self.waiting.index(waiter) + 1

    def add(self, waiter: Waiter) -> None:
        self.waiting.append(waiter)
        self._store_member(waiter)
        self.refresh()
        while self.agents:
            agent = self.agents.pop(0)
            if not agent.done():
                agent.set_result(self.take())
                break

    def take(self) -> Waiter:
        waiter = self.waiting[0]
        self.remove(waiter)
        return waiter

    def remove(self, waiter: Waiter) -> None:
        if waiter in self.waiting:
            self.waiting.remove(waiter)
            self.engine.store.delete(MEMBERS, waiter.leg.sid, self._parent)
            self.refresh()

    @property
    def _parent(self) -> str:
        return f"{self.account_sid}/{self.sid}"

    def _store_member(self, waiter: Waiter) -> None:
        ctx = context_for(self.engine.sandbox, self.account_sid)
        record = ctx.new_record(
            MEMBERS,
            path={"AccountSid": self.account_sid, "QueueSid": self.sid},
            call_sid=waiter.leg.sid,
            queue_sid=self.sid,
            position=self.position(waiter),
            wait_time=0,
            date_enqueued=rfc2822(waiter.leg.timestamp()),
        )
        self.engine.store.put(MEMBERS, record)

    def refresh(self) -> None:
        """Store the queue's size and its members' positions and waits."""
        store = self.engine.store
        for waiter in self.waiting:
            member = store.get(MEMBERS, waiter.leg.sid, self._parent)
            if member is not None:
                member["position"] = self.position(waiter)
                member["wait_time"] = self.wait_of(waiter)
                store.put(MEMBERS, member)
        record = self.record()
        if record is not None:
            record["current_size"] = len(self.waiting)
            record["average_wait_time"] = self.average_wait
            store.put(QUEUES, record)

    def find(self, call_sid: str) -> Waiter | None:
        if call_sid == "Front":
            return self.waiting[0] if self.waiting else None
        return next((w for w in self.waiting if w.leg.sid == call_sid), None)


def line_for(engine: Engine, record: dict[str, Any]) -> Line:
    """The live line of a Queue record."""
    line = engine.queues.get(str(record["sid"]))
    if line is None:
        line = engine.queues[str(record["sid"])] = Line(engine, record)
    return line


def _queue_named(
    engine: Engine, account_sid: str, name: str, create: bool
) -> dict[str, Any] | None:
    for record in engine.store.find(QUEUES, friendly_name=name):
        if record.get("account_sid") == account_sid:
            return record
    if not create:
        return None
    ctx = context_for(engine.sandbox, account_sid)
    record = ctx.new_record(
        QUEUES,
        path={"AccountSid": account_sid},
        friendly_name=name,
        max_size=DEFAULT_MAX_SIZE,
        current_size=0,
        average_wait_time=0,
    )
    engine.store.put(QUEUES, record)
    return record


def _waiter_of(leg: Leg) -> tuple[Line, Waiter] | None:
    for line in leg.engine.queues.values():
        for waiter in line.waiting:
            if waiter.leg is leg:
                return line, waiter
    return None


def leave(leg: Leg) -> bool:
    """``<Leave>``: the caller leaves the queue they wait in (False if they are in none)."""
    found = _waiter_of(leg)
    if found is None:
        return False
    line, waiter = found
    line.remove(waiter)
    if not waiter.outcome.done():
        waiter.outcome.set_result(("leave", None))
    return True


def redirect_member(line: Line, waiter: Waiter, source: Source) -> None:
    """``POST Members/{CallSid}`` with ``Url``: dequeue the caller to that TwiML."""
    line.remove(waiter)
    if not waiter.outcome.done():
        waiter.outcome.set_result(("redirected", source))


async def enqueue(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    """``<Enqueue>``: wait in the queue (see the module docs)."""
    engine = leg.engine
    name = " ".join(node.text.split())[:64]
    action = resolve(node.get("action"), doc)
    method = method_of(node)
    if not name:
        engine.problem(leg, 12200, "<Enqueue> needs a queue name", level="warning")
        return None
    record = _queue_named(engine, leg.account_sid, name, create=True)
    assert record is not None
    line = line_for(engine, record)
    if len(line.waiting) >= line.max_size:
        leg.log("note", text=f"queue {name} is full")
        return _result(leg, action, method, "queue-full", None, None)
    wait_raw = node.get("waitUrl")
    wait_url = resolve(wait_raw, doc) if wait_raw else None
    wait_method = method_of(node, "waitUrlMethod", "POST" if wait_raw else "GET")
    engine.answer(leg)
    waiter = Waiter(leg, engine.clock.now())
    line.add(waiter)
    leg.log(
        "note",
        text=f"enqueued in {name} ({line.sid}) at position {line.position(waiter) if waiter in line.waiting else 0}",
    )
    leg.watching_hangup = True
    music: asyncio.Task[Any] | None = None
    try:
        while not waiter.outcome.done() and not leg.ending.done():
            if wait_url:
                params = [
                    ("QueuePosition", str(line.position(waiter) if waiter in line.waiting else 0)),
                    ("QueueSid", line.sid),
                    ("QueueTime", str(line.wait_of(waiter))),
                    ("AvgQueueTime", str(line.average_wait)),
                    ("CurrentQueueSize", str(len(line.waiting))),
                    ("MaxQueueSize", str(line.max_size)),
                ]
                source = Source(url=wait_url, method=wait_method, params=params, purpose="wait_url")
                music = engine.start(_hold(leg, source))
            else:
                leg.heard("play", url="(Twilio's default hold music)")
                music = None
            waits: set[asyncio.Future[Any]] = {waiter.outcome, leg.ending}
            if music is not None:
                waits.add(music)
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            if music is not None and not music.done():
                music.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await music
            if (
                music is not None
                and music.done()
                and not music.cancelled()
                and music.exception() is None
            ):
                continue  # the wait TwiML ran out: fetch it again
            if music is None and not waiter.outcome.done() and not leg.ending.done():
                continue
    finally:
        if music is not None and not music.done():
            music.cancel()
        line.remove(waiter)
        leg.watching_hangup = False
    queue_time = line.wait_of(waiter)
    if not waiter.outcome.done():
        waiter.outcome.set_result(("hangup", None))
    kind, value = waiter.outcome.result()
    if kind == "bridged":
        if not waiter.ready.done():
            waiter.ready.set_result(None)
        leg.watching_hangup = True
        try:
            await asyncio.wait({waiter.bridged, leg.ending}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            leg.watching_hangup = False
    if leg.ending.done() and kind != "bridged":
        kind = "hangup"
    leg.log("note", text=f"left queue {name}: {kind}")
    if kind == "redirected":
        if action:
            await engine.webhook(
                leg,
                "enqueue_action",
                action,
                method,
                [*call_params(leg.record), *_queue_params("redirected", line.sid, queue_time)],
            )
        assert isinstance(value, Source)
        return value
    return _result(leg, action, method, kind, line.sid, queue_time)


async def _hold(leg: Leg, source: Source) -> None:
    leg.on_hold = True
    try:
        await leg.engine.run(leg, source)
    finally:
        leg.on_hold = False


def _queue_params(result: str, sid: str | None, queue_time: int | None) -> list[tuple[str, str]]:
    params = [("QueueResult", result)]
    if sid is not None:
        params.append(("QueueSid", sid))
    if queue_time is not None:
        params.append(("QueueTime", str(queue_time)))
    return params


def _result(
    leg: Leg, action: str | None, method: str, result: str, sid: str | None, queue_time: int | None
) -> Outcome:
    if leg.hanging_up:
        if action:
            leg.engine.start(_post_after_hangup(leg, action, method, result, sid, queue_time))
        return END
    if action:
        return Source(
            url=action,
            method=method,
            params=_queue_params(result, sid, queue_time),
            purpose="enqueue_action",
        )
    return None


async def _post_after_hangup(
    leg: Leg, action: str, method: str, result: str, sid: str | None, queue_time: int | None
) -> None:
    from .params import call_params

    await leg.engine.webhook(
        leg,
        "enqueue_action",
        action,
        method,
        [*call_params(leg.record), *_queue_params(result, sid, queue_time)],
    )


async def dequeue(agent: Leg, node: TwiML, doc: Document) -> DialResult:
    """``<Dial><Queue>``: take the caller at the front and bridge them with the agent."""
    engine = agent.engine
    noun = next(n for n in node.elements() if n.name == "Queue")
    name = " ".join(noun.text.split())
    record = _queue_named(engine, agent.account_sid, name, create=False)
    if record is None:
        engine.problem(agent, 12200, f"Dial: there is no queue named {name!r}", level="warning")
        return DialResult("failed")
    line = line_for(engine, record)
    timeout = number(node, "timeout", 30, 5, 600)
    if agent.direction == "inbound":
        engine.answer(agent)
    if line.waiting:
        waiter = line.take()
    else:
        wanted: asyncio.Future[Waiter] = asyncio.get_running_loop().create_future()
        line.agents.append(wanted)
        ok, got = await agent.until_ended(
            engine.clock.wait_for(asyncio.shield(wanted), timeout, hold=True)
        )
        if not wanted.done():
            wanted.cancel()
        if not ok:
            return DialResult("hangup")
        if got is None or not got[0]:
            return DialResult("no-answer")
        taken = got[1]
        assert taken is not None
        waiter = taken
    caller = waiter.leg
    queue_time = line.wait_of(waiter)
    waiter.outcome.set_result(("bridged", agent))
    await waiter.ready
    agent.log("note", text=f"dequeued {caller.sid} from {name} after {queue_time} s")
    caller.record["queue_time"] = str(queue_time * 1000)
    url = resolve(noun.get("url"), doc)
    if url and not caller.hanging_up:
        params = [
            ("QueueSid", line.sid),
            ("CallSid", caller.sid),
            ("QueueTime", str(queue_time)),
            ("DequeingCallSid", agent.sid),
        ]
        await engine.run(
            caller, Source(url=url, method=method_of(noun), params=params, purpose="queue_url")
        )
    if caller.hanging_up:
        waiter.bridged.set_result(None)
        return DialResult("completed", caller, False, 0)
    try:
        seconds = await bridge(agent, caller, end_b=False)
    finally:
        if not waiter.bridged.done():
            waiter.bridged.set_result(None)
    extra = [("QueueSid", line.sid), ("QueueTime", str(queue_time))]
    return DialResult("completed", caller, True, seconds, extra)
