"""Live activity: a webhook fails and its alert shows; messages, calls and their steps stream
in; filters narrow the list.  Also where the console's event latency is measured."""

from __future__ import annotations

import json
import os
import statistics
from typing import Any

from playwright.sync_api import expect

from callbox.sandbox import Sandbox

from .conftest import BROKEN, ME, NUMBER, DemoApp


def test_watch_a_webhook_fail_and_see_the_alert(
    page: Any, sb: Sandbox, demo_app: DemoApp, shots: Any
) -> None:
    sb.seed_number(BROKEN, sms_url=demo_app.url + "/broken")
    page.fill("#sms-to", BROKEN)
    page.fill("#sms-body", "is anyone there?")
    page.click("#sms-form button[type=submit]")

    badge = page.locator("#alert-badge")  # seen from the Phone view: an alert came in
    expect(badge).to_have_text("1", timeout=10_000)
    expect(badge).to_have_attribute("aria-label", "1 new alert")
    page.click("#tab-activity")
    expect(badge).to_be_hidden()

    webhook = page.locator("#feed li[data-kind='webhook.request']").first
    expect(webhook).to_contain_text(f"POST {demo_app.url}/broken → HTTP 500")
    expect(webhook.locator(".kind")).to_have_class("kind webhook failed")
    alert = page.locator("#feed li[data-kind='debugger.alert']").first
    expect(alert).to_contain_text("Error 11200: HTTP retrieval failure")

    webhook.locator("summary").click()  # its details: signature, parameters, answer
    detail = webhook.locator(".detail")
    expect(detail).to_contain_text("Traceback: the app fell over")
    expect(detail).to_contain_text("HMAC-SHA1")
    expect(detail.locator("table.params")).to_contain_text("is anyone there?")
    event = sb.events("webhook.request", url=demo_app.url + "/broken")[0]
    expect(detail).to_contain_text(event["signature"])
    assert event["status_code"] == 500 and event["error_code"] == 11200
    alert.locator("summary").click()
    expect(alert.locator(".detail a")).to_have_attribute(
        "href", "https://www.twilio.com/docs/errors/11200"
    )
    alert.locator("summary").click()  # folded again: the picture shows the webhook's details
    page.evaluate("window.scrollTo(0, 0)")
    shots(page, "activity")


def test_filters_narrow_the_list_by_kind_and_number(
    page: Any, sb: Sandbox, demo_app: DemoApp
) -> None:
    page.click("#tab-activity")
    sb.phone("+14155550142").send_sms(to=NUMBER, body="hours")
    sb.phone(ME).call(NUMBER, script=[{"press": "1"}])
    feed = page.locator("#feed")
    expect(feed.locator("li[data-kind='call.event']").first).to_be_visible(timeout=10_000)
    expect(feed).to_contain_text("caller press “1”")

    page.uncheck("#view-activity input[value='step']")
    expect(feed.locator("li[data-kind='call.event']").first).to_be_hidden()
    page.fill("#filter-number", "+1 415 555 0142")  # spaces and all: compared as digits
    visible = feed.locator("li:visible")
    expect(visible.first).to_be_visible()
    shown = visible.evaluate_all("rows => rows.map(li => Number(li.dataset.seq))")
    by_seq = {e["seq"]: e for e in sb.events()}
    assert shown and all("+14155550142" in str(by_seq[seq]) for seq in shown)
    assert len(shown) >= 4  # the text, its webhook, the reply and its statuses
    expect(feed.locator("li[data-kind='call.status']:visible")).to_have_count(0)
    page.fill("#filter-number", "")
    expect(feed.locator("li[data-kind='call.status']:visible").first).to_be_visible()

    # A call's transcript opens from any of its rows.
    feed.locator("li[data-kind='call.status'] summary").first.click()
    feed.locator("li[data-kind='call.status'] .detail button").first.click()
    dialog = page.locator("#transcript-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("“Thanks for calling Example Bistro")
    expect(dialog).to_contain_text("caller press “1”")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


def test_event_latency_from_webhook_to_row(page: Any, sb: Sandbox, demo_app: DemoApp) -> None:
    """Each webhook's row is stamped (data-shown-at, epoch ms) in the frame that paints it;
    the event's time is when the sandbox logged the app's answer.  The figures go to
    docs/benchmarks.md ("Sandbox console"); CALLBOX_CONSOLE_LATENCY=path writes them."""
    page.click("#tab-activity")
    sb.set_step_delay(0)
    try:
        for i in range(25):  # one texter after the other: each text, its reply, the callbacks
            phone = sb.phone(f"+1415555{2000 + i}")
            phone.send_sms(to=NUMBER, body="hours")
            phone.wait_for_message()
    finally:
        sb.set_step_delay(None)
    stamped = "#feed li[data-kind='webhook.request'][data-shown-at]"
    for _ in range(50):  # until the page has stamped every webhook the sandbox logged
        logged = len(sb.events("webhook.request"))
        if page.locator(stamped).count() == logged:
            break
        page.wait_for_timeout(100)
    gaps = page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)]
              .map(li => Number(li.dataset.shownAt) - Number(li.dataset.time) * 1000)""",
        stamped,
    )
    assert len(gaps) == len(sb.events("webhook.request")) >= 25 * 2
    assert all(g > 0 for g in gaps)  # stamped after the sandbox logged them, never before
    figures = {
        "events": len(gaps),
        "p50_ms": round(statistics.median(gaps), 1),
        "p95_ms": round(sorted(gaps)[int(len(gaps) * 0.95) - 1], 1),
        "max_ms": round(max(gaps), 1),
    }
    print("console event latency:", figures)
    out = os.environ.get("CALLBOX_CONSOLE_LATENCY")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump(figures, f)


def test_the_page_follows_the_log_by_long_polls_where_a_stream_cannot_be_held(
    browser: Any, sb: Sandbox
) -> None:
    context = browser.new_context()
    context.add_init_script("localStorage.setItem('callbox.console.events', 'poll')")
    page = context.new_page()
    polls: list[str] = []
    page.on("request", lambda r: polls.append(r.url) if "/_sandbox/events" in r.url else None)
    try:
        page.goto(sb.console_url)
        page.wait_for_selector("body[data-ready]")
        page.click("#tab-activity")
        sb.phone("+14155550143").send_sms(to=NUMBER, body="hours")
        expect(page.locator("#feed")).to_contain_text("+14155550143", timeout=10_000)
        assert any("wait=25" in url for url in polls)
        assert not any("stream=1" in url for url in polls)
    finally:
        context.close()


def test_the_page_rides_out_a_sandbox_restart(browser: Any, tmp_path: Any) -> None:
    db = str(tmp_path / "restart.db")
    first = Sandbox(db=db).start()
    port = first.port
    context = browser.new_context()
    page = context.new_page()
    try:
        for i in range(5):  # the first server's log runs ahead of the next one's
            first.seed_number(f"+1510555030{i}")
        page.goto(first.console_url)
        page.wait_for_selector("body[data-ready]")
        first.stop()
        expect(page.locator("#conn")).to_contain_text("Disconnected", timeout=10_000)
        with Sandbox(db=db, port=port) as second:  # the same account, a new event log
            expect(page.locator("#conn")).to_contain_text("Live", timeout=15_000)
            page.click("#tab-activity")
            second.seed_number("+15105550399")
            expect(page.locator("#feed")).to_contain_text("+15105550399", timeout=10_000)
    finally:
        context.close()
        first.stop()
