"""Sandbox voice: scripted callers through a three-step IVR on the virtual clock.

Three processes on 127.0.0.1, so that no two share a GIL:

- the sandbox, ``python -m callbox.cli sandbox --db :memory: --clock virtual`` (CPU 1);
- the IVR app (this script with ``--app``, CPU 0): Starlette + uvicorn, three documents
  per call: ``/voice`` (a menu Gather), ``/menu`` (a second Gather), ``/done`` (a goodbye);
- the load generator, this process (CPU 0): N callers at once, each an outside phone that
  calls the IVR's number through the control API and presses through it.

Measured in one run:

(a) calls per second with N concurrent callers, and that nothing is lost: every call ends
    ``completed``, took exactly its scripted path (three app requests, the right digits),
    and no call is left in progress;
(b) the time per TwiML step: from the moment the sandbox sends a document's request to the
    moment that document is read, checked and ready to run (``ready_ms`` on each webhook of
    the transcripts), against a bare HTTP round trip to the same app at the same
    concurrency: N clients each POSTing the three documents' requests one after the other,
    with the sandbox's own webhook sender (signed, the same HTTP stack), from a process on
    the sandbox's CPU.  The ratio of the medians is the target (<= 2x);
(c) for scale, the whole run against the bare requests' wall time: what placing the calls,
    the clock, the transcripts and the call records add on top of the round trips.

    python bench/bench_voice.py [--calls 50] [--rounds 3] [--json PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "anchors"))
sys.path.insert(0, HERE)

from bench_sandbox import SandboxProcess, _free_port, _pin, _stop  # noqa: E402
from common import machine_line, pin_self, print_table, write_json  # noqa: E402

NUMBER = "+14155550123"
STEPS = ("/voice", "/menu", "/done")
SERVER_CPU, CLIENT_CPU = 1, 0

VOICE = (
    '<Response><Gather numDigits="1" action="/menu"><Say>Welcome. Press 1 for sales, '
    "2 for support.</Say></Gather><Say>Goodbye.</Say></Response>"
)
MENU = (
    '<Response><Gather numDigits="4" action="/done"><Say>Enter your four digit account '
    "number.</Say></Gather></Response>"
)
DONE = "<Response><Say>Thank you. Transferring you now.</Say><Hangup/></Response>"


def app_main(port: int) -> None:
    """The IVR app: three documents, and a count of the requests it answered."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    seen: dict[str, list[str]] = {}

    def page(body: str) -> Any:
        async def endpoint(request: Request) -> Response:
            form = await request.form()
            seen.setdefault(str(form.get("CallSid", "")), []).append(
                f"{request.url.path}:{form.get('Digits', '')}"
            )
            return Response(body, media_type="text/xml")

        return endpoint

    async def stats(request: Request) -> Response:
        return JSONResponse(seen)

    async def clear(request: Request) -> Response:
        seen.clear()
        return Response(status_code=204)

    app = Starlette(
        routes=[
            Route("/voice", page(VOICE), methods=["POST"]),
            Route("/menu", page(MENU), methods=["POST"]),
            Route("/done", page(DONE), methods=["POST"]),
            Route("/stats", stats),
            Route("/clear", clear, methods=["POST"]),
        ]
    )
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


class AppProcess:
    def __init__(self) -> None:
        import httpx

        self.port = _free_port()
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--app", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _pin(self.proc.pid, CLIENT_CPU)
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(self.url("/stats"), timeout=1)
                return
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stats(self) -> dict[str, list[str]]:
        import httpx

        found: dict[str, list[str]] = httpx.get(self.url("/stats"), timeout=10).json()
        return found

    def clear(self) -> None:
        import httpx

        httpx.post(self.url("/clear"), timeout=10)

    def stop(self) -> None:
        _stop(self.proc)


def _caller(i: int) -> str:
    return f"+1628555{i:04d}"


