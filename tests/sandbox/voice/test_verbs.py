"""Each voice verb does to the call what Twilio's does, with Twilio's defaults and limits."""

from __future__ import annotations

import pytest
from starlette.responses import Response

from callbox.sandbox import Sandbox, Step, Transcript, press, say, silence
from callbox.sandbox.voice import media

from .conftest import CALLER, NUMBER, TwimlApp, dead_url


def _call(
    sandbox: Sandbox, app: TwimlApp, document: str, script: list[Step] | None = None
) -> Transcript:
    """The caller calls the app's number, whose TwiML is ``document``."""
    app.twiml("/voice", document)
    if not sandbox.client.incoming_phone_numbers.list(phone_number=NUMBER):
        sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    return sandbox.phone(CALLER).call(NUMBER, script=script or [])


def _duration(sandbox: Sandbox, sid: str) -> int:
    return int(sandbox.client.calls(sid).fetch().duration or 0)


def _wav(seconds: float) -> bytes:
    return b"".join(media.render_wav([[media.Tone(440, seconds)]]))


# ---------------------------------------------------------------- Say, Play, Pause


def test_say_speaks_each_loop_with_its_voice_and_language(sandbox: Sandbox, app: TwimlApp) -> None:
    transcript = _call(
        sandbox,
        app,
        '<Response><Say voice="Polly.Joanna" language="en-GB" loop="3">Welcome</Say></Response>',
    )
    heard = transcript.heard
    assert [str(h) for h in heard] == ["Welcome"] * 3
    assert {(h.voice, h.language) for h in heard} == {("Polly.Joanna", "en-GB")}
    # One word is half a second of speech: three loops and the call is over.
    assert _duration(sandbox, transcript.sid) == 2


