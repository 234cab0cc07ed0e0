"""The resource tree: one generic set of nodes walks the API description.

``client.api.v2010.accounts(sid).calls(call_sid).recordings.list()`` is a
chain of :class:`DomainNode`, :class:`VersionNode`, :class:`ListNode` and
:class:`InstanceContext` objects, each holding the resource description and the
path values bound so far. Operations are looked up in the description and
handed to the client through :class:`Dispatch`, the one seam between the tree
and the clients: the client is the only place that knows sync from async, and
this module imports nothing of it.
"""

from __future__ import annotations

from .. import description as desc

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Protocol

    from ..description import Operation, Resource

    class Dispatch(Protocol):
        """What the tree (and the records and pages it yields) asks of a client.

        :class:`~callbox.rest.Client` and :class:`~callbox.rest.AsyncClient` implement
        it, one blocking and one awaiting; the results are whatever the client makes of
        the answer (an :class:`~callbox.rest.Instance`, or an awaitable of one).
        """

        def _call(self, node: Node, op: Operation, /, *args: Any, **kwargs: Any) -> Any:
            """Send ``op`` (create, fetch, update, delete) at ``node``."""

        def _list(self, node: Node, op: Operation, /, **kwargs: Any) -> Any:
            """Every record (up to ``limit``) of the list operation ``op``."""

        def _stream(self, node: Node, op: Operation, /, **kwargs: Any) -> Any:
            """The records of ``op``, fetched page by page as they are reached."""

        def _page(self, node: Node, op: Operation, /, **kwargs: Any) -> Any:
            """One page of ``op``."""

        def _get_page(self, node: Node, op: Operation, /, target_url: str) -> Any:
            """The page of ``op`` at an absolute URL."""

        def _page_at(self, node: Node, url: str | None) -> Any:
            """The page at ``url`` (a neighbour's link), or None without one."""

        def _host_for(self, host: str) -> str:
            """Scheme, host and prefix that requests for a Twilio host go to."""

        def _account_context(self, accounts: Resource) -> InstanceContext:
            """The client's own account, as a context of the Accounts resource."""


_LIST_VERBS = ("list", "stream", "page", "get_page")


def _snake(name: str) -> str:
    """``CountryCode`` → ``country_code``, ``reportId`` → ``report_id``, ``SIPDomain`` → ``sip_domain``.

    A word starts at an upper-case letter after a lower-case letter or a digit, or at the
    last capital of a run followed by a lower-case letter. (No :mod:`re`: this runs on the
    first ``node(...)`` of a process.)
    """
    out = []
    last = len(name) - 1
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            before = name[i - 1]
            if (
                before.islower()
                or before.isdigit()
                or (before.isupper() and i < last and name[i + 1].islower())
            ):
                out.append("_")
        out.append(ch.lower())
    return "".join(out)


_PATH_NAMES: dict[int, tuple[str, ...]] = {}


def path_names(res: Resource) -> tuple[str, ...]:
    """The Python names of a resource's own path parameters (``("sid",)``, ``("country_code",)``).

    They are what ``list_node(...)`` takes by keyword, what the stubs call them, and the
    record fields that hold their values.
    """
    cached = _PATH_NAMES.get(id(res))
    if cached is None:
        path, names = res.instance_path or "", []
        start = path.find("{")
        while start >= 0:
            end = path.find("}", start)
            names.append(path[start + 1 : end])
            start = path.find("{", end)
        own = names[len(names) - res.own_params :] if res.own_params else []
        cached = _PATH_NAMES[id(res)] = tuple(_snake(n) for n in own)
    return cached


def _bind(method: Callable[..., Any], node: Node, op: Operation) -> Callable[..., Any]:
    def operation(*args: Any, **kwargs: Any) -> Any:
        return method(node, op, *args, **kwargs)

    operation.__name__ = op.name
    return operation


def _list_verb(client: Dispatch, name: str) -> Callable[..., Any]:
    if name == "list":
        return client._list
    if name == "stream":
        return client._stream
    if name == "page":
        return client._page
    return client._get_page


