"""Cold import + first request: what a short script (a cron job, a CLI) pays end to end.

A fresh interpreter imports the REST client, builds it against the local mock server and
sends one Messages create (the adapter's ``FIRST_REQUEST_SNIPPET``). The libraries run
round-robin with a bare ``python -c pass`` baseline, as in the anchors' cold-import
benchmark; "net" is the paired difference to that baseline. The peak RSS of the same
child (``VmHWM``) is measured too.

    python bench/bench_first_request.py --lib twilio,callbox
"""

from __future__ import annotations

import os
import statistics
import sys
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchors"))

from bench_import import RSS_SUFFIX, run_child, timing  # the anchors' cold-start helpers
from common import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    MockServer,
    base_parser,
    load_adapters,
    machine_line,
    print_table,
    summarize,
    write_json,
)

EXPECTED_SID = f"SM{0x5EED0000:032x}"


def main() -> None:
    ap = base_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=15, help="fresh interpreters per statement")
    ap.add_argument("--rss-runs", type=int, default=5)
    args = ap.parse_args()
    ads = [a for a in load_adapters(args.lib) if hasattr(a.mod, "FIRST_REQUEST_SNIPPET")]
    if not ads:
        raise SystemExit("no adapter defines FIRST_REQUEST_SNIPPET")
    rounds, rss_runs = (3, 2) if args.quick else (args.rounds, args.rss_runs)
    print(f"# bench_first_request  lib={', '.join(a.NAME for a in ads)}")
    print("# " + machine_line())
    with MockServer(pin_cpu=1 if (os.cpu_count() or 1) >= 2 else None) as srv:
        snippets = {
            a.NAME: a.FIRST_REQUEST_SNIPPET.format(
                sid=ACCOUNT_SID, token=AUTH_TOKEN, base_url=srv.base_url
            )
            for a in ads
        }
        for name, code in snippets.items():
            _, _, p = run_child(code)
            got = p.stdout.strip()
            assert got == EXPECTED_SID, f"{name}: printed {got!r}, expected {EXPECTED_SID}"
        t = timing(snippets, rounds)
        rss: dict[str, Any] = {}
        samples: dict[str, list[float]] = {"baseline": [], **{n: [] for n in snippets}}
        for _ in range(rss_runs):
            for name, code in (("baseline", "pass"), *snippets.items()):
                _, _, p = run_child(code + RSS_SUFFIX)
                samples[name].append(int(p.stdout.strip().split()[-1]) / 1024.0)
        for name in snippets:
            rss[name] = {
                "peak": summarize(samples[name]),
                "net_median_mib": statistics.median(
                    a - b for a, b in zip(samples[name], samples["baseline"], strict=True)
                ),
            }
        posts = srv.stats()["post_messages"]
    expected = len(snippets) * (1 + 1 + rounds + rss_runs)
    print(f"# server counted {posts} creates (expected {expected})")
    assert posts == expected

    first = ads[0].NAME
    ref = t[first]["net_wall_median"]
    rows = [["python -c pass", f"{t['baseline']['wall']['median'] * 1e3:.1f}", "-", "-", "-", "-"]]
    for name in snippets:
        d = t[name]
        rows.append(
            [
                name,
                f"{d['wall']['median'] * 1e3:.1f}",
                f"{d['cpu']['median'] * 1e3:.1f}",
                f"{d['net_wall_median'] * 1e3:.1f}",
                f"{d['net_wall_median'] / ref:.2f}",
                f"{rss[name]['peak']['median']:.1f} (+{rss[name]['net_median_mib']:.1f})",
            ]
        )
    print(f"\n## cold import + Client + one messages.create, {rounds} fresh interpreters each")
    for name, code in snippets.items():
        print(f"#   {name}: {code}")
    print_table(
        [
            "lib",
            "wall median ms",
            "cpu median ms",
            "net wall ms",
            "net vs first lib",
            "peak RSS MiB (net)",
        ],
        rows,
    )
    write_json(
        args.json,
        {"libs": [a.NAME for a in ads], "bench": "first_request", "timing": t, "rss": rss},
    )


if __name__ == "__main__":
    main()
