"""A developer checks Twilio's ``X-Twilio-Signature`` with RequestValidator."""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from callbox.errors import ConfigurationError
from callbox.webhooks import (
    HMAC_SHA1,
    HMAC_SHA256,
    RequestValidator,
    UnsupportedAlgorithmError,
    compute_body_hash,
    compute_signature,
    get_signature_algorithm,
)

from .webhook_signing import TOKEN, Signer, twilio_sign

URL = "https://example.com/voice/incoming?source=console"
CALL = {
    "AccountSid": "AC" + "1" * 32,
    "ApiVersion": "2010-04-01",
    "CallSid": "CA" + "2" * 32,
    "CallStatus": "ringing",
    "Called": "+15005550006",
    "CalledCity": "SAN FRANCISCO",
    "CalledCountry": "US",
    "CalledState": "CA",
    "CalledZip": "94105",
    "Caller": "+14155550100",
    "CallerCity": "",
    "CallerCountry": "US",
    "Direction": "inbound",
    "From": "+14155550100",
    "To": "+15005550006",
}


def test_twilio_documentation_example_validates() -> None:
    # The worked example from Twilio's security documentation.
    validator = RequestValidator("12345")
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+12349013030",
        "Digits": "1234",
        "From": "+12349013030",
        "To": "+18005551212",
    }
    assert validator.compute_signature(url, params) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    assert validator.validate(url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    assert not validator.validate(url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ")


def test_a_voice_webhook_signed_by_twilio_validates(sign: Signer) -> None:
    signature = sign(URL, CALL)
    validator = RequestValidator(TOKEN)
    assert validator.compute_signature(URL, CALL) == signature
    assert validator.validate(URL, CALL, signature)
    assert compute_signature(TOKEN, URL, CALL) == signature


def test_tampering_with_anything_fails(sign: Signer) -> None:
    validator = RequestValidator(TOKEN)
    signature = sign(URL, CALL)
    assert not validator.validate(URL, {**CALL, "To": "+15005550007"}, signature)
    assert not validator.validate(URL, {**CALL, "Extra": "1"}, signature)
    assert not validator.validate(URL, {k: v for k, v in CALL.items() if k != "Caller"}, signature)
    assert not validator.validate(URL + "&x=1", CALL, signature)
    assert not validator.validate(URL.replace("https", "http"), CALL, signature)
    assert not validator.validate(URL, CALL, signature[:-2] + "A=")
    assert not RequestValidator("another-token").validate(URL, CALL, signature)


@pytest.mark.parametrize("signature", [None, "", "not base64 at all", "é" * 28, b"\xff" * 28])
def test_missing_or_garbage_signatures_fail(signature: Any) -> None:
    assert not RequestValidator(TOKEN).validate(URL, CALL, signature)


def test_signature_may_be_bytes(sign: Signer) -> None:
    assert RequestValidator(TOKEN).validate(URL, CALL, sign(URL, CALL).encode())


@pytest.mark.parametrize(
    ("signed_url", "request_url"),
    [
        ("https://example.com/sms", "https://example.com:443/sms"),
        ("https://example.com:443/sms", "https://example.com/sms"),
        ("http://example.com/sms?a=1", "http://example.com:80/sms?a=1"),
        ("http://example.com:80/sms", "http://example.com/sms"),
        ("https://user:pw@example.com/sms", "https://user:pw@example.com:443/sms"),
        ("https://[::1]/sms", "https://[::1]:443/sms"),
        ("https://example.com", "https://example.com:443"),
    ],
)
def test_default_port_is_optional(sign: Signer, signed_url: str, request_url: str) -> None:
    assert RequestValidator(TOKEN).validate(request_url, CALL, sign(signed_url, CALL))


@pytest.mark.parametrize(
    ("signed_url", "request_url"),
    [
        ("https://example.com/sms", "https://example.com:8443/sms"),
        ("https://example.com/sms", "https://example.com:80/sms"),
        ("http://example.com/sms", "http://example.com:443/sms"),
        ("https://user:pw@example.com/sms", "https://user:pw@example.com:8443/sms"),
        ("https://[::1]/sms", "https://[::1]:8443/sms"),
    ],
)
def test_a_signature_without_a_port_validates_on_any_port(
    sign: Signer, signed_url: str, request_url: str
) -> None:
    # As the official validator does: Twilio may leave the port out of what it signs.
    assert RequestValidator(TOKEN).validate(request_url, CALL, sign(signed_url, CALL))


@pytest.mark.parametrize(
    ("signed_url", "request_url"),
    [
        ("https://example.com:8443/sms", "https://example.com/sms"),
        ("https://example.com:8443/sms", "https://example.com:9443/sms"),
        ("https://example.com:8443/sms", "https://example.com:443/sms"),
        ("http://example.com:8080/sms", "http://example.com:80/sms"),
    ],
)
def test_a_signature_for_one_port_never_validates_another(
    sign: Signer, signed_url: str, request_url: str
) -> None:
    assert not RequestValidator(TOKEN).validate(request_url, CALL, sign(signed_url, CALL))


def test_rotation_accepts_primary_and_secondary_tokens(sign: Signer) -> None:
    validator = RequestValidator(["new-primary", "old-secondary"])
    assert validator.validate(URL, CALL, sign(URL, CALL, token="new-primary"))
    assert validator.validate(URL, CALL, sign(URL, CALL, token="old-secondary"))
    assert not validator.validate(URL, CALL, sign(URL, CALL, token="retired"))
    # compute_signature uses the primary token.
    assert validator.compute_signature(URL, CALL) == sign(URL, CALL, token="new-primary")


def test_auth_token_keyword_and_bad_tokens() -> None:
    assert RequestValidator(auth_token=TOKEN).compute_signature(URL, {}) == twilio_sign(TOKEN, URL)
    with pytest.raises(ConfigurationError):
        RequestValidator("")
    with pytest.raises(ConfigurationError):
        RequestValidator(["", ""])
    with pytest.raises(TypeError):
        RequestValidator(TOKEN, auth_token=TOKEN)
    with pytest.raises(TypeError):
        RequestValidator(12345)  # type: ignore[arg-type]


def test_repr_never_shows_the_token() -> None:
    assert TOKEN not in repr(RequestValidator(TOKEN))


# ---------------------------------------------------------------- JSON bodies

BODY = b'{"event": "call.completed", "sid": "CA123", "duration": 42}'


def json_url(body: bytes = BODY) -> str:
    return "https://example.com/events?bodySHA256=" + hashlib.sha256(body).hexdigest()


def test_json_body_validates_through_body_sha256(sign: Signer) -> None:
    url = json_url()
    signature = sign(url)
    validator = RequestValidator(TOKEN)
    assert compute_body_hash(BODY) == hashlib.sha256(BODY).hexdigest()
    assert validator.compute_hash(BODY.decode()) == compute_body_hash(BODY)
    assert validator.validate(url, BODY, signature)
    assert validator.validate(url, BODY.decode(), signature)
    assert validator.validate(url.replace("example.com", "example.com:443"), BODY, signature)


def test_json_body_must_match_its_hash(sign: Signer) -> None:
    url = json_url()
    signature = sign(url)  # the URL signature itself is genuine
    validator = RequestValidator(TOKEN)
    assert not validator.validate(url, BODY.replace(b"42", b"43"), signature)
    assert not validator.validate(url, b"", signature)


def test_json_url_with_parsed_params_instead_of_body_fails(
    sign: Signer, caplog: pytest.LogCaptureFixture
) -> None:
    url = json_url()
    with caplog.at_level(logging.WARNING, logger="callbox.webhooks"):
        assert not RequestValidator(TOKEN).validate(url, {"event": "x"}, sign(url))
    assert "raw request body" in caplog.text
    # No body at all is the empty body, whose hash does not match.
    assert not RequestValidator(TOKEN).validate(url, None, sign(url))
    empty = json_url(b"")
    assert RequestValidator(TOKEN).validate(empty, None, sign(empty))


def test_raw_form_body_is_read_as_form(sign: Signer) -> None:
    body = "To=%2B15005550006&From=%2B14155550100&Body=hello+there&Empty="
    params = {"To": "+15005550006", "From": "+14155550100", "Body": "hello there", "Empty": ""}
    assert RequestValidator(TOKEN).validate(URL, body, sign(URL, params))
    assert RequestValidator(TOKEN).validate(URL, body.encode(), sign(URL, params))


# ---------------------------------------------------------------- repeated names

REPEATED = [("To", "+1"), ("Media", "b.png"), ("Media", "a.png"), ("From", "+2")]


def test_repeated_names_keep_every_value_in_order(sign: Signer) -> None:
    signature = sign(URL, REPEATED)
    validator = RequestValidator(TOKEN)
    as_lists = {"To": ["+1"], "Media": ["b.png", "a.png"], "From": "+2"}
    assert validator.validate(URL, as_lists, signature)
    assert validator.validate(URL, REPEATED, signature)
    assert validator.validate(URL, tuple(REPEATED), signature)
    # Dropping a repeated value is a change.
    assert not validator.validate(URL, {"To": "+1", "Media": "b.png", "From": "+2"}, signature)


def test_values_sorted_like_other_libraries_also_validate(sign: Signer) -> None:
    sorted_values = [("To", "+1"), ("Media", "a.png"), ("Media", "b.png"), ("From", "+2")]
    assert RequestValidator(TOKEN).validate(URL, REPEATED, sign(URL, sorted_values))
    # compute_signature writes that form (the official package's: sorted, distinct).
    assert RequestValidator(TOKEN).compute_signature(URL, REPEATED) == sign(URL, sorted_values)


def test_werkzeug_multidict(sign: Signer) -> None:
    werkzeug = pytest.importorskip("werkzeug.datastructures")
    form = werkzeug.MultiDict(REPEATED)
    assert RequestValidator(TOKEN).validate(URL, form, sign(URL, REPEATED))


def test_starlette_form_data(sign: Signer) -> None:
    datastructures = pytest.importorskip("starlette.datastructures")
    form = datastructures.FormData(REPEATED)
    assert RequestValidator(TOKEN).validate(URL, form, sign(URL, REPEATED))


def test_django_query_dict(sign: Signer, django_configured: None) -> None:
    from django.http import QueryDict

    form = QueryDict("To=%2B1&Media=b.png&Media=a.png&From=%2B2")
    assert RequestValidator(TOKEN).validate(URL, form, sign(URL, REPEATED))


def test_non_string_values_are_written_as_text(sign: Signer) -> None:
    assert RequestValidator(TOKEN).validate(URL, {"Digits": 1234}, sign(URL, {"Digits": "1234"}))


# ---------------------------------------------------------------- algorithms


def test_hmac_sha256_shared_key_signatures() -> None:
    import base64

    message = URL + "".join(k + CALL[k] for k in sorted(CALL))
    expected = base64.b64encode(
        hmac.new(b"shared-key", message.encode(), hashlib.sha256).digest()
    ).decode()
    validator = RequestValidator("shared-key")
    assert validator.compute_signature(URL, CALL, HMAC_SHA256) == expected
    assert validator.validate(URL, CALL, expected, algorithm=HMAC_SHA256)
    assert validator.validate(URL, CALL, expected, algorithm="hmac_sha256")
    assert not validator.validate(URL, CALL, expected)  # SHA-1 is the default
    assert not validator.validate(URL, CALL, expected, algorithm=HMAC_SHA1)


def test_unknown_algorithm(caplog: pytest.LogCaptureFixture) -> None:
    validator = RequestValidator(TOKEN)
    with pytest.raises(UnsupportedAlgorithmError):
        validator.compute_signature(URL, CALL, "HMAC_MD5")
    with caplog.at_level(logging.WARNING, logger="callbox.webhooks"):
        assert not validator.validate(URL, CALL, "x", algorithm="HMAC_MD5")
    assert "HMAC_MD5" in caplog.text


@pytest.mark.parametrize(
    ("header", "algorithm"),
    [
        (None, HMAC_SHA1),
        ("", HMAC_SHA1),
        ("key=webhooks_sharedkey_1", HMAC_SHA1),
        ("key=webhooks_sharedkey_1,algorithm=HMAC_SHA256", HMAC_SHA256),
        ("algorithm = hmac_sha256 , key=k", HMAC_SHA256),
    ],
)
def test_signature_settings_header(header: str | None, algorithm: str) -> None:
    assert get_signature_algorithm(header) == algorithm


def test_comparison_is_constant_time(sign: Signer, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    # The hmac module the signature code reads (an import path, so no private name is typed).
    monkeypatch.setattr("callbox.webhooks._signature.hmac.compare_digest", spy)
    assert RequestValidator(TOKEN).validate(URL, CALL, sign(URL, CALL))
    assert calls and all(isinstance(a, bytes) for a, _ in calls)


# ---------------------------------------------------------------- properties

names = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF), min_size=1, max_size=12
)
values = st.text(max_size=20).filter(lambda v: "\x00" not in v)
param_dicts = st.dictionaries(names, values, max_size=15)
paths = st.text(alphabet="abcdefghij/-_.~%0123456789", max_size=20)
urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}/{path}",
    st.sampled_from(["https", "http"]),
    st.sampled_from(["example.com", "api.example.org:8443", "127.0.0.1:5000"]),
    paths,
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(url=urls, params=param_dicts)
def test_property_a_correct_signature_always_validates(url: str, params: dict[str, str]) -> None:
    assert RequestValidator(TOKEN).validate(url, params, twilio_sign(TOKEN, url, params))


