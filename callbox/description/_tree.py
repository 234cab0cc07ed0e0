"""The resource tree of one domain: :class:`Resource`, :class:`Version`, :class:`Domain`."""

from __future__ import annotations

from . import _format

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._model import Operation


def _count_params(path: str | None) -> int:
    return path.count("{") if path else 0


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
        self.index = index  # position in its version's resources (parents come first)
        self.name = name
        self.parent = parent
        self.at_instance = at_instance  # hangs off the parent's instance, else its list node
        self.list_path = list_path
        self.instance_path = instance_path
        self.sid_prefix = sid_prefix
        self.list_key = list_key
        self.paging = paging  # "page" (2010 next_page_uri) or "meta"
        self.fields = fields
        # Operations are built from their records in the file on first use.
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
            ops = self._list_ops = _format.operations(self._raw_list_ops, False)
        return ops

    @property
    def instance_ops(self) -> dict[str, Operation]:
        ops = self._instance_ops
        if ops is None:
            ops = self._instance_ops = _format.operations(self._raw_instance_ops, True)
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
