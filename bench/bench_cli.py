"""The `callbox` command: cold start against twilio-cli, and exports from the sandbox.

Measured in one run:

(a) cold start, hyperfine style: each command is a fresh process, run round-robin with
    the others (so drift in the machine's speed hits all alike), after warm-up runs;
    the figure is the median wall time, with min and max. Commands:
    ``callbox --version``, ``callbox --help``, ``callbox sms send --help`` (through the
    same wrapper pip writes for the ``callbox`` script), ``twilio --version`` (the npm
    package twilio-cli), and the bare ``python -c pass`` / ``node -e 0`` for scale.
    The target is callbox ≤ 0.1x twilio's median.
(b) ``callbox messages export`` of 10,000 and 50,000 messages from a sandbox (thread
    mode in this process, its store filled directly), as a separate process: records
    per second, the export process's own CPU time (the rest of the wall time is the
    sandbox producing the pages, in this process), and its peak RSS (its VmHWM,
    sampled while it runs), which must not grow with the number of records. Each
    export is checked: every record once, the final file complete.

twilio-cli is not a dependency of anything: install it into a scratch folder for the
bench only, ``npm install --prefix /tmp/twcli twilio-cli``, and pass ``--twilio
/tmp/twcli/node_modules/.bin/twilio`` (found there, on PATH or in $TWILIO_CLI otherwise).

    python bench/bench_cli.py [--rounds 20] [--twilio PATH] [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(HERE, "anchors"))

from common import machine_line, print_table, write_json  # noqa: E402

#: What pip writes as the ``callbox`` console script (with this interpreter).
WRAPPER = """#!{python}
import re
import sys
from callbox.cli import main
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(main())
"""
MESSAGES = "api.v2010.accounts.messages"


def find_twilio(given: str | None) -> str | None:
    for candidate in (
        given,
        os.environ.get("TWILIO_CLI"),
        shutil.which("twilio"),
        "/tmp/twcli/node_modules/.bin/twilio",
    ):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def compile_callbox() -> None:
    """Byte-compile callbox, as an installed package is (see bench/run.sh)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", os.path.join(ROOT, "callbox")],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {done.stderr.decode()[:300]}")
    return took


def cold_start(rounds: int, warmup: int, twilio: str | None, scratch: str) -> dict[str, Any]:
    script = os.path.join(scratch, "callbox")
    with open(script, "w") as f:
        f.write(WRAPPER.format(python=sys.executable))
    os.chmod(script, 0o755)
    py_env = {**os.environ, "PYTHONPATH": ROOT}
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], py_env),
        "callbox --version": ([script, "--version"], py_env),
        "callbox --help": ([script, "--help"], py_env),
        "callbox sms send --help": ([script, "sms", "send", "--help"], py_env),
    }
    if twilio:
        home = os.path.join(scratch, "home")  # twilio-cli's config folder, warm after warm-up
        os.makedirs(home, exist_ok=True)
        tw_env = {
            **os.environ,
            "HOME": home,
            "PATH": os.path.dirname(twilio) + os.pathsep + os.environ.get("PATH", ""),
        }
        commands["twilio --version"] = ([twilio, "--version"], tw_env)
        node = shutil.which("node")
        if node:
            commands["node -e 0"] = ([node, "-e", "0"], tw_env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(warmup):
        for cmd, env in commands.values():
            run_once(cmd, env)
    for _ in range(rounds):
        for name, (cmd, env) in commands.items():
            samples[name].append(run_once(cmd, env))
    found = {
        name: {
            "median": statistics.median(times),
            "min": min(times),
            "max": max(times),
            "n": len(times),
        }
        for name, times in samples.items()
    }
    rows = []
    reference = found.get("twilio --version", {}).get("median")
    for name, stats in found.items():
        ratio = f"{stats['median'] / reference:.3f}x" if reference else "n/a"
        rows.append(
            [
                name,
                f"{stats['median'] * 1e3:.1f}",
                f"{stats['min'] * 1e3:.1f}",
                f"{stats['max'] * 1e3:.1f}",
                ratio,
            ]
        )
    print(f"\n(a) cold start: {rounds} rounds, round-robin, after {warmup} warm-up rounds")
    print_table(["command", "median ms", "min ms", "max ms", "vs twilio --version"], rows)
    if not twilio:
        print("twilio-cli not found: npm install --prefix /tmp/twcli twilio-cli")
    return {"rounds": rounds, "warmup": warmup, "twilio_cli": twilio, "timing": found}


def seed(sb: Any, total: int) -> None:
    """``total`` messages in the sandbox's store (one made through the API as a template)."""
    first = sb.client.messages.create(to="+14155550100", from_="+15005550006", body="message 0")
    sb.wait_for_event("message.status", sid=first.sid, status="delivered")
    template = sb.state.store.get(MESSAGES, first.sid)
    for i in range(1, total):
        sid = "SM" + uuid.uuid4().hex
        body = f"message {i}: see you at the usual place around seven, bring the tickets"
        sb.state.store.put(MESSAGES, {**template, "sid": sid, "_key": sid, "body": body})


def _hwm(pid: int) -> int:
    """VmHWM (peak resident memory, KiB) of a running process, 0 once it is gone.

    Not ``wait4``'s ``ru_maxrss``: on Linux that keeps the high-water mark of the
    forked copy of this process from before ``exec``, the sandbox's memory included.
    """
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def export_once(sb: Any, out: str, limit: int, fmt: str) -> tuple[float, int, float]:
    """One export as a process: (seconds, peak RSS in KiB, its CPU seconds); checked."""
    env = {**os.environ, "PYTHONPATH": ROOT, **sb.env}
    env["CALLBOX_CONFIG_DIR"] = os.path.dirname(out)
    cmd = [
        sys.executable,
        "-m",
        "callbox.cli",
        "messages",
        "export",
        "-o",
        out,
        "--force",
        "--format",
        fmt,
        "-q",
    ]
    if limit:
        cmd += ["--limit", str(limit)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while True:
        peak = max(peak, _hwm(proc.pid))  # the high-water mark of the process's own memory
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.005)
    took = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"export failed: {err[:300]}")
    with open(out, encoding="utf-8", newline="") as f:
        if fmt == "csv":
            sids = [row["sid"] for row in csv.DictReader(f)]
        else:
            sids = [json.loads(line)["sid"] for line in f]
    assert len(sids) == len(set(sids)) == limit, (len(sids), len(set(sids)), limit)
    assert not os.path.exists(out + ".part")
    return took, peak, cpu


