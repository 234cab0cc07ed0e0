"""Configuration that is not state: the step delay survives resets; proxies never interfere."""

from __future__ import annotations

import subprocess
import sys

import pytest

from callbox.sandbox import Sandbox, SandboxError
from tests.support import free_port


def _dead_proxy(monkeypatch: pytest.MonkeyPatch) -> str:
    """Point every proxy variable at a port where nothing listens (a proxy would fail)."""
    url = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, url)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return url


def _seconds_to_deliver(sb: Sandbox, sid: str) -> float:
    delivered = sb.wait_for_event("message.status", sid=sid, status="delivered", timeout=10)
    queued = sb.events("message.status", sid=sid, status="queued")[0]
    return float(delivered["time"]) - float(queued["time"])


_SCRIPT = """
from callbox.sandbox import Sandbox

with Sandbox(step_delay=0) as sb:
    sb.seed_number("+14155550140")
    alice = sb.phone("+14155550141")
    assert alice.send_sms(to="+14155550140", body="in")["body"] == "in"
    sent = sb.client.messages.create(to=alice.number, from_="+14155550140", body="back")
    assert alice.wait_for_message(body="back")["sid"] == sent.sid
    sub = sb.client.api.v2010.accounts.create(friendly_name="direct too")
    assert sb.client_for(sub.sid, sub.auth_token).queues.list() == []
print("OK")
"""


def test_a_developer_whose_shell_exports_a_proxy_can_still_drive_the_sandbox(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _dead_proxy(monkeypatch)  # set before the process starts, as in a real shell
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0 and out.stdout.strip() == "OK", out.stderr[-2000:]


async def test_the_async_client_ignores_environment_proxies(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dead_proxy(monkeypatch)
    service = await sandbox.async_client.verify.v2.services.create(friendly_name="no proxy")
    assert service.friendly_name == "no proxy"


def test_a_subprocess_sandbox_takes_its_step_delay_and_ignores_proxies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _dead_proxy(monkeypatch)  # inherited by the child process as well
    with Sandbox(mode="subprocess", step_delay=0.25) as sb:
        assert sb.settings()["step_delay"] == 0.25
        sb.seed_number("+14155550142")
        sent = sb.client.messages.create(to="+14155550143", from_="+14155550142", body="slow")
        assert sent.sid is not None
        # queued → sending → sent → delivered: three pauses of 0.25 s.
        assert _seconds_to_deliver(sb, sent.sid) >= 0.7


def test_reset_keeps_the_step_delay() -> None:
    with Sandbox(step_delay=0.2) as sb:
        sb.reset()
        assert sb.settings() == {
            "step_delay": 0.2,
            "step_delay_configured": 0.2,
            "clock": "virtual",
        }
        sb.seed_number("+14155550144")
        slow = sb.client.messages.create(to="+14155550145", from_="+14155550144", body="1")
        assert slow.sid is not None
        assert _seconds_to_deliver(sb, slow.sid) >= 0.55

        sb.set_step_delay(0)
        sb.reset()
        assert sb.settings()["step_delay"] == 0
        sb.seed_number("+14155550144")
        fast = sb.client.messages.create(to="+14155550145", from_="+14155550144", body="2")
        assert fast.sid is not None
        assert _seconds_to_deliver(sb, fast.sid) < 0.55

        sb.set_step_delay(None)  # back to the default
        assert sb.settings()["step_delay_configured"] is None


def test_the_step_delay_is_checked() -> None:
    with pytest.raises(ValueError):
        Sandbox(step_delay=-1)
    with Sandbox() as sb:
        for bad in ("-1", "soon", "nan", "1e9"):
            with pytest.raises(SandboxError) as info:
                sb.control("POST", "/_sandbox/settings", [("StepDelay", bad)])
            assert info.value.status == 400
    out = subprocess.run(
        [sys.executable, "-m", "callbox.cli", "sandbox", "--step-delay", "-2", "--db", ":memory:"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 2 and "--step-delay" in out.stderr


def test_the_cli_documents_the_step_delay() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "callbox.cli", "sandbox", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 0 and "--step-delay SECONDS" in out.stdout
