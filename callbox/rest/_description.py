"""The shipped API description, loaded lazily per domain.

``tools/gen_spec.py`` writes one JSON file per domain into ``_spec/``; this
module turns a file into :class:`Resource` and :class:`Operation` objects that
both the client and the sandbox walk. Nothing here does I/O beyond reading
those files, and each is read at most once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True, slots=True)
class Param:
    """One request parameter."""

    api_name: str
    py_name: str
    location: str  # "q" query, "f" form body, "h" header, "j" whole JSON body
    type: str  # s i n b o dt dr d, or "a:<type>"
    required: bool
    enum: tuple[Any, ...] | None = None

    @property
    def is_array(self) -> bool:
        return self.type.startswith("a:")


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation of a resource: create, list, fetch, update or delete."""

    name: str
    method: str
    on_instance: bool
    params: tuple[Param, ...]
    status: int = 200
    json_body: bool = False
    by_py_name: dict[str, Param] = field(default_factory=dict, compare=False, repr=False)

    @property
    def required(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.required)


@dataclass(eq=False, slots=True)
class Resource:
    """A resource of one API version: its paths, operations and children."""

    domain: str
    version: str
    index: int
    name: str
    parent: Resource | None
    at_instance: bool  # hangs off the parent's instance (True) or list node (False)
    list_path: str | None
    instance_path: str | None
    sid_prefix: str | None
    list_key: str | None
    paging: str | None  # "page" (2010 next_page_uri) or "meta"
    fields: dict[str, str]
    list_ops: dict[str, Operation]
    instance_ops: dict[str, Operation]
    list_children: dict[str, Resource] = field(default_factory=dict)
    instance_children: dict[str, Resource] = field(default_factory=dict)

    @property
    def depth(self) -> int:
        """Number of path parameters bound before this resource's own."""
        return len(_PARAM.findall(self.list_path or "")) if self.list_path else self._parent_depth

    @property
    def _parent_depth(self) -> int:
        p = self.parent
        if p is None:
            return 0
        return len(_PARAM.findall((p.instance_path if self.at_instance else p.list_path) or ""))

    @property
    def own_params(self) -> int:
        """How many path values ``resource(...)`` takes to reach the instance."""
        if self.instance_path is None:
            return 0
        base = (
            len(_PARAM.findall(self.list_path)) if self.list_path is not None else self._parent_depth
        )
        return len(_PARAM.findall(self.instance_path)) - base

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


@dataclass(slots=True)
class Version:
    domain: str
    name: str
    resources: list[Resource]
    roots: dict[str, Resource]


@dataclass(slots=True)
class Domain:
    name: str
    host: str
    versions: dict[str, Version]


def _read(name: str) -> Any:
    text = resources.files("callbox.rest").joinpath("_spec", name).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def index() -> dict[str, dict[str, Any]]:
    """Domain name → {"host": ..., "versions": [...]}; tiny, read once."""
    data: dict[str, dict[str, Any]] = _read("index.json")
    return data


def _param(raw: list[Any]) -> Param:
    enum = tuple(raw[5]) if len(raw) > 5 else None
    return Param(raw[0], raw[1], raw[2], raw[3], bool(raw[4]), enum)


def _ops(raw: dict[str, Any], on_instance: bool) -> dict[str, Operation]:
    out = {}
    for name, op in raw.items():
        params = tuple(_param(p) for p in op["p"])
        out[name] = Operation(
            name=name,
            method=op["m"],
            on_instance=on_instance,
            params=params,
            status=op.get("st", 200),
            json_body=op.get("body") == "json",
            by_py_name={p.py_name: p for p in params},
        )
    return out


@cache
def domain(name: str) -> Domain:
    """Load one domain's description (cached)."""
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
                fields={k: (v if isinstance(v, str) else v[0]) for k, v in rec.get("fields", {}).items()},
                list_ops=_ops(rec.get("l", {}), False),
                instance_ops=_ops(rec.get("i", {}), True),
            )
            built.append(res)
            if parent is None:
                roots[res.name] = res
            else:
                parent.children(res.at_instance)[res.name] = res
        versions[vname] = Version(name, vname, built, roots)
    return Domain(name, raw["host"], versions)


def all_resources() -> list[Resource]:
    """Every resource of every domain (loads everything; for tools and tests)."""
    return [r for d in index() for v in domain(d).versions.values() for r in v.resources]
