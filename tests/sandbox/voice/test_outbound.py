"""The app places calls (``POST Calls.json``): Twilio's checks, the call's life and its
status callbacks, machine detection, and every option of a call as Twilio applies it."""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import pytest
from starlette.responses import Response

from callbox.errors import RestError
from callbox.sandbox import CallHandle, Sandbox, Transcript

from .conftest import NUMBER, Hit, TwimlApp, form_of

#: An outside phone the app calls.
CALLEE = "+14155550177"

ALL_EVENTS = ["initiated", "ringing", "answered", "completed"]

#: ``Tue, 01 Dec 2026 13:52:22 +0000``
RFC_2822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


def finished(sandbox: Sandbox, sid: str) -> Transcript:
    """The call's transcript once it is over (its last status callback has gone out)."""
    return CallHandle(sandbox, sid).wait(timeout=10)


def when(stamp: str) -> datetime:
    """An RFC 2822 date as Twilio sends it in webhooks."""
    return email.utils.parsedate_to_datetime(stamp)


def event_index(transcript: Transcript, **match: Any) -> int:
    """Where the first event with these fields is in the transcript."""
    for i, event in enumerate(transcript.events):
        if all(event.get(k) == v for k, v in match.items()):
            return i
    raise AssertionError(f"no event {match!r} in\n{transcript}")


def event_t(transcript: Transcript, **match: Any) -> float:
    return float(transcript.events[event_index(transcript, **match)]["t"])


def refused(call: Callable[[], object]) -> RestError:
    """The error a ``calls.create`` answered with."""
    with pytest.raises(RestError) as caught:
        call()
    return caught.value


# ---------------------------------------------------------------- the life of a call


def test_status_callbacks_follow_the_call_in_order(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", '<Response><Pause length="5"/></Response>')

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/voice"),
        status_callback=app.url("/status"),
        status_callback_event=ALL_EVENTS,
    )
    assert call.sid is not None
    assert call.status == "queued" and call.direction == "outbound-api"
    finished(sandbox, call.sid)

    hits = app.wait_for("/status", 4)
    forms = [h.form for h in hits]
    assert [f["CallStatus"] for f in forms] == ["initiated", "ringing", "in-progress", "completed"]
    assert [f["SequenceNumber"] for f in forms] == ["0", "1", "2", "3"]
    assert all(f["CallbackSource"] == "call-progress-events" for f in forms)
    assert all(h.signed and h.method == "POST" for h in hits)
    assert all(f["CallSid"] == call.sid and f["Direction"] == "outbound-api" for f in forms)
    assert all(RFC_2822.match(f["Timestamp"]) for f in forms), forms[0]["Timestamp"]
    stamps = [when(f["Timestamp"]) for f in forms]
    # One ring (6 s) before the answer, then 5 s of TwiML, on the virtual clock.
    assert stamps[2] - stamps[1] == timedelta(seconds=6)
    assert stamps[3] - stamps[2] == timedelta(seconds=5)
    assert [("CallDuration" in f) for f in forms] == [False, False, False, True]
    assert forms[3]["CallDuration"] == "5"

    (voice,) = app.requests("/voice")
    assert voice.signed
    assert voice.form["CallStatus"] == "in-progress"
    assert voice.form["Direction"] == "outbound-api"
    assert (voice.form["From"], voice.form["To"]) == (NUMBER, CALLEE)

    fetched = sandbox.client.calls(call.sid).fetch()
    assert fetched.status == "completed"
    assert fetched.duration == "5"  # the six seconds of ringing are not talk time
    assert fetched.date_created and fetched.start_time and fetched.end_time
    assert fetched.start_time - fetched.date_created == timedelta(seconds=6)
    assert fetched.end_time - fetched.start_time == timedelta(seconds=5)
    assert fetched.price is not None and float(fetched.price) < 0
    assert fetched.price_unit == "USD"


def test_without_status_callback_event_only_completed_is_sent(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", "<Response><Say>Your order has shipped.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, url=app.url("/voice"), status_callback=app.url("/status")
    )
    assert call.sid is not None
    finished(sandbox, call.sid)

    (status,) = app.requests("/status")
    assert status.signed
    assert status.form["CallStatus"] == "completed"
    assert status.form["SequenceNumber"] == "0"
    assert status.form["CallDuration"] == sandbox.client.calls(call.sid).fetch().duration


