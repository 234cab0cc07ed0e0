"""What every framework integration shares: settings, the public URL, the verdict, TwiML.

Each integration only turns its framework's request into a :class:`WebhookRequest`
and its framework's response out of the verdict; the rules live here once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..errors import ConfigurationError
from ._signature import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._signature import Params

__all__ = [
    "ALLOW_UNSIGNED_SETTING",
    "AUTH_TOKENS_SETTING",
    "AUTH_TOKEN_SETTING",
    "FORBIDDEN_MESSAGE",
    "MAX_BODY_SIZE",
    "PUBLIC_URL_SETTING",
    "TRUST_PROXY_SETTING",
    "TWIML_CONTENT_TYPE",
    "WebhookConfig",
    "WebhookRequest",
    "is_form",
    "log_undecodable",
    "path_from_environ",
    "to_twiml",
    "validate_request",
]

logger = logging.getLogger("callbox.webhooks")

AUTH_TOKEN_SETTING = "TWILIO_AUTH_TOKEN"
AUTH_TOKENS_SETTING = "CALLBOX_WEBHOOK_AUTH_TOKENS"
PUBLIC_URL_SETTING = "CALLBOX_WEBHOOK_PUBLIC_URL"
TRUST_PROXY_SETTING = "CALLBOX_WEBHOOK_TRUST_PROXY"
ALLOW_UNSIGNED_SETTING = "CALLBOX_WEBHOOK_ALLOW_UNSIGNED"

FORBIDDEN_MESSAGE = "Twilio request signature is invalid"
TWIML_CONTENT_TYPE = "text/xml; charset=utf-8"
MAX_BODY_SIZE = 1024 * 1024
"""Largest body the WSGI/ASGI middleware reads (Twilio's webhooks are a few kB)."""

_TRUE = {"1", "true", "yes", "on"}


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    return bool(value)


def _tokens(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    return tuple(str(t) for t in value if t)


@dataclass(frozen=True)
class WebhookConfig:
    """How incoming webhooks are checked.

    * ``auth_tokens``: the auth token(s) (or shared signing keys) accepted; a
      request signed with any of them passes (primary and secondary during a
      rotation).
    * ``public_base_url``: the scheme, host and optional path prefix Twilio
      calls (``https://example.com``); replaces what the server sees, for apps
      behind a proxy or tunnel. The request's path and query are appended.
    * ``trust_forwarded_headers``: take the scheme and host from the first value
      of ``X-Forwarded-Proto`` / ``X-Forwarded-Host``. Only turn this on when a
      proxy you control sets them: otherwise a client can choose the URL that
      gets validated (and replay a request signed for another of your URLs).
    * ``allow_unsigned``: a development switch that lets requests without a
      valid signature through, logged loudly. Never in production.
    """

    auth_tokens: Sequence[str] | str = field(default=(), repr=False)
    public_base_url: str | None = None
    trust_forwarded_headers: bool = False
    allow_unsigned: bool = False
    _validator: RequestValidator | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tokens = _tokens(self.auth_tokens)
        object.__setattr__(self, "auth_tokens", tokens)
        if tokens:
            object.__setattr__(self, "_validator", RequestValidator(list(tokens)))
        if self.public_base_url:
            base = self.public_base_url.rstrip("/")
            if "://" not in base:
                raise ConfigurationError(
                    f"{PUBLIC_URL_SETTING} must start with https:// or http://, got {base!r}"
                )
            object.__setattr__(self, "public_base_url", base)
        if self.allow_unsigned:
            logger.error(
                "UNSIGNED TWILIO WEBHOOKS ARE ACCEPTED (%s is on). This is a development "
                "switch: anyone can forge requests to these endpoints. Never use it in production.",
                ALLOW_UNSIGNED_SETTING,
            )

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any] | None = None, *, environ: Mapping[str, str] | None = None
    ) -> WebhookConfig:
        """Read the settings (Flask ``app.config``, Django settings as a dict ...), then the environment.

        Names: ``TWILIO_AUTH_TOKEN`` (primary token),
        ``CALLBOX_WEBHOOK_AUTH_TOKENS`` (more accepted tokens: a list, or
        comma-separated text), ``CALLBOX_WEBHOOK_PUBLIC_URL``,
        ``CALLBOX_WEBHOOK_TRUST_PROXY`` and ``CALLBOX_WEBHOOK_ALLOW_UNSIGNED``
        (``1``/``true``/``yes``/``on``).
        """
        settings = settings or {}
        env = os.environ if environ is None else environ

        def get(name: str) -> Any:
            value = settings.get(name)
            return env.get(name) if value is None else value

        tokens: list[str] = []
        for token in _tokens(get(AUTH_TOKEN_SETTING)) + _tokens(get(AUTH_TOKENS_SETTING)):
            if token not in tokens:
                tokens.append(token)
        return cls(
            auth_tokens=tuple(tokens),
            public_base_url=get(PUBLIC_URL_SETTING) or None,
            trust_forwarded_headers=_flag(get(TRUST_PROXY_SETTING)),
            allow_unsigned=_flag(get(ALLOW_UNSIGNED_SETTING)),
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WebhookConfig:
        """Read the settings from environment variables only."""
        return cls.from_settings({}, environ=environ)

    @property
    def validator(self) -> RequestValidator:
        """The validator for the configured tokens (a configuration error if there are none)."""
        if self._validator is None:
            raise ConfigurationError(
                f"no Twilio auth token to check webhook signatures: set {AUTH_TOKEN_SETTING} "
                f"(or {AUTH_TOKENS_SETTING}), or pass WebhookConfig(auth_tokens=...)"
            )
        return self._validator


def _as_config(config: WebhookConfig | str | Sequence[str] | None) -> WebhookConfig:
    if config is None:
        return WebhookConfig.from_env()
    if isinstance(config, WebhookConfig):
        return config
    return WebhookConfig(auth_tokens=tuple(_tokens(config)))


@dataclass
class WebhookRequest:
    """A framework-neutral view of an incoming request, as the integrations build it.

    ``path`` is the full path as received (percent-encoded, including any
    mount prefix); ``headers`` need only answer ``get`` for the Twilio and
    ``X-Forwarded-*`` headers (any case, or lower case); ``form`` is the POST
    form (a multi-dict or raw ``application/x-www-form-urlencoded`` text) and
    ``body`` the raw body, used when the URL carries ``bodySHA256``.
    """

    method: str
    scheme: str
    host: str
    path: str
    query_string: str = ""
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    form: Params = field(default=None, repr=False)
    body: bytes | None = field(default=None, repr=False)

    def header(self, name: str) -> str | None:
        """A header's value, whatever the case of the mapping's keys."""
        value = self.headers.get(name)
        if value is None:
            value = self.headers.get(name.lower())
        return value

    @property
    def needs_body(self) -> bool:
        """True for a JSON webhook, whose raw body (not a form) is signed via ``bodySHA256``."""
        return "bodySHA256=" in self.query_string


def _first(value: str | None) -> str | None:
    if not value:
        return None
    first = value.split(",", 1)[0].strip()
    return first or None


def public_url(request: WebhookRequest, config: WebhookConfig) -> str:
    """The URL Twilio called, as far as this server can tell (see :class:`WebhookConfig`)."""
    if config.public_base_url:
        base = config.public_base_url
    else:
        scheme, host = request.scheme, request.host
        if config.trust_forwarded_headers:
            scheme = _first(request.header("X-Forwarded-Proto")) or scheme
            host = _first(request.header("X-Forwarded-Host")) or host
        base = f"{scheme.lower()}://{host}"
    url = base + (request.path or "/")
    if request.query_string:
        url += "?" + request.query_string
    return url


def validate_request(
    request: WebhookRequest, config: WebhookConfig | str | Sequence[str] | None = None
) -> bool:
    """True when the request carries a valid Twilio signature (or unsigned requests are allowed).

    ``config`` is a :class:`WebhookConfig`, an auth token or a list of them;
    by default the environment is read. Every rejection is logged at WARNING
    (method and URL without its query; never tokens or signatures).
    """
    config = _as_config(config)
    signature = request.header(SIGNATURE_HEADER)
    url = public_url(request, config)
    if signature:
        algorithm = get_signature_algorithm(request.header(SIGNATURE_SETTINGS_HEADER))
        params: Params = (request.body or b"") if request.needs_body else request.form
        if config.allow_unsigned and config._validator is None:
            valid = False
        else:
            valid = config.validator.validate(url, params, signature, algorithm)
        reason = "the signature does not match"
    else:
        valid = False
        reason = f"there is no {SIGNATURE_HEADER} header"
    if valid:
        return True
    where = url.partition("?")[0]
    if config.allow_unsigned:
        logger.warning(
            "Accepting an unverified webhook %s %s (%s) because %s is on",
            request.method,
            where,
            reason,
            ALLOW_UNSIGNED_SETTING,
        )
        return True
    logger.warning("Rejected webhook %s %s: %s", request.method, where, reason)
    return False


def log_undecodable(method: str, path: str) -> None:
    """Log a request refused because its form body is not UTF-8 (Twilio always sends UTF-8)."""
    logger.warning("Rejected webhook %s %s: the form body is not valid UTF-8", method, path)


# ---------------------------------------------------------------- WSGI-style environs


_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def path_from_environ(environ: Mapping[str, Any]) -> tuple[str, str]:
    """``(path, query_string)`` as the client sent them, from a WSGI environ (or Django META)."""
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if raw and isinstance(raw, str) and raw.startswith("/"):
        path, _, query = raw.partition("?")
        script = environ.get("SCRIPT_NAME", "")
        if script and not path.startswith(script):
            path = quote(script.encode("latin-1"), safe=_PATH_SAFE) + path
        return path, query
    full = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    # PEP 3333 paths are percent-decoded and carried as latin-1; quote them back.
    return quote(full.encode("latin-1"), safe=_PATH_SAFE), environ.get("QUERY_STRING", "")


def host_from_environ(environ: Mapping[str, Any]) -> str:
    """The ``Host`` header, or the server name and (non-default) port."""
    host = environ.get("HTTP_HOST")
    if host:
        return str(host)
    name = str(environ.get("SERVER_NAME", "localhost"))
    port = str(environ.get("SERVER_PORT", ""))
    scheme = environ.get("wsgi.url_scheme", "http")
    if port and port != {"https": "443", "http": "80"}.get(scheme):
        name += ":" + port
    return name


def is_form(content_type: str | None) -> bool:
    """True for an ``application/x-www-form-urlencoded`` body (how Twilio posts webhooks)."""
    return bool(content_type) and content_type.split(";", 1)[0].strip().lower() == (  # type: ignore[union-attr]
        "application/x-www-form-urlencoded"
    )


# ---------------------------------------------------------------- TwiML


def _looks_like_twiml(text: str) -> bool:
    start = text.lstrip()
    if start.startswith("<?xml"):
        return True
    if not start.startswith("<Response") or len(start) < 10 or start[9] not in ">/ \t\r\n":
        return False
    end = start.rstrip()
    return end.endswith("</Response>") or end.endswith("/>")


def to_twiml(value: Any) -> str | None:
    """The XML text if ``value`` is TwiML, else ``None``.

    TwiML is a ``str`` starting with ``<?xml`` or a ``<Response>`` element, or
    an object (such as a TwiML builder's ``VoiceResponse``) whose ``str()`` is
    such a document. Framework responses must be checked for before calling this.
    """
    if isinstance(value, str):
        return value if _looks_like_twiml(value) else None
    if value is None or isinstance(value, (bytes, bytearray, dict, list, tuple, int, float)):
        return None
    if getattr(type(value), "__str__", None) is object.__str__:
        return None
    text = str(value)
    return text if _looks_like_twiml(text) else None
