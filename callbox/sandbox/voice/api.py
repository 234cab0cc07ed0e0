"""The REST side of voice: what Calls, Conferences, Participants, Queues, Members and
Recordings requests do beyond storing a record.

* ``POST Calls.json`` checks the call as Twilio does (numbers, magic numbers, URLs, the
  application, ``SendDigits``, ``Timeout``...) and places it (:mod:`.engine`).
* ``POST Calls/{Sid}.json``: ``Url``/``Twiml`` redirect a call in progress at once (else
  21220); ``Status=completed`` hangs up (a call not yet answered ends ``canceled``);
  ``Status=canceled`` cancels a queued or ringing call and, as Twilio documents, does not
  touch one in progress.
* Participants: ``create`` dials someone into a conference; ``update`` mutes, holds,
  announces; ``delete`` kicks.  ``Conferences/{Sid}`` ``Status=completed`` ends one.
* Members: ``update`` with ``Url`` dequeues a caller (``Front`` is the first in line).
* ``Calls/{Sid}/Recordings`` ``create`` starts recording a call in progress.
"""

from __future__ import annotations

import hashlib
from typing import Any, Final
from urllib.parse import urlsplit

from .._hooks import Ctx, alias, hook, on_start
from ..behaviours import _e164, _magic
from ..behaviours._common import APPLICATIONS, CALLS, INCOMING, OUTGOING_CALLER_IDS
from ..errors import SandboxError, not_found
from .conferences import CONFERENCES, PARTICIPANTS, find_member, find_room, room_for
from .documents import Source
from .engine import VoiceEngine
from .legs import FINAL
from .queues import DEFAULT_MAX_SIZE, LARGEST_MAX_SIZE, MEMBERS, QUEUES, line_for, redirect_member
from .recordings import CALL_RECORDINGS, RECORDINGS, delete_everywhere

__all__ = ["check_numbers"]

_EVENTS: Final = ("initiated", "ringing", "answered", "completed")
_DIGITS: Final = frozenset("0123456789ABCD*#wW")
_MAX_TWIML: Final = 4000
_AMD: Final = ("Enable", "DetectMessageEnd")


@on_start
def resume(state: Any) -> None:
    """Take up calls a previous process left unfinished."""
    VoiceEngine.of(state).resume()


def _refuse(refusal: _magic.Refusal) -> SandboxError:
    return SandboxError(refusal.status, refusal.code, refusal.message)


