"""The control API under ``/_sandbox``: what tests, scripts and the browser phone drive.

Every route but ``/_sandbox/health`` needs the main account's credentials
(HTTP Basic, like the REST API), so the control API is no wider open than the
sandbox's own account.

* ``GET  /_sandbox/health``                    — is it up, which account
* ``POST /_sandbox/reset``                     — forget every record and event (the main account
  and the configuration stay)
* ``GET|POST /_sandbox/settings``              — the configuration (``StepDelay`` seconds)
* ``POST /_sandbox/numbers``                   — seed a phone number (``PhoneNumber``, ``SmsUrl``, ...)
* ``POST /_sandbox/short_codes``               — seed a short code (``ShortCode``, ``SmsUrl``, ...)
* ``GET  /_sandbox/events``                    — the event log (``after``, ``kind``, ``wait`` seconds,
  ``tail``: only the newest N; ``stream=1``: a line of JSON per batch as events happen)
* ``POST /_sandbox/phones/{number}/messages``  — an outside phone texts a sandbox number
* ``GET  /_sandbox/phones/{number}/inbox``     — what the sandbox delivered to an outside phone
* ``GET  /_sandbox/records/{qualified_name}``  — raw records of one resource (debugging)
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from ._access import ACCOUNTS
from ._accounts import KEY_RESOURCES, authenticate
from ._hooks import Ctx
from ._http import error_response, json_response, parse_form, parse_query, read_body
from ._params import parse_params
from ._records import default_record, public, resource_by_name
from ._state import MAX_STEP_DELAY, SandboxState, checked_clock, checked_step_delay
from .errors import SandboxError, bad_request, forbidden

__all__ = ["control_routes", "handled", "main_context", "seed_number", "seed_short_code"]

INCOMING = "api.v2010.accounts.incoming_phone_numbers"
SHORT_CODES = "api.v2010.accounts.short_codes"


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def main_context(request: Request) -> Ctx:
    """The main account's context, or the refusal of a request that is not from it."""
    state = _state(request)
    account = authenticate(state, request.headers.get("authorization"))
    if account["sid"] != state.main_account_sid:
        raise forbidden("The control API needs the sandbox's main account credentials")
    return Ctx(state, account, account["sid"])


async def _form(request: Request) -> dict[str, list[str]]:
    raw = await read_body(request)
    ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if raw and ctype not in ("", "application/x-www-form-urlencoded"):
        raise SandboxError(415, 20001, "Use application/x-www-form-urlencoded")
    form = parse_form(raw)
    for name, values in parse_query(request).items():
        form.setdefault(name, values)
    return form


Endpoint = Callable[[Request], Awaitable[Response]]


def handled(fn: Endpoint) -> Endpoint:
    """An endpoint whose SandboxError becomes Twilio's JSON error answer."""

    @functools.wraps(fn)
    async def endpoint(request: Request) -> Response:
        try:
            result: Response = await fn(request)
            return result
        except SandboxError as err:
            return error_response(err)

    return endpoint


async def health(request: Request) -> Response:
    state = _state(request)
    return json_response(200, {"ok": True, "account_sid": state.main_account_sid})


async def reset(request: Request) -> Response:
    ctx = main_context(request)
    state = ctx.sandbox
    state.cancel_tasks()
    keep = [r for r in state.store.scan(ACCOUNTS) if r.get("sid") == state.main_account_sid]
    state.store.clear()
    for record in keep:
        state.store.put(ACCOUNTS, record)
    state.events.clear()
    state.extras.clear()  # behaviours' scratch space; the configuration is not in it
    state.events.emit("sandbox.reset")
    return json_response(200, {"ok": True})


def _settings_body(state: SandboxState) -> dict[str, Any]:
    try:
        from .behaviours._common import step_delay
    except ModuleNotFoundError:  # no behaviours: no messages move, nothing to pause
        effective = state.message_step_delay
    else:
        effective = step_delay(state)
    return {
        "step_delay": effective,
        "step_delay_configured": state.message_step_delay,
        "clock": state.voice_clock,
    }


async def settings(request: Request) -> Response:
    ctx = main_context(request)
    state = ctx.sandbox
    if request.method == "POST":
        form = await _form(request)
        if "StepDelay" in form:
            raw = form["StepDelay"][-1].strip()
            if not raw:
                state.message_step_delay = None
            else:
                try:
                    state.message_step_delay = checked_step_delay(raw)
                except ValueError:
                    raise bad_request(
                        f"StepDelay must be a number of seconds from 0 to {MAX_STEP_DELAY:g}"
                    ) from None
        if "Clock" in form:
            try:
                state.voice_clock = checked_clock(form["Clock"][-1] or "virtual")
            except ValueError as exc:
                raise bad_request(str(exc)) from None
        state.events.emit(
            "sandbox.settings", step_delay=state.message_step_delay, clock=state.voice_clock
        )
    return json_response(200, _settings_body(state))


