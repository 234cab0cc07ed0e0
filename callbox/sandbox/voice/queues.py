"""Call queues: ``<Enqueue>``, ``<Leave>``, ``<Dial><Queue>``, Queues and Members.

``<Enqueue>`` puts the caller at the back of the named queue (made on first use, at most
``max_size`` callers: else ``QueueResult=queue-full`` at once).  While waiting, the caller
hears the ``waitUrl`` TwiML, fetched again each time it runs out, with ``QueuePosition``,
``QueueSid``, ``QueueTime``, ``AvgQueueTime``, ``CurrentQueueSize`` and ``MaxQueueSize``
(only the verbs Twilio allows there run; ``<Hangup>`` hangs up).  Without a ``waitUrl``
Twilio's hold music plays (nothing is fetched); ``waitUrl=""`` is silence.  Every wait in
the queue is a hold wait on the clock.  The wait ends:

* ``<Leave>`` in the wait TwiML: ``QueueResult=leave``, the caller's TwiML goes on;
* an agent's ``<Dial><Queue>`` takes the caller at the front: the Queue noun's ``url``
  plays to the caller, the two are bridged, and once the bridge ends the caller's
  TwiML goes on with ``QueueResult=bridged``;
* ``POST Members/{CallSid or Front}`` with a ``Url``, or ``POST Calls/{CallSid}`` with a
  new ``Url``/``Twiml``: the caller leaves with ``QueueResult=redirected`` and runs that;
* the caller hangs up (or the wait TwiML does): ``QueueResult=hangup``;
* the wait TwiML cannot be had (after its error message): ``QueueResult=error``.

Each result is posted to the ``<Enqueue>``'s ``action`` (with ``QueueSid`` and
``QueueTime`` when the caller was in the queue) and that TwiML runs; without an action the
next verb does.  After a redirect or a hang-up the action is only told.  An agent dialing
an empty queue waits for a caller up to the Dial's ``timeout`` (``no-answer`` after it); a
queue that does not exist fails the Dial.  The Dial's action gets the caller's call as
``DialCallSid``.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Final

from ..behaviours._common import context_for, rfc2822
from .bridge import DialResult, bridge
from .documents import END, Document, Outcome, Source, Verbs, method_of, number, resolve
from .legs import Engine, Leg
from .params import call_params

if TYPE_CHECKING:
    from ...twiml import TwiML

__all__ = ["MEMBERS", "QUEUES", "Line", "dequeue", "enqueue", "leave", "line_for"]

QUEUES: Final = "api.v2010.accounts.queues"
MEMBERS: Final = "api.v2010.accounts.queues.members"

#: Twilio's default hold music for queues (its classical playlist).
DEFAULT_WAIT_URL: Final = "https://s3.amazonaws.com/com.twilio.sounds.music/index.xml"

#: Twilio's default and largest queue sizes.
DEFAULT_MAX_SIZE: Final = 1000
LARGEST_MAX_SIZE: Final = 5000


@dataclass
class Waiter:
    """A caller in a queue, and how their wait ends."""

    leg: Leg
    since: float
    #: When the caller left the queue (their queue time stops there).
    left: float | None = None
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
        """Whole seconds ``waiter`` waited (so far, or until they left)."""
        end = waiter.left if waiter.left is not None else self.engine.clock.now()
        return int(end - waiter.since)

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
                self.remove(waiter)
                agent.set_result(waiter)
                break

    @property
    def name(self) -> str:
        record = self.record() or {}
        return str(record.get("friendly_name") or self.sid)

    def front(self) -> Waiter | None:
        """The first caller still on the line (one hanging up this moment is skipped)."""
        return next((w for w in self.waiting if not w.leg.hanging_up), None)

    def take(self) -> Waiter | None:
        waiter = self.front()
        if waiter is not None:
            self.remove(waiter)
        return waiter

    def put_back(self, waiter: Waiter) -> None:
        """A caller taken by an agent who went away: first in line again."""
        if waiter.outcome.done() or waiter.leg.hanging_up:
            return
        waiter.left = None
        for other in self.waiting:  # members are listed in the order they were stored
            self.engine.store.delete(MEMBERS, other.leg.sid, self._parent)
        self.waiting.insert(0, waiter)
        for member in self.waiting:
            self._store_member(member)
        self.refresh()

    def remove(self, waiter: Waiter) -> None:
        if waiter in self.waiting:
            waiter.left = self.engine.clock.now()
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
            date_enqueued=rfc2822(datetime.fromtimestamp(waiter.since, timezone.utc)),
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
    if node.get("workflowSid") or any(n.name == "Task" for n in node.elements()):
        engine.problem(
            leg,
            13000,
            "<Enqueue> for TaskRouter is not simulated: a plain queue is used",
            level="warning",
        )
    record = _queue_named(engine, leg.account_sid, name, create=True)
    assert record is not None
    line = line_for(engine, record)
    if len(line.waiting) >= line.max_size:
        leg.log("note", text=f"queue {name} is full")
        return _result(leg, action, method, "queue-full", None, None)
    wait_raw = node.get("waitUrl")
    if wait_raw is None:
        wait_url: str | None = DEFAULT_WAIT_URL
    else:
        wait_url = resolve(wait_raw, doc) if wait_raw.strip() else None
    wait_method = method_of(node, "waitUrlMethod", "POST" if wait_raw else "GET")
    engine.answer(leg)
    waiter = Waiter(leg, engine.clock.now())
    line.add(waiter)
    position = line.position(waiter) if waiter in line.waiting else 1
    leg.log("note", text=f"enqueued in {name} ({line.sid}) at position {position}")
    # A hang-up ends the wait, not the program: the action is still told (hangup).
    leg.watching_hangup = True
    waits: set[asyncio.Future[Any]] = {waiter.outcome, leg.ending}
    music = None
    if waiter in line.waiting:  # else an agent was waiting: no music before the bridge
        music = engine.start(_wait_music(leg, line, waiter, wait_url, wait_method))
        waits.add(music)
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        if leg.pending_redirect is not None and not waiter.outcome.done():
            # The Calls API moved the call elsewhere: out of the queue, the action told.
            waiter.outcome.set_result(("redirected", None))
            if action:
                told = _tell(leg, action, method, "redirected", line, waiter)
                engine.start(told)
        raise
    finally:
        if music is not None:
            music.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await music
        line.remove(waiter)
        if not waiter.outcome.done():
            waiter.outcome.set_result(("hangup", None))
        if not waiter.ready.done():
            waiter.ready.set_result(None)  # an agent who took this caller may go on
        leg.watching_hangup = False
    kind, value = waiter.outcome.result()
    queue_time = line.wait_of(waiter)
    if kind == "bridged":
        leg.watching_hangup = True
        try:
            await asyncio.wait({waiter.bridged, leg.ending}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            leg.watching_hangup = False
    elif leg.hanging_up:
        kind = "hangup"
    leg.log("note", text=f"left queue {name}: {kind}")
    if kind == "redirected":
        assert isinstance(value, Source)
        if action:
            # Told at once; its answer is not run: the call goes to the Members URL.
            await _tell(leg, action, method, kind, line, waiter)
        return value
    return _result(leg, action, method, kind, line.sid, queue_time)


async def _tell(
    leg: Leg, action: str, method: str, result: str, line: Line, waiter: Waiter
) -> None:
    """Request the action without running its answer (the call goes somewhere else)."""
    params = _queue_params(result, line.sid, line.wait_of(waiter))
    await leg.engine.webhook(
        leg, "enqueue_action", action, method, [*call_params(leg.record), *params]
    )


#: Verbs a queue's wait TwiML may use (Twilio's list); others are skipped with a warning.
WAIT_VERBS: Final = Verbs({"Play", "Say", "Pause", "Hangup", "Redirect", "Leave", "Gather"})

#: Seconds of Twilio's default hold music the sandbox plays at a time.
TRACK_SECONDS: Final = 60.0


async def _wait_music(leg: Leg, line: Line, waiter: Waiter, url: str | None, method: str) -> None:
    """What the caller hears while waiting: the wait TwiML, fetched again each time it runs
    out (``<Hangup>`` hangs up; a document that cannot be had ends the wait with ``error``),
    Twilio's hold music, or silence (``waitUrl=""``).  Every wait in it is a hold wait."""
    leg.on_hold = True
    try:
        if url is None or url == DEFAULT_WAIT_URL:
            if url is not None:
                leg.heard("play", url=url)
            while True:
                await leg.pause(TRACK_SECONDS, hold=True)
        while True:
            if not await _wait_document(leg, line, waiter, url, method):
                return
    finally:
        leg.on_hold = False


