"""``memory://``: everything in this process's memory (one instance, tests, development)."""

from __future__ import annotations

import threading
import time
from typing import Any

from .base import Begin, Changes, Store

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """A store in a dict.  Claims and answers still apply, so a duplicate delivery to the
    one instance runs its handler once.  Nothing survives the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._claims: dict[str, tuple[str, float, str | None]] = {}  # owner, until, answer
        self._state: dict[str, tuple[dict[str, str], float]] = {}
        self._binds: dict[str, tuple[str, float]] = {}
        self._ops = 0

    def __repr__(self) -> str:
        return "MemoryStore()"

    def _purge(self, now: float) -> None:
        self._ops += 1
        if self._ops % 1024:
            return
        for table in (self._claims, self._state, self._binds):
            expired = [k for k, v in table.items() if v[1] <= now]
            for key in expired:
                del table[key]

    def _read(self, scope: str | None, now: float) -> dict[str, str]:
        if scope is None:
            return {}
        found = self._state.get(scope)
        if found is None or found[1] <= now:
            return {}
        return dict(found[0])

    def _apply(self, scope: str | None, changes: Changes, ttl: float, now: float) -> None:
        if scope is None or not changes:
            return
        fields = self._read(scope, now)
        for name, value in changes.items():
            if value is None:
                fields.pop(name, None)
            else:
                fields[name] = value
        self._state[scope] = (fields, now + ttl)

    async def begin(self, token: str | None, owner: str, lease: float, scope: str | None) -> Begin:
        now = time.monotonic()
        with self._lock:
            self._purge(now)
            if token is not None:
                held = self._claims.get(token)
                if held is not None and held[1] > now:
                    if held[2] is not None:
                        return Begin("done", held[2])
                    return Begin("busy")
                self._claims[token] = (owner, now + lease, None)
            return Begin("run", None, self._read(scope, now))

    async def renew(self, token: str, owner: str, lease: float) -> bool:
        now = time.monotonic()
        with self._lock:
            held = self._claims.get(token)
            if held is None or held[0] != owner or held[2] is not None or held[1] <= now:
                return False
            self._claims[token] = (owner, now + lease, None)
            return True

    async def commit(
        self,
        token: str | None,
        owner: str,
        answer: str,
        answer_ttl: float,
        scope: str | None,
        changes: Changes,
        state_ttl: float,
    ) -> bool:
        now = time.monotonic()
        with self._lock:
            if token is not None:
                held = self._claims.get(token)
                if held is None or held[0] != owner or held[2] is not None or held[1] <= now:
                    return False  # not ours, answered, or lapsed (as in Redis, where it is gone)
                self._claims[token] = (owner, now + answer_ttl, answer)
            self._apply(scope, changes, state_ttl, now)
            return True

    async def load(self, scope: str) -> dict[str, str]:
        with self._lock:
            return self._read(scope, time.monotonic())

    async def save(self, scope: str, changes: Changes, state_ttl: float) -> None:
        with self._lock:
            self._apply(scope, changes, state_ttl, time.monotonic())

    async def drop(self, scope: str) -> None:
        with self._lock:
            self._state.pop(scope, None)

    async def bind(self, pending: str, sid: str, state_ttl: float) -> str:
        now = time.monotonic()
        with self._lock:
            found = self._binds.get(pending)
            if found is not None and found[1] > now:
                return found[0]
            self._binds[pending] = (sid, now + state_ttl)
            copied: dict[str, Any] = self._read(pending, now)
            if copied:
                self._apply(sid, copied, state_ttl, now)
            return sid
