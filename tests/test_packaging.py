"""How callbox ships: two wheels built from one tree.

``callbox`` is the client, TwiML, webhooks, tokens, flows and the command; ``callbox-sandbox``
(``packaging/sandbox``) adds ``callbox/sandbox/`` to the same package, and ``pip install
'callbox[sandbox]'`` installs both. A user's production install therefore carries no test
server, and one with the sandbox works as the source tree does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import callbox
from callbox.sandbox.console.routes import STATIC

ROOT = Path(__file__).resolve().parents[1]
CONSOLE = "callbox/sandbox/console/"


def _pip(*args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PIP_REQUIRE_VIRTUALENV"}
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args]
    subprocess.run(command, check=True, capture_output=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheels")
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT))
    _pip(
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        str(out),
        str(ROOT / "packaging/sandbox"),
    )
    (main,) = out.glob("callbox-*.whl")
    (sandbox,) = out.glob("callbox_sandbox-*.whl")
    return {"callbox": main, "sandbox": sandbox}


def _names(wheel: Path) -> set[str]:
    return set(zipfile.ZipFile(wheel).namelist())


def _metadata(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".dist-info/" + suffix))
        return z.read(name).decode()


def _install(wheels: list[Path], target: Path) -> None:
    _pip("install", "--no-deps", "--no-index", "--target", str(target), *map(str, wheels))


def _run(target: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter that finds callbox in ``target`` before this source tree."""
    env = dict(os.environ, PYTHONPATH=str(target))
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, env=env, cwd=target
    )


def test_the_client_wheel_holds_no_sandbox_and_the_sandbox_wheel_nothing_else(
    wheels: dict[str, Path],
) -> None:
    main, sandbox = _names(wheels["callbox"]), _names(wheels["sandbox"])
    assert "callbox/rest/_client.py" in main and "callbox/description/api.jsonl" in main
    assert not {n for n in main if n.startswith("callbox/sandbox/")}
    assert "pytest11" not in _metadata(wheels["callbox"], "entry_points.txt")

    code = {n for n in sandbox if not n.startswith("callbox_sandbox-")}
    assert code and all(n.startswith("callbox/sandbox/") for n in code)
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in code)
    shipped = {
        CONSOLE + p.relative_to(STATIC.parent).as_posix() for p in STATIC.rglob("*") if p.is_file()
    }
    assert shipped <= code  # the console's assets
    tree = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "callbox/sandbox").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert tree <= code  # every module of the tree


def test_the_versions_are_pinned_both_ways(wheels: dict[str, Path]) -> None:
    version = callbox.__version__
    main = _metadata(wheels["callbox"], "METADATA")
    sandbox = _metadata(wheels["sandbox"], "METADATA")
    assert f"\nVersion: {version}\n" in main and f"\nVersion: {version}\n" in sandbox
    assert f"Requires-Dist: callbox-sandbox=={version}; extra == 'sandbox'" in main
    assert f"Requires-Dist: callbox[cli]=={version}" in sandbox
    assert "[pytest11]\ncallbox = callbox.sandbox.pytest_plugin" in _metadata(
        wheels["sandbox"], "entry_points.txt"
    )


def test_callbox_alone_imports_and_says_how_to_get_the_sandbox(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    _install([wheels["callbox"]], tmp_path)
    found = _run(tmp_path, "-c", "import callbox.twiml, callbox.rest; print(callbox.__file__)")
    assert found.returncode == 0 and found.stdout.startswith(str(tmp_path)), found.stderr

    missing = _run(tmp_path, "-c", "import callbox.sandbox")
    assert "No module named 'callbox.sandbox'" in missing.stderr

    for command in ("sandbox", "demo"):
        answer = _run(tmp_path, "-m", "callbox.cli", command)
        assert answer.returncode != 0
        assert "pip install 'callbox[sandbox]'" in answer.stderr
        assert "Traceback" not in answer.stderr


def test_both_wheels_make_one_package_with_the_sandbox_and_its_plugin(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    _install([wheels["callbox"], wheels["sandbox"]], tmp_path)
    code = (
        "import json, importlib.metadata as md, callbox.sandbox, callbox.sandbox.server\n"
        "plugins = [e.value for e in md.entry_points(group='pytest11') if e.name == 'callbox']\n"
        "print(json.dumps([callbox.sandbox.__file__, plugins]))\n"
    )
    answer = _run(tmp_path, "-c", code)
    assert answer.returncode == 0, answer.stderr
    where, plugins = json.loads(answer.stdout)
    assert where == str(tmp_path / "callbox/sandbox/__init__.py")
    assert "callbox.sandbox.pytest_plugin" in plugins
