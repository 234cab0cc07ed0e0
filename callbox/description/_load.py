"""Reading the shipped files: the index once, each domain's file on first use."""

from __future__ import annotations

import os

from . import _format
from ._tree import Domain, Resource, Version

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

_DIR = os.path.dirname(__file__)
_INDEX: dict[str, dict[str, Any]] = {}
_DOMAINS: dict[str, Domain] = {}


def _records(name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Line number and object of every line of a shipped ``.jsonl`` file."""
    import json

    path = os.path.join(_DIR, name)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    try:  # one parse of the whole file is faster than one per line
        records = json.loads("[" + ",".join(lines) + "]")
    except ValueError:
        for number, line in enumerate(lines, 1):
            try:
                json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not a JSON object: {exc}") from None
        raise
    return enumerate(records, 1)


def index() -> dict[str, dict[str, Any]]:
    """Domain name → ``{"host": ..., "versions": [...]}``; tiny, read once."""
    if not _INDEX:
        _INDEX.update(
            (rec["domain"], {"host": rec["host"], "versions": rec["versions"]})
            for _, rec in _records("index.jsonl")
        )
    return _INDEX


def domain(name: str) -> Domain:
    """Load one domain's description (once per process); ``KeyError`` for an unknown name."""
    loaded = _DOMAINS.get(name)
    if loaded is not None:
        return loaded
    info = index()[name]
    versions = {v: Version(name, v, [], {}) for v in info["versions"]}
    # Every list and instance path read so far: a resource names its parent by the path it
    # hangs off, which also says whether it hangs off the instance or the list node.
    by_path: dict[str, Resource] = {}
    for number, rec in _records(f"{name}.jsonl"):
        vname = rec["version"]
        version = versions.get(vname)
        if version is None:
            raise ValueError(f"{name}.jsonl:{number}: version {vname!r} is not in the index")
        parent_path = rec.get("parent_path")
        parent = None if parent_path is None else by_path.get(parent_path)
        if parent_path is not None and parent is None:
            raise ValueError(f"{name}.jsonl:{number}: no earlier resource has {parent_path}")
        res = Resource(
            domain=name,
            version=vname,
            index=len(version.resources),
            name=rec["name"],
            parent=parent,
            at_instance=parent is not None and parent.instance_path == parent_path,
            list_path=rec.get("list_path"),
            instance_path=rec.get("instance_path"),
            sid_prefix=rec.get("sid_prefix"),
            list_key=rec.get("list_key"),
            paging=rec.get("paging"),
            fields=_format.fields(rec),
            list_ops=rec.get("list_ops", {}),
            instance_ops=rec.get("instance_ops", {}),
        )
        version.resources.append(res)
        if parent is None:
            version.roots[res.name] = res
        else:
            parent.children(res.at_instance)[res.name] = res
        for path in (res.list_path, res.instance_path):
            if path is not None:
                by_path[path] = res
    loaded = _DOMAINS[name] = Domain(name, info["host"], versions)
    return loaded


def all_resources() -> list[Resource]:
    """Every resource of every domain (loads everything; for tools and tests)."""
    return [r for d in index() for v in domain(d).versions.values() for r in v.resources]
