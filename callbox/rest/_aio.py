"""The default async transport: an asyncio connection pool on the shared HTTP/1.1 codec.

Each connection is an :class:`asyncio.Protocol` that feeds bytes to
:class:`~callbox.rest._http11.ResponseParser` and resolves one future per
request. There is no task per request and no stream machinery, which is where
general-purpose clients spend their time at high concurrency
(docs/benchmarks.md has the figures that chose this design).

The pool's bookkeeping (idle connections, open counts, requests waiting for a
slot, connections in use) lives in one :class:`_Pool` per generation.
:meth:`AsyncHTTPTransport.close` retires the current one and starts a fresh one:
requests still running in the old one fail with :class:`TransportClosed` (a
:class:`~callbox.errors.ConnectionError`), their slots are returned to the old
pool (nobody reads it again), and the transport stays usable.  A cancelled
request gives its slot or connection back and re-raises
:class:`asyncio.CancelledError` unchanged.
"""

from __future__ import annotations

import asyncio
import socket
from collections import deque

from ..errors import ConnectionError, TimeoutError
from ._http11 import ResponseParser, encode_request, host_header, proxy_authorization, split_url
from ._transport import (
    ConnectTimeout,
    Request,
    RequestNotSent,
    Response,
    TransportClosed,
    proxy_for,
    ssl_context,
)

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


class _Pool:
    """One generation of the pool's state; :meth:`AsyncHTTPTransport.close` starts another."""

    __slots__ = ("busy", "closed", "idle", "open", "waiters")

    def __init__(self) -> None:
        self.idle: dict[_Key, list[_Connection]] = {}
        #: sockets per host, connecting or connected, idle or in use
        self.open: dict[_Key, int] = {}
        self.waiters: dict[_Key, deque[asyncio.Future[_Connection | None]]] = {}
        #: connections carrying a request now
        self.busy: set[_Connection] = set()
        self.closed = False


def _closed_error(request: Request, sent: bool) -> TransportClosed:
    if sent:
        return TransportClosed(
            f"{request.method} {request.url}: the client was closed before the answer came; "
            "the request may have been processed"
        )
    return TransportClosed(f"{request.method} {request.url}: the client was closed; not sent")


class AsyncHTTPTransport:
    """Async keep-alive pool: at most ``max_connections`` sockets per host, others wait."""

    def __init__(
        self, *, proxy: str | None = None, ca_bundle: str | None = None, max_connections: int = 100
    ) -> None:
        self._proxy = proxy
        self._ca_bundle = ca_bundle
        self._ssl: ssl.SSLContext | None = None
        self._limit = max_connections
        self._pool = _Pool()

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

    async def _checkout(self, pool: _Pool, key: _Key, request: Request) -> _Connection:
        """A connection to ``key`` from ``pool``: an idle one, a new one, or one handed over."""
        idle = pool.idle.get(key)
        while idle:
            conn = idle.pop()
            if not conn.closed:
                return conn
            pool.open[key] -= 1
        if pool.open.get(key, 0) >= self._limit:
            waiter: asyncio.Future[_Connection | None] = asyncio.get_running_loop().create_future()
            pool.waiters.setdefault(key, deque()).append(waiter)
            try:
                handed = await waiter
            except TransportClosed:
                raise _closed_error(request, sent=False) from None
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                    # Handed a connection (or a slot) just as it was cancelled: pass it on.
                    handed = waiter.result()
                    self._release(pool, key, handed, handed_slot=handed is None)
                raise
            if handed is not None:
                return handed
        pool.open[key] = pool.open.get(key, 0) + 1
        try:
            conn = await self._connect(key[0], key[1], key[2], request)
        except BaseException:
            self._release(pool, key, None)
            raise
        if pool.closed:  # closed while connecting
            conn.close()
            self._release(pool, key, None)
            raise _closed_error(request, sent=False)
        return conn

    def _release(
        self, pool: _Pool, key: _Key, conn: _Connection | None, handed_slot: bool = False
    ) -> None:
        """Give a connection (or, with None, its slot) to a waiter, else park it.

        ``handed_slot``: ``conn`` is None because a slot (not a connection) was handed
        over and is now given back; it was already taken off the open count.
        """
        if conn is not None and (conn.closed or pool.closed):
            conn.close()
            conn = None
        if conn is None and handed_slot:
            pool.open[key] = pool.open.get(key, 0) + 1
        waiters = pool.waiters.get(key)
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                if conn is None:
                    pool.open[key] -= 1
                waiter.set_result(conn)
                return
        if conn is None:
            pool.open[key] = pool.open.get(key, 1) - 1
        else:
            pool.idle.setdefault(key, []).append(conn)

    async def send(self, request: Request) -> Response:
        scheme, host, port, target = split_url(request.url)
        key = (scheme, host, port)
        pool = self._pool
        conn = await self._checkout(pool, key, request)
        if conn.proxied:
            target = request.url.split("#", 1)[0]
        loop = asyncio.get_running_loop()
        parser = conn.parser = ResponseParser(no_body=request.method == "HEAD")
        waiter = conn.waiter = loop.create_future()
        timer = loop.call_later(request.timeout.read, _expire, waiter)
        pool.busy.add(conn)
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
        except TransportClosed:
            self._release(pool, key, None)
            raise _closed_error(request, sent=True) from None
        except asyncio.TimeoutError as exc:
            conn.close()
            self._release(pool, key, None)
            raise TimeoutError(
                f"{request.method} {request.url}: no answer in {request.timeout.read} s"
            ) from exc
        except OSError as exc:
            conn.close()
            self._release(pool, key, None)
            raise ConnectionError(
                f"{request.method} {request.url}: connection lost before the answer; "
                f"the request may have been processed ({exc})"
            ) from exc
        except BaseException:  # cancelled: the connection is in an unknown state
            conn.close()
            self._release(pool, key, None)
            raise
        finally:
            timer.cancel()
            pool.busy.discard(conn)
        conn.parser = conn.waiter = None
        if not parser.keep_alive:
            conn.close()
        self._release(pool, key, conn)
        return parser.response()

    async def close(self) -> None:
        """Close every connection; requests in flight or waiting fail with TransportClosed.

        The transport stays usable: the next request opens a new connection.
        """
        pool, self._pool = self._pool, _Pool()
        pool.closed = True
        for idle in pool.idle.values():
            for conn in idle:
                conn.close()
        pool.idle.clear()
        for waiters in pool.waiters.values():
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(TransportClosed("the client was closed"))
        pool.waiters.clear()
        for conn in list(pool.busy):
            conn._fail(TransportClosed("the client was closed"))


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(asyncio.TimeoutError())