@FAST
@given(url=urls, params=param_dicts, data=st.data())
def test_property_changing_a_value_fails(url: str, params: dict[str, str], data: Any) -> None:
    assume(params)
    signature = twilio_sign(TOKEN, url, params)
    name = data.draw(st.sampled_from(sorted(params)))
    new_value = data.draw(values.filter(lambda v: v != params[name]))
    assert not RequestValidator(TOKEN).validate(url, {**params, name: new_value}, signature)


@FAST
@given(url=urls, params=param_dicts, name=names, value=values)
def test_property_adding_a_parameter_fails(
    url: str, params: dict[str, str], name: str, value: str
) -> None:
    assume(name not in params)
    signature = twilio_sign(TOKEN, url, params)
    assert not RequestValidator(TOKEN).validate(url, {**params, name: value}, signature)


@FAST
@given(url=urls, params=param_dicts, data=st.data())
def test_property_removing_a_parameter_fails(url: str, params: dict[str, str], data: Any) -> None:
    assume(params)
    signature = twilio_sign(TOKEN, url, params)
    name = data.draw(st.sampled_from(sorted(params)))
    smaller = {k: v for k, v in params.items() if k != name}
    assert not RequestValidator(TOKEN).validate(url, smaller, signature)


def official_accepts(url: str, params: dict[str, str], signature: str) -> bool:
    """Whether the official validator accepts it: callbox accepts those too, and only those
    among changed URLs (it also reads ``HTTPS://`` and a trailing empty ``?`` as the same)."""
    official = pytest.importorskip("twilio.request_validator")
    try:
        return bool(official.RequestValidator(TOKEN).validate(url, params, signature))
    except ValueError:  # it cannot parse the URL at all
        return False


