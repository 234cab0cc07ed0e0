"""The account view: credentials and the env line, numbers bought and pointed at an app,
applications, subaccounts, settings, reset.  And signing in without the console link."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from callbox.sandbox import Sandbox

from .conftest import NUMBER, DemoApp


def test_buy_a_number_and_point_it_at_the_app(
    page: Any, sb: Sandbox, demo_app: DemoApp, shots: Any
) -> None:
    page.click("#tab-account")
    expect(page.locator("#numbers")).to_contain_text(NUMBER)
    page.fill("#search-area", "510")
    page.fill("#search-contains", "7777")
    page.click("#search-form button[type=submit]")
    results = page.locator("#search-results li")
    expect(results.first).to_contain_text("7777", timeout=10_000)
    bought = results.first.locator("span").inner_text().split(" ")[0]
    results.first.get_by_role("button").click()
    expect(page.locator("#numbers-msg")).to_have_text(f"Bought {bought}. Set its URLs above.")

    row = page.locator(f"#numbers li[data-number='{bought}']")
    row.get_by_label("SMS URL").fill(demo_app.url + "/sms")
    row.get_by_role("button", name=f"Save the URLs of {bought}").click()
    expect(page.locator("#numbers-msg")).to_have_text(f"Saved the URLs of {bought}.")
    (record,) = sb.client.incoming_phone_numbers.list(phone_number=bought)
    assert record.sms_url == demo_app.url + "/sms"

    # An application and a subaccount, made and listed.
    page.fill("#app-name", "Bistro app")
    page.fill("#app-voice", demo_app.url + "/voice")
    page.click("#app-form button[type=submit]")
    expect(page.locator("#apps")).to_contain_text("Bistro app")
    page.fill("#sub-name", "Staging")
    page.click("#sub-form button[type=submit]")
    expect(page.locator("#subs")).to_contain_text("Staging")
    (sub,) = [a for a in sb.client.api.v2010.accounts.list() if a.friendly_name == "Staging"]
    page.get_by_role("button", name="Show the auth token of Staging").click()
    expect(page.locator("#subs")).to_contain_text(sub.auth_token)
    page.get_by_role("button", name="Hide the auth token of Staging").click()
    shots(page, "account")

    row.get_by_role("button", name=f"Release {bought}").click()
    expect(page.locator(f"#numbers li[data-number='{bought}']")).to_have_count(0)
    assert sb.client.incoming_phone_numbers.list(phone_number=bought) == []


def test_the_credentials_and_the_line_that_points_a_client_here(page: Any, sb: Sandbox) -> None:
    assert page.url == sb.base_url + "/"  # the link's fragment is gone (and from history)
    saved = page.evaluate("sessionStorage.getItem('callbox.console.credentials')")
    assert sb.auth_token in saved  # kept for this tab only
    assert sb.auth_token not in page.evaluate("JSON.stringify(localStorage)")
    page.click("#tab-account")
    expect(page.locator("#acct-sid")).to_have_text(sb.account_sid)
    line = f"export CALLBOX_BASE_URL={sb.base_url} TWILIO_ACCOUNT_SID={sb.account_sid} "
    expect(page.locator("#env-line")).to_have_text(line + "TWILIO_AUTH_TOKEN=••••••••")
    page.click("#token-show")
    expect(page.locator("#token-show")).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#token-show")).to_have_text("Hide")
    expect(page.locator("#acct-token")).to_have_text(sb.auth_token)
    page.click("#env-copy")
    page.wait_for_function("navigator.clipboard.readText().then(t => t.startsWith('export'))")
    assert page.evaluate("navigator.clipboard.readText()") == (
        line + f"TWILIO_AUTH_TOKEN={sb.auth_token}"
    )


def test_settings_and_reset(page: Any, sb: Sandbox) -> None:
    page.click("#tab-account")
    page.select_option("#set-clock", "real")
    page.fill("#set-delay", "0.2")
    page.click("#settings-form button[type=submit]")
    expect(page.locator("#settings-msg")).to_have_text("Saved.")
    try:
        assert sb.settings()["clock"] == "real" and sb.settings()["step_delay"] == 0.2
    finally:
        sb.set_clock("virtual")
        sb.set_step_delay(None)
    sb.client.queues.create(friendly_name="kept until the reset")
    page.click("#reset")
    page.click("#reset-confirm")
    expect(page.locator("#settings-msg")).to_have_text("The sandbox was reset.")
    expect(page.locator("#numbers")).to_contain_text("No numbers yet")
    assert sb.client.queues.list() == []
    for _ in range(100):  # the console's phone is set live again, as soon as it hears of it
        if sb.phone("+14155550100").settings["answer"] == "live":
            break
        page.wait_for_timeout(50)
    assert sb.phone("+14155550100").settings["answer"] == "live"


def test_sign_in_by_hand_when_the_link_has_no_credentials(browser: Any, sb: Sandbox) -> None:
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(sb.base_url + "/")
        expect(page.locator("#signin")).to_be_visible()
        expect(page.locator("#tabs")).to_be_hidden()
        page.fill("#signin-account", sb.account_sid)
        page.fill("#signin-token", "not-the-token")
        page.press("#signin-token", "Enter")
        expect(page.locator("#signin-error")).to_contain_text("refused these credentials")
        page.fill("#signin-token", sb.auth_token)
        page.press("#signin-token", "Enter")
        page.wait_for_selector("body[data-ready]")
        expect(page.locator("#conn")).to_contain_text("Live")
    finally:
        context.close()
