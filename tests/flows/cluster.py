"""Several app processes behind a round-robin proxy, for the many-instances test and the
flows benchmark.

:class:`RoundRobinProxy` is a small HTTP/1.1 reverse proxy on 127.0.0.1 (asyncio, in a
thread): each client connection carries one request, sent to the next live backend in
turn; the ``Host`` header passes unchanged, so signatures computed for the proxy's URL
still match.  A backend that refuses the connection or drops it before answering is
ejected (as load balancers eject on passive health checks) and the client gets 502, so
Twilio's retry (``#rc=2&rp=ct,rt,5xx``) goes to a live instance.

:func:`start_instance` runs ``callbox.flows.run("module:app", port=...)`` in a child
process: a real instance that ``kill -9`` can kill.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Backend:
    port: int
    alive: bool = True
    requests: int = 0
    failures: int = 0


@dataclass
class RoundRobinProxy:
    backends: list[Backend]
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.Server | None = None
    _thread: threading.Thread | None = None
    _turn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RoundRobinProxy:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._server = loop.run_until_complete(
                asyncio.start_server(self._serve, "127.0.0.1", self.port, backlog=1024)
            )
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, name="round-robin-proxy", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def _pick(self) -> Backend | None:
        alive = [b for b in self.backends if b.alive]
        if not alive:
            return None
        self._turn += 1
        return alive[self._turn % len(alive)]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            body = await reader.readexactly(length) if length else b""
            lines = [
                line
                for line in head.split(b"\r\n")
                if not line.lower().startswith((b"connection:", b"keep-alive:"))
            ]
            request = b"\r\n".join([*lines[:-2], b"Connection: close", b"", b""]) + body
            answer = await self._forward(request)
            writer.write(answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    async def _forward(self, request: bytes) -> bytes:
        while True:
            backend = self._pick()
            if backend is None:
                return _status(503, "no backend")
            backend.requests += 1
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", backend.port)
            except OSError:
                backend.alive, backend.failures = False, backend.failures + 1
                return _status(502, "backend refused the connection")
            try:
                writer.write(request)
                await writer.drain()
                answer = await reader.read()
            except OSError:
                answer = b""
            finally:
                writer.close()
            if not answer.startswith(b"HTTP/1.1 "):
                backend.alive, backend.failures = False, backend.failures + 1
                return _status(502, "backend dropped the connection")
            return answer


def _status(code: int, text: str) -> bytes:
    data = text.encode()
    return (
        f"HTTP/1.1 {code} Bad Gateway\r\nContent-Type: text/plain\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    ).encode() + data


def start_instance(target: str, port: int, env: Mapping[str, str]) -> subprocess.Popen[bytes]:
    """``callbox.flows.run(target, port=port)`` in a child process, once it answers."""
    code = f"from callbox.flows import run; run({target!r}, port={port}, log_level='warning')"
    full = {
        **os.environ,
        **env,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    process = subprocess.Popen([sys.executable, "-c", code], env=full, cwd=ROOT)
    deadline = time.monotonic() + 30
    while True:
        try:
            _DIRECT.open(f"http://127.0.0.1:{port}/", timeout=1)
        except urllib.error.HTTPError:
            return process  # it answers (404)
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"the instance on port {port} did not start") from None
            time.sleep(0.05)
