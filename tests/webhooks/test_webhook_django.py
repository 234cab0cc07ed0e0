"""A Django project answers Twilio webhooks with @twilio_webhook or the middleware."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlencode

import pytest

from .webhook_signing import TOKEN, VOICE_PARAMS, XML, FakeVoiceResponse, twilio_sign

pytest.importorskip("django")

BASE = "http://testserver"


@pytest.fixture
def urls(django_configured: None) -> Any:
    from django.http import HttpResponse, JsonResponse
    from django.test import override_settings
    from django.urls import path

    from callbox.webhooks.django import twilio_webhook

    @twilio_webhook
    def voice(request: Any) -> Any:
        assert request.POST["From"] == "+14155550100"
        return FakeVoiceResponse()

    @twilio_webhook
    async def voice_async(request: Any) -> Any:
        return XML

    @twilio_webhook
    def events(request: Any) -> Any:
        return JsonResponse({"event": json.loads(request.body)["event"]})

    def plain(request: Any) -> Any:
        return HttpResponse("plain view")

    conf = type(
        "WebhookUrls",
        (),
        {
            "urlpatterns": [
                path("voice", voice),
                path("voice-async", voice_async),
                path("events", events),
                path("twilio/plain", plain),
                path("other/plain", plain),
            ]
        },
    )
    with override_settings(ROOT_URLCONF=conf, TWILIO_AUTH_TOKEN=TOKEN):
        yield conf


class TwilioLikeClient:
    """Posts forms the way Twilio does (urlencoded), with CSRF checks enforced as in production."""

    def __init__(self) -> None:
        from django.test import Client

        self.client = Client(enforce_csrf_checks=True)

    def post(self, path: str, data: Any, content_type: str | None = None, **extra: Any) -> Any:
        if content_type is None:
            data = urlencode(data)
            content_type = "application/x-www-form-urlencoded"
        return self.client.post(path, data, content_type=content_type, **extra)

    def get(self, path: str, **extra: Any) -> Any:
        return self.client.get(path, **extra)


def client() -> TwilioLikeClient:
    return TwilioLikeClient()


def signed(path: str, params: dict[str, str], token: str = TOKEN) -> dict[str, str]:
    return {"HTTP_X_TWILIO_SIGNATURE": twilio_sign(token, BASE + path, params)}


def test_signed_post_passes_csrf_and_gets_twiml(urls: Any) -> None:
    response = client().post("/voice", VOICE_PARAMS, **signed("/voice", VOICE_PARAMS))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert response.content.decode() == XML


def test_async_view(urls: Any) -> None:
    response = client().post("/voice-async", VOICE_PARAMS, **signed("/voice-async", VOICE_PARAMS))
    assert response.status_code == 200 and response.content.decode() == XML
    assert client().post("/voice-async", VOICE_PARAMS).status_code == 403


def test_forged_post_gets_a_short_403(urls: Any) -> None:
    response = client().post("/voice", VOICE_PARAMS, **signed("/voice", VOICE_PARAMS, "wrong"))
    assert response.status_code == 403
    assert response.content == b"Twilio request signature is invalid"
    assert response["Content-Type"].startswith("text/plain")


def test_json_webhook(urls: Any) -> None:
    body = json.dumps({"event": "recording.completed"}).encode()
    path = "/events?bodySHA256=" + hashlib.sha256(body).hexdigest()
    headers = {"HTTP_X_TWILIO_SIGNATURE": twilio_sign(TOKEN, BASE + path)}
    response = client().post(path, body, content_type="application/json", **headers)
    assert response.status_code == 200 and response.json() == {"event": "recording.completed"}
    tampered = client().post(path, b'{"event": "x"}', content_type="application/json", **headers)
    assert tampered.status_code == 403


def test_settings_configure_rotation_and_proxies(urls: Any) -> None:
    from django.test import override_settings

    with override_settings(CALLBOX_WEBHOOK_AUTH_TOKENS=["old-token"]):
        assert (
            client()
            .post("/voice", VOICE_PARAMS, **signed("/voice", VOICE_PARAMS, "old-token"))
            .status_code
            == 200
        )
    public = "https://calls.example.com/voice"
    headers = {
        "HTTP_X_TWILIO_SIGNATURE": twilio_sign(TOKEN, public, VOICE_PARAMS),
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_FORWARDED_HOST": "calls.example.com",
    }
    assert client().post("/voice", VOICE_PARAMS, **headers).status_code == 403
    with override_settings(CALLBOX_WEBHOOK_TRUST_PROXY=True):
        assert client().post("/voice", VOICE_PARAMS, **headers).status_code == 200
    with override_settings(CALLBOX_WEBHOOK_PUBLIC_URL="https://calls.example.com"):
        only_signature = {"HTTP_X_TWILIO_SIGNATURE": headers["HTTP_X_TWILIO_SIGNATURE"]}
        assert client().post("/voice", VOICE_PARAMS, **only_signature).status_code == 200


def test_middleware_protects_prefixes_and_exempts_them_from_csrf(urls: Any) -> None:
    from django.test import override_settings

    middleware = [
        "callbox.webhooks.django.TwilioWebhookMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ]
    with override_settings(MIDDLEWARE=middleware, CALLBOX_WEBHOOK_PATHS=["/twilio/"]):
        ok = client().post("/twilio/plain", {"a": "1"}, **signed("/twilio/plain", {"a": "1"}))
        assert ok.status_code == 200 and ok.content == b"plain view"
        assert client().post("/twilio/plain", {"a": "1"}).status_code == 403
        # Outside the prefix the middleware does nothing, and CSRF still applies.
        assert client().post("/other/plain", {"a": "1"}).status_code == 403
        assert client().get("/other/plain").status_code == 200


def test_middleware_needs_paths(urls: Any) -> None:
    from django.core.exceptions import ImproperlyConfigured

    from callbox.webhooks.django import TwilioWebhookMiddleware

    with pytest.raises(ImproperlyConfigured, match="CALLBOX_WEBHOOK_PATHS"):
        TwilioWebhookMiddleware(lambda request: None)


def test_dev_switch_from_settings(urls: Any) -> None:
    from django.test import override_settings

    with override_settings(CALLBOX_WEBHOOK_ALLOW_UNSIGNED=True):
        assert client().post("/voice", VOICE_PARAMS).status_code == 200
    assert client().post("/voice", VOICE_PARAMS).status_code == 403
