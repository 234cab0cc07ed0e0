"""Transport choice: what each HTTP client costs for Twilio-shaped calls on loopback.

The same POST as the anchors' REST benchmark (form body, Basic auth, read the body,
``json.loads``) against ``bench/anchors/mock_server.py``, measured two ways:

(a) sequential keep-alive calls, per call wall and client CPU: raw ``http.client``,
    ``urllib3.PoolManager``, ``requests.Session``, ``httpx.Client``;
(b) batches of 200 concurrent calls (``asyncio.gather``) on a warm pool, wall and CPU
    per batch: ``aiohttp.ClientSession``, ``httpx.AsyncClient`` and ``StreamsPool``, a
    minimal HTTP/1.1 client on asyncio streams written here to see whether a stdlib-only
    async path is viable;
(c) cold import of each library in a fresh interpreter, net of ``python -c pass``.

callbox's own transports (``callbox.rest.HTTPTransport`` / ``AsyncHTTPTransport``) get a
row each when importable, so the figures also show where the shipped code sits.
Variants run round-robin (A B C A B C ...) so that drift hits them alike. The client
is pinned to CPU 0 and the server to CPU 1.

    python bench/transport.py [--quick] [--json PATH]
"""

from __future__ import annotations

import asyncio
import base64
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchors"))

from common import (  # the anchors' helpers, next door
    ACCOUNT_SID,
    AUTH_TOKEN,
    MockServer,
    machine_line,
    pin_self,
    print_table,
    summarize,
    write_json,
)

TO = "+14155550100"
FROM = "+15005550006"
BODY = "Your Acme verification code is 123456. It expires in 10 minutes."
PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
FORM = {"To": TO, "From": FROM, "Body": BODY}
EXPECTED_SID = f"SM{0x5EED0000:032x}"
BASIC = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
HEADERS = {
    "Authorization": BASIC,
    "Content-Type": "application/x-www-form-urlencoded",
    "Accept": "application/json",
}

SyncCall = Callable[[], str]
AsyncCall = Callable[[], Awaitable[str]]


def _check(status: int, data: bytes | str) -> str:
    if status != 201:
        raise RuntimeError(f"unexpected status {status}")
    sid: str = json.loads(data)["sid"]
    return sid


# --------------------------------------------------------------------------- a minimal async client