@FAST
@given(url=urls, params=param_dicts, suffix=st.text(alphabet="abc/?=&", min_size=1, max_size=5))
def test_property_changing_the_url_fails(url: str, params: dict[str, str], suffix: str) -> None:
    signature = twilio_sign(TOKEN, url, params)
    assume(not official_accepts(url + suffix, params, signature))
    assert not RequestValidator(TOKEN).validate(url + suffix, params, signature)


@FAST
@given(url=urls, params=param_dicts, data=st.data())
def test_property_changing_any_character_of_the_url_fails(
    url: str, params: dict[str, str], data: Any
) -> None:
    signature = twilio_sign(TOKEN, url, params)
    position = data.draw(st.integers(0, len(url) - 1))
    char = data.draw(st.characters(min_codepoint=33, max_codepoint=126))
    assume(char != url[position])
    changed = url[:position] + char + url[position + 1 :]
    assume(not official_accepts(changed, params, signature))
    assert not RequestValidator(TOKEN).validate(changed, params, signature)


# Few names, so that names repeat (Media URLs, repeated To numbers ...).
repeated_pairs = st.lists(st.tuples(st.sampled_from(["To", "MediaUrl", "Tag"]), values), max_size=8)


@FAST
@given(url=urls, pairs=repeated_pairs)
def test_property_repeated_names_validate_with_every_value_in_order(
    url: str, pairs: list[tuple[str, str]]
) -> None:
    signature = twilio_sign(TOKEN, url, pairs)
    assert RequestValidator(TOKEN).validate(url, pairs, signature)


