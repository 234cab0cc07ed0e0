"""The default async transport: an asyncio connection pool on the shared HTTP/1.1 codec.

Each connection is an :class:`asyncio.Protocol` that feeds bytes to
:class:`~callbox.rest._http11.ResponseParser` and resolves one future per
request. There is no task per request and no stream machinery, which is where
general-purpose clients spend their time at high concurrency
(docs/benchmarks.md has the figures that chose this design).
"""

from __future__ import annotations

import asyncio
import socket
from collections import deque

from ..errors import ConnectionError, TimeoutError
from ._http11 import ResponseParser, encode_request, host_header, proxy_authorization, split_url
from ._transport import ConnectTimeout, Request, RequestNotSent, Response, proxy_for, ssl_context

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl

_Key = tuple[str, str, int]


class _Connection(asyncio.Protocol):
    """One keep-alive connection, answering one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser: ResponseParser | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.closed = False
        self.proxied = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass

    def data_received(self, data: bytes) -> None:
        parser = self.parser
        if parser is None:  # bytes while idle: the server is closing or misbehaving
            self.close()
            return
        try:
            parser.feed(data)
        except OSError as exc:
            self._fail(exc)
            return
        if parser.done:
            self._finish()

    def eof_received(self) -> bool | None:
        parser = self.parser
        if parser is not None:
            try:
                parser.eof()
            except OSError as exc:
                self._fail(exc)
            else:
                self._finish()
        self.closed = True
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.parser is not None and self.waiter is not None and not self.waiter.done():
            self._fail(exc or ConnectionError("the server closed the connection"))

    def _finish(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _fail(self, exc: BaseException) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)
        self.close()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


class AsyncHTTPTransport:
    """Async keep-alive pool: at most ``max_connections`` sockets per host, others wait."""

    def __init__(
        self, *, proxy: str | None = None, ca_bundle: str | None = None, max_connections: int = 100
    ) -> None:
        self._proxy = proxy
        self._ca_bundle = ca_bundle
        self._ssl: ssl.SSLContext | None = None
        self._limit = max_connections
        self._idle: dict[_Key, list[_Connection]] = {}
        self._open: dict[_Key, int] = {}
        self._waiters: dict[_Key, deque[asyncio.Future[_Connection | None]]] = {}

    def _context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl_context(self._ca_bundle)
        return self._ssl

    async def _connect(self, scheme: str, host: str, port: int, request: Request) -> _Connection:
        loop = asyncio.get_running_loop()
        proxy = proxy_for(f"{scheme}://{host_header(scheme, host, port)}/", self._proxy)
        try:
            if proxy:
                p_host, p_port, p_headers = proxy_authorization(proxy)
                transport, conn = await asyncio.wait_for(
                    loop.create_connection(_Connection, p_host, p_port), request.timeout.connect
                )
                if scheme == "http":
                    conn.proxied = True
                    return conn
                await self._tunnel(conn, host, port, p_headers, request)
                tls = await loop.start_tls(transport, conn, self._context(), server_hostname=host)
                if tls is None:
                    raise OSError("TLS through the proxy failed")
                conn.transport = tls
                return conn
            _, conn = await asyncio.wait_for(
                loop.create_connection(
                    _Connection,
                    host,
                    port,
                    ssl=self._context() if scheme == "https" else None,
                    server_hostname=host if scheme == "https" else None,
                ),
                request.timeout.connect,
            )
        except asyncio.TimeoutError as exc:
            raise ConnectTimeout(f"connecting to {host}:{port} timed out") from exc
        except OSError as exc:
            raise RequestNotSent(f"cannot connect to {host}:{port}: {exc}") from exc
        return conn

    @staticmethod
    async def _tunnel(
        conn: _Connection, host: str, port: int, headers: dict[str, str], request: Request
    ) -> None:
        target = f"{host}:{port}"
        conn.parser = ResponseParser(no_body=True)
        conn.waiter = asyncio.get_running_loop().create_future()
        assert conn.transport is not None
        conn.transport.write(encode_request("CONNECT", target, target, headers, None))
        await asyncio.wait_for(conn.waiter, request.timeout.connect)
        status = conn.parser.status
        conn.parser = conn.waiter = None
        if status != 200:
            raise OSError(f"the proxy refused the tunnel: HTTP {status}")

    async def _checkout(self, key: _Key, request: Request) -> _Connection:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if not conn.closed:
                return conn
            self._open[key] -= 1
        if self._open.get(key, 0) >= self._limit:
            waiter: asyncio.Future[_Connection | None] = asyncio.get_running_loop().create_future()
            self._waiters.setdefault(key, deque()).append(waiter)
            handed = await waiter
            if handed is not None:
                return handed
        self._open[key] = self._open.get(key, 0) + 1
        try:
            return await self._connect(key[0], key[1], key[2], request)
        except BaseException:
            self._release(key, None)
            raise

    def _release(self, key: _Key, conn: _Connection | None) -> None:
        """Give a connection (or, with None, its slot) to a waiter, else park it."""
        if conn is not None and conn.closed:
            conn = None
        waiters = self._waiters.get(key)
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                if conn is None:
                    self._open[key] -= 1
                waiter.set_result(conn)
                return
        if conn is None:
            self._open[key] -= 1
        else:
            self._idle.setdefault(key, []).append(conn)

    async def send(self, request: Request) -> Response:
        scheme, host, port, target = split_url(request.url)
        key = (scheme, host, port)
        conn = await self._checkout(key, request)
        if conn.proxied:
            target = request.url.split("#", 1)[0]
        loop = asyncio.get_running_loop()
        parser = conn.parser = ResponseParser(no_body=request.method == "HEAD")
        waiter = conn.waiter = loop.create_future()
        timer = loop.call_later(request.timeout.read, _expire, waiter)
        try:
            assert conn.transport is not None
            conn.transport.write(
                encode_request(
                    request.method,
                    target,
                    host_header(scheme, host, port),
                    request.headers,
                    request.body,
                )
            )
            await waiter
        except asyncio.TimeoutError as exc:
            conn.close()
            self._release(key, None)
            raise TimeoutError(
                f"{request.method} {request.url}: no answer in {request.timeout.read} s"
            ) from exc
        except OSError as exc:
            conn.close()
            self._release(key, None)
            raise ConnectionError(
                f"{request.method} {request.url}: connection lost before the answer; "
                f"the request may have been processed ({exc})"
            ) from exc
        except BaseException:  # cancelled: the connection is in an unknown state
            conn.close()
            self._release(key, None)
            raise
        finally:
            timer.cancel()
        conn.parser = conn.waiter = None
        if not parser.keep_alive:
            conn.close()
        self._release(key, conn)
        return parser.response()

    async def close(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
        self._open.clear()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(asyncio.TimeoutError())
