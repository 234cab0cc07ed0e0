"""Verify v2: the two-factor flow, with real codes sent to the sandbox's outside phones.

* **Services** get Twilio's defaults (``code_length`` 6, ``dtmf_input_required`` true, the
  other switches false); ``CodeLength`` outside 4 to 10 is 60200.
* **Verifications** (``POST Services/{sid}/Verifications``, ``To`` and ``Channel``) make a
  code of the service's ``code_length`` digits (or take ``CustomCode`` when the service has
  ``custom_code_enabled``; otherwise 60204) and send it:

  - ``sms`` (and ``auto``): a text "Your <service> verification code is: 123456" from the
    sandbox's Verify sender :data:`VERIFY_SENDER`, which lands in the phone's inbox
    (``sb.phone(n).wait_for_message()``).  Like Twilio's own, these texts are not among the
    account's Messages;
  - ``call``: a call from :data:`VERIFY_SENDER` whose voice says the code twice, after the
    person presses a key when the service has ``dtmf_input_required`` (Twilio's default);
    the call's transcript shows what was said;
  - ``whatsapp``: 68008 unless the service has a WhatsApp sender (``Whatsapp.From``); then a
    ``whatsapp:`` text from it;
  - ``email``: 60217 (no email integration can be configured); ``sna``: 60204.

  Starting a verification again for the same ``To`` while one is pending resends the same
  code (same SID, one more ``send_code_attempts`` entry, possibly on another channel); the
  sixth send is 60203 (HTTP 429).  ``To`` must be a valid phone number (60200); with
  ``skip_sms_to_landlines`` an SMS to a landline is 60205.
* **VerificationCheck** (``Code`` with ``To`` or ``VerificationSid``): the right code →
  ``approved``/``valid`` true; a wrong one → ``pending``/``valid`` false; after five checks
  the next is 60202 (HTTP 429), and a new verification for that ``To`` too until it expires.
* **Expiry**: ten minutes after it was started a verification is ``expired``.  Approved,
  canceled, expired and exhausted verifications are gone as on Twilio: fetching, updating or
  checking them is 404 (20404).  ``POST Verifications/{Sid}`` with ``Status`` ``canceled`` or
  ``approved`` ends a pending one.
* A verification may only use a service of the acting account (a subaccount gets 404 for its
  parent's service, as for any record of the newer APIs).

Expiry reads the *Verify clock*: real time plus an offset that
``POST /_sandbox/verify/clock`` (``Advance`` seconds; ``sb.advance_verify_clock(600)``)
moves forward, so a test sees a code expire without waiting ten minutes.  A reset puts the
offset back to zero.
"""

from __future__ import annotations

import hmac
import json
import secrets
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qs

from .._hooks import Ctx, HookResult, hook, route
from ..errors import SandboxError
from . import _e164
from ._common import API_VERSION, CALLS, MESSAGES, context_for, iso8601
from ._segments import count_segments
from .lifecycle import launch, mark_in_flight
from .lookups import facts, line_type_intelligence

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from .._state import SandboxState

__all__ = [
    "CODE_TTL",
    "MAX_CHECKS",
    "MAX_SENDS",
    "VERIFY_SENDER",
    "advance_clock",
    "clock_offset",
    "now",
]

SERVICES: Final = "verify.v2.services"
VERIFICATIONS: Final = "verify.v2.services.verifications"
CHECKS: Final = "verify.v2.services.verification_checks"

#: The number Verify's texts and calls come from in the sandbox.
VERIFY_SENDER: Final = "+18885550100"
#: Seconds a verification lives (Twilio: 10 minutes).
CODE_TTL: Final = 600.0
#: Checks and sends one verification allows (Twilio: 5 each).
MAX_CHECKS: Final = 5
MAX_SENDS: Final = 5

_CHANNELS: Final = ("sms", "call", "email", "whatsapp", "sna", "auto")
_LIVE: Final = frozenset({"pending", "max_attempts_reached"})
_OFFSET: Final = "verify_clock_offset"
#: Records Verify makes for its own texts and calls live apart from the account's lists.
_HIDDEN: Final = "verify:"
_SERVICE_DEFAULTS: Final = {
    "code_length": 6,
    "lookup_enabled": False,
    "psd2_enabled": False,
    "skip_sms_to_landlines": False,
    "dtmf_input_required": True,
    "do_not_share_warning_enabled": False,
    "custom_code_enabled": False,
    "verify_event_subscription_enabled": False,
}


