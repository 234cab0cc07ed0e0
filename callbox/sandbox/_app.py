"""The Starlette application: control routes, then every described path, behind the guard.

Every request passes :class:`._guard.CrossSiteGuard` first (DNS rebinding, cross-site
requests). Described paths are not registered one Starlette route each (Starlette tries
routes in order, which would cost hundreds of regex matches per request); a request
for one (any path but ``/``, ``/_sandbox/...`` and the few routes behaviours add) goes
straight from the guard to :func:`._http.api_endpoint`, which finds it in the
precompiled trie of :mod:`._routes`; the rest go through Starlette's router.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, compile_path

from ._accounts import ensure_main_account
from ._control import control_routes
from ._guard import CrossSiteGuard
from ._hooks import routes_added, starters, stoppers
from ._http import api_endpoint, error_response
from ._records import filter_dates
from ._routes import routes
from ._state import SandboxState, checked_clock, checked_step_delay
from ._store import Store
from .errors import SandboxError

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["create_app", "load_behaviours", "load_console"]

log = logging.getLogger("callbox.sandbox")

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


def load_behaviours() -> bool:
    """Import the behaviours (``callbox.sandbox.behaviours`` and ``.voice``: their hooks
    register themselves); False if they are absent."""
    try:
        import callbox.sandbox.behaviours
        import callbox.sandbox.voice.control
        import callbox.sandbox.voice.rest  # noqa: F401
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(
            ("callbox.sandbox.behaviours", "callbox.sandbox.voice")
        ):
            return False
        raise
    return True


def load_console() -> bool:
    """Import the browser console (``callbox.sandbox.console``: its routes register
    themselves); False if it is absent."""
    try:
        import callbox.sandbox.console.routes  # noqa: F401
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("callbox.sandbox.console"):
            return False
        raise
    return True


def create_app(
    db: str = ":memory:",
    *,
    account_sid: str | None = None,
    auth_token: str | None = None,
    base_url: str = "http://127.0.0.1:8787",
    behaviours: bool = True,
    synchronous: str = "NORMAL",
    state: SandboxState | None = None,
    step_delay: float | None = None,
    clock: str | None = None,
    console: bool = True,
    allowed_hosts: tuple[str, ...] = (),
) -> Starlette:
    """A sandbox ASGI app over the database at ``db`` (a path or ``":memory:"``).

    ``step_delay`` is the pause in seconds between two status changes of a message
    (None: ``CALLBOX_SANDBOX_STEP_DELAY`` or 0.05 s).  ``clock`` is what calls run on:
    ``"virtual"`` (waits are skipped when nothing happens; the default) or ``"real"``.
    ``console`` serves the browser console at ``/``. ``allowed_hosts`` are ``host:port``
    names the sandbox answers to besides its loopback names (see :mod:`._guard`).
    """
    delay = None if step_delay is None else checked_step_delay(step_delay)
    if state is None:
        state = SandboxState(Store(db, synchronous=synchronous), base_url)
    if delay is not None:
        state.message_step_delay = delay
    if clock is not None:
        state.voice_clock = checked_clock(clock)
    state.store.index_dates(filter_dates)
    ensure_main_account(state, account_sid, auth_token)
    if behaviours:
        load_behaviours()
    if console:
        load_console()
    routes()  # build the URL table now, not on the first request

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        state.store.group_commits(state.loop)
        for start in starters():
            try:
                start(state)
            except Exception:
                log.exception("sandbox: a start hook failed")
        try:
            yield
        finally:
            for stop in stoppers():
                try:
                    await stop(state)
                except Exception:
                    log.exception("sandbox: a stop hook failed")
            await state.aclose()
            state.store.group_commits(None)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 400)
        code = 20404 if status == 404 else 20004 if status == 405 else 20001
        return error_response(
            SandboxError(status, code, str(getattr(exc, "detail", "")) or "Bad request")
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("sandbox: unexpected error", exc_info=exc)
        return error_response(SandboxError(500, 20500, "Internal sandbox error"))

    handlers: dict[Any, Any] = {HTTPException: http_error, Exception: server_error}
    added = [
        (path, fn, methods)
        for path, fn, methods in routes_added()
        if console or not str(fn.__module__).startswith("callbox.sandbox.console")
    ]
    app = _SandboxApp(
        routes=[
            *control_routes(),
            *(Route(path, fn, methods=list(methods)) for path, fn, methods in added),
            Route("/{path:path}", api_endpoint, methods=_METHODS),
        ],
        lifespan=lifespan,
        exception_handlers=handlers,
        middleware=[Middleware(CrossSiteGuard, where=_where(state), extra=allowed_hosts)],
    )
    app.fast_path(
        CrossSiteGuard(_api, where=_where(state), extra=allowed_hosts),
        [path for path, _, _ in added if path != "/" and not path.startswith("/_sandbox/")],
    )
    app.state.sandbox = state
    return app


class _SandboxApp(Starlette):
    """Starlette, with described paths taken past its middleware and router."""

    _api: ASGIApp | None = None
    _routed: tuple[re.Pattern[str], ...] = ()

    def fast_path(self, api: ASGIApp, routed: list[str]) -> None:
        """``api`` answers every path but ``/``, ``/_sandbox/...`` and ``routed``."""
        self._api = api
        self._routed = tuple(compile_path(path)[0] for path in routed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            self._api is not None
            and scope["type"] == "http"
            and path != "/"
            and not path.startswith("/_sandbox/")
            and not any(pattern.match(path) for pattern in self._routed)
        ):
            scope["app"] = self
            await self._api(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


async def _api(scope: Scope, receive: Receive, send: Send) -> None:
    try:
        response = await api_endpoint(Request(scope, receive))
    except Exception as exc:  # api_endpoint answers errors itself: this is a bug
        log.error("sandbox: unexpected error", exc_info=exc)
        response = error_response(SandboxError(500, 20500, "Internal sandbox error"))
    await response(scope, receive, send)


def _where(state: SandboxState) -> Callable[[], tuple[str, int]]:
    """The sandbox's (host, port), read from its base URL (which may change once, when a
    server started on port 0 learns its port)."""
    from urllib.parse import urlsplit

    seen: dict[str, tuple[str, int]] = {}

    def where() -> tuple[str, int]:
        url = state.base_url
        found = seen.get(url)
        if found is None:
            parts = urlsplit(url)
            found = seen[url] = (parts.hostname or "127.0.0.1", parts.port or 80)
        return found

    return where
