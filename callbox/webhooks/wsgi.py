"""WSGI middleware that only lets requests signed by Twilio through.

::

    from callbox.webhooks.wsgi import TwilioWebhookMiddleware, twiml_response

    def voice(environ, start_response):
        return twiml_response(start_response, VoiceResponse().say("Hello"))  # text/xml

    app = TwilioWebhookMiddleware(app, paths=["/twilio/"])  # token from TWILIO_AUTH_TOKEN

Requests under ``paths`` (all requests when ``paths`` is not given) are
checked; a failure is answered ``403`` with a short ``text/plain`` message and
the app is not called. The body is read once and handed on untouched, so the
app reads it as usual. Works with any WSGI framework (Flask, Django, Bottle ...).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ._request import (
    FORBIDDEN_MESSAGE,
    MAX_BODY_SIZE,
    TWIML_CONTENT_TYPE,
    WebhookConfig,
    WebhookRequest,
    _as_config,
    host_from_environ,
    is_form,
    log_undecodable,
    path_from_environ,
    to_twiml,
    validate_request,
)

__all__ = ["TwilioWebhookMiddleware", "twiml_response", "webhook_request_from_environ"]

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def webhook_request_from_environ(environ: dict[str, Any], body: bytes) -> WebhookRequest:
    """Describe a WSGI request for :func:`~callbox.webhooks.validate_request`."""
    path, query = path_from_environ(environ)
    headers = {
        key[5:].replace("_", "-").lower(): value
        for key, value in environ.items()
        if key.startswith("HTTP_") and isinstance(value, str)
    }
    form: str | None = None
    if is_form(environ.get("CONTENT_TYPE")):
        form = body.decode("utf-8", errors="strict")
    return WebhookRequest(
        method=str(environ.get("REQUEST_METHOD", "GET")),
        scheme=str(environ.get("wsgi.url_scheme", "http")),
        host=host_from_environ(environ),
        path=path,
        query_string=query,
        headers=headers,
        form=form,
        body=body,
    )


def _read_body(environ: dict[str, Any], limit: int) -> bytes | None:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        return None
    stream = environ.get("wsgi.input")
    if stream is None or length <= 0:
        return b""
    return bytes(stream.read(length))


def _answer(
    start_response: Callable[..., Any], status: str, content_type: str, text: str
) -> list[bytes]:
    data = text.encode("utf-8")
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))])
    return [data]


def _plain(start_response: Callable[..., Any], status: str, text: str) -> list[bytes]:
    return _answer(start_response, status, "text/plain; charset=utf-8", text)


def twiml_response(
    start_response: Callable[..., Any], twiml: Any, status: str = "200 OK"
) -> list[bytes]:
    """Answer with TwiML (a builder object or XML text) as ``text/xml; charset=utf-8``.

    Call it last in a WSGI app and return what it returns.
    """
    text = to_twiml(twiml)
    return _answer(start_response, status, TWIML_CONTENT_TYPE, str(twiml) if text is None else text)


class TwilioWebhookMiddleware:
    """Wraps a WSGI app; see the module documentation."""

    def __init__(
        self,
        app: WSGIApp,
        config: WebhookConfig | str | Sequence[str] | None = None,
        *,
        paths: Sequence[str] | None = None,
        max_body_size: int = MAX_BODY_SIZE,
    ) -> None:
        self.app = app
        self.config = _as_config(config)
        self.paths = tuple(paths) if paths else None
        self.max_body_size = max_body_size

    def _protects(self, environ: dict[str, Any]) -> bool:
        if self.paths is None:
            return True
        path = str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", ""))
        return path.startswith(self.paths)

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        if not self._protects(environ):
            return self.app(environ, start_response)
        body = _read_body(environ, self.max_body_size)
        if body is None:
            return _plain(start_response, "413 Request Entity Too Large", "Request body too large")
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        try:
            request = webhook_request_from_environ(environ, body)
        except UnicodeDecodeError:
            log_undecodable(str(environ.get("REQUEST_METHOD")), str(environ.get("PATH_INFO")))
            return _plain(start_response, "403 Forbidden", FORBIDDEN_MESSAGE)
        if not validate_request(request, self.config):
            return _plain(start_response, "403 Forbidden", FORBIDDEN_MESSAGE)
        return self.app(environ, start_response)
