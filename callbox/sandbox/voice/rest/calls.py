"""``Calls``: Twilio's checks on a new call, placing it, and live control; caller IDs.

* ``POST Calls.json`` checks the call as Twilio does (numbers, magic numbers, URLs, the
  application, ``SendDigits``, ``Timeout``...) and places it (:mod:`..engine`).
* ``POST Calls/{Sid}.json``: ``Url``/``Twiml`` redirect a call in progress at once (else
  21220); ``Status=completed`` hangs up (a call not yet answered ends ``canceled``);
  ``Status=canceled`` cancels a queued or ringing call and, as Twilio documents, does not
  touch one in progress.
* ``DELETE Calls/{Sid}.json`` only once the call is over.
* ``POST OutgoingCallerIds.json`` verifies a caller ID at once (no call to answer).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from ..._hooks import Ctx, HookResult, hook, on_start, on_stop
from ...behaviours import _e164, _magic
from ...behaviours._common import APPLICATIONS, CALLS, INCOMING, OUTGOING_CALLER_IDS
from ...errors import SandboxError
from ..documents import Source
from ..engine import VoiceEngine
from ..legs import FINAL, call_fields

if TYPE_CHECKING:
    from ..._state import SandboxState

__all__ = ["call_settings", "check_numbers", "check_url", "events_of", "flag"]

_EVENTS: Final = ("initiated", "ringing", "answered", "completed")
_DIGITS: Final = frozenset("0123456789ABCD*#wW")
_MAX_TWIML: Final = 4000
_AMD: Final = ("Enable", "DetectMessageEnd")


@on_start
def resume(state: SandboxState) -> None:
    """Take up calls a previous process left unfinished."""
    VoiceEngine.of(state).resume()


@on_stop
async def drain(state: SandboxState) -> None:
    """A clean stop: every call ends now, with its final status callback."""
    await VoiceEngine.of(state).drain()


def _refuse(refusal: _magic.Refusal) -> SandboxError:
    return SandboxError(refusal.status, refusal.code, refusal.message)


def flag(value: object) -> bool:
    """A boolean parameter (true/1)."""
    return value is True or str(value).strip().lower() in ("true", "1")


def check_url(value: object, name: str, code: int = 21205) -> str | None:
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


def events_of(value: object, name: str) -> list[str]:
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
        out["_status_events"] = events_of(
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
            "_record": flag(params.get("Record")),
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
            "_amd_async": flag(params.get("AsyncAmd")),
            "_amd_callback": check_url(
                params.get("AsyncAmdStatusCallback"), "AsyncAmdStatusCallback"
            ),
            "_amd_callback_method": params.get("AsyncAmdStatusCallbackMethod") or "POST",
        }
    )
    return out


@hook(CALLS, "create")
def place(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """``POST Calls.json``: check the call, answer it ``queued``, then place it."""
    assert record is not None
    from_, to = check_numbers(
        ctx, str(params.get("From") or "").strip(), str(params.get("To") or "").strip()
    )
    settings = call_settings(ctx, params)
    record.update(settings)
    record.update(call_fields(to=to, from_=from_, direction="outbound-api", status="queued"))
    record["queue_time"] = "0"
    ctx.events.emit("call.status", sid=record["sid"], status="queued", account_sid=ctx.scope)
    sandbox = ctx.sandbox
    ctx.after_commit(lambda: VoiceEngine.of(sandbox).place(record))
    return record


@hook(CALLS, "update")
def control(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
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
def forget(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """A call can be deleted once it is over."""
    assert record is not None
    if str(record.get("status") or "") not in FINAL:
        raise SandboxError(400, 21220, "Call is not completed. Cannot delete a call in progress.")
    return None


# ---------------------------------------------------------------- caller IDs


@hook(OUTGOING_CALLER_IDS, "create")
def verify_caller_id(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
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
