"""Call flows: what a flows step costs against the same TwiML from a hand-written endpoint.

Measured in one run, servers in child processes (uvicorn, one each), this process sending:

(a) one menu step, sequential requests over a keep-alive connection, signed as Twilio signs
    them and each with a fresh ``I-Twilio-Idempotency-Token``:
    - ``starlette``: a hand-written Starlette endpoint that checks the signature
      (``callbox.webhooks.RequestValidator``), reads ``Digits`` and answers a Say, a
      Gather whose action is the next step, and a Say, built with ``callbox.twiml``;
    - ``flows/memory``: the same step as a flows handler (token check, claim, state read,
      handler, TwiML, commit) with the memory store;
    - ``flows/redis``: the same with the Redis store (127.0.0.1:6379 or ``REDIS_URL``).
    Targets: flows/memory p50 <= 1.3x starlette; flows/redis p50 - flows/memory p50 <= 1 ms.
(b) the many-instances run: two flows processes on Redis behind a round-robin proxy, the
    sandbox placing 200 concurrent callers through the three-step menu of
    tests/flows/ivr_app.py; the time per TwiML step (the sandbox's ``ready_ms``: request
    sent to document ready, through the proxy) at p50 and p99.

    python bench/bench_flows.py [--requests 2000] [--calls 200] [--json PATH]
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import time
import uuid
from typing import Any
from urllib.parse import urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "anchors"))
sys.path.insert(0, ROOT)

from common import machine_line, print_table, write_json  # noqa: E402

from tests.support import free_port  # noqa: E402

TOKEN = "b" * 32
SECRET = "bench-secret-" + "s" * 32
CALL = "CA" + "1" * 32
PROMPT = "Second menu. Press 1, 2 or 3."


# ---------------------------------------------------------------- the servers


def serve_starlette(port: int) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from callbox.twiml import VoiceResponse
    from callbox.webhooks import RequestValidator

    validator = RequestValidator(TOKEN)

    async def step(request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        if not validator.validate(
            str(request.url), form, request.headers.get("x-twilio-signature", "")
        ):
            return Response("forbidden", status_code=403)
        response = VoiceResponse()
        response.say(f"You pressed {form.get('Digits', '')}.")
        with response.gather(action=f"{request.base_url}next", method="POST", num_digits=1) as g:
            g.say(PROMPT)
        response.say("Goodbye.")
        return Response(response.to_xml(), media_type="text/xml")

    app = Starlette(routes=[Route("/step", step, methods=["POST"])])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def serve_flows(port: int, store: str) -> None:
    from callbox.flows import App, Call, Result, run

    app = App(store=store, auth_token=TOKEN, secret=SECRET)

    @app.handler
    async def first(call: Call, result: Result) -> None:
        call.state.setdefault("path", []).append(result.digits)
        call.say(f"You pressed {result.digits}.")
        with call.gather(second, num_digits=1) as g:
            g.say(PROMPT)
        call.say("Goodbye.")

    @app.handler
    async def second(call: Call, result: Result) -> None:
        call.say("Done.")

    run(app, port=port, log_level="warning")


# ---------------------------------------------------------------- the load


def start(kind: str, *args: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", kind, str(port), *args],
        env={**os.environ, "PYTHONPATH": ROOT},
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/")
            conn.getresponse().read()
            return proc, port
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"{kind} did not start") from None
            time.sleep(0.05)


class Sender:
    """Signed step requests to one server over one keep-alive connection."""

    def __init__(self, kind: str, port: int) -> None:
        from callbox.flows import Signer
        from callbox.webhooks import RequestValidator

        self.kind, self.port = kind, port
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.validator = RequestValidator(TOKEN)
        self.signer = Signer(SECRET)

    def once(self, i: int) -> float:
        sid = f"CA{i:032d}"
        path = "/step"
        if self.kind != "starlette":
            path += "?t=" + self.signer.sign("c", "first", sid)
        url = f"http://127.0.0.1:{self.port}{path}"
        params = {
            "CallSid": sid,
            "AccountSid": "AC" + "0" * 32,
            "Digits": "2",
            "CallStatus": "in-progress",
        }
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": self.validator.compute_signature(url, params),
            "I-Twilio-Idempotency-Token": uuid.uuid4().hex,
        }
        body = urlencode(params)
        started = time.perf_counter()
        self.conn.request("POST", path, body, headers)
        answer = self.conn.getresponse()
        data = answer.read()
        elapsed = time.perf_counter() - started
        assert answer.status == 200 and PROMPT.encode() in data, (
            self.kind,
            answer.status,
            data[:200],
        )
        return elapsed


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def redis_url() -> str | None:
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
        return url
    except Exception:
        return None


def step_latency(requests: int) -> dict[str, Any]:
    kinds: dict[str, tuple[str, ...]] = {"starlette": (), "flows/memory": ("memory://",)}
    found = redis_url()
    namespace = f"bench-flows-{uuid.uuid4().hex[:8]}"
    if found:
        kinds["flows/redis"] = (f"{found}?namespace={namespace}",)
    servers = {k: start("starlette" if k == "starlette" else "flows", *a) for k, a in kinds.items()}
    try:
        senders = {k: Sender(k, port) for k, (_, port) in servers.items()}
        for sender in senders.values():  # warm up
            for i in range(200):
                sender.once(i)
        samples: dict[str, list[float]] = {k: [] for k in senders}
        rounds = 10
        for r in range(rounds):  # interleaved rounds: drift hits every server alike
            for kind, sender in senders.items():
                for i in range(requests // rounds):
                    samples[kind].append(sender.once(r * requests + i + 1000))
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(10)
        if found:
            import redis

            client = redis.Redis.from_url(found)
            keys = list(client.scan_iter(f"{namespace}:*"))
            if keys:
                client.delete(*keys)
    return {
        k: {
            "p50_ms": pct(v, 0.5) * 1000,
            "p99_ms": pct(v, 0.99) * 1000,
            "mean_ms": statistics.fmean(v) * 1000,
        }
        for k, v in samples.items()
    }


def many_instances(calls: int) -> dict[str, Any] | None:
    found = redis_url()
    if not found:
        return None
    from callbox.sandbox import Sandbox, press
    from tests.flows.cluster import Backend, RoundRobinProxy, start_instance

    namespace = f"bench-flows-{uuid.uuid4().hex[:8]}"
    with Sandbox(step_delay=0) as sb:
        ports = [free_port(), free_port()]
        proxy = RoundRobinProxy([Backend(p) for p in ports]).start()
        env = {
            **sb.env,
            "CALLBOX_FLOWS_STORE": f"{found}?namespace={namespace}",
            "CALLBOX_FLOWS_PUBLIC_URL": proxy.url,
            "FLOWS_TEST_REDIS": found,
            "FLOWS_TEST_NAMESPACE": namespace,
        }
        procs = [start_instance("tests.flows.ivr_app:app", p, env) for p in ports]
        try:
            sb.seed_number(
                "+14155550123",
                voice_url=f"{proxy.url}/voice",
                status_callback=f"{proxy.url}/status",
            )
            started = time.perf_counter()
            handles = [
                sb.phone(f"+1415600{i:04d}").call(
                    "+14155550123",
                    script=[press(str(i % 3 + 1)), press("1"), press("2")],
                    wait=False,
                )
                for i in range(calls)
            ]
            transcripts = [h.wait(timeout=120) for h in handles]
            wall = time.perf_counter() - started
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(10)
            proxy.stop()
            import redis

            client = redis.Redis.from_url(found)
            keys = list(client.scan_iter(f"{namespace}:*"))
            if keys:
                client.delete(*keys)
    ready = [w["ready_ms"] for t in transcripts for w in t.webhooks if "ready_ms" in w]
    ok = sum(1 for t in transcripts if t.status == "completed" and t.said.endswith("Goodbye."))
    return {
        "calls": calls,
        "completed_with_path": ok,
        "steps": len(ready),
        "p50_ms": pct(ready, 0.5),
        "p99_ms": pct(ready, 0.99),
        "wall_s": wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--json")
    parser.add_argument("--serve", nargs="+")
    args = parser.parse_args()
    if args.serve:
        kind, port, *rest = args.serve
        if kind == "starlette":
            serve_starlette(int(port))
        else:
            serve_flows(int(port), rest[0])
        return
    print(machine_line())
    steps = step_latency(args.requests)
    base = steps["starlette"]["p50_ms"]
    rows = [
        [k, f"{v['p50_ms']:.3f}", f"{v['p99_ms']:.3f}", f"{v['p50_ms'] / base:.2f}x"]
        for k, v in steps.items()
    ]
    print(f"\n(a) one menu step, {args.requests} sequential signed requests each")
    print_table(["server", "p50 ms", "p99 ms", "p50 vs starlette"], rows)
    ratio = steps["flows/memory"]["p50_ms"] / base
    print(f"flows/memory vs hand-written Starlette: {ratio:.2f}x (target <= 1.3x)")
    added = None
    if "flows/redis" in steps:
        added = steps["flows/redis"]["p50_ms"] - steps["flows/memory"]["p50_ms"]
        print(f"Redis store adds {added:.3f} ms at p50 per step (target <= 1 ms)")
    run = many_instances(args.calls)
    if run:
        print(
            f"\n(b) {run['calls']} concurrent callers, 2 instances, Redis, round-robin proxy: "
            f"{run['completed_with_path']} took their path; {run['steps']} steps, "
            f"p50 {run['p50_ms']:.2f} ms, p99 {run['p99_ms']:.2f} ms per step; {run['wall_s']:.1f} s"
        )
    write_json(args.json, {"steps": steps, "ratio": ratio, "redis_added_ms": added, "many": run})


if __name__ == "__main__":
    main()
