"""In-process sandbox against server mode: the same user test, timed both ways in one run.

The test, as a user writes it: buy a number (search, then buy), send 100 texts from it,
read them back and check that every one was delivered.  Two variants:

- **plain**: no status callback;
- **callbacks over HTTP**: every text names a status callback on a real local app (a
  minimal asyncio HTTP server in a child process on 127.0.0.1, so it shares no GIL with
  either mode); the test also waits until the app has heard all 300 callbacks (sending,
  sent, delivered per text);
- **callbacks, app= in process**: the same, but the in-process mode is given the app as
  an ASGI callable (``mock(app=...)``), so its callbacks cross no socket either; the server
  mode cannot do that and still calls the app over HTTP.

Two modes, each with a fresh sandbox per round and ``step_delay=0`` (delivery at once, what
tests use):

- **in-process**: ``with callbox.sandbox.mock() as sb`` and ``sb.client``: the REST calls run
  the sandbox app in the calling thread, no socket;
- **server**: ``with Sandbox(step_delay=0) as sb`` and ``sb.client``: today's mode, uvicorn in
  a thread of the same process, every REST call over HTTP on 127.0.0.1.

Rounds alternate the order of the modes. Reported: the medians of the test body (what the
ratio is about), of its CPU time in this process (both threads of the server mode; the app's
child process is not counted: steadier than wall time on a busy machine), of start + stop,
and of the whole, with server / in-process ratios.

    python bench/bench_mock.py [--rounds 7] [--texts 100] [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "anchors"))
sys.path.insert(0, ROOT)

from common import machine_line, print_table, write_json  # noqa: E402

CUSTOMER = "+14155550100"
_LENGTH = re.compile(rb"content-length:\s*(\d+)", re.IGNORECASE)


# ---------------------------------------------------------------- the app (child process)


async def _serve_receiver() -> None:
    """Answer every POST 200 and count it; ``GET /count`` reads the count, ``POST /reset``
    clears it.  Prints the port once it listens."""
    count = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal count
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                found = _LENGTH.search(head)
                if found:
                    await reader.readexactly(int(found.group(1)))
                payload = b""
                if head.startswith(b"GET /count"):
                    payload = str(count).encode()
                elif head.startswith(b"POST /reset"):
                    count = 0
                else:
                    count += 1
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(payload))
                writer.write(payload)
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


class Receiver:
    """The local app in its child process."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--receiver"], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}"

    def _ask(self, method: str, path: str) -> str:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body=b"" if method == "POST" else None)
            return conn.getresponse().read().decode()
        finally:
            conn.close()

    def count(self) -> int:
        return int(self._ask("GET", "/count"))

    def reset(self) -> None:
        self._ask("POST", "/reset")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class InProcessApp:
    """The same app as an ASGI callable, for ``mock(app=...)``: no socket at all."""

    url = "https://app.example.com"

    def __init__(self) -> None:
        self.heard = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await receive()
        self.heard += 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def count(self) -> int:
        return self.heard

    def reset(self) -> None:
        self.heard = 0


# ---------------------------------------------------------------- the test


def user_test(sb: Any, texts: int, receiver: Receiver | InProcessApp | None) -> None:
    """Buy a number, send ``texts`` texts, read them back; with ``receiver``, every text has
    a status callback and the test waits until the app heard them all."""
    client = sb.client
    (found,) = client.available_phone_numbers("US").local.list(area_code=415, limit=1)
    number = client.incoming_phone_numbers.create(phone_number=found.phone_number)
    extra = {"status_callback": f"{receiver.url}/status"} if receiver else {}
    sids = {
        client.messages.create(
            to=CUSTOMER, from_=number.phone_number, body=f"Your code is {i:06d}", **extra
        ).sid
        for i in range(texts)
    }
    listed = client.messages.list(from_=number.phone_number, page_size=1000)
    if {m.sid for m in listed} != sids:
        raise AssertionError("the texts read back are not the texts sent")
    if receiver is not None:
        deadline = time.monotonic() + 30
        while receiver.count() < 3 * texts:
            if time.monotonic() > deadline:
                raise AssertionError(f"the app heard {receiver.count()} of {3 * texts} callbacks")
            time.sleep(0.002)
        listed = client.messages.list(from_=number.phone_number, page_size=1000)
    undelivered = [m.sid for m in listed if m.status != "delivered"]
    if undelivered:
        raise AssertionError(f"{len(undelivered)} texts not delivered")


def timed(
    make: Callable[[], Any], texts: int, receiver: Receiver | InProcessApp | None
) -> dict[str, float]:
    if receiver is not None:
        receiver.reset()
    t0 = time.perf_counter()
    sb = make().start()
    t1, c1 = time.perf_counter(), time.process_time()
    try:
        user_test(sb, texts, receiver)
        t2, c2 = time.perf_counter(), time.process_time()
    finally:
        sb.stop()
    t3 = time.perf_counter()
    return {"body": t2 - t1, "body cpu": c2 - c1, "setup": (t1 - t0) + (t3 - t2), "total": t3 - t0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--texts", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="2 rounds (smoke test only)")
    parser.add_argument("--json", metavar="PATH")
    parser.add_argument("--receiver", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.receiver:
        asyncio.run(_serve_receiver())
        return
    rounds = 2 if args.quick else args.rounds

    from callbox.sandbox import Sandbox, mock

    receiver = Receiver()
    app = InProcessApp()
    server = (lambda: Sandbox(step_delay=0), receiver)
    variants: dict[str, dict[str, tuple[Callable[[], Any], Any]]] = {
        "plain": {"in-process": (mock, None), "server": (server[0], None)},
        "callbacks over HTTP": {"in-process": (mock, receiver), "server": server},
        "callbacks, app= in process": {
            "in-process": (lambda: mock(app=app), app),
            "server": server,
        },
    }
    results: dict[str, dict[str, list[dict[str, float]]]] = {}
    try:
        for modes in variants.values():  # imports and first-use costs, not counted
            for make, hook in modes.values():
                timed(make, 5, hook)
        for variant, modes in variants.items():
            per_mode: dict[str, list[dict[str, float]]] = {name: [] for name in modes}
            for r in range(rounds):
                order = list(modes) if r % 2 == 0 else list(reversed(modes))
                for name in order:
                    make, hook = modes[name]
                    per_mode[name].append(timed(make, args.texts, hook))
            results[variant] = per_mode
    finally:
        receiver.stop()

    print(f"# in-process vs server mode: buy a number, {args.texts} texts, read back")
    print(f"# {machine_line()}; {rounds} rounds, medians in ms")
    rows = []
    summary: dict[str, Any] = {}
    for variant, per_mode in results.items():
        med = {
            name: {k: statistics.median(run[k] for run in runs) * 1000 for k in runs[0]}
            for name, runs in per_mode.items()
        }
        summary[variant] = med
        mock_ms, server_ms = med["in-process"], med["server"]
        for part in ("body", "body cpu", "setup", "total"):
            rows.append(
                [
                    variant,
                    part,
                    f"{mock_ms[part]:.0f}",
                    f"{server_ms[part]:.0f}",
                    f"{server_ms[part] / mock_ms[part]:.2f}x",
                ]
            )
    print_table(["variant", "part", "in-process", "server", "server / in-process"], rows)
    write_json(args.json, {"texts": args.texts, "rounds": rounds, "medians_ms": summary})


if __name__ == "__main__":
    main()
