"""The API description callbox ships: every Twilio resource, loaded lazily per domain.

``tools/gen_spec.py`` writes one compact JSON file per domain beside this module
(``api.json``, ``verify.json``, ... and ``index.json``); this module turns a file
into :class:`Resource` and :class:`Operation` objects. The REST client walks them
to build requests, the sandbox to answer them, so both read the same facts.
Nothing here does I/O beyond reading those files, and each is read at most once
per process.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "Domain",
    "Operation",
    "Param",
    "Resource",
    "Version",
    "all_resources",
    "domain",
    "index",
]

_DIR = os.path.dirname(__file__)


def _count_params(path: str | None) -> int:
    return path.count("{") if path else 0


class Param:
    """One request parameter."""

    __slots__ = ("api_name", "enum", "is_array", "location", "py_name", "required", "type")

    def __init__(
        self,
        api_name: str,
        py_name: str,
        location: str,
        type: str,
        required: bool,
        enum: tuple[Any, ...] | None = None,
    ) -> None:
        self.api_name = api_name
        self.py_name = py_name
        # "q" query, "f" form body, "h" header, "j" whole JSON body, "m" a JSON body's member
        self.location = location
        self.type = type  # s i n b o dt dr d, "a:<type>", or * (JSON members: any shape)
        self.required = required
        self.enum = enum
        self.is_array = type.startswith("a:")

    def __repr__(self) -> str:
        return f"<Param {self.py_name} ({self.api_name}, {self.location}, {self.type})>"


class Operation:
    """One HTTP operation of a resource: create, list, fetch, update or delete."""

    __slots__ = (
        "by_py_name",
        "json_body",
        "members",
        "method",
        "name",
        "on_instance",
        "params",
        "required",
        "status",
    )

    def __init__(
        self,
        name: str,
        method: str,
        on_instance: bool,
        params: tuple[Param, ...],
        status: int = 200,
        json_body: bool = False,
        members: tuple[Param, ...] = (),
    ) -> None:
        self.name = name
        self.method = method
        self.on_instance = on_instance
        self.params = params
        self.status = status
        self.json_body = json_body
        #: A JSON body's top-level members, as described (checked by the sandbox).
        self.members = members
        self.by_py_name = {p.py_name: p for p in params}
        self.required = tuple(p for p in params if p.required)

    def __repr__(self) -> str:
        return f"<Operation {self.name} {self.method}>"


class Resource:
    """A resource of one API version: its paths, operations and children."""

    __slots__ = (
        "_instance_ops",
        "_list_ops",
        "_raw_instance_ops",
        "_raw_list_ops",
        "at_instance",
        "domain",
        "fields",
        "index",
        "instance_children",
        "instance_path",
        "list_children",
        "list_key",
        "list_path",
        "name",
        "own_params",
        "paging",
        "parent",
        "sid_prefix",
        "version",
    )

    def __init__(
        self,
        domain: str,
        version: str,
        index: int,
        name: str,
        parent: Resource | None,
        at_instance: bool,
        list_path: str | None,
        instance_path: str | None,
        sid_prefix: str | None,
        list_key: str | None,
        paging: str | None,
        fields: dict[str, str],
        list_ops: dict[str, Any],
        instance_ops: dict[str, Any],
    ) -> None:
        self.domain = domain
        self.version = version
        self.index = index
        self.name = name
        self.parent = parent
        self.at_instance = at_instance  # hangs off the parent's instance, else its list node
        self.list_path = list_path
        self.instance_path = instance_path
        self.sid_prefix = sid_prefix
        self.list_key = list_key
        self.paging = paging  # "page" (2010 next_page_uri) or "meta"
        self.fields = fields
        # Operations are built from their raw description on first use.
        self._raw_list_ops = list_ops
        self._raw_instance_ops = instance_ops
        self._list_ops: dict[str, Operation] | None = None
        self._instance_ops: dict[str, Operation] | None = None
        self.list_children: dict[str, Resource] = {}
        self.instance_children: dict[str, Resource] = {}
        if instance_path is None:
            self.own_params = 0
        else:
            if list_path is not None:
                base = _count_params(list_path)
            elif parent is None:
                base = 0
            else:
                base = _count_params(parent.instance_path if at_instance else parent.list_path)
            self.own_params = _count_params(instance_path) - base

    @property
    def list_ops(self) -> dict[str, Operation]:
        ops = self._list_ops
        if ops is None:
            ops = self._list_ops = _ops(self._raw_list_ops, False)
        return ops

    @property
    def instance_ops(self) -> dict[str, Operation]:
        ops = self._instance_ops
        if ops is None:
            ops = self._instance_ops = _ops(self._raw_instance_ops, True)
        return ops

    def ops(self, instance: bool) -> dict[str, Operation]:
        return self.instance_ops if instance else self.list_ops

    def children(self, instance: bool) -> dict[str, Resource]:
        return self.instance_children if instance else self.list_children

    def path(self, instance: bool) -> str | None:
        return self.instance_path if instance else self.list_path

    @property
    def qualified_name(self) -> str:
        parts = []
        node: Resource | None = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return ".".join([self.domain, self.version, *reversed(parts)])

    def __repr__(self) -> str:
        return f"<Resource {self.qualified_name}>"


class Version:
    """One version of a domain: its resources, and the top-level ones by name."""

    __slots__ = ("domain", "name", "resources", "roots")

    def __init__(
        self, domain: str, name: str, resources: list[Resource], roots: dict[str, Resource]
    ) -> None:
        self.domain = domain
        self.name = name
        self.resources = resources
        self.roots = roots


class Domain:
    """One Twilio product host (api, verify, messaging, ...)."""

    __slots__ = ("host", "name", "versions")

    def __init__(self, name: str, host: str, versions: dict[str, Version]) -> None:
        self.name = name
        self.host = host
        self.versions = versions


def _read(name: str) -> Any:
    import json

    with open(os.path.join(_DIR, name), encoding="utf-8") as f:
        return json.load(f)


_INDEX: dict[str, dict[str, Any]] = {}
_DOMAINS: dict[str, Domain] = {}


def index() -> dict[str, dict[str, Any]]:
    """Domain name → {"host": ..., "versions": [...]}; tiny, read once."""
    if not _INDEX:
        _INDEX.update(_read("index.json"))
    return _INDEX


def _param(raw: list[Any]) -> Param:
    enum = tuple(raw[5]) if len(raw) > 5 else None
    return Param(raw[0], raw[1], raw[2], raw[3], bool(raw[4]), enum)


def _ops(raw: dict[str, Any], on_instance: bool) -> dict[str, Operation]:
    out = {}
    for name, op in raw.items():
        params = tuple(_param(p) for p in op["p"])
        out[name] = Operation(
            name,
            op["m"],
            on_instance,
            params,
            op.get("st", 200),
            op.get("body") == "json",
            tuple(_param(m) for m in op.get("jm", ())),
        )
    return out


def domain(name: str) -> Domain:
    """Load one domain's description (once per process)."""
    loaded = _DOMAINS.get(name)
    if loaded is not None:
        return loaded
    if name not in index():
        raise KeyError(name)
    raw = _read(f"{name}.json")
    versions = {}
    for vname, recs in raw["versions"].items():
        built: list[Resource] = []
        roots: dict[str, Resource] = {}
        for i, rec in enumerate(recs):
            parent = built[rec["parent"]] if rec["parent"] >= 0 else None
            res = Resource(
                domain=name,
                version=vname,
                index=i,
                name=rec["name"],
                parent=parent,
                at_instance=rec.get("at") == "i",
                list_path=rec.get("list"),
                instance_path=rec.get("inst"),
                sid_prefix=rec.get("sid"),
                list_key=rec.get("key"),
                paging=rec.get("paging"),
                fields={f: t for t, names in rec.get("fields", {}).items() for f in names},
                list_ops=rec.get("l", {}),
                instance_ops=rec.get("i", {}),
            )
            built.append(res)
            if parent is None:
                roots[res.name] = res
            else:
                parent.children(res.at_instance)[res.name] = res
        versions[vname] = Version(name, vname, built, roots)
    loaded = _DOMAINS[name] = Domain(name, raw["host"], versions)
    return loaded


def all_resources() -> list[Resource]:
    """Every resource of every domain (loads everything; for tools and tests)."""
    return [r for d in index() for v in domain(d).versions.values() for r in v.resources]