def exports(sizes: list[int], rounds: int, scratch: str) -> dict[str, Any]:
    from callbox.sandbox import Sandbox

    results: dict[str, Any] = {}
    with Sandbox(step_delay=0) as sb:
        started = time.perf_counter()
        seed(sb, max(sizes))
        seeded = time.perf_counter() - started
        print(f"\n(b) exports: {max(sizes):,} messages seeded in {seeded:.1f} s")
        rows = []
        for fmt in ("csv", "jsonl"):
            for size in sizes:
                times, peaks, cpus = [], [], []
                for _ in range(rounds):
                    took, peak, cpu = export_once(
                        sb, os.path.join(scratch, f"out.{fmt}"), size, fmt
                    )
                    times.append(took)
                    peaks.append(peak)
                    cpus.append(cpu)
                seconds = statistics.median(times)
                peak = statistics.median(peaks)
                cpu = statistics.median(cpus)
                results[f"{fmt} {size}"] = {
                    "records": size,
                    "seconds": seconds,
                    "records_per_s": size / seconds,
                    "peak_rss_kib": peak,
                    "cpu_seconds": cpu,
                    "samples": times,
                    "peaks": peaks,
                }
                rows.append(
                    [
                        fmt,
                        f"{size:,}",
                        f"{seconds:.2f}",
                        f"{size / seconds:,.0f}",
                        f"{cpu:.2f}",
                        f"{cpu / size * 1e6:.0f}",
                        f"{peak / 1024:.1f}",
                    ]
                )
        headers = ["format", "records", "wall s", "records/s", "export CPU s", "µs CPU/record"]
        print_table([*headers, "peak RSS MiB"], rows)
        for fmt in ("csv", "jsonl"):
            small, big = results[f"{fmt} {min(sizes)}"], results[f"{fmt} {max(sizes)}"]
            growth = big["peak_rss_kib"] / small["peak_rss_kib"]
            results[f"{fmt} growth"] = growth
            print(f"{fmt}: peak RSS {max(sizes):,} vs {min(sizes):,} records: {growth:.3f}x")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="cold-start rounds")
    parser.add_argument("--export-rounds", type=int, default=3, help="runs of each export")
    parser.add_argument("--twilio", help="path of twilio-cli's `twilio`")
    parser.add_argument("--quick", action="store_true", help="a smoke run, not for quoting")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    rounds, export_rounds, sizes = args.rounds, args.export_rounds, [10_000, 50_000]
    if args.quick:
        rounds, export_rounds, sizes = 3, 1, [1_000, 5_000]
    print(machine_line())
    compile_callbox()
    twilio = find_twilio(args.twilio)
    with tempfile.TemporaryDirectory() as scratch:
        start = cold_start(rounds, 3 if not args.quick else 1, twilio, scratch)
        made = exports(sizes, export_rounds, scratch)
    write_json(args.json, {"cold_start": start, "exports": made})


if __name__ == "__main__":
    main()
