"""Starlette and FastAPI integration: a dependency, an endpoint decorator, the ASGI middleware.

FastAPI::

    from fastapi import Depends, FastAPI
    from callbox.webhooks.starlette import TwilioWebhook, TwiMLResponse, register_exception_handler

    app = FastAPI()
    register_exception_handler(app)      # 403 as plain text instead of FastAPI's JSON

    @app.post("/voice", dependencies=[Depends(TwilioWebhook())], response_class=TwiMLResponse)
    async def voice():                   # or a plain def
        return TwiMLResponse(VoiceResponse().say("Hello"))   # or return the XML as a str

(FastAPI JSON-encodes any returned object that is not a ``Response`` or ``str``,
so wrap TwiML builder objects in :class:`TwiMLResponse`.)

Starlette::

    @twilio_webhook
    async def voice(request):            # or a plain def, run in the thread pool
        return VoiceResponse().say("Hello")

or protect path prefixes with ``app.add_middleware(TwilioWebhookMiddleware, paths=["/twilio/"])``.

Configuration comes from ``config=`` (a :class:`~callbox.webhooks.WebhookConfig`
or token) or, by default, the environment, read on first use. The body is
read once and cached by Starlette, so the endpoint can still call
``await request.form()`` (and FastAPI ``Form`` parameters still work).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Union, overload

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from ._request import (
    FORBIDDEN_MESSAGE,
    WebhookConfig,
    WebhookRequest,
    _as_config,
    log_undecodable,
    to_twiml,
    validate_request,
)
from .asgi import TwilioWebhookMiddleware, webhook_request_from_scope

__all__ = [
    "TwiMLResponse",
    "TwilioWebhook",
    "TwilioWebhookMiddleware",
    "WebhookRejected",
    "register_exception_handler",
    "twilio_webhook",
    "webhook_request",
]

ConfigArg = Union[WebhookConfig, str, Sequence[str], None]


class TwiMLResponse(Response):
    """Serves TwiML (a builder object or XML text) as ``text/xml; charset=utf-8``."""

    media_type = "text/xml"

    def render(self, content: Any) -> bytes:
        if content is None:
            return b""
        if isinstance(content, (bytes, memoryview)):
            return bytes(content)
        text = to_twiml(content)
        return (str(content) if text is None else text).encode(self.charset)


class WebhookRejected(HTTPException):
    """Raised by :class:`TwilioWebhook` when the signature is wrong (HTTP 403)."""

    def __init__(self) -> None:
        super().__init__(status_code=403, detail=FORBIDDEN_MESSAGE)


async def _forbidden(request: Request, exc: Exception) -> Response:
    return PlainTextResponse(FORBIDDEN_MESSAGE, status_code=403)


def register_exception_handler(app: Any) -> None:
    """Make ``app`` (FastAPI or Starlette) answer rejections with plain text."""
    app.add_exception_handler(WebhookRejected, _forbidden)


async def webhook_request(request: Request) -> WebhookRequest:
    """Describe a Starlette request (reading and caching its body).

    When the form was already parsed (FastAPI parses ``Form`` parameters before
    running dependencies, which consumes the body), the parsed form is used.
    """
    parsed = getattr(request, "_form", None)
    if parsed is not None:
        described = webhook_request_from_scope(request.scope, b"")
        if described.form is not None:
            described.form = parsed
        return described
    return webhook_request_from_scope(request.scope, await request.body())


class _Lazy:
    def __init__(self, config: ConfigArg) -> None:
        self._given = config
        self._config: WebhookConfig | None = None

    @property
    def config(self) -> WebhookConfig:
        if self._config is None:
            self._config = _as_config(self._given)
        return self._config


class TwilioWebhook(_Lazy):
    """FastAPI dependency: ``Depends(TwilioWebhook())`` rejects unsigned requests with 403."""

    async def __call__(self, request: Request) -> WebhookRequest:
        try:
            described = await webhook_request(request)
        except UnicodeDecodeError:
            log_undecodable(request.method, request.url.path)
            raise WebhookRejected() from None
        if not validate_request(described, self.config):
            raise WebhookRejected()
        return described


Endpoint = Callable[[Request], Any]
Guarded = Callable[[Request], Awaitable[Response]]


@overload
def twilio_webhook(endpoint: Endpoint, *, config: ConfigArg = None) -> Guarded: ...
@overload
def twilio_webhook(
    endpoint: None = None, *, config: ConfigArg = None
) -> Callable[[Endpoint], Guarded]: ...


def twilio_webhook(
    endpoint: Endpoint | None = None, *, config: ConfigArg = None
) -> Guarded | Callable[[Endpoint], Guarded]:
    """Decorate a Starlette endpoint ``(request) -> response | TwiML``, sync or async."""
    lazy = _Lazy(config)

    def decorate(func: Endpoint) -> Guarded:
        is_async = inspect.iscoroutinefunction(func)

        @functools.wraps(func)
        async def wrapper(request: Request) -> Response:
            try:
                described = await webhook_request(request)
            except UnicodeDecodeError:
                log_undecodable(request.method, request.url.path)
                return PlainTextResponse(FORBIDDEN_MESSAGE, status_code=403)
            if not validate_request(described, lazy.config):
                return PlainTextResponse(FORBIDDEN_MESSAGE, status_code=403)
            result = await func(request) if is_async else await run_in_threadpool(func, request)
            if isinstance(result, Response):
                return result
            text = to_twiml(result)
            if text is None:
                raise TypeError(f"{func.__name__} returned neither a Response nor TwiML")
            return TwiMLResponse(text)

        return wrapper

    return decorate(endpoint) if endpoint is not None else decorate