# ---------------------------------------------------------------- the Verify clock


def clock_offset(sandbox: SandboxState) -> float:
    """Seconds the Verify clock runs ahead of real time."""
    return float(sandbox.extras.get(_OFFSET, 0.0))


def now(sandbox: SandboxState) -> float:
    """The Verify clock: epoch seconds, real time plus the offset."""
    return time.time() + clock_offset(sandbox)


def advance_clock(sandbox: SandboxState, seconds: float) -> float:
    """Move the Verify clock forward; returns the new offset."""
    if not 0 <= seconds <= 366 * 86400:  # NaN fails too
        raise SandboxError(400, 20001, "Advance must be between 0 and 31622400 seconds")
    offset = clock_offset(sandbox) + seconds
    sandbox.extras[_OFFSET] = offset
    sandbox.events.emit("verify.clock", offset=offset)
    return offset


def _invalid(name: str, value: object = None) -> SandboxError:
    shown = "" if value is None else f": {str(value)[:80]}"
    return SandboxError(400, 60200, f"Invalid parameter `{name}`{shown}")


def _gone(path: str) -> SandboxError:
    return SandboxError(404, 20404, f"The requested resource {path} was not found")


# ---------------------------------------------------------------- services


def _check_service_params(params: dict[str, Any], record: dict[str, Any]) -> None:
    length = params.get("CodeLength")
    if length is not None and not 4 <= int(length) <= 10:
        raise _invalid("CodeLength", length)
    sender, via = params.get("Whatsapp.From"), params.get("Whatsapp.MsgServiceSid")
    if sender or via:
        found = record.get("whatsapp")
        current: dict[str, Any] = found if isinstance(found, dict) else {}
        record["whatsapp"] = {
            "msg_service_sid": via or current.get("msg_service_sid"),
            "from": sender or current.get("from"),
        }


