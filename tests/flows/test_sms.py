"""Texts through flows: replies, state per conversation, and a conversation's next step."""

from __future__ import annotations

from typing import Any

from callbox.flows import App, Message
from callbox.sandbox import Sandbox

from .conftest import NUMBER

ALICE = "+14155550101"
BOB = "+14155550102"


def test_replies_with_media_and_keeps_state_per_conversation(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)

    @app.incoming_sms
    async def counter(msg: Message) -> None:
        msg.state["count"] = msg.state.get("count", 0) + 1
        msg.state.setdefault("texts", []).append(msg.body)
        if msg.body == "pic":
            msg.reply("Here you go", media_url="https://example.com/cat.jpg")
        else:
            msg.reply(f"Text {msg.state['count']} from you: {', '.join(msg.state['texts'])}")

    flow(app)
    alice, bob = sandbox.phone(ALICE), sandbox.phone(BOB)
    alice.send_sms(to=NUMBER, body="hi")
    alice.wait_for_message(body="Text 1 from you: hi")
    bob.send_sms(to=NUMBER, body="yo")
    bob.wait_for_message(body="Text 1 from you: yo")
    alice.send_sms(to=NUMBER, body="again")
    alice.wait_for_message(body="Text 2 from you: hi, again")
    alice.send_sms(to=NUMBER, body="pic")
    found = alice.wait_for_message(body="Here you go")
    assert found["num_media"] == "1"


def test_a_survey_is_a_handler_per_question(sandbox: Sandbox, flow: Any) -> None:
    app = App(client=sandbox.client)
    results: list[dict[str, Any]] = []

    @app.incoming_sms
    async def start(msg: Message) -> None:
        msg.reply("Thanks for joining our survey. How many stars (1-5)?")
        msg.next(stars)

    @app.handler
    async def stars(msg: Message) -> None:
        if msg.body.strip() not in {"1", "2", "3", "4", "5"}:
            msg.reply("Please answer with a number from 1 to 5.")
            msg.next(stars)
            return
        msg.state["stars"] = int(msg.body)
        msg.reply("What should we improve?")
        msg.next(improve)

    @app.handler
    async def improve(msg: Message) -> None:
        results.append({**msg.state, "improve": msg.body})
        msg.reply("Thank you!")
        msg.end()

    flow(app)
    alice = sandbox.phone(ALICE)
    for text, expected in [  # each text gets exactly one reply: the expected one
        ("survey", "Thanks for joining our survey. How many stars (1-5)?"),
        ("lots", "Please answer with a number from 1 to 5."),
        ("4", "What should we improve?"),
        ("More boats", "Thank you!"),
        ("again", "Thanks for joining our survey. How many stars (1-5)?"),
    ]:
        after = sandbox.events()[-1]["seq"]
        alice.send_sms(to=NUMBER, body=text)
        event = sandbox.wait_for_event("message.delivered_to_phone", after=after, to=ALICE)
        assert event["body"] == expected
    assert results == [{"stars": 4, "improve": "More boats"}]
