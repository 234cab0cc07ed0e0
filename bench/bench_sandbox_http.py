"""Sandbox HTTP throughput, delivery against acceptance, and filters at scale.

One run, each server a child process on 127.0.0.1, the load from ``wrk`` (20 connections,
2 threads) so that the load generator costs little CPU next to the servers:

(a) throughput: ``POST Messages.json`` (form body, Basic auth) and ``GET
    Messages/{sid}.json`` against

    - the sandbox, ``callbox sandbox`` on a database file (as shipped: every answer
      committed, WAL);
    - a bare Starlette + uvicorn app returning fixed JSON;
    - the durable floor (:data:`FLOOR`): the same stack, storing each message in SQLite
      and committing it before the answer, as the sandbox does, and nothing else;

    both servers on plain uvicorn (h11, asyncio) and, when the ``fast`` extra is
    installed, both on httptools and uvloop;
    - Stoplight Prism mocking Twilio's 2010 API file, when ``PRISM`` names its command
      (``npm install @stoplight/prism-cli``; it keeps no state);

    reported as requests/s and as ratios to the bare app and to Prism;
(b) delivery against acceptance: 20 connections create messages with a ``StatusCallback``
    to a receiver process for ``--seconds``; accepted/s (201s), delivered/s (``delivered``
    callbacks received in the same window) and how long after the load stops the last
    callback arrives;
(c) filters at 1,000, 10,000 and 100,000 stored messages and calls (seeded straight into
    the database, one every ten minutes; see :func:`seed`): median time of each documented
    filter (``To``, ``From``, ``DateSent``, ``DateSent<``, ``DateSent>``, paging; calls:
    ``To``, ``Status``, ``StartTime>``), 40 requests each, and the ratio 100k/1k.

    python bench/bench_sandbox_http.py [--seconds 8] [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "anchors"))
sys.path.insert(0, ROOT)

from common import machine_line, print_table, write_json  # noqa: E402

from tests.support import free_port  # noqa: E402

SID = "AC" + "5a" * 16
TOKEN = "c0" * 16
AUTH = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
BODY = "To=%2B14155550100&From=%2B15005550006&Body=Your+code+is+123456"
MESSAGES = f"/api/2010-04-01/Accounts/{SID}/Messages.json"
OAI = os.path.join(ROOT, "..", "shared", "twilio-oai", "twilio_api_v2010.json")


def _wait(port: int, proc: subprocess.Popen[Any], path: str = "/") -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path, headers={"Authorization": AUTH})
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"no server on port {port}")


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------- the servers

#: How both hand-written servers run: uvicorn on the port and parser given.
_SERVE = """
fast = sys.argv[2] == "httptools"
uvicorn.run(
    app,
    host="127.0.0.1",
    port=int(sys.argv[1]),
    log_level="warning",
    access_log=False,
    http="httptools" if fast else "h11",
    loop="uvloop" if fast else "asyncio",
)
"""

BARE = """
import sys
import uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

FIXED = b'{"sid": "SM00000000000000000000000000000000", "status": "queued", "body": "hi"}'

async def answer(request):
    await request.body()
    return Response(FIXED, 201 if request.method == "POST" else 200, media_type="application/json")

app = Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST"])])
"""

#: The least a durable ``POST Messages.json`` does, hand-written on the same stack: Basic auth
#: checked in constant time, the form parsed, a Twilio-shaped record of 22 fields built,
#: inserted into SQLite (WAL, ``synchronous=NORMAL``, one commit per loop turn, committed
#: before the answer, as the sandbox does) and returned as JSON. No validation, numbers,
#: pricing, lifecycle, events or callbacks: a floor for any sandbox that keeps what it
#: acknowledged, not a competitor.
FLOOR = """
import asyncio, base64, hmac, json, os, sqlite3, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import parse_qsl
import uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

SID, TOKEN = sys.argv[3], sys.argv[4]
EXPECTED = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
db = sqlite3.connect(sys.argv[5], isolation_level=None, check_same_thread=False)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
db.execute("CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY, sid TEXT UNIQUE, data TEXT)")
waiters = []

def commit():
    db.execute("COMMIT")
    for w in waiters:
        w.set_result(None)
    waiters.clear()

