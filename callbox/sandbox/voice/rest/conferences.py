"""``Conferences`` and ``Participants``: ending a conference, dialing people in, muting,
holding, announcing and kicking them.

A participant path takes a call SID or the participant's label, and a conference's
friendly name stands for its SID (both as on Twilio).
"""

from __future__ import annotations

from typing import Any

from ....twiml import VoiceResponse
from ..._hooks import Ctx, alias, hook
from ..._records import default_record, resource_by_name
from ...behaviours._common import CALLS
from ...errors import not_found
from ..conferences import CONFERENCES, PARTICIPANTS, Room, find_member, find_room, room_for
from ..documents import Source
from ..engine import VoiceEngine
from .calls import check_numbers, check_url, events_of, flag

__all__: list[str] = []


def _room_of(ctx: Ctx) -> Room | None:
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
            "_status_events": events_of(params.get("StatusCallbackEvent"), "StatusCallbackEvent")
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
    return "true" if flag(value) else "false"


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
