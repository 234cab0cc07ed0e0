"""Settings, the public URL behind proxies, the dev switch, and TwiML detection."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from callbox.errors import ConfigurationError
from callbox.webhooks import (
    WebhookConfig,
    WebhookRequest,
    public_url,
    to_twiml,
    validate_request,
)

from .webhook_signing import TOKEN, XML, FakeVoiceResponse, twilio_sign


def request_for(url_path: str = "/voice", **kwargs: object) -> WebhookRequest:
    path, _, query = url_path.partition("?")
    options: dict[str, object] = {
        "method": "POST",
        "scheme": "http",
        "host": "10.0.0.5:8000",
        "path": path,
        "query_string": query,
    }
    options.update(kwargs)
    return WebhookRequest(**options)  # type: ignore[arg-type]


def test_settings_then_environment() -> None:
    env = {
        "TWILIO_AUTH_TOKEN": "from-env",
        "CALLBOX_WEBHOOK_AUTH_TOKENS": "second, third",
        "CALLBOX_WEBHOOK_TRUST_PROXY": "yes",
    }
    config = WebhookConfig.from_env(env)
    assert config.auth_tokens == ("from-env", "second", "third")
    assert config.trust_forwarded_headers and not config.allow_unsigned
    settings = {"TWILIO_AUTH_TOKEN": "from-settings", "CALLBOX_WEBHOOK_PUBLIC_URL": "https://a.io/"}
    config = WebhookConfig.from_settings(settings, environ=env)
    assert config.auth_tokens == ("from-settings", "second", "third")
    assert config.public_base_url == "https://a.io"
    assert WebhookConfig(auth_tokens="one").auth_tokens == ("one",)


def test_repr_never_shows_tokens() -> None:
    assert "secret-token" not in repr(WebhookConfig(auth_tokens=["secret-token"]))


def test_misconfiguration_is_loud() -> None:
    with pytest.raises(ConfigurationError, match="TWILIO_AUTH_TOKEN"):
        WebhookConfig().validator  # noqa: B018
    with pytest.raises(ConfigurationError):
        WebhookConfig(auth_tokens=["t"], public_base_url="example.com")
    # No token at all: a signed request cannot be checked, so it is an error, not a pass.
    with pytest.raises(ConfigurationError):
        validate_request(request_for(headers={"X-Twilio-Signature": "x"}), WebhookConfig())


def test_the_url_the_server_sees_is_used_by_default() -> None:
    config = WebhookConfig(auth_tokens=[TOKEN])
    request = request_for(
        "/voice?a=1",
        headers={"x-forwarded-proto": "https", "x-forwarded-host": "public.example.com"},
    )
    assert public_url(request, config) == "http://10.0.0.5:8000/voice?a=1"


def test_forwarded_headers_only_when_trusted() -> None:
    config = WebhookConfig(auth_tokens=[TOKEN], trust_forwarded_headers=True)
    request = request_for(
        "/voice?a=1",
        headers={
            "X-Forwarded-Proto": "https, http",
            "X-Forwarded-Host": "public.example.com, 10.0.0.1",
        },
    )
    assert public_url(request, config) == "https://public.example.com/voice?a=1"
    # A request signed for the public URL validates only with trust on.
    signed = twilio_sign(TOKEN, "https://public.example.com/voice?a=1", {"x": "1"})
    headers = dict(request.headers, **{"X-Twilio-Signature": signed})
    trusted = request_for("/voice?a=1", headers=headers, form={"x": "1"})
    assert validate_request(trusted, config)
    assert not validate_request(trusted, WebhookConfig(auth_tokens=[TOKEN]))


def test_fixed_public_base_url() -> None:
    config = WebhookConfig(auth_tokens=[TOKEN], public_base_url="https://example.com/app/")
    request = request_for("/voice", headers={"X-Forwarded-Host": "evil.example"})
    assert public_url(request, config) == "https://example.com/app/voice"


def test_rejections_are_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    config = WebhookConfig(auth_tokens=[TOKEN])
    with caplog.at_level(logging.WARNING, logger="callbox.webhooks"):
        assert not validate_request(request_for("/voice?pin=1234"), config)
        assert not validate_request(
            request_for("/voice", headers={"X-Twilio-Signature": "forged"}), config
        )
    assert "no X-Twilio-Signature header" in caplog.text
    assert "does not match" in caplog.text
    assert TOKEN not in caplog.text and "forged" not in caplog.text and "1234" not in caplog.text


def test_dev_switch_is_off_by_default_and_loud_when_on(caplog: pytest.LogCaptureFixture) -> None:
    assert not WebhookConfig.from_env({}).allow_unsigned
    with caplog.at_level(logging.WARNING, logger="callbox.webhooks"):
        config = WebhookConfig.from_env({"CALLBOX_WEBHOOK_ALLOW_UNSIGNED": "1"})
        assert config.allow_unsigned
        assert validate_request(request_for(), config)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and "UNSIGNED" in errors[0].getMessage()
    assert any("Accepting an unverified webhook" in r.getMessage() for r in caplog.records)


def test_json_webhook_is_checked_against_its_body() -> None:
    import hashlib

    body = b'{"a": 1}'
    query = "bodySHA256=" + hashlib.sha256(body).hexdigest()
    signed = twilio_sign(TOKEN, "http://10.0.0.5:8000/events?" + query)
    good = request_for(
        "/events?" + query, headers={"X-Twilio-Signature": signed}, body=body, form={"a": "1"}
    )
    assert validate_request(good, TOKEN)
    bad = request_for("/events?" + query, headers={"X-Twilio-Signature": signed}, body=b"{}")
    assert not validate_request(bad, TOKEN)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (XML, XML),
        ("<Response><Say>Hi</Say></Response>", "<Response><Say>Hi</Say></Response>"),
        ("  <Response/>", "  <Response/>"),
        (FakeVoiceResponse(), XML),
        ("<Response 12 bytes [200 OK]>", None),
        ("hello", None),
        ("<Responses></Responses>", None),
        (b"<Response/>", None),
        ({"a": 1}, None),
        (None, None),
        (object(), None),
    ],
)
def test_twiml_detection(value: object, expected: str | None) -> None:
    assert to_twiml(value) == expected


def test_official_twiml_builders_are_recognised() -> None:
    voice = pytest.importorskip("twilio.twiml.voice_response")
    response = voice.VoiceResponse()
    response.say("Hi")
    assert to_twiml(response) == str(response)


def test_importing_callbox_webhooks_imports_no_framework() -> None:
    code = (
        "import sys, callbox.webhooks, callbox.jwt; "
        "bad = [m for m in ('flask', 'django', 'starlette', 'fastapi', 'werkzeug') "
        "if m in sys.modules]; print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_shared_key_webhooks_signed_with_hmac_sha256() -> None:
    import base64
    import hashlib
    import hmac

    url = "http://10.0.0.5:8000/voice"
    message = url + "From+1"
    signature = base64.b64encode(
        hmac.new(b"shared-key", message.encode(), hashlib.sha256).digest()
    ).decode()
    headers = {
        "X-Twilio-Signature": signature,
        "X-Twilio-Webhooks-Signature-Settings": "key=webhooks_sharedkey_1,algorithm=HMAC_SHA256",
    }
    assert validate_request(request_for(headers=headers, form={"From": "+1"}), "shared-key")
    without_settings = {"X-Twilio-Signature": signature}
    assert not validate_request(
        request_for(headers=without_settings, form={"From": "+1"}), "shared-key"
    )


def test_callbox_twiml_builders_are_recognised() -> None:
    twiml = pytest.importorskip("callbox.twiml")
    response = twiml.VoiceResponse()
    response.say("Hi")
    text = to_twiml(response)
    assert text is not None and text.startswith("<?xml") and "<Say>Hi</Say>" in text
