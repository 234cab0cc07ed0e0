"""Accessibility: every control is labelled and reachable by keyboard, text is readable.

``AUDIT`` is a small axe-like audit run in the page: it names each problem it finds
(a control without an accessible name, an image without alt text, a duplicate id, a
dangling ARIA reference, text under WCAG AA contrast), so a failure says what to fix.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from callbox.sandbox import Sandbox

from .conftest import ME, NUMBER, DemoApp

AUDIT = r"""
() => {
  const problems = [];
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
    && getComputedStyle(el).visibility !== "hidden";
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "");
  const textOf = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent || "").join(" ").trim();
  const name = (el) => {
    if (el.getAttribute("aria-labelledby")) return textOf(el.getAttribute("aria-labelledby"));
    if (el.getAttribute("aria-label")) return el.getAttribute("aria-label").trim();
    if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(" ").trim();
    if (el.tagName === "BUTTON" || el.tagName === "SUMMARY" || el.tagName === "A") return el.textContent.trim();
    return el.getAttribute("title") || "";
  };
  for (const el of document.querySelectorAll("input:not([type=hidden]), select, textarea, button, summary, a[href]")) {
    if (visible(el) && !name(el)) problems.push(`no accessible name: ${describe(el)}`);
  }
  for (const el of document.querySelectorAll("img")) {
    if (!el.hasAttribute("alt")) problems.push(`image without alt: ${el.src}`);
  }
  const seen = new Set();
  for (const el of document.querySelectorAll("[id]")) {
    if (seen.has(el.id)) problems.push(`duplicate id: ${el.id}`);
    seen.add(el.id);
  }
  for (const attr of ["aria-labelledby", "aria-controls", "aria-describedby", "for", "list"]) {
    for (const el of document.querySelectorAll(`[${attr}]`)) {
      for (const id of el.getAttribute(attr).split(/\s+/)) {
        if (id && !document.getElementById(id)) problems.push(`${attr} points nowhere: ${describe(el)} -> ${id}`);
      }
    }
  }
  const rgba = (text) => (text.match(/[\d.]+/g) || []).map(Number).concat([1]).slice(0, 4);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    let layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const bg = rgba(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0) { layers.push(bg); if (bg[3] >= 1) break; }
    }
    let color = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) color = [r * a + color[0] * (1 - a), g * a + color[1] * (1 - a), b * a + color[2] * (1 - a)];
    return color;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const checked = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || checked.has(el) || !visible(el) || el.closest(".sr-only, [disabled], option")) continue;
    checked.add(el);
    const style = getComputedStyle(el);
    const fg = rgba(style.color);
    const bg = background(el);
    const blended = [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
    const [hi, lo] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)}: ${describe(el)} "${node.textContent.trim().slice(0, 40)}"`);
  }
  return problems;
}
"""


def _audit(page: Any) -> list[str]:
    problems: list[str] = page.evaluate(AUDIT)
    return problems


def test_every_view_passes_the_audit(page: Any, sb: Sandbox, demo_app: DemoApp) -> None:
    assert page.evaluate("document.documentElement.lang") == "en"
    # The phone mid-call, a text thread, a call ringing in.
    page.fill("#sms-body", "hours?")
    page.click("#sms-form button[type=submit]")
    expect(page.locator("#bubbles .bubble:not(.mine)")).to_be_visible(timeout=10_000)
    page.fill("#dial-to", NUMBER)
    page.click("#dial")
    expect(page.locator("#call-log")).to_contain_text("Thanks for calling", timeout=10_000)
    assert _audit(page) == []
    page.click("#hangup")
    expect(page.locator("#call-status")).to_have_text("Call ended", timeout=10_000)
    sb.client.calls.create(to=ME, from_=NUMBER, url=demo_app.url + "/outbound")
    expect(page.locator("#incoming")).to_be_visible(timeout=10_000)
    assert _audit(page) == []
    page.click("#decline")

    page.click("#tab-activity")
    page.locator("#feed li[data-kind='webhook.request'] summary").first.click()
    assert _audit(page) == []
    page.click("#tab-account")
    expect(page.locator("#numbers")).to_contain_text(NUMBER)
    assert _audit(page) == []
    page.click("#tab-api")
    expect(page.locator("#api-op-title")).not_to_be_empty(timeout=10_000)
    page.click("#api-send")  # an error answer on screen too
    expect(page.locator("#api-status")).to_contain_text("HTTP 400")
    assert _audit(page) == []


def test_the_sign_in_form_passes_the_audit(browser: Any, sb: Sandbox) -> None:
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(sb.base_url)
        expect(page.locator("#signin")).to_be_visible()
        assert page.evaluate("document.activeElement.id") == "signin-account"
        assert _audit(page) == []
    finally:
        context.close()


def test_the_keyboard_reaches_everything_in_order(page: Any, sb: Sandbox) -> None:
    # The tabs: arrow keys move between them (one tab stop for the whole list).
    page.focus("#tab-phone")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-activity"
    expect(page.locator("#view-activity")).to_be_visible()
    page.keyboard.press("End")
    expect(page.locator("#view-api")).to_be_visible()
    page.keyboard.press("Home")
    expect(page.locator("#view-phone")).to_be_visible()

    # During a call, Tab walks from the top of the page to the keypad, key by key.
    page.fill("#dial-to", NUMBER)
    page.press("#dial-to", "Enter")
    expect(page.locator("#call-log")).to_contain_text("Thanks for calling", timeout=10_000)
    page.focus("#tab-phone")
    keys = []
    for _ in range(40):
        page.keyboard.press("Tab")
        key = page.evaluate("document.activeElement.dataset.key || null")
        if key is not None:
            keys.append(key)
        elif keys:
            break
    assert keys == list("123456789*0#")
    assert page.evaluate("document.activeElement.id") == "say-text"  # then the speech box
    # A focused control shows it.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.click("#hangup")
