"""Messages in flight: from ``queued`` to their final status, durably, in batches.

One scheduler per sandbox moves every message along ``queued → sending → sent →
delivered`` (``undelivered`` with 30006 for landlines and numbers without SMS, 30003
for a phone switched off; ``failed`` with 30002 when the account is suspended or
closed before the message leaves), a pause (:func:`._common.step_delay`) between two
steps.  Every step due at the same moment is written in one transaction, and only the
fields that change (:meth:`Store.update_fields`): a message costs no more writes than
it has steps, and thousands in flight cost one commit per tick.

A step is committed before anything is told about it: then its ``message.status``
event is logged and its status callback POSTed; the next step waits for that callback,
so an app hears a message's statuses in order.

What survives a restart (``kill -9`` included):

* a message in flight carries ``_flight`` (and ``_first``, the status it was created
  with) until its last callback has been answered; ``_cb`` is the last status whose
  callback was answered, written with the message's next step;
* on start every message still in flight is taken up where it stood: callbacks owed
  are sent first, in order, then the remaining steps;
* a clean stop lets callbacks already on their way finish (a couple of seconds at most)
  and records them; the remaining steps wait for the next start.

So each status callback is sent once, with ``I-Twilio-Idempotency-Token`` stable across
retries and restarts; only a callback not yet recorded when the process was killed (on
the wire, or answered since its message's last write) can arrive a second time, with the
same token.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
from collections.abc import Coroutine
from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

from .._hooks import on_start, on_stop
from . import _e164
from ._common import (
    ACCOUNTS,
    API_VERSION,
    INCOMING,
    MESSAGES,
    PHONES_OFF,
    auth_token_of,
    log_failed_callback,
    rfc2822,
    sender_for,
    step_delay,
)
from ._pricing import message_price

if TYPE_CHECKING:
    from .._state import SandboxState
    from .._store import Store

__all__ = ["deliver_status", "launch", "mark_in_flight", "receiver", "seconds_until"]

log = logging.getLogger("callbox.sandbox")

#: Where the scheduler of a sandbox lives (``sandbox.extras``; a reset forgets it).
_KEY: Final = "message_flights"
#: Statuses a message passes through, in order; a step is to the next one.
_ORDER: Final = ("scheduled", "accepted", "queued", "sending", "sent", "final")
_FINAL: Final = frozenset({"delivered", "undelivered", "failed"})
#: How long a clean stop waits for callbacks already on their way.
_DRAIN: Final = 2.0
#: How soon answered callbacks are recorded when no step is due (seconds).
_MARKS_EVERY: Final = 0.05
#: Steps are due on multiples of this (seconds), so that those due together are batched.
_TICK: Final = 0.005


def mark_in_flight(
    record: dict[str, Any], *, hops: int = 0, send_at: object = None
) -> dict[str, Any]:
    """Stamp a new outbound message as in flight (before it is stored, so that the same
    commit that acknowledges it makes it durable work)."""
    record["_flight"] = 1
    record["_first"] = record.get("status")
    record["_cb"] = None
    if hops:
        record["_hops"] = hops
    if send_at:
        record["_send_at"] = str(send_at)
    return record


def launch(sandbox: SandboxState, record: dict[str, Any]) -> None:
    """Set a stored, stamped message on its way (callable from the request's thread)."""
    loop = sandbox.loop
    if loop is None or loop.is_closed():
        return  # no server loop (yet): taken up on start
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    flights = _Flights.of(sandbox)
    if running is loop:
        flights.add(dict(record))
    else:
        loop.call_soon_threadsafe(flights.add, dict(record))


# ---------------------------------------------------------------- outcomes


def _outcome(store: Store, owned: list[dict[str, Any]], to: str) -> tuple[int, str] | None:
    """Why a message will not be delivered (error code and text), or None if it will be.

    Landlines and sandbox numbers without SMS: 30006; outside phones switched off with
    :func:`callbox.sandbox.behaviours.phones.set_reachable`: 30003.
    """
    bare = _e164.split_channel(to)[1]
    if owned:
        if (owned[0].get("capabilities") or {}).get("sms", True):
            return None
        return 30006, "Landline or unreachable carrier"
    if _is_landline(bare):
        return 30006, "Landline or unreachable carrier"
    if store.get(PHONES_OFF, bare) is not None:
        return 30003, "Unreachable destination handset"
    return None


def _account_stopped(store: Store, account_sid: str) -> bool:
    """A suspended or closed account's queued messages fail (30002)."""
    account = store.get(ACCOUNTS, account_sid)
    return account is not None and account.get("status") in ("suspended", "closed")


@lru_cache(maxsize=4096)
def _is_landline(number: str) -> bool:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return True
    return bool(phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.FIXED_LINE)


# ---------------------------------------------------------------- callbacks


def _status_params(record: dict[str, Any], status: str) -> list[tuple[str, str]]:
    pairs = [
        ("SmsSid", str(record["sid"])),
        ("SmsStatus", status),
        ("MessageStatus", status),
        ("To", str(record.get("to") or "")),
    ]
    if record.get("messaging_service_sid"):
        pairs.append(("MessagingServiceSid", str(record["messaging_service_sid"])))
    pairs += [
        ("MessageSid", str(record["sid"])),
        ("AccountSid", str(record.get("account_sid") or "")),
        ("From", str(record.get("from") or "")),
        ("ApiVersion", API_VERSION),
    ]
    if record.get("error_code"):
        pairs.append(("ErrorCode", str(record["error_code"])))
    if status == "delivered":
        pairs.append(("RawDlrDoneDate", datetime.now(timezone.utc).strftime("%y%m%d%H%M")))
    return pairs


async def deliver_status(sandbox: SandboxState, record: dict[str, Any], status: str) -> None:
    """POST one status change to the message's status callback (if it has one)."""
    url = record.get("_status_callback")
    if not url:
        return
    account_sid = str(record.get("account_sid") or "")
    params = _status_params(record, status)
    result = await sender_for(sandbox).send(
        str(url),
        params,
        auth_token=auth_token_of(sandbox, account_sid),
        idempotency_token=f"{record['sid']}-{status}",
    )
    sandbox.events.emit(
        "webhook.request",
        purpose="status_callback",
        params=dict(params),
        sid=record["sid"],
        account_sid=account_sid,
        **result.event(),
    )
    if not result.ok:
        log_failed_callback(sandbox, account_sid, result, str(record["sid"]))


# ---------------------------------------------------------------- arrival


class Receiver(Protocol):
    """Where a message to a number owned in the sandbox comes in (:func:`.phones.receive`)."""

    def __call__(
        self,
        sandbox: SandboxState,
        number: dict[str, Any],
        sender: str,
        body: str,
        media: list[str],
        *,
        hops: int = ...,
    ) -> Coroutine[Any, Any, object]: ...


_Receive = TypeVar("_Receive", bound=Receiver)

#: Where messages to numbers owned in the sandbox come in (see :func:`receiver`).
_RECEIVER: list[Receiver] = []


def receiver(fn: _Receive) -> _Receive:
    """Register ``fn`` as where a message sent to a number owned in the sandbox comes in.

    That is :func:`.phones.receive`, which registers itself: phones imports this module
    to send replies, so this module reaches it through here and never imports it.
    """
    _RECEIVER[:] = [fn]
    return fn


def _arrive(sandbox: SandboxState, number: dict[str, Any], record: dict[str, Any]) -> None:
    """A message to a number owned in the sandbox comes in there (Twilio to Twilio)."""
    for receive in _RECEIVER:
        sandbox.spawn(
            receive(
                sandbox,
                number,
                str(record.get("from") or ""),
                str(record.get("body") or ""),
                list(record.get("_media_urls") or []),
                hops=int(record.get("_hops") or 0) + 1,
            )
        )


def seconds_until(send_at: object) -> float:
    """Seconds from now to ``send_at`` (NaN when it is not a date)."""
    if isinstance(send_at, datetime):
        moment = send_at
    else:
        text = str(send_at).strip().replace("Z", "+00:00")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return float("nan")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (moment - datetime.now(timezone.utc)).total_seconds()


# ---------------------------------------------------------------- the scheduler


class _Flight:
    """One message on its way: what it still has to go through."""

    __slots__ = ("owed", "owned", "record", "steps")

    def __init__(
        self,
        record: dict[str, Any],
        steps: list[str],
        owed: list[str],
        owned: list[dict[str, Any]],
    ) -> None:
        self.record = record
        self.steps = steps  # statuses still to be reached
        self.owed = owed  # statuses reached whose callback is still to be sent
        self.owned = owned  # the sandbox number it goes to, if any

    @property
    def sid(self) -> str:
        return str(self.record["sid"])


class _Flights:
    """The scheduler of one sandbox: a heap of due steps, one writer, ordered callbacks."""

    def __init__(self, sandbox: SandboxState) -> None:
        self.sandbox = sandbox
        self.store = sandbox.store
        self.heap: list[tuple[float, int, _Flight]] = []
        self.counter = itertools.count()
        self.writes: dict[tuple[str, str], dict[str, Any]] = {}
        self.wake = asyncio.Event()
        self.timer: asyncio.TimerHandle | None = None
        self.timer_at = math.inf
        self.calling: set[asyncio.Task[None]] = set()
        self.stopping = False
        self.ticker: asyncio.Task[None] | None = None
        self.numbers: dict[str, list[dict[str, Any]]] = {}
        self.numbers_version = (-1, -1)

    @classmethod
    def of(cls, sandbox: SandboxState) -> _Flights:
        found: _Flights | None = sandbox.extras.get(_KEY)
        if found is None:
            found = sandbox.extras[_KEY] = cls(sandbox)
        return found

    # -------------------------------------------------------- taking work

    def add(self, record: dict[str, Any], owed: list[str] | None = None) -> None:
        """Put a message in flight: its path is worked out now, from its status."""
        status = str(record.get("status") or "")
        if status not in _ORDER and status not in _FINAL:
            self._land(record)  # canceled while scheduled: nothing more to do
            return
        to = str(record.get("to") or "")
        owned = self._owned(to)
        steps = [s for s in _ORDER[_rank(status) + 1 :] if s != "accepted"]
        if steps and steps[-1] == "final":
            steps[-1] = "undelivered" if _outcome(self.store, owned, to) else "delivered"
        flight = _Flight(record, steps, owed or [], owned)
        if not flight.steps and not flight.owed:
            self._land(record)
            return
        due = 0.0
        if status == "scheduled":
            due = max(0.0, seconds_until(record.get("_send_at")))  # NaN: at once
        elif not flight.owed:
            due = step_delay(self.sandbox)
        self._schedule(flight, due)

    def _owned(self, to: str) -> list[dict[str, Any]]:
        """The sandbox number a message goes to, if any (cached until numbers change)."""
        number = _e164.split_channel(to)[1]
        version = self.store.version(INCOMING)
        if version != self.numbers_version:
            self.numbers.clear()
            self.numbers_version = version
        found = self.numbers.get(number)
        if found is None:
            found = self.numbers[number] = self.store.find(INCOMING, phone_number=number)
        return found

    def resume(self) -> int:
        """Take up every message a previous process left in flight; returns how many."""
        count = 0
        for record in self.store.find(MESSAGES, _flight=1):
            status = str(record.get("status") or "")
            owed: list[str] = []
            if record.get("_status_callback"):
                # Statuses reached whose callbacks were not answered before the stop.
                floor = max(_rank(record.get("_first")), _rank(record.get("_cb")))
                reached = ["queued", "sending", "sent"]
                if status == "failed":
                    reached = ["queued"]
                reached += [status] if status in _FINAL else []
                owed = [s for s in reached if floor < _rank(s) <= _rank(status)]
            self.add(record, owed)
            count += 1
        return count

    def _land(self, record: dict[str, Any]) -> None:
        """A message with nothing left to do is no longer in flight."""
        record["_flight"] = None
        self._write(record, {"_flight": None})
        self._wake_at(asyncio.get_running_loop().time() + _MARKS_EVERY)

    def _schedule(self, flight: _Flight, delay: float) -> None:
        if delay <= 0 and not flight.owed and not self.stopping:
            # No pause between steps (tests): the next step now, as if no time passed.
            status = self._step(flight)
            self.flush()
            self._announce(flight, status)
            return
        # Due times are rounded up to a tick: steps due together are written together.
        due = math.ceil((asyncio.get_running_loop().time() + delay) / _TICK) * _TICK
        heapq.heappush(self.heap, (due, next(self.counter), flight))
        self._wake_at(due)

    def _wake_at(self, when: float) -> None:
        """Make sure the ticker runs at ``when`` (one timer: the earliest)."""
        if self.timer is not None:
            if self.timer_at <= when:
                return
            self.timer.cancel()
        self.timer_at = when
        self.timer = asyncio.get_running_loop().call_at(when, self._ring)
        if self.ticker is None or self.ticker.done():
            self.ticker = self.sandbox.start(self._tick_forever())  # cancelled on reset

    def _ring(self) -> None:
        self.timer = None
        self.wake.set()

    # -------------------------------------------------------- the ticker

    async def _tick_forever(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self.wake.wait()
            self.wake.clear()
            if self.stopped():
                break  # a step taken now could not be told before the stop
            now = loop.time()
            self._tick(now)
            if self.heap:
                self._wake_at(self.heap[0][0])
            if self.writes:
                self._wake_at(now + _MARKS_EVERY)  # answered callbacks, recorded in a batch

    def _tick(self, now: float) -> None:
        due: list[_Flight] = []
        while self.heap and self.heap[0][0] <= now + 0.001:  # a timer may ring a hair early
            due.append(heapq.heappop(self.heap)[2])
        moved: list[tuple[_Flight, str]] = []
        for flight in due:
            if flight.owed:
                self._call_back(flight)  # owed from before a restart: nothing to write
            elif self._still_scheduled(flight):
                moved.append((flight, self._step(flight)))
        self.flush()
        for flight, status in moved:
            self._announce(flight, status)

    def _still_scheduled(self, flight: _Flight) -> bool:
        """A scheduled message can be canceled until it leaves: look again."""
        if flight.record.get("status") != "scheduled":
            return True
        stored = self.store.get(MESSAGES, flight.sid, str(flight.record.get("_parent")))
        if stored is not None and stored.get("status") == "scheduled":
            return True
        self._land(flight.record)
        return False

    def _step(self, flight: _Flight) -> str:
        """Apply the flight's next step to its record and queue the write."""
        record = flight.record
        status = flight.steps.pop(0)
        account_sid = str(record.get("account_sid") or "")
        now = datetime.now(timezone.utc)
        changes: dict[str, Any] = {}
        if status == "sending" and _account_stopped(self.store, account_sid):
            status = "failed"
            flight.steps.clear()
            changes["error_code"] = 30002
            changes["error_message"] = "Account suspended"
        changes["status"] = status
        changes["date_updated"] = rfc2822(now)
        if status == "sent":
            to = str(record.get("to") or "")
            changes["date_sent"] = changes["date_updated"]
            changes["price"] = message_price(
                _e164.country_of(_e164.split_channel(to)[1]),
                int(record.get("num_segments") or 1),
                mms=int(record.get("num_media") or 0) > 0,
                inbound=False,
            )
        if status == "undelivered":
            outcome = _outcome(self.store, flight.owned, str(record.get("to") or ""))
            if outcome:
                changes["error_code"], changes["error_message"] = outcome
        if not flight.steps and not record.get("_status_callback"):
            changes["_flight"] = None
        record.update(changes)
        self._write(record, changes)
        return status

    def _write(self, record: dict[str, Any], changes: dict[str, Any]) -> None:
        slot = (str(record["sid"]), str(record.get("_parent") or record.get("account_sid")))
        self.writes.setdefault(slot, {}).update(changes)

    def flush(self) -> None:
        """Commit every queued change in one transaction."""
        if not self.writes:
            return
        writes, self.writes = self.writes, {}
        self.store.update_many(
            MESSAGES, [(sid, parent, changes) for (sid, parent), changes in writes.items()]
        )

    def _announce(self, flight: _Flight, status: str) -> None:
        """A committed step: its event, its arrival, then its callback."""
        record, sandbox = flight.record, self.sandbox
        sandbox.events.emit(
            "message.status",
            sid=flight.sid,
            status=status,
            account_sid=record.get("account_sid"),
            to=record.get("to"),
            **{"from": record.get("from")},
        )
        if status == "sent" and flight.owned:
            _arrive(sandbox, flight.owned[0], record)
        if status == "delivered" and not flight.owned:
            sandbox.events.emit(
                "message.delivered_to_phone",
                to=record.get("to"),
                sid=flight.sid,
                body=record.get("body"),
                media_urls=list(record.get("_media_urls") or []),
                account_sid=record.get("account_sid"),
                **{"from": record.get("from")},
            )
        if record.get("_status_callback"):
            flight.owed.append(status)
            self._call_back(flight)
        elif flight.steps:
            self._schedule(flight, step_delay(sandbox))

    def _call_back(self, flight: _Flight) -> None:
        task = self.sandbox.start(self._send_owed(flight))
        self.calling.add(task)
        task.add_done_callback(self.calling.discard)

    async def _send_owed(self, flight: _Flight) -> None:
        """Send the flight's owed callbacks in order, then record them and move on."""
        while flight.owed:
            status = flight.owed[0]
            await deliver_status(self.sandbox, flight.record, status)
            flight.owed.pop(0)
            marks: dict[str, Any] = {"_cb": status}
            if not flight.steps and not flight.owed:
                marks["_flight"] = None
            flight.record.update(marks)
            self._write(flight.record, marks)
        if flight.steps and not self.stopping:
            self._schedule(flight, step_delay(self.sandbox))
        else:
            self._wake_at(asyncio.get_running_loop().time() + _MARKS_EVERY)

    # -------------------------------------------------------- stopping

    def stopped(self) -> bool:
        return self.stopping

    async def stop(self) -> None:
        """A clean stop: callbacks on their way finish and are recorded; steps not yet
        taken wait in the database for the next start."""
        self.stopping = True
        if self.timer is not None:
            self.timer.cancel()
        self.wake.set()
        if self.calling:
            await asyncio.wait(list(self.calling), timeout=_DRAIN)
        self.flush()


def _rank(status: object) -> int:
    """A status's place on the way (-1 for none)."""
    name = "final" if status in _FINAL else str(status)
    return _ORDER.index(name) if name in _ORDER else -1


@on_start
def _resume(state: SandboxState) -> None:
    count = _Flights.of(state).resume()
    if count:
        log.info("sandbox: %d message(s) in flight taken up after a restart", count)


@on_stop
async def _stop(state: SandboxState) -> None:
    flights: _Flights | None = state.extras.get(_KEY)
    if flights is not None:
        await flights.stop()
