"""Voice's part of the control API, and the recordings' media.

===============================================  ==============================================
``GET|POST /_sandbox/phones/{number}``           how an outside phone answers calls (``answer``,
                                                 ``rings``, ``script``, ``greeting``)
``POST /_sandbox/phones/{number}/calls``         the phone calls a sandbox number (``to``,
                                                 ``script``, ``wait``, ``timeout``)
``GET /_sandbox/calls``                          calls in progress
``GET /_sandbox/calls/{sid}``                    a call's transcript (``after``: events already
                                                 seen; ``wait``: long-poll for more or the end)
``POST /_sandbox/calls/{sid}/input``             the person on a live call acts (``press``,
                                                 ``say``, ``hang_up``)
``POST /_sandbox/calls/{sid}/answer|decline``    a live phone picks up a ringing call, or not
===============================================  ==============================================

Bodies are JSON (or form fields, the script then a JSON string); credentials as for the
rest of the control API.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response

from .._control import handled, main_context
from .._hooks import route
from .._http import json_response, parse_form, parse_query, read_body
from ..behaviours import _e164
from ..errors import SandboxError, bad_request, not_found
from . import phones
from .engine import VoiceEngine
from .parties import Person, Sound
from .script import parse_script, speaking_time

__all__: list[str] = []

#: How long a key pressed live sounds (it is heard as it is pressed).
LIVE_KEY_SECONDS: Final = 0.1

#: The longest a ``wait`` may hold a request, in seconds.
MAX_WAIT: Final = 600.0
_DEPTH: Final = 32


async def _body(request: Request) -> dict[str, Any]:
    """A JSON object body, or form fields (a ``script`` field then holds JSON)."""
    raw = await read_body(request)
    if not raw:
        return {}
    ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if ctype == "application/json" or ctype.endswith("+json"):
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise bad_request("Malformed JSON body") from None
        if not isinstance(data, dict):
            raise bad_request("The body must be a JSON object")
        if _depth(data) > _DEPTH:
            raise bad_request("The JSON body is nested too deeply")
        return data
    if ctype not in ("", "application/x-www-form-urlencoded"):
        raise SandboxError(415, 20001, "Use application/json or application/x-www-form-urlencoded")
    fields = {k.lower(): v[-1] for k, v in parse_form(raw).items()}
    if "script" in fields:
        try:
            fields["script"] = json.loads(fields["script"])
        except (ValueError, RecursionError):
            raise bad_request("script must be a JSON list of steps") from None
    return fields


def _depth(value: object, level: int = 0) -> int:
    if level > _DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _number(raw: str) -> str:
    if raw.lower().startswith(("client:", "sip:")):
        return raw
    number = _e164.normalize(raw)
    if number is None:
        raise SandboxError(400, 21211, f"The phone number {raw[:40]} is not a valid phone number.")
    return number


def _flag(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")


def _seconds(value: Any, default: float, name: str) -> float:
    if value is None or value == "":
        return default
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise bad_request(f"{name} must be a number of seconds") from None
    if not 0 <= seconds <= MAX_WAIT:
        raise bad_request(f"{name} must be between 0 and {MAX_WAIT:g} seconds")
    return seconds


# ---------------------------------------------------------------- outside phones


@route("/_sandbox/phones/{number}", ("GET", "POST"))
@handled
async def phone(request: Request) -> Response:
    ctx = main_context(request)
    number = _number(request.path_params["number"])
    if request.method == "GET":
        return json_response(200, phones.load(ctx.store, number).to_json())
    body = await _body(request)
    current = phones.load(ctx.store, number).to_json()
    merged = {**current, **{k: v for k, v in body.items() if v is not None}}
    try:
        settings = phones.checked(number, merged)
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    saved = phones.save(ctx.store, settings)
    ctx.events.emit("phone.settings", phone=number, answer=settings.answer, rings=settings.rings)
    return json_response(200, saved)


@route("/_sandbox/phones/{number}/calls", ("POST",))
@handled
async def phone_call(request: Request) -> Response:
    ctx = main_context(request)
    caller = _number(request.path_params["number"])
    body = await _body(request)
    to_raw = str(body.get("to") or "").strip()
    if not to_raw:
        raise bad_request("Missing required parameter to (the number to call)", 21201)
    to = _e164.normalize(to_raw, _e164.country_of(caller)) or to_raw
    try:
        steps = parse_script(body.get("script"))
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    wait = _flag(body.get("wait"), True)
    timeout = _seconds(body.get("timeout"), 120.0, "timeout")
    live = not wait and body.get("script") is None
    engine = VoiceEngine.of(ctx.sandbox)
    leg = engine.call_from_phone(caller, to, Person(caller, steps, live=live))
    if not wait:
        return json_response(201, leg.transcript())
    done, _ = await asyncio.wait({leg.done}, timeout=timeout)
    return json_response(200 if done else 202, engine.transcript(leg.sid) or leg.transcript())


# ---------------------------------------------------------------- calls


@route("/_sandbox/calls", ("GET",))
@handled
async def calls(request: Request) -> Response:
    ctx = main_context(request)
    engine = VoiceEngine.of(ctx.sandbox)
    rows = [
        {
            "call_sid": leg.sid,
            "status": leg.status,
            "direction": leg.direction,
            "from": leg.record.get("from"),
            "to": leg.record.get("to"),
            "parent_call_sid": leg.record.get("parent_call_sid"),
            "account_sid": leg.account_sid,
        }
        for leg in engine.legs.values()
    ]
    return json_response(200, {"calls": rows})


@route("/_sandbox/calls/{sid}", ("GET",))
@handled
async def transcript(request: Request) -> Response:
    ctx = main_context(request)
    sid = request.path_params["sid"]
    query = parse_query(request)
    raw_after = (query.get("after") or ["0"])[-1].strip() or "0"
    if not (raw_after.isascii() and raw_after.isdigit()) or len(raw_after) > 9:
        raise bad_request("after must be a number of events already seen")
    after = int(raw_after)
    wait = _seconds((query.get("wait") or [""])[-1], 0, "wait")
    engine = VoiceEngine.of(ctx.sandbox)
    found = engine.transcript(sid)
    if found is None:
        raise not_found(f"/_sandbox/calls/{sid}")
    leg = engine.leg(sid)
    if wait and leg is not None and len(leg.events) <= after:
        loop = asyncio.get_running_loop()
        end = loop.time() + wait
        seen = ctx.events.last_seq
        while leg is not None and len(leg.events) <= after and not leg.done.done():
            if ctx.events.closed:
                break
            left = end - loop.time()
            if left <= 0:
                break
            await ctx.events.wait(seen, left)
            seen = ctx.events.last_seq
        found = engine.transcript(sid) or found
    events = found.get("events") or []
    body = dict(found)
    body["events"] = events[after:]
    body["next"] = len(events)
    body["ended"] = engine.leg(sid) is None
    return json_response(200, body)


@route("/_sandbox/calls/{sid}/input", ("POST",))
@handled
async def call_input(request: Request) -> Response:
    ctx = main_context(request)
    sid = request.path_params["sid"]
    leg = VoiceEngine.of(ctx.sandbox).leg(sid)
    if leg is None:
        raise not_found(f"/_sandbox/calls/{sid}")
    if not isinstance(leg.far, Person):
        raise bad_request("Only a call with an outside phone at its far end takes input")
    body = await _body(request)
    try:
        steps = parse_script([body])
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    step = steps[0]
    if step.kind == "press":
        for key in step.digits:
            if key != "w":
                leg.log("caller", action="press", digits=key)
                leg.receive(Sound("digits", key, seconds=LIVE_KEY_SECONDS))
    elif step.kind == "say":
        leg.log("caller", action="say", text=step.text, confidence=step.confidence)
        leg.receive(Sound("speech", step.text, step.confidence, speaking_time(step.text)))
    elif step.kind == "hang_up":
        leg.log("caller", action="hang_up")
        leg.far_hung_up()
    else:
        leg.log("caller", action="silence", seconds=step.seconds)
    return json_response(200, {"call_sid": sid, "status": leg.status, "next": len(leg.events)})


@route("/_sandbox/calls/{sid}/answer", ("POST",))
@handled
async def answer(request: Request) -> Response:
    return _pick_up(request, "answer")


@route("/_sandbox/calls/{sid}/decline", ("POST",))
@handled
async def decline(request: Request) -> Response:
    return _pick_up(request, "decline")


def _pick_up(request: Request, decision: str) -> Response:
    """A live phone's person answers or declines a call ringing it."""
    ctx = main_context(request)
    sid = request.path_params["sid"]
    leg = VoiceEngine.of(ctx.sandbox).leg(sid)
    if leg is None or leg.status != "ringing":
        raise bad_request(f"The call {sid[:40]} is not ringing a live phone")
    pickup = leg.record_future("pickup")
    if not pickup.done():
        pickup.set_result(decision)
    return json_response(200, {"call_sid": sid, "decision": decision})
