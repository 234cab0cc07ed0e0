"""Sandbox: messages accepted per second with status callbacks on, and create → delivered latency.

Three processes on 127.0.0.1, so that no two share a GIL:

- the sandbox, ``python -m callbox.cli sandbox --db :memory:`` (pinned to CPU 1);
- a receiver app (this script with ``--receiver``, pinned to CPU 0): a minimal asyncio HTTP/1.1
  server that answers every status callback ``200`` and records its ``MessageSid``,
  ``MessageStatus``, arrival time (``CLOCK_MONOTONIC``, shared by all processes on Linux)
  and whether it carried ``X-Twilio-Signature``;
- the load generator, this process (pinned to CPU 0), with callbox's own clients.

Every message names the receiver as its ``StatusCallback``. Measured:

(a) throughput: messages accepted per second (``messages.create`` answered ``201``) by one
    sync ``callbox.Client`` creating them one after the other, then by N concurrent
    ``callbox.AsyncClient`` (one per simulated app worker, all on one event loop); plus how
    long the sandbox then needs to deliver every callback, its CPU per message and how busy
    each process was; and, for reference, the sequential run without a ``StatusCallback``;
(b) latency from ``messages.create`` returning to the ``delivered`` callback arriving, at
    a steady 50 messages/s (well under capacity, so it is not queueing time): median, p90,
    p99, once with the default step delay (0.05 s between status changes) and once with 0.

Then it checks that nothing was lost: every created message reached ``delivered`` and its
callbacks (``sending``, ``sent``, ``delivered``) arrived exactly once each, in that order,
all signed. There is no twilio-python comparison: Twilio's servers are not local, and
twilio-python has no sandbox.

    python bench/bench_sandbox.py [--quick] [--json PATH] [--profile]

``--profile`` runs the sandbox under cProfile during the throughput phases (slower; for the
breakdown only) and prints where its time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from typing import Any
from urllib.parse import parse_qsl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "anchors"))

from common import machine_line, pin_self, print_table, write_json  # noqa: E402

ACCOUNT_SID = "AC" + "5b" * 16
AUTH_TOKEN = "be" * 16
FROM = "+15005550006"  # Twilio's magic sender: valid without owning a number
BODY = "Your Acme verification code is 123456. It expires in 10 minutes."
EXPECTED = ["sending", "sent", "delivered"]
SERVER_CPU, CLIENT_CPU = 1, 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# The CPUs this run may use, read before the load generator pins itself (children inherit
# the parent's affinity, so the check below cannot ask the pinned process).
_CPUS: set[int] = set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else set()


def _pin(pid: int, cpu: int) -> None:
    if cpu in _CPUS:
        try:
            os.sched_setaffinity(pid, {cpu})
        except OSError:
            pass


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc), 0 elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)


def _get_json(port: int, path: str, method: str = "GET", body: str | None = None) -> Any:
    import base64

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {
        "Authorization": "Basic "
        + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    }
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    if response.status >= 400:
        raise RuntimeError(f"{method} {path}: HTTP {response.status} {data[:200]!r}")
    return json.loads(data) if data else None


# --------------------------------------------------------------------------- the receiver app


def receiver_main() -> None:
    """``--receiver``: answer status callbacks, record them, serve ``GET /_stats``."""
    records: list[tuple[str, str, float, bool]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                target = lines[0].split(" ")[1]
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                size = int(headers.get("content-length") or 0)
                body = await reader.readexactly(size) if size else b""
                if target.startswith("/_stats"):
                    data = json.dumps(records).encode()
                    writer.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        + f"Content-Length: {len(data)}\r\n\r\n".encode()
                        + data
                    )
                else:
                    arrived = time.monotonic()
                    form = dict(parse_qsl(body.decode("utf-8")))
                    signed = bool(headers.get("x-twilio-signature"))
                    records.append(
                        (form.get("MessageSid", ""), form.get("MessageStatus", ""), arrived, signed)
                    )
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def run() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        port = server.sockets[0].getsockname()[1]
        print(f"READY {port}", flush=True)
        async with server:
            await server.serve_forever()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    asyncio.run(run())


class Receiver:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--receiver"],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("READY "):
            _stop(self.proc)
            raise RuntimeError("the receiver did not start")
        self.port = int(line.split()[1])
        _pin(self.proc.pid, CLIENT_CPU)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/status"

    def records(self) -> list[tuple[str, str, float, bool]]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request("GET", "/_stats")
        rows = json.loads(conn.getresponse().read())
        conn.close()
        return [(str(a), str(b), float(c), bool(d)) for a, b, c, d in rows]

    def wait_delivered(self, sids: set[str], timeout: float) -> tuple[list[Any], float]:
        """All records once every sid has its delivered callback (or timeout), and the time."""
        deadline = time.monotonic() + timeout
        while True:
            rows = self.records()
            done = {sid for sid, status, _, _ in rows if status == "delivered"}
            if sids <= done or time.monotonic() > deadline:
                return rows, time.monotonic()
            time.sleep(0.05)


# --------------------------------------------------------------------------- the sandbox


# cProfile's own clock (wall time; the server has a CPU to itself, so busy time is CPU time);
# the idle wait in epoll is set apart when summing up.
_PROFILED = """
import cProfile
from callbox.cli import main
profiler = cProfile.Profile()
try:
    profiler.runcall(main, {args!r})