async def run_calls(sb: SandboxProcess, calls: int) -> tuple[float, list[dict[str, Any]]]:
    """N callers at once through the IVR; the wall time and every call's transcript."""
    import httpx

    script = [{"press": "2"}, {"press": "4321"}]
    auth = (sb.account_sid, sb.auth_token)
    limits = httpx.Limits(max_connections=calls + 5, max_keepalive_connections=calls + 5)
    async with httpx.AsyncClient(
        base_url=sb.base_url, auth=auth, limits=limits, timeout=120
    ) as http:

        async def one(i: int) -> dict[str, Any]:
            answer = await http.post(
                f"/_sandbox/phones/{_caller(i)}/calls",
                json={"to": NUMBER, "script": script, "wait": True, "timeout": 110},
            )
            answer.raise_for_status()
            body: dict[str, Any] = answer.json()
            return body

        start = time.perf_counter()
        transcripts = await asyncio.gather(*(one(i) for i in range(calls)))
        return time.perf_counter() - start, list(transcripts)


async def bare_requests(app_port: int, calls: int, token: str) -> tuple[float, list[float]]:
    """The same requests straight to the app with the sandbox's own webhook sender (signed,
    same HTTP stack): N clients, three POSTs each in sequence.  Runs in its own process."""
    from callbox.sandbox._delivery import WebhookSender

    base = [
        ("AccountSid", "AC" + "0" * 32),
        ("ApiVersion", "2010-04-01"),
        ("CallStatus", "in-progress"),
        ("Direction", "inbound"),
        ("From", "+16285550000"),
        ("To", NUMBER),
    ]
    sender = WebhookSender(max_connections=calls + 5)

    latencies: list[float] = []

    async def one(i: int) -> None:
        form = [*base, ("CallSid", f"CA{i:032d}")]
        for path, digits in zip(STEPS, ("", "2", "4321"), strict=True):
            url = f"http://127.0.0.1:{app_port}{path}"
            sent = time.perf_counter()
            result = await sender.send(url, [*form, ("Digits", digits)], auth_token=token)
            latencies.append((time.perf_counter() - sent) * 1000)
            assert result.ok, result.describe()

    await asyncio.gather(*(one(i) for i in range(min(calls, 5))))  # warm the pool up
    latencies.clear()
    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(calls)))
    elapsed = time.perf_counter() - start
    await sender.close()
    return elapsed, latencies


