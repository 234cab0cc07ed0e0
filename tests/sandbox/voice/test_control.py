"""The app controls a live call (``POST Calls/{Sid}.json``): redirect it to new TwiML, hang
it up, cancel it while it rings; and Twilio's refusals.

Live calls (a phone with ``answer="live"``, a ``wait=False`` caller without a script) run in
real time, so their TwiML stays short.
"""

from __future__ import annotations

from typing import Any

import pytest

from callbox.errors import RestError
from callbox.sandbox import CallHandle, Sandbox

from .conftest import CALLER, NUMBER, TwimlApp

CALLEE = "+14155550177"

#: A document the redirect interrupts: the pause would keep the call up for a minute.
HOLDING = '<Response><Say>Hold.</Say><Pause length="60"/><Say>Still holding.</Say></Response>'


def place_live(sandbox: Sandbox, app: TwimlApp, **options: Any) -> tuple[str, CallHandle]:
    """The app calls a live phone; returns the call's sid and the ringing phone's handle."""
    sandbox.seed_number(NUMBER)
    phone = sandbox.phone(CALLEE, answer="live")
    call = sandbox.client.calls.create(to=CALLEE, from_=NUMBER, url=app.url("/voice"), **options)
    handle = phone.wait_for_call()
    assert handle.sid == call.sid
    return call.sid, handle


def test_update_url_redirects_a_call_in_progress_at_once(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    app.twiml("/next", "<Response><Say>Connecting you.</Say></Response>")
    sid, handle = place_live(sandbox, app)
    handle.answer()
    handle.wait_for("Hold.")

    updated = sandbox.client.calls(sid).update(url=app.url("/next"), method="GET")
    transcript = handle.wait()

    assert updated.status == "in-progress"
    assert transcript.said.splitlines() == ["Hold.", "Connecting you."]  # the pause stopped
    (redirect,) = app.requests("/next")
    assert redirect.method == "GET" and redirect.signed
    assert redirect.query["CallSid"] == sid and redirect.query["CallStatus"] == "in-progress"
    call = sandbox.client.calls(sid).fetch()
    assert call.status == "completed" and int(call.duration or 0) < 60


def test_update_twiml_redirects_an_inbound_call(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)
    handle.wait_for("Hold.")

    updated = sandbox.client.calls(handle.sid).update(
        twiml="<Response><Say>An agent is free.</Say></Response>"
    )
    transcript = handle.wait()

    assert updated.status == "in-progress"
    assert transcript.said.splitlines() == ["Hold.", "An agent is free."]
    assert transcript.status == "completed"
    assert [h.path for h in app.requests()] == ["/voice"]


def test_status_completed_hangs_up_a_call_in_progress(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sid, handle = place_live(sandbox, app, status_callback=app.url("/status"))
    handle.answer()
    handle.wait_for("Hold.")

    updated = sandbox.client.calls(sid).update(status="completed")
    transcript = handle.wait()

    assert updated.status == "completed"
    assert transcript.status == "completed"
    assert "Still holding." not in transcript.said
    (final,) = app.wait_for("/status")
    assert final.form["CallStatus"] == "completed"
    call = sandbox.client.calls(sid).fetch()
    assert call.status == "completed" and call.duration is not None and call.price is not None


def test_status_canceled_stops_a_ringing_call(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sid, handle = place_live(sandbox, app, status_callback=app.url("/status"))

    updated = sandbox.client.calls(sid).update(status="canceled")
    transcript = handle.wait(timeout=2)

    assert updated.status == "canceled"
    assert transcript.status == "canceled" and transcript.heard == []
    assert app.requests("/voice") == []
    (final,) = app.wait_for("/status")
    assert final.form["CallStatus"] == "canceled"
    call = sandbox.client.calls(sid).fetch()
    assert call.status == "canceled" and call.duration is None and call.price is None


def test_status_completed_on_a_ringing_call_cancels_it(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sid, handle = place_live(sandbox, app)

    updated = sandbox.client.calls(sid).update(status="completed")

    assert updated.status == "canceled"
    assert handle.wait(timeout=2).status == "canceled"
    assert app.requests("/voice") == []


def test_status_canceled_does_not_touch_a_call_in_progress(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sid, handle = place_live(sandbox, app)
    handle.answer()
    handle.wait_for("Hold.")

    updated = sandbox.client.calls(sid).update(status="canceled")

    assert updated.status == "in-progress"
    assert sandbox.client.calls(sid).fetch().status == "in-progress"
    assert handle.status == "in-progress"
    sandbox.client.calls(sid).update(status="completed")
    assert handle.wait().status == "completed"


def test_a_finished_or_ringing_call_cannot_be_redirected(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sid, handle = place_live(sandbox, app)

    with pytest.raises(RestError) as ringing:
        sandbox.client.calls(sid).update(twiml="<Response><Say>Too soon.</Say></Response>")
    handle.decline()
    handle.wait()
    with pytest.raises(RestError) as over:
        sandbox.client.calls(sid).update(url=app.url("/next"))

    for error in (ringing.value, over.value):
        assert (error.status, error.code) == (400, 21220)
        assert error.msg == "Call is not in-progress. Cannot redirect."
    assert app.requests() == []


def test_a_live_phone_that_declines_makes_the_call_busy(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", HOLDING)
    sid, handle = place_live(sandbox, app, status_callback=app.url("/status"))

    handle.decline()
    transcript = handle.wait()

    assert transcript.status == "busy" and transcript.heard == []
    assert app.requests("/voice") == []
    (final,) = app.wait_for("/status")
    assert final.form["CallStatus"] == "busy"
    assert sandbox.client.calls(sid).fetch().duration is None
