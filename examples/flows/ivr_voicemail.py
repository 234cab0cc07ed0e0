"""A phone menu with voicemail, as flows: opening hours, a transfer, or a message.

Run it (any number of instances, with a shared store) and point a number at it::

    export TWILIO_ACCOUNT_SID=AC... TWILIO_AUTH_TOKEN=...     # or a sandbox's environment
    export CALLBOX_FLOWS_PUBLIC_URL=https://ivr.example.com CALLBOX_FLOWS_STORE=redis://127.0.0.1:6379/0
    python -m callbox.flows examples.flows.ivr_voicemail:app --port 5000
    python -c "from examples.flows.ivr_voicemail import app; app.register('+14155550123')"

Callers press 1 for the opening hours, 2 to be put through to the front desk (a
voicemail if nobody picks up), 3 to leave a message; anything else repeats the menu, at
most three times.  Messages are handed to ``on_voicemail`` with their transcription.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from callbox.flows import App, Call, Result

HOURS = "We are open from nine to five, Monday to Friday."
FRONT_DESK = "+14155550199"

#: Where messages go (a real app stores them, mails them...): ``(from, recording URL, text)``.
Voicemail = Callable[[str, str, str], Any]


def create_app(on_voicemail: Voicemail | None = None, **settings: Any) -> App:
    """The IVR; ``settings`` go to :class:`App` (store, client, public_url ...)."""
    app = App(**settings)

    @app.incoming_call
    async def welcome(call: Call) -> None:
        call.state["tries"] = 0
        call.say("Thanks for calling Lighthouse Boats.")
        call.goto(main_menu)

    @app.handler
    async def main_menu(call: Call, result: Result) -> None:
        with call.gather(choice, on_empty=no_choice, num_digits=1, timeout=5) as menu:
            menu.say("Press 1 for our opening hours, 2 for the front desk, 3 to leave a message.")

    @app.handler
    async def no_choice(call: Call, result: Result) -> None:
        call.state["tries"] += 1
        if call.state["tries"] >= 3:
            call.say("Sorry, we did not get that. Goodbye.")
            call.hangup()
        else:
            call.goto(main_menu)

    @app.handler
    async def choice(call: Call, result: Result) -> None:
        if result.digits == "1":
            call.say(HOURS)
            call.goto(main_menu)
        elif result.digits == "2":
            call.say("Putting you through.")
            call.dial(FRONT_DESK, on_end=after_front_desk, timeout=20)
        elif result.digits == "3":
            take_message(call)
        else:
            await no_choice(call, result)

    def take_message(call: Call) -> None:
        call.say("Please leave a message after the tone. Press the pound key when done.")
        call.record(
            on_recording=message_left,
            on_transcription=message_transcribed,
            on_empty=no_message,
            max_length=120,
            finish_on_key="#",
        )

    @app.handler
    async def after_front_desk(call: Call, result: Result) -> None:
        if result.dial_status == "completed":
            call.say("Thanks for calling. Goodbye.")
            call.hangup()
        else:
            call.say("Nobody is at the front desk right now.")
            take_message(call)

    @app.handler
    async def message_left(call: Call, result: Result) -> None:
        call.state["recording"] = result.recording_url
        call.say("Thank you. We will call you back. Goodbye.")
        call.hangup()

    @app.handler
    async def no_message(call: Call, result: Result) -> None:
        call.say("We did not hear a message. Goodbye.")
        call.hangup()

    @app.handler
    async def message_transcribed(call: Call, result: Result) -> None:
        if on_voicemail is not None:
            on_voicemail(call.from_, call.state.get("recording", ""), result.transcription)

    return app


app = create_app()