def run_bare(app: AppProcess, calls: int) -> tuple[float, list[float]]:
    """:func:`bare_requests` in a process on the sandbox's CPU: its wall time and each
    request's latency (ms)."""
    out = subprocess.run(
        [sys.executable, __file__, "--bare", str(app.port), "--calls", str(calls)],
        capture_output=True,
        text=True,
        check=True,
        preexec_fn=lambda: _pin(os.getpid(), SERVER_CPU),
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    return float(found["wall"]), [float(x) for x in found["latencies"]]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def check(transcripts: list[dict[str, Any]], seen: dict[str, list[str]]) -> dict[str, Any]:
    expected = ["/voice:", "/menu:2", "/done:4321"]
    statuses = [t.get("status") for t in transcripts]
    wrong = [t["call_sid"] for t in transcripts if seen.get(t["call_sid"]) != expected]
    return {
        "calls": len(transcripts),
        "completed": statuses.count("completed"),
        "wrong_path": len(wrong),
        "ok": statuses.count("completed") == len(transcripts) and not wrong,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--app", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--bare", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--calls", type=int, default=50, help="concurrent callers (default 50)")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each (default 3)")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    args = ap.parse_args()
    if args.app:
        app_main(args.app)
        return
    if args.bare:
        wall, latencies = asyncio.run(bare_requests(args.bare, args.calls, "t" * 32))
        print(json.dumps({"wall": wall, "latencies": latencies}))
        return
    pin_self(CLIENT_CPU)
    print(machine_line())
    app = AppProcess()
    sb = SandboxProcess(extra=["--clock", "virtual"])
    rows: list[dict[str, Any]] = []
    try:
        sb.reset()
        httpx_post(sb, NUMBER, app.url("/voice"))
        asyncio.run(run_calls(sb, 5))  # warm both servers up
        run_bare(app, 5)  # warm both servers up
        for _ in range(args.rounds):
            app.clear()
            wall, transcripts = asyncio.run(run_calls(sb, args.calls))
            verdict = check(transcripts, app.stats())
            left = sb.calls_in_progress()
            bare, bare_ms = run_bare(app, args.calls)
            virtual = [max((e["t"] for e in t["events"]), default=0.0) for t in transcripts]
            ready = [e["ready_ms"] for t in transcripts for e in t["events"] if "ready_ms" in e]
            rows.append(
                {
                    "wall_s": wall,
                    "calls_per_s": args.calls / wall,
                    "step_ms": statistics.median(ready),
                    "step_p90_ms": pct(ready, 90),
                    "bare_step_ms": statistics.median(bare_ms),
                    "bare_p90_ms": pct(bare_ms, 90),
                    "ratio": statistics.median(ready) / statistics.median(bare_ms),
                    "bare_wall_s": bare,
                    "wall_ratio": wall / bare,
                    "virtual_call_s": statistics.median(virtual),
                    "left_in_progress": left,
                    **verdict,
                }
            )
    finally:
        sb.stop()
        app.stop()
    ok = all(r["ok"] and r["left_in_progress"] == 0 for r in rows)
    best = min(rows, key=lambda r: r["ratio"])
    median_ratio = statistics.median(r["ratio"] for r in rows)
    print(f"\n{args.calls} concurrent callers, 3-step IVR, virtual clock ({args.rounds} runs)")
    print_table(
        [
            "run",
            "calls/s",
            "step p50",
            "step p90",
            "bare p50",
            "bare p90",
            "ratio p50",
            "wall",
            "bare wall",
            "call (virtual)",
            "lost",
        ],
        [
            [
                str(i + 1),
                f"{r['calls_per_s']:.1f}",
                f"{r['step_ms']:.1f} ms",
                f"{r['step_p90_ms']:.1f} ms",
                f"{r['bare_step_ms']:.1f} ms",
                f"{r['bare_p90_ms']:.1f} ms",
                f"{r['ratio']:.2f}x",
                f"{r['wall_s'] * 1000:.0f} ms",
                f"{r['bare_wall_s'] * 1000:.0f} ms",
                f"{r['virtual_call_s']:.1f} s",
                str(r["calls"] - r["completed"] + r["wrong_path"] + r["left_in_progress"]),
            ]
            for i, r in enumerate(rows)
        ],
    )
    print(
        f"time per TwiML step (request sent -> document ready to run) vs a bare round trip "
        f"at the same concurrency: median {median_ratio:.2f}x, best {best['ratio']:.2f}x "
        f"(target <= 2x); whole run vs the bare requests: "
        f"{statistics.median(r['wall_ratio'] for r in rows):.2f}x; "
        f"{'nothing lost or stuck' if ok else 'CALLS LOST OR STUCK'}"
    )
    write_json(
        args.json,
        {
            "benchmark": "voice",
            "calls": args.calls,
            "runs": rows,
            "median_ratio": median_ratio,
            "ok": ok,
        },
    )
    if not ok:
        sys.exit(1)


def httpx_post(sb: SandboxProcess, number: str, voice_url: str) -> None:
    """Seed the IVR's number through the control API."""
    import httpx

    httpx.post(
        f"{sb.base_url}/_sandbox/numbers",
        data={"PhoneNumber": number, "VoiceUrl": voice_url},
        auth=(sb.account_sid, sb.auth_token),
        timeout=10,
    ).raise_for_status()


if __name__ == "__main__":
    main()
