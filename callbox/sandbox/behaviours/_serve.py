"""Run an ASGI app on 127.0.0.1 in a background thread (for the demo and for tests).

uvicorn serves the app on a free port (or the one given) with its own event loop in a
daemon thread; :meth:`ServedApp.stop` asks it to exit and joins the thread, so nothing is
left running.  uvicorn leaves signal handling alone outside the main thread.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp

__all__ = ["ServedApp", "serve"]


class ServedApp:
    """A running server: its base ``url`` and :meth:`stop`."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str) -> None:
        self._server = server
        self._thread = thread
        self.url = url

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the server to finish and wait for its thread."""
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)

    def __enter__(self) -> ServedApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(
    app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0
) -> ServedApp:
    """Start ``app`` and return once it accepts connections."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit TCP_NODELAY on Linux: without it, a response written in
    # two parts (head, then body) waits for the client's delayed ACK, about 40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="auto", timeout_graceful_shutdown=2
    )
    server = uvicorn.Server(config)

    def run() -> None:
        server.run(sockets=[sock])

    thread = threading.Thread(target=run, name=f"callbox-serve-{bound_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(2)
            sock.close()
            raise RuntimeError(f"the app did not start on {host}:{bound_port}")
        time.sleep(0.01)
    return ServedApp(server, thread, f"http://{host}:{bound_port}")
