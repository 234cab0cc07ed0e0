"""Calls and caller IDs: Twilio's checks on ``POST Calls.json`` and ``OutgoingCallerIds``.

``To`` must be a valid number or a ``client:``/``sip:`` address (else 21217).  ``From`` must
be a number the account owns, a verified outgoing caller ID, or the magic +15005550006
(else 21210; not a number at all: 21212).  The magic numbers of :mod:`._magic` behave as
documented.  A call needs ``Url``, ``Twiml`` or ``ApplicationSid`` (21205).  The call is
answered ``queued``; the sandbox does not place it.  A caller ID validation request
verifies the number at once.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .._hooks import Ctx, hook
from ..errors import SandboxError
from . import _e164, _magic
from ._common import API_VERSION, CALLS, INCOMING, OUTGOING_CALLER_IDS

__all__: list[str] = []


def _refuse(refusal: _magic.Refusal) -> SandboxError:
    return SandboxError(refusal.status, refusal.code, refusal.message)


@hook(CALLS, "create")
def place(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> Any:
    """Check the numbers of a new call and answer it queued."""
    assert record is not None
    from_raw = str(params.get("From") or "").strip()
    to_raw = str(params.get("To") or "").strip()
    refusal = _magic.call_from(from_raw)
    if refusal is not None:
        raise _refuse(refusal)
    if from_raw != _magic.MAGIC_SUCCESS:
        number = _e164.normalize(from_raw)
        if number is None:
            if from_raw.lower().startswith(("client:", "sip:")):
                number = from_raw
            else:
                raise SandboxError(
                    400,
                    21212,
                    f"The 'From' number {from_raw} is not a valid phone number, shortcode, "
                    "or alphanumeric sender ID.",
                )
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
        to = to_raw
    else:
        normalized = _e164.normalize(to_raw, _e164.country_of(from_raw))
        if normalized is None:
            raise SandboxError(400, 21217, "Phone number does not appear to be valid")
        to = normalized
    if not (params.get("Url") or params.get("Twiml") or params.get("ApplicationSid")):
        raise SandboxError(400, 21205, "Url, Twiml or ApplicationSid is required to place a call.")
    record.update(
        {
            "to": to,
            "to_formatted": to,
            "from": from_raw,
            "from_formatted": from_raw,
            "status": "queued",
            "direction": "outbound-api",
            "api_version": API_VERSION,
            "price_unit": "USD",
        }
    )
    ctx.events.emit("call.status", sid=record["sid"], status="queued", account_sid=ctx.scope)
    return record


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
