"""The voice engine of one sandbox: places, receives and ends calls, on one clock.

One :class:`VoiceEngine` lives in each running sandbox (``VoiceEngine.of(state)``).  It
holds the clock, the legs in progress, the conferences and queues, and runs each call's
life as a background task:

* outbound (``POST Calls.json``): ``queued → initiated → ringing →`` the far end answers
  (``in-progress``, the app's TwiML runs) or not (``busy``, ``no-answer``, ``failed``) ``→
  completed``;
* inbound (an outside phone dials a number the sandbox owns, or a sandbox call reaches
  one): ``ringing``, the number's voice URL is requested, the first verb answers
  (``in-progress``), ``<Reject>`` refuses (``busy``/``no-answer``, never billed).

A call to a number owned in the sandbox is two legs, as on Twilio: the caller's and an
inbound leg on that number running its own app; each is the other's far end.  Anything
else is an outside phone (:mod:`.phones`), answering as configured.

After a restart, :meth:`resume` finds calls the previous process left unfinished: calls
not yet answered are placed again; answered ones cannot be taken up mid-TwiML, so they end
(``completed``, with the time they had) and get their final status callback; callbacks
already sent are not repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import math
import time
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from ..behaviours._common import (
    APPLICATIONS,
    CALLS,
    INCOMING,
    auth_token_of,
    context_for,
    log_problem,
    sender_for,
)
from ..errors import SandboxError
from . import phones
from .clock import Clock
from .documents import Document, Outcome, Source, Verbs
from .legs import FINAL, Leg, call_fields
from .params import status_params
from .parties import NOBODY, Party, Person, Voicemail
from .program import APPLICATION_ERROR, fetch, run
from .prompts import play_digits, say_text
from .recordings import finish_recordings, start_call_recording
from .verbs import execute

if TYPE_CHECKING:
    from .._delivery import Delivery
    from .._state import SandboxState
    from .._store import Store

__all__ = ["TRANSCRIPTS", "VoiceEngine"]

log = logging.getLogger("callbox.sandbox.calls")

#: Finished calls' transcripts (the sandbox's own records, never rendered by the API).
TRANSCRIPTS: Final = "_sandbox.call_transcripts"

#: Seconds a busy line or a failed number takes to tell.
_BUSY_SECONDS: Final = 2.0
_FAIL_SECONDS: Final = 1.0

#: Default ring time of an API call (Twilio: 60 s).
DEFAULT_TIMEOUT: Final = 60
DEFAULT_TIME_LIMIT: Final = 14400

#: Seconds answering-machine detection takes to decide, per answer.
_AMD_HUMAN: Final = 2.4
_AMD_MACHINE: Final = 3.2

#: Per-minute prices (USD) the sandbox charges for calls: its own fixed table.
_PER_MINUTE: Final = {"outbound": "0.0140", "inbound": "0.0085"}

_LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})


class VoiceEngine:
    """Calls of one sandbox (see the module docs)."""

    def __init__(self, sandbox: SandboxState) -> None:
        self.sandbox = sandbox
        self.clock = Clock(virtual=lambda: sandbox.voice_clock != "real")
        self.legs: dict[str, Leg] = {}
        self.rooms: dict[str, Any] = {}
        self.queues: dict[str, Any] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._media: dict[str, float | None] = {}
        self.closed = False
        self._last_problem: dict[str, int] = {}

    @classmethod
    def of(cls, sandbox: SandboxState) -> VoiceEngine:
        """The sandbox's engine, made on first use."""
        engine = sandbox.extras.get("voice")
        if engine is None:
            engine = sandbox.extras["voice"] = cls(sandbox)
            sandbox.spawn(engine._close_on_cancel())
        assert isinstance(engine, VoiceEngine)
        return engine

    async def _close_on_cancel(self) -> None:
        """Lives as long as the sandbox's tasks: a reset or shutdown cancels every call."""
        try:
            await asyncio.Event().wait()
        finally:
            self.closed = True  # nothing from before a reset may write after it
            for task in list(self._tasks):
                task.cancel()
            self.clock.close()

    @property
    def store(self) -> Store:
        return self.sandbox.store

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coro`` as one of this engine's tasks (cancelled on reset and shutdown)."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)
        return task

    # ------------------------------------------------------------ bookkeeping

    def save(self, leg: Leg) -> None:
        self.store.put(CALLS, leg.record)

    def published(self, leg: Leg, event: dict[str, Any]) -> None:
        self.sandbox.events.emit(
            "call.event",
            sid=leg.sid,
            account_sid=leg.account_sid,
            index=len(leg.events) - 1,  # its place in the transcript (``after`` counts these)
            event=event,
        )

    def price(self, leg: Leg) -> str:
        inbound = leg.direction == "inbound"
        rate = float(_PER_MINUTE["inbound" if inbound else "outbound"])
        minutes = max(1, math.ceil(leg.talk_seconds / 60)) if leg.talk_seconds else 1
        return f"-{rate * minutes:.5f}"

    def problem(
        self,
        leg: Leg,
        code: int,
        text: str,
        delivery: Delivery | None = None,
        *,
        level: str = "error",
    ) -> None:
        """Log a problem with a call as Twilio does (Notification, Monitor alert, transcript)."""
        if level == "error":
            self._last_problem[leg.sid] = code
        leg.log(level, code=code, message=text)
        log_problem(
            self.sandbox,
            leg.account_sid,
            code,
            text,
            level=level,
            delivery=delivery,
            resource_sid=leg.sid,
            call_sid=leg.sid,
        )

    def last_problem_code(self, leg: Leg) -> int | None:
        return self._last_problem.get(leg.sid)

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
    ) -> Delivery:
        """Request one of the app's URLs (about ``leg``: logged in its transcript).

        The request runs to its end even if the call moves on meanwhile (a redirect, a
        hang-up): Twilio does not take back a request it made.
        """
        account = account_sid or (leg.account_sid if leg is not None else "")
        token = auth_token_of(self.sandbox, account)
        sender = sender_for(self.sandbox)
        started = time.monotonic()
        with self.clock.busy():
            request = asyncio.ensure_future(
                sender.send(
                    url, params, auth_token=token, method=method, idempotency_token=idempotency
                )
            )
            result = await asyncio.shield(request)
        ms = round((time.monotonic() - started) * 1000, 1)
        if leg is not None:
            leg.last_webhook = leg.log(
                "webhook",
                purpose=purpose,
                method=result.method,
                url=result.url,
                status_code=result.status,
                error=result.error,
                ms=ms,
                params=dict(params),
            )
        self.sandbox.events.emit(
            "webhook.request",
            purpose=purpose,
            params=dict(params),
            sid=leg.sid if leg is not None else resource_sid,
            account_sid=account,
            **{**result.event(), "ms": ms},
        )
        if not result.ok:
            text = f"HTTP retrieval failure: {result.describe()}"
            if purpose.endswith("callback"):
                level = "warning"
            if leg is not None:
                self.problem(leg, result.error_code or 11200, text, result, level=level)
            else:
                log_problem(
                    self.sandbox,
                    account,
                    result.error_code or 11200,
                    text,
                    level=level,
                    delivery=result,
                    resource_sid=resource_sid,
                )
        return result

    async def run(self, leg: Leg, source: Source, *, allowed: Verbs | None = None) -> str:
        """Run TwiML from ``source`` on ``leg`` until none is left (a wait music, a whisper):
        ``"ended"``, ``"hangup"`` or ``"failed"`` (see :func:`.program.run`)."""
        return await run(leg, source, allowed=allowed)

    async def fetch(self, leg: Leg, source: Source) -> Document | None:
        """One document (after the fallback if need be); None: the caller heard the error."""
        return await fetch(leg, source)

    async def execute(self, leg: Leg, doc: Document, allowed: Verbs | None = None) -> Outcome:
        """Run a document fetched once on one leg of several (an announcement)."""
        return await execute(leg, doc, allowed)

    async def media_seconds(self, leg: Leg, url: str) -> float | None:
        """How long a file ``<Play>`` names plays (fetched once when on this machine)."""
        if url in self._media:
            return self._media[url]
        seconds: float | None = None
        if _is_local(url):
            from .media import probe_duration

            token = auth_token_of(self.sandbox, leg.account_sid)
            with self.clock.busy():
                result = await asyncio.shield(
                    asyncio.ensure_future(
                        sender_for(self.sandbox).send(url, None, auth_token=token, method="GET")
                    )
                )
            if result.ok:
                seconds = probe_duration(result.body, result.content_type)
            else:
                self.problem(
                    leg,
                    result.error_code or 11200,
                    f"<Play> could not fetch {url}",
                    result,
                    level="warning",
                )
        self._media[url] = seconds
        return seconds

    # ------------------------------------------------------------ answering

    def answer(self, leg: Leg) -> None:
        """An inbound leg's TwiML ran its first verb: the call is answered."""
        if leg.status != "ringing" or leg.direction != "inbound":
            return
        leg.set_status("in-progress")
        decided = leg.record_future("answer")
        if not decided.done():
            decided.set_result("answered")

    def reject(self, leg: Leg, reason: str) -> None:
        """``<Reject>``: refuse a ringing inbound call (busy or no-answer, never billed)."""
        if leg.status != "ringing":
            leg.hang_up("twiml")
            return
        status = "busy" if reason == "busy" else "no-answer"
        leg.final_status = status
        decided = leg.record_future("answer")
        if not decided.done():
            decided.set_result(status)
        leg.hang_up("reject")

    # ------------------------------------------------------------ outbound

    def place(self, record: dict[str, Any]) -> None:
        """Start a call the REST API created (``status`` queued)."""
        self.start(self._outbound(record))

    async def _outbound(self, record: dict[str, Any]) -> None:
        leg = Leg(self, record, NOBODY)
        self.legs[leg.sid] = leg
        try:
            await self._dial_out(leg)
        finally:
            await self.finish(leg)

    async def _dial_out(self, leg: Leg) -> None:
        record = leg.record
        if record.get("status") == "queued":
            leg.log("status", status="queued")
        leg.set_status("initiated")
        timeout = int(record.get("_timeout") or DEFAULT_TIMEOUT)
        rang, result = await leg.until_ended(self.ring(leg, str(record.get("to") or ""), timeout))
        if not rang or result is None:
            return  # hung up or canceled through the API while it rang
        outcome, far = result
        if far is None:
            leg.final_status = outcome
            return
        leg.far = far
        await self.connect(leg, far)
        if leg.is_final or leg.hanging_up:
            return
        source = self.source_of(record)
        if source is None:
            self.problem(leg, 21205, "The call has no Url, Twiml or Application to run")
            return
        await self.converse(leg, source)

    async def connect(self, leg: Leg, far: Party) -> None:
        """The far end picked up: answer, record, detect a machine, send digits."""
        record = leg.record
        leg.set_status("in-progress")
        far.answered(leg)
        if record.get("_record"):
            start_call_recording(leg)
        detection = str(record.get("_machine_detection") or "")
        if detection and not record.get("_send_digits"):
            await self._detect(leg, far, detection)
        digits = str(record.get("_send_digits") or "")
        if digits:
            await play_digits(leg, digits)

    async def _detect(self, leg: Leg, far: Party, mode: str) -> None:
        """Answering-machine detection: sets ``answered_by`` (posting it when async)."""
        if isinstance(far, Voicemail):
            if mode == "DetectMessageEnd":
                answered_by, took = "machine_end_beep", far.greeting_seconds
            else:
                answered_by, took = "machine_start", _AMD_MACHINE
        elif isinstance(far, Person):
            answered_by, took = "human", _AMD_HUMAN
        else:
            answered_by, took = "unknown", float(leg.record.get("_amd_timeout") or 30)
        record = leg.record
        callback = record.get("_amd_callback")
        if record.get("_amd_async"):
            self.start(self._post_amd(leg, answered_by, took, str(callback or "")))
            return
        await leg.clock.sleep(took)
        record["answered_by"] = answered_by
        self.save(leg)
        leg.log("note", text=f"machine detection: {answered_by} after {took:g} s")

    async def _post_amd(self, leg: Leg, answered_by: str, took: float, url: str) -> None:
        await leg.clock.sleep(took)
        if leg.is_final:
            return
        leg.record["answered_by"] = answered_by
        self.save(leg)
        leg.log("note", text=f"machine detection: {answered_by} after {took:g} s")
        if url:
            params = [
                ("AccountSid", leg.account_sid),
                ("CallSid", leg.sid),
                ("AnsweredBy", answered_by),
                ("MachineDetectionDuration", str(int(took * 1000))),
            ]
            method = str(leg.record.get("_amd_callback_method") or "POST")
            await self.webhook(leg, "amd_status_callback", url, method, params)

    def source_of(self, record: dict[str, Any]) -> Source | None:
        """Where an API call's TwiML comes from: its Url, its Twiml, or its Application."""
        app_sid = record.get("_application_sid")
        if app_sid:
            app = self.store.get(APPLICATIONS, str(app_sid))
            return Source.of(app) if app is not None else None
        if record.get("_url"):
            return Source.of(record, "_")
        if record.get("_twiml"):
            return Source(twiml=str(record["_twiml"]))
        return None

    async def ring(
        self, leg: Leg, to: str, timeout: float, *, from_: str | None = None
    ) -> tuple[str, Party | None]:
        """Ring ``to`` for up to ``timeout`` seconds: ``("answered", far)`` or why not."""
        number = self.owned(to)
        if number is not None:
            return await self._ring_sandbox_number(leg, number, timeout, from_)
        settings = phones.load(self.store, to)
        leg.set_status("ringing")
        if settings.answer == "fail":
            await leg.clock.sleep(_FAIL_SECONDS)
            return "failed", None
        if settings.answer == "busy":
            await leg.clock.sleep(_BUSY_SECONDS)
            return "busy", None
        if settings.answer == "live":
            return await self._ring_live(leg, to, timeout)
        if settings.answer == "no-answer" or settings.ring_seconds > timeout:
            await leg.clock.sleep(timeout)
            return "no-answer", None
        await leg.clock.sleep(settings.ring_seconds)
        if settings.answer == "machine":
            return "answered", Voicemail(to, settings.voicemail_greeting)
        return "answered", Person(to, settings.script)

    async def _ring_live(self, leg: Leg, to: str, timeout: float) -> tuple[str, Party | None]:
        """A live phone rings until someone answers or declines it (in real time)."""
        pickup = leg.record_future("pickup")
        self.sandbox.events.emit(
            "phone.ringing",
            phone=to,
            call_sid=leg.sid,
            account_sid=leg.account_sid,
            **{"from": leg.record.get("from")},
        )
        leg.log("note", text=f"{to} is ringing (live phone)")
        got, decision = await leg.clock.wait_for(asyncio.shield(pickup), timeout, live=True)
        if not got:
            return "no-answer", None
        if decision == "answer":
            return "answered", Person(to, [], live=True)
        return "busy", None

    async def _ring_sandbox_number(
        self, leg: Leg, number: dict[str, Any], timeout: float, from_: str | None
    ) -> tuple[str, Party | None]:
        callee = self.start_inbound(number, from_ or str(leg.record.get("from") or ""), leg)
        leg.far = callee
        leg.set_status("ringing")
        decided = callee.record_future("answer")
        try:
            got, outcome = await leg.clock.wait_for(asyncio.shield(decided), timeout)
        except asyncio.CancelledError:
            callee.final_status = "no-answer"  # the caller gave up while it rang
            callee.hang_up("caller")
            raise
        if not got:
            callee.final_status = "no-answer"
            callee.hang_up("caller")
            leg.log("leg", call_sid=callee.sid, to=callee.record.get("to"), role="callee")
            return "no-answer", None
        leg.log("leg", call_sid=callee.sid, to=callee.record.get("to"), role="callee")
        if outcome == "answered":
            return "answered", callee
        return str(outcome), None

    def owned(self, number: str) -> dict[str, Any] | None:
        """The IncomingPhoneNumber record of a number some sandbox account owns."""
        if not number.startswith("+"):
            return None
        found = self.store.find(INCOMING, phone_number=number)
        return found[0] if found else None

    # ------------------------------------------------------------ inbound

    def call_from_phone(self, phone: str, to: str, party: Party) -> Leg:
        """An outside phone dials ``to``; the number's app answers (or not)."""
        number = self.owned(to)
        if number is None:
            raise SandboxError(
                404, 20404, f"No account in the sandbox owns the number {to}: nothing answers."
            )
        if not (number.get("capabilities") or {}).get("voice", True):
            raise SandboxError(400, 21214, f"The number {to} cannot receive calls.")
        return self.start_inbound(number, phone, party)

    def start_inbound(self, number: dict[str, Any], from_: str, far: Party) -> Leg:
        """A call arrives at a sandbox number: its leg rings and its app is asked."""
        owner = str(number["account_sid"])
        ctx = context_for(self.sandbox, owner)
        record = ctx.new_record(CALLS, path={"AccountSid": owner})
        to = str(number["phone_number"])
        record.update(call_fields(to=to, from_=from_, direction="inbound", status="ringing"))
        record.update(
            {
                "phone_number_sid": number.get("sid"),
                "_number_sid": number.get("sid"),
                "_status_callback": number.get("status_callback") or None,
                "_status_callback_method": number.get("status_callback_method") or "POST",
            }
        )
        app_sid = number.get("voice_application_sid")
        if app_sid:
            app = self.store.get(APPLICATIONS, str(app_sid))
            if app is not None and app.get("status_callback"):
                record["_status_callback"] = app.get("status_callback")
                record["_status_callback_method"] = app.get("status_callback_method") or "POST"
        self.store.put(CALLS, record)
        leg = Leg(self, record, far)
        self.legs[leg.sid] = leg
        leg.log("status", status="ringing")
        self.sandbox.events.emit(
            "call.status",
            sid=leg.sid,
            status="ringing",
            account_sid=owner,
            to=to,
            direction="inbound",
            parent_call_sid=None,
            **{"from": from_},
        )
        self.start(self._inbound(leg, number))
        return leg

    def number_source(self, number: dict[str, Any]) -> Source | None:
        """The voice URL of a number (its application's when it has one)."""
        source: dict[str, Any] = number
        app_sid = number.get("voice_application_sid")
        if app_sid:
            app = self.store.get(APPLICATIONS, str(app_sid))
            if app is not None:
                source = app
        return Source.of(source)

    async def _inbound(self, leg: Leg, number: dict[str, Any]) -> None:
        try:
            source = self.number_source(number)
            if source is None:
                self.problem(
                    leg,
                    11100,
                    f"The number {number.get('phone_number')} has no voice URL or application",
                )
                self.answer(leg)
                await say_text(leg, APPLICATION_ERROR)
                return
            await self.converse(leg, source)
        finally:
            await self.finish(leg)

    # ------------------------------------------------------------ running TwiML

    async def converse(self, leg: Leg, source: Source) -> None:
        """Run the leg's TwiML (following redirects from the API) until it hangs up."""
        limit = int(leg.record.get("_time_limit") or DEFAULT_TIME_LIMIT)
        watchdog = self.start(self._time_limit(leg, limit))
        try:
            while not leg.hanging_up and not leg.is_final:
                program = self.start(run(leg, source))
                leg.program = program
                await asyncio.wait({program})
                if program.cancelled() or not leg.pending_redirect:
                    if leg.pending_redirect is not None and not leg.hanging_up:
                        source, leg.pending_redirect = leg.pending_redirect, None
                        continue
                    if not program.cancelled() and program.exception() is not None:
                        self.problem(leg, 11200, "Internal sandbox error while running TwiML")
                    break
                source, leg.pending_redirect = leg.pending_redirect, None
        finally:
            watchdog.cancel()
            if leg.program is not None and not leg.program.done():
                leg.program.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await leg.program

    async def _time_limit(self, leg: Leg, seconds: int) -> None:
        # A hold wait: when nothing else is left to happen, the limit is reached only once
        # the sandbox has been idle a moment, so a test that acts at once gets to act.
        await leg.pause(seconds, hold=True)
        leg.log("note", text=f"the call reached its time limit of {seconds} s")
        leg.hang_up("time-limit")

    # ------------------------------------------------------------ ending

    async def finish(self, leg: Leg) -> None:
        """End the leg: final status, recordings, far end told, callbacks flushed."""
        if leg.done.done():
            return
        if self.closed:  # the sandbox was reset or is shutting down hard: write nothing
            self.legs.pop(leg.sid, None)
            leg.done.set_result(None)
            return
        try:
            if not leg.ending.done():
                leg.ending.set_result(None)
            leg.hanging_up = True
            for hook in list(leg.on_end):
                with contextlib.suppress(Exception):
                    hook(leg)
            leg.far.hung_up_on(leg)
            leg.unbridge()  # a bridge's other leg goes on (its Dial or Enqueue ends)
            await finish_recordings(leg)
            status = self.final_status(leg)
            decided = leg.record_future("answer")
            if not decided.done():
                decided.set_result(status if status != "completed" else "failed")
            leg.set_status(status)
            await leg.callbacks.flush()
        finally:
            self.legs.pop(leg.sid, None)
            self._last_problem.pop(leg.sid, None)
            self.store.put(
                TRANSCRIPTS, {"sid": leg.sid, "_scope": leg.account_sid, **leg.transcript()}
            )
            if not leg.done.done():
                leg.done.set_result(None)

    def final_status(self, leg: Leg) -> str:
        if leg.final_status:
            return leg.final_status
        if leg.answered_at is not None:
            return "completed"
        if leg.ended_by == "api":
            return "canceled"
        if leg.ended_by == "far" or leg.ended_by == "caller":
            return "no-answer" if leg.direction == "inbound" else "canceled"
        return "failed"

    # ------------------------------------------------------------ control from the API

    def leg(self, sid: str) -> Leg | None:
        return self.legs.get(sid)

    def transcript(self, sid: str) -> dict[str, Any] | None:
        """A call's transcript, live or finished."""
        leg = self.legs.get(sid)
        if leg is not None:
            return leg.transcript()
        record = self.store.get(TRANSCRIPTS, sid)
        if record is None:
            return None
        return {k: v for k, v in record.items() if not k.startswith("_") and k != "sid"}

    # ------------------------------------------------------------ stopping

    async def drain(self, timeout: float = 10.0) -> None:
        """The sandbox is stopping: hang up every call and wait (``timeout`` real seconds at
        most) until each has ended and sent its last status callback."""
        legs = list(self.legs.values())
        for leg in legs:
            if not leg.hanging_up:
                leg.log("note", text="the sandbox is stopping: the call is ended")
                leg.hang_up("shutdown")
        waiting = [leg.done for leg in legs if not leg.done.done()]
        if waiting:
            await asyncio.wait(waiting, timeout=timeout)

    # ------------------------------------------------------------ after a restart

    def resume(self) -> int:
        """Take up calls a previous process left unfinished; returns how many."""
        count = 0
        for record in list(self.store.scan(CALLS)):
            status = str(record.get("status") or "")
            if status in FINAL:
                if record.get("_status_callback") and not record.get("_final_callback_sent"):
                    self.start(self._resend_final(record))
                    count += 1
                continue
            count += 1
            if status in ("queued", "initiated") and record.get("direction") == "outbound-api":
                record["status"] = "queued"
                self.place(record)
            else:
                self.start(self._end_stranded(record))
        return count

    async def _end_stranded(self, record: dict[str, Any]) -> None:
        leg = Leg(self, record, NOBODY)
        self.legs[leg.sid] = leg
        leg.log("note", text="the sandbox restarted during this call; it is ended")
        if record.get("start_time"):
            import email.utils

            started = email.utils.parsedate_to_datetime(str(record["start_time"])).timestamp()
            leg.answered_at = started
            updated = record.get("date_updated") or record["start_time"]
            last = email.utils.parsedate_to_datetime(str(updated)).timestamp()
            leg.created = min(leg.created, started)
            leg.final_status = "completed"
            leg.stopped_at = last
        else:
            leg.final_status = "failed" if record.get("direction") != "inbound" else "no-answer"
        await self.finish(leg)

    async def _resend_final(self, record: dict[str, Any]) -> None:
        leg = Leg(self, record, NOBODY)
        params = status_params(
            record, str(record["status"]), int(record.get("_sequence") or 0), leg.timestamp()
        )
        await self.webhook(
            leg,
            "status_callback",
            str(record["_status_callback"]),
            str(record.get("_status_callback_method") or "POST"),
            params,
            idempotency=f"{leg.sid}-{record['status']}",
        )
        record["_final_callback_sent"] = True
        self.save(leg)

    # ------------------------------------------------------------ texts during a call

    def send_text(
        self, leg: Leg, to: str, from_: str, body: str, callback: str | None
    ) -> tuple[str | None, str, str | None]:
        """``<Sms>``/``<Message>`` in a call: send a text; (sid, status, error)."""
        from ..behaviours._common import MESSAGES
        from ..behaviours.lifecycle import launch, mark_in_flight
        from ..behaviours.messages import new_outbound

        ctx = context_for(self.sandbox, leg.account_sid)
        record = ctx.new_record(MESSAGES, path={"AccountSid": leg.account_sid})
        try:
            new_outbound(
                ctx,
                record,
                to_raw=to,
                from_raw=from_,
                service_sid=None,
                body=body,
                media=[],
                status_callback=callback,
                direction="outbound-reply",
            )
        except SandboxError as exc:
            self.problem(leg, 14101, f"<Sms> refused: {exc.message} (error {exc.code})")
            return None, "failed", exc.message
        self.store.put(MESSAGES, mark_in_flight(record))
        launch(self.sandbox, record)
        leg.log("note", text=f"sent a text {record['sid']} to {record['to']}")
        return str(record["sid"]), "sending", None


def _is_local(url: str) -> bool:
    """Whether ``url`` points at this machine (the only media the sandbox downloads)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _log_failure(task: asyncio.Task[Any]) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.error("sandbox voice task failed", exc_info=exc)
