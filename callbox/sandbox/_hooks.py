"""The contract between the sandbox core and the behaviours built on it.

The core answers every operation of the API description generically. A
*behaviour* makes one operation act like Twilio (a message moving from
``queued`` to ``delivered``, a webhook fired, a number bought) by registering a
hook::

    from callbox.sandbox._hooks import Ctx, hook
    from callbox.sandbox.errors import SandboxError

    @hook("api.v2010.accounts.messages", "create")
    def send(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> dict | None:
        if not params.get("Body") and not params.get("MediaUrl"):
            raise SandboxError(400, 21602, "Message body is required.")
        record["status"] = "queued"
        ctx.after_commit(lambda: ctx.sandbox.spawn(progress(ctx, record["sid"])))
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

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._records import default_record, resource_by_name

if TYPE_CHECKING:
    from callbox.description import Resource

    from ._state import SandboxState
    from ._store import Store

__all__ = ["OPS", "Ctx", "EventLog", "Hook", "hook", "hooks_for"]

OPS = ("create", "fetch", "list", "update", "delete")

Hook = Callable[["Ctx", dict[str, Any], "dict[str, Any] | None"], "dict[str, Any] | None"]
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


class EventLog:
    """An in-memory, bounded log of what happened, listed by ``/_sandbox/events``.

    Every event is a dict ``{"seq", "kind", "time", **data}``; ``seq`` grows by
    one per event so a reader can ask for everything after the last one it saw.
    Safe to use from any thread; :meth:`wait` lets a long-poll request sleep
    until something new arrives instead of polling blindly.
    """

    def __init__(self, limit: int = 20_000) -> None:
        self._events: deque[dict[str, Any]] = deque(maxlen=limit)
        self._seq = 0
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    @property
    def last_seq(self) -> int:
        return self._seq

    def emit(self, kind: str, **data: Any) -> dict[str, Any]:
        """Append an event and wake every waiter."""
        with self._lock:
            self._seq += 1
            event = {"seq": self._seq, "kind": kind, "time": time.time(), **data}
            self._events.append(event)
            waiters, self._waiters = self._waiters, []
        for loop, flag in waiters:
            try:
                loop.call_soon_threadsafe(flag.set)
            except RuntimeError:  # that loop is closed: nobody waits any more
                pass
        return event

    def list(self, after: int = 0, kind: str | None = None, **match: Any) -> list[dict[str, Any]]:
        """Events with ``seq > after``, of one kind if given, whose fields equal ``match``."""
        with self._lock:
            events = [e for e in self._events if e["seq"] > after]
        if kind is not None:
            events = [e for e in events if e["kind"] == kind]
        if match:
            events = [e for e in events if all(e.get(k) == v for k, v in match.items())]
        return events

    async def wait(self, after: int, timeout: float) -> None:
        """Return once an event with ``seq > after`` exists, or after ``timeout`` seconds."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            with self._lock:
                if self._seq > after:
                    return
                flag = asyncio.Event()
                self._waiters.append((asyncio.get_running_loop(), flag))
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return
            try:
                await asyncio.wait_for(flag.wait(), left)
            except asyncio.TimeoutError:
                return

    def clear(self) -> None:
        """Forget every event (``seq`` keeps growing so readers never go back)."""
        with self._lock:
            self._events.clear()


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
