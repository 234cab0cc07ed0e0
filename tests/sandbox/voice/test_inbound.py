"""An outside phone calls a number the app owns: the number's TwiML runs, signed, in order."""

from __future__ import annotations

from callbox.sandbox import Sandbox, press, silence

from .conftest import CALLER, NUMBER, TwimlApp


def test_a_caller_walks_an_ivr_and_hears_every_prompt(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml(
        "/voice",
        '<Response><Gather numDigits="1" action="/menu">'
        "<Say>Press 1 for sales, 2 for support.</Say></Gather>"
        "<Say>We did not get that.</Say></Response>",
    )
    app.twiml(
        "/menu", lambda form: f"<Response><Say>You pressed {form['Digits']}.</Say></Response>"
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("2")])

    assert transcript.status == "completed"
    assert [str(h) for h in transcript.heard] == [
        "Press 1 for sales, 2 for support.",
        "You pressed 2.",
    ]
    first, menu = app.requests()
    assert first.path == "/voice" and first.signed
    assert first.form["CallStatus"] == "ringing" and first.form["Direction"] == "inbound"
    assert first.form["From"] == CALLER and first.form["To"] == NUMBER
    assert menu.form["Digits"] == "2" and menu.form["CallStatus"] == "in-progress"
    call = sandbox.client.calls(transcript.sid).fetch()
    assert call.status == "completed" and call.direction == "inbound"


def test_silence_falls_through_the_gather(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml(
        "/voice",
        '<Response><Gather action="/menu" timeout="3"><Say>Press a key.</Say></Gather>'
        "<Say>Goodbye.</Say></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(10)])

    assert transcript.said.splitlines() == ["Press a key.", "Goodbye."]
    assert app.requests("/menu") == []
    # 1.2 s of prompt, the 3-second timeout, 0.5 s of goodbye: 4.7 s, on the virtual clock.
    assert sandbox.client.calls(transcript.sid).fetch().duration == "5"


def test_a_reset_in_the_middle_of_calls_leaves_nothing_behind(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", '<Response><Say>Hold on.</Say><Pause length="600"/></Response>')
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)  # live: the pause is real time
    handle.wait_for("Hold on.")

    sandbox.reset()

    assert sandbox.client.calls.list() == []
    assert sandbox.control("GET", "/_sandbox/calls")["calls"] == []
    assert sandbox.client.incoming_phone_numbers.list() == []
