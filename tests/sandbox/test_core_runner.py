"""Driving the sandbox from Python: Sandbox, outside phones, waits, reset, the plugin, the CLI."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from callbox.errors import NotFoundError
from callbox.sandbox import Sandbox, SandboxError


def test_a_test_sends_a_message_and_the_phone_gets_it(sandbox: Sandbox) -> None:
    sandbox.reset()
    sandbox.seed_number("+14155550123")
    alice = sandbox.phone("+14155550100")
    message = sandbox.client.messages.create(
        to=alice.number, from_="+14155550123", body="Your code is 1234"
    )
    got = alice.wait_for_message(body="Your code is 1234", timeout=5)
    assert got["sid"] == message.sid and got["from"] == "+14155550123"
    delivered = sandbox.wait_for_event("message.status", sid=message.sid, status="delivered")
    assert delivered["kind"] == "message.status"
    assert [m["sid"] for m in alice.inbox] == [message.sid]


def test_an_outside_phone_texts_a_sandbox_number(sandbox: Sandbox) -> None:
    sandbox.reset()
    sandbox.seed_number("+14155550124", friendly_name="support line")
    bob = sandbox.phone("+14155550199")
    inbound = bob.send_sms(to="+14155550124", body="hello?")
    assert inbound["direction"] == "inbound" and inbound["body"] == "hello?"
    stored = sandbox.client.messages(inbound["sid"]).fetch()
    assert stored.from_ == "+14155550199" and stored.direction == "inbound"
    with pytest.raises(SandboxError) as refused:
        bob.send_sms(to="+14155550999", body="nobody owns this")
    assert refused.value.status == 404


def test_waits_give_up_quickly_when_nothing_comes(sandbox: Sandbox) -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        sandbox.wait_for_event("never.happens", timeout=0.3)
    with pytest.raises(TimeoutError):
        sandbox.phone("+14155550111").wait_for_message(body="never", timeout=0.3)
    assert time.monotonic() - started < 3


def test_reset_forgets_records_but_keeps_the_credentials(sandbox: Sandbox) -> None:
    service = sandbox.client.verify.v2.services.create(friendly_name="temporary")
    assert service.sid is not None
    sid, token = sandbox.account_sid, sandbox.auth_token
    sandbox.reset()
    assert (sandbox.account_sid, sandbox.auth_token) == (sid, token)
    with pytest.raises(NotFoundError):
        sandbox.client.verify.v2.services(service.sid).fetch()
    assert sandbox.events(kind="sandbox.reset")


def test_seeding_checks_its_input(sandbox: Sandbox) -> None:
    sandbox.reset()
    number = sandbox.seed_number("+14155550125", sms_url="http://127.0.0.1:9/sms")
    assert number["sid"].startswith("PN") and number["sms_url"] == "http://127.0.0.1:9/sms"
    assert sandbox.client.incoming_phone_numbers(number["sid"]).fetch().phone_number == (
        "+14155550125"
    )
    for bad in ("4155550125", "+1415555012x", ""):
        with pytest.raises(SandboxError):
            sandbox.seed_number(bad)
    with pytest.raises(SandboxError) as taken:
        sandbox.seed_number("+14155550125")
    assert taken.value.status == 400


def test_the_control_api_needs_the_main_account(sandbox: Sandbox) -> None:
    import httpx

    assert httpx.get(f"{sandbox.base_url}/_sandbox/health").status_code == 200
    assert httpx.post(f"{sandbox.base_url}/_sandbox/reset").status_code == 401
    sub = sandbox.client.api.v2010.accounts.create(friendly_name="not the boss")
    assert sub.sid and sub.auth_token
    refused = httpx.post(f"{sandbox.base_url}/_sandbox/reset", auth=(sub.sid, sub.auth_token))
    assert refused.status_code == 403


def test_pinned_credentials_and_the_environment_line() -> None:
    sid, token = "AC" + "1" * 32, "f" * 32
    with Sandbox(account_sid=sid, auth_token=token) as sb:
        assert (sb.account_sid, sb.auth_token) == (sid, token)
        assert sb.env == {
            "CALLBOX_BASE_URL": sb.base_url,
            "TWILIO_ACCOUNT_SID": sid,
            "TWILIO_AUTH_TOKEN": token,
        }
        assert sb.client.api.v2010.accounts(sid).fetch().status == "active"
    assert not sb.running


async def test_the_async_client(sandbox: Sandbox) -> None:
    service = await sandbox.async_client.verify.v2.services.create(friendly_name="async")
    assert service.sid is not None
    fetched = await sandbox.async_client.verify.v2.services(service.sid).fetch()
    assert fetched.friendly_name == "async"


def test_subprocess_mode() -> None:
    with Sandbox(mode="subprocess") as sb:
        assert sb.running
        queue = sb.client.queues.create(friendly_name="in a child process")
        assert queue.sid is not None
        assert sb.client.queues(queue.sid).fetch().friendly_name == "in a child process"
    assert not sb.running


def test_the_pytest_fixture(callbox_sandbox: Sandbox) -> None:
    made = callbox_sandbox.client.verify.v2.services.create(friendly_name="from the fixture")
    assert [s.sid for s in callbox_sandbox.client.verify.v2.services.list()] == [made.sid]


def test_the_pytest_fixture_starts_clean(
    callbox_sandbox_server: Sandbox, request: pytest.FixtureRequest
) -> None:
    # What an earlier test may leave on the session's server: a record, a step delay, a clock.
    callbox_sandbox_server.client.verify.v2.services.create(friendly_name="left behind")
    callbox_sandbox_server.set_step_delay(0)
    callbox_sandbox_server.set_clock("real")
    dirty = callbox_sandbox_server.settings()
    assert (dirty["step_delay_configured"], dirty["clock"]) == (0, "real")

    sandbox: Sandbox = request.getfixturevalue("callbox_sandbox")  # its setup runs now
    assert sandbox is callbox_sandbox_server
    assert sandbox.client.verify.v2.services.list() == []
    settings = sandbox.settings()
    assert (settings["step_delay_configured"], settings["clock"]) == (None, "virtual")


def test_cli_help_and_missing_extra_message() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "callbox.cli", "sandbox", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 0 and "--port" in out.stdout and "--db" in out.stdout
    code = (
        "import sys; sys.modules['click'] = None\n"
        "from callbox.cli import main\n"
        "sys.exit(main(['sandbox']))\n"
    )
    missing = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert missing.returncode == 2
    assert "pip install 'callbox[sandbox]'" in missing.stderr


def test_reset_stops_work_still_running_from_before(sandbox: Sandbox) -> None:
    sandbox.reset()
    sandbox.seed_number("+14155550126")
    message = sandbox.client.messages.create(
        to="+14155550100", from_="+14155550126", body="in flight"
    )
    sandbox.reset()
    after = sandbox.events()[-1]["seq"]
    with pytest.raises(TimeoutError):  # its delivery never completes after the reset...
        sandbox.wait_for_event("message.status", sid=message.sid, after=after, timeout=0.5)
    assert sandbox.client.messages.list() == []  # ...and nothing comes back to life


def test_cli_refuses_a_port_in_use() -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "callbox.cli",
                "sandbox",
                "--port",
                str(port),
                "--db",
                ":memory:",
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert out.returncode != 0 and f"cannot listen on 127.0.0.1:{port}" in out.stderr


def test_records_behaviours_build_for_a_subaccount_belong_to_it(sandbox: Sandbox) -> None:
    from callbox.sandbox._access import get_account
    from callbox.sandbox._hooks import Ctx

    sub = sandbox.client.api.v2010.accounts.create(friendly_name="owner")
    assert sub.sid and sub.auth_token
    state = sandbox.state
    main = get_account(state, sandbox.account_sid)
    assert main is not None
    ctx = Ctx(state, main, sandbox.account_sid)
    record = ctx.new_record(
        "api.v2010.accounts.messages", path={"AccountSid": sub.sid}, body="for the sub"
    )
    assert record["account_sid"] == sub.sid and record["body"] == "for the sub"
    assert record["uri"].startswith(f"/2010-04-01/Accounts/{sub.sid}/Messages/SM")
    state.store.put("api.v2010.accounts.messages", record)
    as_sub = sandbox.client_for(sub.sid, sub.auth_token)
    assert as_sub.messages(record["sid"]).fetch().body == "for the sub"


def test_a_file_database_keeps_the_account_and_records(tmp_path: Path) -> None:
    db = str(tmp_path / "kept.db")
    with Sandbox(db=db) as first:
        sid, token = first.account_sid, first.auth_token
        queue = first.client.queues.create(friendly_name="still here")
        assert queue.sid is not None
    with Sandbox(db=db) as second:
        assert (second.account_sid, second.auth_token) == (sid, token)
        assert second.client.queues(queue.sid).fetch().friendly_name == "still here"


def _start_cli(db: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """Run ``callbox sandbox`` as a user would; the variables its export line sets."""
    import os
    import queue
    import threading

    env = {k: v for k, v in os.environ.items() if not k.startswith(("CALLBOX_", "TWILIO_"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "callbox.cli", "sandbox", "--port", "0", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    stdout = proc.stdout
    assert stdout is not None

    def pump() -> None:
        for line in stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if line.strip().startswith("export "):
            pairs = line.split("export", 1)[1].split()
            return proc, dict(pair.split("=", 1) for pair in pairs)
    proc.kill()
    raise AssertionError("callbox sandbox printed no export line")


def _stop_cli(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_the_cli_prints_the_line_that_points_a_client_at_it_and_keeps_its_account(
    tmp_path: Path,
) -> None:
    from callbox import Client

    db = str(tmp_path / "cli.db")
    proc, first = _start_cli(db)
    try:
        assert set(first) == {"CALLBOX_BASE_URL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"}
        assert first["CALLBOX_BASE_URL"].startswith("http://127.0.0.1:")
        with Client(environment=first, proxy="") as client:  # exactly what the line exports
            queue = client.queues.create(friendly_name="made through the printed line")
            assert queue.sid is not None
    finally:
        _stop_cli(proc)
    proc, second = _start_cli(db)  # the same database: the same account, the same records
    try:
        assert second["TWILIO_ACCOUNT_SID"] == first["TWILIO_ACCOUNT_SID"]
        assert second["TWILIO_AUTH_TOKEN"] == first["TWILIO_AUTH_TOKEN"]
        with Client(environment=second, proxy="") as client:
            assert client.queues(queue.sid).fetch().friendly_name == "made through the printed line"
    finally:
        _stop_cli(proc)


def test_messages_can_come_from_a_short_code_the_account_was_given(sandbox: Sandbox) -> None:
    from callbox.errors import RestError

    sandbox.reset()
    code = sandbox.seed_short_code("24680", sms_url="http://127.0.0.1:9/sms")
    assert code["sid"].startswith("SC") and code["short_code"] == "24680"
    assert code["sms_url"] == "http://127.0.0.1:9/sms" and code["sms_method"] == "POST"
    listed = sandbox.client.api.v2010.short_codes.list()
    assert [c.short_code for c in listed] == ["24680"]

    alice = sandbox.phone("+14155550150")
    sent = sandbox.client.messages.create(to=alice.number, from_="24680", body="Your code: 9")
    assert sent.from_ == "24680" and sent.status == "queued"
    assert alice.wait_for_message(body="Your code: 9")["sid"] == sent.sid

    # Only the account that was given the short code may send from it.
    sub = sandbox.client.api.v2010.accounts.create(friendly_name="no short code")
    assert sub.sid and sub.auth_token
    with pytest.raises(RestError) as info:
        sandbox.client_for(sub.sid, sub.auth_token).messages.create(
            to=alice.number, from_="24680", body="not mine"
        )
    assert info.value.code == 21606
    for bad in ("1234", "1234567", "12a45", "24680"):
        with pytest.raises(SandboxError) as refused:
            sandbox.seed_short_code(bad)
        assert refused.value.status == 400
