"""A conference line with a moderator PIN.

Callers enter the room number; the moderator enters the PIN as well.  Participants wait
in silence until the moderator joins; when the moderator hangs up, the room ends for
everyone, who then hear a goodbye.  Three wrong entries end the call.

    python -m callbox.flows examples.flows.conference_line:app --port 5001
"""

from __future__ import annotations

from typing import Any

from callbox.flows import App, Call, Result

ROOMS = {"1234": "weekly-standup"}
MODERATOR_PIN = "9876"


def create_app(
    rooms: dict[str, str] | None = None, pin: str = MODERATOR_PIN, **settings: Any
) -> App:
    """The conference line; ``settings`` go to :class:`App`."""
    app = App(**settings)
    known = dict(ROOMS if rooms is None else rooms)

    @app.incoming_call
    async def welcome(call: Call) -> None:
        call.state["tries"] = 0
        call.goto(ask_room)

    @app.handler
    async def ask_room(call: Call, result: Result) -> None:
        with call.gather(room_entered, on_empty=retry, num_digits=4, timeout=8) as g:
            g.say("Welcome to the conference line. Enter your four digit room number.")

    @app.handler
    async def room_entered(call: Call, result: Result) -> None:
        room = known.get(result.digits)
        if room is None:
            call.say("That room does not exist.")
            await retry(call, result)
            return
        call.state["room"] = room
        with call.gather(pin_entered, finish_on_key="#", timeout=5) as g:
            g.say("If you are the moderator, enter your PIN followed by pound. Otherwise, wait.")
        call.goto(join)

    @app.handler
    async def pin_entered(call: Call, result: Result) -> None:
        if result.digits == pin:
            call.state["moderator"] = True
            call.say("Welcome, moderator.")
        elif result.digits:
            call.say("That PIN is not right. You join as a participant.")
        await join(call, result)

    @app.handler
    async def join(call: Call, result: Result) -> None:
        moderator = bool(call.state.get("moderator"))
        call.say("Joining the conference.")
        call.conference(
            call.state["room"],
            on_end=left,
            start_conference_on_enter=moderator,
            end_conference_on_exit=moderator,
            wait_url="",  # silence while waiting for the moderator
            beep=True,
        )

    @app.handler
    async def retry(call: Call, result: Result) -> None:
        call.state["tries"] += 1
        if call.state["tries"] >= 3:
            call.say("Goodbye.")
            call.hangup()
        else:
            call.goto(ask_room)

    @app.handler
    async def left(call: Call, result: Result) -> None:
        call.say("The conference has ended. Goodbye.")
        call.hangup()

    return app


app = create_app()
