"""The sandbox's event log: what happened, in order, for tests and tools to wait on.

Hooks and background tasks append events (``message.status``, ``webhook.request``,
...); ``/_sandbox/events`` lists them and long-polls for new ones. It lives beside
the state that owns it (:mod:`._state`), apart from the hooks that write to it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from typing import Any

__all__ = ["EventLog"]


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
        self._closed = False

    @property
    def last_seq(self) -> int:
        return self._seq

    @property
    def closed(self) -> bool:
        """The server is stopping: waits return at once, so long polls end."""
        return self._closed

    def close(self) -> None:
        """Wake every waiter and make later waits return at once (callable from any thread,
        a signal handler included): a held long poll must not hold up the server's stop."""
        with self._lock:
            self._closed = True
            waiters, self._waiters = self._waiters, []
        for loop, flag in waiters:
            try:
                loop.call_soon_threadsafe(flag.set)
            except RuntimeError:
                pass

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
                if self._seq > after or self._closed:
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
