"""A Flask app answers Twilio voice webhooks through @twilio_webhook."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from .webhook_signing import TOKEN, VOICE_PARAMS, XML, FakeVoiceResponse, twilio_sign

pytest.importorskip("flask")

import flask

from callbox.webhooks import WebhookConfig
from callbox.webhooks.flask import TwilioWebhooks, twilio_webhook, twiml_response

BASE = "http://localhost"


def make_app(**config: Any) -> Any:
    app = flask.Flask(__name__)
    app.config.update(config)

    @app.post("/voice")
    @twilio_webhook
    def voice() -> Any:
        assert flask.request.form["From"] == "+14155550100"
        return FakeVoiceResponse()

    @app.post("/status")
    @twilio_webhook
    def status() -> Any:
        return "", 204

    @app.post("/sms")
    @twilio_webhook(config=WebhookConfig(auth_tokens=["sms-token"]))
    def sms() -> Any:
        return XML, 201, {"X-Handled": "yes"}

    @app.post("/events")
    @twilio_webhook
    def events() -> Any:
        return {"received": flask.request.get_json()["event"]}

    @app.get("/menu")
    @twilio_webhook
    def menu() -> Any:
        return twiml_response("<Response><Gather/></Response>")

    return app


def signed_post(client: Any, path: str, params: dict[str, str], token: str = TOKEN) -> Any:
    signature = twilio_sign(token, BASE + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


def test_signed_voice_webhook_gets_twiml() -> None:
    client = make_app(TWILIO_AUTH_TOKEN=TOKEN).test_client()
    response = signed_post(client, "/voice", VOICE_PARAMS)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert response.get_data(as_text=True) == XML


def test_wrong_signature_gets_a_short_403() -> None:
    client = make_app(TWILIO_AUTH_TOKEN=TOKEN).test_client()
    response = signed_post(client, "/voice", VOICE_PARAMS, token="wrong")
    assert response.status_code == 403
    assert response.get_data(as_text=True) == "Twilio request signature is invalid"
    assert response.headers["Content-Type"].startswith("text/plain")
    assert client.post("/voice", data=VOICE_PARAMS).status_code == 403


def test_other_return_values_pass_through() -> None:
    client = make_app(TWILIO_AUTH_TOKEN=TOKEN).test_client()
    assert signed_post(client, "/status", {"CallStatus": "completed"}).status_code == 204
    response = signed_post(client, "/sms", {"Body": "hi"}, token="sms-token")
    assert response.status_code == 201
    assert response.headers["X-Handled"] == "yes"
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"


def test_query_string_and_get_requests() -> None:
    client = make_app(TWILIO_AUTH_TOKEN=TOKEN).test_client()
    url = BASE + "/menu?step=2&lang=en"
    response = client.get(
        "/menu?step=2&lang=en", headers={"X-Twilio-Signature": twilio_sign(TOKEN, url)}
    )
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "<Response><Gather/></Response>"


def test_json_webhook_signed_through_body_sha256() -> None:
    client = make_app(TWILIO_AUTH_TOKEN=TOKEN).test_client()
    body = json.dumps({"event": "call.completed"}).encode()
    path = "/events?bodySHA256=" + hashlib.sha256(body).hexdigest()
    headers = {"X-Twilio-Signature": twilio_sign(TOKEN, BASE + path)}
    ok = client.post(path, data=body, content_type="application/json", headers=headers)
    assert ok.status_code == 200 and ok.get_json() == {"received": "call.completed"}
    forged = client.post(
        path,
        data=body.replace(b"completed", b"failed"),
        content_type="application/json",
        headers=headers,
    )
    assert forged.status_code == 403


def test_extension_and_token_rotation() -> None:
    app = make_app()
    TwilioWebhooks(app, WebhookConfig(auth_tokens=["new-token", "old-token"]))
    client = app.test_client()
    assert signed_post(client, "/voice", VOICE_PARAMS, token="old-token").status_code == 200
    assert signed_post(client, "/voice", VOICE_PARAMS, token="new-token").status_code == 200


def test_behind_a_proxy() -> None:
    public = "https://voice.example.com/voice"
    signature = twilio_sign(TOKEN, public, VOICE_PARAMS)
    headers = {
        "X-Twilio-Signature": signature,
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "voice.example.com",
    }
    untrusting = make_app(TWILIO_AUTH_TOKEN=TOKEN).test_client()
    assert untrusting.post("/voice", data=VOICE_PARAMS, headers=headers).status_code == 403
    trusting = make_app(TWILIO_AUTH_TOKEN=TOKEN, CALLBOX_WEBHOOK_TRUST_PROXY=True).test_client()
    assert trusting.post("/voice", data=VOICE_PARAMS, headers=headers).status_code == 200
    fixed = make_app(
        TWILIO_AUTH_TOKEN=TOKEN, CALLBOX_WEBHOOK_PUBLIC_URL="https://voice.example.com"
    ).test_client()
    sig_only = {"X-Twilio-Signature": signature}
    assert fixed.post("/voice", data=VOICE_PARAMS, headers=sig_only).status_code == 200


def test_dev_switch() -> None:
    client = make_app(CALLBOX_WEBHOOK_ALLOW_UNSIGNED="1").test_client()
    assert client.post("/voice", data=VOICE_PARAMS).status_code == 200


def test_missing_token_is_a_server_error_not_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("CALLBOX_WEBHOOK_AUTH_TOKENS", raising=False)
    monkeypatch.delenv("CALLBOX_WEBHOOK_ALLOW_UNSIGNED", raising=False)
    client = make_app().test_client()
    response = signed_post(client, "/voice", VOICE_PARAMS)
    assert response.status_code == 500