@FAST
@given(url=urls, pairs=repeated_pairs, data=st.data())
def test_property_dropping_one_of_the_values_fails(
    url: str, pairs: list[tuple[str, str]], data: Any
) -> None:
    assume(pairs)
    signature = twilio_sign(TOKEN, url, pairs)
    dropped = data.draw(st.integers(0, len(pairs) - 1))
    fewer = pairs[:dropped] + pairs[dropped + 1 :]
    assert not RequestValidator(TOKEN).validate(url, fewer, signature)


@FAST
@given(url=urls, params=param_dicts, data=st.data())
def test_property_changing_the_signature_fails(url: str, params: dict[str, str], data: Any) -> None:
    signature = twilio_sign(TOKEN, url, params)
    position = data.draw(st.integers(0, len(signature) - 1))
    char = data.draw(
        st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
    )
    assume(char != signature[position])
    forged = signature[:position] + char + signature[position + 1 :]
    assert not RequestValidator(TOKEN).validate(url, params, forged)


@FAST
@given(body=st.binary(max_size=200), other=st.binary(max_size=200))
def test_property_json_body_must_be_the_signed_one(body: bytes, other: bytes) -> None:
    url = json_url(body)
    signature = twilio_sign(TOKEN, url)
    validator = RequestValidator(TOKEN)
    assert validator.validate(url, body, signature)
    assert validator.validate(url, other, signature) == (other == body)


