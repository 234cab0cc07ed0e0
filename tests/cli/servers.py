"""Small servers for the command's tests: a TwiML app, and a proxy that fails on cue."""

from __future__ import annotations

import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

__all__ = ["Proxy", "TwimlApp"]


class TwimlApp:
    """Serves a TwiML document per path and records the form of every request."""

    def __init__(self) -> None:
        self.documents: dict[str, str] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        app = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                path = self.path.split("?")[0]
                app.requests.append((path, form))
                body = app.documents.get(path, "<Response/>").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


_HOST = re.compile(rb"(?im)^host: [^\r\n]*")


class Proxy:
    """A TCP proxy to ``target`` on 127.0.0.1 that can break or hold one request.

    ``break_on(n)``: the n-th request (counting from 1) gets its connection closed
    without an answer, once. ``hold_on(n)``: the n-th request waits until
    :meth:`release`; :attr:`held` is set when it arrives. Each connection is one
    request here: the client's pool may reuse it, so requests are counted by their
    request line, not by connection.
    """

    def __init__(self, target: str) -> None:
        host, port = target.removeprefix("http://").split(":")
        self.target = (host, int(port))
        self.host_line = f"Host: {host}:{port}".encode()
        self.count = 0
        self._break: int | None = None
        self._hold: int | None = None
        self.held = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def break_on(self, n: int) -> None:
        self._break = n

    def hold_on(self, n: int) -> None:
        self._hold = n
        self.held.clear()
        self._release.clear()

    def release(self) -> None:
        self._release.set()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        # As a reverse proxy does, the connection to the target is opened when a request
        # is to be forwarded and opened again if the target closed it while idle (its
        # keep-alive timeout may pass while a request is held here).
        upstream: socket.socket | None = None
        closed = threading.Event()

        def connect() -> socket.socket:
            sock = socket.create_connection(self.target)
            closed.clear()

            def back() -> None:  # answers, as they come
                try:
                    while data := sock.recv(65536):
                        conn.sendall(data)
                except OSError:
                    pass
                finally:
                    closed.set()

            threading.Thread(target=back, daemon=True).start()
            return sock

        try:
            while data := conn.recv(65536):
                starts = data.count(b" HTTP/1.1\r\n")
                with self._lock:
                    first = self.count + 1
                    self.count += starts
                numbers = range(first, first + starts)
                if self._hold in numbers:
                    self.held.set()
                    self._release.wait(30)
                if self._break in numbers:
                    self._break = None
                    return  # the connection dies with the request unanswered
                if upstream is None or closed.is_set():
                    if upstream is not None:
                        _close(upstream)
                    upstream = connect()
                # The request names the host it is forwarded to (the sandbox answers
                # only to its own Host).
                upstream.sendall(_HOST.sub(self.host_line, data))
        except OSError:
            pass
        finally:
            _close(conn)
            if upstream is not None:
                _close(upstream)

    def close(self) -> None:
        self._release.set()
        self.sock.close()


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
