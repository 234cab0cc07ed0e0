"""Webhook delivery: real HTTP requests to an app's URLs, made the way Twilio makes them.

Every request

* is signed: ``X-Twilio-Signature`` is the HMAC-SHA1 of the URL (without the
  connection-override fragment and without ``user:password@``) followed by the sorted POST
  parameters, keyed with the account's auth token
  (:meth:`callbox.webhooks.RequestValidator.compute_signature`); for ``GET`` the parameters go
  into the query string and are signed as part of the URL;
* carries ``I-Twilio-Idempotency-Token`` (the same on every retry of one delivery),
  ``User-Agent: TwilioProxy/1.1``, ``Content-Type: application/x-www-form-urlencoded``,
  ``Accept: */*`` and ``X-Home-Region: us1``; credentials in the URL become a Basic
  ``Authorization`` header;
* honours Twilio's connection overrides in the URL fragment
  (``https://app/sms#ct=1000&rt=3000&rc=2&rp=ct,rt,5xx&tt=8000``): connect timeout ``ct``
  (ms, default 5000, 100-10000), read timeout ``rt`` (default 15000, 100-15000), total time
  ``tt`` (default 15000), retry count ``rc`` (default 1, 0-5) and retry policy ``rp`` (any of
  ``ct``, ``rt``, ``4xx``, ``5xx``, ``all``; default ``ct,rt``); ``e`` (edge) and ``sni`` are
  accepted and ignored;
* follows up to five HTTP redirects, re-signing for each new URL; the method and parameters
  are kept (so a ``/sms`` → ``/sms/`` redirect still gets the message), except that a 303
  turns a POST into a GET with the parameters in the query string.

Failures are reported, not raised, as a :class:`Delivery` with the Twilio error code Twilio
would log: 11200 (HTTP retrieval failure: an error status or no answer in time), 11205
(connection failure), 11100 (invalid URL), 11215 (too many redirects).

The HTTP client is callbox's own asyncio HTTP/1.1 pool, so the ``[sandbox]`` extra needs no
other HTTP library.
"""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Union
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

__all__ = [
    "DEFAULT_OVERRIDES",
    "USER_AGENT",
    "Delivery",
    "Overrides",
    "WebhookSender",
    "route_webhooks",
    "signed_url_and_params",
    "split_overrides",
]

USER_AGENT: Final = "TwilioProxy/1.1"
_REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
_MAX_REDIRECTS: Final = 5
_MAX_BODY: Final = 1024 * 1024

Params = Union[Mapping[str, object], Iterable[tuple[str, object]]]

#: Transports that replace the network for the webhooks of a sandbox running in process,
#: by the event loop it runs on (see :func:`route_webhooks`). A server never sets one.
_ROUTES: dict[object, Any] = {}


def route_webhooks(loop: object, transport: Any) -> None:
    """Send the webhooks of the sandbox whose event loop is ``loop`` through ``transport``
    (an async transport: ``await send(Request) -> Response``); None: the network again.

    :func:`callbox.sandbox.mock` routes its webhooks this way, to an app in the same
    process or to the network with the bookkeeping it needs.  Signing, overrides, retries
    and redirects stay here, the same for every route.
    """
    if transport is None:
        _ROUTES.pop(loop, None)
    else:
        _ROUTES[loop] = transport


@dataclass(frozen=True)
class Overrides:
    """Connection settings for one webhook URL (seconds; retries on top of the first try)."""

    connect: float = 5.0
    read: float = 15.0
    total: float = 15.0
    retries: int = 1
    policy: frozenset[str] = frozenset({"ct", "rt"})

    def retries_on(self, kind: str) -> bool:
        """Whether a failure of ``kind`` (ct, rt, 4xx, 5xx) is retried."""
        return "all" in self.policy or kind in self.policy


DEFAULT_OVERRIDES: Final = Overrides()


def _ms(value: str, low: int, high: int, default: float) -> float:
    try:
        ms = int(value)
    except ValueError:
        return default
    return min(max(ms, low), high) / 1000.0


