"""``callbox api <domain> <resource path> <operation> [--Param value ...]``: any operation.

The commands are made on demand from the API description callbox ships
(:mod:`callbox.description`), the same facts the REST client and the sandbox
use, so every operation of every domain is reachable and its ``--help`` lists
its parameters with their types, enums and whether they are required.

* ``<domain>``: ``api`` (also ``core``), ``verify``, ``messaging``, ``flex-api``, ...
* ``<resource path>``: resource names from the version down, joined by ``/``
  (``v2010/accounts/calls/recordings``, ``v2/services/verifications``). The
  version may be left out (the newest that has the resource is used), and in the
  2010 API so may ``accounts``: ``callbox api core messages list``. Names may be
  written ``snake_case``, ``kebab-case`` or as in URLs (``IncomingPhoneNumbers``).
* ``<operation>``: ``create``, ``list``, ``fetch``, ``update``, ``delete`` (a few
  resources have others).
* Parameters: ``--ApiName value`` as in Twilio's docs (``--To``, ``--StatusCallback``),
  or the same in kebab case (``--status-callback``); ``DateSent<`` is
  ``--DateSentBefore``. Path parameters are options too (``--CallSid CA...``);
  ``--AccountSid`` defaults to the account in use. Repeatable parameters take
  the option several times; object parameters take JSON.
* ``list`` pages through either paging style (``next_page_uri`` or ``meta``) and
  shows ``--limit`` records (default 50, 0 for all) in pages of ``--page-size``.
"""

from __future__ import annotations

import re

import click

from ... import description as desc
from .._group import Command, Group
from .._types import DATE, DATETIME, JSON
from .common import client, output, setup_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ...description import Operation, Param, Resource

__all__ = ["api", "find_resource", "operation_command", "resource_path"]

_ALIASES = {"core": "api"}
_INSTANCE = "{}"
_PAGING = ("PageSize", "Page", "PageToken")
_PLACEHOLDER = re.compile(r"\{([^}]+)\}")
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9.]*$")
_PREFERRED = (
    "sid",
    "unique_name",
    "friendly_name",
    "phone_number",
    "name",
    "identity",
    "status",
    "date_created",
)
#: Option names every operation command already uses.
_RESERVED = frozenset(
    {
        "--help",
        "-h",
        "--json",
        "--jsonl",
        "--quiet",
        "-q",
        "--profile",
        "-p",
        "--sandbox",
        "--limit",
        "--page-size",
        "--columns",
    }
)


def _key(name: str) -> str:
    return name.replace("-", "").replace("_", "").lower()


def _domain_name(name: str) -> str | None:
    wanted = _key(_ALIASES.get(name.lower(), name))
    return next((d for d in desc.index() if _key(d) == wanted), None)


def _version_order(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else -1, name)


def resource_path(res: Resource) -> str:
    """The path that names ``res`` in ``callbox api``: version and names from the root.

    Three resources share their name with a sibling one level up (``workers/statistics``
    for all workers, and for one worker); the one under the instance is written with
    ``{}`` where the instance's SID goes: ``workspaces/workers/{}/statistics``.
    """
    names = []
    node: Resource | None = res
    while node is not None:
        parent = node.parent
        names.append(node.name)
        if parent is not None and node.at_instance and node.name in parent.list_children:
            names.append(_INSTANCE)
        node = parent
    return "/".join([res.version, *reversed(names)])


def _walk(version: desc.Version, names: list[str]) -> Resource | None:
    roots = {_key(n): r for n, r in version.roots.items()}
    current = roots.get(names[0])
    if current is None:
        accounts = version.roots.get("accounts")  # 2010 shortcuts: messages, calls, ...
        if accounts is None:
            return None
        current = {_key(n): r for n, r in accounts.instance_children.items()}.get(names[0])
        if current is None:
            return None
    instance = False
    for name in names[1:]:
        if name == _INSTANCE:
            instance = True
            continue
        below = {} if instance else {_key(n): r for n, r in current.list_children.items()}
        for n, r in current.instance_children.items():
            below.setdefault(_key(n), r)
        found = below.get(name)
        if found is None:
            return None
        current, instance = found, False
    return current


