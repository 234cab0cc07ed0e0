"""Records as the description shapes them: SIDs, dates, links, keys and owners.

How a record of any resource looks and where the store keeps it, with no HTTP
and no hooks: the backend builds records with it for ``create``, behaviours
(through ``Ctx.new_record``), accounts and the control API for records of their
own. It depends on the description only, so everything else may import it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from callbox import description as desc
from callbox.description import Resource

if TYPE_CHECKING:
    from ._state import SandboxState

__all__ = [
    "as_field",
    "default_record",
    "fill_path",
    "filter_dates",
    "format_date",
    "host_of",
    "key_field",
    "new_sid",
    "parent_of",
    "public",
    "relink",
    "resource_by_name",
    "snake",
]

_HOSTS: dict[str, str] = {}
_BY_NAME: dict[str, Resource] = {}


def resource_by_name(qualified_name: str) -> Resource:
    """The described resource with this qualified name (KeyError if none)."""
    if not _BY_NAME:
        for res in desc.all_resources():
            _BY_NAME.setdefault(res.qualified_name, res)
    return _BY_NAME[qualified_name]


@cache
def filter_dates(qualified_name: str) -> tuple[str, ...]:
    """The date fields a resource's list can be filtered on (``date_sent`` for Messages,
    ``start_time`` and ``end_time`` for Calls ...); the store keeps them sortable."""
    try:
        res = resource_by_name(qualified_name)
    except KeyError:
        return ()
    op = res.list_ops.get("list")
    if op is None:
        return ()
    names = {snake(p.api_name.rstrip("<>")) for p in op.params}
    return tuple(sorted(n for n in names if res.fields.get(n) in ("dr", "dt", "d")))


def host_of(res: Resource) -> str:
    """The Twilio host of the resource's domain (``api.twilio.com``)."""
    host = _HOSTS.get(res.domain)
    if host is None:
        host = _HOSTS[res.domain] = str(desc.index()[res.domain]["host"])
    return host


#: SIDs name records, they guard nothing: a generator seeded from the OS is random enough
#: and several times cheaper than asking the OS for every SID (secrets stay ``secrets``).
_SIDS = random.Random()


def new_sid(prefix: str) -> str:
    """A SID: two-letter prefix and 32 random hex digits."""
    return f"{prefix}{_SIDS.getrandbits(128):032x}"


def _prefix(res: Resource) -> str:
    if res.sid_prefix:
        return res.sid_prefix
    words = [w for w in re.split(r"[_\W]+", res.name) if w]
    letters = (words[0][0] + words[1][0]) if len(words) > 1 else res.name[:2]
    return (letters + "X").upper()[:2]


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc2822(when: datetime) -> str:
    """``Mon, 23 Nov 2026 01:32:01 +0000``, as the 2010 API writes dates (UTC; a naive
    datetime is taken as UTC).  What ``email.utils.format_datetime`` gives, several
    times faster: every record and status change carries dates."""
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return (
        f"{_DAYS[when.weekday()]}, {when.day:02d} {_MONTHS[when.month - 1]} {when.year:04d} "
        f"{when.hour:02d}:{when.minute:02d}:{when.second:02d} +0000"
    )


def format_date(kind: str, when: datetime) -> str:
    """A date in the description's format: ``dr`` RFC 2822, ``d`` date, else ISO 8601."""
    if kind == "dr":
        return rfc2822(when)
    if kind == "d":
        return when.date().isoformat()
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


@cache
def snake(name: str) -> str:
    """An API name as a field name: ``FriendlyName`` → ``friendly_name``."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@cache
def path_params(path: str) -> tuple[str, ...]:
    """The ``{names}`` of a path template, in order."""
    return tuple(re.findall(r"\{([^}]+)\}", path))


@cache
def key_field(res: Resource) -> str | None:
    """The record field whose value is the instance path's last parameter."""
    path = res.instance_path
    if not path:
        return None
    last = path_params(path)[-1]
    if last == "Sid" or ("sid" in res.fields and last.endswith("Sid") and res.sid_prefix):
        return "sid"
    field = snake(last)
    if field in res.fields:
        return field
    return "sid" if "sid" in res.fields else None