def split_overrides(url: str, defaults: Overrides = DEFAULT_OVERRIDES) -> tuple[str, Overrides]:
    """The URL without its fragment, and the connection overrides the fragment sets."""
    base, sep, fragment = url.partition("#")
    if not sep:
        return url, defaults
    values = dict(parse_qsl(fragment, keep_blank_values=True))
    connect, read, total = defaults.connect, defaults.read, defaults.total
    retries, policy = defaults.retries, defaults.policy
    if "ct" in values:
        connect = _ms(values["ct"], 100, 10000, connect)
    if "rt" in values:
        read = _ms(values["rt"], 100, 15000, read)
    if "tt" in values:
        total = _ms(values["tt"], 100, 15000, total)
    if "rc" in values:
        try:
            retries = min(max(int(values["rc"]), 0), 5)
        except ValueError:
            pass
    if "rp" in values:
        kinds = {k.strip().lower() for k in values["rp"].split(",") if k.strip()}
        known = kinds & {"ct", "rt", "4xx", "5xx", "all"}
        if known:
            policy = frozenset(known)
    return base, Overrides(connect, read, total, retries, policy)


def _pairs(params: Params | None) -> list[tuple[str, str]]:
    if params is None:
        return []
    items = params.items() if isinstance(params, Mapping) else params
    out: list[tuple[str, str]] = []
    for name, value in items:
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out.extend((name, _text(v)) for v in value if v is not None)
        else:
            out.append((name, _text(value)))
    return out


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _strip_credentials(url: str) -> tuple[str, str | None]:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode()
    return urlunsplit(parts._replace(netloc=hostport)), f"Basic {token}"


def signed_url_and_params(
    url: str, params: Params | None, method: str
) -> tuple[str, list[tuple[str, str]]]:
    """The URL to request and the form parameters to send (and sign) for ``method``."""
    pairs = _pairs(params)
    if method.upper() == "GET":
        if pairs:
            url = url + ("&" if "?" in url else "?") + urlencode(pairs)
        return url, []
    return url, pairs


