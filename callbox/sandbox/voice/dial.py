"""``<Dial>``: child legs to numbers, clients and SIP addresses, bridged to the caller.

Each ``<Number>``/``<Client>``/``<Sip>`` noun (or a bare number as the Dial's text) gets a
child leg (``outbound-dial``, ``parent_call_sid`` the caller's, ``From`` the ``callerId``:
by default the caller's own number; one the account neither owns nor has verified fails
the Dial with 13214), all ringing at once; the first to answer wins and the others are
canceled.  The winner's ``url`` (a whisper) runs on the child before the two are bridged,
unheard by the caller; when it hangs up (``<Hangup>``) the callee declined and is not put
through (``DialCallStatus=completed``, ``DialBridged=false``).  Once bridged, what each
side says reaches the other until one hangs up, ``timeLimit`` passes or, with
``hangupOnStar``, the caller presses ``*`` (the child ends, the caller's TwiML goes on).

The ``action`` URL then gets ``DialCallStatus``, ``DialCallSid``, ``DialCallDuration`` and
``DialBridged`` (and ``RecordingUrl`` with ``record``: from the answer or from the
ringing, mono or dual, silence kept unless ``trim="trim-silence"``); without one the
caller's TwiML goes on with the next verb.  A caller who hangs up ends the children too
(``canceled`` while they ring); the ``action`` is still requested, and its TwiML ignored.
A REST redirect of the caller ends the children without the action.  ``<Conference>`` and
``<Queue>`` nouns are handed to :mod:`.conferences` and :mod:`.queues`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ..behaviours import _e164
from ..behaviours._common import CALLS, OUTGOING_CALLER_IDS, context_for
from .bridge import DialResult, bridge
from .conferences import join
from .documents import END, Document, Outcome, Source, flag, method_of, number, resolve
from .legs import Leg, call_fields
from .params import call_params
from .parties import NOBODY
from .prompts import play_digits
from .queues import dequeue
from .recordings import Recorder

if TYPE_CHECKING:
    from ...twiml import TwiML

__all__ = ["dial", "start_child"]

_PEOPLE: Final = ("Number", "Client", "Sip")
MAX_TARGETS: Final = 10


@dataclass(frozen=True)
class Target:
    """One party to ring: address and the noun's own settings."""

    to: str
    url: str | None = None
    method: str = "POST"
    send_digits: str = ""
    status_callback: str | None = None
    status_events: tuple[str, ...] = ("completed",)
    status_method: str = "POST"


def _targets(node: TwiML, doc: Document) -> list[Target]:
    found: list[Target] = []
    for noun in node.elements():
        if noun.name not in _PEOPLE:
            continue
        text = " ".join(noun.text.split())
        if noun.name == "Client":
            identity = noun.get("identity") or text
            address = identity if identity.startswith("client:") else f"client:{identity}"
        elif noun.name == "Sip":
            address = text if text.lower().startswith("sip:") else f"sip:{text}"
        else:
            address = text
        events = tuple((noun.get("statusCallbackEvent") or "completed").split())
        found.append(
            Target(
                to=address,
                url=resolve(noun.get("url"), doc),
                method=method_of(noun),
                send_digits=(noun.get("sendDigits") or "").strip(),
                status_callback=resolve(noun.get("statusCallback"), doc),
                status_events=events,
                status_method=method_of(noun, "statusCallbackMethod"),
            )
        )
    if not found and (node.value or "").strip():
        found.append(Target(to=(node.value or "").strip()))
    return found[:MAX_TARGETS]


