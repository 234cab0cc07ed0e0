"""Calls through flows, end to end: a caller on the sandbox, the app served on 127.0.0.1.

Each story is a person calling the app's number with a script; the app is only handlers.
What the caller heard comes back in the sandbox's transcript, what the handlers saw in
``seen``; every request went over real HTTP, signed, to the app.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path
from typing import Any

import pytest

from callbox.flows import App, Call, Result
from callbox.sandbox import Sandbox, hang_up, press, say, silence

from .conftest import CALLER, NUMBER

BOB = "+14155550177"


def test_the_issue_menu_dial_and_state(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)
    seen: list[Any] = []

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.say("Thanks for calling.")
        with call.gather(menu, num_digits=1, timeout=5) as g:
            g.say("Press 1 for sales, 2 to leave a message.")
        call.say("We did not get that. Goodbye.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        if result.digits == "1":
            call.state["dept"] = "sales"
            call.dial(BOB, on_end=after_dial)
        else:
            call.record(on_recording=voicemail, max_length=60)

    @app.handler
    async def after_dial(call: Call, result: Result) -> None:
        seen.append((result.dial_status, result.dial_duration, call.state["dept"]))
        call.say(f"Your call with {call.state['dept']} is over. Goodbye.")

    @app.handler
    async def voicemail(call: Call, result: Result) -> None:
        call.say("Thanks for your message.")

    flow(app)
    sandbox.phone(BOB, script=[say("Sales, how can I help?"), silence(2), hang_up()])
    t = sandbox.phone(CALLER).call(NUMBER, script=[press("1"), say("I want a boat")])
    assert t.status == "completed"
    assert t.said.splitlines() == [
        "Thanks for calling.",
        "Press 1 for sales, 2 to leave a message.",
        "Your call with sales is over. Goodbye.",
    ]
    assert "Sales, how can I help?" in [h.text for h in t.heard]  # Bob, through the bridge
    ((status, duration, dept),) = seen
    assert (status, dept) == ("completed", "sales")
    assert duration is not None and duration >= 2


def test_without_input_the_verbs_after_the_gather_run(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)

    @app.incoming_call
    async def answer(call: Call) -> None:
        with call.gather(menu, num_digits=1, timeout=3) as g:
            g.say("Press a key.")
        call.say("We did not get that. Goodbye.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        raise AssertionError("no key was pressed")

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[silence(10)])
    assert t.said.splitlines() == ["Press a key.", "We did not get that. Goodbye."]


def test_on_empty_runs_its_handler_and_loops_back_with_goto(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)
    tries: list[int] = []

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.state["tries"] = 0
        call.goto(ask)

    @app.handler
    async def ask(call: Call, result: Result) -> None:
        with call.gather(chosen, on_empty=nothing, num_digits=1, timeout=3) as g:
            g.say("Press 1 or 2.")
        call.say("never reached")

    @app.handler
    async def nothing(call: Call, result: Result) -> None:
        assert result.empty
        call.state["tries"] += 1
        tries.append(call.state["tries"])
        call.say("Let us try again.")
        call.goto(ask)

    @app.handler
    async def chosen(call: Call, result: Result) -> None:
        call.say(f"You chose {result.digits} after {call.state['tries']} silences.")

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[silence(4), silence(4), press("2")])
    assert tries == [1, 2]
    assert t.said.splitlines() == [
        "Press 1 or 2.",
        "Let us try again.",
        "Press 1 or 2.",
        "Let us try again.",
        "Press 1 or 2.",
        "You chose 2 after 2 silences.",
    ]


def test_record_hands_over_the_recording_then_its_transcription(
    sandbox: Sandbox, flow: Any
) -> None:
    app = App(client=sandbox.client)
    transcribed = threading.Event()
    seen: dict[str, Any] = {}

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.say("Leave a message after the tone.")
        call.record(on_recording=saved, on_transcription=text, max_length=30, timeout=3)

    @app.handler
    async def saved(call: Call, result: Result) -> None:
        seen["recording"] = (result.recording_url, result.recording_duration)
        call.state["recording"] = result.recording_sid
        call.say("Thank you. Goodbye.")

    @app.handler
    async def text(call: Call, result: Result) -> None:
        seen["text"] = (result.transcription, call.state["recording"])
        transcribed.set()

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[say("Please call me back tomorrow")])
    assert t.said.splitlines()[-1] == "Thank you. Goodbye."
    url, duration = seen["recording"]
    assert url.startswith(sandbox.base_url) and duration and duration >= 1
    assert transcribed.wait(10)
    assert seen["text"][0] == "Please call me back tomorrow"
    assert seen["text"][1].startswith("RE")


def test_an_empty_recording_runs_on_empty(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.record(on_recording=saved, on_empty=empty, timeout=2, play_beep=False)

    @app.handler
    async def saved(call: Call, result: Result) -> None:
        call.say("saved")

    @app.handler
    async def empty(call: Call, result: Result) -> None:
        call.say("We heard nothing. Goodbye.")

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[silence(5)])
    assert t.said == "We heard nothing. Goodbye."


def test_a_conference_runs_on_end_when_the_room_ends(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)
    host = "+14155550111"
    seen: list[str] = []

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.say("Joining the room.")
        call.conference(
            "standup", on_end=left, wait_url="", end_conference_on_exit=call.from_ == host
        )

    @app.handler
    async def left(call: Call, result: Result) -> None:
        seen.append(call.from_)
        call.say("The meeting is over. Goodbye.")

    flow(app)
    guest = sandbox.phone(CALLER).call(NUMBER, script=[say("hello room"), silence(60)], wait=False)
    guest.wait_for("Joining the room.")
    hosted = sandbox.phone(host).call(NUMBER, script=[say("hi there"), silence(1), hang_up()])
    t = guest.wait()
    assert hosted.status == t.status == "completed"
    assert "hi there" in [h.text for h in t.heard]
    assert t.said.splitlines()[-1] == "The meeting is over. Goodbye."
    assert sorted(seen) == [CALLER, host]  # the host hung up: its action ran, unheard


def test_hold_then_unhold_from_outside_the_call(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.say("Please hold.")
        call.hold()

    @app.handler
    async def back(call: Call, result: Result) -> None:
        call.say("Thanks for holding. Goodbye.")

    flow(app)
    handle = sandbox.phone(CALLER).call(NUMBER, script=[silence(600)], wait=False)
    handle.wait_for("Please hold.")
    sandbox.wait_for_event("conference.event", timeout=10)
    asyncio.run(app.call(handle.sid).unhold(back))
    t = handle.wait()
    assert t.said.splitlines() == ["Please hold.", "Thanks for holding. Goodbye."]


def test_enqueue_with_a_wait_handler_and_an_end_handler(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.enqueue("support", on_wait=waiting, on_end=dequeued)

    @app.handler
    async def waiting(call: Call, result: Result) -> None:
        call.say(f"You are number {result.get('QueuePosition')} in line.")
        call.leave()

    @app.handler
    async def dequeued(call: Call, result: Result) -> None:
        call.say(f"Queue result: {result.queue_result}.")

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[silence(30)])
    assert t.said.splitlines() == ["You are number 1 in line.", "Queue result: leave."]


def test_reject_and_the_end_handlers(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)
    ended: list[tuple[str, str, str, int]] = []
    done = threading.Event()

    @app.incoming_call
    async def answer(call: Call) -> None:
        if call.from_ == "+14155550666":
            call.reject("busy")
            return
        call.on_end(goodbye)
        call.state["who"] = call.from_
        call.say("Hello.")
        call.pause(3)

    @app.call_ended
    async def ended_any(call: Call, status: str, duration: int) -> None:
        ended.append(("app", call.sid, status, duration))
        done.set()

    @app.handler
    async def goodbye(call: Call, status: str, duration: int) -> None:
        ended.append(("call", call.state["who"], status, duration))
        done.set()

    flow(app)
    rejected = sandbox.phone("+14155550666").call(NUMBER, script=[])
    assert rejected.status == "busy"
    assert done.wait(5)
    done.clear()
    t = sandbox.phone(CALLER).call(NUMBER, script=[])
    assert done.wait(5)
    assert ended == [("app", rejected.sid, "busy", 0), ("call", CALLER, "completed", 4)]
    assert t.status == "completed"


def test_a_handler_that_awaits_a_slow_coroutine_answers_when_it_returns(
    sandbox: Sandbox, flow: Any, tmp_path: Path
) -> None:
    greeting = tmp_path / "greeting.txt"
    greeting.write_text("Welcome to the lighthouse.")
    app = App(client=sandbox.client)

    async def slow_lookup(number: str) -> str:
        await asyncio.sleep(0.3)  # a slow API: the webhook waits, the caller is not dropped
        return "Ada"

    @app.incoming_call
    async def answer(call: Call) -> None:
        text = await asyncio.to_thread(greeting.read_text)  # the seed's fs.readFile pitfall
        name = await slow_lookup(call.from_)
        call.say(f"{text} Hello {name}.")

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[])
    assert t.said == "Welcome to the lighthouse. Hello Ada."
    (hook,) = t.webhooks[:1]
    assert hook["status_code"] == 200 and hook["ms"] >= 300


def test_a_raising_handler_answers_politely_logs_and_keeps_no_state(
    sandbox: Sandbox, flow: Any, caplog: pytest.LogCaptureFixture
) -> None:
    app = App(client=sandbox.client, error_message="Sorry, our menu is broken. Goodbye.")
    states: list[dict[str, Any]] = []

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.state["step"] = "answer"
        with call.gather(menu, num_digits=1) as g:
            g.say("Press 1.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        call.state["step"] = "menu"
        call.say("half an answer")
        raise RuntimeError("the database is down")

    @app.call_ended
    async def ended(call: Call, status: str, duration: int) -> None:
        states.append(dict(call.state))

    flow(app)
    with caplog.at_level(logging.ERROR, logger="callbox.flows"):
        t = sandbox.phone(CALLER).call(NUMBER, script=[press("1")])
        sandbox.wait_for_event("webhook.request", purpose="status_callback", sid=t.sid)
    assert t.said.splitlines() == ["Press 1.", "Sorry, our menu is broken. Goodbye."]
    assert "half an answer" not in t.said
    (record,) = [r for r in caplog.records if "handler menu failed" in r.getMessage()]
    assert record.exc_info and "the database is down" in str(record.exc_info[1])
    assert states == [{"step": "answer"}]


def test_plain_functions_are_handlers_too_and_run_off_the_event_loop(
    sandbox: Sandbox, flow: Any
) -> None:
    app = App(client=sandbox.client)
    threads: list[str] = []

    @app.incoming_call
    def answer(call: Call) -> None:
        threads.append(threading.current_thread().name)
        with call.gather(menu, num_digits=2) as g:
            g.say("Two digits please.")

    @app.handler
    def menu(call: Call, result: Result) -> None:
        call.say(f"You entered {result.digits}.")
        call.sms(f"You entered {result.digits}")

    flow(app)
    t = sandbox.phone(CALLER).call(NUMBER, script=[press("42")])
    assert t.said.splitlines()[-1] == "You entered 42."
    assert threads and not threads[0].startswith("callbox-serve")
    assert sandbox.phone(CALLER).wait_for_message(body="You entered 42")["from"] == NUMBER
