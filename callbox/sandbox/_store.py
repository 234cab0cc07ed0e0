"""SQLite storage for every sandbox record, durable once a request is answered.

One table holds all records of all resources::

    records(seq INTEGER PRIMARY KEY, qname, key, scope, parent, data JSON)

``qname`` is the resource's qualified name (``api.v2010.accounts.messages``),
``key`` the value of the instance path's last parameter (usually the SID),
``scope`` the owning account SID and ``parent`` the other path parameters
joined with ``/``. ``seq`` grows with every insert, so it orders lists (newest
first) and makes page tokens stable while other clients keep inserting.

Durability: the connection runs in autocommit mode, so every write is its own
committed transaction before the HTTP layer sends its answer. A file database
uses WAL with ``synchronous=NORMAL``: a committed transaction is in the WAL file
(the OS has it) when ``commit`` returns, which survives ``kill -9`` of the
process; ``synchronous="FULL"`` adds an fsync per commit and survives power loss
too. One connection is shared by all threads behind a lock (SQLite serialises
writers anyway, and the sandbox's work per request is tiny).

Records are plain dicts. Keys starting with ``_`` are the sandbox's own
bookkeeping (``_key``, ``_scope``, ``_parent``, secrets) and never rendered.

Filters run in SQL.  Equality filters compare ``json_extract(data, '$.field')``; dates
are kept sortable under ``_t`` (seconds since the epoch of each date field the
description lists for the resource, whatever format the field is written in) so that
date filters are ranges.  The first filter on a field of a resource creates an index on
that expression for that resource (partial, so other resources pay nothing), which makes
filtered lists as fast with 100,000 records as with 1,000.

Group commit: writes made by a request handler while :data:`GROUPED` is set (the HTTP
layer sets it around an operation) share one transaction with the other requests of the
same event-loop turn; the transaction commits on the next turn and each handler awaits
:meth:`Store.durable` before answering.  Acknowledged still means committed, at a
fraction of the cost of a commit per request.  Any other write commits at once (and
with it whatever group is open).

Reads of single records (:meth:`Store.get`, misses included) are cached as the stored
JSON text, dropped on every write to that record: each hit decodes a fresh dict.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

__all__ = ["GROUPED", "Store"]

#: Set while a request handler runs an operation: its writes may join a group commit.
GROUPED: ContextVar[bool] = ContextVar("callbox_sandbox_grouped", default=False)
_CACHE_SIZE = 20_000
_ABSENT = ""  # cached miss (no record is stored as an empty text)

_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_QNAME = re.compile(r"^[A-Za-z0-9_.]+$")

#: A filter on a sortable date: ``(field, low, high)``, seconds, either end open (None);
#: ``low`` included, ``high`` excluded.
Range = tuple[str, "float | None", "float | None"]


@lru_cache(maxsize=8192)
def epoch(text: str) -> float | None:
    """Seconds since the epoch of a date as the API writes one (RFC 2822, ISO 8601, or a
    plain date), or None."""
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 10 and text[4] == "-":
            moment = datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
        elif text[:1].isdigit():
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        else:
            moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    qname TEXT NOT NULL,
    key TEXT NOT NULL,
    scope TEXT NOT NULL,
    parent TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS records_key ON records(qname, parent, key);
CREATE INDEX IF NOT EXISTS records_key_only ON records(qname, key);
CREATE INDEX IF NOT EXISTS records_list ON records(qname, scope, parent, seq);
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _columns(record: dict[str, Any]) -> tuple[str, str, str]:
    key = record.get("_key")
    if key is None:
        key = record.get("sid")
    scope = record.get("_scope")
    if scope is None:
        scope = record.get("account_sid") or ""
    parent = record.get("_parent")
    if parent is None:
        parent = scope
    return str(key if key is not None else ""), str(scope), str(parent)


def _no_dates(qname: str) -> Sequence[str]:
    return ()


#: A filter term matching fewer records than this drives the query through its index.
_SPARSE = 1000
#: Rows read newest first when every term matches many records, before falling back.
_WINDOW = 2000


class _Term:
    """One filter condition on an indexed JSON expression (``{e}`` stands for it)."""

    __slots__ = ("args", "equality", "expression", "sql")

    def __init__(self, expression: str, sql: str, args: list[Any], equality: bool) -> None:
        self.expression = expression
        self.sql = sql
        self.args = args
        self.equality = equality

    def where(self, indexed: bool) -> str:
        # A unary + keeps SQLite from using the expression's index for this term.
        return self.sql.replace("{e}", self.expression if indexed else "+" + self.expression)


class _Query:
    """A list query over ``records``, planned from how many records each term matches.

    SQLite keeps no statistics here, so the plan is chosen by counting, cheaply (on the
    terms' indexes, stopping at :data:`_SPARSE`): a term that matches few records drives
    the query through its index and the others are checked on those records only; when
    every term matches many, the newest :data:`_WINDOW` records are read in order and
    checked, which fills a page at once unless the matches are rare among them.
    """

    def __init__(
        self, db: sqlite3.Connection, base: list[str], args: list[Any], newest_first: bool
    ) -> None:
        self.db = db
        self.base = base
        self.args = args
        self.order = "ORDER BY seq DESC" if newest_first else "ORDER BY seq"
        self.newest_first = newest_first

    def rows(
        self,
        terms: Sequence[_Term],
        unindexed: Sequence[_Term],
        limit: int | None,
        offset: int,
        extra: str = "",
        extra_args: Sequence[Any] = (),
        hint: str = "",
    ) -> list[tuple[int, str]]:
        where = [*self.base, *(t.where(True) for t in terms), *(t.where(False) for t in unindexed)]
        args = [*self.args, *(a for t in terms for a in t.args)]
        args += [a for t in unindexed for a in t.args]
        if extra:
            where.append(extra)
            args += extra_args
        sql = f"SELECT seq, data FROM records {hint} WHERE {' AND '.join(where)} {self.order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return list(self.db.execute(sql, args).fetchall())

    def _count(self, term: _Term) -> int:
        where = " AND ".join([*self.base, term.where(True)])
        sql = f"SELECT count(*) FROM (SELECT 1 FROM records WHERE {where} LIMIT {_SPARSE})"
        return int(self.db.execute(sql, [*self.args, *term.args]).fetchone()[0])

    def best(self, terms: Sequence[_Term], limit: int, offset: int) -> list[tuple[int, str]]:
        counts = [self._count(t) for t in terms]
        driver = min(range(len(terms)), key=counts.__getitem__)
        others = [t for i, t in enumerate(terms) if i != driver]
        if counts[driver] < _SPARSE:
            return self.rows([terms[driver]], others, limit, offset)
        # Every term matches many: the newest records most likely fill the page.
        bound = self.db.execute(
            f"SELECT seq FROM records INDEXED BY records_list WHERE {' AND '.join(self.base)} "
            f"{self.order} LIMIT 1 OFFSET {_WINDOW - 1}",
            self.args,
        ).fetchone()
        if bound is None:  # no more records than the window: read them all in order
            return self.rows((), terms, limit, offset, hint="INDEXED BY records_list")
        extra = "seq >= ?" if self.newest_first else "seq <= ?"
        found = self.rows((), terms, limit, offset, extra, [bound[0]], "INDEXED BY records_list")
        if len(found) == limit:
            return found
        # Matches are rare among the newest: the fewest-matching term's index, then.
        return self.rows([terms[driver]], others, limit, offset)


class Store:
    """Records of every resource, keyed by ``(qname, parent, key)``; thread-safe."""

    def __init__(self, path: str = ":memory:", *, synchronous: str = "NORMAL") -> None:
        if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise ValueError(f"unknown synchronous mode {synchronous!r}")
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=5000")  # another process on the same file
        self._db.execute(f"PRAGMA synchronous={synchronous.upper()}")
        self._db.executescript(_SCHEMA)
        self._dates: Callable[[str], Sequence[str]] = _no_dates
        self._loop: asyncio.AbstractEventLoop | None = None
        self._open = False  # a group transaction is open
        self._waiters: list[asyncio.Future[None]] = []
        self._failed: BaseException | None = None
        self._cache: OrderedDict[tuple[str, str], dict[str | None, str]] = OrderedDict()
        self._versions: dict[str, int] = {}
        self._clears = 0
        self._indexes: set[str] = {
            row[0]
            for row in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'ix\\_%' ESCAPE '\\'"
            )
        }

    def index_dates(self, date_fields: Callable[[str], Sequence[str]]) -> None:
        """Keep the date fields ``date_fields(qname)`` names sortable (for date filters).

        Records stored before (an older database) get their sortable dates now.
        """
        self._dates = date_fields
        if self.setting("sortable_dates") == "1":
            return
        with self._lock:
            self._commit_now()
            self._cache.clear()
            self._clears += 1
            rows = self._db.execute("SELECT seq, qname, data FROM records").fetchall()
            self._db.execute("BEGIN")
            try:
                for seq, qname, data in rows:
                    record = json.loads(data)
                    if self._stamp(qname, record):
                        self._db.execute(
                            "UPDATE records SET data=? WHERE seq=?",
                            (json.dumps(record, separators=(",", ":"), default=str), seq),
                        )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        self.set_setting("sortable_dates", "1")

    def _stamp(self, qname: str, record: dict[str, Any]) -> bool:
        """Put the sortable form of the record's date fields under ``_t``."""
        fields = self._dates(qname)
        if not fields:
            return False
        stamps = {}
        for field in fields:
            value = record.get(field)
            if isinstance(value, str):
                seconds = epoch(value)
                if seconds is not None:
                    stamps[field] = seconds
        record["_t"] = stamps
        return True

    # ------------------------------------------------------------ group commit

    def group_commits(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """Let request handlers on ``loop`` share commits (None: every write commits)."""
        with self._lock:
            self._commit_now()
        self._loop = loop

    def _write(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one write: in the open group when the caller is a grouped handler, else
        committed at once (with whatever group is open).  Call with the lock held."""
        if self._loop is not None and GROUPED.get():
            if not self._open:
                self._db.execute("BEGIN")
                self._open = True
                self._loop.call_soon(self._commit_group)
            return self._db.execute(sql, args)
        cur = self._db.execute(sql, args)
        self._commit_now()
        return cur

    def _commit_now(self) -> None:
        if self._open:
            self._open = False
            self._db.execute("COMMIT")

    def _commit_group(self) -> None:
        with self._lock:
            error, self._failed = self._failed, None
            try:
                self._commit_now()
            except sqlite3.Error as exc:
                error = exc
                self._cache.clear()
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                if error is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(error)

    async def durable(self) -> None:
        """Wait until every write made so far is committed."""
        if self._failed is not None:
            raise self._failed
        if not self._open or self._loop is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    # ------------------------------------------------------------ cache

    def _forget(self, qname: str, key: str) -> None:
        self._cache.pop((qname, key), None)
        self._versions[qname] = self._versions.get(qname, 0) + 1

    def version(self, qname: str) -> tuple[int, int]:
        """Changes whenever a record of ``qname`` is written: a key for caches of what
        is derived from those records."""
        return self._clears, self._versions.get(qname, 0)

    def _remember(self, qname: str, key: str, parent: str | None, text: str) -> None:
        entry = self._cache.get((qname, key))
        if entry is None:
            entry = self._cache[(qname, key)] = {}
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end((qname, key))
        entry[parent] = text

    # ------------------------------------------------------------ settings

    def setting(self, name: str) -> str | None:
        """A persisted sandbox setting (the main account SID, ...)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM settings WHERE name=?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, name: str, value: str) -> None:
        with self._lock:
            self._write(
                "INSERT INTO settings(name, value) VALUES(?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value=excluded.value",
                (name, value),
            )

    # ------------------------------------------------------------ records

    def get(self, qname: str, sid: str, parent: str | None = None) -> dict[str, Any] | None:
        """The record of ``qname`` whose key is ``sid`` (under ``parent`` if given)."""
        with self._lock:
            entry = self._cache.get((qname, sid))
            text = None if entry is None else entry.get(parent)
            if text is None:
                if parent is None:
                    row = self._db.execute(
                        "SELECT data FROM records WHERE qname=? AND key=? ORDER BY seq LIMIT 1",
                        (qname, sid),
                    ).fetchone()
                else:
                    row = self._db.execute(
                        "SELECT data FROM records WHERE qname=? AND parent=? AND key=?",
                        (qname, parent, sid),
                    ).fetchone()
                text = _ABSENT if row is None else str(row[0])
                self._remember(qname, sid, parent, text)
        return dict(json.loads(text)) if text else None

    def put(self, qname: str, record: dict[str, Any]) -> dict[str, Any]:
        """Insert or replace a record (committed when this returns)."""
        key, scope, parent = _columns(record)
        record["_key"], record["_scope"], record["_parent"] = key, scope, parent
        self._stamp(qname, record)
        data = json.dumps(record, separators=(",", ":"), default=str)
        with self._lock:
            self._forget(qname, key)
            self._write(
                "INSERT INTO records(qname, key, scope, parent, data) VALUES(?, ?, ?, ?, ?) "
                "ON CONFLICT(qname, parent, key) DO UPDATE SET data=excluded.data, "
                "scope=excluded.scope",
                (qname, key, scope, parent, data),
            )
        return record

    def update(self, qname: str, sid: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Merge ``changes`` into the stored record and return it; KeyError if missing."""
        with self._lock:
            record = self.get(qname, sid)
            if record is None:
                raise KeyError(f"{qname}/{sid}")
            record.update(changes)
            return self.put(qname, record)

    def delete(self, qname: str, sid: str, parent: str | None = None) -> bool:
        """Remove a record; True if there was one."""
        with self._lock:
            self._forget(qname, sid)
            if parent is None:
                cur = self._write("DELETE FROM records WHERE qname=? AND key=?", (qname, sid))
            else:
                cur = self._write(
                    "DELETE FROM records WHERE qname=? AND parent=? AND key=?",
                    (qname, parent, sid),
                )
        return cur.rowcount > 0

    def find(self, qname: str, **filters: Any) -> list[dict[str, Any]]:
        """Every record of ``qname`` whose fields equal ``filters`` (oldest first)."""
        rows, _ = self.page(qname, filters=filters, limit=None, newest_first=False)
        return rows

    def page(
        self,
        qname: str,
        *,
        scope: str | None = None,
        parent: str | None = None,
        filters: dict[str, Any] | None = None,
        ranges: Sequence[Range] = (),
        limit: int | None = 50,
        before: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> tuple[list[dict[str, Any]], list[int]]:
        """One page of records and their ``seq`` numbers.

        ``filters`` are equal fields, ``ranges`` sortable-date ranges; ``before``
        continues after a page token (records with a smaller seq when newest first);
        ``limit=None`` returns everything.
        """
        literal = _QNAME.match(qname) is not None
        # The resource's name as a literal lets SQLite use the per-resource indexes.
        base = [f"qname='{qname}'" if literal else "qname=?"]
        args: list[Any] = [] if literal else [qname]
        if scope is not None:
            base.append("scope=?")
            args.append(scope)
        if parent is not None:
            base.append("parent=?")
            args.append(parent)
        if before is not None:
            base.append("seq < ?" if newest_first else "seq > ?")
            args.append(before)
        # An index leads with (scope, parent): without both it would be upkeep for nothing.
        indexed = literal and scope is not None and parent is not None
        terms = [self._term(qname, indexed, "$." + k, "=", v) for k, v in (filters or {}).items()]
        for name, low, high in ranges:
            terms.append(self._term(qname, indexed, "$._t." + name, "range", (low, high)))
        query = _Query(self._db, base, args, newest_first)
        with self._lock:
            if limit is None or not terms:
                rows = query.rows(terms, (), limit, offset)
            elif len(terms) == 1 and terms[0].equality:
                rows = query.rows(terms, (), limit, offset)  # its index is in seq order
            else:
                rows = query.best(terms, limit, offset)
        return [dict(json.loads(r[1])) for r in rows], [int(r[0]) for r in rows]

    def _term(self, qname: str, indexed: bool, path: str, op: str, value: Any) -> _Term:
        name = path[2:]
        if not all(_FIELD.match(part) for part in name.split(".")):
            raise ValueError(f"bad field name {name!r}")
        expression = f"json_extract(data, '{path}')"
        if indexed:
            self._index(qname, expression)
        if op == "=":
            if value is None:
                return _Term(expression, "{e} IS NULL", [], True)
            return _Term(expression, "{e} = ?", [value], True)
        low, high = value
        sql, args = ["{e} IS NOT NULL"], []
        if low is not None:
            sql.append("{e} >= ?")
            args.append(low)
        if high is not None:
            sql.append("{e} < ?")
            args.append(high)
        return _Term(expression, " AND ".join(sql), args, False)

    def _index(self, qname: str, expression: str) -> None:
        """Make sure a filter on ``expression`` over ``qname``'s records has an index."""
        name = "ix_" + hashlib.sha1(f"{qname}|{expression}".encode()).hexdigest()[:16]
        if name in self._indexes:
            return
        with self._lock:
            self._write(
                f"CREATE INDEX IF NOT EXISTS {name} ON records(scope, parent, {expression}, seq) "
                f"WHERE qname='{qname}'"
            )
            self._indexes.add(name)

    def _set_fields(self, qname: str, changes: dict[str, Any]) -> tuple[str, list[Any]]:
        """The ``json_set`` of ``changes`` (and the sortable form of changed dates)."""
        parts: list[str] = []
        args: list[Any] = []
        dates = self._dates(qname)
        for name, value in changes.items():
            if not _FIELD.match(name):
                raise ValueError(f"bad field name {name!r}")
            parts.append(f"'$.{name}', json(?)")
            args.append(json.dumps(value, separators=(",", ":"), default=str))
            if name in dates and isinstance(value, str):
                parts.append(f"'$._t.{name}', ?")
                args.append(epoch(value))
        return f"json_set(data, {', '.join(parts)})", args

    def update_fields(self, qname: str, key: str, parent: str, changes: dict[str, Any]) -> bool:
        """Change some fields of a stored record in place (no read, no re-encoding of the
        rest); True if the record was there."""
        if not changes:
            return True
        expression, args = self._set_fields(qname, changes)
        with self._lock:
            self._forget(qname, key)
            cur = self._write(
                f"UPDATE records SET data={expression} WHERE qname=? AND parent=? AND key=?",
                (*args, qname, parent, key),
            )
        return cur.rowcount > 0

    def update_many(self, qname: str, updates: Sequence[tuple[str, str, dict[str, Any]]]) -> None:
        """:meth:`update_fields` for many records ``(key, parent, changes)``, in one
        transaction (committed when this returns); records no longer there are skipped."""
        with self._lock:
            grouped = self._open
            if not grouped:
                self._db.execute("BEGIN")
            self._open = False  # committed here, with any group that was open
            try:
                for key, parent, changes in updates:
                    if not changes:
                        continue
                    self._forget(qname, key)
                    expression, args = self._set_fields(qname, changes)
                    self._db.execute(
                        f"UPDATE records SET data={expression} "
                        "WHERE qname=? AND parent=? AND key=?",
                        (*args, qname, parent, key),
                    )
                self._db.execute("COMMIT")
            except BaseException as exc:
                self._db.execute("ROLLBACK")
                self._cache.clear()
                if grouped:
                    self._failed = exc  # the group's handlers must not answer "done"
                raise

    def scan(self, qname: str | None = None) -> Iterator[dict[str, Any]]:
        """Every record (of one resource, or all), oldest first; for tools and tests."""
        with self._lock:
            if qname is None:
                rows = self._db.execute("SELECT data FROM records ORDER BY seq").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT data FROM records WHERE qname=? ORDER BY seq", (qname,)
                ).fetchall()
        for (data,) in rows:
            yield dict(json.loads(data))

    def clear(self, keep: tuple[str, ...] = ()) -> None:
        """Delete every record except those of the resources named in ``keep``."""
        with self._lock:
            self._cache.clear()
            self._clears += 1
            if keep:
                marks = ",".join("?" * len(keep))
                self._write(f"DELETE FROM records WHERE qname NOT IN ({marks})", keep)
            else:
                self._write("DELETE FROM records")

    def close(self) -> None:
        with self._lock:
            self._commit_now()
            self._db.close()
