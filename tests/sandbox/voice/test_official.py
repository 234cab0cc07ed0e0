"""Code written for the official libraries places and controls sandbox calls unchanged."""

from __future__ import annotations

import json
import pathlib
import subprocess

import pytest

from callbox.sandbox import Sandbox, press

from ..test_core_twilio_official import SandboxHttpClient, _node_with_twilio
from .conftest import NUMBER, TwimlApp

twilio = pytest.importorskip("twilio")

from twilio.base.exceptions import TwilioRestException  # noqa: E402
from twilio.rest import Client as TwilioClient  # noqa: E402

PHONE = "+14155550188"
IVR = (
    '<Response><Gather numDigits="1" action="/pressed"><Say>Press a key.</Say></Gather></Response>'
)


@pytest.fixture
def official(sandbox: Sandbox) -> TwilioClient:
    return TwilioClient(
        sandbox.account_sid, sandbox.auth_token, http_client=SandboxHttpClient(sandbox.base_url)
    )


def test_twilio_python_places_a_call_that_runs_the_apps_twiml(
    sandbox: Sandbox, app: TwimlApp, official: TwilioClient
) -> None:
    app.twiml("/ivr", IVR)
    app.twiml(
        "/pressed", lambda form: f"<Response><Say>You pressed {form['Digits']}.</Say></Response>"
    )
    sandbox.seed_number(NUMBER)
    sandbox.phone(PHONE, script=[press("4")])

    call = official.calls.create(
        to=PHONE,
        from_=NUMBER,
        url=app.url("/ivr"),
        status_callback=app.url("/status"),
        status_callback_event=["initiated", "ringing", "answered", "completed"],
    )
    assert call.status == "queued" and call.sid.startswith("CA")

    statuses = [h.form["CallStatus"] for h in app.wait_for("/status", count=4)]
    assert statuses == ["initiated", "ringing", "in-progress", "completed"]
    assert app.requests("/pressed")[0].form["Digits"] == "4"
    done = official.calls(call.sid).fetch()
    assert done.status == "completed" and done.direction == "outbound-api"
    assert int(done.duration) > 0 and done.start_time < done.end_time
    assert [c.sid for c in official.calls.list(status="completed", to=PHONE)] == [call.sid]
    assert sandbox.transcript(call.sid).said.splitlines() == ["Press a key.", "You pressed 4."]


def test_twilio_python_redirects_and_hangs_up_a_live_call(
    sandbox: Sandbox, app: TwimlApp, official: TwilioClient
) -> None:
    app.twiml("/hold", '<Response><Say>Hold.</Say><Pause length="30"/></Response>')
    sandbox.seed_number(NUMBER)
    phone = sandbox.phone(PHONE, answer="live")
    call = official.calls.create(to=PHONE, from_=NUMBER, url=app.url("/hold"))
    handle = phone.wait_for_call()
    handle.answer()
    handle.wait_for("Hold.")

    official.calls(call.sid).update(
        twiml='<Response><Say>Moved.</Say><Pause length="30"/></Response>'
    )
    handle.wait_for("Moved.")
    ended = official.calls(call.sid).update(status="completed")
    assert ended.status == "completed"
    assert handle.wait().status == "completed"

    with pytest.raises(TwilioRestException) as refused:
        official.calls(call.sid).update(url=app.url("/hold"))
    assert (refused.value.status, refused.value.code) == (400, 21220)


def test_twilio_node_places_and_follows_a_call(sandbox: Sandbox, app: TwimlApp) -> None:
    node = _node_with_twilio()
    if node is None:
        pytest.skip("needs node and the twilio npm package (set NODE_PATH to its node_modules)")
    app.twiml("/ivr", "<Response><Say>Hello from Node.</Say></Response>")
    sandbox.seed_number(NUMBER)
    script = pathlib.Path(__file__).parent / "node" / "calls_check.js"
    args = [sandbox.base_url, sandbox.account_sid, sandbox.auth_token, NUMBER, PHONE]
    out = subprocess.run(
        [node, str(script), *args, app.url("/ivr")], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["created"] == "queued" and result["status"] == "completed"
    assert result["direction"] == "outbound-api" and int(result["duration"]) > 0
    assert result["code"] == 21220 and result["listed"] == [result["sid"]]
    assert sandbox.transcript(result["sid"]).said == "Hello from Node."