async def _wait_document(leg: Leg, line: Line, waiter: Waiter, url: str, method: str) -> bool:
    """Run the wait TwiML once (following its Redirects and Gather actions); False when the
    wait is over (the caller left, hung up, or the document failed)."""
    params = [
        ("QueuePosition", str(line.position(waiter) if waiter in line.waiting else 0)),
        ("QueueSid", line.sid),
        ("QueueTime", str(line.wait_of(waiter))),
        ("AvgQueueTime", str(line.average_wait)),
        ("CurrentQueueSize", str(len(line.waiting))),
        ("MaxQueueSize", str(line.max_size)),
    ]
    source = Source(url=url, method=method, params=params, purpose="wait_url")
    result = await leg.engine.run(leg, source, allowed=WAIT_VERBS)
    if waiter.outcome.done() or leg.hanging_up:
        return False
    if result == "failed":
        line.remove(waiter)
        if not waiter.outcome.done():
            waiter.outcome.set_result(("error", None))
        return False
    if result == "hangup":  # <Hangup>
        leg.hang_up("twiml")
        return False
    return True


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
    """The action of a caller who hung up: told, its answer not run (the call is over)."""
    await leg.engine.webhook(
        leg,
        "enqueue_action",
        action,
        method,
        [*call_params(leg.record, "completed"), *_queue_params(result, sid, queue_time)],
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
    # The agent hanging up ends the Dial, not the whole program: its action is still told.
    agent.watching_hangup = True
    try:
        waiter = await _next_caller(agent, line, timeout)
        if isinstance(waiter, DialResult):
            return waiter
        return await _connect(agent, line, waiter, noun, doc)
    finally:
        agent.watching_hangup = False


async def _next_caller(agent: Leg, line: Line, timeout: float) -> Waiter | DialResult:
    """The caller at the front, waiting for one up to ``timeout`` if the queue is empty."""
    waiter = line.take()
    if waiter is not None:
        return waiter
    wanted: asyncio.Future[Waiter] = asyncio.get_running_loop().create_future()
    line.agents.append(wanted)
    await agent.until_ended(agent.clock.wait_for(asyncio.shield(wanted), timeout, hold=True))
    if not wanted.done():
        wanted.cancel()
        return DialResult("hangup" if agent.hanging_up else "no-answer")
    if agent.hanging_up:
        line.put_back(wanted.result())  # taken as the agent hung up: first in line again
        return DialResult("hangup")
    return wanted.result()


async def _connect(
    agent: Leg, line: Line, waiter: Waiter, noun: TwiML, doc: Document
) -> DialResult:
    """The Queue noun's ``url`` on the caller, then the bridge until one of them hangs up."""
    engine = agent.engine
    caller = waiter.leg
    queue_time = line.wait_of(waiter)
    if not waiter.outcome.done():
        waiter.outcome.set_result(("bridged", agent))
    await waiter.ready
    agent.log("note", text=f"dequeued {caller.sid} from {line.name} after {queue_time} s")
    try:
        url = resolve(noun.get("url"), doc)
        if url and not caller.hanging_up and not agent.hanging_up:
            # ``CallSid`` (the dequeued call) is among the call's own parameters already: a
            # second copy would break signature checks that read the form as a dict.
            params = [
                ("QueueSid", line.sid),
                ("QueueTime", str(queue_time)),
                ("DequeingCallSid", agent.sid),
            ]
            source = Source(url=url, method=method_of(noun), params=params, purpose="queue_url")
            await engine.run(caller, source)
        if caller.hanging_up:
            return DialResult("completed", caller, False, 0)
        seconds = await bridge(agent, caller, end_b=False)
    finally:
        if not waiter.bridged.done():
            waiter.bridged.set_result(None)
    extra = [("QueueSid", line.sid), ("QueueTime", str(queue_time))]
    return DialResult("completed", caller, True, seconds, extra)
