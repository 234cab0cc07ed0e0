"""Webhooks that must arrive in order (status callbacks), sent one after the other.

A call never waits for the app to acknowledge a status callback, yet Twilio's callbacks
for one call or one conference go out in order.  An :class:`Outbox` queues them and a task
of its own sends them one at a time; :meth:`flush` waits until the queue is empty (a call
ends only once its last callback went out).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["Outbox"]

#: What the webhooks are about (a call leg), as the engine takes it.
L = TypeVar("L")
L_contra = TypeVar("L_contra", contravariant=True)


class Sender(Protocol[L_contra]):
    """The engine, as far as sending webhooks goes."""

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...

    async def webhook(
        self,
        leg: L_contra | None,
        purpose: str,
        url: str,
        method: str,
        params: list[tuple[str, str]],
        *,
        idempotency: str | None = None,
        level: str = "error",
        account_sid: str | None = None,
        resource_sid: str | None = None,
    ) -> object: ...


class Outbox(Generic[L]):
    """Ordered webhooks about one leg (or one conference, logged on ``leg`` when given)."""

    def __init__(
        self,
        engine: Sender[L],
        leg: L | None = None,
        *,
        account_sid: str | None = None,
        resource_sid: str | None = None,
    ) -> None:
        self.engine = engine
        self.leg = leg
        self.account_sid = account_sid
        self.resource_sid = resource_sid
        self._queue: asyncio.Queue[tuple[Any, ...] | None] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None

    def put(
        self,
        purpose: str,
        url: str,
        method: str,
        params: list[tuple[str, str]],
        *,
        idempotency: str | None = None,
        sent: Callable[[], None] | None = None,
    ) -> None:
        """Queue one webhook; ``sent`` runs once it went out (whatever the app answered)."""
        self._queue.put_nowait((purpose, url, method, params, idempotency, sent))
        if self._worker is None or self._worker.done():
            self._worker = self.engine.start(self._send())

    async def _send(self) -> None:
        while True:
            item = await self._queue.get()
            if item is None:
                return
            purpose, url, method, params, idempotency, sent = item
            await self.engine.webhook(
                self.leg,
                purpose,
                url,
                method,
                params,
                idempotency=idempotency,
                level="warning",
                account_sid=self.account_sid,
                resource_sid=self.resource_sid,
            )
            if sent is not None:
                sent()

    async def flush(self) -> None:
        """Wait until every queued webhook went out."""
        worker = self._worker
        if worker is None or worker.done():
            return
        self._queue.put_nowait(None)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.shield(worker)
