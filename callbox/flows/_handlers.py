"""Handlers by name: what a continuation token names, every instance can find.

A handler is a function (sync or async) registered on the app under a stable name (its
``__qualname__``, without the enclosing factory's, unless given one).  Tokens and state hold names, never functions, so a
continuation made on one instance runs on any other that imported the same code.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._errors import FlowError

__all__ = ["Handler", "Registry", "call_handler"]

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-")


@dataclass(frozen=True)
class Handler:
    """A registered function: its name, whether it is a coroutine function, and how many
    positional arguments it takes (it is given that many of the ones on offer)."""

    name: str
    fn: Callable[..., Any]
    is_async: bool
    arity: int


def _arity(fn: Callable[..., Any]) -> int:
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return 99
    count = 0
    for p in parameters:
        if p.kind is p.VAR_POSITIONAL:
            return 99
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            count += 1
    return count


def _is_async(fn: Callable[..., Any]) -> bool:
    target = fn
    while isinstance(target, functools.partial):
        target = target.func
    return inspect.iscoroutinefunction(target) or inspect.iscoroutinefunction(
        getattr(target, "__call__", None)  # noqa: B004 - async callable objects
    )


class Registry:
    """The handlers of one app, by name."""

    def __init__(self) -> None:
        self._by_name: dict[str, Handler] = {}
        self._by_fn: dict[int, Handler] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._by_name

    def __len__(self) -> int:
        return len(self._by_name)

    def add(self, fn: Callable[..., Any], name: str | None = None) -> Handler:
        """Register ``fn`` (again under the same name is fine; two functions under one
        name is a :class:`FlowError`)."""
        if not callable(fn):
            raise FlowError(f"a handler must be callable, not {type(fn).__name__}")
        if name is None:
            qualname = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None)
            if not qualname:
                raise FlowError(f"{fn!r} has no name: pass @app.handler(name='...')")
            if "<lambda>" in qualname:
                raise FlowError(
                    f"{qualname} is a lambda: continuations are named handlers, so register "
                    "it with an explicit name (@app.handler(name='...'))"
                )
            # A function made in a factory (``def create_app(): @app.handler def menu``) is
            # named as in the factory: every instance that runs the factory agrees on it.
            name = qualname.rpartition("<locals>.")[2]
        if not name or not set(name) <= _NAME_CHARS or len(name) > 200:
            raise FlowError(f"handler name {name!r}: use letters, digits and _ . : - (200 at most)")
        known = self._by_name.get(name)
        if known is not None and known.fn is not fn:
            raise FlowError(
                f"two handlers are named {name!r} ({known.fn!r} and {fn!r}): give one "
                "of them another name with @app.handler(name='...')"
            )
        handler = Handler(name, fn, _is_async(fn), _arity(fn))
        self._by_name[name] = handler
        self._by_fn[id(fn)] = handler
        return handler

    def get(self, name: str) -> Handler | None:
        return self._by_name.get(name)

    def name_of(self, target: Callable[..., Any] | str) -> str:
        """The registered name of a handler given as a function or a name."""
        if isinstance(target, str):
            if target not in self._by_name:
                raise FlowError(
                    f"no handler is named {target!r}; registered: "
                    f"{', '.join(sorted(self._by_name)) or 'none'}"
                )
            return target
        found = self._by_fn.get(id(target))
        if found is None or found.fn is not target:
            label = getattr(target, "__qualname__", repr(target))
            raise FlowError(
                f"{label} is not a handler of this app: decorate it with @app.handler "
                "(continuations must be named handlers, never closures)"
            )
        return found.name


async def call_handler(handler: Handler, *args: Any) -> Any:
    """Run a handler with as many of ``args`` as it takes: a coroutine function is
    awaited; a plain function runs in a worker thread (it may block), and if it returns
    an awaitable, that is awaited too."""
    given = args[: handler.arity]
    if handler.is_async:
        return await handler.fn(*given)
    result = await asyncio.to_thread(handler.fn, *given)
    if inspect.isawaitable(result):
        result = await result
    return result