async def dial(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    """Run a ``<Dial>`` on ``leg``; see the module docs."""
    action = resolve(node.get("action"), doc)
    method = method_of(node)
    nouns = {n.name for n in node.elements()}
    if "Conference" in nouns:
        result = await join(leg, node, doc)
    elif "Queue" in nouns:
        result = await dequeue(leg, node, doc)
    else:
        result = await _call_people(leg, node, doc)
    leg.log("note", text=f"dial ended: {result.status}")
    if result.status == "hangup":
        return END
    if action:
        if leg.hanging_up:
            # The caller is gone: Twilio still tells the action URL how the Dial ended.
            params = [*call_params(leg.record, "completed"), *result.params()]
            await leg.engine.webhook(leg, "dial_action", action, method, params)
            return END
        return Source(url=action, method=method, params=result.params(), purpose="dial_action")
    if leg.hanging_up:
        return END
    return None


def _caller_id(leg: Leg, node: TwiML) -> tuple[str, bool]:
    """The caller ID children show, and whether Twilio would allow it (13214)."""
    record = leg.record
    own = {str(record.get("from") or ""), str(record.get("to") or "")}
    wanted = (node.get("callerId") or "").strip()
    if not wanted:
        return str(record.get("from") or ""), True
    if wanted in own or wanted.startswith(("client:", "sip:")):
        return wanted, True
    normalized = _e164.normalize(wanted)
    if normalized is None:
        return wanted, False
    engine = leg.engine
    owned = engine.owned(normalized)
    if owned is not None and owned.get("account_sid") == leg.account_sid:
        return normalized, True
    verified = engine.store.find(
        OUTGOING_CALLER_IDS, phone_number=normalized, account_sid=leg.account_sid
    )
    return normalized, bool(verified)


async def _call_people(leg: Leg, node: TwiML, doc: Document) -> DialResult:
    engine = leg.engine
    if leg.direction == "outbound-dial":
        # A whisper (``<Number url>``) runs on a dialed leg: it may not dial again.
        engine.problem(leg, 13201, "Dial: Cannot Dial out from a Dial Call Segment")
        return DialResult("failed")
    targets = _targets(node, doc)
    if not targets:
        engine.problem(leg, 13223, "Dial: no number to dial", level="warning")
        return DialResult("failed")
    caller_id, allowed = _caller_id(leg, node)
    if not allowed:
        engine.problem(leg, 13214, f"Dial: Invalid callerId value {caller_id!r}")
        return DialResult("failed")
    valid: list[Target] = []
    for target in targets:
        if target.to.startswith(("client:", "sip:")):
            valid.append(target)
            continue
        normalized = _e164.normalize(target.to, _e164.country_of(caller_id))
        if normalized is None:
            engine.problem(leg, 13224, f"Dial: the number {target.to!r} is invalid")
            continue
        valid.append(Target(normalized, *_rest(target)))
    if not valid:
        return DialResult("failed")
    children = [start_child(leg, t, caller_id) for t in valid]
    # A hang-up lets the Dial end its children and tell its action instead of cancelling
    # it; should the Dial be cancelled all the same (a redirect), its children end too.
    leg.watching_hangup = True
    try:
        return await _connect(leg, node, doc, children, valid)
    finally:
        leg.watching_hangup = False
        for child in children:
            _end_child(child, "caller")


def _end_child(child: Leg, by: str) -> None:
    """Hang a child up: one still ringing ends ``canceled``, an answered one ``completed``."""
    if child.is_final or child.hanging_up:
        return
    if child.answered_at is None:
        child.final_status = child.final_status or "canceled"
    child.hang_up(by)


async def _connect(
    leg: Leg, node: TwiML, doc: Document, children: list[Leg], targets: list[Target]
) -> DialResult:
    """Ring the children, bridge the first to answer with ``leg``; how the Dial ended."""
    engine = leg.engine
    timeout = number(node, "timeout", 30, 5, 600)
    time_limit = number(node, "timeLimit", 14400, 1, 86400)
    hangup_on_star = flag(node, "hangupOnStar", False)
    record_mode = (node.get("record") or "do-not-record").strip().lower()
    if record_mode == "true":
        record_mode = "record-from-answer"
    recorder = None
    if record_mode.startswith("record-from-ringing"):
        recorder = _recorder(leg, node, doc, record_mode)
    winner, outcome, child = await _first_answer(leg, children, targets, timeout)
    if winner is None:
        extra = await _recording(recorder)
        if leg.hanging_up and not _has_action(node):
            return DialResult("hangup")
        duration = _duration(child) if child is not None and child.answered_at else None
        return DialResult(outcome, child, False, duration, extra)
    if recorder is None and record_mode.startswith("record-from-answer"):
        recorder = _recorder(leg, node, doc, record_mode)
    if leg.direction == "inbound":
        engine.answer(leg)  # answerOnBridge: the caller's call is answered only now
    await bridge(leg, winner, time_limit=time_limit, hangup_on_star=hangup_on_star)
    extra = await _recording(recorder)
    if leg.hanging_up and not _has_action(node):
        return DialResult("hangup")
    return DialResult("completed", winner, True, _duration(winner), extra)


def _duration(child: Leg) -> int:
    """The child's call duration, as its Call resource says once it has ended."""
    stored = child.record.get("duration")
    return int(stored) if child.is_final and stored is not None else child.talk_seconds


def _recorder(leg: Leg, node: TwiML, doc: Document, mode: str) -> Recorder:
    """The recorder of a ``<Dial record>``: both parties, on the parent leg (the caller in
    the first channel of a dual recording, the dialed party in the second)."""
    recorder = Recorder(
        leg,
        source="DialVerb",
        dual=mode.endswith("-dual"),
        # Dial recordings keep their silence unless asked (Twilio: ``do-not-trim``).
        trim=(node.get("trim") or "do-not-trim").strip().lower() == "trim-silence",
        callback=resolve(node.get("recordingStatusCallback"), doc),
        callback_events=tuple((node.get("recordingStatusCallbackEvent") or "completed").split()),
        callback_method=method_of(node, "recordingStatusCallbackMethod"),
    )
    recorder.attach(leg)
    return recorder


async def _recording(recorder: Recorder | None) -> list[tuple[str, str]]:
    """Stop the Dial's recorder; the action's parameters about the recording."""
    if recorder is None:
        return []
    recording = await recorder.finish()
    if recording is None:
        return []
    return [
        ("RecordingUrl", recording.url),
        ("RecordingSid", recording.sid),
        ("RecordingDuration", str(recording.duration)),
    ]


def _rest(target: Target) -> tuple[Any, ...]:
    return (
        target.url,
        target.method,
        target.send_digits,
        target.status_callback,
        target.status_events,
        target.status_method,
    )


def _has_action(node: TwiML) -> bool:
    return bool((node.get("action") or "").strip())


def start_child(parent: Leg, target: Target, caller_id: str) -> Leg:
    """A child leg of ``parent`` towards ``target`` (it rings once :func:`_run_child` runs)."""
    engine = parent.engine
    ctx = context_for(engine.sandbox, parent.account_sid)
    record = ctx.new_record(CALLS, path={"AccountSid": parent.account_sid})
    record.update(
        call_fields(to=target.to, from_=caller_id, direction="outbound-dial", status="queued")
    )
    record.update(
        {
            "parent_call_sid": parent.sid,
            "_status_callback": target.status_callback,
            "_status_events": list(target.status_events),
            "_status_callback_method": target.status_method,
        }
    )
    engine.store.put(CALLS, record)
    child = Leg(engine, record, NOBODY)
    engine.legs[child.sid] = child
    parent.log("leg", call_sid=child.sid, to=target.to, role="child")
    child.log("note", text=f"dialed by {parent.sid}")
    return child


async def _ring_child(child: Leg, target: Target, timeout: float) -> None:
    """Ring one child; resolve its ``dial`` future with ``answered`` or why not.

    A child that picks up runs its ``url`` TwiML (a whisper) first; when that hangs up
    (``<Hangup>``, ``<Reject>``, or no TwiML to be had) the child declined the call: its
    future gets ``completed`` and it is not bridged.
    """
    engine = child.engine
    decided = child.record_future("dial")
    child.set_status("initiated")
    ok, rung = await child.until_ended(engine.ring(child, target.to, timeout))
    if not ok or rung is None:
        if not decided.done():
            decided.set_result(child.final_status or "canceled")
        return
    outcome, far = rung
    if far is None:
        child.final_status = outcome
        if not decided.done():
            decided.set_result(outcome)
        return
    child.far = far
    await engine.connect(child, far)
    if target.send_digits and not child.hanging_up:
        await play_digits(child, target.send_digits)
    if target.url and not child.hanging_up:
        whisper = engine.start(
            engine.run(child, Source(url=target.url, method=target.method, purpose="whisper"))
        )
        child.program = whisper
        await asyncio.wait({whisper})
        if not whisper.cancelled() and whisper.exception() is None and whisper.result() != "ended":
            child.log("note", text="the whisper hung up: the call is not put through")
            child.hang_up("twiml")
    if not decided.done():
        decided.set_result("answered" if not child.hanging_up else "completed")


async def _first_answer(
    parent: Leg, children: list[Leg], targets: list[Target], timeout: float
) -> tuple[Leg | None, str, Leg | None]:
    """Ring every child; the first to answer wins, the rest are canceled.

    Returns the winner, or ``(None, status, child)``: the Dial's status when nobody was
    put through, and the child whose outcome that is (answered, then declined in its
    whisper; busy; not answered ...), in that order of preference.
    """
    engine = parent.engine
    for child, target in zip(children, targets, strict=True):
        engine.start(_child_life(child, target, timeout))
    pending = {c.record_future("dial"): c for c in children}
    winner: Leg | None = None
    outcomes: list[tuple[str, Leg]] = []
    while pending and winner is None:
        ok, _ = await parent.until_ended(
            asyncio.wait(set(pending), return_when=asyncio.FIRST_COMPLETED)
        )
        if not ok:
            break
        for future in [f for f in pending if f.done()]:
            child = pending.pop(future)
            outcome = str(future.result())
            if outcome == "answered" and winner is None:
                winner = child
            else:
                outcomes.append((outcome, child))
    for child in children:
        if child is not winner:
            _end_child(child, "api")
    if winner is not None:
        return winner, "answered", None
    if parent.hanging_up and pending:
        return None, "canceled", next(iter(pending.values()))  # the caller gave up
    for preferred in ("completed", "busy", "no-answer", "failed", "canceled"):
        for outcome, child in outcomes:
            if outcome == preferred:
                return None, outcome, child
    return None, "failed", None


async def _child_life(child: Leg, target: Target, timeout: float) -> None:
    engine = child.engine
    try:
        await _ring_child(child, target, timeout)
        if child.record_future("dial").result() == "answered":
            await child.ending
    finally:
        await engine.finish(child)
