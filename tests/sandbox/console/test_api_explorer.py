"""Try an API call: pick an operation, fill it in, send it, and copy it as code that runs."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from typing import Any

from playwright.sync_api import expect

from callbox.sandbox import Sandbox

from .conftest import ME, NUMBER


def _clipboard(page: Any) -> str:
    text: str = page.evaluate("navigator.clipboard.readText()")
    return text


def test_try_an_api_call_and_copy_its_snippets(page: Any, sb: Sandbox, shots: Any) -> None:
    page.click("#tab-api")
    expect(page.locator("#api-op-title")).to_have_text(
        "POST /api/2010-04-01/Accounts/{AccountSid}/Messages.json", timeout=10_000
    )
    expect(page.locator("#param-AccountSid")).to_have_value(sb.account_sid)
    page.fill("#param-To", ME)
    page.fill("#param-From", NUMBER)
    page.fill("#param-Body", "Hello from the console's API page")
    page.click("#api-send")
    expect(page.locator("#api-status")).to_contain_text("HTTP 201", timeout=10_000)
    sent = json.loads(page.locator("#api-response").inner_text())
    assert sent["sid"].startswith("SM") and sent["body"] == "Hello from the console's API page"
    assert sb.client.messages(sent["sid"]).fetch().to == ME
    page.evaluate("window.scrollTo(0, 0); document.getElementById('api-params').scrollTop = 0")
    shots(page, "api")

    page.click("text=Copy Python")
    expect(page.locator("#copy-msg")).to_have_text("Python copied to the clipboard.")
    python = _clipboard(page)
    assert python == (
        "from callbox import Client\n\n"
        "client = Client()  # CALLBOX_BASE_URL and TWILIO_* from the environment\n"
        "result = client.messages.create(\n"
        f'    to="{ME}",\n'
        f'    from_="{NUMBER}",\n'
        '    body="Hello from the console\'s API page",\n'
        ")\n"
        "print(result)"
    )
    env = {**os.environ, **sb.env, "NO_PROXY": "127.0.0.1"}
    ran = subprocess.run(
        [sys.executable, "-c", python], env=env, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    bodies = [m.body for m in sb.client.messages.list(to=ME)]
    assert bodies.count("Hello from the console's API page") == 2  # the page's, the snippet's

    page.click("text=Copy curl")
    curl = _clipboard(page)
    assert curl.startswith(f"curl -X POST {sb.base_url}/api/2010-04-01/Accounts/{sb.account_sid}")
    assert "--data-urlencode 'Body=Hello from the console'\\''s API page'" in curl
    if shutil.which("curl"):
        done = subprocess.run(
            ["bash", "-c", curl], env=env, capture_output=True, text=True, timeout=60
        )
        assert json.loads(done.stdout)["status"] == "queued", done.stdout + done.stderr

    page.click("text=Copy command")
    command = _clipboard(page)
    assert command == (
        f"callbox api api v2010.accounts.messages create --AccountSid {sb.account_sid} "
        f"--To {ME} --From {NUMBER} --Body 'Hello from the console'\\''s API page'"
    )
    # The copied line runs as it is (the command reads the sandbox from the environment).
    line = command.replace("callbox ", f"{shlex.quote(sys.executable)} -m callbox.cli ", 1)
    done = subprocess.run(
        ["bash", "-c", line + " --json"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["body"] == "Hello from the console's API page"


def test_a_list_of_another_domain_and_an_error_answer(page: Any, sb: Sandbox) -> None:
    service = sb.client.verify.v2.services.create(friendly_name="Console check")
    page.click("#tab-api")
    expect(page.locator("#api-op-title")).not_to_be_empty(timeout=10_000)
    page.select_option("#api-domain", "verify")
    page.fill("#api-find", "services list")
    expect(page.locator("#api-op")).to_contain_text("v2 · Services · list (GET)")
    page.select_option("#api-op", label="v2 · Services · list (GET)")
    expect(page.locator("#api-op-title")).to_have_text("GET /verify/v2/Services")
    page.fill("#param-PageSize", "5")
    expect(page.locator("#snip-py")).to_contain_text(
        "for record in client.verify.v2.services.list(page_size=5):"
    )
    page.click("#api-send")
    expect(page.locator("#api-status")).to_contain_text("HTTP 200")
    expect(page.locator("#api-response")).to_contain_text(service.sid)

    # A fetch of a record that does not exist: Twilio's error, shown as it came.
    page.fill("#api-find", "services fetch")
    page.select_option("#api-op", label="v2 · Services · fetch (GET)")
    page.click("#api-send")
    expect(page.locator("#api-status")).to_have_text("Fill in Sid (part of the path).")
    page.fill("#param-Sid", "VA" + "0" * 32)
    page.click("#api-send")
    expect(page.locator("#api-status")).to_contain_text("HTTP 404")
    expect(page.locator("#api-response")).to_contain_text('"code": 20404')
    expect(page.locator("#snip-py")).to_contain_text(
        f'result = client.verify.v2.services("VA{"0" * 32}").fetch()'
    )
