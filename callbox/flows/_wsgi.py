"""The WSGI twin: the same dispatcher behind a WSGI callable (Flask, Django, any server).

Handlers may be coroutines, so the dispatcher runs on an event loop of its own in a
daemon thread; each WSGI request waits for its reply there.  Mount it in Flask with
werkzeug's ``DispatcherMiddleware(flask_app.wsgi_app, {"/twilio": app.wsgi})``, or in
Django with ``app.django_view`` (see docs/flows.md).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote

from ._core import Dispatcher, Reply

__all__ = ["LoopThread", "WSGIApp"]

MAX_BODY = 1024 * 1024


class LoopThread:
    """An asyncio loop running in a daemon thread, started on first use."""

    def __init__(self, name: str = "callbox-flows-loop") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name=self._name, daemon=True)
                thread.start()
                self._loop = loop
            return self._loop

    def run(self, coro: Any, timeout: float | None = None) -> Any:
        """Run a coroutine on the loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop()).result(timeout)

    def stop(self) -> None:
        with self._lock:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._loop.stop)
            self._loop = None


def _respond(start_response: Callable[..., Any], reply: Reply) -> list[bytes]:
    data = reply.body.encode("utf-8")
    reason = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found"}.get(
        reply.status, "Error" if reply.status >= 400 else "OK"
    )
    headers = [("Content-Type", reply.content_type), ("Content-Length", str(len(data)))]
    start_response(f"{reply.status} {reason}", headers + list(reply.headers))
    return [data]


class WSGIApp:
    """A WSGI application serving the flows of one :class:`~callbox.flows.App`."""

    def __init__(self, dispatcher: Dispatcher, loop: LoopThread) -> None:
        self.dispatcher = dispatcher
        self._loop = loop

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        from ..webhooks.wsgi import webhook_request_from_environ

        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY:
            return _respond(start_response, Reply(413, "Request body too large", "text/plain"))
        stream = environ.get("wsgi.input")
        body = bytes(stream.read(length)) if stream is not None and length > 0 else b""
        try:
            request = webhook_request_from_environ(environ, body)
        except UnicodeDecodeError:
            return _respond(start_response, Reply(400, "The form is not UTF-8", "text/plain"))
        root = quote(str(environ.get("SCRIPT_NAME", "")).encode("latin-1"), safe="/")
        route = quote(str(environ.get("PATH_INFO", "") or "/").encode("latin-1"), safe="/")
        reply = self._loop.run(self.dispatcher.handle(request, route, root))
        return _respond(start_response, reply)

    def django_view(self, request: Any) -> Any:
        """Serve a Django ``HttpRequest`` (route the app's prefix to this view)."""
        from django.http import HttpResponse

        from ..webhooks.wsgi import webhook_request_from_environ

        try:
            webhook = webhook_request_from_environ(dict(request.META), request.body)
        except UnicodeDecodeError:
            return HttpResponse("The form is not UTF-8", status=400, content_type="text/plain")
        root = quote(str(request.META.get("SCRIPT_NAME", "")), safe="/")
        reply = self._loop.run(self.dispatcher.handle(webhook, request.path_info, root))
        response = HttpResponse(reply.body, status=reply.status, content_type=reply.content_type)
        for name, value in reply.headers:
            response[name] = value
        return response
