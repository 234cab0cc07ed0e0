"""A server that validated webhooks with the official package keeps working on callbox.

Every request ``twilio.request_validator.RequestValidator`` accepts, callbox accepts: URLs
with or without their port, and forms with repeated names as Werkzeug's ``MultiDict``,
Django's ``QueryDict``, ``multidict``'s ``MultiDict`` or Starlette's ``FormData``.  And a
signature callbox computes is the one the official package computes, so the official
validator accepts it.  The last tests send real HTTP requests to Flask and Django apps on
127.0.0.1.
"""

from __future__ import annotations

import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callbox.webhooks import HMAC_SHA256, RequestValidator
from tests.support import serving

from .webhook_signing import TOKEN

official = pytest.importorskip("twilio.request_validator")
THEIRS = official.RequestValidator(TOKEN)
OURS = RequestValidator(TOKEN)
PARAMS = {"From": "+14155550100", "To": "+15005550006", "Body": "hi"}

# ---------------------------------------------------------------- ports

URLS = [
    "https://hooks.example.com/sms",
    "https://hooks.example.com:443/sms",
    "https://hooks.example.com:8443/sms",
    "https://hooks.example.com:80/sms",
    "http://hooks.example.com/sms?x=1",
    "http://hooks.example.com:80/sms?x=1",
    "http://hooks.example.com:8080/sms?x=1",
    "http://hooks.example.com:443/sms?x=1",
    "https://hooks.example.com:8443",
    "https://hooks.example.com",
]


@pytest.mark.parametrize("signed", URLS)
@pytest.mark.parametrize("received", URLS)
def test_port_handling_gives_the_official_verdict(signed: str, received: str) -> None:
    signature = THEIRS.compute_signature(signed, PARAMS)
    assert OURS.validate(received, PARAMS, signature) is THEIRS.validate(
        received, PARAMS, signature
    )


def test_an_explicit_https_port_validates_a_signature_made_without_it() -> None:
    signature = THEIRS.compute_signature("https://hooks.example.com/sms", PARAMS)
    assert OURS.validate("https://hooks.example.com:8443/sms", PARAMS, signature)
    assert OURS.validate("https://hooks.example.com:443/sms", PARAMS, signature)
    # The reverse: made with the port, received without it.
    with_default = THEIRS.compute_signature("https://hooks.example.com:443/sms", PARAMS)
    assert OURS.validate("https://hooks.example.com/sms", PARAMS, with_default)
    other_port = THEIRS.compute_signature("https://hooks.example.com:8443/sms", PARAMS)
    assert not OURS.validate("https://hooks.example.com/sms", PARAMS, other_port)
    assert not THEIRS.validate("https://hooks.example.com/sms", PARAMS, other_port)


def test_sha256_signatures_follow_the_same_port_rules() -> None:
    signature = THEIRS.compute_signature("https://hooks.example.com/sms", PARAMS, HMAC_SHA256)
    assert OURS.validate("https://hooks.example.com:8443/sms", PARAMS, signature, HMAC_SHA256)


# ---------------------------------------------------------------- repeated names

#: Unsorted, with a duplicate value: the cases where the forms differ.
REPEATED = [
    ("To", "+15005550006"),
    ("MediaUrl", "https://m.example.com/b.png"),
    ("MediaUrl", "https://m.example.com/a.png"),
    ("MediaUrl", "https://m.example.com/b.png"),
    ("From", "+14155550100"),
]


def werkzeug_form(pairs: list[tuple[str, str]]) -> Any:
    return pytest.importorskip("werkzeug.datastructures").MultiDict(pairs)


def django_form(pairs: list[tuple[str, str]]) -> Any:
    from django.http import QueryDict

    return QueryDict(urllib.parse.urlencode(pairs))


def multidict_form(pairs: list[tuple[str, str]]) -> Any:
    return pytest.importorskip("multidict").MultiDict(pairs)