def seed_number(ctx: Ctx, params: dict[str, list[str]]) -> dict[str, Any]:
    """Give an account a phone number without buying it (the control API's ``numbers``)."""
    state = ctx.sandbox
    res = resource_by_name(INCOMING)
    account_sid = _seed_owner(ctx, params)
    number = (params.get("PhoneNumber") or [""])[-1].strip()
    if not number:
        raise bad_request("Missing required parameter PhoneNumber in the post body", 21604)
    if not number.startswith("+") or not number[1:].isdigit() or not 8 <= len(number) <= 16:
        raise bad_request(f"PhoneNumber must be E.164 (+14155550100), got {number[:40]!r}", 21211)
    taken = state.store.find(INCOMING, phone_number=number)
    if taken:
        raise SandboxError(400, 21422, f"The number {number} is already in use in the sandbox")
    op = res.list_ops["create"]
    checked = parse_params(op, {}, params, None)
    record = default_record(state, res, account_sid, {"AccountSid": account_sid}, checked)
    record["phone_number"] = number
    if not record.get("friendly_name"):
        record["friendly_name"] = number
    record.setdefault("capabilities", None)
    if not record.get("capabilities"):
        record["capabilities"] = {"voice": True, "sms": True, "mms": True, "fax": False}
    if "status" in res.fields:
        record["status"] = "in-use"
    for name in ("sms_method", "voice_method", "status_callback_method"):
        if name in res.fields and not record.get(name):
            record[name] = "POST"
    state.store.put(INCOMING, record)
    state.events.emit("number.seeded", sid=record["sid"], phone_number=number)
    return public(record)


def _seed_owner(ctx: Ctx, params: dict[str, list[str]]) -> str:
    """The account a seeded number goes to: the main account or one of its subaccounts."""
    state = ctx.sandbox
    account_sid = (params.get("AccountSid") or [ctx.account["sid"]])[-1]
    if account_sid != state.main_account_sid:
        owner = state.store.get(ACCOUNTS, account_sid, "")
        if owner is None or owner.get("owner_account_sid") != state.main_account_sid:
            raise bad_request(f"Unknown AccountSid {account_sid[:40]!r}")
    return account_sid


def seed_short_code(ctx: Ctx, params: dict[str, list[str]]) -> dict[str, Any]:
    """Give an account a short code (Twilio provisions them by hand; there is no API to buy one)."""
    state = ctx.sandbox
    res = resource_by_name(SHORT_CODES)
    account_sid = _seed_owner(ctx, params)
    code = (params.get("ShortCode") or [""])[-1].strip()
    if not code:
        raise bad_request("Missing required parameter ShortCode in the post body", 21604)
    if not (code.isascii() and code.isdigit() and 5 <= len(code) <= 6):
        raise bad_request(f"ShortCode must be 5 or 6 digits, got {code[:40]!r}")
    if state.store.find(SHORT_CODES, short_code=code):
        raise SandboxError(400, 21422, f"The short code {code} is already in use in the sandbox")
    checked = parse_params(res.ops(True)["update"], {}, params, None)
    record = default_record(state, res, account_sid, {"AccountSid": account_sid}, checked)
    record["short_code"] = code
    record["friendly_name"] = record.get("friendly_name") or code
    for name in ("sms_method", "sms_fallback_method"):
        record[name] = str(record.get(name) or "POST").upper()
    state.store.put(SHORT_CODES, record)
    state.events.emit("short_code.seeded", sid=record["sid"], short_code=code)
    return public(record)


async def short_codes(request: Request) -> Response:
    ctx = main_context(request)
    return json_response(201, seed_short_code(ctx, await _form(request)))


async def numbers(request: Request) -> Response:
    ctx = main_context(request)
    return json_response(201, seed_number(ctx, await _form(request)))


