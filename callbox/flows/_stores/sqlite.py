"""``sqlite:///path``: a SQLite file that every process on one host shares.

Each store runs its queries on one worker thread of its own (SQLite calls block); the file
is in WAL mode, and every claim and commit is one ``BEGIN IMMEDIATE`` transaction, so
instances in several processes see each other's claims at once and a process killed
with ``-9`` loses nothing it committed.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from .base import Begin, Changes, Store

__all__ = ["SQLiteStore"]

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS flows_claims (
    token TEXT PRIMARY KEY, owner TEXT NOT NULL, until REAL NOT NULL, answer TEXT
);
CREATE TABLE IF NOT EXISTS flows_state (
    scope TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scope, field)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS flows_scopes (scope TEXT PRIMARY KEY, until REAL NOT NULL);
CREATE TABLE IF NOT EXISTS flows_binds (
    pending TEXT PRIMARY KEY, sid TEXT NOT NULL, until REAL NOT NULL
);
"""


class SQLiteStore(Store):
    """A store in a SQLite file (``path``), shared by the processes of one host."""

    shared = True

    def __init__(self, path: str, *, timeout: float = 10.0) -> None:
        if not path:
            raise ValueError("SQLiteStore needs a file path (sqlite:///path/to/flows.db)")
        self.path = path
        self.timeout = timeout
        self._db: sqlite3.Connection | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._ops = 0

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # ------------------------------------------------------------ plumbing

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            self._db = db
        return self._db

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="callbox-flows-sqlite")
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def _transaction(self, fn: Callable[..., T], *args: Any) -> T:
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        try:
            result = fn(db, time.time(), *args)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return result

    async def open(self) -> None:
        await self._run(self._connect)

    async def close(self) -> None:
        if self._pool is None:
            return

        def shut() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        await self._run(shut)
        self._pool.shutdown(wait=True)
        self._pool = None

    # ------------------------------------------------------------ queries (worker thread)

    @staticmethod
    def _read(db: sqlite3.Connection, now: float, scope: str | None) -> dict[str, str]:
        if scope is None:
            return {}
        row = db.execute("SELECT until FROM flows_scopes WHERE scope = ?", (scope,)).fetchone()
        if row is None or row[0] <= now:
            return {}
        rows = db.execute("SELECT field, value FROM flows_state WHERE scope = ?", (scope,))
        return {str(f): str(v) for f, v in rows}

    @staticmethod
    def _apply(
        db: sqlite3.Connection, now: float, scope: str | None, changes: Changes, ttl: float
    ) -> None:
        if scope is None or not changes:
            return
        row = db.execute("SELECT until FROM flows_scopes WHERE scope = ?", (scope,)).fetchone()
        if row is not None and row[0] <= now:
            db.execute("DELETE FROM flows_state WHERE scope = ?", (scope,))
        for name, value in changes.items():
            if value is None:
                db.execute("DELETE FROM flows_state WHERE scope = ? AND field = ?", (scope, name))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO flows_state (scope, field, value) VALUES (?, ?, ?)",
                    (scope, name, value),
                )
        db.execute(
            "INSERT OR REPLACE INTO flows_scopes (scope, until) VALUES (?, ?)", (scope, now + ttl)
        )

    def _purge(self, db: sqlite3.Connection, now: float) -> None:
        self._ops += 1
        if self._ops % 500:
            return
        db.execute("DELETE FROM flows_claims WHERE until <= ?", (now,))
        db.execute("DELETE FROM flows_binds WHERE until <= ?", (now,))
        db.execute(
            "DELETE FROM flows_state WHERE scope IN (SELECT scope FROM flows_scopes WHERE until <= ?)",
            (now,),
        )
        db.execute("DELETE FROM flows_scopes WHERE until <= ?", (now,))

    def _begin(
        self,
        db: sqlite3.Connection,
        now: float,
        token: str | None,
        owner: str,
        lease: float,
        scope: str | None,
    ) -> Begin:
        self._purge(db, now)
        if token is not None:
            row = db.execute(
                "SELECT until, answer FROM flows_claims WHERE token = ?", (token,)
            ).fetchone()
            if row is not None and row[0] > now:
                if row[1] is not None:
                    return Begin("done", str(row[1]))
                return Begin("busy")
            db.execute(
                "INSERT OR REPLACE INTO flows_claims (token, owner, until, answer) "
                "VALUES (?, ?, ?, NULL)",
                (token, owner, now + lease),
            )
        return Begin("run", None, self._read(db, now, scope))

    @staticmethod
    def _renew(db: sqlite3.Connection, now: float, token: str, owner: str, lease: float) -> bool:
        cursor = db.execute(
            "UPDATE flows_claims SET until = ? WHERE token = ? AND owner = ? AND answer IS NULL "
            "AND until > ?",
            (now + lease, token, owner, now),
        )
        return cursor.rowcount == 1

    def _commit(
        self,
        db: sqlite3.Connection,
        now: float,
        token: str | None,
        owner: str,
        answer: str,
        answer_ttl: float,
        scope: str | None,
        changes: Changes,
        state_ttl: float,
    ) -> bool:
        if token is not None:
            cursor = db.execute(
                "UPDATE flows_claims SET answer = ?, until = ? "
                "WHERE token = ? AND owner = ? AND answer IS NULL AND until > ?",
                (answer, now + answer_ttl, token, owner, now),
            )
            if cursor.rowcount != 1:
                return False
        self._apply(db, now, scope, changes, state_ttl)
        return True

    def _bind(self, db: sqlite3.Connection, now: float, pending: str, sid: str, ttl: float) -> str:
        row = db.execute(
            "SELECT sid, until FROM flows_binds WHERE pending = ?", (pending,)
        ).fetchone()
        if row is not None and row[1] > now:
            return str(row[0])
        db.execute(
            "INSERT OR REPLACE INTO flows_binds (pending, sid, until) VALUES (?, ?, ?)",
            (pending, sid, now + ttl),
        )
        copied = self._read(db, now, pending)
        if copied:
            self._apply(db, now, sid, copied, ttl)
        return sid

    # ------------------------------------------------------------ the interface

    async def begin(self, token: str | None, owner: str, lease: float, scope: str | None) -> Begin:
        return await self._run(self._transaction, self._begin, token, owner, lease, scope)

    async def renew(self, token: str, owner: str, lease: float) -> bool:
        return await self._run(self._transaction, self._renew, token, owner, lease)

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
        return await self._run(
            self._transaction,
            self._commit,
            token,
            owner,
            answer,
            answer_ttl,
            scope,
            changes,
            state_ttl,
        )

    async def load(self, scope: str) -> dict[str, str]:
        def read(db: sqlite3.Connection, now: float) -> dict[str, str]:
            return self._read(db, now, scope)

        return await self._run(self._transaction, read)

    async def save(self, scope: str, changes: Changes, state_ttl: float) -> None:
        def write(db: sqlite3.Connection, now: float) -> None:
            self._apply(db, now, scope, changes, state_ttl)

        await self._run(self._transaction, write)

    async def drop(self, scope: str) -> None:
        def delete(db: sqlite3.Connection, now: float) -> None:
            db.execute("DELETE FROM flows_state WHERE scope = ?", (scope,))
            db.execute("DELETE FROM flows_scopes WHERE scope = ?", (scope,))

        await self._run(self._transaction, delete)

    async def bind(self, pending: str, sid: str, state_ttl: float) -> str:
        return await self._run(self._transaction, self._bind, pending, sid, state_ttl)