def test_inline_twiml_runs_without_asking_the_app(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, twiml="<Response><Say>Hello from inline TwiML.</Say></Response>"
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.said == "Hello from inline TwiML."
    assert transcript.status == "completed"
    assert app.requests() == []


def test_url_wins_over_twiml(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", "<Response><Say>From the URL.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/voice"),
        twiml="<Response><Say>Inline.</Say></Response>",
    )
    assert call.sid is not None

    assert finished(sandbox, call.sid).said == "From the URL."


def test_a_verified_caller_id_may_place_calls(sandbox: Sandbox, app: TwimlApp) -> None:
    mobile = "+14155550142"
    app.twiml("/voice", "<Response><Say>Calling from my mobile.</Say></Response>")
    sandbox.client.outgoing_caller_ids.create(phone_number=mobile)

    call = sandbox.client.calls.create(to=CALLEE, from_=mobile, url=app.url("/voice"))
    assert call.sid is not None

    assert finished(sandbox, call.sid).status == "completed"
    assert app.requests("/voice")[0].form["From"] == mobile


def test_an_application_supplies_the_url_and_the_status_callback(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/app-voice", "<Response><Say>Application speaking.</Say></Response>")
    application = sandbox.client.applications.create(
        friendly_name="dialer",
        voice_url=app.url("/app-voice"),
        status_callback=app.url("/app-status"),
    )

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        application_sid=application.sid,
        status_callback=app.url("/ignored"),  # the application's settings win
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.said == "Application speaking."
    (voice,) = app.requests("/app-voice")
    assert voice.signed and voice.form["CallSid"] == call.sid
    (status,) = app.requests("/app-status")
    assert status.form["CallStatus"] == "completed"
    assert app.requests("/ignored") == []


def test_an_unknown_or_foreign_application_is_refused(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    sub = sandbox.client.api.v2010.accounts.create(friendly_name="another team")
    assert sub.sid and sub.auth_token
    theirs = (
        sandbox.client_for(sub.sid, sub.auth_token)
        .applications.create(friendly_name="theirs", voice_url=app.url("/theirs"))
        .sid
    )

    for sid in ("AP" + "0" * 32, theirs):
        error = refused(
            partial(sandbox.client.calls.create, to=CALLEE, from_=NUMBER, application_sid=sid)
        )
        assert (error.status, error.code) == (400, 21218)
    assert app.requests() == []


# ---------------------------------------------------------------- when nobody answers


@pytest.mark.parametrize(
    ("answer", "status", "seconds"),
    [("busy", "busy", 2.0), ("fail", "failed", 1.0), ("no-answer", "no-answer", 10.0)],
)
def test_a_call_that_is_not_answered_ends_without_running_twiml(
    sandbox: Sandbox, app: TwimlApp, answer: str, status: str, seconds: float
) -> None:
    sandbox.seed_number(NUMBER)
    sandbox.phone(CALLEE, answer=answer)
    app.twiml("/voice", "<Response><Say>Hello?</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/voice"),
        timeout=10,
        status_callback=app.url("/status"),
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.status == status
    assert transcript.heard == []
    # busy and failed tell quickly; no-answer rings for the whole timeout
    assert event_t(transcript, kind="status", status=status) == pytest.approx(seconds, abs=0.1)
    assert app.requests("/voice") == []
    (final,) = app.requests("/status")
    assert final.form["CallStatus"] == status
    fetched = sandbox.client.calls(call.sid).fetch()
    assert fetched.status == status
    assert fetched.duration is None and fetched.start_time is None and fetched.price is None


def test_a_timeout_shorter_than_the_rings_is_no_answer(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    sandbox.phone(CALLEE, rings=3)  # picks up after 18 s

    call = sandbox.client.calls.create(to=CALLEE, from_=NUMBER, url=app.url("/voice"), timeout=15)
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.status == "no-answer"
    assert event_t(transcript, kind="status", status="no-answer") == pytest.approx(15, abs=0.1)
    assert app.requests("/voice") == []


# ---------------------------------------------------------------- options of a call


def test_send_digits_are_heard_before_the_twiml_runs(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", "<Response><Say>Extension reached.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, url=app.url("/voice"), send_digits="w1234#"
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert [(h.what, str(h)) for h in transcript.heard] == [
        ("digits", "w1234#"),
        ("say", "Extension reached."),
    ]
    assert event_index(transcript, kind="heard", what="digits") < event_index(
        transcript, kind="webhook", purpose="voice_url"
    )


def test_time_limit_ends_the_call(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", '<Response><Pause length="60"/><Say>Too late.</Say></Response>')

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, url=app.url("/voice"), time_limit=10
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.status == "completed"
    assert "Too late." not in transcript.said
    assert sandbox.client.calls(call.sid).fetch().duration == "10"


# ---------------------------------------------------------------- answering machine detection


def test_detection_finds_a_human(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", "<Response><Say>Hi there.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, url=app.url("/voice"), machine_detection="Enable"
    )
    assert call.sid is not None
    finished(sandbox, call.sid)

    (voice,) = app.requests("/voice")
    assert voice.form["AnsweredBy"] == "human"
    assert sandbox.client.calls(call.sid).fetch().answered_by == "human"


def test_detection_finds_a_machine_at_the_start_of_its_greeting(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.seed_number(NUMBER)
    sandbox.phone(CALLEE, answer="machine")
    app.twiml("/voice", "<Response><Hangup/></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, url=app.url("/voice"), machine_detection="Enable"
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    (voice,) = app.requests("/voice")
    assert voice.form["AnsweredBy"] == "machine_start"
    assert sandbox.client.calls(call.sid).fetch().answered_by == "machine_start"
    # Enable tells as soon as it knows: the app is asked while the greeting still plays.
    asked = event_index(transcript, kind="webhook", purpose="voice_url")
    assert all(i > asked for i, e in enumerate(transcript.events) if e["kind"] == "caller")


def test_detect_message_end_waits_for_the_beep(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    sandbox.phone(
        CALLEE, answer="machine", greeting="Hi, this is Ann. Leave a message after the tone."
    )
    app.twiml("/voice", "<Response><Say>Your table is ready.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE, from_=NUMBER, url=app.url("/voice"), machine_detection="DetectMessageEnd"
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    (voice,) = app.requests("/voice")
    assert voice.form["AnsweredBy"] == "machine_end_beep"
    assert sandbox.client.calls(call.sid).fetch().answered_by == "machine_end_beep"
    beep = event_t(transcript, kind="caller", action="beep")
    assert event_t(transcript, kind="webhook", purpose="voice_url") >= beep
    assert event_t(transcript, kind="heard", what="say") >= beep  # the message is after the tone


def test_async_detection_runs_the_twiml_at_once_and_posts_the_result(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", '<Response><Pause length="5"/></Response>')

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/voice"),
        machine_detection="Enable",
        async_amd="true",
        async_amd_status_callback=app.url("/amd"),
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    (voice,) = app.requests("/voice")
    assert "AnsweredBy" not in voice.form
    answered = event_t(transcript, kind="status", status="in-progress")
    assert event_t(transcript, kind="webhook", purpose="voice_url") == pytest.approx(
        answered, abs=0.1
    )
    (amd,) = app.wait_for("/amd")
    assert amd.signed and amd.method == "POST"
    assert amd.form["CallSid"] == call.sid
    assert amd.form["AnsweredBy"] == "human"
    assert int(amd.form["MachineDetectionDuration"]) > 0
    assert sandbox.client.calls(call.sid).fetch().answered_by == "human"


def test_send_digits_turn_detection_off(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", "<Response><Say>Hi.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/voice"),
        machine_detection="Enable",
        send_digits="1",
    )
    assert call.sid is not None
    finished(sandbox, call.sid)

    assert "AnsweredBy" not in app.requests("/voice")[0].form
    assert sandbox.client.calls(call.sid).fetch().answered_by is None


# ---------------------------------------------------------------- magic test numbers


def test_the_magic_from_number_needs_no_owning(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", "<Response><Say>Test call.</Say></Response>")

    call = sandbox.client.calls.create(to=CALLEE, from_="+15005550006", url=app.url("/voice"))
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.status == "completed"
    assert app.requests("/voice")[0].form["From"] == "+15005550006"


@pytest.mark.parametrize(
    ("from_", "to", "code", "message"),
    [
        ("+15005550001", CALLEE, 21212, "is not a valid phone number"),
        ("+15005550007", CALLEE, 21210, "is not yet verified for your account"),
        ("+15005550006", "+15005550001", 21217, "Phone number does not appear to be valid"),
        ("+15005550006", "+15005550002", 21214, "'To' phone number cannot be reached"),
        ("+15005550006", "+15005550003", 21215, "international permissions"),
        ("+15005550006", "+15005550004", 21216, "Account not allowed to call +15005550004"),
    ],
)
def test_magic_numbers_are_refused_as_documented(
    sandbox: Sandbox, app: TwimlApp, from_: str, to: str, code: int, message: str
) -> None:
    error = refused(lambda: sandbox.client.calls.create(to=to, from_=from_, url=app.url("/voice")))

    assert (error.status, error.code) == (400, code)
    assert message in error.msg
    assert sandbox.client.calls.list() == []


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("fields", "code", "message"),
    [
        ({"From": NUMBER, "Url": "URL"}, 21201, "No 'To' number is specified"),
        ({"To": CALLEE, "Url": "URL"}, 21213, "No 'From' number is specified"),
        ({"To": CALLEE, "From": NUMBER}, 21205, "Url, Twiml or ApplicationSid"),
        ({"To": CALLEE, "From": NUMBER, "Url": "ftp://example.com/x"}, 21205, "Url"),
        ({"To": CALLEE, "From": NUMBER, "Url": "URL", "Method": "test"}, 21209, ""),
        ({"To": CALLEE, "From": NUMBER, "Url": "URL", "SendDigits": "12x"}, 21206, "SendDigits"),
        ({"To": CALLEE, "From": NUMBER, "Url": "URL", "Timeout": "0"}, 21208, "Timeout"),
        ({"To": CALLEE, "From": "+14155550999", "Url": "URL"}, 21210, "not yet verified"),
    ],
)
def test_a_call_twilio_would_refuse(
    sandbox: Sandbox, app: TwimlApp, fields: dict[str, str], code: int, message: str
) -> None:
    sandbox.seed_number(NUMBER)
    form = {k: app.url("/voice") if v == "URL" else v for k, v in fields.items()}

    response = sandbox.client.request(
        "POST",
        f"{sandbox.base_url}/api/2010-04-01/Accounts/{sandbox.account_sid}/Calls.json",
        data=form,
    )

    body = json.loads(bytes(response.body))
    assert (response.status, body["code"]) == (400, code)
    assert message in body["message"]
    if code == 21209:
        assert body["message"] == "Method is not valid: TEST"
    assert sandbox.client.calls.list() == []
    assert app.requests() == []


# ---------------------------------------------------------------- the makeCall block's fields


def test_method_get_asks_for_the_twiml_with_a_query_string(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", "<Response><Say>Fetched with GET.</Say></Response>")

    call = sandbox.client.calls.create(to=CALLEE, from_=NUMBER, url=app.url("/voice"), method="GET")
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    (voice,) = app.requests("/voice")
    assert voice.method == "GET" and voice.signed and voice.form == {}
    assert voice.query["CallSid"] == call.sid and voice.query["CallStatus"] == "in-progress"
    assert transcript.said == "Fetched with GET."


def test_the_fallback_url_answers_when_the_url_fails(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/broken", lambda form: Response("oops", status_code=500))
    app.twiml("/fallback", "<Response><Say>Backup line.</Say></Response>")

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/broken"),
        fallback_url=app.url("/fallback"),
        fallback_method="GET",
    )
    assert call.sid is not None
    transcript = finished(sandbox, call.sid)

    assert transcript.said == "Backup line."
    (fallback,) = app.requests("/fallback")
    assert fallback.method == "GET" and fallback.signed
    assert fallback.query["ErrorUrl"] == app.url("/broken")
    assert fallback.query["ErrorCode"] == "11200"


def test_status_callback_method_get_sends_signed_query_strings(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.seed_number(NUMBER)

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        twiml="<Response><Say>Hi.</Say></Response>",
        status_callback=app.url("/status"),
        status_callback_method="GET",
        status_callback_event=["initiated", "completed"],
    )
    assert call.sid is not None
    finished(sandbox, call.sid)

    hits: list[Hit] = app.wait_for("/status", 2)
    assert all(h.method == "GET" and h.signed and h.form == {} for h in hits)
    assert [form_of(h)["CallStatus"] for h in hits] == ["initiated", "completed"]
    assert hits[1].query["CallSid"] == call.sid


def test_record_files_a_dual_recording_and_reports_it(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    app.twiml("/voice", '<Response><Say>This call is recorded.</Say><Pause length="3"/></Response>')

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/voice"),
        status_callback=app.url("/status"),
        record=True,
        recording_channels="dual",
        recording_status_callback=app.url("/recording"),
        recording_status_callback_method="GET",
    )
    assert call.sid is not None
    finished(sandbox, call.sid)

    (recording,) = sandbox.client.recordings.list(call_sid=call.sid)
    assert recording.channels == 2 and recording.source == "OutboundAPI"
    (callback,) = app.wait_for("/recording")
    assert callback.method == "GET" and callback.signed
    assert callback.query["RecordingSid"] == recording.sid
    assert callback.query["RecordingStatus"] == "completed"
    assert callback.query["RecordingChannels"] == "2"
    (final,) = app.requests("/status")
    assert final.form["RecordingSid"] == recording.sid
    assert final.form["RecordingUrl"] == callback.query["RecordingUrl"]
