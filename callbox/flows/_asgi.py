"""The ASGI front end: an HTTP request in, the dispatcher's reply out (and lifespan)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ._core import Dispatcher, Reply

__all__ = ["serve_asgi"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

MAX_BODY = 1024 * 1024


async def _answer(send: Send, reply: Reply) -> None:
    data = reply.body.encode("utf-8")
    headers = [
        (b"content-type", reply.content_type.encode("latin-1")),
        (b"content-length", str(len(data)).encode("ascii")),
    ]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


async def _lifespan(dispatcher: Dispatcher, receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            try:
                await dispatcher.ready()
            except Exception as exc:
                await send({"type": "lifespan.startup.failed", "message": str(exc)})
                return
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await dispatcher.close()
            await send({"type": "lifespan.shutdown.complete"})
            return


def route_of(scope: Scope) -> tuple[str, str]:
    """The path below the mount point, and the mount point (``root_path``)."""
    path = str(scope.get("path", "/"))
    root = str(scope.get("root_path", ""))
    if root and path.startswith(root) and (len(path) == len(root) or path[len(root)] == "/"):
        path = path[len(root) :] or "/"
    return path, root


async def serve_asgi(dispatcher: Dispatcher, scope: Scope, receive: Receive, send: Send) -> None:
    """Serve one ASGI connection scope with ``dispatcher``."""
    if scope["type"] == "lifespan":
        await _lifespan(dispatcher, receive, send)
        return
    if scope["type"] != "http":
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        return
    from ..webhooks.asgi import read_body, webhook_request_from_scope

    body = await read_body(receive, send, MAX_BODY)
    if body is None:
        return
    try:
        request = webhook_request_from_scope(scope, body)
    except UnicodeDecodeError:
        await _answer(send, Reply(400, "The form is not UTF-8", "text/plain; charset=utf-8"))
        return
    route, root = route_of(scope)
    await _answer(send, await dispatcher.handle(request, route, root))
