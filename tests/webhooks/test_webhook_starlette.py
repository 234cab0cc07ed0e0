"""FastAPI and Starlette apps answer Twilio webhooks (sync and async handlers)."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import parse_qs

import pytest

from .webhook_signing import TOKEN, VOICE_PARAMS, XML, FakeVoiceResponse, twilio_sign

pytest.importorskip("starlette")

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from callbox.webhooks import WebhookConfig
from callbox.webhooks.starlette import (
    TwilioWebhook,
    TwilioWebhookMiddleware,
    TwiMLResponse,
    register_exception_handler,
    twilio_webhook,
)

BASE = "http://testserver"
CONFIG = WebhookConfig(auth_tokens=[TOKEN])


def signed(path: str, params: dict[str, str] | None = None, token: str = TOKEN) -> dict[str, str]:
    return {"X-Twilio-Signature": twilio_sign(token, BASE + path, params)}


# ---------------------------------------------------------------- FastAPI


def fastapi_app(plain_errors: bool) -> Any:
    pytest.importorskip("fastapi")
    import fastapi

    app = fastapi.FastAPI()
    if plain_errors:
        register_exception_handler(app)
    guard = [fastapi.Depends(TwilioWebhook(CONFIG))]

    @app.post("/voice", dependencies=guard, response_class=TwiMLResponse)
    async def voice(request: Request) -> Any:
        assert parse_qs((await request.body()).decode())["From"] == ["+14155550100"]
        return TwiMLResponse(FakeVoiceResponse())  # FastAPI would JSON-encode a bare object

    @app.post("/voice-sync", dependencies=guard, response_class=TwiMLResponse)
    def voice_sync(request: Request) -> Any:
        return XML

    @app.post("/events", dependencies=guard)
    async def events(request: Request) -> Any:
        return {"event": (await request.json())["event"]}

    return app


@pytest.mark.parametrize("path", ["/voice", "/voice-sync"])
def test_fastapi_signed_webhook_gets_twiml(path: str) -> None:
    client = TestClient(fastapi_app(plain_errors=True))
    response = client.post(path, data=VOICE_PARAMS, headers=signed(path, VOICE_PARAMS))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    assert response.text == XML


def test_fastapi_rejection_is_plain_text_when_registered() -> None:
    client = TestClient(fastapi_app(plain_errors=True))
    response = client.post("/voice", data=VOICE_PARAMS, headers=signed("/voice", VOICE_PARAMS, "x"))
    assert response.status_code == 403
    assert response.text == "Twilio request signature is invalid"
    assert response.headers["content-type"].startswith("text/plain")


def test_fastapi_rejection_is_json_detail_by_default() -> None:
    client = TestClient(fastapi_app(plain_errors=False))
    response = client.post("/voice-sync", data=VOICE_PARAMS)
    assert response.status_code == 403
    assert response.json() == {"detail": "Twilio request signature is invalid"}


def test_fastapi_json_webhook() -> None:
    client = TestClient(fastapi_app(plain_errors=True))
    body = json.dumps({"event": "call.answered"}).encode()
    path = "/events?bodySHA256=" + hashlib.sha256(body).hexdigest()
    headers = {**signed(path), "Content-Type": "application/json"}
    ok = client.post(path, content=body, headers=headers)
    assert ok.status_code == 200 and ok.json() == {"event": "call.answered"}
    assert client.post(path, content=b'{"event": "x"}', headers=headers).status_code == 403


# ---------------------------------------------------------------- Starlette


@twilio_webhook(config=CONFIG)
async def voice_async(request: Request) -> Any:
    form = parse_qs((await request.body()).decode())
    return FakeVoiceResponse() if form["From"] == ["+14155550100"] else "<Response/>"


@twilio_webhook(config=CONFIG)
def voice_sync(request: Request) -> Any:
    return XML


@twilio_webhook(config=CONFIG)
def status(request: Request) -> Any:
    return PlainTextResponse("ok", status_code=202)


async def unprotected(request: Request) -> Any:
    return PlainTextResponse("open")


def starlette_app() -> Starlette:
    return Starlette(
        routes=[
            Route("/voice", voice_async, methods=["POST"]),
            Route("/voice-sync", voice_sync, methods=["POST"]),
            Route("/status", status, methods=["POST"]),
            Route("/twilio/open", unprotected, methods=["POST"]),
            Route("/open", unprotected, methods=["POST"]),
        ]
    )


@pytest.mark.parametrize("path", ["/voice", "/voice-sync"])
def test_starlette_decorator_sync_and_async(path: str) -> None:
    client = TestClient(starlette_app())
    response = client.post(path, data=VOICE_PARAMS, headers=signed(path, VOICE_PARAMS))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    assert response.text == XML
    forged = client.post(path, data=VOICE_PARAMS, headers=signed(path, VOICE_PARAMS, "x"))
    assert (forged.status_code, forged.text) == (403, "Twilio request signature is invalid")


def test_starlette_responses_pass_through() -> None:
    client = TestClient(starlette_app())
    response = client.post("/status", data={"a": "b"}, headers=signed("/status", {"a": "b"}))
    assert (response.status_code, response.text) == (202, "ok")


def test_starlette_middleware_by_prefix() -> None:
    app = starlette_app()
    app.add_middleware(TwilioWebhookMiddleware, config=CONFIG, paths=["/twilio/"])
    client = TestClient(app)
    assert client.post("/twilio/open", data={"a": "b"}).status_code == 403
    ok = client.post("/twilio/open", data={"a": "b"}, headers=signed("/twilio/open", {"a": "b"}))
    assert (ok.status_code, ok.text) == (200, "open")
    assert client.post("/open", data={}).status_code == 200


def test_twiml_response_class() -> None:
    assert TwiMLResponse(FakeVoiceResponse()).body == XML.encode()
    assert TwiMLResponse("<Response/>").headers["content-type"] == "text/xml; charset=utf-8"


def test_fastapi_form_parameters_still_work_after_validation() -> None:
    pytest.importorskip("python_multipart")  # FastAPI's own requirement for Form()
    pytest.importorskip("fastapi")
    import fastapi

    app = fastapi.FastAPI()

    @app.post("/sms", dependencies=[fastapi.Depends(TwilioWebhook(CONFIG))])
    def sms(Body: str = fastapi.Form(...)) -> Any:
        return TwiMLResponse(f"<Response><Message>{Body.upper()}</Message></Response>")

    params = {"Body": "hi", "From": "+1", "Digits": ""}
    response = TestClient(app).post("/sms", data=params, headers=signed("/sms", params))
    assert response.text == "<Response><Message>HI</Message></Response>"
    forged = TestClient(app).post(
        "/sms", data={**params, "Body": "x"}, headers=signed("/sms", params)
    )
    assert forged.status_code == 403
