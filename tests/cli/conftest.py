"""Fixtures for the command's tests: a sandbox, the command (in process and as a process),
a TwiML app, and a proxy that breaks or holds connections on cue.

Every test gets its own config folder (``CALLBOX_CONFIG_DIR``) and an environment
without Twilio or callbox settings, so nothing on the machine leaks in or out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from callbox.cli._root import cli
from callbox.sandbox import Sandbox

from .servers import Proxy, TwimlApp

NUMBER = "+15005550006"  # the magic sender: works without owning it
PHONE = "+14155550100"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A config folder of the test's own; no TWILIO_*/CALLBOX_* variable from outside."""
    for name in list(os.environ):
        if name.startswith(("TWILIO_", "CALLBOX_")):
            monkeypatch.delenv(name)
    folder = tmp_path / "config"
    monkeypatch.setenv("CALLBOX_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="package")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(step_delay=0) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox) -> Sandbox:
    """The package's sandbox, emptied."""
    sandbox.reset()
    return sandbox


class Cli:
    """The command, run in process with click's runner."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.env = env or {}
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, **env: str) -> Result:
        return self.runner.invoke(cli, list(args), input=input, env={**self.env, **env})


@pytest.fixture
def run() -> Cli:
    """The command with no credentials at all."""
    return Cli()


@pytest.fixture
def cb(sb: Sandbox) -> Cli:
    """The command pointed at the sandbox through the environment, as `sb.env` says."""
    return Cli(sb.env)


def callbox(
    *args: str, env: dict[str, str] | None = None, input: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The command as a process (``python -m callbox.cli``), with this process's environment."""
    return subprocess.run(
        [sys.executable, "-m", "callbox.cli", *args],
        env={**os.environ, **(env or {})},
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="package")
def twiml_app() -> Iterator[TwimlApp]:
    app = TwimlApp()
    yield app
    app.close()


@pytest.fixture
def proxy(sb: Sandbox) -> Iterator[Proxy]:
    found = Proxy(sb.base_url)
    yield found
    found.close()
