"""Django integration: a view decorator and a middleware, configured in settings.

::

    # views.py
    from callbox.webhooks.django import twilio_webhook

    @twilio_webhook                     # also exempts the view from CSRF
    def voice(request):
        return VoiceResponse().say("Hello")   # served as text/xml

    # settings.py (each falls back to the environment variable of the same name)
    TWILIO_AUTH_TOKEN = "..."
    CALLBOX_WEBHOOK_AUTH_TOKENS = ["secondary-token"]    # optional, during rotation
    CALLBOX_WEBHOOK_PUBLIC_URL = "https://example.com"   # optional, behind a proxy
    CALLBOX_WEBHOOK_TRUST_PROXY = False                  # X-Forwarded-Proto/-Host
    CALLBOX_WEBHOOK_ALLOW_UNSIGNED = False               # development only

Or protect whole URL prefixes with the middleware, placed *before*
``CsrfViewMiddleware``::

    MIDDLEWARE = ["callbox.webhooks.django.TwilioWebhookMiddleware", ...]
    CALLBOX_WEBHOOK_PATHS = ["/twilio/"]

Twilio cannot send a CSRF token, so requests that pass the signature check
are exempt from CSRF (the signature is the stronger proof); requests that
fail get ``403`` with a short ``text/plain`` message. Django's own
``USE_X_FORWARDED_HOST`` / ``SECURE_PROXY_SSL_HEADER`` apply as usual.
Both sync and async views are supported.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast, overload

from asgiref.sync import iscoroutinefunction
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.http.response import HttpResponseBase
from django.utils.encoding import escape_uri_path
from django.views.decorators.csrf import csrf_exempt

from ._request import (
    ALLOW_UNSIGNED_SETTING,
    AUTH_TOKEN_SETTING,
    AUTH_TOKENS_SETTING,
    FORBIDDEN_MESSAGE,
    PUBLIC_URL_SETTING,
    TRUST_PROXY_SETTING,
    TWIML_CONTENT_TYPE,
    WebhookConfig,
    WebhookRequest,
    _as_config,
    is_form,
    path_from_environ,
    to_twiml,
    validate_request,
)

__all__ = [
    "PATHS_SETTING",
    "TwilioWebhookMiddleware",
    "config_from_settings",
    "twilio_webhook",
    "twiml_response",
    "webhook_request",
]

PATHS_SETTING = "CALLBOX_WEBHOOK_PATHS"
_NAMES = (
    AUTH_TOKEN_SETTING,
    AUTH_TOKENS_SETTING,
    PUBLIC_URL_SETTING,
    TRUST_PROXY_SETTING,
    ALLOW_UNSIGNED_SETTING,
)
_cache: dict[tuple[Any, ...], WebhookConfig] = {}
F = TypeVar("F", bound=Callable[..., Any])


def config_from_settings() -> WebhookConfig:
    """The configuration from Django settings (then the environment), rebuilt when they change."""
    values = {name: getattr(settings, name, None) for name in _NAMES}
    key = tuple(tuple(v) if isinstance(v, (list, tuple)) else v for v in values.values())
    config = _cache.get(key)
    if config is None:
        _cache.clear()
        config = _cache[key] = WebhookConfig.from_settings(values)
    return config


def webhook_request(request: HttpRequest) -> WebhookRequest:
    """Describe a Django request for :func:`~callbox.webhooks.validate_request`."""
    meta = request.META
    if meta.get("RAW_URI") or meta.get("REQUEST_URI"):
        path, query = path_from_environ(meta)
    else:
        path, query = escape_uri_path(request.path), str(meta.get("QUERY_STRING", ""))
    described = WebhookRequest(
        method=str(request.method),
        scheme=request.scheme or "http",
        host=request.get_host(),
        path=path,
        query_string=query,
        headers=request.headers,
    )
    if described.needs_body:
        described.body = request.body
    elif request.method == "POST" and is_form(request.content_type):
        described.form = request.POST
    return described


def _forbidden() -> HttpResponseForbidden:
    return HttpResponseForbidden(FORBIDDEN_MESSAGE, content_type="text/plain; charset=utf-8")


def twiml_response(value: Any, status: int = 200) -> HttpResponse:
    """A response serving TwiML (a builder object or XML text) as ``text/xml``."""
    text = to_twiml(value)
    return HttpResponse(
        str(value) if text is None else text, content_type=TWIML_CONTENT_TYPE, status=status
    )


def _convert(result: Any) -> Any:
    if isinstance(result, HttpResponseBase):
        return result
    text = to_twiml(result)
    return result if text is None else HttpResponse(text, content_type=TWIML_CONTENT_TYPE)


@overload
def twilio_webhook(view: F) -> F: ...
@overload
def twilio_webhook(
    view: None = None, *, config: WebhookConfig | str | Sequence[str] | None = None
) -> Callable[[F], F]: ...


def twilio_webhook(
    view: F | None = None, *, config: WebhookConfig | str | Sequence[str] | None = None
) -> F | Callable[[F], F]:
    """Check the Twilio signature before the view runs (CSRF-exempt); serve TwiML as XML."""
    fixed = _as_config(config) if config is not None else None

    def decorate(func: F) -> F:
        wrapper: Callable[..., Any]
        if iscoroutinefunction(func):

            async def async_wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                if not validate_request(webhook_request(request), fixed or config_from_settings()):
                    return _forbidden()
                return _convert(await func(request, *args, **kwargs))

            wrapper = async_wrapper
        else:

            def sync_wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                if not validate_request(webhook_request(request), fixed or config_from_settings()):
                    return _forbidden()
                return _convert(func(request, *args, **kwargs))

            wrapper = sync_wrapper
        return cast(F, csrf_exempt(functools.wraps(func)(wrapper)))

    return decorate(view) if view is not None else decorate


class TwilioWebhookMiddleware:
    """Checks every request under ``CALLBOX_WEBHOOK_PATHS``; place it before CsrfViewMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        paths = getattr(settings, PATHS_SETTING, None)
        if not paths:
            raise ImproperlyConfigured(
                f"TwilioWebhookMiddleware needs {PATHS_SETTING}, the URL prefixes Twilio calls "
                '(for example ["/twilio/"])'
            )
        self.paths = (paths,) if isinstance(paths, str) else tuple(paths)

    def __call__(self, request: HttpRequest) -> Any:
        if request.path.startswith(self.paths):
            if not validate_request(webhook_request(request), config_from_settings()):
                return _forbidden()
            # The signature proves the sender; Twilio has no CSRF token to send.
            request._dont_enforce_csrf_checks = True
        return self.get_response(request)
