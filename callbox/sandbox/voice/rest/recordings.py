"""``Recordings``: their audio, deleting them everywhere they are listed, and recording a
live call.

``GET /2010-04-01/Accounts/{AC}/Recordings/{RE}`` (no extension, or ``.wav``) is the
recording's audio as WAV, ``.mp3`` as MP3 (with the ``mp3`` extra); ``.json`` is the
resource.  Like Twilio's, media URLs answer without credentials by default, but refuse
wrong ones.
"""

from __future__ import annotations

from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ..._access import check_reach
from ..._accounts import authenticate
from ..._hooks import Ctx, HookResult, hook, route
from ..._http import api_endpoint, error_response
from ...behaviours._common import CALLS
from ...errors import SandboxError, not_found
from .. import media
from ..engine import VoiceEngine
from ..recordings import (
    CALL_RECORDINGS,
    RECORDINGS,
    Recorder,
    delete_everywhere,
    list_started,
    recipe_from_json,
)
from .calls import check_url

__all__: list[str] = []


@hook(RECORDINGS, "delete")
def delete_recording(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    delete_everywhere(ctx.store, str(record["sid"]))
    return None


@hook(CALL_RECORDINGS, "delete")
def delete_call_recording(
    ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None
) -> HookResult:
    assert record is not None
    delete_everywhere(ctx.store, str(record["sid"]))
    return None


_TRACKS: Final = {"inbound": ("in",), "outbound": ("out",), "both": ("in", "out")}


def _choice(params: dict[str, Any], name: str, default: str, allowed: tuple[str, ...]) -> str:
    value = str(params.get(name) or default).strip().lower()
    if value not in allowed:
        raise SandboxError(
            400, 20001, f"{name} must be one of {', '.join(allowed)}, not {value[:40]!r}"
        )
    return value


@hook(CALL_RECORDINGS, "create")
def start_recording(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """``POST Calls/{Sid}/Recordings.json``: record a call in progress from now on."""
    assert record is not None
    call_sid = ctx.path.get("CallSid", "")
    call = ctx.store.get(CALLS, call_sid)
    if call is None or call.get("account_sid") != ctx.scope:
        raise not_found(f"/2010-04-01/Accounts/{ctx.scope}/Calls/{call_sid}/Recordings.json")
    channels = _choice(params, "RecordingChannels", "mono", ("mono", "dual"))
    track = _choice(params, "RecordingTrack", "both", tuple(_TRACKS))
    trim = _choice(params, "Trim", "do-not-trim", ("trim-silence", "do-not-trim"))
    callback = check_url(params.get("RecordingStatusCallback"), "RecordingStatusCallback")
    leg = VoiceEngine.of(ctx.sandbox).leg(call_sid)
    if leg is None or leg.status != "in-progress" or leg.hanging_up:
        raise SandboxError(400, 21220, "Call is not in-progress. Cannot record.")
    recorder = Recorder(
        leg,
        source="StartCallRecordingAPI",
        dual=channels == "dual",
        directions=_TRACKS[track],
        trim=trim == "trim-silence",
        callback=callback,
        callback_events=tuple(params.get("RecordingStatusCallbackEvent") or ()),
        callback_method=str(params.get("RecordingStatusCallbackMethod") or "POST"),
    )
    recorder.sid = str(record["sid"])
    recorder.track = track
    record.update(
        status="in-progress",
        call_sid=call_sid,
        channels=2 if recorder.dual else 1,
        source="StartCallRecordingAPI",
        start_time=recorder.start_time,
        duration="-1",
        track=track,
        price_unit="USD",
    )
    list_started(leg, recorder)
    recorder.attach(leg)
    return record


# ---------------------------------------------------------------- media

_TYPES: Final = {"": "audio/x-wav", ".wav": "audio/x-wav", ".mp3": "audio/mpeg"}


@route("/api/2010-04-01/Accounts/{account}/Recordings/{name}", ("GET", "HEAD"))
async def recording_media(request: Request) -> Response:
    name = request.path_params["name"]
    if name.endswith(".json"):
        return await api_endpoint(request)
    try:
        return _media(request, name)
    except SandboxError as err:
        return error_response(err)


def _media(request: Request, name: str) -> Response:
    state = request.app.state.sandbox
    account_sid = request.path_params["account"]
    sid, dot, ext = name.partition(".")
    kind = f".{ext.lower()}" if dot else ""
    if kind not in _TYPES:
        raise not_found(request.url.path)
    if request.headers.get("authorization"):
        account = authenticate(state, request.headers.get("authorization"))
        check_reach(state, account, account_sid)
    record = state.store.get(RECORDINGS, sid)
    if record is None or record.get("account_sid") != account_sid:
        raise not_found(request.url.path)
    if record.get("status") != "completed" or record.get("_recipe") is None:
        raise SandboxError(
            404,
            20404,
            f"The recording {sid} is {record.get('status') or 'not ready'}: its media is "
            "there once it is completed",
        )
    seconds = int(record.get("duration") or 0)
    # Exactly the whole seconds the resource reports, whatever the recipe's rounding.
    channels = [media.fit(c, seconds) for c in recipe_from_json(record.get("_recipe"))]
    headers = {"Cache-Control": "max-age=3600"}
    if kind == ".mp3":
        data = media.render_mp3(channels)
        if data is None:
            raise SandboxError(
                404,
                20404,
                "MP3 recordings need the optional lameenc package: pip install 'callbox[mp3]' "
                "(the .wav form is always there)",
            )
        return Response(
            b"" if request.method == "HEAD" else data,
            media_type="audio/mpeg",
            headers={**headers, "Content-Length": str(len(data))},
        )
    size = media.wav_length(channels)
    headers["Content-Length"] = str(size)
    if request.method == "HEAD":
        return Response(b"", media_type="audio/x-wav", headers=headers)
    return StreamingResponse(media.render_wav(channels), media_type="audio/x-wav", headers=headers)
