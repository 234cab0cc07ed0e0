"""`callbox sandbox` records where it runs; `--sandbox` with no URL finds it there."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from callbox.sandbox import Sandbox

from .conftest import NUMBER, PHONE, Cli, callbox


def _wait_for(path: Path, timeout: float = 20) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            return dict(json.loads(path.read_text()))
        time.sleep(0.02)
    raise AssertionError(f"{path} never appeared")


@pytest.fixture
def running(clean_environment: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """`callbox sandbox` in a process of its own, as a user starts it."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "callbox.cli",
            "sandbox",
            "--port",
            "0",
            "--db",
            ":memory:",
            "--clock",
            "virtual",
            "--step-delay",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env=dict(os.environ),
    )
    try:
        yield proc, clean_environment / "sandbox.json"
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(20)
        assert proc.stdout is not None
        proc.stdout.close()


def test_the_state_file_is_private_and_commands_find_the_sandbox_through_it(
    running: tuple[subprocess.Popen[str], Path], run: Cli
) -> None:
    proc, path = running
    state = _wait_for(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert state["pid"] == proc.pid and str(state["url"]).startswith("http://127.0.0.1:")
    assert str(state["account_sid"]).startswith("AC") and state["auth_token"]

    # In process and as a process, with nothing else in the environment.
    sent = run(
        "--sandbox", "--json", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "found you"
    )
    assert sent.exit_code == 0, sent.output
    assert json.loads(sent.stdout)["account_sid"] == state["account_sid"]
    listed = callbox("messages", "list", "--sandbox", "--jsonl")
    assert listed.returncode == 0, listed.stderr
    assert [json.loads(x)["body"] for x in listed.stdout.splitlines()] == ["found you"]
    assert str(state["auth_token"]) not in sent.output + listed.stdout + listed.stderr
    attached = Sandbox.attach(
        str(state["url"]), str(state["account_sid"]), str(state["auth_token"])
    )
    with attached as live:  # the text really reached the phone outside
        assert live.phone(PHONE).wait_for_message(body="found you")["from"] == NUMBER

    # The URL given explicitly is the same sandbox: its credentials come from the file too.
    again = run("--sandbox", str(state["url"]), "messages", "list", "-q")
    assert again.exit_code == 0 and len(again.stdout.split()) == 1

    proc.send_signal(signal.SIGINT)  # Ctrl+C
    proc.wait(20)
    assert not path.exists()  # removed on exit
    gone = run("--sandbox", "messages", "list")
    assert gone.exit_code == 2 and "no running sandbox found" in gone.stderr


def test_a_state_file_left_by_a_killed_sandbox_is_called_stale(
    running: tuple[subprocess.Popen[str], Path], run: Cli
) -> None:
    proc, path = running
    _wait_for(path)
    proc.kill()
    proc.wait(20)
    assert path.exists()  # kill -9 leaves it behind...
    result = run("--sandbox", "messages", "list")
    assert result.exit_code == 2 and "no longer running" in result.stderr  # ...and it is known


def test_the_banner_says_how_to_use_it(running: tuple[subprocess.Popen[str], Path]) -> None:
    proc, path = running
    assert proc.stdout is not None
    banner: list[str] = []
    while not banner or "Stop it with Ctrl+C." not in banner[-1]:
        banner.append(proc.stdout.readline())
    assert path.exists()
    proc.terminate()
    proc.wait(20)
    assert "or run any command with --sandbox: callbox --sandbox messages list" in "".join(banner)
    assert not path.exists()


def test_a_sandbox_in_a_test_leaves_the_state_file_alone(clean_environment: Path) -> None:
    with Sandbox(mode="subprocess") as sb:
        assert sb.client.messages.list() == []
        assert not (clean_environment / "sandbox.json").exists()
    no_file = callbox("sandbox", "--port", "0", "--no-state-file", "--help")
    assert no_file.returncode == 0 and "--no-state-file" in no_file.stdout


def test_a_url_the_file_does_not_know_takes_the_environments_credentials(
    sb: Sandbox, run: Cli
) -> None:
    bare = run("--sandbox", sb.base_url, "messages", "list")
    assert bare.exit_code == 2 and "TWILIO_ACCOUNT_SID" in bare.stderr
    env = {"TWILIO_ACCOUNT_SID": sb.account_sid, "TWILIO_AUTH_TOKEN": sb.auth_token}
    port = sb.base_url.rsplit(":", 1)[1]
    for given in (sb.base_url, f"127.0.0.1:{port}", port):
        result = run("--sandbox", given, "messages", "list", **env)
        assert result.exit_code == 0, (given, result.output)
