"""The HTTP server under the sandbox: uvicorn, with the guards a local server needs.

* Every request must arrive whole within ``read_timeout`` seconds of the
  connection being ready for it: a client that stalls in its headers, or
  announces more body than it sends, gets a Twilio-format 408 and the
  connection is closed (uvicorn alone waits for ever).
* Requests the HTTP parser cannot read are answered with Twilio-format JSON
  (400, code 20001), like every other refusal of the sandbox.
* With the optional ``fast`` extra installed (httptools, uvloop) the same
  guards sit on uvicorn's faster parser and event loop.

Only the sandbox's process (``callbox sandbox``) tunes the garbage collector
(:func:`tune_process`); a sandbox in a thread leaves its host process alone.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import json
import socket
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uvicorn
    from starlette.applications import Starlette

__all__ = ["READ_TIMEOUT", "listen", "make_server", "tune_process"]

#: Seconds a client has to send a whole request once its connection is ready for one.
READ_TIMEOUT = 10.0


def _raw_error(status: int, reason: str, message: str) -> bytes:
    body = json.dumps(
        {
            "code": 20001,
            "message": message,
            "more_info": "https://www.twilio.com/docs/errors/20001",
            "status": status,
        },
        separators=(",", ":"),
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    ).encode()
    return head + body


_TIMED_OUT = _raw_error(408, "Request Timeout", "Request timed out: it was not sent in time")
_UNREADABLE = _raw_error(400, "Bad Request", "Invalid HTTP request received.")


class _Guard:
    """What both parsers' protocols share: the read deadline and JSON refusals.

    Mixed into a uvicorn protocol class, whose ``loop``, ``transport`` and ``cycle``
    it uses; the deadline starts when the connection is ready for a request and
    stops once that request has been read whole.
    """

    read_timeout = READ_TIMEOUT
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    cycle: Any
    _deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.read_timeout, self._timed_out)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        cycle = self.cycle
        if cycle is None or not cycle.response_started:
            self.transport.write(_TIMED_OUT)
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True  # what the app still sends goes nowhere
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        if not self.transport.is_closing():
            self.transport.write(_UNREADABLE)
        self.transport.close()


def _h11_protocol(read_timeout: float) -> type[Any]:
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    read_whole = (h11.DONE, h11.MUST_CLOSE, h11.CLOSED)

    class GuardedH11(_Guard, H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state in read_whole:
                self._disarm()

        def on_response_complete(self) -> None:
            self._arm()  # before: a pipelined request read now disarms it
            super().on_response_complete()

    GuardedH11.read_timeout = read_timeout
    return GuardedH11


def _httptools_protocol(read_timeout: float) -> type[Any]:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class GuardedHttpTools(_Guard, HttpToolsProtocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()

        def on_response_complete(self) -> None:
            self._arm()
            super().on_response_complete()

    GuardedHttpTools.read_timeout = read_timeout
    return GuardedHttpTools


def _installed(*modules: str) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


def make_server(
    app: Starlette,
    *,
    quiet: bool = True,
    read_timeout: float = READ_TIMEOUT,
    graceful: int | None = None,
    parser: str | None = None,
    own_process: bool = False,
    on_exit: Callable[[], object] | None = None,
) -> uvicorn.Server:
    """A uvicorn server for ``app`` with the sandbox's guards.

    ``parser`` is ``"h11"`` or ``"httptools"`` (None: httptools when installed).  Only a
    server that owns its process (``own_process``) and parses with httptools runs on
    uvloop, when installed: a sandbox in a thread must not change its host's event loop
    policy, and ``h11`` asks for plain uvicorn.  ``on_exit`` runs
    when a signal asks the server to stop, before it waits for open requests.
    """
    import uvicorn

    if parser is None:
        parser = "httptools" if _installed("httptools") else "h11"
    if parser not in ("h11", "httptools"):
        raise ValueError(f"parser must be 'h11' or 'httptools', not {parser!r}")
    protocol = (_httptools_protocol if parser == "httptools" else _h11_protocol)(read_timeout)
    config = uvicorn.Config(
        app,
        http=protocol,
        loop="uvloop"
        if own_process and parser == "httptools" and _installed("uvloop")
        else "asyncio",
        log_level="warning" if quiet else "info",
        access_log=False,
        proxy_headers=False,  # local: no proxy whose X-Forwarded-* to trust
        lifespan="on",
        timeout_graceful_shutdown=graceful,
    )
    if on_exit is None:
        return uvicorn.Server(config)
    stop = on_exit

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            stop()
            super().handle_exit(sig, frame)

    return Server(config)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (0: any free port), with Nagle off."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms delayed-ACK stalls
    sock.listen(2048)
    return sock


def tune_process() -> None:
    """For a process that only serves the sandbox: collect garbage less often (the
    server allocates many short-lived objects and few cycles) and keep what startup
    built out of every later collection."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
