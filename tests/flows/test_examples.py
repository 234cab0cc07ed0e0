"""The examples in examples/flows/, each taking real calls and texts from the sandbox."""

from __future__ import annotations

import threading
from typing import Any

from callbox.sandbox import Sandbox, hang_up, press, say, silence
from examples.flows import conference_line, ivr_voicemail, sms_survey

from .conftest import CALLER, NUMBER


def test_ivr_hours_then_a_voicemail_with_its_transcription(sandbox: Sandbox, flow: Any) -> None:
    messages: list[tuple[str, str, str]] = []
    got = threading.Event()

    def on_voicemail(number: str, url: str, text: str) -> None:
        messages.append((number, url, text))
        got.set()

    flow(ivr_voicemail.create_app(on_voicemail, client=sandbox.client))
    t = sandbox.phone(CALLER).call(
        NUMBER, script=[press("1"), press("3"), say("Please call me about the red boat")]
    )
    assert t.said.splitlines() == [
        "Thanks for calling Lighthouse Boats.",
        "Press 1 for our opening hours, 2 for the front desk, 3 to leave a message.",
        ivr_voicemail.HOURS,
        "Press 1 for our opening hours, 2 for the front desk, 3 to leave a message.",
        "Please leave a message after the tone. Press the pound key when done.",
        "Thank you. We will call you back. Goodbye.",
    ]
    assert got.wait(10)
    ((number, url, text),) = messages
    assert (number, text) == (CALLER, "Please call me about the red boat")
    assert url.startswith(sandbox.base_url)


def test_ivr_front_desk_busy_goes_to_voicemail_and_silence_hangs_up(
    sandbox: Sandbox, flow: Any
) -> None:
    flow(ivr_voicemail.create_app(client=sandbox.client))
    sandbox.phone(ivr_voicemail.FRONT_DESK, answer="busy")
    t = sandbox.phone(CALLER).call(NUMBER, script=[press("2"), silence(10)])
    assert t.said.splitlines()[-3:] == [
        "Nobody is at the front desk right now.",
        "Please leave a message after the tone. Press the pound key when done.",
        "We did not hear a message. Goodbye.",
    ]
    quiet = sandbox.phone("+14155550109").call(NUMBER, script=[silence(30)])
    assert quiet.said.count("Press 1 for our opening hours") == 3
    assert quiet.said.endswith("Sorry, we did not get that. Goodbye.")


def test_conference_line_moderator_pin(sandbox: Sandbox, flow: Any) -> None:
    flow(conference_line.create_app(client=sandbox.client))
    guest = sandbox.phone(CALLER).call(
        NUMBER, script=[press("1234"), silence(6), say("morning all"), silence(120)], wait=False
    )
    guest.wait_for("Joining the conference.")
    host = sandbox.phone("+14155550111").call(
        NUMBER, script=[press("1234"), press("9876#"), say("let us start"), silence(2), hang_up()]
    )
    assert "Welcome, moderator." in host.said
    t = guest.wait()
    assert "let us start" in [h.text for h in t.heard]
    assert t.said.splitlines()[-1] == "The conference has ended. Goodbye."
    wrong = sandbox.phone("+14155550112").call(
        NUMBER, script=[press("0000"), press("1111"), press("2222")]
    )
    assert wrong.said.count("That room does not exist.") == 3
    assert wrong.said.endswith("Goodbye.")


def test_sms_survey_to_the_end_and_stopped(sandbox: Sandbox, flow: Any) -> None:
    results: list[tuple[str, dict[str, Any]]] = []
    flow(
        sms_survey.create_app(
            lambda number, answers: results.append((number, answers)), client=sandbox.client
        )
    )
    phone = sandbox.phone(CALLER)

    def text(body: str) -> str:
        after = sandbox.events()[-1]["seq"]
        phone.send_sms(to=NUMBER, body=body)
        return str(
            sandbox.wait_for_event("message.delivered_to_phone", after=after, to=CALLER)["body"]
        )

    assert text("hello") == 'Text "survey" to tell us about your trip.'
    assert text("survey").endswith(sms_survey.QUESTIONS["rating"])
    assert text("great") == "Please answer with a number from 1 to 5."
    assert text("5") == sms_survey.QUESTIONS["again"]
    assert text("Y") == sms_survey.QUESTIONS["comment"]
    assert text("More snacks on board") == "Thank you! Your answers help us a lot."
    assert results == [(CALLER, {"rating": 5, "again": True, "comment": "More snacks on board"})]
    assert text("survey").endswith(sms_survey.QUESTIONS["rating"])
    assert text("exit") == "Survey stopped. Thanks anyway!"
    assert text("4") == 'Text "survey" to tell us about your trip.'
