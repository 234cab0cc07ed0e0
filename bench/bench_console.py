"""Sandbox console: how fast a webhook shows up on screen, and how heavy the page is.

Three parties on 127.0.0.1: the sandbox (``python -m callbox.cli sandbox`` in a child
process, as a user runs it), the demo app of ``callbox demo`` (uvicorn in a thread of this
process), and Debian's headless Chromium showing the console's Activity view (driven by
Playwright; never a downloaded browser).

Measured in one run:

(a) event latency (and, within it, ``arrived``: until the long poll's answer is in the
    page, the rest being the page's work up to the frame that paints the row): outside phones text the demo app one after the other (``--texts`` of
    them, each waiting for its reply), which makes the sandbox call the app's SMS URL and
    then its status callback URL several times.  Each ``webhook.request`` event carries the
    time the sandbox logged the app's answer; the console stamps each row
    (``data-shown-at``) in the animation frame that paints it.  The gap is the latency from
    a webhook's response to its row on screen, p50/p95/max over every webhook of the run;
    target p50 <= 200 ms.  ``requests`` counts the page's requests to the event log
    meanwhile.
(b) the first load: bytes the page loads before it is usable (HTML, CSS, every module),
    as sent (gzip) and unpacked, and the time from navigation to the console being ready
    (signed in, every view's first lists loaded, the event stream live); targets <= 300 KB
    and <= 1 s.

Both ways the page can follow the event log are measured in turn: a held stream
(``stream=1``, what the console uses) and long polls (``wait=25``, its fallback).

    python bench/bench_console.py [--texts 50] [--rounds 3] [--modes stream,poll] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from callbox.sandbox import Sandbox  # noqa: E402
from callbox.sandbox.behaviours._serve import serve  # noqa: E402
from callbox.sandbox.demo import build_app  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
NUMBER = "+15105550111"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def one_round(
    browser: Any, sb: Sandbox, app_url: str, texts: int, mode: str = "stream"
) -> dict[str, Any]:
    sb.reset()
    sb.seed_number(NUMBER, sms_url=app_url + "/sms")
    context = browser.new_context(viewport={"width": 1180, "height": 820})
    context.add_init_script(
        "localStorage.setItem('callbox.console.speak', 'off');"
        f"localStorage.setItem('callbox.console.events', '{mode}')"
    )
    page = context.new_page()
    polls: list[str] = []
    page.on("request", lambda r: polls.append(r.url) if "/_sandbox/events" in r.url else None)
    started = time.perf_counter()
    page.goto(sb.console_url)
    page.wait_for_selector("body[data-ready]", timeout=20_000)
    wall_ready = (time.perf_counter() - started) * 1000
    ready_ms = float(page.evaluate("document.body.dataset.ready"))
    loaded = page.evaluate(
        """() => {
            const nav = performance.getEntriesByType("navigation")[0];
            const all = [nav, ...performance.getEntriesByType("resource")
                .filter(e => e.name.includes("/_sandbox/console/"))];
            return [all.reduce((n, e) => n + e.encodedBodySize, 0),
                    all.reduce((n, e) => n + e.decodedBodySize, 0), all.length];
        }"""
    )
    page.click("#tab-activity")
    requests_before = len(polls)
    for i in range(texts):
        phone = sb.phone(f"+1415555{3000 + i}")
        phone.send_sms(to=NUMBER, body="hours")
        phone.wait_for_message(timeout=10)
    stamped = "#feed li[data-kind='webhook.request'][data-shown-at]"
    deadline = time.monotonic() + 10
    logged = len(sb.events("webhook.request"))
    while page.locator(stamped).count() < logged and time.monotonic() < deadline:
        page.wait_for_timeout(50)
        logged = len(sb.events("webhook.request"))
    stamps = page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map(li => [
              Number(li.dataset.shownAt) - Number(li.dataset.time) * 1000,
              Number(li.dataset.receivedAt) - Number(li.dataset.time) * 1000])""",
        stamped,
    )
    gaps = [total for total, _ in stamps]
    arrived = [part for _, part in stamps]
    event_requests = len(polls) - requests_before
    context.close()
    return {
        "mode": mode,
        "event_requests": event_requests,
        "webhooks": logged,
        "rows": len(gaps),
        "p50_ms": statistics.median(gaps),
        "p95_ms": _pct(gaps, 0.95),
        "max_ms": max(gaps),
        "arrived_p50_ms": statistics.median(arrived),
        "ready_ms": ready_ms,
        "ready_wall_ms": wall_ready,
        "first_load_gzip_bytes": loaded[0],
        "first_load_bytes": loaded[1],
        "first_load_files": loaded[2],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--modes", default="stream,poll", help="how the page follows the log, compared in turn"
    )
    parser.add_argument("--json")
    args = parser.parse_args()
    if not os.path.exists(CHROMIUM):
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    rows = []
    with (
        Sandbox(mode="subprocess", step_delay=0) as sb,
        serve(build_app(sb.auth_token, lambda kind, fields: None)) as app,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            one_round(browser, sb, app.url, 3)  # warm-up: first imports, connections
            for _ in range(args.rounds):
                for mode in args.modes.split(","):
                    rows.append(one_round(browser, sb, app.url, args.texts, mode))
        finally:
            browser.close()
    print(
        f"{'round':>5} {'mode':>6} {'webhooks':>8} {'requests':>8} {'p50':>8} {'p95':>8} {'max':>8} {'arrived':>8} "
        f"{'ready':>8} {'load (gzip)':>12} {'load':>9}"
    )
    for i, r in enumerate(rows, 1):
        print(
            f"{i:>5} {r['mode']:>6} {r['webhooks']:>8} {r['event_requests']:>8} {r['p50_ms']:>6.1f}ms {r['p95_ms']:>6.1f}ms "
            f"{r['max_ms']:>6.1f}ms {r['arrived_p50_ms']:>6.1f}ms {r['ready_ms']:>6.0f}ms {r['first_load_gzip_bytes']:>10} B "
            f"{r['first_load_bytes']:>7} B"
        )
    medians = {}
    for mode in args.modes.split(","):
        medians[mode] = statistics.median(r["p50_ms"] for r in rows if r["mode"] == mode)
        print(f"{mode}: median p50 {medians[mode]:.1f} ms (target <= 200 ms)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rounds": rows, "median_p50_ms": medians}, f, indent=2)


if __name__ == "__main__":
    main()