def starlette_form(pairs: list[tuple[str, str]]) -> Any:
    return pytest.importorskip("starlette.datastructures").FormData(pairs)


FORMS: dict[str, Callable[[list[tuple[str, str]]], Any]] = {
    "werkzeug": werkzeug_form,
    "django": django_form,
    "multidict": multidict_form,
}


@pytest.fixture(params=sorted(FORMS))
def form_of(request: pytest.FixtureRequest, django_configured: None) -> Any:
    return FORMS[request.param]


def test_repeated_names_give_the_official_signature(form_of: Any) -> None:
    form = form_of(REPEATED)
    url = "https://hooks.example.com/mms"
    signature = THEIRS.compute_signature(url, form)
    assert OURS.compute_signature(url, form) == signature
    assert OURS.validate(url, form, signature)
    # With the port rules too: the official validator accepts this, so callbox does.
    assert THEIRS.validate("https://hooks.example.com:8443/mms", form, signature)
    assert OURS.validate("https://hooks.example.com:8443/mms", form, signature)


def test_repeated_names_in_the_order_received_still_validate(form_of: Any) -> None:
    import base64
    import hashlib
    import hmac

    url = "https://hooks.example.com/mms"
    text = url + "".join(name + value for name, value in sorted(REPEATED, key=lambda p: p[0]))
    signature = base64.b64encode(hmac.new(TOKEN.encode(), text.encode(), hashlib.sha1).digest())
    assert OURS.validate(url, form_of(REPEATED), signature.decode())


def test_dropping_or_changing_a_repeated_value_fails(form_of: Any) -> None:
    url = "https://hooks.example.com/mms"
    signature = THEIRS.compute_signature(url, form_of(REPEATED))
    changed = [*REPEATED[:2], ("MediaUrl", "https://m.example.com/c.png"), *REPEATED[3:]]
    assert not OURS.validate(url, form_of(changed), signature)
    without_a = [pair for pair in REPEATED if not pair[1].endswith("a.png")]
    assert not OURS.validate(url, form_of(without_a), signature)
    # The official form drops duplicates, so one copy of a duplicated value less cannot be
    # told apart from it: the official validator accepts that, and so does callbox.
    one_b_less = REPEATED[:3] + REPEATED[4:]
    assert THEIRS.validate(url, form_of(one_b_less), signature)
    assert OURS.validate(url, form_of(one_b_less), signature)


def test_starlette_form_data_validates_the_official_signature() -> None:
    # The official package cannot read FormData (no getall/getlist for it to use), so the
    # signature comes from the same pairs as a Werkzeug MultiDict.
    url = "https://hooks.example.com/mms"
    signature = THEIRS.compute_signature(url, werkzeug_form(REPEATED))
    assert OURS.validate(url, starlette_form(REPEATED), signature)


# ---------------------------------------------------------------- the official verdict, at random

hosts = st.sampled_from(
    ["example.com", "hooks.example.org", "127.0.0.1", "[::1]", "user:pw@example.com"]
)
ports = st.sampled_from(["", ":80", ":443", ":8080", ":8443", ":"])
url_parts = st.tuples(
    st.sampled_from(["https", "http", "HTTPS", "Http"]),
    hosts,
    ports,
    st.text(alphabet="abc/-_.~%;", max_size=8),
    st.sampled_from(["", "?", "?a=1", "?b=2&a=1", "#frag", "#", "?#", "?a=1#"]),
)
pairs = st.lists(
    st.tuples(st.sampled_from(["To", "MediaUrl", "Tag"]), st.text(max_size=6)), max_size=6
)


def make_url(parts: tuple[str, str, str, str, str]) -> str:
    scheme, host, port, path, tail = parts
    return f"{scheme}://{host}{port}/{path}{tail}"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(signed=url_parts, received=url_parts, params=pairs)
