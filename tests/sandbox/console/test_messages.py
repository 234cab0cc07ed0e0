"""Texting from the browser phone: a thread per sandbox number, the app's replies, pictures."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from callbox.sandbox import Sandbox

from .conftest import ME, NUMBER, DemoApp


def test_text_the_app_and_see_its_reply(
    page: Any, sb: Sandbox, demo_app: DemoApp, shots: Any
) -> None:
    expect(page.locator("#sms-to")).to_have_value(NUMBER)  # the account's number, offered
    page.fill("#sms-body", "What are your hours?")
    page.click("#sms-form button[type=submit]")

    bubbles = page.locator("#bubbles")
    expect(bubbles.locator(".bubble.mine")).to_contain_text("What are your hours?")
    expect(bubbles.locator(".bubble:not(.mine)")).to_contain_text(
        "We're open 9am to 5pm", timeout=10_000
    )
    expect(page.locator("#thread-h")).to_have_text(f"Conversation with {NUMBER}")
    expect(page.locator("#threads button[aria-current='true']")).to_have_text(NUMBER)
    # The app really got it, signed, and the phone really received the answer.
    assert any(k == "sms" and f["Body"] == "What are your hours?" for k, f in demo_app.events)
    assert sb.phone(ME).wait_for_message(body="We're open 9am to 5pm, Monday to Friday.")

    # A picture from the app arrives as an MMS thumbnail that loads.
    sb.client.messages.create(
        to=ME, from_=NUMBER, body="Tonight's menu", media_url=[demo_app.url + "/menu.png"]
    )
    picture = bubbles.get_by_role("img", name=f"Picture 1 from {NUMBER}")
    expect(picture).to_be_visible(timeout=10_000)
    page.wait_for_function("document.querySelector('#bubbles img').naturalWidth === 96")
    shots(page, "messages")


def test_the_thread_survives_a_reload_and_bad_input_is_refused(page: Any, sb: Sandbox) -> None:
    page.fill("#sms-to", "+1555")
    page.fill("#sms-body", "hi")
    page.click("#sms-form button[type=submit]")
    expect(page.locator("#sms-error")).to_contain_text("is not a valid phone number")
    page.fill("#sms-to", NUMBER)
    page.fill("#sms-body", "")
    page.click("#sms-form button[type=submit]")
    expect(page.locator("#sms-error")).to_have_text("Type a message (or a picture URL).")
    assert sb.events("message.status") == []  # nothing was sent

    page.fill("#sms-body", "hello")
    page.click("#sms-form button[type=submit]")
    theirs = page.locator("#bubbles .bubble:not(.mine)")
    expect(theirs).to_contain_text("Hello!", timeout=10_000)
    page.reload()  # the credentials stay in this tab; the thread is read back from the sandbox
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#bubbles .bubble.mine")).to_contain_text("hello")
    expect(theirs).to_contain_text("Hello!")
