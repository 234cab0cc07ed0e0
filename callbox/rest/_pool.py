"""The default sync transport: a keep-alive pool over :mod:`http.client`.

Measured on this machine it costs about a third of the CPU of ``requests`` per
call and imports in a fraction of the time (docs/benchmarks.md). It is imported
when the first request is sent.
"""

from __future__ import annotations

import base64
import http.client
import select
import socket
import ssl
import threading
from urllib.parse import unquote, urlsplit

from ..errors import ConnectionError, TimeoutError
from ._transport import (
    ConnectTimeout,
    Request,
    RequestNotSent,
    Response,
    Timeout,
    proxy_for,
    ssl_context,
)

_SocketTimeout = socket.timeout
_Key = tuple[str, str, int]


class HTTPTransport:
    """Thread-safe keep-alive connection pool over :mod:`http.client`."""

    def __init__(
        self,
        *,
        proxy: str | None = None,
        ca_bundle: str | None = None,
        max_idle_per_host: int = 10,
    ) -> None:
        self._proxy = proxy
        self._ca_bundle = ca_bundle
        self._ssl: ssl.SSLContext | None = None
        self._idle: dict[_Key, list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()
        self._max_idle = max_idle_per_host
        self._proxies: dict[str, str | None] = {}

    def _context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl_context(self._ca_bundle)
        return self._ssl

    def _new(
        self, scheme: str, host: str, port: int, timeout: Timeout
    ) -> http.client.HTTPConnection:
        proxy = self._proxies.get(scheme + host)
        if scheme + host not in self._proxies:
            proxy = self._proxies[scheme + host] = proxy_for(f"{scheme}://{host}", self._proxy)
        conn: http.client.HTTPConnection
        if proxy:
            p = urlsplit(proxy)
            headers = {}
            if p.username:
                cred = f"{unquote(p.username)}:{unquote(p.password or '')}"
                headers["Proxy-Authorization"] = "Basic " + base64.b64encode(cred.encode()).decode()
            if scheme == "https":
                conn = http.client.HTTPSConnection(
                    p.hostname or "",
                    p.port or 8080,
                    timeout=timeout.connect,
                    context=self._context(),
                )
                conn.set_tunnel(host, port, headers=headers)
            else:
                conn = http.client.HTTPConnection(
                    p.hostname or "", p.port or 8080, timeout=timeout.connect
                )
                conn._callbox_proxy_headers = headers  # type: ignore[attr-defined]
        elif scheme == "https":
            conn = http.client.HTTPSConnection(
                host, port, timeout=timeout.connect, context=self._context()
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout.connect)
        try:
            conn.connect()
        except _SocketTimeout as exc:
            conn.close()
            raise ConnectTimeout(f"connecting to {host}:{port} timed out") from exc
        except OSError as exc:
            conn.close()
            raise RequestNotSent(f"cannot connect to {host}:{port}: {exc}") from exc
        if conn.sock is not None:
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn.sock.settimeout(timeout.read)
        return conn

    def _checkout(self, key: _Key, timeout: Timeout) -> tuple[http.client.HTTPConnection, bool]:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                conn = idle.pop()
                if _usable(conn):
                    if conn.sock is not None:
                        conn.sock.settimeout(timeout.read)
                    return conn, True
                conn.close()
        return self._new(key[0], key[1], key[2], timeout), False

    def _checkin(self, key: _Key, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < self._max_idle:
                idle.append(conn)
                return
        conn.close()

    def send(self, request: Request) -> Response:
        parts = urlsplit(request.url)
        scheme = parts.scheme or "https"
        host = parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        key = (scheme, host, port)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        conn, _reused = self._checkout(key, request.timeout)
        headers = request.headers
        extra = getattr(conn, "_callbox_proxy_headers", None)
        if extra is not None:  # plain-HTTP proxy: absolute-form request target
            target = request.url.split("#", 1)[0]
            headers = {**headers, **extra}
        try:
            conn.request(request.method, target, body=request.body, headers=headers)
        except OSError as exc:
            conn.close()
            raise ConnectionError(
                f"{request.method} {request.url} failed while sending: {exc}"
            ) from exc
        try:
            resp = conn.getresponse()
            body = resp.read()
        except _SocketTimeout as exc:
            conn.close()
            raise TimeoutError(
                f"{request.method} {request.url}: no answer in {request.timeout.read} s"
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise ConnectionError(
                f"{request.method} {request.url}: connection lost before the answer; "
                f"the request may have been processed ({exc.__class__.__name__})"
            ) from exc
        resp_headers = {k.lower(): v for k, v in resp.getheaders()}
        if resp.will_close:
            conn.close()
        else:
            self._checkin(key, conn)
        return Response(resp.status, resp_headers, body)

    def close(self) -> None:
        with self._lock:
            conns = [c for idle in self._idle.values() for c in idle]
            self._idle.clear()
        for conn in conns:
            conn.close()


def _usable(conn: http.client.HTTPConnection) -> bool:
    """An idle keep-alive connection is usable unless the server closed it."""
    sock = conn.sock
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    # Readable while idle means EOF (or junk): either way, not reusable.
    return not readable
