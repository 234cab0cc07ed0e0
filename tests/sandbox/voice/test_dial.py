"""<Dial> to people: a caller is put through to another sandbox app or an outside phone.

Each story is a caller (an outside phone with a script) calling the app's number, whose
TwiML dials someone; what both sides hear and what the app's Dial action is told is read
back over real HTTP.
"""

from __future__ import annotations

import io
import urllib.request
import wave
from typing import Any

import pytest

from callbox.sandbox import Sandbox, hang_up, press, say, silence
from callbox.sandbox.voice import Transcript

from .conftest import CALLER, NUMBER, TwimlApp

#: Another number of the app's account, with an app of its own.
SHOP = "+14155550124"
#: Outside phones the app dials.
BOB = "+14155550177"
CAROL = "+14155550188"

#: Fetches from the sandbox itself, never through a proxy.
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def dial_doc(nouns: str, **attrs: str) -> str:
    attributes = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<Response><Dial{attributes}>{nouns}</Dial></Response>"


def child_of(sandbox: Sandbox, parent: str) -> Any:
    (child,) = sandbox.client.calls.list(parent_call_sid=parent)
    return child


def at(transcript: Transcript, kind: str, **match: Any) -> float:
    """When the first event of ``kind`` with ``match`` happened on the call."""
    for event in transcript.events:
        if event.get("kind") == kind and all(event.get(k) == v for k, v in match.items()):
            return float(event["t"])
    raise AssertionError(f"no {kind} event {match} in\n{transcript}")


def test_a_caller_put_through_to_another_sandbox_app_talks_with_it(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/front-desk", dial_doc(f"<Number>{SHOP}</Number>", action="/after"))
    app.twiml("/after", "<Response><Say>Thanks for calling.</Say></Response>")
    app.twiml(
        "/shop",
        "<Response><Say>Plumbing shop, how can we help?</Say>"
        '<Gather input="speech" action="/shop-heard" timeout="10"/></Response>',
    )
    app.twiml("/shop-heard", "<Response><Say>A plumber is on the way.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/front-desk"))
    sandbox.seed_number(SHOP, voice_url=app.url("/shop"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(3), say("my sink is leaking")])

    # The shop's app gets an inbound call showing the caller's number, and hears them.
    (shop,) = app.requests("/shop")
    assert shop.signed and shop.form["Direction"] == "inbound"
    assert shop.form["From"] == CALLER and shop.form["To"] == SHOP
    (heard,) = app.requests("/shop-heard")
    assert heard.form["SpeechResult"] == "my sink is leaking"
    assert heard.form["CallSid"] == shop.form["CallSid"]
    # The caller hears the shop speak, then the front desk's action.
    assert [(h.what, str(h)) for h in transcript.heard] == [
        ("speech", "Plumbing shop, how can we help?"),
        ("speech", "A plumber is on the way."),
        ("say", "Thanks for calling."),
    ]
    (after,) = app.requests("/after")
    form = after.form
    assert after.signed and form["CallSid"] == transcript.sid
    assert form["DialCallStatus"] == "completed" and form["DialBridged"] == "true"
    child = sandbox.client.calls(form["DialCallSid"]).fetch()
    assert child.parent_call_sid == transcript.sid and child.direction == "outbound-dial"
    assert child.to == SHOP and child.from_ == CALLER
    assert child.status == "completed"
    # Shop answers at once; 3 s of silence, 2 s to speak, 2 s of reply: about 7 s.
    assert form["DialCallDuration"] == child.duration
    assert 6 <= int(form["DialCallDuration"]) <= 8
    assert sandbox.client.calls(shop.form["CallSid"]).fetch().status == "completed"


