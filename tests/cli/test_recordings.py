"""Recordings: listed, downloaded as whole files, and a second run fetches only what is new."""

from __future__ import annotations

import json
import os
from pathlib import Path

from callbox.sandbox import Sandbox, say

from .conftest import NUMBER, Cli

CALLEE = "+14155550177"
TWIML = '<Response><Say>Leave a message.</Say><Pause length="2"/></Response>'


def recorded_call(cb: Cli, sb: Sandbox) -> str:
    sb.phone(CALLEE, script=[say("hello there")])
    placed = cb(
        "call",
        "make",
        "-q",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--record",
        "--wait",
        "--twiml",
        TWIML,
    )
    assert placed.exit_code == 0, placed.output
    return placed.stdout.strip()


def test_list_and_download_recordings(cb: Cli, sb: Sandbox, tmp_path: Path) -> None:
    first, second = recorded_call(cb, sb), recorded_call(cb, sb)
    sb.wait_for_event("recording.completed", call_sid=second, timeout=10)
    listed = [json.loads(x) for x in cb("recordings", "list", "--jsonl").stdout.splitlines()]
    assert [r["call_sid"] for r in listed] == [second, first]
    only = cb("recordings", "list", "--call", first, "-q").stdout.split()
    assert only == [listed[1]["sid"]]

    folder = tmp_path / "audio"
    result = cb("recordings", "download", "-d", str(folder), "--call", first)
    assert result.exit_code == 0, result.output
    assert "1 downloaded" in result.stderr and "0 already there" in result.stderr
    assert os.listdir(folder) == [f"{listed[1]['sid']}.wav"]
    audio = (folder / f"{listed[1]['sid']}.wav").read_bytes()
    assert audio[:4] == b"RIFF" and audio[8:12] == b"WAVE"

    again = cb("recordings", "download", "-d", str(folder), "--jsonl")
    assert again.exit_code == 0, again.output
    states = {json.loads(x)["sid"]: json.loads(x)["state"] for x in again.stdout.splitlines()}
    assert states == {listed[0]["sid"]: "downloaded", listed[1]["sid"]: "already there"}
    assert sorted(os.listdir(folder)) == sorted(f"{r['sid']}.wav" for r in listed)
    assert not any(name.endswith(".part") for name in os.listdir(folder))


def test_no_recordings(cb: Cli, tmp_path: Path) -> None:
    assert cb("recordings", "list").stderr == "No recordings.\n"
    result = cb("recordings", "download", "-d", str(tmp_path / "none"))
    assert result.exit_code == 0 and "0 downloaded" in result.stderr
