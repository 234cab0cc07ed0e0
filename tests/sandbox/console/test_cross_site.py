"""A web page elsewhere in the user's browser cannot drive the sandbox.

The "attacker" is a real page served from another local origin (another port of
127.0.0.1), and, for DNS rebinding, a page whose host name (``rebind.test``, mapped to
127.0.0.1 in the browser's resolver) points at the sandbox itself.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from callbox.sandbox import Sandbox
from callbox.sandbox.behaviours._serve import ServedApp, serve


@pytest.fixture(scope="module")
def attacker() -> Iterator[ServedApp]:
    async def page(request: Request) -> HTMLResponse:
        target = request.query_params["target"]
        account = request.query_params["account"]
        creds = request.query_params["creds"]
        html = f"""<!doctype html><title>a page elsewhere</title>
<iframe name="sink"></iframe>
<form id="f" method="post" target="sink"
      action="{target}/api/2010-04-01/Accounts/{account}/Queues.json">
  <input name="FriendlyName" value="made by another site"></form>
<script>
window.results = {{}};
async function attempt(name, fn) {{
  try {{ const r = await fn(); window.results[name] = "status " + r.status + " " + r.type; }}
  catch (e) {{ window.results[name] = "blocked: " + e.name; }}
}}
(async () => {{
  await attempt("reset", () => fetch("{target}/_sandbox/reset", {{method: "POST", mode: "no-cors"}}));
  await attempt("read", () => fetch("{target}/_sandbox/events", {{headers: {{Authorization: "Basic {creds}"}}}}));
  await attempt("queue", () => fetch("{target}/api/2010-04-01/Accounts/{account}/Queues.json",
      {{method: "POST", headers: {{Authorization: "Basic {creds}"}}, body: new URLSearchParams({{FriendlyName: "x"}})}}));
  document.getElementById("f").submit();
  window.done = true;
}})();
</script>"""
        return HTMLResponse(html)

    served = serve(Starlette(routes=[Route("/attack", page)]))
    yield served
    served.stop()


def test_a_page_on_another_origin_is_refused(
    browser: Any, sb: Sandbox, attacker: ServedApp
) -> None:
    context = browser.new_context()
    page = context.new_page()
    answers: list[tuple[str, str, int]] = []
    page.on(
        "response",
        lambda r: (
            answers.append((r.request.method, r.url, r.status))
            if r.url.startswith(sb.base_url)
            else None
        ),
    )
    creds = base64.b64encode(f"{sb.account_sid}:{sb.auth_token}".encode()).decode()
    resets = len(sb.events("sandbox.reset"))
    try:
        page.goto(
            f"{attacker.url}/attack?target={sb.base_url}&account={sb.account_sid}&creds={creds}"
        )
        page.wait_for_function("window.done === true")
        page.wait_for_function(
            "() => { try { return frames[0].document.body !== null; } catch { return true; } }"
        )
        page.wait_for_timeout(300)  # the form's navigation lands in the iframe
        results = page.evaluate("window.results")
    finally:
        context.close()
    # A simple no-cors POST reaches the sandbox and is refused as cross-site (not 401).
    assert ("POST", f"{sb.base_url}/_sandbox/reset", 403) in answers
    assert results["reset"] == "status 0 opaque"  # and the page cannot even read that
    # Requests with credentials need a CORS preflight, which the sandbox never grants.
    assert results["read"] == "blocked: TypeError"
    assert results["queue"] == "blocked: TypeError"
    queues = f"{sb.base_url}/api/2010-04-01/Accounts/{sb.account_sid}/Queues.json"
    assert ("POST", queues, 403) in answers  # the form POST, refused
    assert len(sb.events("sandbox.reset")) == resets  # nothing was reset
    assert sb.client.queues.list() == []  # nothing was created


def test_a_rebound_host_name_gets_nothing(browser: Any, sb: Sandbox) -> None:
    context = browser.new_context()
    page = context.new_page()
    try:
        answer = page.goto(f"http://rebind.test:{sb.port}/")
        assert answer is not None and answer.status == 403
        assert '"code":20001' in page.content()
        status = page.evaluate(
            "fetch('/_sandbox/health').then(r => r.status + ' ' + r.headers.get('content-type'))"
        )
        assert status == "403 application/json"
    finally:
        context.close()
