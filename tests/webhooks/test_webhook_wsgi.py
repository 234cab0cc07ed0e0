"""A plain WSGI app behind TwilioWebhookMiddleware, served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest

from callbox.webhooks import WebhookConfig
from callbox.webhooks.wsgi import TwilioWebhookMiddleware, twiml_response
from tests.support import serving

from .webhook_signing import TOKEN, VOICE_PARAMS, XML, FakeVoiceResponse, twilio_sign


def voice_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """The user's app: reads the form itself and answers TwiML."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    form = urllib.parse.parse_qs(environ["wsgi.input"].read(length).decode())
    return twiml_response(start_response, XML.replace("Hello", "Hello " + form["From"][0]))


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def served() -> Iterator[str]:
    app = TwilioWebhookMiddleware(voice_app, WebhookConfig(auth_tokens=[TOKEN]), paths=["/twilio/"])
    with serving(make_server("127.0.0.1", 0, app, handler_class=QuietHandler)) as url:
        yield url


def post(url: str, params: dict[str, str], signature: str | None) -> tuple[int, str, str]:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    data = urllib.parse.urlencode(params).encode()
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_signed_twilio_post_over_http_reaches_the_app(served: str) -> None:
    url = served + "/twilio/voice?lang=en"
    status, content_type, body = post(url, VOICE_PARAMS, twilio_sign(TOKEN, url, VOICE_PARAMS))
    assert status == 200
    assert content_type == "text/xml; charset=utf-8"
    assert "Hello +14155550100" in body  # the app could still read the body


def test_forged_or_unsigned_posts_get_403(served: str) -> None:
    url = served + "/twilio/voice"
    forged = twilio_sign("not-the-token", url, VOICE_PARAMS)
    for signature in (forged, None):
        status, content_type, body = post(url, VOICE_PARAMS, signature)
        assert (status, body) == (403, "Twilio request signature is invalid")
        assert content_type.startswith("text/plain")
    tampered = {**VOICE_PARAMS, "From": "+19995550100"}
    assert post(url, tampered, twilio_sign(TOKEN, url, VOICE_PARAMS))[0] == 403


def test_other_paths_are_not_checked(served: str) -> None:
    assert post(served + "/health", {"From": "+1"}, None)[0] == 200


def test_twiml_helper_serves_builders_and_text_as_xml() -> None:
    seen: list[tuple[str, list[tuple[str, str]]]] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen.append((status, headers))

    body = twiml_response(start_response, FakeVoiceResponse(), "201 Created")
    assert b"".join(body) == XML.encode()
    status, headers = seen[0]
    assert status == "201 Created"
    assert dict(headers) == {
        "Content-Type": "text/xml; charset=utf-8",
        "Content-Length": str(len(XML.encode())),
    }


def call(app: TwilioWebhookMiddleware, environ: dict[str, Any]) -> tuple[str, bytes]:
    seen: list[str] = []
    body = b"".join(app(environ, lambda status, headers: seen.append(status)))
    return seen[0], body


def environ_for(path: str, body: bytes, **extra: Any) -> dict[str, Any]:
    environ = {
        "REQUEST_METHOD": "POST",
        "wsgi.url_scheme": "https",
        "HTTP_HOST": "example.com",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    environ.update(extra)
    return environ


def test_encoded_paths_and_raw_uri() -> None:
    app = TwilioWebhookMiddleware(voice_app, TOKEN)
    body = b"From=%2B1"
    # PEP 3333 gives the decoded path; the signed URL keeps the encoding Twilio used.
    signature = twilio_sign(TOKEN, "https://example.com/caf%C3%A9/voice", {"From": "+1"})
    decoded_path = "/café/voice".encode().decode("latin-1")
    assert call(app, environ_for(decoded_path, body, HTTP_X_TWILIO_SIGNATURE=signature))[0] == (
        "200 OK"
    )
    signature = twilio_sign(TOKEN, "https://example.com/a%2Fb?x=1", {"From": "+1"})
    environ = environ_for("/a/b", body, RAW_URI="/a%2Fb?x=1", QUERY_STRING="x=1")
    environ["HTTP_X_TWILIO_SIGNATURE"] = signature
    assert call(app, environ)[0] == "200 OK"


def test_oversized_bodies_are_refused() -> None:
    app = TwilioWebhookMiddleware(voice_app, TOKEN, max_body_size=10)
    status, _ = call(app, environ_for("/voice", b"x" * 11))
    assert status.startswith("413")


def test_dev_switch_lets_unsigned_requests_through() -> None:
    app = TwilioWebhookMiddleware(voice_app, WebhookConfig(allow_unsigned=True))
    assert call(app, environ_for("/voice", b"From=%2B1"))[0] == "200 OK"
