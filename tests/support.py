"""Helpers that tests in several folders share (one copy, not one per folder)."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    """A TCP port of 127.0.0.1 where nothing listens now (the OS picks one; it is released).

    For a server a test is about to start on it, or an address that must refuse connections.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(
    server: socketserver.TCPServer, scheme: str = "http", host: str = "127.0.0.1"
) -> Iterator[str]:
    """Run a bound server (``http.server``, ``wsgiref``, werkzeug) in a thread; its base URL.

    On leaving, the server stops and closes its socket.
    """
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"{scheme}://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
