"""Two app processes, one Redis, a round-robin proxy, 200 callers at once.

Every caller goes through a three-step menu (``ivr_app.py``) with digits of its own.  In
the first run every call must take exactly its scripted path and every handler must run
exactly once.  In the second run one instance is killed with ``kill -9`` in the middle:
the requests it was answering fail at the proxy (502), the sandbox retries them (the
URLs carry ``#rc=2&rp=ct,rt,5xx``) and the survivor answers, taking over the dead
instance's claims once their one-second lease lapses.  No call is lost; no handler's
effects are kept twice: a handler that started on the killed instance and runs again on
the survivor left nothing behind the first time (its state changes and answer were never
committed), which the stored paths show.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from callbox.sandbox import Sandbox, press
from callbox.sandbox.voice import Transcript
from tests.support import free_port

from .cluster import Backend, RoundRobinProxy, start_instance

NUMBER = "+14155550123"
CALLS = 200
HANDLERS = ("answer", "first", "second", "third")


def digits(i: int) -> tuple[str, str, str]:
    return (str(i % 3 + 1), str(i // 3 % 3 + 1), str(i // 9 % 3 + 1))


@pytest.fixture(scope="module")
def cluster_sandbox() -> Iterator[Sandbox]:
    with Sandbox(step_delay=0) as sb:
        yield sb


@pytest.fixture
def cluster(cluster_sandbox: Sandbox, redis_url: str) -> Iterator[dict[str, Any]]:
    import redis

    namespace = redis_url.rpartition("namespace=")[2]
    ports = [free_port(), free_port()]
    proxy = RoundRobinProxy([Backend(port) for port in ports]).start()
    env = {
        **cluster_sandbox.env,
        "CALLBOX_FLOWS_STORE": redis_url,
        "CALLBOX_FLOWS_PUBLIC_URL": proxy.url,
        "FLOWS_TEST_REDIS": redis_url.partition("?")[0],
        "FLOWS_TEST_NAMESPACE": namespace,
    }
    processes = [start_instance("tests.flows.ivr_app:app", port, env) for port in ports]
    cluster_sandbox.reset()
    fragment = "#rc=2&rp=ct,rt,5xx"
    cluster_sandbox.seed_number(
        NUMBER, voice_url=f"{proxy.url}/voice{fragment}", status_callback=f"{proxy.url}/status"
    )
    client = redis.Redis.from_url(redis_url.partition("?")[0], decode_responses=True)
    try:
        yield {
            "sandbox": cluster_sandbox,
            "proxy": proxy,
            "processes": processes,
            "redis": client,
            "namespace": namespace,
        }
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(10)
        proxy.stop()
        client.close()


def place_calls(sandbox: Sandbox, prefix: str) -> list[Any]:
    handles = []
    for i in range(CALLS):
        script = [press(d) for d in digits(i)]
        handles.append(sandbox.phone(f"{prefix}{i:04d}").call(NUMBER, script=script, wait=False))
    return handles


def runs_so_far(cluster: dict[str, Any]) -> int:
    redis, namespace = cluster["redis"], cluster["namespace"]
    return sum(redis.llen(key) for key in redis.scan_iter(f"{namespace}:runs:*", count=1000))


def check(
    cluster: dict[str, Any], handles: list[Any], transcripts: list[Transcript], killed: int | None
) -> Counter[str]:
    """Every call took its path; returns how many handler runs were repeated, and where."""
    redis, namespace = cluster["redis"], cluster["namespace"]
    repeated: Counter[str] = Counter()
    for i, (handle, t) in enumerate(zip(handles, transcripts, strict=True)):
        a, b, c = digits(i)
        assert t.status == "completed", t
        assert t.said.splitlines() == [
            "Main menu. Press 1, 2 or 3.",
            "Second menu. Press 1, 2 or 3.",
            "Third menu. Press 1, 2 or 3.",
            f"You chose {a} {b} {c}. Goodbye.",
        ], t
        path = json.loads(redis.hget(f"{namespace}:s:{handle.sid}", "path"))
        assert path == [a, b, c]  # the committed state: each step's change exactly once
        runs = redis.lrange(f"{namespace}:runs:{handle.sid}", 0, -1)
        names = [run.partition(":")[0] for run in runs]
        assert sorted(set(names)) == sorted(HANDLERS)
        for name in HANDLERS:
            mine = [run for run in runs if run.startswith(name + ":")]
            if len(mine) == 1:
                continue
            # Only a run interrupted by the kill may be repeated, once, by the survivor.
            assert killed is not None and len(mine) == 2, runs
            assert mine[0] == f"{name}:{killed}" and mine[1] != mine[0], runs
            repeated[name] += 1
    return repeated


def test_two_instances_two_hundred_callers_and_a_kill(cluster: dict[str, Any]) -> None:
    sandbox: Sandbox = cluster["sandbox"]
    proxy: RoundRobinProxy = cluster["proxy"]
    started = time.monotonic()

    # Run 1: both instances up.
    handles = place_calls(sandbox, "+1415600")
    transcripts = [handle.wait(timeout=60) for handle in handles]
    assert not check(cluster, handles, transcripts, killed=None)
    assert all(backend.requests > 200 for backend in proxy.backends)
    first_run = time.monotonic() - started

    # Run 2: one instance is killed with -9 in the middle.
    victim = cluster["processes"][0]
    before = runs_so_far(cluster)
    handles = place_calls(sandbox, "+1415700")
    deadline = time.monotonic() + 30
    while runs_so_far(cluster) < before + CALLS * 1.5:  # the callers are in the second menu
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(10)
    transcripts = [handle.wait(timeout=60) for handle in handles]
    repeated = check(cluster, handles, transcripts, killed=victim.pid)
    assert not proxy.backends[0].alive and proxy.backends[0].failures >= 1
    retried = [
        w
        for t in transcripts
        for w in t.webhooks
        if w.get("purpose") != "status_callback" and w.get("status_code") == 200
    ]
    assert len(retried) == CALLS * 4  # every request of every call was answered in the end
    print(
        f"\nrun 1: {first_run:.1f} s; run 2: {time.monotonic() - started - first_run:.1f} s, "
        f"handler runs repeated after the kill: {dict(repeated)}"
    )
