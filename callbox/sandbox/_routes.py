"""The URL table: every list and instance path of the description, precompiled.

Paths are matched segment by segment in a trie built once per process (one
dict lookup per literal segment, a short list of templates such as ``{Sid}``
or ``{Sid}.json`` otherwise), so routing costs the same for 600 resources as
for 6. A request path is ``/<label>/<described path>`` where ``label`` is the
first DNS label of the domain's host (``api``, ``verify``, ``flex-api``).
"""

from __future__ import annotations

import re
import threading

from callbox import description as desc
from callbox.description import Resource

__all__ = ["Route", "match", "routes"]

_PARAM = re.compile(r"^\{([^}]+)\}(.*)$")


class Route:
    """One described path: its resource, whether it is the instance path, its parameters."""

    __slots__ = ("instance", "label", "params", "path", "resource")

    def __init__(self, label: str, resource: Resource, instance: bool, path: str) -> None:
        self.label = label
        self.resource = resource
        self.instance = instance
        self.path = path
        self.params = tuple(re.findall(r"\{([^}]+)\}", path))

    def __repr__(self) -> str:
        kind = "instance" if self.instance else "list"
        return f"<Route {self.resource.qualified_name} {kind}>"


class _Node:
    __slots__ = ("literal", "route", "templates")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.templates: list[tuple[str, _Node]] = []  # (suffix, child)
        self.route: Route | None = None

    def child(self, segment: str) -> _Node:
        m = _PARAM.match(segment)
        if m is None:
            node = self.literal.get(segment)
            if node is None:
                node = self.literal[segment] = _Node()
            return node
        suffix = m.group(2)
        for have, node in self.templates:
            if have == suffix:
                return node
        node = _Node()
        self.templates.append((suffix, node))
        # Longer suffixes first so "{Sid}.json" wins over "{Sid}".
        self.templates.sort(key=lambda t: -len(t[0]))
        return node


_ROOT: _Node | None = None
_ALL: list[Route] = []
_LOCK = threading.Lock()


def _build() -> _Node:
    global _ROOT
    with _LOCK:
        if _ROOT is not None:
            return _ROOT
        root = _Node()
        for name, info in desc.index().items():
            label = str(info["host"]).split(".", 1)[0]
            for version in desc.domain(name).versions.values():
                for res in version.resources:
                    for instance in (False, True):
                        path = res.path(instance)
                        if not path or (instance and path == res.list_path):
                            continue
                        node = root.child(label)
                        for seg in path.strip("/").split("/"):
                            node = node.child(seg)
                        if node.route is None:
                            node.route = Route(label, res, instance, path)
                            _ALL.append(node.route)
        _ROOT = root
        return root


def routes() -> list[Route]:
    """Every route (for tests and tools)."""
    _build()
    return list(_ALL)


def is_label(segment: str) -> bool:
    """Whether a path's first segment names a Twilio host (``api``, ``verify`` ...)."""
    return segment in (_ROOT or _build()).literal


def match(path: str) -> tuple[Route, dict[str, str]] | None:
    """The route of a request path and its parameter values, or None."""
    root = _ROOT or _build()
    segments = path.strip("/").split("/")
    if not segments or any(not s for s in segments):
        return None
    found = _walk(root, segments, 0, [])
    if found is None:
        return None
    route, values = found
    return route, dict(zip(route.params, values, strict=True))


def _walk(
    node: _Node, segments: list[str], i: int, values: list[str]
) -> tuple[Route, list[str]] | None:
    if i == len(segments):
        return (node.route, values) if node.route is not None else None
    seg = segments[i]
    nxt = node.literal.get(seg)
    if nxt is not None:
        found = _walk(nxt, segments, i + 1, values)
        if found is not None:
            return found
    for suffix, child in node.templates:
        if suffix:
            if not seg.endswith(suffix) or len(seg) == len(suffix):
                continue
            value = seg[: -len(suffix)]
        else:
            value = seg
        found = _walk(child, segments, i + 1, [*values, value])
        if found is not None:
            return found
    return None
