"""What a live view of the sandbox reads in its event log: every webhook with its
signature, timing and answer; messages with their text; call steps in transcript order.
And a held long poll never holds up the server's stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox.sandbox import Sandbox, press
from callbox.sandbox.behaviours._serve import ServedApp, serve
from callbox.webhooks import RequestValidator

NUMBER = "+15105550123"
PHONE = "+14155550161"


@pytest.fixture(scope="module")
def app() -> Iterator[tuple[ServedApp, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []

    async def sms(request: Request) -> Response:
        form = await request.form()
        seen.append({"signature": request.headers["x-twilio-signature"], "form": dict(form)})
        return Response("<Response><Message>got it</Message></Response>", media_type="text/xml")

    async def voice(request: Request) -> Response:
        twiml = '<Response><Gather numDigits="1"><Say>Press a key.</Say></Gather></Response>'
        return Response(twiml, media_type="text/xml")

    served = serve(
        Starlette(
            routes=[Route("/sms", sms, methods=["POST"]), Route("/voice", voice, methods=["POST"])]
        )
    )
    yield served, seen
    served.stop()


def test_a_webhook_event_tells_its_signature_timing_and_answer(
    sandbox: Sandbox, app: tuple[ServedApp, list[dict[str, Any]]]
) -> None:
    served, seen = app
    sandbox.reset()
    sandbox.seed_number(NUMBER, sms_url=served.url + "/sms")
    sandbox.phone(PHONE).send_sms(to=NUMBER, body="hello", media_url="http://127.0.0.1:9/a.png")
    event = sandbox.wait_for_event("webhook.request", purpose="incoming_message")
    assert event["signature"] == seen[-1]["signature"]  # what the app was sent
    assert RequestValidator(sandbox.auth_token).validate(
        event["url"], event["params"], event["signature"]
    )
    assert event["status_code"] == 200 and event["error"] is None and event["attempts"] == 1
    assert (
        event["content_type"] == "text/xml"
        and "<Message>got it</Message>" in event["response_body"]
    )
    assert 0 < event["ms"] < 5000 and event["idempotency_token"]

    received = sandbox.events("message.status", status="received")[-1]
    assert received["body"] == "hello" and received["direction"] == "inbound"
    assert received["media_urls"] == ["http://127.0.0.1:9/a.png"]
    reply = sandbox.wait_for_event("message.delivered_to_phone", to=PHONE)
    assert reply["body"] == "got it" and reply["media_urls"] == []
    (queued,) = sandbox.events("message.status", sid=reply["sid"], status="queued")
    assert queued["body"] == "got it" and queued["direction"] == "outbound-reply"


def test_call_steps_carry_their_place_in_the_transcript(
    sandbox: Sandbox, app: tuple[ServedApp, list[dict[str, Any]]]
) -> None:
    served, _ = app
    sandbox.reset()
    sandbox.seed_number(NUMBER, voice_url=served.url + "/voice")
    transcript = sandbox.phone(PHONE).call(NUMBER, script=[press("5")])
    steps = sandbox.events("call.event", sid=transcript.sid)
    assert [s["index"] for s in steps] == list(range(len(transcript.events)))
    assert [s["event"] for s in steps] == transcript.events


def test_stopping_answers_a_held_long_poll_at_once() -> None:
    sb = Sandbox().start()
    answers: list[int] = []

    def poll() -> None:
        auth = (sb.account_sid, sb.auth_token)
        answer = httpx.get(
            sb.base_url + "/_sandbox/events", params={"after": 10**9, "wait": 25}, auth=auth
        )
        answers.append(answer.status_code)

    held = threading.Thread(target=poll)
    held.start()
    deadline = time.monotonic() + 5
    while not sb.state.events._waiters and time.monotonic() < deadline:
        time.sleep(0.01)  # until the poll waits on the server
    assert sb.state.events._waiters
    started = time.monotonic()
    sb.stop()
    held.join(5)
    assert answers == [200]
    assert time.monotonic() - started < 2.0  # not the 25 s wait, nor a forced shutdown


def test_callbox_sandbox_stops_at_once_with_a_console_open() -> None:
    import os
    import signal
    import subprocess
    import sys

    from tests.support import free_port

    port = free_port()
    sid, token = "AC" + "e" * 32, "f" * 32
    env = dict(os.environ, CALLBOX_SANDBOX_ACCOUNT_SID=sid, CALLBOX_SANDBOX_AUTH_TOKEN=token)
    proc = subprocess.Popen(
        [sys.executable, "-m", "callbox.cli", "sandbox", "--port", str(port), "--db", ":memory:"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        sb = Sandbox.attach(f"http://127.0.0.1:{port}", sid, token)
        held = threading.Thread(target=lambda: sb._wait_any(10**9, 25.0), daemon=True)
        held.start()
        time.sleep(0.3)  # the poll reaches the server (a stop before it ends it just as well)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)  # Ctrl+C
        _, err = proc.communicate(timeout=10)
        assert time.monotonic() - started < 3.0
        assert "Traceback" not in err and "CancelledError" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_event_log_as_a_stream(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from callbox.sandbox import _control

    monkeypatch.setattr(_control, "HEARTBEAT", 0.2)
    sandbox.reset()
    sandbox.seed_number("+15105550170")
    after = sandbox.events()[0]["seq"]  # the reset's
    auth = (sandbox.account_sid, sandbox.auth_token)
    url = sandbox.base_url + "/_sandbox/events"
    params = {"after": after, "stream": 1, "kind": "number.seeded"}
    with httpx.stream("GET", url, params=params, auth=auth, timeout=10) as answer:
        assert answer.headers["content-type"] == "application/x-ndjson"
        lines = answer.iter_lines()
        first = json.loads(next(lines))  # at once: what is already there
        assert [e["phone_number"] for e in first["events"]] == ["+15105550170"]
        sandbox.seed_number("+15105550171")
        sandbox.phone("+14155550100").configure(answer="busy")  # another kind: not sent
        sandbox.seed_number("+15105550172")
        seen: list[str] = []
        while len(seen) < 2:
            batch = json.loads(next(lines))
            seen += [e["phone_number"] for e in batch["events"]]
        assert seen == ["+15105550171", "+15105550172"]
        beat = json.loads(next(lines))  # nothing more: an empty line keeps it alive
        assert beat == {"events": [], "last_seq": sandbox.events()[-1]["seq"]}


def test_stopping_ends_a_held_stream() -> None:
    sb = Sandbox().start()
    ended: list[float] = []

    def follow() -> None:
        auth = (sb.account_sid, sb.auth_token)
        params = {"stream": 1, "after": 0}
        with httpx.stream("GET", sb.base_url + "/_sandbox/events", params=params, auth=auth) as r:
            for _ in r.iter_lines():
                pass
        ended.append(time.monotonic())

    held = threading.Thread(target=follow)
    held.start()
    deadline = time.monotonic() + 5
    while not sb.state.events._waiters and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    sb.stop()
    held.join(5)
    assert ended and ended[0] - started < 2.0
