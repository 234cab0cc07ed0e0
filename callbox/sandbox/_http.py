"""The thin HTTP layer: read the request, authenticate, dispatch, render JSON.

Nothing here knows about a particular resource. Input is bounded and checked
before the backend sees it (body size, content type, UTF-8, form syntax), and
every refusal is a Twilio-shaped JSON error. Anything unexpected is logged with
its traceback and still answered in Twilio's error shape.
"""

from __future__ import annotations

import inspect
import json
import logging
import re
from collections.abc import Awaitable
from typing import Any
from urllib.parse import parse_qs

from starlette.background import BackgroundTask
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from . import _routes
from ._access import ACCOUNTS, check_reach
from ._accounts import authenticate
from ._backend import Outcome, run_operation
from ._hooks import Ctx
from ._params import load_json
from ._records import new_sid
from ._state import SandboxState
from ._store import GROUPED
from .errors import SandboxError, bad_request, not_found

__all__ = ["MAX_BODY", "api_endpoint", "error_response", "json_response", "read_body"]

log = logging.getLogger("callbox.sandbox")

MAX_BODY = 1 << 20  # 1 MiB: far above any real Twilio request
MAX_FIELDS = 2000
_JSON = "application/json"
_ACCOUNT_SID = re.compile(r"^AC[0-9a-fA-F]{32}$")


def json_response(status: int, body: Any, background: BackgroundTask | None = None) -> Response:
    # Twilio-Request-Id: like Twilio, every answer names the request (``RQ`` + 32 hex).
    headers = {"Twilio-Request-Id": new_sid("RQ")}
    if body is None or status in (204, 304):
        return Response(status_code=status, headers=headers, background=background)
    data = json.dumps(body, separators=(",", ":"), default=str).encode("utf-8")
    return Response(
        data, status_code=status, headers=headers, media_type=_JSON, background=background
    )


def error_response(err: SandboxError) -> Response:
    response = json_response(err.status, err.to_json())
    if err.allow:
        response.headers["Allow"] = ", ".join(err.allow)
    return response


def public_path(path: str) -> str:
    """A request path as Twilio names it, without the sandbox's host label
    (``/api/2010-04-01/...`` → ``/2010-04-01/...``), for error messages."""
    parts = path.split("/", 2)
    if len(parts) == 3 and parts[2] and _routes.is_label(parts[1]):
        return "/" + parts[2]
    return path


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refusing more than ``limit`` bytes with a 413."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not (declared.isascii() and declared.isdigit()):
            raise bad_request("Invalid Content-Length header")
        if int(declared) > limit:
            raise SandboxError(413, 20001, f"Request body too large (limit {limit} bytes)")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise SandboxError(413, 20001, f"Request body too large (limit {limit} bytes)")
            chunks.append(chunk)
    except ClientDisconnect:
        # The client left, or the server's read deadline let it go: no one hears this.
        raise SandboxError(408, 20001, "Request timed out: it was not sent in time") from None
    return b"".join(chunks)


def parse_form(raw: bytes | str) -> dict[str, list[str]]:
    """URL-encoded pairs → {name: [values]}; malformed input is a 400."""
    if not raw:
        return {}
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        return parse_qs(
            text,
            keep_blank_values=True,
            strict_parsing=False,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except (UnicodeDecodeError, ValueError):
        raise bad_request("Malformed form data: not valid URL-encoded UTF-8") from None


def parse_query(request: Request) -> dict[str, list[str]]:
    raw = request.scope.get("query_string", b"")
    try:
        return parse_form(raw.decode("latin-1")) if raw else {}
    except SandboxError:
        raise bad_request("Malformed query string") from None


async def _body_params(request: Request, needs_json: bool) -> tuple[dict[str, list[str]], Any]:
    raw = await read_body(request)
    if not raw:
        return {}, None
    ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if needs_json or ctype == _JSON or ctype.endswith("+json"):
        if not (ctype == _JSON or ctype.endswith("+json") or not ctype):
            raise SandboxError(415, 20001, f"Unsupported Content-Type {ctype!r}: use {_JSON}")
        return {}, load_json(raw)
    if ctype not in ("", "application/x-www-form-urlencoded"):
        raise SandboxError(
            415,
            20001,
            f"Unsupported Content-Type {ctype[:60]!r}: use application/x-www-form-urlencoded",
        )
    return parse_form(raw), None


def _after(ctx: Ctx) -> BackgroundTask | None:
    if not ctx._after:
        return None
    fns = list(ctx._after)
    state = ctx.sandbox

    async def run() -> None:
        for fn in fns:
            try:
                result = fn()
                if inspect.isawaitable(result):
                    state.spawn(_await(result))
            except Exception:
                log.exception("sandbox after_commit callback failed")

    return BackgroundTask(run)


async def _await(awaitable: Awaitable[object]) -> None:
    await awaitable


async def api_endpoint(request: Request) -> Response:
    """Every described path: ``/{label}/{path}``."""
    state: SandboxState = request.app.state.sandbox
    path: str = request.scope["path"]
    try:
        found = _routes.match(path)
        if found is None:
            raise not_found(public_path(path))
        route, values = found
        target = values.get("AccountSid")
        if target is not None and not _ACCOUNT_SID.match(target):
            # Twilio answers a malformed account SID in the path as a resource that does
            # not exist, before it looks at the credentials.
            raise not_found("/" + path.lstrip("/").partition("/")[2])
        account = authenticate(state, request.headers.get("authorization"))
        scope = account["sid"]
        target = values.get("AccountSid")
        if target is None and route.resource.qualified_name == ACCOUNTS and route.instance:
            target = values.get("Sid")
            if target is not None:
                check_reach(state, account, target, manage=True)
            target = None
        if target is not None:
            check_reach(state, account, target)
            scope = target
        method = "GET" if request.method == "HEAD" else request.method  # HEAD: GET sans body
        ops = route.resource.ops(route.instance)
        op = next((o for o in ops.values() if o.method == method), None)
        needs_json = op is not None and op.json_body
        if method in ("POST", "PUT", "PATCH"):
            form, body = await _body_params(request, needs_json)
        else:
            form, body = {}, None
            if method != "GET":
                await read_body(request)
        query = parse_query(request)
        ctx = Ctx(state, account, scope, route.resource, "", values)
        headers = {k.lower(): v for k, v in request.headers.items() if k.lower().startswith("x-")}
        grouped = GROUPED.set(True)
        try:
            outcome: Outcome = run_operation(
                ctx, route, method, values, query, form, body, public_path(path), headers
            )
        finally:
            GROUPED.reset(grouped)
        await state.store.durable()  # acknowledged means committed
        return json_response(outcome.status, outcome.body, _after(ctx))
    except SandboxError as err:
        return error_response(err)
    except Exception:
        log.exception("sandbox: unexpected error on %s %s", request.method, path)
        return error_response(SandboxError(500, 20500, "Internal sandbox error"))