except (SystemExit, KeyboardInterrupt):
    pass
finally:
    profiler.dump_stats({path!r})
"""


class SandboxProcess:
    account_sid = ACCOUNT_SID
    auth_token = AUTH_TOKEN

    def __init__(self, profile_to: str | None = None, extra: list[str] | None = None) -> None:
        self.port = _free_port()
        env = dict(os.environ)
        env["CALLBOX_SANDBOX_ACCOUNT_SID"] = ACCOUNT_SID
        env["CALLBOX_SANDBOX_AUTH_TOKEN"] = AUTH_TOKEN
        env.pop("CALLBOX_SANDBOX_STEP_DELAY", None)
        self.profiling = bool(profile_to)
        args = ["sandbox", "--port", str(self.port), "--db", ":memory:", "--quiet", *(extra or [])]
        cmd = [sys.executable, "-m", "callbox.cli", *args]
        if profile_to:
            cmd = [sys.executable, "-c", _PROFILED.format(path=profile_to, args=args)]
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, cwd=ROOT)
        _pin(self.proc.pid, SERVER_CPU)
        deadline = time.monotonic() + 30
        while True:
            try:
                _get_json(self.port, "/_sandbox/health")
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    _stop(self.proc)
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.05)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cpu(self) -> float:
        return _cpu_seconds(self.proc.pid)

    def set_step_delay(self, seconds: float | None) -> float:
        value = "" if seconds is None else repr(seconds)
        body = _get_json(self.port, "/_sandbox/settings", "POST", f"StepDelay={value}")
        return float(body["step_delay"])

    def reset(self) -> None:
        _get_json(self.port, "/_sandbox/reset", "POST", "")

    def calls_in_progress(self) -> int:
        return len(_get_json(self.port, "/_sandbox/calls")["calls"])

    def stop(self) -> None:
        if self.profiling and self.proc.poll() is None:
            # uvicorn re-raises the signal after its graceful shutdown: SIGINT becomes a
            # KeyboardInterrupt, which lets cProfile write its file (SIGTERM would not).
            os.kill(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                pass
        _stop(self.proc)


# --------------------------------------------------------------------------- load


def _to(i: int) -> str:
    return f"+1415555{i % 10000:04d}"


Run = tuple[list[str], list[float], float]  # SIDs, when each create returned, start time


def run_sync(sb: SandboxProcess, callback: str | None, count: int) -> Run:
    """Create ``count`` messages one after the other (``callback=None``: no StatusCallback)."""
    from callbox import Client

    client = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=sb.base_url, proxy="")
    create = client.messages.create
    extra = {"status_callback": callback} if callback else {}
    sids: list[str] = []
    returned: list[float] = []
    started = time.monotonic()
    for i in range(count):
        sids.append(create(to=_to(i), from_=FROM, body=BODY, **extra).sid)
        returned.append(time.monotonic())
    client.close()
    return sids, returned, started


def run_async(sb: SandboxProcess, callback: str, clients: int, each: int) -> Run:
    """``clients`` AsyncClients at once, ``each`` messages apiece, one after the other."""
    from callbox import AsyncClient

    async def main() -> Run:
        pool = [
            AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=sb.base_url, proxy="")
            for _ in range(clients)
        ]
        sids: list[str] = []
        returned: list[float] = []

        async def worker(n: int, client: AsyncClient) -> None:
            for i in range(each):
                m = await client.messages.create(
                    to=_to(n * each + i), from_=FROM, body=BODY, status_callback=callback
                )
                sids.append(m.sid)
                returned.append(time.monotonic())

        started = time.monotonic()
        await asyncio.gather(*(worker(n, c) for n, c in enumerate(pool)))
        for c in pool:
            await c.close()
        return sids, returned, started

    return asyncio.run(main())


def run_paced(sb: SandboxProcess, callback: str, count: int, rate: float) -> Run:
    """Create messages at a steady ``rate`` per second (open loop)."""
    from callbox import Client

    client = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=sb.base_url, proxy="")
    sids: list[str] = []
    returned: list[float] = []
    started = time.monotonic()
    for i in range(count):
        due = started + i / rate
        pause = due - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        sids.append(
            client.messages.create(to=_to(i), from_=FROM, body=BODY, status_callback=callback).sid
        )
        returned.append(time.monotonic())
    client.close()
    return sids, returned, started


# --------------------------------------------------------------------------- checks and stats


def check(sids: list[str], rows: list[tuple[str, str, float, bool]]) -> dict[str, Any]:
    """Every message delivered, callbacks once each, in order, signed."""
    wanted = set(sids)
    seen: dict[str, list[str]] = defaultdict(list)
    unsigned = 0
    for sid, status, _, signed in rows:
        if sid in wanted:
            seen[sid].append(status)
            unsigned += not signed
    wrong = {sid: seen.get(sid, []) for sid in wanted if seen.get(sid) != EXPECTED}
    return {
        "messages": len(sids),
        "unique_sids": len(wanted),
        "callbacks": sum(len(v) for v in seen.values()),
        "not_as_expected": len(wrong),
        "examples": dict(list(wrong.items())[:3]),
        "unsigned": unsigned,
        "ok": not wrong and len(wanted) == len(sids) and unsigned == 0,
    }


def latencies(sids: list[str], returned: list[float], rows: list[Any]) -> list[float]:
    arrived = {sid: t for sid, status, t, _ in rows if status == "delivered"}
    return [arrived[sid] - t for sid, t in zip(sids, returned, strict=True) if sid in arrived]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def throughput_phase(
    name: str, sb: SandboxProcess, rx: Receiver, run: Any, *args: Any
) -> dict[str, Any]:
    cpu0, own0, rx0 = sb.cpu(), time.process_time(), _cpu_seconds(rx.proc.pid)
    sids, returned, started = run(sb, rx.url, *args)
    wall = max(returned) - started
    cpu_accept = sb.cpu() - cpu0
    own = time.process_time() - own0
    rx_cpu = _cpu_seconds(rx.proc.pid) - rx0
    rows, _ = rx.wait_delivered(set(sids), timeout=120)
    cpu_total = sb.cpu() - cpu0
    wanted = set(sids)
    delivered = [t for sid, status, t, _ in rows if status == "delivered" and sid in wanted]
    last = max(delivered) if delivered else None
    return {
        "phase": name,
        "messages": len(sids),
        "wall_s": wall,
        "accepted_per_s": len(sids) / wall,
        "drain_after_last_create_s": last - max(returned) if last else None,
        "completed_per_s": len(sids) / (last - started) if last else None,
        "server_cpu_busy_while_accepting": cpu_accept / wall,
        "load_generator_cpu_busy": own / wall,
        "receiver_cpu_busy": rx_cpu / wall,
        "server_cpu_ms_per_message": 1000 * cpu_total / len(sids),
        "check": check(sids, rows),
    }


def reference_phase(name: str, sb: SandboxProcess, count: int) -> dict[str, Any]:
    """The same sequential creates without a StatusCallback (statuses still move)."""
    cpu0 = sb.cpu()
    sids, returned, started = run_sync(sb, None, count)
    wall = max(returned) - started
    cpu_accept = sb.cpu() - cpu0
    wanted, deadline = set(sids), time.monotonic() + 60
    while True:  # the sandbox's own event log says when every message is delivered
        events = _get_json(sb.port, "/_sandbox/events?kind=message.status")["events"]
        done = {e["sid"] for e in events if e.get("status") == "delivered"} & wanted
        if done == wanted or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    return {
        "phase": name,
        "messages": len(sids),
        "wall_s": wall,
        "accepted_per_s": len(sids) / wall,
        "server_cpu_busy_while_accepting": cpu_accept / wall,
        "server_cpu_ms_per_message": 1000 * (sb.cpu() - cpu0) / len(sids),
        "check": {"ok": done == wanted, "messages": len(sids), "delivered": len(done)},
    }


def latency_phase(
    name: str, sb: SandboxProcess, rx: Receiver, step: float | None, count: int, rate: float
) -> dict[str, Any]:
    effective = sb.set_step_delay(step)
    sids, returned, _ = run_paced(sb, rx.url, count, rate)
    rows, _ = rx.wait_delivered(set(sids), timeout=60)
    lat = latencies(sids, returned, rows)
    return {
        "phase": name,
        "step_delay_s": effective,
        "messages": len(sids),
        "rate_per_s": rate,
        "latency_s": {
            "median": statistics.median(lat),
            "p90": pct(lat, 90),
            "p99": pct(lat, 99),
            "max": max(lat),
        },
        "check": check(sids, rows),
    }


def profile_summary(path: str, top: int = 15) -> dict[str, Any]:
    import pstats

    stats = pstats.Stats(path)
    raw: Any = stats.stats  # type: ignore[attr-defined]
    idle = sum(v[2] for (_, _, name), v in raw.items() if "poll" in name and "epoll" in name)
    raw = {k: v for k, v in raw.items() if not ("poll" in k[2] and "epoll" in k[2])}
    total = sum(v[2] for v in raw.values())  # own (tottime) seconds, busy only
    groups: dict[str, float] = defaultdict(float)
    for (filename, _, name), (_, _, tottime, _, _) in raw.items():
        groups[_area(filename, name)] += tottime
    rows = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    return {
        "busy_s": total,
        "idle_in_epoll_s": idle,
        "by_area": {k: v / total for k, v in sorted(groups.items(), key=lambda kv: -kv[1])},
        "top_functions": [
            {"function": f"{_short(fn)}:{line}({name})", "tottime_s": v[2], "calls": v[1]}
            for (fn, line, name), v in rows
        ],
    }


_AREAS = (
    ("/h11/", "HTTP/1.1 parsing (h11, uvicorn's pure-Python parser)"),
    ("/uvicorn/", "uvicorn"),
    ("/starlette/", "Starlette"),
    ("/callbox/sandbox/_store", "sandbox store (Python side)"),
    ("/callbox/sandbox/_delivery", "webhook sender"),
    ("/callbox/sandbox/behaviours/", "sandbox behaviours (messages, numbers)"),
    ("/callbox/sandbox/", "sandbox core (routing, params, records)"),
    ("/callbox/rest/", "callbox HTTP client (webhook requests)"),
    ("/callbox/webhooks/", "webhook signatures"),
    ("/phonenumbers/", "phonenumbers (E.164 checks)"),
    ("/asyncio/", "asyncio event loop"),
    ("/json/", "JSON"),
    ("/urllib/", "urllib.parse (forms, quoting)"),
)


def _area(filename: str, name: str) -> str:
    f = filename.replace("\\", "/")
    for key, label in _AREAS:
        if key in f:
            return label
    if f == "~":  # built-in functions and methods
        if "sqlite3" in name:
            return "SQLite (C)"
        if "socket" in name:
            return "socket system calls (send, recv, connect)"
        if "json" in name:
            return "JSON"
        return "other built-ins"
    return "other stdlib"


def _short(filename: str) -> str:
    parts = filename.replace("\\", "/").split("/")
    return "/".join(parts[-2:])


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    ap.add_argument("--quick", action="store_true", help="fewer messages (smoke test only)")
    ap.add_argument("--clients", type=int, default=20, help="concurrent AsyncClients")
    ap.add_argument("--profile", action="store_true", help="cProfile the sandbox (throughput only)")
    ap.add_argument("--receiver", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.receiver:
        receiver_main()
        return

    pin_self(CLIENT_CPU)
    sync_n, async_each, lat_n = (300, 15, 100) if args.quick else (2000, 150, 400)
    rate = 50.0
    print(machine_line())
    print(
        f"sandbox pinned to CPU {SERVER_CPU}; load generator and receiver to CPU {CLIENT_CPU}; "
        f"{os.cpu_count()} CPUs"
    )
    profile_path = None
    if args.profile:
        profile_path = os.path.join(tempfile.mkdtemp(prefix="callbox-bench-"), "sandbox.prof")
    rx = Receiver()
    sb = SandboxProcess(profile_to=profile_path)
    results: dict[str, Any] = {"phases": []}
    try:
        default_delay = sb.set_step_delay(None)
        warm, _, _ = run_sync(sb, rx.url, 100)  # imports, first connections, SQLite pages
        rx.wait_delivered(set(warm), 30)
        sb.reset()
        phases = results["phases"]
        phases.append(throughput_phase("sync Client, sequential", sb, rx, run_sync, sync_n))
        sb.reset()
        results["reference"] = reference_phase("sync Client, no StatusCallback", sb, sync_n)
        sb.reset()
        phases.append(
            throughput_phase(
                f"{args.clients} AsyncClients at once", sb, rx, run_async, args.clients, async_each
            )
        )
        sb.reset()
        if not args.profile:
            phases.append(latency_phase("latency, default step delay", sb, rx, None, lat_n, rate))
            sb.reset()
            phases.append(latency_phase("latency, step delay 0", sb, rx, 0.0, lat_n, rate))
    finally:
        sb.stop()
        _stop(rx.proc)

    phases = results["phases"]
    print()
    print_table(
        [
            "throughput (callbacks on)",
            "messages",
            "accepted/s",
            "all delivered/s",
            "drain after last",
            "server CPU/msg",
            "busy: server | client + receiver",
            "check",
        ],
        [
            [
                p["phase"],
                str(p["messages"]),
                f"{p['accepted_per_s']:.0f}",
                f"{p['completed_per_s']:.0f}" if p["completed_per_s"] else "-",
                f"{p['drain_after_last_create_s']:.2f} s"
                if p["drain_after_last_create_s"] is not None
                else "-",
                f"{p['server_cpu_ms_per_message']:.2f} ms",
                f"{p['server_cpu_busy_while_accepting'] * 100:.0f}% | "
                f"{p['load_generator_cpu_busy'] * 100:.0f}% + {p['receiver_cpu_busy'] * 100:.0f}%",
                "ok" if p["check"]["ok"] else f"FAILED {p['check']}",
            ]
            for p in phases
            if "accepted_per_s" in p
        ],
    )
    ref = results["reference"]
    print(
        f"reference, the same sequential creates without a StatusCallback: "
        f"{ref['accepted_per_s']:.0f} accepted/s, {ref['server_cpu_ms_per_message']:.2f} ms "
        f"server CPU per message, {ref['check']['delivered']}/{ref['messages']} delivered"
    )
    lat_rows = [p for p in phases if "latency_s" in p]
    if lat_rows:
        print()
        print_table(
            [
                "create → delivered callback",
                "step delay",
                "messages",
                "median",
                "p90",
                "p99",
                "max",
                "check",
            ],
            [
                [
                    p["phase"],
                    f"{p['step_delay_s']:g} s",
                    f"{p['messages']} at {p['rate_per_s']:.0f}/s",
                    f"{p['latency_s']['median'] * 1000:.1f} ms",
                    f"{p['latency_s']['p90'] * 1000:.1f} ms",
                    f"{p['latency_s']['p99'] * 1000:.1f} ms",
                    f"{p['latency_s']['max'] * 1000:.1f} ms",
                    "ok" if p["check"]["ok"] else f"FAILED {p['check']}",
                ]
                for p in lat_rows
            ],
        )
    print()
    print(
        f"default step delay: {default_delay:g} s (three pauses per message: queued → sending → "
        "sent → delivered). No twilio-python row: Twilio's servers are not local."
    )
    if profile_path:
        summary = profile_summary(profile_path)
        shutil.rmtree(os.path.dirname(profile_path), ignore_errors=True)
        results["profile"] = summary
        print(
            f"\nsandbox profile (cProfile, throughput phases; {summary['busy_s']:.1f} s busy, "
            f"{summary['idle_in_epoll_s']:.1f} s idle)"
        )
        for area, share in summary["by_area"].items():
            print(f"  {share * 100:5.1f}%  {area}")
        print("  top functions by own time:")
        for row in summary["top_functions"]:
            print(f"    {row['tottime_s']:7.2f} s  {row['calls']:>9}  {row['function']}")
    results["ok"] = all(p["check"]["ok"] for p in [*phases, ref])
    write_json(args.json, {"benchmark": "sandbox", "clients": args.clients, **results})
    if not results["ok"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