# ---------------------------------------------------------------- the official package


def test_same_signatures_as_the_official_package(sign: Signer) -> None:
    twilio = pytest.importorskip("twilio.request_validator")
    theirs = twilio.RequestValidator(TOKEN)
    ours = RequestValidator(TOKEN)
    for url in (URL, "https://example.com:443/a", "http://example.com/a?b=c&d=e"):
        assert ours.compute_signature(url, CALL) == theirs.compute_signature(url, CALL)
        assert ours.compute_signature(url, CALL, HMAC_SHA256) == theirs.compute_signature(
            url, CALL, HMAC_SHA256
        )
        signature = theirs.compute_signature(url, CALL)
        assert ours.validate(url, CALL, signature) is theirs.validate(url, CALL, signature)
    body_url = json_url()
    assert ours.validate(body_url, BODY.decode(), theirs.compute_signature(body_url, {}))


class ValuesDict(dict):  # type: ignore[type-arg]
    """A dict with getlist whose stored values are plain strings."""

    def getlist(self, name: str) -> list[str]:
        return [self[name]]


def test_multidict_lookalike_with_plain_values(sign: Signer) -> None:
    params = ValuesDict({"From": "+1", "To": "+2"})
    assert RequestValidator(TOKEN).validate(URL, params, sign(URL, dict(params)))
