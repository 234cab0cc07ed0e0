"""Shared by the behaviour modules: resource names, dates, settings, logging problems."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlencode, urljoin

from .._records import rfc2822 as format_rfc2822

if TYPE_CHECKING:
    from .._delivery import Delivery, WebhookSender
    from .._hooks import Ctx
    from .._state import SandboxState

__all__ = [
    "ACCOUNTS",
    "ALERTS",
    "APPLICATIONS",
    "CALLS",
    "CALL_NOTIFICATIONS",
    "INCOMING",
    "MESSAGES",
    "NOTIFICATIONS",
    "SERVICES",
    "SERVICE_NUMBERS",
    "SHORT_CODES",
    "account_record",
    "auth_token_of",
    "context_for",
    "log_failed_callback",
    "log_problem",
    "resolve_url",
    "rfc2822",
    "sender_for",
    "step_delay",
]

ACCOUNTS: Final = "api.v2010.accounts"
INCOMING: Final = "api.v2010.accounts.incoming_phone_numbers"
MESSAGES: Final = "api.v2010.accounts.messages"
MEDIA: Final = "api.v2010.accounts.messages.media"
CALLS: Final = "api.v2010.accounts.calls"
APPLICATIONS: Final = "api.v2010.accounts.applications"
SHORT_CODES: Final = "api.v2010.accounts.short_codes"
OUTGOING_CALLER_IDS: Final = "api.v2010.accounts.outgoing_caller_ids"
NOTIFICATIONS: Final = "api.v2010.accounts.notifications"
CALL_NOTIFICATIONS: Final = "api.v2010.accounts.calls.notifications"
ALERTS: Final = "monitor.v1.alerts"
SERVICES: Final = "messaging.v1.services"
SERVICE_NUMBERS: Final = "messaging.v1.services.phone_numbers"
SERVICE_SHORT_CODES: Final = "messaging.v1.services.short_codes"

#: The sandbox's own records of recipients who texted STOP (never rendered by the API).
OPT_OUTS: Final = "_sandbox.opt_outs"

#: Outside phones switched off (messages to them end undelivered, 30003).
PHONES_OFF: Final = "_sandbox.phones_off"

API_VERSION: Final = "2010-04-01"

#: Seconds between two status changes of a message unless the sandbox says otherwise
#: (``sandbox.message_step_delay``, set by ``--step-delay`` / ``Sandbox(step_delay=...)``,
#: else ``CALLBOX_SANDBOX_STEP_DELAY``).
DEFAULT_STEP_DELAY: Final = 0.05


def step_delay(sandbox: SandboxState) -> float:
    """The pause between two status changes (0 in tests makes progress immediate)."""
    value: float | str | None = sandbox.message_step_delay
    if value is None:
        value = os.environ.get("CALLBOX_SANDBOX_STEP_DELAY")
    try:
        return max(0.0, float(value)) if value is not None else DEFAULT_STEP_DELAY
    except ValueError:
        return DEFAULT_STEP_DELAY


def rfc2822(when: datetime | None = None) -> str:
    """A date as the 2010 API writes it: ``Mon, 23 Nov 2026 01:32:01 +0000``."""
    return format_rfc2822(when or datetime.now(timezone.utc))


def iso8601(when: datetime | None = None) -> str:
    """A date as the newer APIs write it: ``2026-11-23T01:32:01Z``."""
    moment = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def account_record(sandbox: SandboxState, account_sid: str) -> dict[str, Any] | None:
    """The stored account, or None."""
    record: dict[str, Any] | None = sandbox.store.get(ACCOUNTS, account_sid)
    return record


def auth_token_of(
    sandbox: SandboxState, account_sid: str, fallback: dict[str, Any] | None = None
) -> str:
    """The auth token that signs webhooks for an account."""
    record = account_record(sandbox, account_sid) or fallback or {}
    return str(record.get("auth_token") or record.get("_auth_token") or "")


def context_for(
    sandbox: SandboxState, account_sid: str, fallback: dict[str, Any] | None = None
) -> Ctx:
    """A hook context acting as ``account_sid`` (for work done outside a request)."""
    from .._hooks import Ctx

    account = account_record(sandbox, account_sid) or fallback or {"sid": account_sid}
    return Ctx(sandbox, account, account_sid)


def sender_for(sandbox: SandboxState) -> WebhookSender:
    """The sandbox's webhook sender, made on first use (kept in ``sandbox.extras``)."""
    own: WebhookSender | None = sandbox.extras.get("webhook_sender")
    if own is None:
        from .._delivery import WebhookSender

        own = sandbox.extras["webhook_sender"] = WebhookSender()
        # Background tasks are cancelled when the server stops: this one then
        # closes the sender's pooled connections.
        sandbox.spawn(_close_on_shutdown(own))
    return own


