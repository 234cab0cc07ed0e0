"""The server under the sandbox refuses clients that stall, and speaks Twilio JSON even
when the HTTP parser is the one refusing.  Both parsers uvicorn offers are held to it."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from callbox.rest import Client
from callbox.sandbox import Sandbox
from callbox.sandbox.server import create_app, listen, make_server

TIMEOUT = 0.6
SID, TOKEN = "AC" + "5" * 32, "t" * 32
AUTH = b"Authorization: Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()) + b"\r\n"


@pytest.fixture(scope="module", params=["h11", "httptools"])
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, int]]:
    """A sandbox app on the given parser, with a short read timeout."""
    pytest.importorskip(request.param)
    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = create_app(base_url=f"http://127.0.0.1:{port}", account_sid=SID, auth_token=TOKEN)
    served = make_server(app, read_timeout=TIMEOUT, graceful=1, parser=request.param)
    thread = threading.Thread(target=served.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not served.started:
        time.sleep(0.01)
    yield "127.0.0.1", port
    served.should_exit = True
    thread.join(5)
    sock.close()


def test_a_server_of_ones_own_serves_the_client(server: tuple[str, int]) -> None:
    # What `callbox sandbox` does, from the public callbox.sandbox.server (docs/sandbox.md).
    host, port = server
    client = Client(SID, TOKEN, base_url=f"http://{host}:{port}")
    number = client.incoming_phone_numbers.create(phone_number="+15005550006")
    assert number.phone_number == "+15005550006"
    assert [n.sid for n in client.incoming_phone_numbers.list()] == [number.sid]


class _Conn:
    """A raw connection whose requests name the sandbox's own Host (``Host: x`` in the
    tests' bytes): the sandbox refuses any other, before the read deadline matters."""

    def __init__(self, address: tuple[str, int]) -> None:
        self.sock = socket.create_connection(address, timeout=10)
        self.host = f"Host: 127.0.0.1:{address[1]}".encode()

    def sendall(self, data: bytes) -> None:
        self.sock.sendall(data.replace(b"Host: x", self.host))

    def recv(self, size: int, flags: int = 0) -> bytes:
        return self.sock.recv(size, flags)

    def settimeout(self, seconds: float) -> None:
        self.sock.settimeout(seconds)

    def close(self) -> None:
        self.sock.close()


def _connect(address: tuple[str, int]) -> _Conn:
    return _Conn(address)


def _read_all(conn: _Conn) -> bytes:
    """Everything the server sends until it closes the connection."""
    chunks: list[bytes] = []
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _json_error(answer: bytes, status: int) -> dict[str, object]:
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode()), answer[:200]
    assert b"content-type: application/json" in head.lower()
    error: dict[str, object] = json.loads(body)
    assert error["status"] == status and error["code"] == 20001
    assert error["more_info"] == "https://www.twilio.com/docs/errors/20001"
    return error


def test_a_body_that_never_arrives_is_a_408_and_a_closed_connection(
    server: tuple[str, int], caplog: pytest.LogCaptureFixture
) -> None:
    conn = _connect(server)
    started = time.monotonic()
    conn.sendall(
        b"POST /verify/v2/Services HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
        + AUTH
        + b"Content-Type: application/x-www-form-urlencoded\r\n\r\nFriendlyNa"
    )
    answer = _read_all(conn)
    waited = time.monotonic() - started
    assert TIMEOUT * 0.8 < waited < TIMEOUT + 3
    assert "not sent in time" in str(_json_error(answer, 408)["message"])
    time.sleep(0.2)  # the app's side of the request ends quietly too
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_headers_that_never_end_are_cut_off(server: tuple[str, int]) -> None:
    conn = _connect(server)
    conn.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n")
    _json_error(_read_all(conn), 408)


def test_dripping_bytes_does_not_keep_a_connection(server: tuple[str, int]) -> None:
    """A byte every so often resets no timer: the deadline is for the whole request."""
    conn = _connect(server)
    conn.sendall(
        b"POST /verify/v2/Services HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n" + AUTH + b"\r\n"
    )
    started = time.monotonic()
    with pytest.raises(OSError):
        while time.monotonic() - started < TIMEOUT + 5:
            conn.sendall(b"a")
            time.sleep(TIMEOUT / 6)
            if conn.recv(65536, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                raise ConnectionResetError("closed")
    assert time.monotonic() - started < TIMEOUT + 3


def test_two_hundred_stalled_clients_are_all_let_go_and_others_are_served(
    server: tuple[str, int],
) -> None:
    stalled = [_connect(server) for _ in range(200)]
    for conn in stalled:
        conn.sendall(
            b"POST /verify/v2/Services HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n"
            + AUTH
            + b"\r\n"
        )
    healthy = _connect(server)
    healthy.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert _read_all(healthy).startswith(b"HTTP/1.1 200 ")
    deadline = time.monotonic() + TIMEOUT + 5
    for conn in stalled:
        conn.settimeout(max(0.1, deadline - time.monotonic()))
        _json_error(_read_all(conn), 408)
        conn.close()


def test_a_request_the_parser_cannot_read_is_twilio_json(server: tuple[str, int]) -> None:
    conn = _connect(server)
    conn.sendall(b"THIS IS NOT HTTP\r\n\r\n")
    error = _json_error(_read_all(conn), 400)
    assert error["message"] == "Invalid HTTP request received."


def test_a_slow_but_steady_keep_alive_client_is_served(server: tuple[str, int]) -> None:
    """Each request has its own deadline: a long-lived connection is not cut off."""
    conn = _connect(server)
    for _ in range(3):
        conn.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b""
        while not answer.endswith(b"}"):
            answer += conn.recv(65536)
        assert answer.startswith(b"HTTP/1.1 200 "), answer
        time.sleep(TIMEOUT / 2)
    conn.close()


def test_the_sandbox_class_takes_the_read_timeout() -> None:
    with pytest.raises(ValueError, match="read_timeout"):
        Sandbox(read_timeout=0)
    with Sandbox(read_timeout=0.3) as sb:
        conn = _connect((sb.host, sb.port))
        conn.sendall(b"GET /_sandbox/health HTTP/1.1\r\n")
        _json_error(_read_all(conn), 408)
