"""The generic backend: create, fetch, list, update and delete for every resource.

Everything here is driven by the API description: which parameters exist and
are required, their types and enum values, the record's fields and their date
formats, the SID prefix, the list key and the paging style. Behaviours (see
:mod:`._hooks`) refine single operations on top; without one, an operation
still answers with a record of the real API's shape.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from callbox.description import Operation, Resource

from ._access import ACCOUNTS, can_reach
from ._hooks import Ctx, aliases_for, hooks_for
from ._params import field_name, parse_params
from ._records import (
    as_field,
    default_record,
    fill_path,
    format_date,
    host_of,
    parent_of,
    public,
    snake,
)
from ._store import Range, epoch
from .errors import SandboxError, bad_request, method_not_allowed, not_found

if TYPE_CHECKING:
    from ._routes import Route

__all__ = ["Outcome", "run_operation"]

PAGING = frozenset(("PageSize", "Page", "PageToken"))
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 50
_TOKEN = re.compile(r"^P([TP])(\d{1,18})$")


class Outcome:
    """What an operation produced: HTTP status and JSON body (None for 204)."""

    __slots__ = ("body", "ctx", "status")

    def __init__(self, status: int, body: dict[str, Any] | None, ctx: Ctx) -> None:
        self.status = status
        self.body = body
        self.ctx = ctx


# ---------------------------------------------------------------- operations


def _run_hooks(
    ctx: Ctx, qname: str, op: str, params: dict[str, Any], record: dict[str, Any] | None
) -> dict[str, Any] | None:
    for fn in hooks_for(qname, op):
        replaced = fn(ctx, params, record)
        if replaced is not None:
            record = replaced
    return record


def _apply_aliases(ctx: Ctx, route: Route, values: dict[str, str]) -> None:
    """Replace path values that are other names for a key (``Front``, a label...)."""
    qname = route.resource.qualified_name
    for name in route.params:
        for fn in aliases_for(qname, name):
            found = fn(ctx, values[name])
            if found is not None:
                values[name] = found
                break
    if route.instance and route.params:
        last = route.params[-1]
        for fn in aliases_for(qname):
            found = fn(ctx, values[last])
            if found is not None:
                values[last] = found
                break
    ctx.path = values


def _visible(ctx: Ctx, res: Resource, record: dict[str, Any], scoped_by_path: bool) -> bool:
    """Whether a record found without the path naming its account may be shown.

    Account records: to the account itself and its parent. Records of the newer APIs:
    only to their own account (Twilio: resources outside the 2010 API must be reached
    with the subaccount's own credentials; a parent's are refused as not found).
    """
    if scoped_by_path:
        return True
    if res.qualified_name != ACCOUNTS:
        return record.get("_scope") == ctx.scope
    scope = record.get("sid")
    return scope == ctx.scope or can_reach(ctx.sandbox, ctx.account, str(scope), manage=True)


_SID = re.compile(r"^[A-Z]{2}[0-9a-f]{32}$")


def _check_parents(
    ctx: Ctx, route: Route, values: dict[str, str], request_path: str, scoped_by_path: bool
) -> None:
    """A nested path answers only when every record it hangs off exists in the caller's
    account (``Calls/CA…/Recordings.json`` is 404 when the call is).  Keys that are not
    SIDs (a country code, ``Front``, a friendly name) name no stored record: not checked."""
    names = list(route.params)
    res = route.resource
    level = res
    while level.parent is not None:
        parent = level.parent
        at_instance = level.at_instance
        level = parent
        if parent.qualified_name == ACCOUNTS or not at_instance or not parent.instance_path:
            continue
        own = re.findall(r"\{([^}]+)\}", parent.instance_path)
        if len(own) > len(names):
            continue
        given = [values[n] for n in names[: len(own)]]
        key = given[-1]
        if not _SID.match(key):
            continue
        parent_values = dict(zip(own, given, strict=True))
        found = ctx.store.get(
            parent.qualified_name, key, parent_of(parent, ctx.scope, parent_values)
        )
        if found is None or not _visible(ctx, parent, found, scoped_by_path):
            raise not_found(request_path)


def run_operation(
    ctx: Ctx,
    route: Route,
    method: str,
    values: dict[str, str],
    query: dict[str, list[str]],
    form: dict[str, list[str]],
    body: Any,
    request_path: str,
    headers: dict[str, str] | None = None,
) -> Outcome:
    """Answer one request for a described path (auth already done)."""
    res = route.resource
    ops = res.ops(route.instance)
    op = None
    for candidate in ops.values():
        if candidate.method == method:
            op = candidate
            break
    if op is None:
        allow = sorted(
            {o.method for o in ops.values()}
            | ({"HEAD"} if any(o.method == "GET" for o in ops.values()) else set())
        )
        raise method_not_allowed(method, request_path, tuple(allow))
    kind = (
        op.name
        if op.name in ("create", "fetch", "list", "update", "delete")
        else {
            "GET": "fetch",
            "POST": "update",
            "PUT": "update",
            "PATCH": "update",
            "DELETE": "delete",
        }.get(method, "fetch")
    )
    ctx.op = kind
    qname = res.qualified_name
    _apply_aliases(ctx, route, values)
    scoped_by_path = "AccountSid" in values
    _check_parents(ctx, route, values, request_path, scoped_by_path)
    params = parse_params(op, query, form, body, headers, qname)
    if op.json_body and isinstance(body, dict):
        # A JSON body's members fill same-named fields (``friendlyName`` → ``friendly_name``).
        for name, value in body.items():
            if isinstance(name, str):
                params.setdefault(name, value)
    if kind == "list":
        return _list(ctx, route, op, params, values, query, request_path)
    if kind == "create":
        record = default_record(ctx.sandbox, res, ctx.scope, values, params)
        record = _run_hooks(ctx, qname, "create", params, record) or record
        reveal = record.pop("_reveal", None)
        ctx.store.put(qname, record)
        shown = public(record)
        if isinstance(reveal, dict):
            shown.update(reveal)
        return Outcome(op.status, shown, ctx)
    # fetch / update / delete on an instance (or a singleton list path)
    singleton = not route.instance
    parent = parent_of(res, ctx.scope, values)
    key = "_" if singleton else values[route.params[-1]]
    found = ctx.store.get(qname, key, parent)
    if found is not None and not _visible(ctx, res, found, scoped_by_path):
        found = None
    if found is not None:
        record = found
    else:
        if kind == "delete" and singleton:
            return Outcome(204, None, ctx)
        synthesize = singleton or (
            "create" not in res.list_ops and not route.params[-1].endswith("Sid")
        )
        if not synthesize:
            raise not_found(request_path)
        record = default_record(ctx.sandbox, res, ctx.scope, values, {}, fields_from_params=False)
        record["_key"] = key  # found again under the path's key once updated
    if kind == "fetch":
        record = _run_hooks(ctx, qname, "fetch", params, record) or record
        return Outcome(op.status, public(record), ctx)
    if kind == "delete":
        _run_hooks(ctx, qname, "delete", params, record)
        ctx.store.delete(qname, record["_key"], record.get("_parent"))
        return Outcome(op.status if op.status != 200 else 204, None, ctx)
    # update
    fields = res.fields
    for name, value in params.items():
        field = snake(name)
        if field in fields and field not in ("sid", "account_sid", "date_created"):
            record[field] = as_field(fields[field], value)
    if "date_updated" in fields:
        record["date_updated"] = format_date(fields["date_updated"], datetime.now(timezone.utc))
    record = _run_hooks(ctx, qname, "update", params, record) or record
    ctx.store.put(qname, record)
    return Outcome(op.status, public(record), ctx)


def _paging(query: dict[str, list[str]]) -> tuple[int, int, tuple[str, int] | None]:
    def integer(name: str, low: int) -> int | None:
        raw = query.get(name)
        if not raw:
            return None
        text = raw[-1].strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 9:
            raise bad_request(f"Invalid {name}: {raw[-1][:40]!r} is not a non-negative integer")
        value = int(text)
        if value < low:
            raise bad_request(f"Invalid {name}: must be at least {low}")
        return value

    size = integer("PageSize", 1)
    if size is None:
        size = DEFAULT_PAGE_SIZE
    elif size > MAX_PAGE_SIZE:
        raise SandboxError(400, 20007, f"Page size too large: the maximum is {MAX_PAGE_SIZE}")
    page = integer("Page", 0) or 0
    token = None
    raw = query.get("PageToken")
    if raw and raw[-1]:
        m = _TOKEN.match(raw[-1])
        if m is None:
            raise SandboxError(400, 21481, "Invalid PageToken")
        token = (m.group(1), int(m.group(2)))
    return size, page, token


def _list(
    ctx: Ctx,
    route: Route,
    op: Operation,
    params: dict[str, Any],
    values: dict[str, str],
    query: dict[str, list[str]],
    request_path: str,
) -> Outcome:
    res = route.resource
    qname = res.qualified_name
    size, page, token = _paging(query)
    filters: dict[str, Any] = {}
    ranges: list[Range] = []
    for param in op.params:
        name = param.api_name
        if name in PAGING or name not in params or param.is_array:
            continue
        field = snake(name.rstrip("<>"))
        kind = res.fields.get(field)
        if kind in ("dr", "dt", "d"):
            span = date_range(str(params[name]), name[-1] if name[-1] in "<>" else "=", res)
            if span is None:
                raise bad_request(f"Invalid value for parameter {name}: {str(params[name])[:40]!r}")
            ranges.append((field, *span))
            continue
        if "<" in name or ">" in name:
            continue
        field = field_name(param)
        if field in res.fields and res.fields[field] in ("s", "i", "b", "n"):
            filters[field] = params[name]
    parent = parent_of(res, ctx.scope, values)
    newest_first = True
    before = None
    offset = 0
    if token is None:
        offset = page * size
    elif token[0] == "T":
        before = token[1]
    else:
        before, newest_first = token[1], False
    rows, seqs = ctx.store.page(
        qname,
        scope=ctx.scope,
        parent=parent,
        filters=filters,
        ranges=ranges,
        limit=size + 1,
        before=before,
        offset=offset,
        newest_first=newest_first,
    )
    more = len(rows) > size
    rows, seqs = rows[:size], seqs[:size]
    if not newest_first:
        rows.reverse()
        seqs.reverse()
        more_prev, more = more, True
    else:
        more_prev = page > 0 or token is not None
    replaced = _run_hooks(ctx, qname, "list", params, None)
    if replaced is not None and isinstance(replaced.get("records"), list):
        rows = replaced["records"]
    key = res.list_key or "results"
    base_q = {k: v for k, v in query.items() if k not in PAGING}
    plain = [(k, v) for k, vs in base_q.items() for v in vs]

    def link(page_no: int, tok: str | None) -> str:
        q = [*plain, ("PageSize", str(size)), ("Page", str(page_no))]
        if tok:
            q.append(("PageToken", tok))
        return f"{route.path if res.version == 'v2010' else request_path_only(route, values)}?{urlencode(q)}"

    this = link(page, f"P{token[0]}{token[1]}" if token else None)
    first = link(0, None)
    nxt = link(page + 1, f"PT{seqs[-1]}") if more and seqs else None
    prev = link(max(page - 1, 0), f"PP{seqs[0]}") if more_prev and seqs and page > 0 else None
    body: dict[str, Any] = {key: [public(r) for r in rows]}
    if res.paging == "page":
        this, first = fill_path(this, values), fill_path(first, values)
        nxt = fill_path(nxt, values) if nxt else None
        prev = fill_path(prev, values) if prev else None
        body.update(
            {
                "first_page_uri": first,
                "end": page * size + max(len(rows) - 1, 0),
                "previous_page_uri": prev,
                "next_page_uri": nxt,
                "page": page,
                "page_size": size,
                "start": page * size,
                "uri": this,
            }
        )
    elif res.version == "v2010" and res.paging is None:
        body["uri"] = fill_path(route.path, values)
    elif res.paging == "meta":
        host = f"https://{host_of(res)}"
        body["meta"] = {
            "page": page,
            "page_size": size,
            "first_page_url": host + first,
            "previous_page_url": host + prev if prev else None,
            "url": host + this,
            "next_page_url": host + nxt if nxt else None,
            "key": key,
        }
    return Outcome(op.status, body, ctx)


DAY = 86400.0


def date_range(text: str, op: str, res: Resource) -> tuple[float | None, float | None] | None:
    """The span of seconds a date filter keeps (``low`` included, ``high`` excluded).

    As Twilio documents them: ``=`` that day, ``<`` on or before, ``>`` on or after.  The
    2010 API compares whole days (UTC), so a time given with the date, as the official
    libraries send ``DateSent=2026-12-01T00:00:00Z`` for a ``datetime``, names its day;
    newer APIs given a time compare instants.  None when ``text`` is not a date.
    """
    text = text.strip()
    seconds = epoch(text)
    if seconds is None:
        return None
    whole_day = res.version == "v2010" or len(text) == 10
    if whole_day:
        start = seconds - seconds % DAY
        if op == "=":
            return start, start + DAY
        return (None, start + DAY) if op == "<" else (start, None)
    if op == "=":
        return seconds, seconds + 1
    return (None, seconds + 1) if op == "<" else (seconds, None)


def request_path_only(route: Route, values: dict[str, str]) -> str:
    """The described path with its parameters filled in (no host, no label)."""
    return fill_path(route.path, values)
