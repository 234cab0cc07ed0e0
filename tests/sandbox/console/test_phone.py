"""The browser phone: a person dials the demo app and walks its menu with the keypad, and
answers (or declines) a call the app places to them."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from callbox.sandbox import Sandbox
from callbox.sandbox.demo import HOURS, MENU

from .conftest import ME, NUMBER, DemoApp


def test_dial_the_demo_app_and_walk_its_menu_with_the_keypad(
    page: Any, sb: Sandbox, demo_app: DemoApp, shots: Any
) -> None:
    # The person works the phone from the keyboard: type the number, Enter.
    page.fill("#dial-to", NUMBER)
    page.press("#dial-to", "Enter")
    log = page.locator("#call-log")
    expect(log).to_contain_text(MENU, timeout=10_000)  # what the app says, as text
    expect(page.locator("#call-status")).to_have_text("Connected")
    # Dialing put the focus on the keypad; its keys are buttons in the tab order.
    assert page.evaluate("document.activeElement.dataset.key") == "1"
    page.get_by_role("button", name="1", exact=True).click()

    expect(log).to_contain_text("You pressed 1")
    expect(log).to_contain_text(HOURS, timeout=10_000)
    shots(page, "phone")
    assert ("pressed", {"Digits": "1"}) in demo_app.events  # the app got the key
    page.click("#hangup")
    expect(page.locator("#call-status")).to_have_text("Call ended", timeout=10_000)
    expect(page.locator("#dial-form")).to_be_visible()

    call_sid = sb.events("call.status", status="completed")[-1]["sid"]
    transcript = sb.transcript(call_sid)
    assert [e["digits"] for e in transcript.of("caller") if e["action"] == "press"] == ["1"]
    assert HOURS in transcript.said


def test_keys_typed_while_on_the_call_reach_the_app(page: Any, sb: Sandbox) -> None:
    page.fill("#dial-to", NUMBER)
    page.click("#dial")
    expect(page.locator("#call-log")).to_contain_text(MENU, timeout=10_000)
    page.locator("#keypad").press("2")  # a key on the keyboard, focus inside the call
    expect(page.locator("#call-log")).to_contain_text("leave a message", timeout=10_000)
    page.click("#hangup")
    expect(page.locator("#call-status")).to_have_text("Call ended", timeout=10_000)


def test_answer_a_call_from_the_app_and_reply_by_speech(
    page: Any, sb: Sandbox, demo_app: DemoApp, shots: Any
) -> None:
    call = sb.client.calls.create(to=ME, from_=NUMBER, url=demo_app.url + "/outbound")
    assert call.sid is not None
    incoming = page.locator("#incoming")
    expect(incoming).to_be_visible(timeout=10_000)
    expect(incoming).to_contain_text(f"from {NUMBER}")
    shots(page, "incoming")
    page.click("#answer")

    log = page.locator("#call-log")
    expect(log).to_contain_text("Your table is ready", timeout=10_000)
    expect(log).to_contain_text("press keys or say something")
    page.fill("#say-text", "yes please")
    page.press("#say-text", "Enter")
    expect(log).to_contain_text("You said yes please. See you soon.", timeout=10_000)
    expect(page.locator("#call-status")).to_have_text("Call ended", timeout=15_000)
    assert ("heard", {"SpeechResult": "yes please"}) in demo_app.events
    assert sb.client.calls(call.sid).fetch().status == "completed"


def test_another_number_becomes_the_phone_and_a_call_to_it_is_declined(
    page: Any, sb: Sandbox, demo_app: DemoApp
) -> None:
    page.fill("#me-new", "not a number")  # the sandbox's own refusal, shown as it says it
    page.press("#me-new", "Enter")
    expect(page.locator("#me-error")).to_contain_text("not a valid phone number")
    page.fill("#dial-to", "")
    page.click("#dial")
    expect(page.locator("#dial-error")).to_contain_text("Type the number to call")

    page.fill("#me-new", "+1 (415) 555-0177")
    page.press("#me-new", "Enter")
    expect(page.locator("#me-number")).to_have_value("+14155550177")
    assert sb.phone("+14155550177").settings["answer"] == "live"
    call = sb.client.calls.create(to="+14155550177", from_=NUMBER, url=demo_app.url + "/outbound")
    expect(page.locator("#incoming-text")).to_contain_text("to +14155550177", timeout=10_000)
    page.click("#decline")
    sb.wait_for_event("call.status", sid=call.sid, status="busy")
    expect(page.locator("#incoming")).to_be_hidden()
    expect(page.locator("#call")).to_be_hidden()


def test_a_call_rings_whatever_view_is_open(page: Any, sb: Sandbox, demo_app: DemoApp) -> None:
    page.click("#tab-api")
    sb.client.calls.create(to=ME, from_=NUMBER, url=demo_app.url + "/outbound")
    expect(page.locator("#incoming")).to_be_visible(timeout=10_000)
    page.click("#answer")
    expect(page.locator("#view-phone")).to_be_visible()  # answering brings the phone up
    expect(page.locator("#call-log")).to_contain_text("Your table is ready", timeout=10_000)
    page.click("#hangup")
    expect(page.locator("#call-status")).to_have_text("Call ended", timeout=10_000)