async def _close_on_shutdown(sender: WebhookSender) -> None:
    import asyncio

    try:
        await asyncio.Event().wait()
    finally:
        await sender.close()


def resolve_url(url: str, base: str | None) -> str:
    """A TwiML URL made absolute against the URL whose answer contained it."""
    url = url.strip()
    if base and not url.lower().startswith(("http://", "https://")):
        return urljoin(base, url)
    return url


def log_problem(
    sandbox: SandboxState,
    account_sid: str,
    code: int,
    text: str,
    *,
    level: str = "error",
    delivery: Delivery | None = None,
    resource_sid: str | None = None,
    service_sid: str | None = None,
    call_sid: str | None = None,
) -> None:
    """Record a problem as Twilio does: a Notification and a Monitor alert, plus an event.

    A problem with a call (``call_sid``) is listed under the call's Notifications too.
    """
    ctx = context_for(sandbox, account_sid)
    more_info = f"https://www.twilio.com/docs/errors/{code}"
    request_url = delivery.url if delivery else None
    method = delivery.method if delivery else None
    variables = urlencode(delivery.params) if delivery else None
    body = delivery.text[:4096] if delivery else None
    headers = urlencode(sorted(delivery.headers.items())) if delivery and delivery.headers else None
    message_text = urlencode({"Msg": text, "sourceComponent": "14100", "ErrorCode": str(code)})
    log = "0" if level == "error" else "1"
    try:
        note = ctx.new_record(
            NOTIFICATIONS,
            error_code=str(code),
            log=log,
            message_text=message_text,
            more_info=more_info,
            request_method=method,
            request_url=request_url,
            request_variables=variables,
            response_body=body,
            response_headers=headers,
            message_date=rfc2822(),
            api_version=API_VERSION,
            call_sid=call_sid,
        )
        sandbox.store.put(NOTIFICATIONS, note)
        if call_sid:
            copy = ctx.new_record(
                CALL_NOTIFICATIONS,
                path={"AccountSid": account_sid, "CallSid": call_sid},
                **{
                    k: v
                    for k, v in note.items()
                    if not k.startswith("_") and k not in ("sid", "uri")
                },
            )
            copy["sid"] = copy["_key"] = note["sid"]
            copy["uri"] = (
                f"/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Notifications/{note['sid']}.json"
            )
            sandbox.store.put(CALL_NOTIFICATIONS, copy)
        alert = ctx.new_record(
            ALERTS,
            path={},
            error_code=str(code),
            log_level=level,
            alert_text=message_text,
            more_info=more_info,
            request_method=method,
            request_url=request_url,
            request_variables=variables,
            response_body=body,
            response_headers=headers,
            resource_sid=resource_sid,
            service_sid=service_sid,
            date_generated=iso8601(),
            api_version=API_VERSION,
        )
        alert["account_sid"] = account_sid
        sandbox.store.put(ALERTS, alert)
    finally:
        sandbox.events.emit(
            "debugger.alert",
            account_sid=account_sid,
            error_code=code,
            level=level,
            text=text,
            url=request_url,
            resource_sid=resource_sid,
        )


def log_failed_callback(
    sandbox: SandboxState, account_sid: str, result: Delivery, resource_sid: str
) -> None:
    """A status callback that got no good answer, logged as Twilio logs it: a warning with
    the delivery's error code (11200 when it names none)."""
    log_problem(
        sandbox,
        account_sid,
        result.error_code or 11200,
        f"HTTP retrieval failure: {result.describe()}",
        level="warning",
        delivery=result,
        resource_sid=resource_sid,
    )
