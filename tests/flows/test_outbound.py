"""Outbound calls and live control: the seed's makeCall example, rewritten as a flow.

The app calls an outside phone; when it answers, ``on_answer`` runs (the seed's
``connected`` event) and gathers a key; ``on_end`` gets the final status and duration (the
seed's ``ended``).  Live control redirects, hangs up and cancels calls from outside them.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from callbox.flows import App, Call, Result
from callbox.sandbox import Sandbox, press

from .conftest import CALLER, NUMBER

CALLEE = "+16145558888"


def make_app(sandbox: Sandbox) -> tuple[App, list[tuple[str, str, int]], threading.Event]:
    app = App(client=sandbox.client)
    ended: list[tuple[str, str, int]] = []
    done = threading.Event()

    @app.handler
    async def connected(call: Call, result: Result) -> None:
        call.say(f"Hello {call.state['name']}. This is a test of callbox flows.")
        call.pause()
        with call.gather(pressed, num_digits=1, timeout=10) as g:
            g.say("Please press any key to continue.")
        call.say("I'm sorry. I did not hear your response. Goodbye!")

    @app.handler
    async def pressed(call: Call, result: Result) -> None:
        call.say(f"You pressed {result.digits}.")
        call.say("Congratulations! You just placed a call with callbox flows.", voice="woman")
        call.say("Goodbye!")

    @app.handler
    async def finished(call: Call, status: str, duration: int) -> None:
        ended.append((call.sid, status, duration))
        done.set()

    return app, ended, done


def test_the_seed_example_connected_gather_and_ended(sandbox: Sandbox, flow: Any) -> None:
    app, ended, done = make_app(sandbox)
    flow(app, register=None)
    sandbox.phone(CALLEE, rings=2, script=[press("7")])
    call = asyncio.run(
        app.make_call(CALLEE, NUMBER, "connected", "finished", state={"name": "Blake"})
    )
    assert call.status == "queued"
    assert done.wait(10)
    t = sandbox.transcript(call.sid)
    assert t.said.splitlines() == [
        "Hello Blake. This is a test of callbox flows.",
        "Please press any key to continue.",
        "You pressed 7.",
        "Congratulations! You just placed a call with callbox flows.",
        "Goodbye!",
    ]
    ((sid, status, duration),) = ended
    assert (sid, status) == (call.sid, "completed")
    recorded = sandbox.client.calls(call.sid).fetch().duration
    assert recorded is not None and duration == int(recorded)


def test_a_call_nobody_answers_ends_with_its_status(sandbox: Sandbox, flow: Any) -> None:
    app, ended, done = make_app(sandbox)
    flow(app, register=None)
    sandbox.phone(CALLEE, answer="no-answer")
    call = asyncio.run(app.make_call(CALLEE, NUMBER, "connected", "finished", timeout=15))
    assert done.wait(10)
    assert ended == [(call.sid, "no-answer", 0)]
    assert sandbox.transcript(call.sid).said == ""


def test_live_control_redirect_hangup_and_cancel(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.say("Please wait.")
        call.pause(300)

    @app.handler
    async def interrupted(call: Call, result: Result) -> None:
        call.state["interrupted"] = True
        call.say("Sorry for the wait. Goodbye.")

    flow(app)
    handle = sandbox.phone(CALLER).call(NUMBER, wait=False)  # a live person: real time
    handle.wait_for("Please wait.")
    asyncio.run(app.call(handle.sid).redirect(interrupted))
    t = handle.wait()
    assert t.said.splitlines() == ["Please wait.", "Sorry for the wait. Goodbye."]
    assert asyncio.run(app.call(handle.sid).state()) == {"interrupted": True}

    second = sandbox.phone(CALLER).call(NUMBER, wait=False)
    second.wait_for("Please wait.")
    asyncio.run(app.call(second.sid).hangup())
    assert second.wait().status == "completed"

    sandbox.phone(CALLEE, answer="live")
    ringing = asyncio.run(app.make_call(CALLEE, NUMBER, interrupted))
    sandbox.phone(CALLEE).wait_for_call()
    asyncio.run(app.call(ringing.sid).cancel())
    sandbox.wait_for_event("call.status", sid=ringing.sid, status="canceled")