async def create(request):
    if not hmac.compare_digest(request.headers.get("authorization", ""), EXPECTED):
        return Response(b'{"code": 20003}', 401, media_type="application/json")
    form = dict(parse_qsl((await request.body()).decode()))
    now = format_datetime(datetime.now(timezone.utc))
    sid = "SM" + os.urandom(16).hex()
    record = {
        "account_sid": SID, "api_version": "2010-04-01", "body": form.get("Body"),
        "date_created": now, "date_sent": None, "date_updated": now, "direction": "outbound-api",
        "error_code": None, "error_message": None, "from": form.get("From"),
        "messaging_service_sid": None, "num_media": "0", "num_segments": "1", "price": None,
        "price_unit": "USD", "sid": sid, "status": "queued", "subresource_uris": {
            "media": f"/2010-04-01/Accounts/{SID}/Messages/{sid}/Media.json"},
        "to": form.get("To"), "uri": f"/2010-04-01/Accounts/{SID}/Messages/{sid}.json",
    }
    text = json.dumps(record)
    if not waiters:
        db.execute("BEGIN")
        asyncio.get_running_loop().call_soon(commit)
    db.execute("INSERT INTO records (sid, data) VALUES (?, ?)", (sid, text))
    waiter = asyncio.get_running_loop().create_future()
    waiters.append(waiter)
    await waiter
    return Response(text.encode(), 201, media_type="application/json")

app = Starlette(routes=[Route("/{path:path}", create, methods=["POST"])])
"""

RECEIVER = """
import asyncio, sys
count = {"delivered": 0, "any": 0, "last": 0.0}
delivered = set()

async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\\r\\n\\r\\n")
            size = 0
            for line in head.split(b"\\r\\n"):
                if line.lower().startswith(b"content-length:"):
                    size = int(line.split(b":")[1])
            body = await reader.readexactly(size) if size else b""
            if head.startswith(b"GET /count"):
                text = ("%d %d %.6f" % (count["delivered"], count["any"], count["last"])).encode()
                writer.write(b"HTTP/1.1 200 OK\\r\\nContent-Length: %d\\r\\n\\r\\n" % len(text) + text)
            else:
                count["any"] += 1
                if b"MessageStatus=delivered" in body:
                    sid = body.split(b"MessageSid=")[1][:34]
                    if sid not in delivered:
                        delivered.add(sid)
                        count["delivered"] += 1
                    count["last"] = asyncio.get_running_loop().time()
                writer.write(b"HTTP/1.1 204 No Content\\r\\n\\r\\n")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()

async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", int(sys.argv[1]), backlog=1024)
    async with server:
        await server.serve_forever()

asyncio.run(main())
"""


def start_bare(port: int, parser: str) -> subprocess.Popen[Any]:
    proc = subprocess.Popen([sys.executable, "-c", BARE + _SERVE, str(port), parser])
    _wait(port, proc)
    return proc


def start_floor(port: int, parser: str, db: str) -> subprocess.Popen[Any]:
    proc = subprocess.Popen(
        [sys.executable, "-c", FLOOR + _SERVE, str(port), parser, SID, TOKEN, db]
    )
    _wait_post(port, proc)
    return proc


def _wait_post(port: int, proc: subprocess.Popen[Any]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            one_message(port)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"no server on port {port}")


def start_sandbox(
    port: int, db: str, step_delay: float | None = None, parser: str = "auto"
) -> subprocess.Popen[Any]:
    env = dict(os.environ, CALLBOX_SANDBOX_ACCOUNT_SID=SID, CALLBOX_SANDBOX_AUTH_TOKEN=TOKEN)
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "callbox.cli", "sandbox", "--port", str(port), "--db", db]
    cmd += ["--quiet", "--no-state-file", "--http", parser]
    if step_delay is not None:
        cmd += ["--step-delay", str(step_delay)]
    proc = subprocess.Popen(cmd, env=env)
    _wait(port, proc, "/_sandbox/health")
    return proc


def start_prism(port: int) -> subprocess.Popen[Any] | None:
    prism = os.environ.get("PRISM")
    if not prism or not os.path.exists(OAI):
        return None
    proc = subprocess.Popen(
        [*prism.split(), "mock", "-h", "127.0.0.1", "-p", str(port), OAI],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait(port, proc)
    return proc


# ---------------------------------------------------------------- load

WRK_POST = """
wrk.method = "POST"
wrk.body = "%s"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "%s"
"""
WRK_GET = """
wrk.headers["Authorization"] = "%s"
"""


def wrk(url: str, script: str, seconds: float, connections: int = 20) -> dict[str, float]:
    """Requests/s and non-2xx count of one wrk run."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--latency",
                "-s",
                f.name,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(f.name)
    rate = float(out.split("Requests/sec:")[1].split()[0])
    bad = 0
    if "Non-2xx or 3xx responses:" in out:
        bad = int(out.split("Non-2xx or 3xx responses:")[1].split()[0])
    p50 = out.split("50%")[1].split()[0] if "50%" in out else "?"
    total = int(out.split(" requests in ")[0].split()[-1])
    return {"rps": rate, "non_2xx": bad, "p50": p50, "requests": total}  # type: ignore[dict-item]


