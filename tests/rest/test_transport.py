"""The HTTP/1.1 codec and the transports built on it, against real sockets."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest

from callbox import AsyncClient, Client
from callbox.errors import ConnectionError, TimeoutError
from callbox.rest import Request, Timeout
from callbox.rest._aio import AsyncHTTPTransport
from callbox.rest._http11 import ProtocolError, ResponseParser, encode_request, split_url
from callbox.rest._pool import HTTPTransport

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message


def test_requests_are_encoded_with_length_and_refuse_header_injection() -> None:
    data = encode_request("POST", "/x?a=1", "api.test", {"Accept": "application/json"}, b"A=1")
    assert data == (
        b"POST /x?a=1 HTTP/1.1\r\nHost: api.test\r\nAccept: application/json\r\n"
        b"Content-Length: 3\r\n\r\nA=1"
    )
    with pytest.raises(ValueError, match="line break"):
        encode_request("GET", "/", "h", {"X-Evil": "a\r\nInjected: 1"}, None)


def test_parser_handles_chunked_interim_and_close_delimited_bodies() -> None:
    parser = ResponseParser()
    for piece in (
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n",
        b"\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n",
        b"Trailer: x\r\n\r\n",
    ):
        parser.feed(piece)
    assert parser.done and parser.status == 200 and bytes(parser.body) == b"Wikipedia"

    closing = ResponseParser()
    closing.feed(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ")
    closing.feed(b"part two")
    assert [closing.done] == [False]  # (a list: mypy would narrow an assert on the attribute)
    closing.eof()
    assert closing.done and not closing.keep_alive and bytes(closing.body) == b"part one, part two"

    with pytest.raises(ProtocolError):
        ResponseParser().feed(b"SPDY/9 200 OK\r\n\r\n")
    truncated = ResponseParser()
    truncated.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
    with pytest.raises(ProtocolError):
        truncated.eof()


def test_urls_are_split_into_host_port_and_target() -> None:
    assert split_url("https://api.twilio.com/2010-04-01/A.json?x=1#frag") == (
        "https",
        "api.twilio.com",
        443,
        "/2010-04-01/A.json?x=1",
    )
    assert split_url("http://[::1]:8080") == ("http", "::1", 8080, "/")
    with pytest.raises(ValueError):
        split_url("ftp://x")


def test_plain_http_proxy_gets_absolute_form_targets(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url="http://api.example.invalid", proxy=twilio.base_url)
    twilio.reply(201, message())
    client.messages.create(to="+14155550100", body="via proxy", from_="+15005550006")
    assert twilio.last.path == f"/api/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert twilio.last.headers["Host"] == "api.example.invalid"


def _silent_server() -> tuple[socket.socket, int]:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    return srv, srv.getsockname()[1]


def test_read_timeouts_raise_a_timeout_error() -> None:
    srv, port = _silent_server()
    try:
        transport = HTTPTransport()
        request = Request("GET", f"http://127.0.0.1:{port}/", {}, None, Timeout(1, 0.2))
        with pytest.raises(TimeoutError, match="no answer"):
            transport.send(request)

        async def go() -> None:
            t = AsyncHTTPTransport()
            with pytest.raises(TimeoutError, match="no answer"):
                await t.send(request)
            await t.close()

        asyncio.run(go())
    finally:
        srv.close()


def test_a_server_that_hangs_up_mid_answer_is_a_connection_error() -> None:
    srv, port = _silent_server()

    def serve() -> None:
        conn, _ = srv.accept()
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")
        conn.close()

    threading.Thread(target=serve, daemon=True).start()
    try:
        with pytest.raises(ConnectionError, match="may have been processed"):
            HTTPTransport().send(Request("GET", f"http://127.0.0.1:{port}/", {}))
    finally:
        srv.close()


async def test_the_async_pool_caps_connections_and_queues_the_rest(twilio: FakeTwilio) -> None:
    transport = AsyncHTTPTransport(max_connections=3)
    async with AsyncClient(ACCOUNT, TOKEN, base_url=twilio.base_url, transport=transport) as client:
        await asyncio.gather(
            *[client.messages.create(to="+1", from_="+1", body=str(i)) for i in range(30)]
        )
        assert len(twilio.seen) == 30
        assert max(transport._pool.open.values()) <= 3


async def test_aiohttp_remains_available_as_a_transport(twilio: FakeTwilio) -> None:
    pytest.importorskip("aiohttp")
    from callbox.rest import AiohttpTransport

    async with AsyncClient(
        ACCOUNT, TOKEN, base_url=twilio.base_url, transport=AiohttpTransport()
    ) as client:
        twilio.reply(201, message())
        msg = await client.messages.create(to="+14155550100", from_="+15005550006", body="Hi")
        assert (msg.sid or "").startswith("SM") and twilio.last.form[2] == ("Body", "Hi")


def test_proxies_come_from_the_environment_unless_no_proxy_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from callbox.rest._transport import proxy_for

    monkeypatch.setenv("https_proxy", "http://proxy.test:3128")
    monkeypatch.setenv("no_proxy", "localhost,.internal.test")
    assert proxy_for("https://api.twilio.com/x", None) == "http://proxy.test:3128"
    assert proxy_for("https://localhost:8443/x", None) is None
    assert proxy_for("https://a.internal.test/x", None) is None
    assert proxy_for("http://api.twilio.com/x", None) is None
    assert proxy_for("https://api.twilio.com/x", "") is None
    assert proxy_for("https://api.twilio.com/x", "http://explicit:1") == "http://explicit:1"