def test_an_outside_phone_that_picks_up_is_bridged_to_the_caller(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, answer="human", rings=2, script=[say("Bob speaking")])
    app.twiml("/voice", dial_doc(BOB, action="/after"))
    app.twiml("/after", "<Response/>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(2), say("hi Bob"), hang_up()])

    assert [(h.what, str(h)) for h in transcript.heard] == [("speech", "Bob speaking")]
    form = app.wait_for("/after")[0].form
    assert (form["DialCallStatus"], form["DialBridged"]) == ("completed", "true")
    bob = sandbox.transcript(form["DialCallSid"])
    assert ("speech", "hi Bob") in [(h.what, str(h)) for h in bob.heard]
    # Two rings of six seconds before Bob picked up.
    assert at(bob, "status", status="in-progress") - at(bob, "status", status="ringing") == (
        pytest.approx(12, abs=0.5)
    )
    assert sandbox.client.calls(form["DialCallSid"]).fetch().status == "completed"


@pytest.mark.parametrize(
    ("answer", "status"), [("busy", "busy"), ("no-answer", "no-answer"), ("fail", "failed")]
)
def test_a_phone_that_does_not_pick_up_sends_the_caller_to_the_action(
    sandbox: Sandbox, app: TwimlApp, answer: str, status: str
) -> None:
    sandbox.phone(BOB, answer=answer)
    app.twiml(
        "/voice",
        dial_doc(f"<Number>{BOB}</Number>", action="/after", timeout="12")[: -len("</Response>")]
        + "<Say>Never reached.</Say></Response>",
    )
    app.twiml("/after", lambda form: f"<Response><Say>{form['DialCallStatus']}</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said == status  # the action's TwiML ran, not the verb after the Dial
    form = app.requests("/after")[0].form
    assert form["DialCallStatus"] == status and form["DialBridged"] == "false"
    assert "DialCallDuration" not in form
    child = child_of(sandbox, transcript.sid)
    assert form["DialCallSid"] == child.sid
    assert child.status == status and child.duration is None
    if answer == "no-answer":
        # It rang for the Dial's 12-second timeout (skipped on the virtual clock).
        waited = at(transcript, "webhook", purpose="dial_action") - at(
            transcript, "verb", verb="Dial"
        )
        assert waited == pytest.approx(12, abs=0.5)


@pytest.mark.parametrize("answer", ["busy", "fail"])
def test_without_an_action_the_caller_goes_on_with_the_next_verb(
    sandbox: Sandbox, app: TwimlApp, answer: str
) -> None:
    sandbox.phone(BOB, answer=answer)
    app.twiml(
        "/voice",
        f"<Response><Dial>{BOB}</Dial><Say>Nobody could take your call.</Say></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said == "Nobody could take your call."
    assert transcript.status == "completed"
    assert [r.path for r in app.requests()] == ["/voice"]


def test_the_first_number_to_answer_wins_and_the_others_stop_ringing(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, rings=3, script=[say("Bob here")])
    sandbox.phone(CAROL, rings=1, script=[say("Carol here")])
    app.twiml(
        "/voice", dial_doc(f"<Number>{BOB}</Number><Number>{CAROL}</Number>", action="/after")
    )
    app.twiml("/after", "<Response/>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(5), hang_up()])

    assert [str(h) for h in transcript.heard] == ["Carol here"]
    calls = {c.to: c for c in sandbox.client.calls.list(parent_call_sid=transcript.sid)}
    assert set(calls) == {BOB, CAROL}
    assert calls[CAROL].status == "completed"
    assert calls[BOB].status == "canceled" and calls[BOB].duration is None
    assert app.requests("/after")[0].form["DialCallSid"] == calls[CAROL].sid


def test_star_hangs_up_the_dialed_party_and_the_caller_goes_on(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, script=[say("Bob speaking")])
    app.twiml(
        "/voice",
        f'<Response><Dial hangupOnStar="true">{BOB}</Dial>'
        "<Say>You are back at the front desk.</Say></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(3.8), press("*")])

    assert [str(h) for h in transcript.heard] == [
        "Bob speaking",
        "You are back at the front desk.",
    ]
    assert transcript.status == "completed"
    child = child_of(sandbox, transcript.sid)
    assert child.status == "completed"
    assert child.duration == "5"  # 3.8 s, then half a second to press the key: 4.3, rounded up
    # Bob never heard the star: it is the caller's signal to Twilio.
    assert "*" not in [str(h) for h in sandbox.transcript(child.sid).heard]


def test_a_caller_id_the_account_cannot_use_fails_the_dial_with_13214(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", dial_doc(BOB, action="/after", callerId="+14155559999"))
    app.twiml("/after", "<Response><Say>Sorry.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert app.requests("/after")[0].form["DialCallStatus"] == "failed"
    assert transcript.said == "Sorry."
    assert sandbox.client.calls.list(parent_call_sid=transcript.sid) == []
    notes = sandbox.client.calls(transcript.sid).notifications.list()
    assert [n.error_code for n in notes] == ["13214"]
    alerts = [
        a for a in sandbox.client.monitor.v1.alerts.list() if a.resource_sid == transcript.sid
    ]
    assert [a.error_code for a in alerts] == ["13214"]


@pytest.mark.parametrize(
    ("caller_id", "shown"), [(None, CALLER), (NUMBER, NUMBER), (CALLER, CALLER)]
)
def test_the_dialed_phone_sees_the_caller_id(
    sandbox: Sandbox, app: TwimlApp, caller_id: str | None, shown: str
) -> None:
    attrs = {"callerId": caller_id} if caller_id else {}
    app.twiml("/voice", dial_doc(f"<Number>{BOB}</Number>", **attrs))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(2), hang_up()])

    child = child_of(sandbox, transcript.sid)
    assert (child.from_, child.to, child.status) == (shown, BOB, "completed")


def test_a_whisper_plays_to_the_dialed_party_only_and_its_callbacks_name_the_parent(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, script=[say("Bob speaking")])
    app.twiml(
        "/voice",
        dial_doc(
            f'<Number url="/whisper" statusCallback="/bob-status"'
            f' statusCallbackEvent="initiated ringing answered completed">{BOB}</Number>'
        ),
    )
    app.twiml("/whisper", "<Response><Say>Call from the website.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(6), hang_up()])

    assert [str(h) for h in transcript.heard] == ["Bob speaking"]
    child = child_of(sandbox, transcript.sid)
    bob = sandbox.transcript(child.sid)
    assert [str(h) for h in bob.heard] == ["Call from the website."]
    (whisper,) = app.requests("/whisper")
    assert whisper.signed and whisper.form["CallSid"] == child.sid
    assert whisper.form["ParentCallSid"] == transcript.sid
    assert whisper.form["Direction"] == "outbound-dial"
    callbacks = app.wait_for("/bob-status", 4)
    assert [c.form["CallStatus"] for c in callbacks] == [
        "initiated",
        "ringing",
        "in-progress",
        "completed",
    ]
    assert {c.form["ParentCallSid"] for c in callbacks} == {transcript.sid}
    assert {c.form["CallSid"] for c in callbacks} == {child.sid}
    assert {c.form["Direction"] for c in callbacks} == {"outbound-dial"}
    assert all(c.signed for c in callbacks)
    assert callbacks[-1].form["CallDuration"] == child.duration


@pytest.mark.parametrize(
    ("mode", "channels", "rang"),
    [
        ("record-from-answer", 1, 0),
        ("record-from-answer-dual", 2, 0),
        ("record-from-ringing", 1, 6),
        ("true", 1, 0),
    ],
)
def test_a_recorded_dial_hands_the_recording_to_the_action(
    sandbox: Sandbox, app: TwimlApp, mode: str, channels: int, rang: int
) -> None:
    sandbox.phone(BOB, script=[silence(2), say("Bob speaking, how can I help")])
    app.twiml("/voice", dial_doc(BOB, action="/after", record=mode))
    app.twiml("/after", "<Response/>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(
        NUMBER, script=[silence(6), say("I would like a refund"), silence(1.7), hang_up()]
    )

    form = app.wait_for("/after")[0].form
    assert form["DialCallStatus"] == "completed"
    (recording,) = sandbox.client.recordings.list(call_sid=transcript.sid)
    assert recording.sid is not None
    assert form["RecordingUrl"].endswith(recording.sid)
    assert (recording.source, recording.status) == ("DialVerb", "completed")
    assert recording.call_sid == transcript.sid and recording.channels == channels
    # 9.7 s of conversation (silence kept: Dial does not trim), plus the ringing if asked.
    assert form["DialCallDuration"] == "10"
    assert recording.duration == form["RecordingDuration"] == str(10 + rang)
    with DIRECT.open(form["RecordingUrl"], timeout=10) as response:
        body = response.read()
    with wave.open(io.BytesIO(body)) as audio:
        assert audio.getnchannels() == channels
        assert audio.getnframes() == (10 + rang) * audio.getframerate()


def test_the_time_limit_ends_the_bridge(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.phone(BOB, script=[say("Bob speaking")])
    app.twiml(
        "/voice",
        f'<Response><Dial timeLimit="20">{BOB}</Dial><Say>Time is up.</Say></Response>',
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(300)])

    assert [str(h) for h in transcript.heard] == ["Bob speaking", "Time is up."]
    child = child_of(sandbox, transcript.sid)
    assert (child.status, child.duration) == ("completed", "20")


def test_a_caller_hanging_up_ends_the_dialed_leg_and_still_reaches_the_action(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, script=[silence(600)])
    app.twiml("/voice", dial_doc(BOB, action="/after"))
    app.twiml("/after", "<Response><Say>Nobody hears this.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(8), hang_up()])

    assert transcript.status == "completed" and transcript.heard == []
    form = app.wait_for("/after")[0].form
    assert form["DialCallStatus"] == "completed" and form["CallStatus"] == "completed"
    child = sandbox.client.calls(form["DialCallSid"]).fetch()
    assert child.status == "completed"
    assert child.duration == form["DialCallDuration"] == "8"


def test_a_callee_who_accepts_in_the_whisper_is_put_through(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, script=[press("1"), say("Bob speaking")])
    app.twiml("/voice", dial_doc(f'<Number url="/screen">{BOB}</Number>', action="/after"))
    app.twiml(
        "/screen",
        '<Response><Gather numDigits="1" action="/accept">'
        "<Say>Press 1 to take this call.</Say></Gather><Hangup/></Response>",
    )
    app.twiml("/accept", "<Response/>")
    app.twiml("/after", "<Response/>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(5), hang_up()])

    assert [str(h) for h in transcript.heard] == ["Bob speaking"]
    assert app.requests("/accept")[0].form["Digits"] == "1"
    form = app.wait_for("/after")[0].form
    assert (form["DialCallStatus"], form["DialBridged"]) == ("completed", "true")


def test_a_callee_who_declines_in_the_whisper_is_not_put_through(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, script=[silence(30)])
    app.twiml(
        "/voice",
        dial_doc(f'<Number url="/screen">{BOB}</Number>')[: -len("</Response>")]
        + "<Say>Bob is not available.</Say></Response>",
    )
    app.twiml(
        "/screen",
        '<Response><Gather numDigits="1" timeout="3" action="/accept">'
        "<Say>Press 1 to take this call.</Say></Gather><Hangup/></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said == "Bob is not available."
    assert app.requests("/accept") == []
    child = child_of(sandbox, transcript.sid)
    assert child.status == "completed"  # Bob picked up, then his whisper hung up
    assert [str(h) for h in sandbox.transcript(child.sid).heard] == ["Press 1 to take this call."]


def test_the_action_hears_that_the_whisper_declined(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", dial_doc(f'<Number url="/screen">{BOB}</Number>', action="/after"))
    app.twiml("/screen", "<Response><Say>Robocall.</Say><Hangup/></Response>")
    app.twiml("/after", "<Response><Say>Nobody took it.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said == "Nobody took it."
    form = app.requests("/after")[0].form
    assert (form["DialCallStatus"], form["DialBridged"]) == ("completed", "false")
    assert form["DialCallSid"] == child_of(sandbox, transcript.sid).sid


def test_a_whisper_may_not_dial_out(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", dial_doc(f'<Number url="/screen">{BOB}</Number>'))
    app.twiml("/screen", f"<Response><Dial>{CAROL}</Dial></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(3), hang_up()])

    child = child_of(sandbox, transcript.sid)
    assert [e["code"] for e in sandbox.transcript(child.sid).errors] == [13201]
    assert sandbox.client.calls.list(parent_call_sid=child.sid) == []


def test_another_sandbox_app_that_rejects_the_call_is_busy(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", dial_doc(f"<Number>{SHOP}</Number>", action="/after"))
    app.twiml("/after", lambda form: f"<Response><Say>{form['DialCallStatus']}</Say></Response>")
    app.twiml("/shop", '<Response><Reject reason="busy"/></Response>')
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    sandbox.seed_number(SHOP, voice_url=app.url("/shop"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said == "busy"
    assert child_of(sandbox, transcript.sid).status == "busy"
    shop = app.requests("/shop")[0].form["CallSid"]
    assert sandbox.client.calls(shop).fetch().status == "busy"


def test_clients_and_sip_addresses_are_dialed_like_phones(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.phone("client:alice", rings=2, script=[say("Alice here")])
    sandbox.phone("sip:desk@pbx.example.com", answer="busy")
    app.twiml(
        "/voice",
        dial_doc(
            "<Client><Identity>alice</Identity></Client><Sip>sip:desk@pbx.example.com</Sip>",
            action="/after",
        ),
    )
    app.twiml("/after", "<Response/>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(3), hang_up()])

    assert [str(h) for h in transcript.heard] == ["Alice here"]
    calls = {c.to: c for c in sandbox.client.calls.list(parent_call_sid=transcript.sid)}
    assert calls["client:alice"].status == "completed"
    assert calls["sip:desk@pbx.example.com"].status == "busy"
    assert app.wait_for("/after")[0].form["DialCallSid"] == calls["client:alice"].sid


def test_answer_on_bridge_keeps_the_caller_ringing_until_someone_answers(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, rings=3)
    app.twiml("/voice", dial_doc(BOB, answerOnBridge="true"))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[silence(2), hang_up()])

    answered = at(transcript, "status", status="in-progress")
    assert answered == pytest.approx(18, abs=0.5)  # three rings of six seconds
    call = sandbox.client.calls(transcript.sid).fetch()
    assert call.duration == "2"


def test_a_caller_who_hangs_up_while_it_rings_cancels_the_dial(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB, answer="live")  # rings until someone acts, in real time
    app.twiml("/voice", dial_doc(f"<Number>{BOB}</Number>", action="/after"))
    app.twiml("/after", "<Response><Say>Nobody hears this.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)
    ringing = sandbox.phone(BOB).wait_for_call()

    handle.hang_up()

    transcript = handle.wait()
    assert transcript.status == "completed" and transcript.heard == []
    form = app.wait_for("/after")[0].form
    assert form["DialCallStatus"] == "canceled" and form["DialBridged"] == "false"
    assert form["CallStatus"] == "completed"
    assert form["DialCallSid"] == ringing.sid
    assert sandbox.client.calls(ringing.sid).fetch().status == "canceled"


def test_a_live_redirect_of_the_caller_hangs_up_the_dialed_party(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.phone(BOB)
    app.twiml("/voice", dial_doc(BOB, action="/after"))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)
    sandbox.wait_for_event("call.status", status="in-progress", parent_call_sid=handle.sid)

    sandbox.client.calls(handle.sid).update(twiml="<Response><Say>Moved.</Say></Response>")

    transcript = handle.wait()
    assert transcript.said == "Moved."
    assert child_of(sandbox, handle.sid).status == "completed"
    assert app.requests("/after") == []  # a redirect takes the call away from the Dial