def _flag(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1")


def check_url(value: Any, name: str, code: int = 21205) -> str | None:
    """An http(s) URL parameter, or None when absent; anything else is refused."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SandboxError(400, code, f"{name} is not a valid URL: {text[:200]}")
    return text


def check_numbers(ctx: Ctx, from_raw: str, to_raw: str) -> tuple[str, str]:
    """``From`` and ``To`` of a new call, in E.164 (or client:/sip:), as Twilio checks them."""
    refusal = _magic.call_from(from_raw)
    if refusal is not None:
        raise _refuse(refusal)
    if from_raw != _magic.MAGIC_SUCCESS:
        number = _e164.normalize(from_raw)
        if number is None:
            if not from_raw.lower().startswith(("client:", "sip:")):
                raise SandboxError(
                    400,
                    21212,
                    f"The 'From' number {from_raw} is not a valid phone number, shortcode, "
                    "or alphanumeric sender ID.",
                )
            number = from_raw
        owned = [
            r
            for r in ctx.store.find(INCOMING, phone_number=number)
            if r.get("account_sid") == ctx.scope
        ]
        verified = ctx.store.find(OUTGOING_CALLER_IDS, phone_number=number, account_sid=ctx.scope)
        if not owned and not verified and not number.lower().startswith(("client:", "sip:")):
            raise SandboxError(
                400,
                21210,
                f"The source phone number provided, {number}, is not yet verified for your "
                "account. You may only make calls from phone numbers that you've verified "
                "or purchased from Twilio.",
            )
        from_raw = number
    refusal = _magic.call_to(to_raw)
    if refusal is not None:
        raise _refuse(refusal)
    if to_raw.lower().startswith(("client:", "sip:")):
        return from_raw, to_raw
    normalized = _e164.normalize(to_raw, _e164.country_of(from_raw))
    if normalized is None:
        raise SandboxError(400, 21217, "Phone number does not appear to be valid")
    return from_raw, normalized


def _events(value: Any, name: str) -> list[str]:
    raw = value if isinstance(value, list) else [value] if value else []
    events: list[str] = []
    for item in raw:
        for word in str(item).replace(",", " ").split():
            word = word.strip().lower()
            if word not in _EVENTS:
                raise SandboxError(
                    400,
                    20001,
                    f"Invalid {name} value {word!r}; expected any of: {', '.join(_EVENTS)}",
                )
            if word not in events:
                events.append(word)
    return events


def call_settings(ctx: Ctx, params: dict[str, Any]) -> dict[str, Any]:
    """The ``_`` fields a new call keeps from its request (checked)."""
    out: dict[str, Any] = {}
    app_sid = params.get("ApplicationSid")
    if app_sid:
        app = ctx.store.get(APPLICATIONS, str(app_sid))
        if app is None or app.get("account_sid") != ctx.scope:
            raise SandboxError(400, 21218, f"Invalid ApplicationSid: {str(app_sid)[:40]}")
        out["_application_sid"] = str(app_sid)
        out["_status_callback"] = app.get("status_callback") or None
        out["_status_callback_method"] = app.get("status_callback_method") or "POST"
        out["_status_events"] = ["completed"]
    else:
        url = check_url(params.get("Url"), "Url")
        twiml = params.get("Twiml")
        if not url and not twiml:
            raise SandboxError(
                400, 21205, "Url, Twiml or ApplicationSid is required to place a call."
            )
        if twiml and not url and len(str(twiml)) > _MAX_TWIML:
            raise SandboxError(400, 21205, f"Twiml is longer than {_MAX_TWIML} characters")
        out["_url"] = url
        out["_twiml"] = None if url else str(twiml)
        out["_method"] = params.get("Method") or "POST"
        out["_fallback_url"] = check_url(params.get("FallbackUrl"), "FallbackUrl")
        out["_fallback_method"] = params.get("FallbackMethod") or "POST"
        out["_status_callback"] = check_url(params.get("StatusCallback"), "StatusCallback")
        out["_status_callback_method"] = params.get("StatusCallbackMethod") or "POST"
        out["_status_events"] = _events(
            params.get("StatusCallbackEvent"), "StatusCallbackEvent"
        ) or ["completed"]
    digits = str(params.get("SendDigits") or "")
    if digits and (len(digits) > 32 or set(digits) - _DIGITS):
        raise SandboxError(
            400, 21206, f"SendDigits must be at most 32 of 0-9, A-D, *, #, w, W: {digits[:40]!r}"
        )
    timeout = params.get("Timeout")
    if timeout is not None and int(timeout) < 1:
        raise SandboxError(
            400, 21208, f"Timeout must be a positive whole number of seconds, not {timeout}"
        )
    limit = params.get("TimeLimit")
    if limit is not None and not 1 <= int(limit) <= 86400:
        raise SandboxError(400, 20001, "TimeLimit must be between 1 and 86400 seconds")
    detection = params.get("MachineDetection")
    if detection and str(detection) not in _AMD:
        raise SandboxError(
            400, 20001, f"MachineDetection must be one of {', '.join(_AMD)}, not {detection!r}"
        )
    channels = str(params.get("RecordingChannels") or "mono").lower()
    if channels not in ("mono", "dual"):
        raise SandboxError(400, 20001, f"RecordingChannels must be mono or dual, not {channels!r}")
    out.update(
        {
            "_send_digits": digits or None,
            "_timeout": min(int(timeout), 600) if timeout is not None else None,
            "_time_limit": int(limit) if limit is not None else None,
            "_caller_id": params.get("CallerId") or None,
            "_record": _flag(params.get("Record")),
            "_recording_channels": channels,
            "_recording_callback": check_url(
                params.get("RecordingStatusCallback"), "RecordingStatusCallback"
            ),
            "_recording_events": [
                e.lower() for e in (params.get("RecordingStatusCallbackEvent") or ["completed"])
            ],
            "_recording_callback_method": params.get("RecordingStatusCallbackMethod") or "POST",
            "_trim": params.get("Trim") or "trim-silence",
            "_machine_detection": str(detection) if detection else None,
            "_amd_timeout": params.get("MachineDetectionTimeout") or 30,
            "_amd_async": _flag(params.get("AsyncAmd")),
            "_amd_callback": check_url(
                params.get("AsyncAmdStatusCallback"), "AsyncAmdStatusCallback"
            ),
            "_amd_callback_method": params.get("AsyncAmdStatusCallbackMethod") or "POST",
        }
    )
    return out


@hook(CALLS, "create")
def place(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """``POST Calls.json``: check the call, answer it ``queued``, then place it."""
    assert record is not None
    from_, to = check_numbers(
        ctx, str(params.get("From") or "").strip(), str(params.get("To") or "").strip()
    )
    settings = call_settings(ctx, params)
    record.update(settings)
    record.update(
        {
            "to": to,
            "to_formatted": to,
            "from": from_,
            "from_formatted": from_,
            "status": "queued",
            "direction": "outbound-api",
            "api_version": "2010-04-01",
            "price_unit": "USD",
            "queue_time": "0",
            "start_time": None,
            "end_time": None,
            "duration": None,
            "price": None,
        }
    )
    ctx.events.emit("call.status", sid=record["sid"], status="queued", account_sid=ctx.scope)
    sandbox = ctx.sandbox
    ctx.after_commit(lambda: VoiceEngine.of(sandbox).place(record))
    return record


@hook(CALLS, "update")
def control(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """``POST Calls/{Sid}.json``: redirect, hang up or cancel a call."""
    assert record is not None
    engine = VoiceEngine.of(ctx.sandbox)
    sid = str(record["sid"])
    leg = engine.leg(sid)
    stored = dict(leg.record) if leg is not None else (ctx.store.get(CALLS, sid) or record)
    current = str(stored.get("status") or "")
    redirect = params.get("Url") or params.get("Twiml")
    status = params.get("Status")
    if redirect:
        if leg is None or current != "in-progress" or leg.hanging_up:
            raise SandboxError(400, 21220, "Call is not in-progress. Cannot redirect.")
        url = check_url(params.get("Url"), "Url")
        source = Source(
            url=url,
            twiml=None if url else str(params["Twiml"]),
            method=str(params.get("Method") or "POST"),
            fallback_url=check_url(params.get("FallbackUrl"), "FallbackUrl"),
            fallback_method=str(params.get("FallbackMethod") or "POST"),
            purpose="redirect",
        )
        leg.log("note", text="redirected through the REST API")
        leg.redirect(source)
    if params.get("StatusCallback") and leg is not None:
        leg.record["_status_callback"] = check_url(params["StatusCallback"], "StatusCallback")
        leg.record["_status_callback_method"] = params.get("StatusCallbackMethod") or "POST"
    if params.get("TimeLimit") and leg is not None:
        leg.record["_time_limit"] = int(params["TimeLimit"])
    ending = None
    if leg is not None and current not in FINAL and not leg.hanging_up:
        if status == "completed":
            ending = "completed" if current == "in-progress" else "canceled"
        elif status == "canceled" and current in ("queued", "initiated", "ringing"):
            ending = "canceled"
        if ending is not None:
            leg.log("note", text=f"{status} through the REST API")
            if ending == "canceled":
                leg.final_status = "canceled"
            leg.ended_by = "api"
            leg.hang_up("api")
    shown = dict(leg.record) if leg is not None else dict(stored)
    if ending is not None:
        shown["status"] = ending
        if ending == "completed" and leg is not None:
            shown["duration"] = str(leg.talk_seconds)
    shown["date_updated"] = record.get("date_updated")
    return shown


@hook(CALLS, "delete")
def forget(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """A call can be deleted once it is over."""
    assert record is not None
    if str(record.get("status") or "") not in FINAL:
        raise SandboxError(400, 21220, "Call is not completed. Cannot delete a call in progress.")
    return None


# ---------------------------------------------------------------- recordings


@hook(RECORDINGS, "delete")
def delete_recording(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    delete_everywhere(ctx.store, str(record["sid"]))
    return None


@hook(CALL_RECORDINGS, "delete")
def delete_call_recording(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    delete_everywhere(ctx.store, str(record["sid"]))
    return None


@hook(CALL_RECORDINGS, "create")
def start_recording(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """``POST Calls/{Sid}/Recordings.json``: record a call in progress from now on."""
    assert record is not None
    from .recordings import Recorder

    call_sid = ctx.path.get("CallSid", "")
    call = ctx.store.get(CALLS, call_sid)
    if call is None or call.get("account_sid") != ctx.scope:
        raise not_found(f"/2010-04-01/Accounts/{ctx.scope}/Calls/{call_sid}/Recordings.json")
    leg = VoiceEngine.of(ctx.sandbox).leg(call_sid)
    if leg is None or leg.status != "in-progress":
        raise SandboxError(400, 21220, "Call is not in-progress. Cannot record.")
    recorder = Recorder(
        leg,
        source="StartCallRecordingAPI",
        dual=str(params.get("RecordingChannels") or "mono").lower() == "dual",
        trim=str(params.get("Trim") or "do-not-trim") != "do-not-trim",
        callback=check_url(params.get("RecordingStatusCallback"), "RecordingStatusCallback"),
        callback_events=tuple(
            e.lower() for e in (params.get("RecordingStatusCallbackEvent") or ["completed"])
        ),
        callback_method=str(params.get("RecordingStatusCallbackMethod") or "POST"),
    )
    recorder.sid = str(record["sid"])
    recorder.attach(leg)
    record.update(
        status="in-progress",
        call_sid=call_sid,
        channels=2 if recorder.dual else 1,
        source="StartCallRecordingAPI",
        start_time=recorder.start_time,
        duration="-1",
    )
    record["_live"] = True
    return record


# ---------------------------------------------------------------- conferences


def _room_of(ctx: Ctx) -> Any:
    engine = VoiceEngine.of(ctx.sandbox)
    return find_room(engine, ctx.scope, ctx.path.get("ConferenceSid", ""))


@hook(CONFERENCES, "update")
def update_conference(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """``Status=completed`` ends the conference; ``AnnounceUrl`` plays to everyone in it."""
    assert record is not None
    room = _room_of(ctx)
    if room is None:
        return record
    engine = room.engine
    if params.get("AnnounceUrl"):
        room.announce(
            Source(
                url=check_url(params["AnnounceUrl"], "AnnounceUrl"),
                method=str(params.get("AnnounceMethod") or "POST"),
                purpose="announce_url",
            )
        )
    if params.get("Status") == "completed":
        engine.start(room.end("conference-ended-via-api"))
        shown = dict(room.record)
        shown.update(status="completed", reason_conference_ended="conference-ended-via-api")
        return shown
    return dict(room.record)


@hook(PARTICIPANTS, "create")
def add_participant(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """Dial someone into a conference: a new call whose TwiML joins the room."""
    assert record is not None
    from ...twiml import VoiceResponse
    from .._records import default_record, resource_by_name

    engine = VoiceEngine.of(ctx.sandbox)
    target = ctx.path.get("ConferenceSid", "")
    room = find_room(engine, ctx.scope, target)
    if room is None:
        if target.startswith("CF") and len(target) == 34:
            raise not_found(
                f"/2010-04-01/Accounts/{ctx.scope}/Conferences/{target}/Participants.json"
            )
        room = room_for(engine, ctx.scope, target)
    from_, to = check_numbers(
        ctx, str(params.get("From") or "").strip(), str(params.get("To") or "").strip()
    )
    response = VoiceResponse()
    dial = response.dial()
    options: dict[str, Any] = {
        "muted": _bool(params.get("Muted")),
        "beep": params.get("Beep"),
        "start_conference_on_enter": _bool(params.get("StartConferenceOnEnter")),
        "end_conference_on_exit": _bool(params.get("EndConferenceOnExit")),
        "wait_url": check_url(params.get("WaitUrl"), "WaitUrl"),
        "wait_method": params.get("WaitMethod"),
        "max_participants": params.get("MaxParticipants"),
        "status_callback": check_url(
            params.get("ConferenceStatusCallback"), "ConferenceStatusCallback"
        ),
        "status_callback_method": params.get("ConferenceStatusCallbackMethod"),
        "status_callback_event": " ".join(params.get("ConferenceStatusCallbackEvent") or [])
        or ("start end" if params.get("ConferenceStatusCallback") else None),
        "record": params.get("ConferenceRecord")
        if params.get("ConferenceRecord") not in ("true", "false")
        else ("record-from-start" if params.get("ConferenceRecord") == "true" else None),
        "participant_label": params.get("Label"),
    }
    dial.conference(room.name, **{k: v for k, v in options.items() if v is not None})
    call = default_record(
        ctx.sandbox, resource_by_name(CALLS), ctx.scope, {"AccountSid": ctx.scope}, {}
    )
    call.update(
        {
            "to": to,
            "to_formatted": to,
            "from": from_,
            "from_formatted": from_,
            "status": "queued",
            "direction": "outbound-api",
            "api_version": "2010-04-01",
            "price_unit": "USD",
            "_twiml": str(response),
            "_status_callback": check_url(params.get("StatusCallback"), "StatusCallback"),
            "_status_callback_method": params.get("StatusCallbackMethod") or "POST",
            "_status_events": _events(params.get("StatusCallbackEvent"), "StatusCallbackEvent")
            or ["completed"],
            "_timeout": int(params.get("Timeout") or 60),
            "_time_limit": params.get("TimeLimit"),
            "_machine_detection": params.get("MachineDetection"),
            "_conference": room.sid,
        }
    )
    ctx.store.put(CALLS, call)
    record.update(
        call_sid=call["sid"],
        conference_sid=room.sid,
        account_sid=ctx.scope,
        label=params.get("Label"),
        muted=bool(params.get("Muted")),
        hold=False,
        coaching=bool(params.get("Coaching")),
        start_conference_on_enter=params.get("StartConferenceOnEnter", True) is not False,
        end_conference_on_exit=bool(params.get("EndConferenceOnExit")),
        status="queued",
    )
    record["_key"] = call["sid"]
    record["_parent"] = f"{ctx.scope}/{room.sid}"
    record["uri"] = (
        f"/2010-04-01/Accounts/{ctx.scope}/Conferences/{room.sid}/Participants/{call['sid']}.json"
    )
    sandbox = ctx.sandbox
    ctx.after_commit(lambda: VoiceEngine.of(sandbox).place(call))
    return record


def _bool(value: Any) -> str | None:
    if value is None:
        return None
    return "true" if _flag(value) else "false"


@alias(PARTICIPANTS)
def participant_key(ctx: Ctx, key: str) -> str | None:
    """``Participants/{CallSid}`` takes a participant's label too."""
    room = _room_of(ctx)
    if room is None:
        return None
    member = find_member(room, key)
    return member.sid if member is not None else None


@alias(PARTICIPANTS, path="ConferenceSid")
def conference_key(ctx: Ctx, key: str) -> str | None:
    """A conference's friendly name stands for its SID in Participants paths."""
    room = _room_of(ctx)
    return room.sid if room is not None else None


@hook(PARTICIPANTS, "update")
def update_participant(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    room = _room_of(ctx)
    member = find_member(room, str(record.get("call_sid"))) if room is not None else None
    if room is None or member is None:
        raise not_found(
            f"/2010-04-01/Accounts/{ctx.scope}/Conferences/{ctx.path.get('ConferenceSid')}/Participants/{record.get('call_sid')}.json"
        )
    for name in ("HoldUrl", "AnnounceUrl", "WaitUrl"):
        check_url(params.get(name), name)
    room.update(member, params)
    return ctx.store.get(PARTICIPANTS, member.sid, f"{ctx.scope}/{room.sid}") or record


@hook(PARTICIPANTS, "delete")
def kick(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    room = _room_of(ctx)
    member = find_member(room, str(record.get("call_sid"))) if room is not None else None
    if member is not None and not member.left.done():
        member.leg.log("note", text="kicked from the conference through the REST API")
        member.left.set_result("kicked")
    return None


# ---------------------------------------------------------------- queues


@hook(QUEUES, "create")
def new_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    size = params.get("MaxSize")
    if size is not None and not 1 <= int(size) <= LARGEST_MAX_SIZE:
        raise SandboxError(400, 20001, f"MaxSize must be between 1 and {LARGEST_MAX_SIZE}")
    for other in ctx.store.find(QUEUES, friendly_name=params.get("FriendlyName")):
        if other.get("account_sid") == ctx.scope:
            raise SandboxError(
                400, 22003, f"A queue named {params.get('FriendlyName')!r} already exists"
            )
    record.update(max_size=int(size or DEFAULT_MAX_SIZE), current_size=0, average_wait_time=0)
    return record


@hook(QUEUES, "update")
def change_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    size = params.get("MaxSize")
    if size is not None and not 1 <= int(size) <= LARGEST_MAX_SIZE:
        raise SandboxError(400, 20001, f"MaxSize must be between 1 and {LARGEST_MAX_SIZE}")
    return record


@hook(QUEUES, "fetch")
def fresh_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    line = VoiceEngine.of(ctx.sandbox).queues.get(str(record["sid"]))
    if line is not None:
        line.refresh()
        return ctx.store.get(QUEUES, str(record["sid"])) or record
    return record


@hook(QUEUES, "delete")
def drop_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    line = VoiceEngine.of(ctx.sandbox).queues.get(str(record["sid"]))
    if line is not None and line.waiting:
        raise SandboxError(400, 20001, "The queue still has callers waiting in it")
    return None


def _line_of(ctx: Ctx) -> Any:
    engine = VoiceEngine.of(ctx.sandbox)
    record = ctx.store.get(QUEUES, ctx.path.get("QueueSid", ""))
    if record is None or record.get("account_sid") != ctx.scope:
        return None
    return line_for(engine, record)


@alias(MEMBERS)
def member_key(ctx: Ctx, key: str) -> str | None:
    """``Members/Front`` is the caller at the front of the queue."""
    if key != "Front":
        return None
    line = _line_of(ctx)
    if line is None or not line.waiting:
        return None
    return str(line.waiting[0].leg.sid)


@hook(MEMBERS, "fetch")
def fresh_member(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    assert record is not None
    line = _line_of(ctx)
    if line is not None:
        line.refresh()
        return ctx.store.get(MEMBERS, str(record["call_sid"]), f"{ctx.scope}/{line.sid}") or record
    return record


@hook(MEMBERS, "list")
def fresh_members(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    line = _line_of(ctx)
    if line is not None:
        line.refresh()
    return None


@hook(MEMBERS, "update")
def dequeue_member(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """``Url`` (required): the caller leaves the queue and runs that TwiML."""
    assert record is not None
    url = check_url(params.get("Url"), "Url")
    if not url:
        raise SandboxError(400, 21205, "Missing required parameter Url in the post body")
    line = _line_of(ctx)
    waiter = line.find(str(record["call_sid"])) if line is not None else None
    if line is None or waiter is None:
        raise not_found(
            f"/2010-04-01/Accounts/{ctx.scope}/Queues/{ctx.path.get('QueueSid')}/Members/{record.get('call_sid')}.json"
        )
    shown = dict(record)
    redirect_member(
        line,
        waiter,
        Source(url=url, method=str(params.get("Method") or "POST"), purpose="dequeue_url"),
    )
    shown["position"] = 0
    return shown


# ---------------------------------------------------------------- caller IDs


@hook(OUTGOING_CALLER_IDS, "create")
def verify_caller_id(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """A validation request: the sandbox verifies the number at once (no call to answer).

    The answer carries the ``validation_code`` Twilio would read out; the stored caller ID
    may then be used as ``From`` for calls.  Already verified: 21450.
    """
    assert record is not None
    raw = str(params.get("PhoneNumber") or "").strip()
    number = _e164.normalize(raw)
    if number is None or ":" in number:
        raise SandboxError(400, 21211, f"The phone number {raw} is not a valid phone number.")
    if ctx.store.find(OUTGOING_CALLER_IDS, phone_number=number, account_sid=ctx.scope):
        raise SandboxError(400, 21450, "Phone number already validated on your account.")
    digest = hashlib.sha256(f"{ctx.scope}{number}".encode()).hexdigest()
    record["phone_number"] = number
    record["friendly_name"] = params.get("FriendlyName") or number
    record["validation_code"] = str(int(digest[:8], 16) % 900000 + 100000)
    record["call_sid"] = "CA" + digest[:32]
    ctx.events.emit("caller_id.verified", account_sid=ctx.scope, phone_number=number)
    return record
