"""``Queues`` and ``Members``: queue sizes, and dequeuing a caller to a URL.

``Members/Front`` is the caller at the front of the queue.
"""

from __future__ import annotations

from typing import Any

from ..._hooks import Ctx, HookResult, alias, hook
from ...errors import SandboxError, not_found
from ..documents import Source
from ..engine import VoiceEngine
from ..queues import (
    DEFAULT_MAX_SIZE,
    LARGEST_MAX_SIZE,
    MEMBERS,
    QUEUES,
    Line,
    line_for,
    redirect_member,
)
from .calls import check_url

__all__: list[str] = []


@hook(QUEUES, "create")
def new_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    size = params.get("MaxSize")
    if size is not None and not 1 <= int(size) <= LARGEST_MAX_SIZE:
        raise SandboxError(400, 20001, f"MaxSize must be between 1 and {LARGEST_MAX_SIZE}")
    for other in ctx.store.find(QUEUES, friendly_name=params.get("FriendlyName")):
        if other.get("account_sid") == ctx.scope:
            raise SandboxError(
                400, 22003, f"A queue named {params.get('FriendlyName')!r} already exists"
            )
    record.update(max_size=int(size or DEFAULT_MAX_SIZE), current_size=0, average_wait_time=0)
    return record


@hook(QUEUES, "update")
def change_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    size = params.get("MaxSize")
    if size is not None and not 1 <= int(size) <= LARGEST_MAX_SIZE:
        raise SandboxError(400, 20001, f"MaxSize must be between 1 and {LARGEST_MAX_SIZE}")
    return record


@hook(QUEUES, "fetch")
def fresh_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    line = VoiceEngine.of(ctx.sandbox).queues.get(str(record["sid"]))
    if line is not None:
        line.refresh()
        return ctx.store.get(QUEUES, str(record["sid"])) or record
    return record


@hook(QUEUES, "delete")
def drop_queue(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    line = VoiceEngine.of(ctx.sandbox).queues.get(str(record["sid"]))
    if line is not None and line.waiting:
        raise SandboxError(400, 20001, "The queue still has callers waiting in it")
    return None


def _line_of(ctx: Ctx) -> Line | None:
    engine = VoiceEngine.of(ctx.sandbox)
    record = ctx.store.get(QUEUES, ctx.path.get("QueueSid", ""))
    if record is None or record.get("account_sid") != ctx.scope:
        return None
    return line_for(engine, record)


@alias(MEMBERS)
def member_key(ctx: Ctx, key: str) -> str | None:
    """``Members/Front`` is the caller at the front of the queue."""
    if key != "Front":
        return None
    line = _line_of(ctx)
    if line is None or not line.waiting:
        return None
    return str(line.waiting[0].leg.sid)


@hook(MEMBERS, "fetch")
def fresh_member(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    line = _line_of(ctx)
    if line is not None:
        line.refresh()
        return ctx.store.get(MEMBERS, str(record["call_sid"]), f"{ctx.scope}/{line.sid}") or record
    return record


@hook(MEMBERS, "list")
def fresh_members(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Members in queue order (front first), with their positions and waits as of now."""
    line = _line_of(ctx)
    if line is None:
        return None
    line.refresh()
    rows = [
        found
        for waiter in line.waiting
        if (found := ctx.store.get(MEMBERS, waiter.leg.sid, f"{ctx.scope}/{line.sid}"))
    ]
    size = max(1, _whole(params.get("PageSize"), 50))
    page = _whole(params.get("Page"), 0)
    return {"records": rows[page * size : (page + 1) * size]}


def _whole(value: Any, default: int) -> int:
    try:
        return max(0, int(value)) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


@hook(MEMBERS, "update")
def dequeue_member(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """``Url`` (required): the caller leaves the queue and runs that TwiML."""
    assert record is not None
    url = check_url(params.get("Url"), "Url")
    if not url:
        raise SandboxError(400, 21205, "Missing required parameter Url in the post body")
    line = _line_of(ctx)
    waiter = line.find(str(record["call_sid"])) if line is not None else None
    if line is None or waiter is None:
        raise not_found(
            f"/2010-04-01/Accounts/{ctx.scope}/Queues/{ctx.path.get('QueueSid')}/Members/{record.get('call_sid')}.json"
        )
    shown = dict(record)
    redirect_member(
        line,
        waiter,
        Source(url=url, method=str(params.get("Method") or "POST"), purpose="dequeue_url"),
    )
    shown["position"] = 0
    return shown