def test_whatever_the_official_validator_accepts_callbox_accepts(
    signed: tuple[str, str, str, str, str],
    received: tuple[str, str, str, str, str],
    params: list[tuple[str, str]],
) -> None:
    form = werkzeug_form(params)
    signature = THEIRS.compute_signature(make_url(signed), form)
    assert OURS.compute_signature(make_url(signed), form) == signature
    try:
        accepted = THEIRS.validate(make_url(received), form, signature)
    except (ValueError, TypeError):  # it cannot parse the URL ([::1] cut at ":", "host::80")
        accepted = False
    if accepted:
        assert OURS.validate(make_url(received), form, signature)
    # The same host, scheme and path with the port left out by Twilio always validates.
    if signed[2] == "" and signed[:2] == received[:2] and signed[3:] == received[3:]:
        assert OURS.validate(make_url(received), form, signature)


# ---------------------------------------------------------------- real apps over HTTP


def serve(app: Any) -> Iterator[str]:
    """Run a WSGI app on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(make_server("127.0.0.1", 0, app, handler_class=Quiet)) as url:
        yield url


def post(url: str, pairs: list[tuple[str, str]], headers: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode(pairs).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


#: What Twilio would have signed: the public https URL without the port the proxy listens on.
PUBLIC_SIGNED = "https://hooks.example.com/mms"
FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "hooks.example.com:8443"}


@pytest.fixture
def flask_app_url() -> Iterator[str]:
    pytest.importorskip("flask")
    import flask

    from callbox.webhooks.flask import twilio_webhook

    app = flask.Flask(__name__)
    app.config.update(TWILIO_AUTH_TOKEN=TOKEN, CALLBOX_WEBHOOK_TRUST_PROXY=True)

    @app.post("/mms")
    @twilio_webhook
    def mms() -> Any:
        return ",".join(sorted(flask.request.form.getlist("MediaUrl")))

    yield from serve(app)


def test_a_flask_app_behind_a_proxy_on_port_8443(flask_app_url: str) -> None:
    signature = THEIRS.compute_signature(PUBLIC_SIGNED, werkzeug_form(REPEATED))
    status, text = post(
        flask_app_url + "/mms", REPEATED, {**FORWARDED, "X-Twilio-Signature": signature}
    )
    assert (status, text.count("png")) == (200, 3)
    forged = THEIRS.compute_signature(PUBLIC_SIGNED, werkzeug_form(REPEATED[:2]))
    status, _ = post(flask_app_url + "/mms", REPEATED, {**FORWARDED, "X-Twilio-Signature": forged})
    assert status == 403


@pytest.fixture
def django_app_url(django_configured: None) -> Iterator[str]:
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.http import HttpRequest, HttpResponse
    from django.urls import path

    from callbox.webhooks.django import twilio_webhook

    @twilio_webhook
    def mms(request: HttpRequest) -> HttpResponse:
        return HttpResponse(",".join(sorted(request.POST.getlist("MediaUrl"))))

    class URLs:
        urlpatterns = [path("mms", mms)]

    old = (settings.ROOT_URLCONF, getattr(settings, "TWILIO_AUTH_TOKEN", None))
    settings.ROOT_URLCONF = URLs
    settings.TWILIO_AUTH_TOKEN = TOKEN
    settings.CALLBOX_WEBHOOK_TRUST_PROXY = True
    try:
        yield from serve(WSGIHandler())
    finally:
        settings.ROOT_URLCONF, settings.TWILIO_AUTH_TOKEN = old
        del settings.CALLBOX_WEBHOOK_TRUST_PROXY


def test_a_django_app_behind_a_proxy_on_port_8443(django_app_url: str) -> None:
    signature = THEIRS.compute_signature(PUBLIC_SIGNED, django_form(REPEATED))
    status, text = post(
        django_app_url + "/mms", REPEATED, {**FORWARDED, "X-Twilio-Signature": signature}
    )
    assert (status, text.count("png")) == (200, 3)
    status, _ = post(django_app_url + "/mms", REPEATED, {**FORWARDED, "X-Twilio-Signature": "x"})
    assert status == 403