@hook(SERVICES, "create")
def new_service(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Twilio's defaults; ``CodeLength`` 4 to 10."""
    assert record is not None
    _check_service_params(params, record)
    for name, value in _SERVICE_DEFAULTS.items():
        if record.get(name) is None:
            record[name] = value
    return record


@hook(SERVICES, "update")
def change_service(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    _check_service_params(params, record)
    return record


def _service(ctx: Ctx, tail: str) -> dict[str, Any]:
    """The path's service, if it belongs to the acting account (else 404)."""
    sid = str(ctx.path.get("ServiceSid") or "")
    found = ctx.store.get(SERVICES, sid)
    if found is None or found.get("_scope") != ctx.scope:
        raise _gone(f"/Services/{sid}/{tail}")
    return found


# ---------------------------------------------------------------- verifications


def _alive(ctx: Ctx, record: dict[str, Any] | None) -> bool:
    """Whether a verification still exists; one past its time is marked expired."""
    if record is None or record.get("_scope") != ctx.scope:
        return False
    if record.get("status") not in _LIVE:
        return False
    if now(ctx.sandbox) >= float(record.get("_expires_at") or 0):
        record["status"] = "expired"
        record["date_updated"] = iso8601()
        ctx.store.put(VERIFICATIONS, record)
        ctx.events.emit("verify.status", sid=record["sid"], status="expired")
        return False
    return True


def _live_for(ctx: Ctx, service_sid: str, to: str) -> dict[str, Any] | None:
    records: list[dict[str, Any]] = ctx.store.find(VERIFICATIONS, service_sid=service_sid, to=to)
    for found in records[::-1]:
        if _alive(ctx, found):
            return found
    return None


def _new_code(length: int) -> str:
    return "".join(str(secrets.randbelow(10)) for _ in range(length))


def _lookup(ctx: Ctx, to: str) -> dict[str, Any]:
    info = facts(to)
    if not info.valid:
        return {"carrier": None}
    line = line_type_intelligence(ctx.store, info)
    kind = {"nonFixedVoip": "voip", "fixedVoip": "voip"}.get(str(line["type"]), line["type"])
    return {
        "carrier": {
            "error_code": line["error_code"],
            "name": line["carrier_name"],
            "mobile_country_code": line["mobile_country_code"],
            "mobile_network_code": line["mobile_network_code"],
            "type": kind,
        }
    }


@hook(VERIFICATIONS, "create")
def start(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Start (or resend) a verification and send its code."""
    assert record is not None
    service = _service(ctx, "Verifications")
    channel = str(params.get("Channel") or "").strip().lower()
    if channel not in _CHANNELS:
        raise _invalid("Channel", channel)
    channel = "sms" if channel == "auto" else channel
    to_raw = str(params.get("To") or "").strip()
    if channel == "email":
        if "@" not in to_raw:
            raise _invalid("To", to_raw)
        raise SandboxError(400, 60217, "Add an email integration before using the Email channel.")
    if channel == "sna":
        raise SandboxError(400, 60204, "Service does not support this feature")
    whatsapp = service.get("whatsapp") if isinstance(service.get("whatsapp"), dict) else {}
    if channel == "whatsapp" and not (whatsapp or {}).get("from"):
        raise SandboxError(400, 68008, "Verify WhatsApp channel not configured.")
    to = _e164.normalize(_e164.split_channel(to_raw)[1])
    if to is None or ":" in to:
        raise _invalid("To", to_raw)
    custom = params.get("CustomCode")
    if custom is not None:
        if not service.get("custom_code_enabled"):
            raise SandboxError(400, 60204, "Service does not support this feature")
        custom = str(custom).strip()
        if not (4 <= len(custom) <= 10 and custom.isascii() and custom.isalnum()):
            raise _invalid("CustomCode")
    if channel == "sms" and service.get("skip_sms_to_landlines") and facts(to).number_type == 0:
        raise SandboxError(400, 60205, "SMS is not supported by landline phone number")
    existing = _live_for(ctx, str(service["sid"]), to)
    if existing is not None:
        if existing.get("status") == "max_attempts_reached":
            raise SandboxError(429, 60202, "Max check attempts reached")
        if len(existing.get("send_code_attempts") or []) >= MAX_SENDS:
            raise SandboxError(429, 60203, "Max send attempts reached")
        verification = existing
        if custom:
            verification["_code"] = custom
    else:
        verification = record
        length = int(service.get("code_length") or 6)
        verification.update(
            {
                "service_sid": service["sid"],
                "to": to,
                "status": "pending",
                "valid": False,
                "lookup": _lookup(ctx, to),
                "send_code_attempts": [],
                "sna": None,
                "_code": custom or _new_code(length),
                "_checks": 0,
                "_expires_at": now(ctx.sandbox) + CODE_TTL,
            }
        )
    verification["channel"] = channel
    verification["amount"] = params.get("Amount") or verification.get("amount")
    verification["payee"] = params.get("Payee") or verification.get("payee")
    verification["date_updated"] = iso8601()
    attempts = list(verification.get("send_code_attempts") or [])
    attempts.append(
        {"attempt_sid": "VL" + secrets.token_hex(16), "channel": channel, "time": iso8601()}
    )
    verification["send_code_attempts"] = attempts
    snapshot = dict(verification)
    sandbox = ctx.sandbox
    ctx.after_commit(lambda: _deliver(sandbox, snapshot, service))
    ctx.events.emit(
        "verify.status",
        sid=verification["sid"],
        status="pending",
        account_sid=ctx.scope,
        to=to,
        channel=channel,
    )
    return verification


@hook(VERIFICATIONS, "fetch")
def fetch(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Only a verification that is still pending exists."""
    assert record is not None
    if not _alive(ctx, record) or record.get("status") != "pending":
        raise _gone(f"/Services/{ctx.path.get('ServiceSid')}/Verifications/{record['sid']}")
    return record


@hook(VERIFICATIONS, "update")
def finish(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """``Status=canceled`` or ``approved`` ends a pending verification."""
    assert record is not None
    stored = ctx.store.get(VERIFICATIONS, str(record["sid"]))
    if not _alive(ctx, stored) or stored is None or stored.get("status") != "pending":
        raise _gone(f"/Services/{ctx.path.get('ServiceSid')}/Verifications/{record['sid']}")
    status = str(params.get("Status") or "")
    record["status"] = status
    record["valid"] = status == "approved"
    ctx.events.emit("verify.status", sid=record["sid"], status=status, account_sid=ctx.scope)
    return record


@hook(CHECKS, "create")
def check(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Compare a code with the pending verification's."""
    assert record is not None
    service = _service(ctx, "VerificationCheck")
    gone = _gone(f"/Services/{service['sid']}/VerificationCheck")
    to_raw, sid = params.get("To"), params.get("VerificationSid")
    if not to_raw and not sid:
        raise _invalid("To")
    code = str(params.get("Code") or "").strip()
    if not 4 <= len(code) <= 10:
        raise _invalid("Code")
    if sid:
        verification = ctx.store.get(VERIFICATIONS, str(sid))
        if verification is not None and verification.get("service_sid") != service["sid"]:
            verification = None
        if not _alive(ctx, verification):
            raise gone
    else:
        to = _e164.normalize(_e164.split_channel(str(to_raw).strip())[1])
        if to is None:
            raise _invalid("To", to_raw)
        verification = _live_for(ctx, str(service["sid"]), to)
    if verification is None:
        raise gone
    checks = int(verification.get("_checks") or 0)
    if checks >= MAX_CHECKS or verification.get("status") == "max_attempts_reached":
        if verification.get("status") != "max_attempts_reached":
            verification["status"] = "max_attempts_reached"
            ctx.store.put(VERIFICATIONS, verification)
        raise SandboxError(429, 60202, "Max check attempts reached")
    verification["_checks"] = checks + 1
    right = hmac.compare_digest(code.encode(), str(verification.get("_code") or "").encode())
    if right:
        verification["status"] = "approved"
        verification["valid"] = True
    verification["date_updated"] = iso8601()
    ctx.store.put(VERIFICATIONS, verification)
    ctx.events.emit(
        "verify.check",
        sid=verification["sid"],
        status=verification["status"],
        valid=right,
        account_sid=ctx.scope,
    )
    record.update(
        {
            key: verification.get(key)
            for key in (
                "sid",
                "service_sid",
                "account_sid",
                "to",
                "channel",
                "status",
                "valid",
                "amount",
                "payee",
                "date_created",
                "date_updated",
            )
        }
    )
    record["sna_attempts_error_codes"] = []
    return record


# ---------------------------------------------------------------- sending the code


def _text(service: dict[str, Any], code: str) -> str:
    name = str(service.get("friendly_name") or "").strip()
    text = (
        f"Your {name} verification code is: {code}"
        if name
        else f"Your verification code is: {code}"
    )
    if service.get("do_not_share_warning_enabled"):
        text += ". Don't share this code with anyone; our employees will never ask for the code."
    return text


def _hide(record: dict[str, Any], account_sid: str) -> None:
    record["_scope"] = record["_parent"] = _HIDDEN + account_sid


def _deliver(sandbox: SandboxState, verification: dict[str, Any], service: dict[str, Any]) -> None:
    channel = str(verification["channel"])
    if channel == "call":
        sid = _place_call(sandbox, verification, service)
        kind = "call_sid"
    else:
        sid = _send_text(sandbox, verification, service)
        kind = "message_sid"
    sandbox.events.emit(
        "verify.sent",
        sid=verification["sid"],
        service_sid=verification["service_sid"],
        account_sid=verification["account_sid"],
        to=verification["to"],
        channel=channel,
        **{kind: sid},
    )


def _send_text(sandbox: SandboxState, verification: dict[str, Any], service: dict[str, Any]) -> str:
    account_sid = str(verification["account_sid"])
    ctx = context_for(sandbox, account_sid)
    body = _text(service, str(verification["_code"]))
    to, sender = str(verification["to"]), VERIFY_SENDER
    if verification["channel"] == "whatsapp":
        to, sender = f"whatsapp:{to}", f"whatsapp:{service['whatsapp']['from']}"
    message = ctx.new_record(MESSAGES, path={"AccountSid": account_sid})
    message.update(
        {
            "to": to,
            "from": sender,
            "body": body,
            "num_segments": str(count_segments(body).segments),
            "num_media": "0",
            "direction": "outbound-api",
            "status": "queued",
            "messaging_service_sid": None,
            "price": None,
            "price_unit": "USD",
            "error_code": None,
            "error_message": None,
            "api_version": API_VERSION,
            "date_sent": None,
            "_media_urls": [],
            "_status_callback": None,
        }
    )
    _hide(message, account_sid)
    sandbox.store.put(MESSAGES, mark_in_flight(message))
    launch(sandbox, message)
    return str(message["sid"])


def _spoken(service: dict[str, Any], code: str) -> str:
    name = str(service.get("friendly_name") or "").strip()
    digits = ", ".join(code)
    return f"Your {name} verification code is: {digits}." if name else f"Your code is: {digits}."


def _code_twiml(service: dict[str, Any], code: str) -> str:
    from callbox.twiml import VoiceResponse

    response = VoiceResponse()
    response.say(_spoken(service, code))
    response.pause(length=1)
    again = _spoken(service, code)
    response.say("Once again, " + again[0].lower() + again[1:])
    return str(response)


def _place_call(
    sandbox: SandboxState, verification: dict[str, Any], service: dict[str, Any]
) -> str:
    from callbox.twiml import VoiceResponse

    from ..voice.engine import VoiceEngine
    from ..voice.legs import call_fields

    account_sid = str(verification["account_sid"])
    if service.get("dtmf_input_required"):
        token = secrets.token_hex(16)
        stored = sandbox.store.get(VERIFICATIONS, str(verification["sid"]))
        if stored is not None:
            stored["_voice_token"] = token
            sandbox.store.put(VERIFICATIONS, stored)
        response = VoiceResponse()
        name = str(service.get("friendly_name") or "").strip()
        with response.gather(
            num_digits=1, timeout=10, action=f"{sandbox.base_url}/_sandbox/verify/voice/{token}"
        ) as gather:
            gather.say(f"Thank you for using {name}. Press any key to hear your code.")
        response.say("Goodbye.")
        twiml = str(response)
    else:
        twiml = _code_twiml(service, str(verification["_code"]))
    ctx = context_for(sandbox, account_sid)
    call = ctx.new_record(CALLS, path={"AccountSid": account_sid})
    call.update(
        call_fields(
            to=str(verification["to"]),
            from_=VERIFY_SENDER,
            direction="outbound-api",
            status="queued",
        )
    )
    call.update({"queue_time": "0", "_twiml": twiml, "_status_events": ["completed"]})
    _hide(call, account_sid)
    sandbox.store.put(CALLS, call)
    VoiceEngine.of(sandbox).place(call)
    return str(call["sid"])


# ---------------------------------------------------------------- control routes


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


@route("/_sandbox/verify/voice/{token}", methods=("GET", "POST"))
async def voice_code(request: Request) -> Response:
    """The TwiML a Verify call runs once the person pressed a key: the code, twice."""
    from starlette.responses import Response

    from callbox.twiml import VoiceResponse

    state = _state(request)
    token = str(request.path_params.get("token") or "")
    found = state.store.find(VERIFICATIONS, _voice_token=token) if len(token) == 32 else []
    verification = found[0] if found else None
    if verification is None or verification.get("status") != "pending":
        response = VoiceResponse()
        response.say("This verification is no longer valid. Goodbye.")
        return Response(str(response), media_type="text/xml")
    service = state.store.get(SERVICES, str(verification.get("service_sid"))) or {}
    return Response(_code_twiml(service, str(verification["_code"])), media_type="text/xml")


@route("/_sandbox/verify/clock", methods=("GET", "POST"))
async def verify_clock(request: Request) -> Response:
    """Read the Verify clock, or move it forward (``Advance`` seconds); main account only."""
    from .._accounts import authenticate

    state = _state(request)
    try:
        account = authenticate(state, request.headers.get("authorization"))
        if account["sid"] != state.main_account_sid:
            raise SandboxError(
                403, 20003, "The control API needs the sandbox's main account credentials"
            )
        if request.method == "POST":
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > 4096:
                    raise SandboxError(413, 20001, "Request body too large (limit 4096 bytes)")
            form = parse_qs(body.decode("utf-8", "replace"))
            form.update(parse_qs(request.url.query))
            raw = (form.get("Advance") or [""])[-1].strip()
            try:
                seconds = float(raw)
            except ValueError:
                raise SandboxError(400, 20001, "Advance must be a number of seconds") from None
            advance_clock(state, seconds)
    except SandboxError as err:
        return _json(err.status, err.to_json())
    when = datetime.fromtimestamp(now(state), timezone.utc)
    return _json(200, {"offset": clock_offset(state), "now": iso8601(when)})


def _json(status: int, body: dict[str, Any]) -> Response:
    from starlette.responses import Response

    return Response(json.dumps(body), status_code=status, media_type="application/json")
