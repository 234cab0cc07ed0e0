"""A small Twilio-like HTTP server on 127.0.0.1 that records what clients send.

Tests script its answers (status, JSON body, headers, or "drop the connection")
and read back every request it received, so they check the real bytes on the
wire rather than a mock's idea of them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

ACCOUNT = "AC" + "a" * 32
TOKEN = "s3cr3t-auth-token"


@dataclass
class Seen:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> list[tuple[str, str]]:
        return parse_qsl(self.body.decode(), keep_blank_values=True)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering


class FakeTwilio:
    def __init__(self, *, listening: bool = True) -> None:
        """``listening=False`` binds the port but refuses connections until :meth:`listen`."""
        self.seen: list[Seen] = []
        self.replies: list[Reply] = []
        self.routes: dict[tuple[str, str], Reply] = {}
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                seen = Seen(
                    self.command, parts.path, parse_qsl(parts.query), dict(self.headers), body
                )
                with server.lock:
                    server.seen.append(seen)
                    reply = server.routes.get((self.command, parts.path))
                    if reply is None:
                        reply = server.replies.pop(0) if server.replies else server.default(seen)
                if reply.drop:
                    self.close_connection = True
                    self.wfile.flush()
                    self.connection.shutdown(2)
                    return
                if isinstance(reply.body, bytes):  # a raw answer, exactly as given
                    payload = reply.body
                else:
                    payload = b"" if reply.body is None else json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        self.httpd.daemon_threads = True
        self.httpd.server_bind()
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        if listening:
            self.listen()

    def listen(self) -> None:
        """Start accepting connections (once); until then connecting is refused."""
        if not self.thread.is_alive():
            self.httpd.server_activate()
            self.thread.start()

    @staticmethod
    def default(seen: Seen) -> Reply:
        if seen.method == "DELETE":
            return Reply(204)
        return Reply(201 if seen.method == "POST" else 200, {"sid": "XX" + "0" * 32})

    def reply(self, status: int = 200, body: Any = None, **kw: Any) -> None:
        self.replies.append(Reply(status, body, **kw))

    def route(self, method: str, path: str, status: int = 200, body: Any = None) -> None:
        self.routes[(method, path)] = Reply(status, body)

    @property
    def last(self) -> Seen:
        return self.seen[-1]

    def close(self) -> None:
        if self.thread.is_alive():
            self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    server = FakeTwilio()
    yield server
    server.close()


def message(sid: str = "SM" + "1" * 32, **extra: Any) -> dict[str, Any]:
    """A Message record as the 2010 API returns it."""
    record = {
        "sid": sid,
        "account_sid": ACCOUNT,
        "to": "+14155550100",
        "from": "+15005550006",
        "body": "Hello",
        "status": "queued",
        "num_segments": "1",
        "price": None,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_sent": None,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{sid}.json",
    }
    record.update(extra)
    return record
