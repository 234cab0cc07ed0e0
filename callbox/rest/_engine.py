"""The resource tree: one generic set of nodes walks the API description.

``client.api.v2010.accounts(sid).calls(call_sid).recordings.list()`` is a
chain of :class:`DomainNode`, :class:`VersionNode`, :class:`ListNode` and
:class:`InstanceContext` objects, each holding the resource description and the
path values bound so far. Operations are looked up in the description and
handed to the client, which is the only place that knows sync from async.
"""

from __future__ import annotations

from .. import description as desc

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from ..description import Operation, Resource
    from ._client import BaseClient

_LIST_VERBS = ("list", "stream", "page", "get_page")


def _bind(method: Callable[..., Any], node: Node, op: Operation) -> Callable[..., Any]:
    def operation(*args: Any, **kwargs: Any) -> Any:
        return method(node, op, *args, **kwargs)

    operation.__name__ = op.name
    return operation


class Node:
    """A position in the resource tree: a list node or an instance context."""

    __slots__ = ("_client", "_res", "_values")
    _instance = False

    def __init__(self, client: BaseClient, res: Resource, values: tuple[str, ...]) -> None:
        self._client = client
        self._res = res
        self._values = values

    @property
    def _path(self) -> str | None:
        return self._res.path(self._instance)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        res = self._res
        ops = res.ops(self._instance)
        client = self._client
        if name in _LIST_VERBS and "list" in ops:
            return _bind(getattr(client, "_" + name), self, ops["list"])
        if name in ops:
            return _bind(client._call, self, ops[name])
        child = res.children(self._instance).get(name)
        if child is not None:
            return ListNode(client, child, self._values)
        raise AttributeError(self._missing(name))

    def _missing(self, name: str) -> str:
        res = self._res
        where = res.qualified_name + ("(...)" if self._instance else "")
        have = sorted(res.ops(self._instance)) + sorted(res.children(self._instance))
        if "list" in res.ops(self._instance):
            have += ["stream", "page", "get_page"]
        return f"{where} has no {name!r}; it has: {', '.join(have) or 'nothing'}"

    def __dir__(self) -> list[str]:
        res = self._res
        names = set(res.ops(self._instance)) | set(res.children(self._instance))
        if "list" in res.ops(self._instance):
            names |= set(_LIST_VERBS)
        return sorted(names)

    def __repr__(self) -> str:
        kind = "context" if self._instance else "list"
        values = "/".join(self._values)
        return f"<{self._res.qualified_name} {kind}{' ' + values if values else ''}>"


class ListNode(Node):
    """A resource's collection: ``create``, ``list``, ``stream``, ``page``, and ``(sid)``."""

    __slots__ = ()

    def __call__(self, *ids: str) -> Any:
        res = self._res
        if res.instance_path is None:
            if ids:
                raise TypeError(f"{res.qualified_name} is not addressed by an id")
            return self
        want = res.own_params
        if len(ids) != want:
            raise TypeError(f"{res.qualified_name}(...) takes {want} id(s), got {len(ids)}")
        for value in ids:
            if not isinstance(value, str) or not value:
                raise TypeError(
                    f"{res.qualified_name}(...) ids must be non-empty strings, got {value!r}"
                )
        return InstanceContext(self._client, res, self._values + ids)

    get = __call__


class InstanceContext(Node):
    """One record's address: ``fetch``, ``update``, ``delete`` and its children."""

    __slots__ = ()
    _instance = True


class VersionNode:
    """``client.<domain>.<version>``: the version's top-level resources."""

    __slots__ = ("_client", "_version")

    def __init__(self, client: BaseClient, version: desc.Version) -> None:
        self._client = client
        self._version = version

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        res = self._version.roots.get(name)
        if res is not None:
            return ListNode(self._client, res, ())
        account = _account_scoped(self._version, name)
        if account is not None:
            return getattr(self._client._account_context(account), name)
        if name == "account" and "accounts" in self._version.roots:
            return self._client._account_context(self._version.roots["accounts"])
        raise AttributeError(
            f"{self._version.domain}.{self._version.name} has no {name!r}; "
            f"it has: {', '.join(sorted(self._version.roots))}"
        )

    def __dir__(self) -> list[str]:
        names = set(self._version.roots)
        accounts = self._version.roots.get("accounts")
        if accounts is not None:
            names |= set(accounts.instance_children) | {"account"}
        return sorted(names)

    def __repr__(self) -> str:
        return f"<{self._version.domain}.{self._version.name}>"


def _account_scoped(version: desc.Version, name: str) -> Resource | None:
    """The Accounts resource when ``name`` hangs off an account (2010 API shortcuts)."""
    accounts = version.roots.get("accounts")
    if accounts is not None and name in accounts.instance_children:
        return accounts
    return None


def _version_key(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else -1, name)


class DomainNode:
    """``client.<domain>``: its versions, and the newest version's resources directly."""

    __slots__ = ("_client", "_domain", "_versions")

    def __init__(self, client: BaseClient, domain: desc.Domain) -> None:
        self._client = client
        self._domain = domain
        self._versions: dict[str, VersionNode] = {}

    @property
    def base_url(self) -> str:
        return self._client._host_for(self._domain.host)

    def _version(self, name: str) -> VersionNode:
        node = self._versions.get(name)
        if node is None:
            node = self._versions[name] = VersionNode(self._client, self._domain.versions[name])
        return node

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        versions = self._domain.versions
        if name in versions:
            return self._version(name)
        for vname in sorted(versions, key=_version_key, reverse=True):
            version = versions[vname]
            if (
                name in version.roots
                or _account_scoped(version, name)
                or (name == "account" and "accounts" in version.roots)
            ):
                return getattr(self._version(vname), name)
        raise AttributeError(
            f"{self._domain.name} has no {name!r}; versions: {', '.join(sorted(versions))}"
        )

    def __dir__(self) -> list[str]:
        names = set(self._domain.versions)
        for version in self._domain.versions.values():
            names |= set(version.roots)
        return sorted(names)

    def __repr__(self) -> str:
        return f"<{self._domain.name} domain>"