class StreamsPool:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams, for one host.

    At most ``limit`` connections (aiohttp's default is 100); further requests wait
    FIFO on a semaphore. Reads ``Content-Length``, chunked and close-delimited bodies
    and skips 1xx answers. No TLS, proxies or timeouts: enough to measure the cost of
    the approach, not a product.
    """

    def __init__(self, host: str, port: int, limit: int = 100) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.slots = asyncio.Semaphore(limit)

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, dict[str, str], bytes]:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        lines.append(f"Content-Length: {len(body)}\r\n\r\n")
        wire = "\r\n".join(lines).encode("latin-1") + body
        async with self.slots:
            reader, writer = await self._connection()
            try:
                writer.write(wire)
                status, hdrs, data = await self._read(reader)
            except BaseException:
                writer.close()
                raise
            if hdrs.get("connection", "").lower() == "close":
                writer.close()
            else:
                self.idle.append((reader, writer))
        return status, hdrs, data

    async def _connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        while self.idle:
            reader, writer = self.idle.pop()
            if not reader.at_eof() and not writer.is_closing():
                return reader, writer
            writer.close()
        return await asyncio.open_connection(self.host, self.port)

    @staticmethod
    async def _read(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
        status = 100
        hdrs: dict[str, str] = {}
        while 100 <= status < 200:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            status = int(head[0].split(" ", 2)[1])
            hdrs = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                if name:
                    hdrs[name.strip().lower()] = value.strip()
        if "chunked" in hdrs.get("transfer-encoding", "").lower():
            parts = []
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append((await reader.readexactly(size + 2))[:-2])
            while await reader.readuntil(b"\r\n") != b"\r\n":
                pass  # trailers
            return status, hdrs, b"".join(parts)
        if "content-length" in hdrs:
            return status, hdrs, await reader.readexactly(int(hdrs["content-length"]))
        hdrs["connection"] = "close"
        return status, hdrs, await reader.read()

    async def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


# --------------------------------------------------------------------------- sync variants


def sync_variants(base: str, port: int) -> dict[str, tuple[SyncCall, Callable[[], Any]]]:
    """Label -> (one call returning the SID, close)."""
    out: dict[str, tuple[SyncCall, Callable[[], Any]]] = {}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    def raw_http_client() -> str:
        conn.request("POST", PATH, body=urlencode(FORM), headers=HEADERS)
        r = conn.getresponse()
        return _check(r.status, r.read())

    out["http.client.HTTPConnection (stdlib)"] = (raw_http_client, conn.close)

    import urllib3

    pm = urllib3.PoolManager(maxsize=1, timeout=10.0)
    url = base + PATH

    def raw_urllib3() -> str:
        r = pm.request("POST", url, body=urlencode(FORM), headers=HEADERS)
        return _check(r.status, r.data)

    out[f"urllib3.PoolManager {urllib3.__version__}"] = (raw_urllib3, pm.clear)

    import requests

    s = requests.Session()
    s.auth = (ACCOUNT_SID, AUTH_TOKEN)

    def raw_requests() -> str:
        r = s.post(url, data=FORM, headers={"Accept": "application/json"}, timeout=10)
        return _check(r.status_code, r.content)

    out[f"requests.Session {requests.__version__}"] = (raw_requests, s.close)

    import httpx

    hc = httpx.Client(base_url=base, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=10)

    def raw_httpx() -> str:
        r = hc.post(PATH, data=FORM, headers={"Accept": "application/json"})
        return _check(r.status_code, r.content)

    out[f"httpx.Client {httpx.__version__}"] = (raw_httpx, hc.close)

    try:
        from callbox.rest import HTTPTransport, Request
    except ImportError:
        return out
    tr = HTTPTransport()

    def callbox_pool() -> str:
        body = urlencode(FORM).encode()
        r = tr.send(Request("POST", url, dict(HEADERS), body))
        return _check(r.status, r.body)

    out["callbox HTTPTransport (shipped)"] = (callbox_pool, tr.close)
    return out


def run_sync(base: str, port: int, n: int, rounds: int, warmup: int) -> dict[str, Any]:
    variants = sync_variants(base, port)
    for name, (call, _) in variants.items():
        assert call() == EXPECTED_SID, name
        for _ in range(warmup):
            call()
    wall: dict[str, list[float]] = {k: [] for k in variants}
    cpu: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(rounds):
        for name, (call, _) in variants.items():
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(n):
                call()
            wall[name].append((time.perf_counter() - t0) / n)
            cpu[name].append((time.process_time() - c0) / n)
    for _, close in variants.values():
        close()
    first = next(iter(variants))
    out = {}
    for name in variants:
        out[name] = {
            "wall": summarize(wall[name]),
            "cpu": summarize(cpu[name]),
            "cpu_ratio_vs_first": statistics.median(
                a / b for a, b in zip(cpu[name], cpu[first], strict=True)
            ),
            "wall_ratio_vs_first": statistics.median(
                a / b for a, b in zip(wall[name], wall[first], strict=True)
            ),
        }
    return out


# --------------------------------------------------------------------------- async variants


Factory = Callable[[], Awaitable[tuple[AsyncCall, Callable[[], Awaitable[Any]]]]]


def async_variants(base: str, port: int) -> dict[str, Factory]:
    """Label -> factory; the factory (awaited inside the loop) gives (one call, aclose)."""
    out: dict[str, Factory] = {}
    import aiohttp

    async def aiohttp_factory() -> tuple[AsyncCall, Callable[[], Awaitable[Any]]]:
        sess = aiohttp.ClientSession(base_url=base)  # default connector: limit=100

        async def one() -> str:
            async with sess.post(PATH, data=FORM, headers=HEADERS) as r:
                return _check(r.status, await r.read())

        return one, sess.close

    out[f"aiohttp.ClientSession {aiohttp.__version__}"] = aiohttp_factory

    async def streams_factory() -> tuple[AsyncCall, Callable[[], Awaitable[Any]]]:
        pool = StreamsPool("127.0.0.1", port, limit=100)

        async def one() -> str:
            status, _, data = await pool.request(
                "POST", PATH, HEADERS, urlencode(FORM).encode("ascii")
            )
            return _check(status, data)

        return one, pool.close

    out["StreamsPool (asyncio streams, stdlib)"] = streams_factory

    import httpx

    async def httpx_factory() -> tuple[AsyncCall, Callable[[], Awaitable[Any]]]:
        ac = httpx.AsyncClient(base_url=base, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=30)

        async def one() -> str:
            r = await ac.post(PATH, data=FORM, headers={"Accept": "application/json"})
            return _check(r.status_code, r.content)

        return one, ac.aclose

    out[f"httpx.AsyncClient {httpx.__version__}"] = httpx_factory

    try:
        from callbox.rest import AsyncHTTPTransport, Request
    except ImportError:
        return out

    async def callbox_factory() -> tuple[AsyncCall, Callable[[], Awaitable[Any]]]:
        tr = AsyncHTTPTransport()
        url = base + PATH

        async def one() -> str:
            body = urlencode(FORM).encode()
            r = await tr.send(Request("POST", url, dict(HEADERS), body))
            return _check(r.status, r.body)

        return one, tr.close

    out["callbox AsyncHTTPTransport (shipped)"] = callbox_factory
    return out


async def run_async(
    base: str, port: int, conc: int, batches: int, cold_reps: int, max_batch_s: float
) -> dict[str, Any]:
    variants = async_variants(base, port)

    async def batch(one: AsyncCall) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        coro = asyncio.gather(*(one() for _ in range(conc)))
        sids = await asyncio.wait_for(coro, max_batch_s)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        assert all(s == EXPECTED_SID for s in sids)
        return wall, cpu

    cold: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(cold_reps):
        for name, factory in variants.items():
            t0 = time.perf_counter()
            one, aclose = await factory()
            setup = time.perf_counter() - t0
            cold[name].append(setup + (await batch(one))[0])
            await aclose()
            await asyncio.sleep(0.05)
    clients = {}
    for name, factory in variants.items():
        clients[name] = await factory()
        for _ in range(2):
            await batch(clients[name][0])
    wall: dict[str, list[float]] = {k: [] for k in variants}
    cpu: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(batches):
        for name, (one, _) in clients.items():
            w, c = await batch(one)
            wall[name].append(w)
            cpu[name].append(c)
    for _, aclose in clients.values():
        await aclose()
    await asyncio.sleep(0.1)
    first = next(iter(variants))
    return {
        name: {
            "cold": summarize(cold[name]),
            "wall": summarize(wall[name]),
            "cpu": summarize(cpu[name]),
            "wall_ratio_vs_first": statistics.median(
                a / b for a, b in zip(wall[name], wall[first], strict=True)
            ),
        }
        for name in variants
    }


# --------------------------------------------------------------------------- import cost

IMPORTS = {
    "http.client": "import http.client, json",
    "urllib3": "import urllib3",
    "requests": "import requests",
    "httpx": "import httpx",
    "aiohttp": "import aiohttp",
    "asyncio": "import asyncio, json",
}


def import_costs(runs: int) -> dict[str, float]:
    """Median net wall (ms) of `python -c STMT` minus a paired `python -c pass`."""

    def once(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        return time.perf_counter() - t0

    for code in ("pass", *IMPORTS.values()):
        once(code)  # warm-up: page cache
    net: dict[str, list[float]] = {k: [] for k in IMPORTS}
    for _ in range(runs):
        for name, code in IMPORTS.items():
            base = once("pass")
            net[name].append(once(code) - base)
    return {k: statistics.median(v) * 1e3 for k, v in net.items()}


# --------------------------------------------------------------------------- main


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=1500, help="sequential calls per round")
    ap.add_argument("--rounds", type=int, default=7, help="rounds per sync variant")
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--batches", type=int, default=20, help="warm batches per async variant")
    ap.add_argument("--cold", type=int, default=3, help="cold batches per async variant")
    ap.add_argument("--import-runs", type=int, default=7, help="0 skips the import timing")
    ap.add_argument("--json", metavar="PATH")
    ap.add_argument("--quick", action="store_true", help="smoke run, not for quoting")
    args = ap.parse_args()
    if args.quick:
        args.requests, args.rounds, args.batches, args.cold, args.import_runs = 200, 2, 2, 1, 1
    pin = (os.cpu_count() or 1) >= 2
    if pin:
        pin_self(0)
    print("# bench/transport.py  client cpu0 / server cpu1" if pin else "# not pinned")
    print("# " + machine_line())
    with MockServer(pin_cpu=1 if pin else None) as srv:
        assert srv.port is not None
        sync = run_sync(srv.base_url, srv.port, args.requests, args.rounds, warmup=200)
        conc = asyncio.run(
            run_async(srv.base_url, srv.port, args.concurrency, args.batches, args.cold, 30.0)
        )
    imports = import_costs(args.import_runs) if args.import_runs else {}

    print(f"\n## (a) sequential keep-alive POST, {args.rounds} rounds x {args.requests} calls")
    rows = []
    for name, d in sync.items():
        rows.append(
            [
                name,
                f"{d['wall']['median'] * 1e6:.0f}",
                f"{d['cpu']['median'] * 1e6:.0f}",
                f"{d['cpu']['min'] * 1e6:.0f}",
                f"{d['cpu_ratio_vs_first']:.2f}",
                f"{d['wall_ratio_vs_first']:.2f}",
            ]
        )
    print_table(
        ["client", "wall us/call", "cpu us/call", "cpu min", "cpu vs stdlib", "wall vs stdlib"],
        rows,
    )
    print(
        f"\n## (b) {args.concurrency} concurrent POSTs per batch, warm pool x{args.batches}, "
        f"cold (new client) x{args.cold}; ms per batch"
    )
    rows = []
    for name, d in conc.items():
        rows.append(
            [
                name,
                f"{d['wall']['median'] * 1e3:.1f}",
                f"{d['wall']['min'] * 1e3:.1f}",
                f"{d['cpu']['median'] * 1e3:.1f}",
                f"{d['cpu']['median'] / args.concurrency * 1e6:.0f}",
                f"{d['cold']['median'] * 1e3:.1f}",
                f"{d['wall_ratio_vs_first']:.2f}",
            ]
        )
    print_table(
        [
            "client",
            "warm wall",
            "warm min",
            "warm cpu",
            "cpu us/req",
            "cold wall",
            "warm vs aiohttp",
        ],
        rows,
    )
    if imports:
        print(f"\n## (c) cold import, net of `python -c pass`, median of {args.import_runs}")
        print_table(["statement", "net ms"], [[IMPORTS[k], f"{v:.1f}"] for k, v in imports.items()])
    write_json(
        args.json,
        {"bench": "transport", "sequential": sync, "concurrent": conc, "imports_ms": imports},
    )


if __name__ == "__main__":
    main()