def one_message(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(
        "POST",
        MESSAGES,
        body=BODY,
        headers={"Authorization": AUTH, "Content-Type": "application/x-www-form-urlencoded"},
    )
    answer = conn.getresponse()
    data = json.loads(answer.read())
    return str(data["sid"])


def throughput(seconds: float, quick: bool, parsers: list[str]) -> dict[str, Any]:
    """Rounds interleave the servers, so that a change in the machine's load hits all."""
    results: dict[str, Any] = {}
    post, get = WRK_POST % (BODY, AUTH), WRK_GET % AUTH
    tmp = tempfile.mkdtemp(prefix="callbox-bench-")
    try:
        for r in range(1 if quick else 2):
            for parser in parsers:
                port = free_port()
                bare = start_bare(port, parser)
                try:
                    url = f"http://127.0.0.1:{port}{MESSAGES}"
                    results.setdefault(f"bare_post_{parser}", []).append(wrk(url, post, seconds))
                    results.setdefault(f"bare_get_{parser}", []).append(wrk(url, get, seconds))
                finally:
                    _stop(bare)
                port = free_port()
                floor = start_floor(port, parser, os.path.join(tmp, f"floor{r}{parser}.db"))
                try:
                    url = f"http://127.0.0.1:{port}{MESSAGES}"
                    results.setdefault(f"floor_post_{parser}", []).append(wrk(url, post, seconds))
                finally:
                    _stop(floor)
                port = free_port()
                db = os.path.join(tmp, f"throughput{r}{parser}.db")
                sandbox = start_sandbox(port, db, parser=parser)
                try:
                    url = f"http://127.0.0.1:{port}"
                    results.setdefault(f"sandbox_post_{parser}", []).append(
                        wrk(url + MESSAGES, post, seconds)
                    )
                    sid = one_message(port)
                    fetch = f"{url}/api/2010-04-01/Accounts/{SID}/Messages/{sid}.json"
                    results.setdefault(f"sandbox_get_{parser}", []).append(wrk(fetch, get, seconds))
                finally:
                    _stop(sandbox)
            port = free_port()
            prism = start_prism(port)
            if prism is not None:
                try:
                    url = f"http://127.0.0.1:{port}/2010-04-01/Accounts/{SID}/Messages.json"
                    results.setdefault("prism_post", []).append(wrk(url, post, seconds))
                finally:
                    _stop(prism)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def _count(port: int) -> tuple[int, int, float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/count")
    delivered, seen, last = conn.getresponse().read().split()
    return int(delivered), int(seen), float(last)


def delivery(seconds: float) -> dict[str, Any]:
    """Acceptance and delivery rates with status callbacks on, 20 clients."""
    receiver_port = free_port()
    receiver = subprocess.Popen([sys.executable, "-c", RECEIVER, str(receiver_port)])
    time.sleep(0.5)
    tmp = tempfile.mkdtemp(prefix="callbox-bench-")
    db = os.path.join(tmp, "delivery.db")
    port = free_port()
    sandbox = start_sandbox(port, db)
    try:
        callback = f"http://127.0.0.1:{receiver_port}/status"
        body = BODY + "&StatusCallback=" + callback.replace(":", "%3A").replace("/", "%2F")
        started = time.monotonic()
        run = wrk(f"http://127.0.0.1:{port}{MESSAGES}", WRK_POST % (body, AUTH), seconds)
        ended = time.monotonic()
        delivered_in_window, _, _ = _count(receiver_port)
        answered = run["requests"] - run["non_2xx"]  # wrk leaves the last ones uncounted
        deadline = time.monotonic() + 300
        while True:
            delivered, seen, _ = _count(receiver_port)
            if delivered >= answered or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        caught_up = time.monotonic() - ended
        time.sleep(1.0)  # the requests wrk did not wait for finish too
        delivered, seen, _ = _count(receiver_port)
    finally:
        _stop(sandbox)
        _stop(receiver)
    try:
        import sqlite3

        with sqlite3.connect(db) as conn:
            stored, final = conn.execute(
                "SELECT count(*), sum(json_extract(data, '$.status') = 'delivered') "
                "FROM records WHERE qname='api.v2010.accounts.messages'"
            ).fetchone()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "accepted": answered,
        "accepted_per_s": answered / (ended - started),
        "delivered_in_window": delivered_in_window,
        "delivered_per_s_in_window": delivered_in_window / (ended - started),
        "stored": stored,
        "stored_delivered": final,
        "delivered_callbacks": delivered,
        "callbacks_total": seen,
        "catch_up_s": caught_up,
        "lost": stored - delivered,
        "stranded": stored - (final or 0),
    }


# ---------------------------------------------------------------- filters at scale

CALLS = f"/api/2010-04-01/Accounts/{SID}/Calls.json"


#: The seeded history: one message and one call every ten minutes back from NOW; 60 of
#: them (spread through the whole history) go to NEEDLE, and those calls were busy.
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
STEP = timedelta(minutes=10)
NEEDLE = "+14155559999"
NEEDLES = 60


def seed(db: str, count: int) -> None:
    """``count`` messages and ``count`` calls, stored the way the sandbox stores them.

    Each filter below then matches the same number of records at every size (the last
    ten hours: 60; a day three days back: 144; NEEDLE: 60), so a flat time means the
    cost does not grow with what is stored."""
    from callbox.sandbox.server import create_app

    app = create_app(db, account_sid=SID, auth_token=TOKEN)
    store = app.state.sandbox.store
    template = {
        "account_sid": SID,
        "api_version": "2010-04-01",
        "body": "Your code is 123456",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": "+15005550006",
        "messaging_service_sid": None,
        "num_media": "0",
        "num_segments": "1",
        "price": "-0.00790",
        "price_unit": "USD",
        "status": "delivered",
    }
    every = count // NEEDLES
    store._db.execute("BEGIN")
    for i in range(count):  # oldest first, as they would have been created
        when = format_datetime(NOW - STEP * (count - 1 - i))
        needle = i % every == every // 2
        to = NEEDLE if needle else f"+1415555{i % 100:04d}"
        sid = "SM" + f"{i:032x}"
        store.put(
            "api.v2010.accounts.messages",
            {
                **template,
                "sid": sid,
                "to": to,
                "date_created": when,
                "date_updated": when,
                "date_sent": when,
                "uri": f"/2010-04-01/Accounts/{SID}/Messages/{sid}.json",
            },
        )
        csid = "CA" + f"{i:032x}"
        store.put(
            "api.v2010.accounts.calls",
            {
                "sid": csid,
                "account_sid": SID,
                "to": to,
                "from": "+15005550006",
                "status": "busy" if needle else ("completed", "no-answer", "failed")[i % 3],
                "start_time": when,
                "end_time": when,
                "date_created": when,
                "date_updated": when,
                "direction": "outbound-api",
                "duration": "12",
                "uri": f"/2010-04-01/Accounts/{SID}/Calls/{csid}.json",
            },
        )
    store._db.execute("COMMIT")
    store.close()


def _q(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ").replace(":", "%3A")


_RECENT = _q(NOW - timedelta(hours=10))
_DAY = (NOW - timedelta(days=3)).strftime("%Y-%m-%d")
_NEEDLE = NEEDLE.replace("+", "%2B")

FILTERS = [
    ("messages: no filter (first page)", MESSAGES + "?PageSize=50"),
    ("messages: To= (60 match)", MESSAGES + f"?To={_NEEDLE}&PageSize=50"),
    ("messages: From= (all match)", MESSAGES + "?From=%2B15005550006&PageSize=50"),
    ("messages: DateSent= (144 match)", MESSAGES + f"?DateSent={_DAY}&PageSize=50"),
    ("messages: DateSent> (60 match)", MESSAGES + f"?DateSent%3E={_RECENT}&PageSize=50"),
    ("messages: DateSent< (all but 60)", MESSAGES + f"?DateSent%3C={_RECENT}&PageSize=50"),
    ("messages: To= and DateSent<", MESSAGES + f"?To={_NEEDLE}&DateSent%3C={_RECENT}"),
    ("messages: Page=5 (offset)", MESSAGES + "?PageSize=50&Page=5"),
    ("calls: To= (60 match)", CALLS + f"?To={_NEEDLE}&PageSize=50"),
    ("calls: Status= (60 match)", CALLS + "?Status=busy&PageSize=50"),
    ("calls: StartTime> (60 match)", CALLS + f"?StartTime%3E={_RECENT}&PageSize=50"),
]


def filters(sizes: list[int], repeats: int) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {}
    tmp = tempfile.mkdtemp(prefix="callbox-bench-")
    try:
        for size in sizes:
            db = os.path.join(tmp, f"filters{size}.db")
            seed(db, size)
            port = free_port()
            sandbox = start_sandbox(port, db)
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                for name, path in FILTERS:
                    times = []
                    for i in range(repeats + 3):
                        started = time.perf_counter()
                        conn.request("GET", path, headers={"Authorization": AUTH})
                        answer = conn.getresponse()
                        data = answer.read()
                        if answer.status != 200:
                            raise SystemExit(f"{path}: {answer.status} {data[:200]!r}")
                        if i >= 3:  # the first builds the filter's index
                            times.append(time.perf_counter() - started)
                    out.setdefault(name, {})[size] = statistics.median(times) * 1000
            finally:
                _stop(sandbox)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


# ---------------------------------------------------------------- main


def _best(runs: list[dict[str, float]]) -> float:
    return max(r["rps"] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", metavar="PATH")
    parser.add_argument(
        "--only", default="throughput,delivery,filters", help="comma-separated parts to run"
    )
    args = parser.parse_args()
    only = set(args.only.split(","))
    if shutil.which("wrk") is None:
        raise SystemExit("needs wrk (apt-get install wrk)")
    seconds = 3.0 if args.quick else args.seconds
    print(machine_line())
    print(f"load average: {os.getloadavg()}")

    results: dict[str, Any] = {}
    if "throughput" in only:
        results.update(_report_throughput(seconds, args.quick))
    if "delivery" in only:
        results["delivery"] = _report_delivery(seconds)
    if "filters" in only:
        results["filters"] = _report_filters(args.quick)
    write_json(args.json, results)


def _report_throughput(seconds: float, quick: bool) -> dict[str, Any]:
    parsers = ["h11"]
    try:
        import httptools  # noqa: F401
        import uvloop  # noqa: F401

        parsers.append("httptools")
    except ImportError:
        print("(the fast extra is not installed: h11 + asyncio only)")
    t = throughput(seconds, quick, parsers)
    rows = []
    for name in sorted(t):
        runs = t[name]
        rows.append(
            [
                name,
                " / ".join(f"{r['rps']:.0f}" for r in runs),
                f"{_best(runs):.0f}",
                str(sum(r["non_2xx"] for r in runs)),
            ]
        )
    print("\n(a) requests/s at 20 connections (each round; best)")
    print_table(["server", "rounds", "best", "non-2xx"], rows)
    ratios = {}
    for parser in parsers:
        for verb in ("post", "get"):
            ours, bare = t[f"sandbox_{verb}_{parser}"], t[f"bare_{verb}_{parser}"]
            ratios[f"{verb}_vs_bare_{parser}"] = _best(ours) / _best(bare)
        floor = _best(t[f"floor_post_{parser}"])
        ratios[f"floor_post_vs_bare_{parser}"] = floor / _best(t[f"bare_post_{parser}"])
        ratios[f"post_vs_floor_{parser}"] = _best(t[f"sandbox_post_{parser}"]) / floor
        if "prism_post" in t:
            ratios[f"post_vs_prism_{parser}"] = _best(t[f"sandbox_post_{parser}"]) / _best(
                t["prism_post"]
            )
    for key, value in ratios.items():
        print(f"  {key}: {value:.2f}x")
    return {"throughput": t, "ratios": ratios}


def _report_delivery(seconds: float) -> dict[str, Any]:
    d = delivery(seconds * 1.25)
    print("\n(b) with status callbacks, 20 connections")
    print_table(
        ["accepted/s", "delivered/s (same window)", "caught up", "stored", "lost", "stranded"],
        [
            [
                f"{d['accepted_per_s']:.0f}",
                f"{d['delivered_per_s_in_window']:.0f}",
                f"{d['catch_up_s']:.2f} s after the load",
                str(d["stored"]),
                str(d["lost"]),
                str(d["stranded"]),
            ]
        ],
    )
    return d


def _report_filters(quick: bool) -> dict[str, Any]:
    sizes = [1000, 10000] if quick else [1000, 10000, 100000]
    f = filters(sizes, 10 if quick else 40)
    print("\n(c) filters: median ms per request")
    rows = []
    for name, by_size in f.items():
        ratio = by_size[sizes[-1]] / by_size[sizes[0]]
        rows.append([name, *(f"{by_size[s]:.2f}" for s in sizes), f"{ratio:.2f}x"])
    print_table(["filter", *(f"{s:,}" for s in sizes), f"{sizes[-1]:,}/{sizes[0]:,}"], rows)
    return f


if __name__ == "__main__":
    main()
