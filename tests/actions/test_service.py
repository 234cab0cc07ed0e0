"""`callbox actions serve`: the actions over HTTP on 127.0.0.1, refusing cross-site requests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from callbox.sandbox import Sandbox
from tests.cli.servers import TwimlApp

from .cases import CASES, LOCAL_ERRORS, error_case, payload


@pytest.fixture(scope="module")
def service(sandbox: Sandbox) -> Iterator[str]:
    """The service as a user starts it, sending the actions to the sandbox."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "CALLBOX_"))}
    env.update(TWILIO_ACCOUNT_SID=sandbox.account_sid, TWILIO_AUTH_TOKEN=sandbox.auth_token)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "callbox.cli",
            "--sandbox",
            sandbox.base_url,
            "actions",
            "serve",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.startswith("callbox actions on http://127.0.0.1:"), first
    url = first.split()[3]
    assert f"-> {sandbox.base_url}" in first
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(20)
        proc.stdout.close()


def post(url: str, name: str, body: object, **headers: str) -> httpx.Response:
    return httpx.post(f"{url}/{name}", json=body, headers=headers, timeout=30)


def test_each_action_over_http(service: str, sb: Sandbox, twiml_app: TwimlApp) -> None:
    sent = post(service, "sendMessage", payload(sb, "sendMessage", body="over HTTP"))
    assert sent.status_code == 200 and sent.json()["callback"] == "success"
    assert sent.json()["contextWrites"]["to"]["body"] == "over HTTP"
    media = post(service, "sendMediaMessage", payload(sb, "sendMediaMessage"))
    assert media.json()["contextWrites"]["to"]["num_media"] == "1"
    sb.phone("+14155550177", script=[])
    twiml_app.documents["/http-hello"] = "<Response><Say>Hello over HTTP.</Say></Response>"
    url = twiml_app.url("/http-hello")
    call = post(service, "makeCall", payload(sb, "makeCall", to="+14155550177", url=url))
    assert call.json()["callback"] == "success"
    sid = call.json()["contextWrites"]["to"]["sid"]
    sb.wait_for_event("call.status", sid=sid, status="completed")
    assert sb.transcript(sid).said == "Hello over HTTP."


@pytest.mark.parametrize(("row", "action"), CASES)
def test_the_error_table_over_http(service: str, sb: Sandbox, row: str, action: str) -> None:
    body, message = error_case(sb, row, action)
    answer = post(service, action, body)
    assert answer.status_code == 200
    assert answer.json() == {"callback": "error", "contextWrites": {"to": message}}


def test_local_errors_and_bad_input_over_http(service: str, sb: Sandbox) -> None:
    action, changes, message = LOCAL_ERRORS[0]
    answer = post(service, action, payload(sb, action, **changes))
    assert answer.json()["contextWrites"]["to"].startswith(message)
    broken = httpx.post(
        f"{service}/sendMessage", content=b'{"to": ', headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 200 and broken.json()["callback"] == "error"
    assert broken.json()["contextWrites"]["to"].startswith("The input is not JSON")
    unknown = post(service, "sendFax", {})
    assert unknown.status_code == 404 and "makeCall" in unknown.json()["contextWrites"]["to"]
    assert httpx.get(f"{service}/sendMessage").status_code == 405
    described = httpx.get(service + "/").json()["actions"]
    assert set(described) == {"makeCall", "sendMessage", "sendMediaMessage"}


def test_cross_site_requests_are_refused(service: str, sb: Sandbox) -> None:
    body = payload(sb, "sendMessage", body="should never be sent")
    evil = post(service, "sendMessage", body, Origin="https://evil.example")
    assert evil.status_code == 403 and evil.json()["callback"] == "error"
    fetch = post(service, "sendMessage", body, **{"Sec-Fetch-Site": "cross-site"})
    assert fetch.status_code == 403
    rebinding = post(service, "sendMessage", body, Host="attacker.example:80")
    assert rebinding.status_code == 403
    form = httpx.post(f"{service}/sendMessage", data={"to": "+14155550100"})  # a form post
    assert form.status_code == 415
    huge = httpx.post(
        f"{service}/sendMessage",
        content=b"[" + b"1," * 600_000 + b"1]",
        headers={"Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    assert sb.client.messages.list() == []  # none of them was sent
    own = payload(sb, "sendMessage", body="from the same origin")
    same = post(service, "sendMessage", own, Origin=service, **{"Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 200 and same.json()["callback"] == "success"
    assert [m.body for m in sb.client.messages.list()] == ["from the same origin"]
    preflight = httpx.options(f"{service}/sendMessage", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in preflight.headers