class Node:
    """A position in the resource tree: a list node or an instance context."""

    __slots__ = ("_client", "_res", "_values")
    _instance = False

    def __init__(self, client: Dispatch, res: Resource, values: tuple[str, ...]) -> None:
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
            return _bind(_list_verb(client, name), self, ops["list"])
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

    def __call__(self, *ids: str, **named: str) -> Any:
        res = self._res
        if res.instance_path is None:
            if ids or named:
                raise TypeError(f"{res.qualified_name} is not addressed by an id")
            return self
        names = path_names(res)
        if named:
            ids = _name_ids(res.qualified_name, names, ids, named)
        elif len(ids) != len(names):
            raise TypeError(
                f"{res.qualified_name}(...) takes {len(names)} id(s) "
                f"({', '.join(names) or 'none'}), got {len(ids)}"
            )
        for name, value in zip(names, ids, strict=True):
            if not isinstance(value, str) or not value:
                raise TypeError(
                    f"{res.qualified_name}(...): {name} must be a non-empty string, got {value!r}"
                )
        return InstanceContext(self._client, res, self._values + ids)

    get = __call__


def _name_ids(
    where: str, names: tuple[str, ...], ids: tuple[str, ...], named: dict[str, str]
) -> tuple[str, ...]:
    """Positional and keyword ids in path order, as a call binds them."""
    bound = dict(zip(names, ids, strict=False))
    if len(ids) > len(names):
        raise TypeError(f"{where}(...) takes {len(names)} id(s), got {len(ids)}")
    for name, value in named.items():
        if name not in names:
            raise TypeError(
                f"{where}(...) got an unexpected id {name!r}; valid: {', '.join(names)}"
            )
        if name in bound:
            raise TypeError(f"{where}(...) got multiple values for {name!r}")
        bound[name] = value
    missing = [name for name in names if name not in bound]
    if missing:
        raise TypeError(f"{where}(...) is missing the id(s) {', '.join(map(repr, missing))}")
    return tuple(bound[name] for name in names)


class InstanceContext(Node):
    """One record's address: ``fetch``, ``update``, ``delete`` and its children."""

    __slots__ = ()
    _instance = True


class VersionNode:
    """``client.<domain>.<version>``: the version's top-level resources."""

    __slots__ = ("_client", "_version")

    def __init__(self, client: Dispatch, version: desc.Version) -> None:
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
        accounts = _accounts(self._version)
        if name == "account" and accounts is not None:
            return self._client._account_context(accounts)
        raise AttributeError(
            f"{self._version.domain}.{self._version.name} has no {name!r}; "
            f"it has: {', '.join(sorted(self._version.roots))}"
        )

    def __dir__(self) -> list[str]:
        names = set(self._version.roots)
        accounts = _accounts(self._version)
        if accounts is not None:
            names |= set(accounts.instance_children) | {"account"}
        return sorted(names)

    def __repr__(self) -> str:
        return f"<{self._version.domain}.{self._version.name}>"


def _account_scoped(version: desc.Version, name: str) -> Resource | None:
    """The Accounts resource when ``name`` hangs off an account (2010 API shortcuts)."""
    accounts = _accounts(version)
    if accounts is not None and name in accounts.instance_children:
        return accounts
    return None


def _accounts(version: desc.Version) -> Resource | None:
    """The version's Accounts resource if one account can be addressed in it (the 2010 API)."""
    accounts = version.roots.get("accounts")
    return accounts if accounts is not None and accounts.instance_path is not None else None


def _version_key(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else -1, name)


class DomainNode:
    """``client.<domain>``: its versions, and the newest version's resources directly."""

    __slots__ = ("_client", "_domain", "_versions")

    def __init__(self, client: Dispatch, domain: desc.Domain) -> None:
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
                or (name == "account" and _accounts(version) is not None)
            ):
                return getattr(self._version(vname), name)
        raise AttributeError(
            f"{self._domain.name} has no {name!r}; versions: {', '.join(sorted(versions))}"
        )

    def __dir__(self) -> list[str]:
        names = set(self._domain.versions)
        for version in self._domain.versions.values():
            names |= set(version.roots)
            accounts = _accounts(version)
            if accounts is not None:
                names |= set(accounts.instance_children) | {"account"}
        return sorted(names)

    def __repr__(self) -> str:
        return f"<{self._domain.name} domain>"