def as_field(kind: str, value: Any) -> Any:
    """A parameter's value in its field's JSON type (the 2010 API keeps many numbers as
    strings: ``"max_price": "0.05"``; booleans and integers stay JSON types)."""
    if value is None:
        return None
    if kind == "s" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if kind == "s" and isinstance(value, bool):
        return "true" if value else "false"
    if kind == "i" and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if kind == "i" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def public(record: dict[str, Any]) -> dict[str, Any]:
    """The record without the sandbox's own ``_`` keys (what clients see)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def fill_path(path: str, values: dict[str, str]) -> str:
    """``path`` with each ``{Param}`` that ``values`` names filled in."""
    return re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1), m.group(0)), path)


def _parent_key(route_params: Iterable[str], values: dict[str, str]) -> str:
    return "/".join(values.get(p, "") for p in route_params)


def parent_of(res: Resource, scope: str, values: dict[str, str]) -> str:
    """The store's parent key of a record: its list path's values, plus the owning
    account for resources whose path does not name one (so two accounts' singletons
    or same-named keys never collide)."""
    params = _list_params(res)
    joined = _parent_key(params, values)
    if "AccountSid" in params or (res.parent is None and res.version == "v2010"):
        return joined
    return f"{scope}:{joined}"


def _list_params(res: Resource) -> tuple[str, ...]:
    if res.list_path:
        return path_params(res.list_path)
    if res.instance_path:
        return path_params(res.instance_path)[:-1]
    return ()


def default_record(
    state: SandboxState,
    res: Resource,
    scope: str,
    path_values: dict[str, str],
    params: dict[str, Any],
    *,
    fields_from_params: bool = True,
) -> dict[str, Any]:
    """The record ``create`` stores when no behaviour says otherwise."""
    now = datetime.now(timezone.utc)
    fields = res.fields
    record: dict[str, Any] = dict.fromkeys(fields)
    if "sid" in fields or res.sid_prefix:
        record["sid"] = new_sid(_prefix(res))
    if "account_sid" in fields:
        record["account_sid"] = scope
    if "api_version" in fields and res.version == "v2010":
        record["api_version"] = "2010-04-01"
    for name in ("date_created", "date_updated"):
        if name in fields:
            record[name] = format_date(fields[name], now)
    for pname, value in path_values.items():
        field = snake(pname)
        if field in fields and field != "sid" and record.get(field) is None:
            record[field] = value
    if fields_from_params:
        for name, value in params.items():
            field = snake(name)
            if field in fields and field not in ("sid", "account_sid", "date_created"):
                record[field] = as_field(fields[field], value)
            elif name in fields and name not in ("sid", "account_sid"):
                record[name] = as_field(fields[name], value)
    kf = key_field(res)
    if kf is not None and kf != "sid" and record.get(kf) is None:
        last = path_params(res.instance_path or "")
        if last and last[-1] in path_values:
            record[kf] = path_values[last[-1]]
    key = record.get(kf) if kf else None
    if key is None and kf is not None and res.instance_path:
        # A new record keyed by a field nothing filled (``{id}``): give it a SID-like key.
        key = record.get("sid") or new_sid(_prefix(res))
        record[kf] = key
    values = dict(path_values)
    if res.instance_path and key is not None:
        values[path_params(res.instance_path)[-1]] = str(key)
    relink(state, res, record, values)
    record["_scope"] = scope
    record["_parent"] = parent_of(res, scope, path_values)
    record["_key"] = str(key) if key is not None else "_"
    return record


def _fill_positional(path: str, values: list[str]) -> str:
    it = iter(values)
    return re.sub(r"\{([^}]+)\}", lambda m: next(it, m.group(0)), path)


def relink(
    state: SandboxState, res: Resource, record: dict[str, Any], values: dict[str, str]
) -> None:
    """Set ``uri``/``url``, ``subresource_uris`` and ``links`` from the path's values."""
    path = res.instance_path or res.list_path or ""
    filled = fill_path(path, values)
    positional = [values.get(p, "") for p in path_params(path)]
    if "uri" in res.fields and res.version == "v2010":
        record["uri"] = filled
    elif "url" in res.fields:
        record["url"] = f"https://{host_of(res)}{filled}"
    children = res.instance_children if res.instance_path else res.list_children
    if "subresource_uris" in res.fields:
        record["subresource_uris"] = {
            name: _fill_positional(child.list_path, positional)
            for name, child in children.items()
            if child.list_path
        }
    if "links" in res.fields:
        host = host_of(res)
        record["links"] = {
            name: f"https://{host}"
            + _fill_positional(child.list_path or child.instance_path or "", positional)
            for name, child in children.items()
        }
