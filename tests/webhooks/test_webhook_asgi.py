"""An ASGI app behind TwilioWebhookMiddleware: Starlette's test client, and uvicorn over HTTP."""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, MutableMapping
from typing import Any

import pytest

from callbox.webhooks.asgi import TwilioWebhookMiddleware, send_twiml
from tests.support import free_port

from .webhook_signing import TOKEN, VOICE_PARAMS, XML, FakeVoiceResponse, twilio_sign


async def echo_app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
    """The user's raw ASGI app: reads the body and answers TwiML with the caller."""
    assert scope["type"] == "http"
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    caller = urllib.parse.parse_qs(body.decode()).get("From", ["?"])[0]
    await send_twiml(send, XML.replace("Hello", "Hello " + caller))


def test_with_the_starlette_test_client() -> None:
    testclient = pytest.importorskip("starlette.testclient")
    app = TwilioWebhookMiddleware(echo_app, TOKEN, paths=["/twilio"])
    client = testclient.TestClient(app)  # no lifespan: the raw app only speaks HTTP
    url = "http://testserver/twilio/voice?x=1"
    signature = twilio_sign(TOKEN, url, VOICE_PARAMS)
    ok = client.post(url, data=VOICE_PARAMS, headers={"X-Twilio-Signature": signature})
    assert ok.status_code == 200 and "Hello +14155550100" in ok.text
    assert ok.headers["content-type"] == "text/xml; charset=utf-8"
    bad = client.post(
        url, data={**VOICE_PARAMS, "To": "+1"}, headers={"X-Twilio-Signature": signature}
    )
    assert bad.status_code == 403
    assert bad.text == "Twilio request signature is invalid"
    assert bad.headers["content-type"].startswith("text/plain")
    assert client.post("http://testserver/other", data={}).status_code == 200


def test_body_arriving_in_chunks_is_reassembled() -> None:
    app = TwilioWebhookMiddleware(echo_app, TOKEN)
    form = urllib.parse.urlencode(VOICE_PARAMS).encode()
    url = "https://example.com/voice"
    headers = [
        (b"host", b"example.com"),
        (b"content-type", b"application/x-www-form-urlencoded"),
        (b"x-twilio-signature", twilio_sign(TOKEN, url, VOICE_PARAMS).encode()),
    ]
    scope = {
        "type": "http",
        "method": "POST",
        "scheme": "https",
        "path": "/voice",
        "raw_path": b"/voice",
        "query_string": b"",
        "headers": headers,
    }
    chunks = [form[:10], form[10:]]
    messages = [
        {"type": "http.request", "body": c, "more_body": i == 0} for i, c in enumerate(chunks)
    ]
    sent = run(app, scope, messages)
    assert sent[0]["status"] == 200
    assert b"+14155550100" in sent[1]["body"]


@pytest.fixture
def uvicorn_server() -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    port = free_port()
    config = uvicorn.Config(
        TwilioWebhookMiddleware(echo_app, TOKEN),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def test_signed_post_to_uvicorn_over_http(uvicorn_server: str) -> None:
    url = uvicorn_server + "/voice?a=b"
    data = urllib.parse.urlencode(VOICE_PARAMS).encode()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": twilio_sign(TOKEN, url, VOICE_PARAMS),
    }
    with urllib.request.urlopen(urllib.request.Request(url, data, headers), timeout=10) as r:
        assert r.status == 200 and b"+14155550100" in r.read()
        assert r.headers["Content-Type"] == "text/xml; charset=utf-8"
    headers["X-Twilio-Signature"] = twilio_sign(TOKEN, url + "&c=d", VOICE_PARAMS)
    with pytest.raises(urllib.error.HTTPError) as failure:
        urllib.request.urlopen(urllib.request.Request(url, data, headers), timeout=10)
    assert failure.value.code == 403


def run(
    app: Any, scope: dict[str, Any], messages: list[dict[str, Any]]
) -> list[MutableMapping[str, Any]]:
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def http_scope(headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "path": "/voice",
        "query_string": b"",
        "headers": headers,
        "server": ("127.0.0.1", 8000),
    }


def test_oversized_or_undecodable_bodies_and_disconnects() -> None:
    app = TwilioWebhookMiddleware(echo_app, TOKEN, max_body_size=8)
    big = [{"type": "http.request", "body": b"x" * 9, "more_body": False}]
    assert run(app, http_scope([]), big)[0]["status"] == 413
    app = TwilioWebhookMiddleware(echo_app, TOKEN)
    form = [(b"content-type", b"application/x-www-form-urlencoded")]
    bad = [{"type": "http.request", "body": b"\xff\xfe", "more_body": False}]
    assert run(app, http_scope(form), bad)[0]["status"] == 403
    assert run(app, http_scope(form), []) == []  # the client went away: nothing is sent


def test_host_falls_back_to_the_server_address() -> None:
    url = "http://127.0.0.1:8000/voice"
    headers = [
        (b"content-type", b"application/x-www-form-urlencoded"),
        (b"x-twilio-signature", twilio_sign(TOKEN, url, {"a": "b"}).encode()),
    ]
    app = TwilioWebhookMiddleware(echo_app, TOKEN)
    body = [{"type": "http.request", "body": b"a=b", "more_body": False}]
    assert run(app, http_scope(headers), body)[0]["status"] == 200


def test_lifespan_and_websockets_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    run(TwilioWebhookMiddleware(app, TOKEN), {"type": "lifespan"}, [])
    run(TwilioWebhookMiddleware(app, TOKEN), {"type": "websocket", "path": "/ws"}, [])
    assert seen == ["lifespan", "websocket"]


def test_send_twiml_serves_builders_as_xml() -> None:
    sent: list[MutableMapping[str, Any]] = []

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(send_twiml(send, FakeVoiceResponse(), status=201))
    assert sent[0]["status"] == 201
    assert (b"content-type", b"text/xml; charset=utf-8") in sent[0]["headers"]
    assert sent[1]["body"] == XML.encode()
