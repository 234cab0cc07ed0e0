"""Installed footprint as a user gets it: ``pip install`` of a built wheel, not the dev tree.

The anchors' ``bench_footprint.py`` reads the environment it runs in. callbox is installed
there in editable mode, so its "installed" files are the working tree and its dependency
list is whatever metadata the editable install wrote at the time. This script builds a
wheel of the current tree (``pip wheel --no-deps``), installs it with
``pip install --no-deps --target`` into a temporary directory (pip byte-compiles it, as a
normal install does) and measures that, next to twilio's installed package. Dependencies
are the closure of the wheel's ``Requires-Dist`` without extras, sized from their installed
distributions.

    python bench/bench_install.py
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import importlib.util
import os
import subprocess
import sys
import tempfile
import zipfile
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchors"))

from bench_footprint import _req_name, closure, count_files, dist_size, du, norm
from common import machine_line, print_table, write_json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def deps_bytes(names: list[str], skip: str) -> tuple[list[str], int]:
    seen: dict[str, Any] = {}
    for n in names:
        seen.update(closure(n))
    seen.pop(norm(skip), None)
    return sorted(seen), sum(dist_size(d) for d in seen.values() if d is not None)


def twilio_footprint() -> dict[str, Any]:
    spec = importlib.util.find_spec("twilio")
    assert spec is not None and spec.submodule_search_locations
    pkg = next(iter(spec.submodule_search_locations))
    direct = [n for n in (_req_name(r) for r in md.distribution("twilio").requires or []) if n]
    deps, dbytes = deps_bytes(direct, "twilio")
    return {
        "dir_bytes": du(pkg)[0],
        "src_bytes": du(pkg, exclude_pycache=True)[0],
        **count_files(pkg),
        "wheel_bytes": None,
        "direct_deps": direct,
        "deps": deps,
        "deps_bytes": dbytes,
    }


def callbox_footprint(tmp: str) -> dict[str, Any]:
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    wheels = os.path.join(tmp, "wheels")
    subprocess.run([*pip, "wheel", ROOT, "--no-deps", "-w", wheels], check=True)
    (whl,) = (os.path.join(wheels, f) for f in os.listdir(wheels) if f.endswith(".whl"))
    target = os.path.join(tmp, "site")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "--target", target, whl], check=True, env=env
    )
    pkg = os.path.join(target, "callbox")
    with zipfile.ZipFile(whl) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        lines = z.read(meta).decode().splitlines()
    reqs = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Requires-Dist:")]
    direct = [n for n in (_req_name(r) for r in reqs) if n]
    deps, dbytes = deps_bytes(direct, "callbox")
    return {
        "dir_bytes": du(pkg)[0],
        "src_bytes": du(pkg, exclude_pycache=True)[0],
        **count_files(pkg),
        "wheel_bytes": os.path.getsize(whl),
        "direct_deps": direct,
        "deps": deps,
        "deps_bytes": dbytes,
    }


def mb(n: float | None) -> str:
    return "-" if n is None else f"{n / 1e6:.2f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="PATH")
    ap.add_argument("--lib", help="ignored (always twilio vs callbox)")
    args = ap.parse_args()
    print("# bench_install  twilio (site-packages) vs callbox (wheel of the working tree)")
    print("# " + machine_line())
    tw = twilio_footprint()
    with tempfile.TemporaryDirectory(prefix="callbox-wheel-") as tmp:
        cb = callbox_footprint(tmp)

    def ratio(key: str) -> str:
        return f"{cb[key] / tw[key]:.3f}" if tw[key] and cb[key] is not None else "-"

    rows = [
        [
            "package dir, with __pycache__",
            mb(tw["dir_bytes"]),
            mb(cb["dir_bytes"]),
            ratio("dir_bytes"),
        ],
        ["package dir, sources only", mb(tw["src_bytes"]), mb(cb["src_bytes"]), ratio("src_bytes")],
        [".py files", str(tw["py_files"]), str(cb["py_files"]), ratio("py_files")],
        [".py lines", str(tw["py_lines"]), str(cb["py_lines"]), ratio("py_lines")],
        ["wheel", "2.53 MB (anchors)", mb(cb["wheel_bytes"]), "-"],
        [
            "direct deps",
            ", ".join(tw["direct_deps"]),
            ", ".join(cb["direct_deps"]) or "none",
            "-",
        ],
        ["deps in closure", str(len(tw["deps"])), str(len(cb["deps"])), "-"],
        ["deps installed", mb(tw["deps_bytes"]), mb(cb["deps_bytes"]), ratio("deps_bytes")],
        [
            "package + deps (dir with __pycache__ + deps)",
            mb(tw["dir_bytes"] + tw["deps_bytes"]),
            mb(cb["dir_bytes"] + cb["deps_bytes"]),
            f"{(cb['dir_bytes'] + cb['deps_bytes']) / (tw['dir_bytes'] + tw['deps_bytes']):.3f}",
        ],
    ]
    print()
    print_table(["metric", "twilio 9.13.0", "callbox (wheel)", "callbox / twilio"], rows)
    write_json(args.json, {"bench": "install", "twilio": tw, "callbox": cb})


if __name__ == "__main__":
    main()
