"""An SMS survey: three questions, one handler each, answers kept per conversation.

Text "survey" to the number to start; "exit" ends it at any time.  (Twilio keeps STOP,
QUIT, YES, START... for opt-out and opt-in: a survey must not use them as answers.)  Finished surveys are
handed to ``on_result`` with the answers.

    python -m callbox.flows examples.flows.sms_survey:app --port 5002
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from callbox.flows import App, Message

QUESTIONS = {
    "rating": "How would you rate your trip, from 1 to 5?",
    "again": "Would you sail with us again? Reply Y or N.",
    "comment": "Anything else you want to tell us?",
}


def create_app(
    on_result: Callable[[str, dict[str, Any]], Any] | None = None, **settings: Any
) -> App:
    """The survey; ``on_result(number, answers)`` gets each finished one."""
    app = App(**settings)

    def stopped(msg: Message) -> bool:
        if msg.body.strip().lower() != "exit":
            return False
        msg.reply("Survey stopped. Thanks anyway!")
        msg.end()
        return True

    @app.incoming_sms
    async def start(msg: Message) -> None:
        if msg.body.strip().lower() != "survey":
            msg.reply('Text "survey" to tell us about your trip.')
            return
        msg.reply("Thanks for taking our survey! " + QUESTIONS["rating"])
        msg.next(rating)

    @app.handler
    async def rating(msg: Message) -> None:
        if stopped(msg):
            return
        if msg.body.strip() not in {"1", "2", "3", "4", "5"}:
            msg.reply("Please answer with a number from 1 to 5.")
            msg.next(rating)
            return
        msg.state["rating"] = int(msg.body.strip())
        msg.reply(QUESTIONS["again"])
        msg.next(again)

    @app.handler
    async def again(msg: Message) -> None:
        if stopped(msg):
            return
        answer = msg.body.strip().lower()
        if answer not in {"y", "n"}:
            msg.reply("Please reply Y or N.")
            msg.next(again)
            return
        msg.state["again"] = answer.startswith("y")
        msg.reply(QUESTIONS["comment"])
        msg.next(comment)

    @app.handler
    async def comment(msg: Message) -> None:
        if stopped(msg):
            return
        answers = {**msg.state, "comment": msg.body.strip()}
        if on_result is not None:
            on_result(msg.from_, answers)
        msg.reply("Thank you! Your answers help us a lot.")
        msg.end()

    return app


app = create_app()
