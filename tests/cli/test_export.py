"""Exports: every record once, resumable after a network error, Ctrl-C or kill -9, and a
file under its final name only when it is complete."""

from __future__ import annotations

import csv
import json
import os
import signal
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from callbox.cli._commands.messages import EXPORT_FIELDS
from callbox.sandbox import Sandbox

from .conftest import NUMBER, PHONE, Cli, callbox
from .servers import Proxy

MESSAGES = "api.v2010.accounts.messages"
TOTAL = 250
PAGE = "50"


def seed_messages(sb: Sandbox, count: int, to: str = PHONE) -> set[str]:
    """``count`` messages written straight into the sandbox's store (one made by the API)."""
    first = sb.client.messages.create(to=to, from_=NUMBER, body="message 0")
    assert first.sid is not None
    sb.wait_for_event("message.status", sid=first.sid, status="delivered")
    template = sb.state.store.get(MESSAGES, first.sid)
    assert template is not None
    sids = {first.sid}
    for i in range(1, count):
        sid = "SM" + uuid.uuid4().hex
        sb.state.store.put(MESSAGES, {**template, "sid": sid, "_key": sid, "body": f"message {i}"})
        sids.add(sid)
    return sids


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def seeded(sb: Sandbox) -> set[str]:
    return seed_messages(sb, TOTAL)


