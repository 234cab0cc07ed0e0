"""``Conferences`` and ``Participants``: ending a conference, dialing people in, muting,
holding, announcing and kicking them.

A participant path takes a call SID or the participant's label, and in Participants
paths a conference's friendly name stands for its SID (both as on Twilio); creating a
participant in a conference nobody is in yet makes the conference.
"""

from __future__ import annotations

from typing import Any

from ....twiml import VoiceResponse
from ..._hooks import Ctx, HookResult, alias, hook
from ..._records import default_record, resource_by_name
from ...behaviours._common import CALLS
from ...errors import SandboxError, not_found
from ..conferences import (
    CONFERENCES,
    PARTICIPANTS,
    Room,
    find_member,
    find_pending,
    find_room,
    follow_dial_in,
    room_for,
)
from ..documents import Source
from ..engine import VoiceEngine
from ..legs import call_fields
from .calls import check_numbers, check_url, events_of, flag

__all__: list[str] = []

_BEEPS = ("true", "false", "onenter", "onexit")
_CONFERENCE_EVENTS = (
    "start",
    "end",
    "join",
    "leave",
    "mute",
    "hold",
    "modify",
    "speaker",
    "announcement",
)


def _room_of(ctx: Ctx) -> Room | None:
    engine = VoiceEngine.of(ctx.sandbox)
    return find_room(engine, ctx.scope, ctx.path.get("ConferenceSid") or ctx.path.get("Sid", ""))


@hook(CONFERENCES, "update")
def update_conference(
    ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None
) -> HookResult:
    """``Status=completed`` ends the conference; ``AnnounceUrl`` plays to everyone in it."""
    assert record is not None
    room = _room_of(ctx)
    if room is None or room.ended:
        return None
    engine = room.engine
    announce = check_url(params.get("AnnounceUrl"), "AnnounceUrl")
    if announce:
        room.announce(
            Source(
                url=announce,
                method=str(params.get("AnnounceMethod") or "POST"),
                purpose="announce_url",
            )
        )
    if params.get("Status") == "completed":
        engine.start(room.end("conference-ended-via-api"))
        shown = dict(room.record)
        shown.update(
            status="completed",
            reason_conference_ended="conference-ended-via-api",
            call_sid_ending_conference=None,
            date_updated=record.get("date_updated"),
        )
        return shown
    return dict(room.record)


def _conference_events(params: dict[str, Any]) -> str | None:
    raw = params.get("ConferenceStatusCallbackEvent")
    items = raw if isinstance(raw, list) else [raw] if raw else []
    words = [w.lower() for item in items for w in str(item).replace(",", " ").split()]
    for word in words:
        if word not in _CONFERENCE_EVENTS:
            raise SandboxError(
                400,
                20001,
                f"Invalid ConferenceStatusCallbackEvent value {word!r}; expected any of: "
                f"{', '.join(_CONFERENCE_EVENTS)}",
            )
    if words:
        return " ".join(dict.fromkeys(words))
    return "start end" if params.get("ConferenceStatusCallback") else None


