"""Scripts of what the person on a call does: checked steps, and their JSON form."""

from __future__ import annotations

import re

import pytest

from callbox.sandbox import hang_up, press, say, silence
from callbox.sandbox.voice.script import parse_script, script_json, speaking_time
from callbox.sandbox.voice.transcript import Transcript, describe


def test_steps_round_trip_through_json() -> None:
    steps = [press("12#"), say("sales", confidence=0.8), silence(2.5), hang_up()]
    assert parse_script(script_json(steps)) == steps
    assert script_json(steps) == [
        {"press": "12#"},
        {"say": "sales", "confidence": 0.8},
        {"silence": 2.5},
        {"hang_up": True},
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: press("1x"), "press() takes keys"),
        (lambda: press(""), "press() takes keys"),
        (lambda: say("   "), "say() needs"),
        (lambda: say("hi", confidence=1.5), "between 0 and 1"),
        (lambda: silence(0), "silence() takes seconds"),
        (lambda: silence(float("inf")), "silence() takes seconds"),
    ],
)
def test_bad_steps_say_what_is_wrong(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        make()  # type: ignore[operator]


def test_a_bad_step_in_json_is_named_by_its_place() -> None:
    with pytest.raises(ValueError, match="script step 1: "):
        parse_script([{"press": "1"}, {"press": "1", "say": "both"}])
    with pytest.raises(ValueError, match="a script is a list"):
        parse_script("press 1")


def test_speech_takes_time_by_its_words() -> None:
    assert speaking_time("yes") == 0.5
    assert speaking_time("I would like to speak to sales") == 2.8


def test_a_transcript_reads_as_a_log() -> None:
    transcript = Transcript(
        {
            "call_sid": "CA1",
            "status": "completed",
            "events": [
                {"t": 0, "kind": "status", "status": "ringing"},
                {"t": 0.1, "kind": "heard", "what": "say", "text": "Hi", "voice": "alice"},
                {"t": 1.0, "kind": "caller", "action": "press", "digits": "1"},
                {"t": 1.5, "kind": "heard", "what": "play", "url": "http://a/b.wav"},
            ],
        }
    )
    assert [str(h) for h in transcript.heard] == ["Hi", "http://a/b.wav"]
    assert transcript.said == "Hi"
    assert str(transcript).splitlines() == [
        "call CA1: completed",
        "    0.0s  status ringing",
        "    0.1s  heard [alice]: 'Hi'",
        "    1.0s  caller press '1'",
        "    1.5s  heard play http://a/b.wav",
    ]
    assert describe({"t": 2, "kind": "error", "code": 12100, "message": "bad"}).endswith(
        "error 12100: bad"
    )
