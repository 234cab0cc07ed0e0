"""The contract between the sandbox core and the behaviours built on it.

The core answers every operation of the API description generically. A
*behaviour* makes one operation act like Twilio (a message moving from
``queued`` to ``delivered``, a webhook fired, a number bought) by registering a
hook::

    from callbox.sandbox._hooks import Ctx, HookResult, hook
    from callbox.sandbox.errors import SandboxError

    @hook("api.v2010.accounts.messages", "create")
    def send(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
        if not params.get("Body") and not params.get("MediaUrl"):
            raise SandboxError(400, 21602, "Message body is required.")
        record["status"] = "queued"
        ctx.after_commit(lambda: launch(ctx.sandbox, record))
        return record

Hook arguments: ``params`` are the request's parameters by API name, already
checked against the description (required ones present, enums valid, values
converted: ints, bools, lists for repeated keys); ``record`` is, for
``create``, the default record the core built (SID with the resource's prefix,
``account_sid``, dates, ``uri``/``url``, links, every described field present,
fields filled from same-named parameters); for ``update`` the stored record
with the parameters merged; for ``delete``/``fetch`` the stored record; for
``list`` ``None`` (the hook may return ``{"records": [...]}`` to replace the
page's rows). A hook returns a replacement record or ``None`` (keep the one it
was given, possibly changed in place) or raises :class:`SandboxError`. Several
hooks on one operation run in registration order.

Keys starting with ``_`` in a record are the sandbox's own bookkeeping: stored,
never rendered.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from ._records import default_record, resource_by_name

if TYPE_CHECKING:
    from callbox.description import Resource

    from ._events import EventLog
    from ._state import SandboxState
    from ._store import Store

__all__ = [
    "OPS",
    "Alias",
    "Ctx",
    "Hook",
    "HookResult",
    "Starter",
    "alias",
    "aliases_for",
    "hook",
    "hooks_for",
    "on_start",
    "on_stop",
    "route",
    "routes_added",
    "starters",
    "stoppers",
]

OPS = ("create", "fetch", "list", "update", "delete")

#: What a hook returns: a replacement record, or None to keep the one it was given.
HookResult: TypeAlias = "dict[str, Any] | None"
Hook = Callable[["Ctx", dict[str, Any], "dict[str, Any] | None"], HookResult]
_H = TypeVar("_H", bound=Hook)

_HOOKS: dict[tuple[str, str], list[Hook]] = {}


def hook(qualified_name: str, op: str) -> Callable[[_H], _H]:
    """Register the decorated function as a behaviour of ``op`` on a resource.

    ``qualified_name`` is the resource's name in the description
    (``api.v2010.accounts.messages``); ``op`` one of create, fetch, list,
    update, delete. Registering the same function twice is a no-op.
    """
    if op not in OPS:
        raise ValueError(f"unknown operation {op!r}; expected one of {', '.join(OPS)}")

    def register(fn: _H) -> _H:
        fns = _HOOKS.setdefault((qualified_name, op), [])
        if fn not in fns:
            fns.append(fn)
        return fn

    return register


def hooks_for(qualified_name: str, op: str) -> list[Hook]:
    """The hooks registered for one operation (empty list if none)."""
    return _HOOKS.get((qualified_name, op), [])


Alias = Callable[["Ctx", str], "str | None"]
_A = TypeVar("_A", bound=Alias)
_ALIASES: dict[tuple[str, str | None], list[Alias]] = {}


def alias(qualified_name: str, *, path: str | None = None) -> Callable[[_A], _A]:
    """Register a function that reads another name for a record's key.

    Some paths take more than a SID: ``Queues/{QueueSid}/Members/Front``, a conference
    participant's label, a conference's friendly name.  Before a record is looked up,
    the function gets the context and the path's value (the last one, or the ``path``
    parameter named) and returns the key it stands for, or None to keep it as it is.
    """

    def register(fn: _A) -> _A:
        fns = _ALIASES.setdefault((qualified_name, path), [])
        if fn not in fns:
            fns.append(fn)
        return fn

    return register


def aliases_for(qualified_name: str, path: str | None = None) -> list[Alias]:
    """The key aliases of a resource (``path``: of one named path parameter)."""
    return _ALIASES.get((qualified_name, path), [])


Starter = Callable[["SandboxState"], Any]
_STARTERS: list[Starter] = []


def on_start(fn: Starter) -> Starter:
    """Run ``fn(state)`` each time a sandbox server starts (on its event loop).

    Behaviours use it to take up work a previous process left unfinished.
    """
    if fn not in _STARTERS:
        _STARTERS.append(fn)
    return fn


def starters() -> list[Starter]:
    return list(_STARTERS)


Stopper = Callable[["SandboxState"], Awaitable[Any]]
_STOPPERS: list[Stopper] = []


def on_stop(fn: Stopper) -> Stopper:
    """Await ``fn(state)`` when a sandbox server stops cleanly, before its tasks are
    cancelled: behaviours use it to finish work in flight (calls end with their callbacks)."""
    if fn not in _STOPPERS:
        _STOPPERS.append(fn)
    return fn


def stoppers() -> list[Stopper]:
    return list(_STOPPERS)


_ROUTES: list[tuple[str, Callable[..., Any], tuple[str, ...]]] = []


def route(
    path: str, methods: tuple[str, ...] = ("GET",)
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a Starlette endpoint for a path of the sandbox's own (``/_sandbox/...``,
    or a Twilio path the description does not cover, such as recording media)."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        entry = (path, fn, methods)
        if entry not in _ROUTES:
            _ROUTES.append(entry)
        return fn

    return register


def routes_added() -> list[tuple[str, Callable[..., Any], tuple[str, ...]]]:
    """The endpoints behaviours registered, in order."""
    return list(_ROUTES)


class Ctx:
    """What a hook may use: the acting account, the store, the event log, the sandbox.

    ``account`` is the authenticated account's record (``sid``, ``auth_token``,
    ``status``, ``owner_account_sid``...); ``scope`` the account SID the request
    acts in (a parent may act in a subaccount's path); ``path`` the path
    parameters by name (``{"AccountSid": "AC...", "Sid": "SM..."}``).
    """

    __slots__ = ("_after", "account", "op", "path", "resource", "sandbox", "scope")

    def __init__(
        self,
        sandbox: SandboxState,
        account: dict[str, Any],
        scope: str,
        resource: Resource | None = None,
        op: str = "",
        path: dict[str, str] | None = None,
    ) -> None:
        self.sandbox = sandbox
        self.account = account
        self.scope = scope
        self.resource = resource
        self.op = op
        self.path = path or {}
        self._after: list[Callable[[], Any]] = []

    @property
    def store(self) -> Store:
        return self.sandbox.store

    @property
    def events(self) -> EventLog:
        return self.sandbox.events

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url

    def after_commit(self, fn: Callable[[], Any]) -> None:
        """Run ``fn()`` once the record is stored and the answer is on its way.

        ``fn`` may be a plain function or return an awaitable (an ``async def``
        function); an awaitable runs as a background task of the sandbox.
        """
        self._after.append(fn)

    def new_record(
        self, qualified_name: str, path: dict[str, str] | None = None, **fields: Any
    ) -> dict[str, Any]:
        """A default record of another resource, built as ``create`` would build it.

        ``path`` gives the list path's parameters (``{"AccountSid": ...}``;
        ``AccountSid`` defaults to this context's scope, and the record belongs to
        that account). ``fields`` fill same-named fields. The record is not stored:
        pass it to ``ctx.store.put(qualified_name, record)``.
        """
        res = resource_by_name(qualified_name)
        values = {"AccountSid": self.scope, **(path or {})}
        # The record belongs to the account its path names (a subaccount's inbound message).
        return default_record(self.sandbox, res, values["AccountSid"], values, fields)