def _conference_record(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("true", "record-from-start"):
        return "record-from-start"
    return "do-not-record"


@hook(PARTICIPANTS, "create")
def add_participant(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Dial someone into a conference: a new call whose TwiML joins the room."""
    assert record is not None
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
    label = str(params.get("Label") or "").strip() or None
    if label and (find_member(room, label) or find_pending(room, label)):
        raise SandboxError(
            400, 16025, f"Participant label {label!r} is already in use in this conference"
        )
    beep = params.get("Beep")
    if beep is not None and str(beep).strip().lower() not in _BEEPS:
        raise SandboxError(400, 20001, "Beep must be one of true, false, onEnter, onExit")
    timeout = int(params.get("Timeout") or 60)
    if not 5 <= timeout <= 600:
        raise SandboxError(400, 20001, "Timeout must be between 5 and 600 seconds")
    max_participants = params.get("MaxParticipants")
    if max_participants is not None and not 2 <= int(max_participants) <= 250:
        raise SandboxError(400, 20001, "MaxParticipants must be between 2 and 250")
    response = VoiceResponse()
    dial = response.dial()
    options: dict[str, Any] = {
        "muted": _bool(params.get("Muted")),
        "beep": str(beep) if beep is not None else None,
        "start_conference_on_enter": _bool(params.get("StartConferenceOnEnter")),
        "end_conference_on_exit": _bool(params.get("EndConferenceOnExit")),
        "wait_url": check_url(params.get("WaitUrl"), "WaitUrl"),
        "wait_method": params.get("WaitMethod"),
        "max_participants": max_participants,
        "status_callback": check_url(
            params.get("ConferenceStatusCallback"), "ConferenceStatusCallback"
        ),
        "status_callback_method": params.get("ConferenceStatusCallbackMethod"),
        "status_callback_event": _conference_events(params),
        "record": _conference_record(params.get("ConferenceRecord")),
        "trim": params.get("ConferenceTrim"),
        "recording_status_callback": check_url(
            params.get("ConferenceRecordingStatusCallback"), "ConferenceRecordingStatusCallback"
        ),
        "recording_status_callback_method": params.get("ConferenceRecordingStatusCallbackMethod"),
        "recording_status_callback_event": " ".join(
            params.get("ConferenceRecordingStatusCallbackEvent") or []
        )
        or None,
        "participant_label": label,
        "coach": params.get("CallSidToCoach") if flag(params.get("Coaching")) else None,
    }
    dial.conference(room.name, **{k: v for k, v in options.items() if v is not None})
    call = default_record(
        ctx.sandbox, resource_by_name(CALLS), ctx.scope, {"AccountSid": ctx.scope}, {}
    )
    call.update(call_fields(to=to, from_=from_, direction="outbound-api", status="queued"))
    call.update(
        {
            "queue_time": "0",
            "_twiml": str(response),
            "_status_callback": check_url(params.get("StatusCallback"), "StatusCallback"),
            "_status_callback_method": params.get("StatusCallbackMethod") or "POST",
            "_status_events": events_of(params.get("StatusCallbackEvent"), "StatusCallbackEvent")
            or ["completed"],
            "_timeout": timeout,
            "_time_limit": params.get("TimeLimit"),
            "_machine_detection": params.get("MachineDetection"),
            "_record": flag(params.get("Record")),
        }
    )
    ctx.store.put(CALLS, call)
    ctx.events.emit("call.status", sid=call["sid"], status="queued", account_sid=ctx.scope)
    call_sid = str(call["sid"])
    room.pending[call_sid] = label
    record.update(
        call_sid=call_sid,
        conference_sid=room.sid,
        account_sid=ctx.scope,
        label=label,
        muted=flag(params.get("Muted")),
        hold=False,
        coaching=flag(params.get("Coaching")),
        call_sid_to_coach=params.get("CallSidToCoach") if flag(params.get("Coaching")) else None,
        start_conference_on_enter=params.get("StartConferenceOnEnter") is None
        or flag(params.get("StartConferenceOnEnter")),
        end_conference_on_exit=flag(params.get("EndConferenceOnExit")),
        status="queued",
        queue_time="0",
    )
    record["_key"] = call_sid
    record["_parent"] = f"{ctx.scope}/{room.sid}"
    record["uri"] = (
        f"/2010-04-01/Accounts/{ctx.scope}/Conferences/{room.sid}/Participants/{call_sid}.json"
    )
    sandbox = ctx.sandbox

    def dial_in() -> None:
        voice = VoiceEngine.of(sandbox)
        voice.place(call)
        voice.start(follow_dial_in(room, call_sid))

    ctx.after_commit(dial_in)
    return record


def _bool(value: object) -> str | None:
    if value is None:
        return None
    return "true" if flag(value) else "false"


@alias(PARTICIPANTS)
def participant_key(ctx: Ctx, key: str) -> str | None:
    """``Participants/{CallSid}`` takes a participant's label too."""
    room = _room_of(ctx)
    if room is None:
        return None
    member = find_member(room, key)
    if member is not None:
        return member.sid
    return find_pending(room, key)


@alias(PARTICIPANTS, path="ConferenceSid")
def conference_key(ctx: Ctx, key: str) -> str | None:
    """A conference's friendly name stands for its SID in Participants paths."""
    room = find_room(VoiceEngine.of(ctx.sandbox), ctx.scope, key)
    return room.sid if room is not None else None


def _gone(ctx: Ctx, record: dict[str, Any]) -> SandboxError:
    return not_found(
        f"/2010-04-01/Accounts/{ctx.scope}/Conferences/{ctx.path.get('ConferenceSid')}"
        f"/Participants/{record.get('call_sid')}.json"
    )


@hook(PARTICIPANTS, "update")
def update_participant(
    ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None
) -> HookResult:
    """Mute, hold, announce to, or change a participant (see :meth:`Room.update`)."""
    assert record is not None
    room = _room_of(ctx)
    member = find_member(room, str(record.get("call_sid"))) if room is not None else None
    if room is None or member is None:
        raise _gone(ctx, record)
    for name in ("HoldUrl", "AnnounceUrl", "WaitUrl"):
        check_url(params.get(name), name)
    room.update(member, params)
    return ctx.store.get(PARTICIPANTS, member.sid, f"{ctx.scope}/{room.sid}") or record


@hook(PARTICIPANTS, "delete")
def kick(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Kick a participant: they leave the room and their TwiML goes on after the Dial
    (one still being dialed is hung up)."""
    assert record is not None
    room = _room_of(ctx)
    sid = str(record.get("call_sid"))
    member = find_member(room, sid) if room is not None else None
    if member is not None:
        if not member.left.done():
            member.leg.log("note", text="kicked from the conference through the REST API")
            member.left.set_result("kicked")
        return None
    if room is not None and sid in room.pending:
        leg = VoiceEngine.of(ctx.sandbox).legs.get(sid)
        if leg is not None:
            leg.hang_up("api")
    return None
