"""Calls survive a crash as Twilio's would: kill -9 the sandbox mid-call, start it again,
and every call ends with its final status callback; nothing acknowledged is lost."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from callbox.sandbox import Sandbox
from tests.support import free_port

from .conftest import NUMBER, TwimlApp

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

SID, TOKEN = "AC" + "e" * 32, "f" * 32
HOLD = '<Response><Say>Please hold.</Say><Pause length="600"/></Response>'


def _sandbox(db: Path, port: int) -> Sandbox:
    return Sandbox(
        mode="subprocess", db=str(db), port=port, clock="real", account_sid=SID, auth_token=TOKEN
    ).start()


@pytest.fixture
def holding_app(served_app: TwimlApp) -> TwimlApp:
    """The served app, emptied: ``/hold`` keeps a call going; it checks this file's token."""
    served_app.reset()
    served_app.token = TOKEN
    served_app.twiml("/hold", HOLD)
    return served_app


def test_calls_in_progress_end_after_kill_9_and_restart(
    tmp_path: Path, holding_app: TwimlApp
) -> None:
    app = holding_app
    db, port = tmp_path / "sandbox.db", free_port()
    first = _sandbox(db, port)
    try:
        first.seed_number(NUMBER, voice_url=app.url("/hold"), status_callback=app.url("/ended"))
        inbound = [first.phone(f"+1415555010{i}").call(NUMBER, wait=False).sid for i in range(3)]
        for i in range(2):
            first.phone(f"+1415555020{i}", rings=0)  # real time: no six-second ring
        outbound: list[str] = []
        for i in range(2):
            placed = first.client.calls.create(
                to=f"+1415555020{i}",
                from_=NUMBER,
                url=app.url("/hold"),
                status_callback=app.url("/ended"),
            )
            assert placed.sid is not None
            outbound.append(placed.sid)
        calls = inbound + outbound
        for sid in calls:
            first.wait_for_event("call.status", sid=sid, status="in-progress", timeout=20)
        assert first._process is not None
        os.kill(first._process.pid, signal.SIGKILL)
        first._process.wait()
    finally:
        first._process = None
        first.stop()

    again = _sandbox(db, port)
    try:
        for sid in calls:
            again.wait_for_event("call.status", sid=sid, status="completed", timeout=20)
            call = again.client.calls(sid).fetch()
            assert call.status == "completed"
            assert call.end_time is not None and int(call.duration or -1) >= 0
        hits = app.wait_for("/ended", count=len(calls))
        finals = sorted(h.form["CallSid"] for h in hits if h.form["CallStatus"] == "completed")
        assert finals == sorted(calls)  # each call's last callback, exactly once
        assert all(h.signed for h in hits)
        assert again.control("GET", "/_sandbox/calls")["calls"] == []  # nothing left running
    finally:
        again.stop()


def test_a_graceful_stop_ends_calls_in_progress_with_their_final_callback(
    tmp_path: Path, holding_app: TwimlApp
) -> None:
    app = holding_app
    db, port = tmp_path / "sandbox.db", free_port()
    first = _sandbox(db, port)
    try:
        first.seed_number(NUMBER, voice_url=app.url("/hold"), status_callback=app.url("/ended"))
        calls = [first.phone(f"+1415555030{i}").call(NUMBER, wait=False).sid for i in range(3)]
        for sid in calls:
            first.wait_for_event("call.status", sid=sid, status="in-progress", timeout=20)
    finally:
        first.stop()  # SIGTERM: the server shuts down cleanly

    hits = app.wait_for("/ended", count=len(calls))
    assert sorted(h.form["CallSid"] for h in hits) == sorted(calls)
    assert {h.form["CallStatus"] for h in hits} == {"completed"}

    again = _sandbox(db, port)
    try:
        for sid in calls:
            assert again.client.calls(sid).fetch().status == "completed"
        assert again.control("GET", "/_sandbox/calls")["calls"] == []
    finally:
        again.stop()
    assert len(app.requests("/ended")) == len(calls)  # nothing sent twice after the restart
