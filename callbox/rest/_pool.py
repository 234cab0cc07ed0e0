"""The default sync transport: keep-alive sockets speaking the shared HTTP/1.1 codec.

It is imported when the first request is sent. Compared with ``requests`` it
spends a fraction of the CPU per call (docs/benchmarks.md), because a REST
client needs one request per connection at a time and nothing else.
"""

from __future__ import annotations

import builtins
import select
import socket
import threading

from ..errors import ConnectionError, TimeoutError
from ._http11 import ResponseParser, encode_request, host_header, proxy_authorization, split_url
from ._transport import (
    ConnectTimeout,
    Request,
    RequestNotSent,
    Response,
    Timeout,
    proxy_for,
    ssl_context,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl

_Key = tuple[str, str, int]
_RECV = 65536


class _Conn:
    __slots__ = ("proxied", "sock")

    def __init__(self, sock: socket.socket, proxied: bool) -> None:
        self.sock = sock
        self.proxied = proxied  # plain-HTTP proxy: absolute-form request targets

    def usable(self) -> bool:
        """An idle keep-alive socket is reusable unless the server closed it."""
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable  # readable while idle means EOF (or junk)

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class HTTPTransport:
    """Thread-safe keep-alive connection pool on blocking sockets."""

    def __init__(
        self, *, proxy: str | None = None, ca_bundle: str | None = None, max_idle_per_host: int = 10
    ) -> None:
        self._proxy = proxy
        self._ca_bundle = ca_bundle
        self._ssl: ssl.SSLContext | None = None
        self._idle: dict[_Key, list[_Conn]] = {}
        self._lock = threading.Lock()
        self._max_idle = max_idle_per_host

    def _context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl_context(self._ca_bundle)
        return self._ssl

    def _connect(self, scheme: str, host: str, port: int, timeout: Timeout) -> _Conn:
        proxy = proxy_for(f"{scheme}://{host_header(scheme, host, port)}/", self._proxy)
        try:
            if proxy:
                p_host, p_port, p_headers = proxy_authorization(proxy)
                sock = socket.create_connection((p_host, p_port), timeout=timeout.connect)
                if scheme == "http":
                    conn = _Conn(sock, proxied=True)
                    conn.sock.settimeout(timeout.read)
                    return conn
                self._tunnel(sock, host, port, p_headers)
            else:
                sock = socket.create_connection((host, port), timeout=timeout.connect)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock = self._context().wrap_socket(sock, server_hostname=host)
        except builtins.TimeoutError as exc:
            raise ConnectTimeout(f"connecting to {host}:{port} timed out") from exc
        except OSError as exc:
            raise RequestNotSent(f"cannot connect to {host}:{port}: {exc}") from exc
        sock.settimeout(timeout.read)
        return _Conn(sock, proxied=False)

    @staticmethod
    def _tunnel(sock: socket.socket, host: str, port: int, headers: dict[str, str]) -> None:
        target = f"{host_header('https', host, port)}"
        if ":" not in target.rsplit("]", 1)[-1]:
            target += f":{port}"
        sock.sendall(encode_request("CONNECT", target, target, headers, None))
        parser = ResponseParser(no_body=True)
        while not parser.done:
            data = sock.recv(_RECV)
            if not data:
                raise OSError("the proxy closed the connection")
            parser.feed(data)
        if parser.status != 200:
            raise OSError(f"the proxy refused the tunnel: HTTP {parser.status}")

    def _checkout(self, key: _Key, timeout: Timeout) -> _Conn:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                conn = idle.pop()
                if conn.usable():
                    conn.sock.settimeout(timeout.read)
                    return conn
                conn.close()
        return self._connect(key[0], key[1], key[2], timeout)

    def _checkin(self, key: _Key, conn: _Conn) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < self._max_idle:
                idle.append(conn)
                return
        conn.close()

    def send(self, request: Request) -> Response:
        scheme, host, port, target = split_url(request.url)
        key = (scheme, host, port)
        conn = self._checkout(key, request.timeout)
        if conn.proxied:
            target = request.url.split("#", 1)[0]
        data = encode_request(
            request.method, target, host_header(scheme, host, port), request.headers, request.body
        )
        sock = conn.sock
        try:
            sock.sendall(data)
        except OSError as exc:
            conn.close()
            raise ConnectionError(
                f"{request.method} {request.url} failed while sending: {exc}"
            ) from exc
        parser = ResponseParser(no_body=request.method == "HEAD")
        try:
            while not parser.done:
                chunk = sock.recv(_RECV)
                if not chunk:
                    parser.eof()
                    break
                parser.feed(chunk)
        except builtins.TimeoutError as exc:
            conn.close()
            raise TimeoutError(
                f"{request.method} {request.url}: no answer in {request.timeout.read} s"
            ) from exc
        except OSError as exc:  # includes ProtocolError, a ConnectionError
            conn.close()
            raise ConnectionError(
                f"{request.method} {request.url}: connection lost before the answer; "
                f"the request may have been processed ({exc})"
            ) from exc
        if parser.keep_alive:
            self._checkin(key, conn)
        else:
            conn.close()
        return parser.response()

    def close(self) -> None:
        with self._lock:
            conns = [c for idle in self._idle.values() for c in idle]
            self._idle.clear()
        for conn in conns:
            conn.close()
