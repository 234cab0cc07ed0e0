"""ASGI middleware that only lets requests signed by Twilio through.

::

    from callbox.webhooks.asgi import TwilioWebhookMiddleware, send_twiml

    async def voice(scope, receive, send):
        await send_twiml(send, VoiceResponse().say("Hello"))  # text/xml

    app = TwilioWebhookMiddleware(app, paths=["/twilio/"])
    # or, with Starlette/FastAPI: app.add_middleware(TwilioWebhookMiddleware, paths=[...])

HTTP requests under ``paths`` (all when not given) are checked; a failure is
answered ``403`` with a short ``text/plain`` message. The body is read once and
replayed to the app. WebSocket and lifespan traffic passes through. The path
checked is ``raw_path`` when the server provides it (it includes the mount
point, as uvicorn sends it), else ``path``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any
from urllib.parse import quote

from ._request import (
    FORBIDDEN_MESSAGE,
    MAX_BODY_SIZE,
    TWIML_CONTENT_TYPE,
    WebhookConfig,
    WebhookRequest,
    _as_config,
    is_form,
    log_undecodable,
    to_twiml,
    validate_request,
)

__all__ = ["TwilioWebhookMiddleware", "read_body", "send_twiml", "webhook_request_from_scope"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_DEFAULT_PORTS = {"https": 443, "http": 80}


def webhook_request_from_scope(scope: Scope, body: bytes) -> WebhookRequest:
    """Describe an ASGI HTTP request for :func:`~callbox.webhooks.validate_request`."""
    headers: dict[str, str] = {}
    for name, value in scope.get("headers", []):
        key = name.decode("latin-1").lower()
        if key not in headers:
            headers[key] = value.decode("latin-1")
    scheme = str(scope.get("scheme", "http"))
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("localhost", None)
        host = str(server[0])
        if server[1] and server[1] != _DEFAULT_PORTS.get(scheme):
            host += f":{server[1]}"
    raw_path = scope.get("raw_path")
    if raw_path:
        path = raw_path.decode("latin-1").partition("?")[0]
    else:
        path = quote(str(scope.get("path", "/")), safe="/:@!$&'()*+,;=-._~%")
    form: str | None = None
    if is_form(headers.get("content-type")):
        form = body.decode("utf-8", errors="strict")
    return WebhookRequest(
        method=str(scope.get("method", "GET")),
        scheme=scheme,
        host=host,
        path=path,
        query_string=bytes(scope.get("query_string", b"")).decode("latin-1"),
        headers=headers,
        form=form,
        body=body,
    )


async def _answer(send: Send, status: int, content_type: str, text: str) -> None:
    data = text.encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type.encode("latin-1")),
                (b"content-length", str(len(data)).encode("ascii")),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


async def _plain(send: Send, status: int, text: str) -> None:
    await _answer(send, status, "text/plain; charset=utf-8", text)


async def read_body(receive: Receive, send: Send, limit: int = MAX_BODY_SIZE) -> bytes | None:
    """An HTTP request's whole body; None when the client left, or when the body grew
    past ``limit`` bytes (then answered ``413`` here)."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = bytes(message.get("body", b""))
        size += len(chunk)
        if size > limit:
            await _plain(send, 413, "Request body too large")
            return None
        chunks.append(chunk)
        more = bool(message.get("more_body", False))
    return b"".join(chunks)


async def send_twiml(send: Send, twiml: Any, status: int = 200) -> None:
    """Answer an HTTP request with TwiML (a builder object or XML text) as ``text/xml``."""
    text = to_twiml(twiml)
    await _answer(send, status, TWIML_CONTENT_TYPE, str(twiml) if text is None else text)


class TwilioWebhookMiddleware:
    """Wraps an ASGI app; see the module documentation."""

    def __init__(
        self,
        app: ASGIApp,
        config: WebhookConfig | str | Sequence[str] | None = None,
        *,
        paths: Sequence[str] | None = None,
        max_body_size: int = MAX_BODY_SIZE,
    ) -> None:
        self.app = app
        self.config = _as_config(config)
        self.paths = tuple(paths) if paths else None
        self.max_body_size = max_body_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            self.paths is not None and not str(scope.get("path", "")).startswith(self.paths)
        ):
            await self.app(scope, receive, send)
            return
        body = await read_body(receive, send, self.max_body_size)
        if body is None:
            return
        try:
            request = webhook_request_from_scope(scope, body)
        except UnicodeDecodeError:
            log_undecodable(str(scope.get("method")), str(scope.get("path")))
            await _plain(send, 403, FORBIDDEN_MESSAGE)
            return
        if not validate_request(request, self.config):
            await _plain(send, 403, FORBIDDEN_MESSAGE)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
