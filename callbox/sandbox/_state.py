"""The running sandbox: its store, event log, accounts and background tasks.

One :class:`SandboxState` exists per server. The HTTP layer, the control API
and every hook (through ``ctx.sandbox``) share it.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from collections.abc import Coroutine
from typing import Any

from ._events import EventLog
from ._store import Store

__all__ = ["CLOCKS", "MAX_STEP_DELAY", "SandboxState", "checked_clock", "checked_step_delay"]

#: What calls can run on: virtual time (idle waits skipped) or real time.
CLOCKS = ("virtual", "real")

#: The longest pause allowed between two status changes of a message, in seconds.
MAX_STEP_DELAY = 3600.0


def checked_step_delay(value: float | str) -> float:
    """``value`` as a step delay in seconds, or :class:`ValueError` saying what is allowed."""
    seconds = float(value)
    if not 0 <= seconds <= MAX_STEP_DELAY:  # NaN fails this too
        raise ValueError(f"the step delay must be between 0 and {MAX_STEP_DELAY:g} seconds")
    return seconds


def checked_clock(value: str) -> str:
    """``value`` as a clock name, or :class:`ValueError` naming the choices."""
    name = str(value).strip().lower()
    if name not in CLOCKS:
        raise ValueError(f"the clock must be one of {', '.join(CLOCKS)}, not {value!r}")
    return name


log = logging.getLogger("callbox.sandbox")


class SandboxState:
    """Everything one sandbox server owns.

    ``base_url`` is the sandbox's own address (``http://127.0.0.1:8787``), set
    when the server knows its port. ``spawn(coro)`` runs a background task on
    the server's event loop from any thread; tasks are cancelled on reset and
    on shutdown.

    Configuration (``message_step_delay``: seconds between two status changes of
    a message, None for the default; ``voice_clock``: ``"virtual"`` or ``"real"``, what
    calls run on) is kept apart from state: a reset forgets records, events and
    ``extras`` but not the configuration.
    """

    def __init__(self, store: Store, base_url: str = "http://127.0.0.1:8787") -> None:
        self.store = store
        self.events = EventLog()
        self.base_url = base_url
        self.loop: asyncio.AbstractEventLoop | None = None
        self.main_account_sid = ""
        self.main_auth_token = ""
        self.message_step_delay: float | None = None
        self.voice_clock = "virtual"
        self.extras: dict[str, Any] = {}  # free space for behaviours (phones, caches, ...)
        self._tasks: set[asyncio.Future[Any]] = set()
        self._lock = threading.Lock()

    # ------------------------------------------------------------ tasks

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run ``coro`` in the background on the server's loop (callable from any thread)."""
        loop = self.loop
        if loop is None or loop.is_closed():
            coro.close()
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self.start(coro)
        else:
            loop.call_soon_threadsafe(self.start, coro)

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start ``coro`` as a background task now (on the loop's thread), outside the
        request that asked for it: its writes commit on their own, not with the
        request's group."""
        assert self.loop is not None
        task = contextvars.Context().run(self.loop.create_task, coro)
        self.track(task)
        return task

    def track(self, task: asyncio.Future[Any]) -> None:
        """Keep ``task`` with the background tasks: cancelled on reset and shutdown, its
        failure logged."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)

    @property
    def pending_tasks(self) -> int:
        return len(self._tasks)

    def cancel_tasks(self) -> int:
        """Cancel every background task (a reset: nothing from before may write after it)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        return len(tasks)

    async def aclose(self) -> None:
        """Cancel background tasks and wait for them to finish (server shutdown)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def _log_failure(fut: asyncio.Future[Any]) -> None:
    if fut.cancelled():
        return
    exc = fut.exception()
    if exc is not None:
        log.error("sandbox background task failed", exc_info=exc)
