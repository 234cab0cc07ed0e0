"""Where flows keep state, claims and answers: memory, SQLite or Redis (see ``base``)."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from .base import Begin, Changes, Store
from .memory import MemoryStore
from .redis import RedisStore
from .sqlite import SQLiteStore

__all__ = ["Begin", "Changes", "MemoryStore", "RedisStore", "SQLiteStore", "Store", "open_store"]


def open_store(where: str | Store) -> Store:
    """The store a URL names: ``memory://``, ``sqlite:///path`` (``sqlite:////abs/path``
    or ``sqlite:///relative.db``), ``redis://host:port/db`` (``rediss://``, ``unix://``);
    a :class:`Store` is returned as is."""
    if isinstance(where, Store):
        return where
    if not isinstance(where, str):
        raise TypeError(f"store must be a URL or a Store, not {type(where).__name__}")
    scheme = where.partition("://")[0].lower()
    if scheme == "memory":
        return MemoryStore()
    if scheme == "sqlite":
        path = unquote(urlsplit(where).path)
        path = path[1:] if path.startswith("/") else path
        if not path:
            raise ValueError(f"sqlite store URL without a path: {where!r} (sqlite:///flows.db)")
        return SQLiteStore(path)
    if scheme in ("redis", "rediss", "unix"):
        return RedisStore(where)
    raise ValueError(
        f"unknown store {where!r}: use memory://, sqlite:///path or redis://host:port/db"
    )