def find_resource(domain: desc.Domain, path: str) -> Resource | None:
    """The resource ``path`` names in ``domain`` (see the module's docstring), or None."""
    names = [_key(n) for n in re.split(r"[/.:]", path) if n]
    if not names:
        return None
    versions = {_key(v): v for v in domain.versions}
    if names[0] in versions:
        if len(names) == 1:
            return None
        return _walk(domain.versions[versions[names[0]]], names[1:])
    for vname in sorted(domain.versions, key=_version_order, reverse=True):
        found = _walk(domain.versions[vname], names)
        if found is not None:
            return found
    return None


def _ops(res: Resource) -> dict[str, Operation]:
    return {**res.list_ops, **res.instance_ops}


# ---------------------------------------------------------------- one operation


def _option_names(param: Param, taken: set[str]) -> list[str]:
    if _PLAIN.match(param.api_name):
        primary = "--" + param.api_name
    else:
        primary = "--" + "".join(part.capitalize() for part in param.py_name.split("_") if part)
    kebab = "--" + param.py_name.rstrip("_").replace("_", "-")
    names = []
    for name in (primary, kebab):
        if name not in taken and name not in names:
            names.append(name)
    if not names:
        names.append("--param-" + param.py_name.rstrip("_").replace("_", "-"))
    taken.update(names)
    return names


def _click_type(kind: str, enum: tuple[Any, ...] | None) -> tuple[Any, str]:
    if enum:
        return click.Choice([str(v) for v in enum]), "one of the listed values"
    return {
        "i": (click.INT, "integer"),
        "n": (click.FLOAT, "number"),
        "b": (click.BOOL, "true or false"),
        "dt": (DATETIME, "date and time, ISO 8601"),
        "d": (DATE, "date, YYYY-MM-DD"),
        "o": (JSON, "JSON"),
        "dr": (click.STRING, "date"),
    }.get(kind, (click.STRING, "text"))


_WHERE = {"q": "query", "f": "form", "h": "header", "j": "JSON body"}


def _param_option(param: Param, dest: str, taken: set[str]) -> click.Option:
    kind = param.type[2:] if param.is_array else param.type
    ptype, described = _click_type(kind, param.enum)
    text = f"{param.api_name}: {described}, in the {_WHERE.get(param.location, 'request')}"
    if param.is_array:
        text += "; repeat for several"
    return click.Option(
        [*_option_names(param, taken), dest],
        type=ptype,
        multiple=param.is_array,
        required=param.required,
        help=text + ".",
    )


def _columns(res: Resource) -> list[str]:
    fields = list(res.fields)
    chosen = [name for name in _PREFERRED if name in res.fields][:6]
    for name in fields:
        if len(chosen) >= 4:
            break
        if name not in chosen and res.fields[name] not in ("o",):
            chosen.append(name)
    return chosen or ["sid"]