def test_export_to_csv_writes_every_message_once(cb: Cli, seeded: set[str], tmp_path: Path) -> None:
    out = tmp_path / "march.csv"
    result = cb("messages", "export", "-o", str(out), "--page-size", PAGE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Exported {TOTAL} messages to {out} in ")
    rows = rows_of(out)
    assert [r["sid"] for r in rows] and {r["sid"] for r in rows} == seeded and len(rows) == TOTAL
    with out.open(encoding="utf-8") as f:
        assert next(csv.reader(f)) == list(EXPORT_FIELDS)
    assert {r["status"] for r in rows} == {"delivered"} and rows[-1]["body"] == "message 0"
    assert sorted(os.listdir(tmp_path)) == ["march.csv"]  # no .part left behind
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600  # message bodies are personal data


def test_export_to_json_lines_with_chosen_fields_and_filters(
    cb: Cli, sb: Sandbox, seeded: set[str], tmp_path: Path
) -> None:
    other = seed_messages(sb, 5, to="+14155550101")
    out = tmp_path / "to-other.jsonl"
    result = cb(
        "messages", "export", "-o", str(out), "--to", "+14155550101", "--fields", "sid,to,body"
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["sid"] for r in records} == other
    assert all(list(r) == ["sid", "to", "body"] for r in records)
    local = cb("messages", "export", "-o", str(tmp_path / "none.csv"), "--status", "failed")
    assert local.exit_code == 0 and rows_of(tmp_path / "none.csv") == []
    limited = cb("messages", "export", "-o", "-", "--format", "jsonl", "--limit", "7")
    assert len(limited.stdout.splitlines()) == 7


def test_a_network_error_mid_export_then_the_same_command_resumes(
    seeded: set[str], sb: Sandbox, proxy: Proxy, tmp_path: Path
) -> None:
    cb = Cli({**sb.env, "CALLBOX_BASE_URL": proxy.url})
    out = tmp_path / "out.csv"
    proxy.break_on(4)  # the 4th page's connection dies without an answer
    first = cb("messages", "export", "-o", str(out), "--page-size", PAGE)
    assert first.exit_code == 1
    assert "the export stopped after 150 records" in first.stderr
    assert "run the same command again to resume" in first.stderr
    assert not out.exists()  # nothing under the final name...
    assert Path(f"{out}.part").exists()  # ...the pages so far are kept aside
    state = json.loads(Path(f"{out}.part.json").read_text())
    assert state["written"] == 150 and "PageToken=" in state["next"]

    again = cb("messages", "export", "-o", str(out), "--page-size", PAGE)
    assert again.exit_code == 0, again.output
    assert "(resumed at 150)" in again.stdout
    sids = [r["sid"] for r in rows_of(out)]
    assert len(sids) == TOTAL and set(sids) == seeded  # none lost, none twice
    assert sorted(os.listdir(tmp_path)) == ["out.csv"]


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "callbox.cli", *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a test run started in the background (`pytest &`) ignores
        # SIGINT, and a child inherits that, so Ctrl+C would never reach the command.
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_kill_9_mid_export_loses_nothing_and_a_half_written_page_is_dropped(
    seeded: set[str], sb: Sandbox, proxy: Proxy, tmp_path: Path
) -> None:
    env = {**sb.env, "CALLBOX_BASE_URL": proxy.url}
    out = tmp_path / "out.jsonl"
    args = ["messages", "export", "-o", str(out), "--page-size", PAGE]
    proxy.hold_on(3)
    proc = _start(args, env)
    assert proxy.held.wait(30), "the export never asked for page 3"
    proc.kill()
    proc.communicate(timeout=30)
    proxy.release()
    assert not out.exists()
    part = Path(f"{out}.part")
    # Page 2 was handed out in full, but its checkpoint comes with page 3's first record:
    # killed in between, the resumed export fetches page 2 again (and rewrites it once).
    assert json.loads(Path(f"{out}.part.json").read_text())["written"] == 50
    # The process could as well have died in the middle of writing page 3:
    with part.open("ab") as f:
        f.write(b'{"sid": "SMhalf-a-page", "bo')
    done = callbox(*args, env=env)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == TOTAL and {r["sid"] for r in records} == seeded


def test_ctrl_c_mid_export_then_resume(
    seeded: set[str], sb: Sandbox, proxy: Proxy, tmp_path: Path
) -> None:
    env = {**sb.env, "CALLBOX_BASE_URL": proxy.url}
    out = tmp_path / "out.csv"
    args = ["messages", "export", "-o", str(out), "--page-size", PAGE]
    proxy.hold_on(3)
    proc = _start(args, env)
    assert proxy.held.wait(30)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    proxy.release()
    assert proc.returncode == 130, err
    assert "Interrupted after 100 records; run the same command again to resume." in err
    assert "Traceback" not in err and not out.exists()
    done = callbox(*args, env=env)
    assert done.returncode == 0, done.stderr
    sids = [r["sid"] for r in rows_of(out)]
    assert len(sids) == TOTAL and set(sids) == seeded


def test_other_options_do_not_resume_someone_elses_partial_export(
    seeded: set[str], sb: Sandbox, proxy: Proxy, tmp_path: Path
) -> None:
    cb = Cli({**sb.env, "CALLBOX_BASE_URL": proxy.url})
    out = tmp_path / "out.csv"
    proxy.break_on(2)
    assert cb("messages", "export", "-o", str(out), "--page-size", PAGE).exit_code == 1
    other = cb("messages", "export", "-o", str(out), "--page-size", PAGE, "--to", PHONE)
    assert other.exit_code == 2 and "--restart" in other.stderr
    fresh = cb(
        "messages", "export", "-o", str(out), "--page-size", PAGE, "--to", PHONE, "--restart"
    )
    assert fresh.exit_code == 0 and "resumed" not in fresh.stdout
    assert {r["sid"] for r in rows_of(out)} == seeded
    exists = cb("messages", "export", "-o", str(out))
    assert exists.exit_code == 2 and "--force" in exists.stderr
    assert cb("messages", "export", "-o", str(out), "--force", "-n", "3").exit_code == 0
    assert len(rows_of(out)) == 3
    nowhere = cb("messages", "export", "-o", str(tmp_path / "no" / "such.csv"))
    assert nowhere.exit_code == 2


def test_progress_shows_the_count_and_the_rate(cb: Cli, seeded: set[str], tmp_path: Path) -> None:
    result = cb(
        "messages", "export", "-o", str(tmp_path / "out.csv"), "--page-size", PAGE, "--progress"
    )
    assert result.exit_code == 0
    assert f"{TOTAL} records" in result.stderr and "records/s" in result.stderr
    quiet = cb("messages", "export", "-o", str(tmp_path / "q.csv"), "-q")
    assert (quiet.stdout, quiet.stderr) == (f"{tmp_path / 'q.csv'}\n", "")
    as_json = cb("messages", "export", "-o", str(tmp_path / "j.csv"), "--json")
    assert json.loads(as_json.stdout)["records"] == TOTAL


def test_export_calls(cb: Cli, sb: Sandbox, tmp_path: Path) -> None:
    sb.phone("+14155550177", script=[])
    for _ in range(3):
        placed = sb.client.calls.create(
            to="+14155550177", from_=NUMBER, twiml="<Response><Say>Hi.</Say></Response>"
        )
        sb.wait_for_event("call.status", sid=placed.sid, status="completed")
    out = tmp_path / "calls.csv"
    result = cb("calls", "export", "-o", str(out), "--to", "+14155550177")
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert len(rows) == 3 and {r["to"] for r in rows} == {"+14155550177"}
    assert list(rows[0])[:5] == ["sid", "date_created", "start_time", "end_time", "duration"]