async def events(request: Request) -> Response:
    state = _state(request)
    main_context(request)
    query = parse_query(request)

    def number(name: str, default: float) -> float:
        raw = (query.get(name) or [""])[-1]
        if not raw:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise bad_request(f"Invalid {name}") from None
        if not math.isfinite(value) or value < 0:
            raise bad_request(f"Invalid {name}")
        return value

    after = int(number("after", 0))
    wait = min(number("wait", 0), 30.0)
    tail = int(number("tail", 0)) or None
    kinds = query.get("kind")
    kind = kinds[-1] if kinds else None
    if (query.get("stream") or [""])[-1].lower() in ("1", "true"):
        return StreamingResponse(
            _stream(state, after, kind),
            media_type="application/x-ndjson",
            headers={
                "Cache-Control": "no-store",
                "Twilio-Request-Id": "RQ" + secrets.token_hex(16),
            },
        )
    found = state.events.list(after, kind)
    if tail is not None:
        found = found[-tail:]
    if not found and wait > 0:
        # Long poll: sleep until an event arrives (any kind), re-check, until ``wait`` is up.
        loop = asyncio.get_running_loop()
        end = loop.time() + wait
        seen = max(after, state.events.last_seq)
        while not found and not state.events.closed:
            left = end - loop.time()
            if left <= 0:
                break
            await state.events.wait(seen, left)
            seen = state.events.last_seq
            found = state.events.list(after, kind)
    return json_response(200, {"events": found, "last_seq": state.events.last_seq})


#: Seconds between two empty lines of an event stream with nothing to say (keeps it alive).
HEARTBEAT = 15.0


async def _stream(state: SandboxState, after: int, kind: str | None) -> AsyncIterator[bytes]:
    """An event stream: a line ``{"events": [...], "last_seq": N}`` at once (what is already
    there after ``after``), then one as soon as events are logged, an empty one every
    HEARTBEAT seconds; it ends when the client goes away or the server stops."""
    cursor = after
    first = True
    while True:
        found = state.events.list(cursor, kind)
        last = state.events.last_seq
        if found or first:
            first = False
            body = {"events": found, "last_seq": last}
            yield json.dumps(body, separators=(",", ":"), default=str).encode() + b"\n"
        cursor = max(cursor, last)
        if state.events.closed:
            return
        await state.events.wait(cursor, HEARTBEAT)
        if state.events.last_seq <= cursor and not state.events.closed:
            yield b'{"events":[],"last_seq":%d}\n' % state.events.last_seq


class _Phones(Protocol):
    """What the phone routes use of :mod:`.behaviours` (imported on first use)."""

    def send_from_phone(
        self, ctx: Ctx, phone: str, to: str, body: str | None, media_urls: list[str] | None = None
    ) -> dict[str, Any]: ...

    def inbox(self, ctx: Ctx, phone: str) -> list[dict[str, Any]]: ...


def _behaviours() -> _Phones:
    try:
        from . import behaviours
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("callbox.sandbox.behaviours"):
            raise SandboxError(
                501, 20001, "Outside phones need callbox.sandbox.behaviours"
            ) from None
        raise
    return behaviours


async def phone_send(request: Request) -> Response:
    ctx = main_context(request)
    form = await _form(request)
    phone = request.path_params["number"]
    to = (form.get("To") or [""])[-1]
    if not to:
        raise bad_request('A "To" phone number is required.', 21604)
    bodies = form.get("Body")
    body = bodies[-1] if bodies else None
    media = [m for m in form.get("MediaUrl", []) if m]
    record = _behaviours().send_from_phone(ctx, phone, to, body, media)
    return json_response(201, record)


async def phone_inbox(request: Request) -> Response:
    ctx = main_context(request)
    rows = _behaviours().inbox(ctx, request.path_params["number"])
    return json_response(200, {"messages": rows})


async def records(request: Request) -> Response:
    ctx = main_context(request)
    qname = request.path_params["qname"]
    try:
        resource_by_name(qname)
    except KeyError:
        raise SandboxError(404, 20404, f"No resource named {qname[:80]!r}") from None
    rows = [public(r) for r in ctx.store.scan(qname)]
    if qname in KEY_RESOURCES:
        for row in rows:
            row["secret"] = None
    return json_response(200, {"records": rows})


def control_routes() -> list[Route]:
    return [
        Route("/_sandbox/health", handled(health), methods=["GET"]),
        Route("/_sandbox/reset", handled(reset), methods=["POST"]),
        Route("/_sandbox/settings", handled(settings), methods=["GET", "POST"]),
        Route("/_sandbox/numbers", handled(numbers), methods=["POST"]),
        Route("/_sandbox/short_codes", handled(short_codes), methods=["POST"]),
        Route("/_sandbox/events", handled(events), methods=["GET"]),
        Route("/_sandbox/phones/{number}/messages", handled(phone_send), methods=["POST"]),
        Route("/_sandbox/phones/{number}/inbox", handled(phone_inbox), methods=["GET"]),
        Route("/_sandbox/records/{qname}", handled(records), methods=["GET"]),
    ]
