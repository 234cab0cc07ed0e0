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
    dir_bytes = du(pkg)[0]
    return {
        "dir_bytes": dir_bytes,
        "src_bytes": du(pkg, exclude_pycache=True)[0],
        **count_files(pkg),
        "wheel_bytes": None,
        "direct_deps": direct,
        "deps": deps,
        "deps_bytes": dbytes,
        "total_bytes": dir_bytes + dbytes,
    }


def _wheel_requires(whl: str) -> list[str]:
    with zipfile.ZipFile(whl) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        lines = z.read(meta).decode().splitlines()
    return [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Requires-Dist:")]


def _direct(wheels: list[str]) -> list[str]:
    """The distributions a set of wheels requires directly, besides each other; a
    requirement of ``callbox[extra]`` (callbox-sandbox's) brings that extra's in."""
    from pip._vendor.packaging.requirements import Requirement

    reqs = [Requirement(line) for w in wheels for line in _wheel_requires(w)]
    extras = {"", *(e for r in reqs if r.name == "callbox" for e in r.extras)}
    return sorted(
        {
            r.name
            for r in reqs
            if r.name not in ("callbox", "callbox-sandbox")
            and (r.marker is None or any(r.marker.evaluate({"extra": e}) for e in extras))
        }
    )


def callbox_footprint(tmp: str, with_sandbox: bool) -> dict[str, Any]:
    """callbox's wheel installed alone, or with the callbox-sandbox wheel beside it
    (what ``pip install 'callbox[sandbox]'`` installs: both, into one ``callbox`` folder)."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    wheels = os.path.join(tmp, "wheels")
    if not os.path.isdir(wheels):
        projects = [ROOT, os.path.join(ROOT, "packaging", "sandbox")]
        subprocess.run([*pip, "wheel", *projects, "--no-deps", "-w", wheels], check=True)
    found = {f.split("-")[0]: os.path.join(wheels, f) for f in os.listdir(wheels)}
    chosen = [found["callbox"]] + ([found["callbox_sandbox"]] if with_sandbox else [])
    target = os.path.join(tmp, "site-sandbox" if with_sandbox else "site")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "--target", target, *chosen],
        check=True,
        env=env,
    )
    pkg = os.path.join(target, "callbox")
    direct = _direct(chosen)
    deps, dbytes = deps_bytes(direct, "callbox")
    dir_bytes = du(pkg)[0]
    return {
        "dir_bytes": dir_bytes,
        "src_bytes": du(pkg, exclude_pycache=True)[0],
        **count_files(pkg),
        "wheel_bytes": sum(os.path.getsize(w) for w in chosen),
        "direct_deps": direct,
        "deps": deps,
        "deps_bytes": dbytes,
        "total_bytes": dir_bytes + dbytes,
    }


def mb(n: float | None) -> str:
    return "-" if n is None else f"{n / 1e6:.2f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="PATH")
    ap.add_argument("--lib", help="ignored (always twilio vs callbox)")
    args = ap.parse_args()
    print("# bench_install  twilio (site-packages) vs callbox (wheels of the working tree)")
    print("# " + machine_line())
    tw = twilio_footprint()
    with tempfile.TemporaryDirectory(prefix="callbox-wheel-") as tmp:
        cb = callbox_footprint(tmp, with_sandbox=False)
        full = callbox_footprint(tmp, with_sandbox=True)

    def cells(key: str, show: Any = mb) -> list[str]:
        out = [show(tw[key])]
        for mine in (cb, full):
            ratio = f" ({mine[key] / tw[key]:.3f})" if tw[key] and mine[key] is not None else ""
            out.append(show(mine[key]) + ratio)
        return out

    rows = [
        ["package dir, with __pycache__", *cells("dir_bytes")],
        ["package dir, sources only", *cells("src_bytes")],
        [".py files", *cells("py_files", str)],
        [".py lines", *cells("py_lines", str)],
        ["wheel(s)", "2.53 MB (anchors)", mb(cb["wheel_bytes"]), mb(full["wheel_bytes"])],
        ["direct deps", *(", ".join(x["direct_deps"]) or "none" for x in (tw, cb, full))],
        ["deps in closure", *(str(len(x["deps"])) for x in (tw, cb, full))],
        ["deps installed", *cells("deps_bytes")],
        ["package + deps", *cells("total_bytes")],
    ]
    print()
    headers = ["metric", "twilio 9.13.0", "callbox (ratio)", "callbox[sandbox] (ratio)"]
    print_table(headers, rows)
    write_json(args.json, {"bench": "install", "twilio": tw, "callbox": cb, "with_sandbox": full})


if __name__ == "__main__":
    main()
