"""Every call's transcript: from Python, from the control API as JSON, and as log lines."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from callbox.sandbox import Sandbox, press
from tests.support import free_port

from .conftest import CALLER, NUMBER, TwimlApp

MENU = '<Response><Gather numDigits="1" action="/menu"><Say>Press 1.</Say></Gather></Response>'


def test_the_control_api_serves_the_transcript_and_long_polls_for_more(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", MENU)
    app.twiml("/menu", "<Response><Say>Thanks.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)  # a live caller
    handle.wait_for("Press 1.")

    auth = (sandbox.account_sid, sandbox.auth_token)
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=30) as http:
        so_far = http.get(f"/_sandbox/calls/{handle.sid}").json()
        assert so_far["status"] == "in-progress" and so_far["ended"] is False
        seen = so_far["next"]
        started = time.monotonic()
        handle.press("1")
        more = http.get(f"/_sandbox/calls/{handle.sid}", params={"after": seen, "wait": 10}).json()
        assert time.monotonic() - started < 5  # answered when events arrived, not at the timeout
        assert more["events"] and more["events"][0]["kind"] == "caller"
        done = handle.wait()
        assert done.status == "completed"
        final = http.get(f"/_sandbox/calls/{handle.sid}").json()
        assert final["ended"] is True and final["status"] == "completed"
        kinds = [e["kind"] for e in final["events"]]
        assert kinds[0] == "status" and kinds[-1] == "status"
        assert {"webhook", "verb", "heard", "caller", "note"} <= set(kinds)
        (first,) = [e for e in final["events"] if e["kind"] == "webhook"][:1]
        assert first["params"]["CallSid"] == handle.sid and first["status_code"] == 200
        assert http.get("/_sandbox/calls/CA" + "0" * 32).status_code == 404
        assert http.get(f"/_sandbox/calls/{handle.sid}", params={"after": "x"}).status_code == 400


def test_input_needs_a_call_in_progress_with_a_person(sandbox: Sandbox) -> None:
    auth = (sandbox.account_sid, sandbox.auth_token)
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=30) as http:
        gone = http.post("/_sandbox/calls/CA" + "1" * 32 + "/input", json={"press": "1"})
        assert gone.status_code == 404 and gone.json()["code"] == 20404
        deep = "[" * 100 + "]" * 100
        bad = http.post(
            f"/_sandbox/phones/{CALLER}/calls",
            content=f'{{"to": "{NUMBER}", "script": {deep}}}',
            headers={"content-type": "application/json"},
        )
        assert bad.status_code == 400 and bad.json()["code"] in (20001, 21201)


def test_a_bad_script_is_refused_with_the_step_named(sandbox: Sandbox) -> None:
    auth = (sandbox.account_sid, sandbox.auth_token)
    sandbox.seed_number(NUMBER)
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=30) as http:
        answer = http.post(
            f"/_sandbox/phones/{CALLER}/calls",
            json={"to": NUMBER, "script": [{"press": "1"}, {"press": "x"}]},
        )
    assert answer.status_code == 400
    assert "script step 1" in answer.json()["message"]


def test_callbox_sandbox_prints_a_line_per_call_event(served_app: TwimlApp) -> None:
    sid, token = "AC" + "c" * 32, "d" * 32
    app = served_app
    app.reset()
    app.token = token
    app.twiml("/voice", MENU)
    app.twiml("/menu", "<Response><Say>Bye.</Say></Response>")
    port = free_port()
    env = dict(os.environ, CALLBOX_SANDBOX_ACCOUNT_SID=sid, CALLBOX_SANDBOX_AUTH_TOKEN=token)
    cmd = [sys.executable, "-m", "callbox.cli", "sandbox", "--port", str(port), "--db", ":memory:"]
    proc = subprocess.Popen(
        [*cmd, "--clock", "virtual"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        with Sandbox.attach(f"http://127.0.0.1:{port}", sid, token) as sb:
            sb.seed_number(NUMBER, voice_url=app.url("/voice"))
            transcript = sb.phone(CALLER).call(NUMBER, script=[press("1")])
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    lines = [line for line in out.splitlines() if line.startswith(f"call {transcript.sid[:12]}")]
    assert any("status ringing" in line for line in lines)
    assert any("caller press '1'" in line for line in lines)
    assert any("heard [man]: 'Bye.'" in line for line in lines)
    assert lines[-1].endswith("status completed")
    assert token not in out.split("Stop it with Ctrl+C.")[-1]  # no secret in the call log