def operation_command(domain: str, res: Resource, op: Operation) -> click.Command:
    """The click command for one operation of one resource."""
    path = res.path(op.on_instance) or ""
    placeholders = _PLACEHOLDER.findall(path)
    taken = set(_RESERVED)
    params: list[click.Parameter] = []
    path_dests: list[tuple[str, str]] = []
    for i, name in enumerate(placeholders):
        dest = f"path{i}"
        defaulted = name == "AccountSid"
        names = [f"--{name}"]
        kebab = "--" + re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()
        if kebab not in taken and kebab != names[0]:
            names.append(kebab)
        taken.update(names)
        params.append(
            click.Option(
                [*names, dest],
                required=not defaulted,
                metavar="SID" if name.endswith("Sid") else "VALUE",
                help=f"{name} in the path"
                + (" (default: the account in use)." if defaulted else "."),
            )
        )
        path_dests.append((dest, name))
    param_dests: list[tuple[str, Param]] = []
    is_list = op.name == "list"
    for i, param in enumerate(op.params):
        if is_list and param.api_name in _PAGING:
            continue
        if param.api_name in placeholders:
            continue
        dest = f"param{i}"
        params.append(_param_option(param, dest, taken))
        param_dests.append((dest, param))
    if is_list:
        params.append(
            click.Option(
                ["--limit", "-n"],
                type=click.IntRange(min=0),
                default=50,
                show_default=True,
                help="Records to show at most (0: all).",
            )
        )
        params.append(
            click.Option(
                ["--page-size"],
                type=click.IntRange(1, 1000),
                help="Records per request (default: what --limit needs, at most 1000).",
            )
        )
    if is_list or op.name in ("create", "fetch", "update"):
        params.append(
            click.Option(
                ["--columns"],
                metavar="A,B,...",
                help="Fields to show in the table (default: a few useful ones).",
            )
        )

    def run(**given: Any) -> None:
        rest = client()
        values = []
        for dest, name in path_dests:
            value = given.get(dest)
            if value is None and name == "AccountSid":
                value = rest.account_sid
            if not value:
                raise setup_error(f"--{name} is required")
            values.append(str(value))
        kwargs: dict[str, Any] = {}
        for dest, param in param_dests:
            value = given.get(dest)
            if value is None or value == ():
                continue
            kwargs[param.py_name] = list(value) if param.is_array else value
        from callbox.rest import InstanceContext, ListNode

        node_class = InstanceContext if op.on_instance else ListNode
        node: Any = node_class(rest, res, tuple(values))
        columns_given = given.get("columns")
        columns = (
            [c.strip() for c in columns_given.split(",") if c.strip()] if columns_given else None
        )
        out = output()
        if is_list:
            limit = given["limit"]
            page_size = given.get("page_size") or (min(limit, 1000) if limit else 1000)
            rows = node.stream(limit=limit or None, page_size=page_size, **kwargs)
            out.records(rows, columns or _columns(res), empty="No records.")
            return
        result = getattr(node, op.name)(**kwargs)
        if result is True or result is None:
            done = {"deleted": True} if op.method == "DELETE" else {"done": True}
            out.record(done, summary="Done.")
        elif hasattr(result, "to_dict"):
            out.record(result, fields=columns)
        else:
            out.record({"result": result})

    text = f"{op.method} {path}\n\n{res.qualified_name}: {op.name}"
    if res.paging and is_list:
        style = "next_page_uri" if res.paging == "page" else "meta.next_page_url"
        text += f" (pages follow {style})"
    return Command(
        name=op.name,
        params=params,
        callback=run,
        help=text,
        short_help=f"{op.method} {path}",
    )


# ---------------------------------------------------------------- the groups


class ResourceGroup(Group):
    """The operations of one resource."""

    def __init__(self, domain: str, res: Resource, **kwargs: Any) -> None:
        super().__init__(
            name=resource_path(res),
            help=f"{res.qualified_name}: {res.list_path or ''} {res.instance_path or ''}",
            **kwargs,
        )
        self.domain = domain
        self.res = res

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_ops(self.res))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        op = _ops(self.res).get(cmd_name)
        return None if op is None else operation_command(self.domain, self.res, op)


class DomainGroup(Group):
    """The resources of one domain, by path."""

    def __init__(self, domain: str, **kwargs: Any) -> None:
        host = desc.index()[domain]["host"]
        super().__init__(
            name=domain,
            help=f"Resources of {host}. Name one by its path (listed below); the version "
            "may be left out, and in the 2010 API so may accounts/.",
            **kwargs,
        )
        self.domain = domain

    def list_commands(self, ctx: click.Context) -> list[str]:
        loaded = desc.domain(self.domain)
        return [resource_path(r) for v in loaded.versions.values() for r in v.resources]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        res = find_resource(desc.domain(self.domain), cmd_name)
        return None if res is None else ResourceGroup(self.domain, res)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        loaded = desc.domain(self.domain)
        for version in loaded.versions.values():
            for res in version.resources:
                rows.append((resource_path(res), " ".join(sorted(_ops(res)))))
        with formatter.section("Resources (and their operations)"):
            formatter.write_dl(rows)


class ApiGroup(Group):
    """The domains."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(desc.index())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        name = _domain_name(cmd_name)
        return None if name is None else DomainGroup(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [
            (name, f"{info['host']} ({', '.join(info['versions'])})")
            for name, info in sorted(desc.index().items())
        ]
        with formatter.section("Domains"):
            formatter.write_dl(rows)


@click.group(cls=ApiGroup)
def api() -> None:
    """Call any operation of any Twilio API, described by callbox's API description.

    \b
    callbox api core messages create --To +14155550100 --From +15005550006 --Body hi
    callbox api verify v2/services list --limit 0
    callbox api api v2010/accounts/calls/recordings list --CallSid CA...
    callbox api core messages create --help      (its parameters, types and enums)
    """