def test_play_lasts_as_long_as_the_file_the_app_serves(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/music.wav", lambda form: Response(_wav(7.0), media_type="audio/wav"))
    transcript = _call(sandbox, app, '<Response><Play loop="2">/music.wav</Play></Response>')

    assert [str(h) for h in transcript.heard] == [app.url("/music.wav")] * 2
    assert _duration(sandbox, transcript.sid) == 14
    assert len(app.requests("/music.wav")) == 1  # fetched once, then played from the cache


def test_play_digits_sends_tones_and_w_waits(sandbox: Sandbox, app: TwimlApp) -> None:
    transcript = _call(sandbox, app, '<Response><Play digits="12w3"/></Response>')
    assert [(h.what, h.text) for h in transcript.heard] == [("digits", "12w3")]
    assert _duration(sandbox, transcript.sid) == 2  # three keys of 0.5 s and a 0.5 s wait


def test_pause_defaults_to_one_second(sandbox: Sandbox, app: TwimlApp) -> None:
    one = _call(sandbox, app, "<Response><Pause/></Response>")
    ten = _call(sandbox, app, '<Response><Pause length="10"/></Response>')
    assert (_duration(sandbox, one.sid), _duration(sandbox, ten.sid)) == (1, 10)


# ---------------------------------------------------------------- Gather


def test_gather_stops_at_num_digits_and_posts_them(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/pin", lambda form: "<Response><Say>Thanks.</Say></Response>")
    transcript = _call(
        sandbox,
        app,
        '<Response><Gather numDigits="4" action="/pin"><Say>Your PIN?</Say></Gather></Response>',
        [press("123456")],
    )
    (hit,) = app.requests("/pin")
    assert hit.form["Digits"] == "1234" and hit.signed
    assert hit.form["FinishedOnKey"] == ""
    assert transcript.said.splitlines() == ["Your PIN?", "Thanks."]


def test_gather_finish_on_key_is_not_part_of_the_digits(sandbox: Sandbox, app: TwimlApp) -> None:
    _call(sandbox, app, '<Response><Gather action="/got"/></Response>', [press("42#")])
    (hit,) = app.requests("/got")
    assert (hit.form["Digits"], hit.form["FinishedOnKey"]) == ("42", "#")


def test_gather_timeout_counts_between_keys(sandbox: Sandbox, app: TwimlApp) -> None:
    _call(
        sandbox,
        app,
        '<Response><Gather timeout="3" action="/got"/></Response>',
        [press("1"), silence(2), press("2"), silence(4), press("3")],
    )
    (hit,) = app.requests("/got")
    assert hit.form["Digits"] == "12"  # the third key came after 4 s of silence


def test_pressing_during_the_prompt_cuts_it_short(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/got", "<Response/>")
    app.twiml(
        "/voice",
        '<Response><Gather numDigits="1" action="/got"><Say>One.</Say><Say>Two.</Say>'
        "<Say>Three.</Say></Gather></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)  # a live person: real time
    handle.wait_for("One.")
    handle.press("5")
    ended = handle.wait()
    assert app.wait_for("/got")[0].form["Digits"] == "5"
    assert "Three." not in ended.said  # barge-in: the remaining prompts never played


def test_gather_without_input_falls_through(sandbox: Sandbox, app: TwimlApp) -> None:
    transcript = _call(
        sandbox,
        app,
        '<Response><Gather action="/got"><Say>Press something.</Say></Gather>'
        "<Say>Nothing? Goodbye.</Say></Response>",
    )
    assert app.requests("/got") == []
    assert transcript.said.splitlines()[-1] == "Nothing? Goodbye."


def test_action_on_empty_result_posts_anyway(sandbox: Sandbox, app: TwimlApp) -> None:
    _call(sandbox, app, '<Response><Gather actionOnEmptyResult="true" action="/got"/></Response>')
    (hit,) = app.requests("/got")
    assert hit.form["Digits"] == ""


def test_gather_without_action_returns_to_its_own_document(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml(
        "/voice",
        lambda form: (
            f"<Response><Say>You pressed {form['Digits']}.</Say></Response>"
            if "Digits" in form
            else '<Response><Gather numDigits="1"/></Response>'
        ),
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("9")])
    assert transcript.said == "You pressed 9."
    assert len(app.requests("/voice")) == 2


def test_speech_gather_hears_what_the_caller_says(sandbox: Sandbox, app: TwimlApp) -> None:
    _call(
        sandbox,
        app,
        '<Response><Gather input="speech" action="/said" partialResultCallback="/partial">'
        "<Say>Which department?</Say></Gather></Response>",
        [say("billing please", confidence=0.87)],
    )
    (hit,) = app.requests("/said")
    assert hit.form["SpeechResult"] == "billing please"
    assert float(hit.form["Confidence"]) == pytest.approx(0.87)
    assert "Digits" not in hit.form
    (partial,) = app.requests("/partial")
    assert partial.form["StableSpeechResult"] == "billing"
    assert partial.form["UnstableSpeechResult"] == "please"


def test_dtmf_only_gather_ignores_speech(sandbox: Sandbox, app: TwimlApp) -> None:
    _call(
        sandbox,
        app,
        '<Response><Gather action="/got" timeout="2"/><Say>No keys.</Say></Response>',
        [say("hello")],
    )
    assert app.requests("/got") == []


# ---------------------------------------------------------------- flow


def test_redirect_fetches_the_next_document_with_its_method(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/next", "<Response><Say>Next document.</Say></Response>")
    transcript = _call(
        sandbox,
        app,
        '<Response><Redirect method="GET">/next</Redirect><Say>Never said.</Say></Response>',
    )
    (hit,) = app.requests("/next")
    assert hit.method == "GET" and hit.query["CallStatus"] == "in-progress" and hit.signed
    assert transcript.said == "Next document."


def test_hangup_ends_the_call_and_later_verbs_never_run(sandbox: Sandbox, app: TwimlApp) -> None:
    transcript = _call(
        sandbox, app, "<Response><Say>Bye.</Say><Hangup/><Say>Never.</Say></Response>"
    )
    assert transcript.said == "Bye." and transcript.status == "completed"


@pytest.mark.parametrize(("reason", "status"), [("busy", "busy"), ("rejected", "no-answer")])
def test_reject_refuses_without_answering(
    sandbox: Sandbox, app: TwimlApp, reason: str, status: str
) -> None:
    transcript = _call(sandbox, app, f'<Response><Reject reason="{reason}"/></Response>')
    call = sandbox.client.calls(transcript.sid).fetch()
    assert call.status == status
    assert call.price is None and call.duration is None and call.start_time is None


def test_sms_during_a_call_texts_the_caller(sandbox: Sandbox, app: TwimlApp) -> None:
    _call(sandbox, app, "<Response><Sms>Your code is 4242.</Sms><Say>Sent.</Say></Response>")
    message = sandbox.phone(CALLER).wait_for_message(body="Your code is 4242.")
    assert message["from"] == NUMBER


# ---------------------------------------------------------------- what the app answers


def test_a_verb_the_sandbox_cannot_act_out_is_skipped_with_a_warning(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = _call(
        sandbox,
        app,
        '<Response><Connect><Stream url="wss://example.test/s"/></Connect>'
        "<Say>Still here.</Say></Response>",
    )
    assert transcript.said == "Still here."
    (warning,) = [e for e in transcript.events if e["kind"] == "warning"]
    assert "<Connect>" in warning["message"]
    alerts = sandbox.client.monitor.v1.alerts.list()
    assert any(a.log_level == "warning" and a.resource_sid == transcript.sid for a in alerts)


def test_invalid_twiml_is_a_12100_and_the_caller_hears_the_error(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = _call(sandbox, app, "<Response><Say>unclosed</Response>")
    assert transcript.said == "We are sorry, an application error has occurred. Goodbye."
    notes = sandbox.client.calls(transcript.sid).notifications.list()
    assert [n.error_code for n in notes] == ["12100"]


def test_a_json_answer_is_a_12300(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", lambda form: Response('{"say": "hi"}', media_type="application/json"))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    transcript = sandbox.phone(CALLER).call(NUMBER)
    assert [e["code"] for e in transcript.errors] == [12300]


def test_plain_text_is_read_to_the_caller(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", lambda form: Response("Hello in plain text", media_type="text/plain"))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    assert sandbox.phone(CALLER).call(NUMBER).said == "Hello in plain text"


def test_an_audio_answer_is_played(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", lambda form: Response(_wav(4.0), media_type="audio/wav"))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    transcript = sandbox.phone(CALLER).call(NUMBER)
    assert [h.what for h in transcript.heard] == ["play"]
    assert _duration(sandbox, transcript.sid) == 4


def test_an_unknown_element_is_a_schema_warning_and_the_rest_runs(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = _call(sandbox, app, "<Response><Shout>hey</Shout><Say>Fine.</Say></Response>")
    assert transcript.said == "Fine."
    assert 12200 in {e["code"] for e in transcript.of("warning")}


def test_the_fallback_url_gets_the_error_and_takes_over(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/broken", lambda form: Response("down", status_code=503))
    app.twiml("/fallback", "<Response><Say>Backup line.</Say></Response>")
    sandbox.seed_number(
        NUMBER, voice_url=app.url("/broken"), voice_fallback_url=app.url("/fallback")
    )
    transcript = sandbox.phone(CALLER).call(NUMBER)
    (hit,) = app.requests("/fallback")
    assert hit.form["ErrorCode"] == "11200" and hit.form["ErrorUrl"] == app.url("/broken")
    assert transcript.said == "Backup line."


def test_an_unreachable_app_is_a_connection_failure(sandbox: Sandbox) -> None:
    sandbox.seed_number(NUMBER, voice_url=f"{dead_url()}/voice#ct=200&rc=0")
    transcript = sandbox.phone(CALLER).call(NUMBER)
    assert [e["code"] for e in transcript.errors] == [11205]
    assert transcript.said == "We are sorry, an application error has occurred. Goodbye."


def test_a_slow_app_times_out_after_the_read_override(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/slow", "<Response><Say>Too late.</Say></Response>", delay=0.8)
    app.twiml("/fallback", "<Response><Say>Quick answer.</Say></Response>")
    sandbox.seed_number(
        NUMBER,
        voice_url=app.url("/slow") + "#rt=200&rc=0",
        voice_fallback_url=app.url("/fallback"),
    )
    transcript = sandbox.phone(CALLER).call(NUMBER)
    assert [e["code"] for e in transcript.errors] == [11200]
    assert transcript.said == "Quick answer."


def test_an_unconfigured_number_answers_with_the_application_error(sandbox: Sandbox) -> None:
    sandbox.seed_number(NUMBER)
    transcript = sandbox.phone(CALLER).call(NUMBER)
    assert transcript.said == "We are sorry, an application error has occurred. Goodbye."
    assert [e["code"] for e in transcript.errors] == [11100]
