"""Cross-site protection: a web page elsewhere in the user's browser cannot drive the sandbox.

The sandbox listens on 127.0.0.1 and trusts whoever holds the main account's credentials.
A browser adds two ways in that a terminal does not have, and this ASGI middleware closes
both before any route runs:

* **DNS rebinding.** A page on ``evil.example`` whose name is made to resolve to 127.0.0.1
  talks to the sandbox as its own origin.  Its requests still say ``Host: evil.example``:
  every request whose ``Host`` is not a loopback name (``localhost``, ``*.localhost``,
  ``127.0.0.0/8``, ``[::1]``) or the address the sandbox was told to listen on (its base
  URL's host), with the sandbox's port, is refused (403, 20001).
* **Cross-site requests.** A form or ``fetch()`` from another origin (another port of
  127.0.0.1 included) reaches the sandbox with whatever credentials the browser holds.
  State-changing requests (``POST``, ``PUT``, ``PATCH``, ``DELETE``) anywhere, and every
  request to the control API (``/_sandbox/...``) and the console, are refused (403, 20003)
  when ``Origin`` names another origin (or ``null``) or ``Sec-Fetch-Site`` says the request
  comes from another origin (``cross-site`` or ``same-site``).  Clients that are not
  browsers send neither header and are not affected.

The sandbox never answers with CORS headers, so a foreign page cannot read its answers
either.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from .errors import SandboxError

__all__ = ["CrossSiteGuard", "allowed_host", "host_allowed", "origin_allowed"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _split(hostport: str, default_port: int) -> tuple[str, int] | None:
    """``host[:port]`` (``[v6]:port`` too) → (lower-case host, port); None if malformed."""
    hostport = hostport.strip().lower()
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return None
        host, rest = hostport[1:end], hostport[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:]
    else:
        host, sep, port_text = hostport.rpartition(":")
        if not sep:
            host, port_text = hostport, ""
    if not port_text:
        return host, default_port
    if not (port_text.isascii() and port_text.isdigit()) or len(port_text) > 5:
        return None
    return host, int(port_text)


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_allowed(
    hostport: str, port: int, own_host: str = "127.0.0.1", extra: Collection[str] = ()
) -> bool:
    """Whether a ``Host`` header names this sandbox: a loopback name (or the address it
    listens on) with its port, or one of the ``extra`` ``host:port`` pairs allowed."""
    found = _split(hostport, 80)
    if found is None:
        return False
    host, got = found
    if not host:
        return False
    if extra and f"{host}:{got}" in extra:
        return True
    if got != port:
        return False
    own = own_host.strip("[]").lower()
    return _loopback(host) or host == own


def origin_allowed(
    origin: str, port: int, own_host: str = "127.0.0.1", extra: Collection[str] = ()
) -> bool:
    """Whether an ``Origin`` header is the sandbox's own origin (under any name it answers to)."""
    parts = urlsplit(origin.strip())
    if parts.scheme != "http" or parts.path not in ("", "/") or parts.query or parts.username:
        return False
    return host_allowed(parts.netloc, port, own_host, extra)


def allowed_host(value: str) -> str:
    """``host:port`` as the guard compares it (lower case, IPv6 without brackets), or
    :class:`ValueError` for anything else."""
    found = _split(value, -1)
    if found is None or not found[0] or found[1] < 0:
        raise ValueError(f"expected HOST:PORT, got {value!r}")
    return f"{found[0]}:{found[1]}"


class CrossSiteGuard:
    """ASGI middleware refusing DNS-rebound and cross-site requests (see the module doc).

    ``where()`` returns the sandbox's ``(host, port)``; it is read on each request so a
    server that learns its port after binding (``--port 0``) is guarded correctly.
    ``extra`` are more ``host:port`` names it answers to (see :func:`allowed_host`): a
    port forwarded from a container, a name in ``/etc/hosts``.
    """

    def __init__(
        self, app: App, where: Callable[[], tuple[str, int]], extra: Collection[str] = ()
    ) -> None:
        self.app = app
        self.where = where
        self.extra = frozenset(allowed_host(e) for e in extra)
        self._seen: dict[tuple[str, int], bool] = {}  # Host header, port -> allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self.check(scope)
            if refusal is not None:
                await _refuse(refusal, send)
                return
        await self.app(scope, receive, send)

    def check(self, scope: Scope) -> SandboxError | None:
        """The refusal for this request, or None to let it through."""
        host_header = origin = fetch_site = None
        for name, value in scope.get("headers") or ():
            if name == b"host":
                host_header = value.decode("latin-1")
            elif name == b"origin":
                origin = value.decode("latin-1")
            elif name == b"sec-fetch-site":
                fetch_site = value.decode("latin-1").strip().lower()
        own_host, port = self.where()
        allowed = self._seen.get((host_header or "", port))
        if allowed is None:
            allowed = host_header is not None and host_allowed(
                host_header, port, own_host, self.extra
            )
            if len(self._seen) < 256:  # the few names clients use; never grows unbounded
                self._seen[(host_header or "", port)] = allowed
        if not allowed:
            return SandboxError(
                403,
                20001,
                f"Invalid Host header: this sandbox answers to 127.0.0.1:{port} or "
                f"localhost:{port} only",
            )
        path: str = scope.get("path") or ""
        guarded = scope.get("method", "GET").upper() in _UNSAFE or path.startswith("/_sandbox")
        if not guarded:
            return None
        if fetch_site in ("cross-site", "same-site"):
            return SandboxError(
                403, 20003, "Permission denied: the sandbox refuses requests from other sites"
            )
        if origin is not None and not origin_allowed(origin, port, own_host, self.extra):
            return SandboxError(
                403,
                20003,
                "Permission denied: the sandbox refuses requests from other origins",
            )
        return None


async def _refuse(err: SandboxError, send: Send) -> None:
    import json
    import secrets

    body = json.dumps(err.to_json(), separators=(",", ":")).encode()
    await send(
        {
            "type": "http.response.start",
            "status": err.status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"twilio-request-id", ("RQ" + secrets.token_hex(16)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
