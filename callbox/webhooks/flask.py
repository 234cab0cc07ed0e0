"""Flask integration: a view decorator and an extension.

::

    from callbox.webhooks.flask import TwilioWebhooks, twilio_webhook

    app = Flask(__name__)
    TwilioWebhooks(app)               # optional: reads app.config, then the environment

    @app.post("/voice")
    @twilio_webhook
    def voice():
        response = VoiceResponse()
        response.say("Hello")
        return response              # served as text/xml

The decorator answers ``403`` with a short ``text/plain`` message when the
signature is wrong. Configuration, in order: ``config=`` given to the
decorator, the extension's, then ``app.config`` and the environment with the
names in :class:`~callbox.webhooks.WebhookConfig` (``TWILIO_AUTH_TOKEN``,
``CALLBOX_WEBHOOK_AUTH_TOKENS``, ``CALLBOX_WEBHOOK_PUBLIC_URL``,
``CALLBOX_WEBHOOK_TRUST_PROXY``, ``CALLBOX_WEBHOOK_ALLOW_UNSIGNED``). An app
wrapped in Werkzeug's ``ProxyFix`` is validated against the fixed URL.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, Protocol, cast, overload

from flask import Flask, Response, current_app, request
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response as BaseResponse

from ._request import (
    FORBIDDEN_MESSAGE,
    TWIML_CONTENT_TYPE,
    WebhookConfig,
    WebhookRequest,
    _as_config,
    is_form,
    path_from_environ,
    to_twiml,
    validate_request,
)

__all__ = ["TwilioWebhooks", "twilio_webhook", "twiml_response", "webhook_request"]

EXTENSION_KEY = "callbox.webhooks"
P = ParamSpec("P")


class _Decorator(Protocol):
    """What ``twilio_webhook(config=...)`` returns: a decorator of any view."""

    def __call__(self, view: Callable[P, Any], /) -> Callable[P, ResponseReturnValue]: ...


class TwilioWebhooks:
    """Flask extension holding the webhook configuration for an app."""

    def __init__(self, app: Flask | None = None, config: WebhookConfig | None = None) -> None:
        self.config = config
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Resolve the configuration for ``app`` (from ``app.config`` unless given)."""
        app.extensions[EXTENSION_KEY] = self.config or WebhookConfig.from_settings(app.config)


def _app_config() -> WebhookConfig:
    config = current_app.extensions.get(EXTENSION_KEY)
    if config is None:
        config = WebhookConfig.from_settings(current_app.config)
        current_app.extensions[EXTENSION_KEY] = config
    return cast(WebhookConfig, config)


def webhook_request() -> WebhookRequest:
    """Describe the current Flask request for :func:`~callbox.webhooks.validate_request`."""
    path, query = path_from_environ(request.environ)
    described = WebhookRequest(
        method=request.method,
        scheme=request.scheme,
        host=request.host,
        path=path,
        query_string=query,
        headers=request.headers,  # type: ignore[arg-type]
    )
    if described.needs_body:
        described.body = request.get_data(cache=True)
    elif request.method == "POST" and is_form(request.content_type):
        described.form = request.form
    return described


def twiml_response(value: Any, status: int = 200) -> Response:
    """A response serving TwiML (a builder object or XML text) as ``text/xml``."""
    text = to_twiml(value)
    return Response(str(value) if text is None else text, status, content_type=TWIML_CONTENT_TYPE)


def _convert(result: Any) -> Any:
    if isinstance(result, BaseResponse):
        return result
    if isinstance(result, tuple) and result:
        text = to_twiml(result[0])
        if text is not None:
            return (Response(text, content_type=TWIML_CONTENT_TYPE), *result[1:])
        return result
    text = to_twiml(result)
    if text is not None:
        return Response(text, content_type=TWIML_CONTENT_TYPE)
    return result


@overload
def twilio_webhook(view: Callable[P, Any]) -> Callable[P, ResponseReturnValue]: ...
@overload
def twilio_webhook(
    view: None = None, *, config: WebhookConfig | str | Sequence[str] | None = None
) -> _Decorator: ...


def twilio_webhook(
    view: Callable[..., Any] | None = None,
    *,
    config: WebhookConfig | str | Sequence[str] | None = None,
) -> Any:
    """Check the Twilio signature before the view runs; serve returned TwiML as XML.

    The view may return TwiML (served as XML) or anything Flask serves; the decorated
    view returns what Flask serves, so ``@app.post`` accepts it under a type checker.
    """
    fixed = _as_config(config) if config is not None else None

    def decorate(func: Callable[P, Any], /) -> Callable[P, ResponseReturnValue]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
            if not validate_request(webhook_request(), fixed or _app_config()):
                return Response(FORBIDDEN_MESSAGE, 403, content_type="text/plain; charset=utf-8")
            converted: ResponseReturnValue = _convert(func(*args, **kwargs))
            return converted

        return wrapper

    return decorate(view) if view is not None else decorate
