"""Requests, responses and timeouts: what the client and every transport share.

A transport sends one :class:`Request` and returns one :class:`Response`; it
knows nothing about Twilio. The client owns everything else (URLs, auth,
retries, parsing), so a test can plug in its own transport with two methods.
This module holds only the plain data types, so importing it costs nothing.
"""

from __future__ import annotations

from ..errors import ConnectionError, TimeoutError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl
    from collections.abc import Mapping


class Timeout:
    """Seconds to wait for a connection and for each read."""

    __slots__ = ("connect", "read")

    def __init__(self, connect: float = 10.0, read: float = 30.0) -> None:
        self.connect = connect
        self.read = read

    @classmethod
    def of(cls, value: float | tuple[float, float] | Timeout | None) -> Timeout:
        if value is None:
            return cls()
        if isinstance(value, Timeout):
            return value
        if isinstance(value, tuple):
            return cls(float(value[0]), float(value[1]))
        return cls(float(value), float(value))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeout) and (self.connect, self.read) == (
            other.connect,
            other.read,
        )

    def __hash__(self) -> int:
        return hash((self.connect, self.read))

    def __repr__(self) -> str:
        return f"Timeout(connect={self.connect}, read={self.read})"


_DEFAULT_TIMEOUT = Timeout()
_REDACTED = {"authorization", "proxy-authorization", "twilio-client-validation"}


class Request:
    """An HTTP request as the client will send it."""

    __slots__ = ("body", "headers", "method", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None = None,
        timeout: Timeout = _DEFAULT_TIMEOUT,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout

    def safe_headers(self) -> dict[str, str]:
        """Headers with credentials replaced, fit for logs and reprs."""
        return {k: ("***" if k.lower() in _REDACTED else v) for k, v in self.headers.items()}

    def __repr__(self) -> str:
        return f"<Request {self.method} {self.url} headers={self.safe_headers()!r}>"


class Response:
    """An HTTP response: status, headers (lower-case names) and the raw body."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def __repr__(self) -> str:
        return f"<Response {self.status} ({len(self.body)} bytes)>"


class RequestNotSent(ConnectionError):
    """The connection failed before any of the request left: always safe to retry."""


class ConnectTimeout(RequestNotSent, TimeoutError):
    """Connecting took longer than the connect timeout."""


class TransportClosed(ConnectionError):
    """The client (its transport) was closed while the request was waiting or in flight.

    Never retried: closing means stop.
    """


def proxy_for(url: str, proxy: str | None) -> str | None:
    """The proxy URL for ``url``: the explicit one, else ``<scheme>_proxy`` unless ``no_proxy`` matches.

    Read from the environment directly (lower-case names first, as curl does):
    ``urllib.request`` would cost a large import for three variables.
    """
    if proxy is not None:
        return proxy or None
    import os

    scheme, _, rest = url.partition("://")
    env = os.environ
    found = env.get(f"{scheme}_proxy") or env.get(f"{scheme.upper()}_PROXY")
    if not found:
        return None
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1]
    host = host[1 : host.find("]")] if host.startswith("[") else host.split(":", 1)[0]
    host = host.lower()
    for entry in (env.get("no_proxy") or env.get("NO_PROXY") or "").split(","):
        entry = entry.strip().lower().lstrip(".")
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return None
    return found


def ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """A verifying TLS context, trusting ``ca_bundle`` (or ``TWILIO_CA_BUNDLE``) when given."""
    import os
    import ssl

    bundle = ca_bundle or os.environ.get("TWILIO_CA_BUNDLE") or None
    return ssl.create_default_context(cafile=bundle)