@dataclass
class Delivery:
    """The outcome of delivering one webhook (after retries and redirects)."""

    url: str
    method: str
    params: list[tuple[str, str]]
    idempotency_token: str
    signature: str = ""
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None
    error_code: int | None = None
    attempts: int = 0
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        """A 2xx answer arrived."""
        return self.status is not None and 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        """The media type of the answer, lower-case, without parameters."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def event(self) -> dict[str, Any]:
        """What a ``webhook.request`` event tells of this delivery (besides its purpose, the
        record it concerns and the parameters sent): the request as finally sent, the
        signature it carried, the answer (its first 2000 characters), the real time taken."""
        return {
            "url": self.url,
            "method": self.method,
            "status_code": self.status,
            "error_code": self.error_code,
            "error": self.error,
            "ms": round(self.elapsed * 1000, 1),
            "attempts": self.attempts,
            "signature": self.signature,
            "idempotency_token": self.idempotency_token,
            "content_type": self.content_type or None,
            "response_body": self.text[:2000],
        }

    def describe(self) -> str:
        """One line for logs and notifications."""
        if self.error:
            return f"{self.method} {self.url}: {self.error}"
        return f"{self.method} {self.url}: HTTP {self.status}"


class WebhookSender:
    """Sends signed webhooks from one event loop, over a shared keep-alive pool."""

    def __init__(
        self,
        *,
        defaults: Overrides = DEFAULT_OVERRIDES,
        max_connections: int = 50,
        user_agent: str = USER_AGENT,
    ) -> None:
        from ..rest.transport import AsyncHTTPTransport

        self.defaults = defaults
        self.user_agent = user_agent
        # proxy="": webhooks go straight to the app, whatever HTTP(S)_PROXY says.
        self._transport = AsyncHTTPTransport(proxy="", max_connections=max_connections)

    async def close(self) -> None:
        """Close pooled connections."""
        await self._transport.close()

    async def send(
        self,
        url: str,
        params: Params | None,
        *,
        auth_token: str,
        method: str = "POST",
        idempotency_token: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Delivery:
        """Deliver one webhook; never raises for network or HTTP failures."""
        from ..errors import ConnectionError, TimeoutError
        from ..rest.transport import ConnectTimeout, Request, RequestNotSent, Timeout
        from ..webhooks import RequestValidator

        method = (method or "POST").upper()
        if method not in ("GET", "POST"):
            method = "POST"
        token = idempotency_token or f"{uuid.uuid4().hex}"
        base, overrides = split_overrides(url.strip(), self.defaults)
        base, authorization = _strip_credentials(base)
        target, pairs = signed_url_and_params(base, params, method)
        result = Delivery(url=target, method=method, params=pairs, idempotency_token=token)
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            result.error, result.error_code = f"invalid URL {url!r}", 11100
            return result
        validator = RequestValidator(auth_token)
        start = time.monotonic()
        deadline = start + overrides.total
        redirects = 0
        attempt = 0
        transport = self._transport
        if _ROUTES:
            import asyncio

            transport = _ROUTES.get(asyncio.get_running_loop(), transport)
        while True:
            attempt += 1
            result.attempts += 1
            remaining = deadline - time.monotonic()
            signature = validator.compute_signature(target, pairs if method == "POST" else {})
            result.url, result.signature = target, signature
            head = {
                "User-Agent": self.user_agent,
                "Accept": "*/*",
                "Cache-Control": "max-age=259200",
                "X-Home-Region": "us1",
                "X-Twilio-Signature": signature,
                "I-Twilio-Idempotency-Token": token,
            }
            if authorization:
                head["Authorization"] = authorization
            if headers:
                head.update(headers)
            body = None
            if method == "POST":
                head["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
                body = urlencode(pairs).encode()
            timeout = Timeout(
                max(0.05, min(overrides.connect, remaining)),
                max(0.05, min(overrides.read, remaining)),
            )
            failure: str | None = None
            try:
                response = await transport.send(Request(method, target, head, body, timeout))
            except ConnectTimeout:
                failure, kind = "connect timeout", "ct"
                result.error_code = 11205
            except RequestNotSent as exc:
                failure, kind = f"connection failed ({exc})", "ct"
                result.error_code = 11205
            except TimeoutError:
                failure, kind = f"no answer within {timeout.read:g} s", "rt"
                result.error_code = 11200
            except ConnectionError as exc:
                failure, kind = f"connection lost ({exc})", "rt"
                result.error_code = 11200
            except ValueError as exc:
                result.error, result.error_code = f"invalid URL ({exc})", 11100
                break
            else:
                result.status = response.status
                result.headers = dict(response.headers)
                result.body = response.body[:_MAX_BODY]
                result.error = None
                result.error_code = None
                if response.status in _REDIRECTS and response.headers.get("location"):
                    redirects += 1
                    if redirects > _MAX_REDIRECTS:
                        result.error, result.error_code = "too many redirects", 11215
                        break
                    from urllib.parse import urljoin

                    target = urljoin(target, response.headers["location"])
                    if response.status == 303 and method == "POST":
                        method, result.method = "GET", "GET"
                        target, pairs = signed_url_and_params(target, pairs, "GET")
                        result.params = pairs
                    attempt -= 1
                    continue
                if 200 <= response.status < 300:
                    break
                result.error_code = 11200
                kind = "4xx" if response.status < 500 else "5xx"
                if not overrides.retries_on(kind) or attempt > overrides.retries:
                    break
                if time.monotonic() >= deadline:
                    break
                continue
            result.status = None
            result.headers = {}
            result.body = b""
            result.error = failure
            if not overrides.retries_on(kind) or attempt > overrides.retries:
                break
            if time.monotonic() >= deadline:
                break
        result.elapsed = time.monotonic() - start
        return result
