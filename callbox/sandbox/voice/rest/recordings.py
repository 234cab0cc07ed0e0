"""``Recordings``: deleting them everywhere they are listed, and recording a live call."""

from __future__ import annotations

from typing import Any

from ..._hooks import Ctx, hook
from ...behaviours._common import CALLS
from ...errors import SandboxError, not_found
from ..engine import VoiceEngine
from ..recordings import CALL_RECORDINGS, RECORDINGS, Recorder, delete_everywhere
from .calls import check_url

__all__: list[str] = []


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
