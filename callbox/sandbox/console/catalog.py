"""The API description as the console's "Try an API call" reads it: compact JSON per domain.

``GET /_sandbox/api`` lists the domains; ``GET /_sandbox/api/{domain}`` gives one domain's
resources, each with its operations (method, path template, parameters) and the chain of
attribute names and ids that reaches it on :class:`callbox.Client`, so the console can
write the same call as Python.  Built from :mod:`callbox.description`, once per domain.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from callbox import description as desc
from callbox.description import Resource

__all__ = ["domain_catalog", "domains"]


def domains() -> list[dict[str, Any]]:
    """Every domain: its name, URL label, Twilio host and versions."""
    out = []
    for name, info in sorted(desc.index().items()):
        host = str(info["host"])
        out.append(
            {
                "name": name,
                "label": host.split(".", 1)[0],
                "host": host,
                "versions": list(info["versions"]),
            }
        )
    return out


def _title(res: Resource) -> str:
    names = []
    node: Resource | None = res
    while node is not None:
        names.append(node.name)
        node = node.parent
    return " \u203a ".join(n.replace("_", " ").title().replace(" ", "") for n in reversed(names))


def _chain(res: Resource) -> list[list[Any]] | None:
    """``[[attribute, ids], ...]`` from the version node down to ``res`` (whose own ids the
    caller adds for an instance operation); None when the client cannot walk there (a list
    path with values no ancestor supplies: the console then uses ``client.request``)."""
    steps: list[list[Any]] = [[res.name, 0]]
    node = res
    while node.parent is not None:
        parent = node.parent
        steps.append([parent.name, parent.own_params if node.at_instance else 0])
        node = parent
    steps.reverse()
    supplied = sum(int(n) for _, n in steps)
    wanted = res.list_path.count("{") if res.list_path else 0
    if res.list_path is None and res.instance_path is not None:
        wanted = res.instance_path.count("{") - res.own_params
    return steps if supplied == wanted else None


def _param(p: desc.Param) -> list[Any]:
    row: list[Any] = [p.api_name, p.py_name, p.location, p.type, 1 if p.required else 0]
    if p.enum:
        row.append(list(p.enum))
    return row


def _resource(res: Resource) -> dict[str, Any] | None:
    ops = []
    for instance in (False, True):
        path = res.path(instance)
        if path is None:
            continue
        for name, op in res.ops(instance).items():
            ops.append(
                {
                    "op": name,
                    "method": op.method,
                    "path": path,
                    "instance": instance,
                    "json": op.json_body,
                    "params": [_param(p) for p in op.params],
                }
            )
    if not ops:
        return None
    return {
        "name": res.qualified_name.split(".", 1)[1],
        "title": _title(res),
        "version": res.version,
        "own": res.own_params,
        "py": _chain(res),
        "ops": ops,
    }


@cache
def domain_catalog(name: str) -> dict[str, Any]:
    """One domain's resources and operations (KeyError for an unknown domain)."""
    if name not in desc.index():
        raise KeyError(name)
    found = desc.domain(name)
    resources = []
    for version in found.versions.values():
        for res in version.resources:
            row = _resource(res)
            if row is not None:
                resources.append(row)
    return {
        "name": name,
        "label": found.host.split(".", 1)[0],
        "host": found.host,
        "resources": resources,
    }
