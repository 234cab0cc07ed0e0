"""Recordings and transcriptions: a caller leaves a voicemail that the app downloads and
reads, keys and hang-ups end a recording, silence leaves none, a whole call is recorded,
and recordings are started and deleted through the REST API.

The audio is checked as an app would check it: the stdlib ``wave`` reader, and the
Goertzel DTMF detector of ``test_media``.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from callbox.errors import RestError
from callbox.sandbox import Sandbox, hang_up, press, say, silence
from callbox.sandbox.voice import Step, Transcript
from callbox.sandbox.voice.media import SAMPLE_RATE, probe_duration

from .conftest import CALLER, NUMBER, Document, TwimlApp
from .test_media import dtmf_presses, read

#: An outside phone the app calls.
CALLEE = "+14155550142"

#: Seven words: 2.8 seconds of speech, a 3-second recording once rounded up.
MESSAGE = "please call me back about the invoice"

MENU = (
    '<Response><Gather numDigits="1" action="/menu">'
    "<Say>Press 1 to leave a message.</Say></Gather></Response>"
)
SAVED = "<Response><Say>Thank you, goodbye.</Say></Response>"

_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def voicemail(record_attrs: str) -> str:
    return (
        "<Response><Say>Leave a message after the beep.</Say>"
        f'<Record action="/saved" {record_attrs}/>'
        "<Say>We did not get a message.</Say></Response>"
    )


def leave_message(
    sandbox: Sandbox,
    app: TwimlApp,
    steps: list[Step],
    record_attrs: str = "",
    saved: Document = SAVED,
) -> Transcript:
    """The caller presses 1, hears the voicemail prompt and the beep, then acts out ``steps``."""
    app.twiml("/voice", MENU)
    app.twiml("/menu", voicemail(record_attrs))
    app.twiml("/saved", saved)
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    return call_again(sandbox, steps)


def call_again(sandbox: Sandbox, steps: list[Step]) -> Transcript:
    transcript: Transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("1"), *steps])
    return transcript


def download(url: str, auth: tuple[str, str] | None = None) -> tuple[int, str, bytes]:
    """GET ``url`` as an app would: (status, content type, body)."""
    request = urllib.request.Request(url)
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with _DIRECT.open(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def seconds_of(wav: bytes, channels: int = 1) -> float:
    params, _ = read(wav)
    assert (params.nchannels, params.sampwidth, params.framerate) == (channels, 2, SAMPLE_RATE)
    return float(params.nframes / params.framerate)


def caller_event(transcript: Transcript, action: str) -> dict[str, Any]:
    return next(e for e in transcript.of("caller") if e["action"] == action)


# ---------------------------------------------------------------- voicemail


def test_a_caller_leaves_a_voicemail_that_the_app_downloads(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = leave_message(
        sandbox,
        app,
        [say(MESSAGE)],
        'timeout="3" maxLength="60" transcribe="true" transcribeCallback="/transcribed" '
        'recordingStatusCallback="/recorded"',
    )

    assert [str(h) for h in transcript.heard] == [
        "Press 1 to leave a message.",
        "Leave a message after the beep.",
        "",
        "Thank you, goodbye.",
    ]
    assert transcript.heard[2].what == "beep"
    # Three seconds of silence after the message end the recording.
    filed = transcript.of("recording")[0]
    assert filed["t"] - caller_event(transcript, "say")["t"] == pytest.approx(3.0, abs=0.05)

    saved = app.wait_for("/saved")[0]
    assert saved.signed
    action = saved.form
    sid = action["RecordingSid"]
    assert sid.startswith("RE") and action["Digits"] == ""
    assert action["RecordingUrl"].endswith(f"/Accounts/{sandbox.account_sid}/Recordings/{sid}")
    assert action["RecordingDuration"] == "3"  # 2.8 s of speech, in whole seconds

    status, kind, wav = download(action["RecordingUrl"])
    assert (status, kind) == (200, "audio/x-wav")
    assert seconds_of(wav) == 3.0
    _, [samples] = read(wav)
    assert any(samples[: int(2.8 * SAMPLE_RATE)]) and not any(samples[int(2.8 * SAMPLE_RATE) :])
    assert download(action["RecordingUrl"] + ".wav")[1:] == ("audio/x-wav", wav)

    status, kind, mp3 = download(action["RecordingUrl"] + ".mp3")
    if importlib.util.find_spec("lameenc") is not None:
        assert (status, kind) == (200, "audio/mpeg")
        played = probe_duration(mp3, kind)
        assert played is not None and 3.0 <= played < 3.25
    else:
        assert status == 404 and kind.startswith("application/json")
        error = json.loads(mp3)
        assert error["code"] == 20404 and "lameenc" in error["message"]

    # Every duration the app is told agrees with the audio.
    callback = app.wait_for("/recorded")[0].form
    assert callback["RecordingStatus"] == "completed" and callback["RecordingSid"] == sid
    assert callback["RecordingDuration"] == "3" and callback["RecordingSource"] == "RecordVerb"
    recording = sandbox.client.recordings(sid).fetch()
    assert recording.duration == "3" and recording.status == "completed"
    assert recording.call_sid == transcript.sid and recording.source == "RecordVerb"
    assert recording.channels == 1
    assert [r.sid for r in sandbox.client.calls(transcript.sid).recordings.list()] == [sid]


def test_recording_media_refuses_wrong_credentials_and_other_accounts(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    leave_message(sandbox, app, [say(MESSAGE)])
    url = app.wait_for("/saved")[0].form["RecordingUrl"]
    other = sandbox.client.api.v2010.accounts.create(friendly_name="another team")
    other_sid, other_token = str(other.sid), str(other.auth_token)

    assert download(url, (sandbox.account_sid, sandbox.auth_token))[0] == 200
    status, kind, body = download(url, (sandbox.account_sid, "not-the-token"))
    assert status == 401 and kind.startswith("application/json")
    assert json.loads(body)["code"] == 20003
    # Another account (a subaccount here) does not have it, with or without its credentials.
    elsewhere = url.replace(sandbox.account_sid, other_sid)
    assert download(elsewhere)[0] == 404
    assert download(elsewhere + ".wav", (other_sid, other_token))[0] == 404


# ---------------------------------------------------------------- transcription


def test_the_voicemail_is_transcribed_into_what_the_caller_said(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = leave_message(
        sandbox, app, [say(MESSAGE)], 'transcribe="true" transcribeCallback="/transcribed"'
    )
    action = app.wait_for("/saved")[0].form

    hit = app.wait_for("/transcribed")[0]
    assert hit.method == "POST" and hit.signed
    told = hit.form
    assert told["TranscriptionText"] == MESSAGE
    assert told["TranscriptionStatus"] == "completed"
    assert told["RecordingSid"] == action["RecordingSid"]
    assert told["RecordingUrl"] == action["RecordingUrl"]
    assert told["CallSid"] == transcript.sid and told["From"] == CALLER
    sid = told["TranscriptionSid"]
    assert sid.startswith("TR") and told["TranscriptionUrl"].endswith(f"/Transcriptions/{sid}.json")

    transcription = sandbox.client.transcriptions(sid).fetch()
    assert transcription.transcription_text == MESSAGE
    assert transcription.status == "completed"
    assert transcription.recording_sid == action["RecordingSid"]
    assert transcription.duration == action["RecordingDuration"]
    under = sandbox.client.recordings(action["RecordingSid"]).transcriptions.list()
    assert [(t.sid, t.transcription_text) for t in under] == [(sid, MESSAGE)]
    status, _, body = download(told["TranscriptionUrl"], (sandbox.account_sid, sandbox.auth_token))
    assert status == 200 and json.loads(body)["transcription_text"] == MESSAGE


@pytest.mark.parametrize(
    ("message", "seconds"),
    [("yes", "1"), (" ".join(["and then I said"] * 80), "128")],
    ids=["too-short", "too-long"],
)
def test_recordings_under_2_or_over_120_seconds_are_not_transcribed(
    sandbox: Sandbox, app: TwimlApp, message: str, seconds: str
) -> None:
    transcript = leave_message(
        sandbox,
        app,
        [say(message)],
        'maxLength="300" transcribe="true" transcribeCallback="/transcribed"',
    )

    assert app.wait_for("/saved")[0].form["RecordingDuration"] == seconds
    assert [w["code"] for w in transcript.of("warning")] == [13617]
    notes = sandbox.client.calls(transcript.sid).notifications.list()
    assert [(n.error_code, n.log) for n in notes] == [("13617", "1")]
    assert sandbox.client.transcriptions.list() == []
    assert app.requests("/transcribed") == []


# ---------------------------------------------------------------- what ends a recording


def test_the_finishing_key_ends_the_recording_and_is_left_out_of_the_audio(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    leave_message(sandbox, app, [say(MESSAGE), press("5#")], 'finishOnKey="#" timeout="10"')

    action = app.wait_for("/saved")[0].form
    assert action["Digits"] == "#"
    _, _, wav = download(action["RecordingUrl"])
    assert seconds_of(wav) == int(action["RecordingDuration"])
    _, [samples] = read(wav)
    assert [key for key, _ in dtmf_presses(samples)] == ["5"]  # the 5 is kept, the # is not


def test_max_length_cuts_the_caller_off_and_play_beep_false_skips_the_beep(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = leave_message(
        sandbox,
        app,
        [say(MESSAGE + " from March")],  # 3.6 seconds
        'maxLength="3" playBeep="false" transcribe="true" transcribeCallback="/transcribed"',
    )

    assert [h.what for h in transcript.heard] == ["say", "say", "say"]  # no beep
    action = app.wait_for("/saved")[0].form
    assert action["Digits"] == "" and action["RecordingDuration"] == "3"
    assert seconds_of(download(action["RecordingUrl"])[2]) == 3.0
    # The caller was cut off in the middle of "from".
    told = app.wait_for("/transcribed")[0].form
    assert told["TranscriptionText"] == MESSAGE


def test_max_length_ends_a_recording_of_silence_when_silence_is_kept(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = leave_message(
        sandbox, app, [say("hello"), silence(30)], 'maxLength="4" timeout="10" trim="do-not-trim"'
    )

    action = app.wait_for("/saved")[0].form
    assert action["Digits"] == "" and action["RecordingDuration"] == "4"
    record = next(e for e in transcript.of("verb") if e["verb"] == "Record")
    # The beep (half a second), then four seconds of recording.
    assert transcript.of("recording")[0]["t"] - record["t"] == pytest.approx(4.5, abs=0.05)
    _, [samples] = read(download(action["RecordingUrl"])[2])
    assert len(samples) == 4 * SAMPLE_RATE and any(samples[:SAMPLE_RATE])
    assert not any(samples[SAMPLE_RATE:])  # "hello", then silence to the end


def test_hanging_up_ends_the_recording_and_still_requests_the_action(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = leave_message(sandbox, app, [say(MESSAGE), hang_up()])

    assert transcript.status == "completed"
    action = app.wait_for("/saved")[0].form
    assert action["Digits"] == "hangup" and action["RecordingDuration"] == "3"
    assert action["CallStatus"] == "completed"
    # The call is over: the action's TwiML is not run.
    assert "Thank you, goodbye." not in transcript.said
    assert seconds_of(download(action["RecordingUrl"])[2]) == 3.0
    assert sandbox.client.calls(transcript.sid).fetch().status == "completed"


def test_silence_alone_records_nothing_and_the_next_verb_runs(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    events = (
        'recordingStatusCallback="/recorded" '
        'recordingStatusCallbackEvent="in-progress completed absent"'
    )
    silent = leave_message(sandbox, app, [], events)

    assert silent.said.splitlines()[-1] == "We did not get a message."
    assert app.requests("/saved") == []
    assert sandbox.client.recordings.list() == []
    told = {hit.form["RecordingStatus"]: hit.form for hit in app.wait_for("/recorded", 2)}
    assert set(told) == {"in-progress", "absent"}
    for form in told.values():
        assert form["CallSid"] == silent.sid
        assert form["RecordingChannels"] == "1" and form["RecordingSource"] == "RecordVerb"
    assert told["absent"]["RecordingSid"] == told["in-progress"]["RecordingSid"]

    # The next caller speaks: in-progress, then completed.
    spoken = call_again(sandbox, [say(MESSAGE)])
    told = {hit.form["RecordingStatus"]: hit.form for hit in app.wait_for("/recorded", 4)[2:]}
    assert set(told) == {"in-progress", "completed"}
    assert told["completed"]["RecordingSid"] == told["in-progress"]["RecordingSid"]
    assert (
        told["completed"]["RecordingDuration"]
        == app.requests("/saved")[0].form["RecordingDuration"]
    )
    assert told["completed"]["CallSid"] == spoken.sid
    assert [r.call_sid for r in sandbox.client.recordings.list()] == [spoken.sid]


# ---------------------------------------------------------------- whole calls


def test_a_call_placed_with_record_true_is_recorded_in_two_channels(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml(
        "/outbound",
        '<Response><Gather numDigits="2" action="/code">'
        "<Say>Enter your two digit code.</Say></Gather></Response>",
    )
    app.twiml("/code", lambda form: f"<Response><Say>Code {form['Digits']}.</Say></Response>")
    sandbox.seed_number(NUMBER)
    sandbox.phone(CALLEE, script=[press("42")])

    call = sandbox.client.calls.create(
        to=CALLEE,
        from_=NUMBER,
        url=app.url("/outbound"),
        record=True,
        recording_channels="dual",
        recording_status_callback=app.url("/recorded"),
        recording_status_callback_event="in-progress completed",
        status_callback=app.url("/status"),
    )

    told = {hit.form["RecordingStatus"]: hit.form for hit in app.wait_for("/recorded", 2)}
    assert set(told) == {"in-progress", "completed"}
    recorded = told["completed"]
    assert recorded["CallSid"] == call.sid and recorded["RecordingStatus"] == "completed"
    assert recorded["RecordingSource"] == "OutboundAPI"
    assert recorded["RecordingChannels"] == "2"
    final = app.wait_for("/status")[0].form
    assert final["CallStatus"] == "completed"
    for name in ("RecordingSid", "RecordingUrl", "RecordingDuration"):
        assert final[name] == recorded[name]
    recording = sandbox.client.recordings(recorded["RecordingSid"]).fetch()
    assert (recording.source, recording.channels) == ("OutboundAPI", 2)
    assert recording.duration == recorded["RecordingDuration"]

    _, _, wav = download(recorded["RecordingUrl"])
    assert seconds_of(wav, channels=2) == int(recorded["RecordingDuration"])
    _, [callee, app_side] = read(wav)
    assert [key for key, _ in dtmf_presses(callee)] == ["4", "2"]
    assert dtmf_presses(app_side) == [] and any(app_side)  # the prompts, on their own channel


def test_the_api_starts_recording_a_call_in_progress(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", '<Response><Gather numDigits="1" timeout="30" action="/next"/></Response>')
    app.twiml("/next", "<Response><Say>Goodbye.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)
    sandbox.wait_for_event("call.status", sid=handle.sid, status="in-progress")

    started = sandbox.client.calls(handle.sid).recordings.create(
        recording_status_callback=app.url("/recorded"),
        recording_status_callback_event=["in-progress", "completed"],
    )
    assert started.status == "in-progress" and started.source == "StartCallRecordingAPI"
    assert started.call_sid == handle.sid and started.duration == "-1"
    assert [(r.sid, r.status) for r in sandbox.client.recordings.list()] == [
        (started.sid, "in-progress")
    ]
    handle.press("7")
    handle.wait()

    told = {hit.form["RecordingStatus"]: hit.form for hit in app.wait_for("/recorded", 2)}
    assert set(told) == {"in-progress", "completed"}
    done = told["completed"]
    assert done["RecordingSid"] == started.sid
    assert done["RecordingSource"] == "StartCallRecordingAPI"
    recording = sandbox.client.recordings(started.sid).fetch()
    assert recording.status == "completed" and recording.duration == done["RecordingDuration"]
    _, _, wav = download(done["RecordingUrl"])
    assert seconds_of(wav) == int(done["RecordingDuration"])
    assert [key for key, _ in dtmf_presses(read(wav)[1][0])] == ["7"]

    with pytest.raises(RestError) as finished:
        sandbox.client.calls(handle.sid).recordings.create()
    assert (finished.value.status, finished.value.code) == (400, 21220)
    unknown = "CA" + "0" * 32
    with pytest.raises(RestError) as missing:
        sandbox.client.calls(unknown).recordings.create()
    assert missing.value.status == 404


def test_a_deleted_recording_is_gone_from_every_list_and_its_media(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    transcript = leave_message(sandbox, app, [say(MESSAGE)])
    action = app.wait_for("/saved")[0].form
    sid = action["RecordingSid"]
    assert download(action["RecordingUrl"])[0] == 200

    sandbox.client.recordings(sid).delete()

    assert sandbox.client.recordings.list() == []
    assert sandbox.client.calls(transcript.sid).recordings.list() == []
    with pytest.raises(RestError) as gone:
        sandbox.client.recordings(sid).fetch()
    assert gone.value.status == 404
    assert download(action["RecordingUrl"])[0] == 404
    assert download(action["RecordingUrl"] + ".wav")[0] == 404


def test_a_recording_deleted_before_it_is_transcribed_gets_a_failed_transcription(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    def delete_at_once(form: dict[str, str]) -> str:
        sandbox.client.recordings(form["RecordingSid"]).delete()
        return SAVED

    transcript = leave_message(
        sandbox,
        app,
        [say(MESSAGE)],
        'transcribe="true" transcribeCallback="/transcribed"',
        saved=delete_at_once,
    )

    told = app.wait_for("/transcribed")[0].form
    assert told["TranscriptionStatus"] == "failed" and "TranscriptionText" not in told
    transcription = sandbox.client.transcriptions(told["TranscriptionSid"]).fetch()
    assert transcription.status == "failed" and transcription.transcription_text is None
    notes = sandbox.client.calls(transcript.sid).notifications.list()
    assert [n.error_code for n in notes] == ["13618"]
