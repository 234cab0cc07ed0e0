"""An enterprise account signs its REST requests with Public Key Client Validation.

The verifier below is written from Twilio's documented algorithm, separately
from callbox, and plays Twilio's part, in-process and over real HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import urllib.request
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import jwt as pyjwt
import pytest

pytest.importorskip("cryptography")

from callbox.errors import ConfigurationError
from callbox.jwt import (
    CLIENT_VALIDATION_HEADER,
    ClientValidationSigner,
    decode,
    generate_key_pair,
    request_hash,
)
from tests.support import serving

ACCOUNT = "AC" + "a" * 32
API_KEY = "SK" + "b" * 32
CREDENTIAL = "CR" + "c" * 32


@pytest.fixture(scope="module")
def keys() -> tuple[str, str]:
    return generate_key_pair()


def twilio_verifies(
    token: str,
    public_pem: str,
    method: str,
    path_and_query: str,
    headers: Mapping[str, str],
    body: bytes,
) -> dict[str, Any]:
    """Twilio's side, from the docs: check the JWT, then rebuild and hash the request."""
    header = pyjwt.get_unverified_header(token)
    assert header["cty"] == "twilio-pkrv;v=1"
    assert header["kid"] == CREDENTIAL
    claims = pyjwt.decode(token, public_pem, algorithms=["RS256"])
    lower = {name.lower(): value for name, value in headers.items()}
    signed = claims["hrh"].split(";")
    path, _, query = path_and_query.partition("?")
    canonical = (
        method.upper()
        + "\n"
        + (path or "/")
        + "\n"
        + "&".join(sorted(query.split("&")) if query else [])
        + "\n"
        + "".join(f"{name}:{lower[name].strip()}\n" for name in signed)
        + "\n"
        + ";".join(signed)
        + "\n"
        + hashlib.sha256(body).hexdigest()
    )
    assert claims["rqh"] == hashlib.sha256(canonical.encode()).hexdigest(), "request hash"
    return claims


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json?PageSize=20&Amp=1"
BODY = b"To=%2B15005550006&From=%2B15005550001&Body=Hello"


def test_key_pair_is_2048_bit_rsa(keys: tuple[str, str]) -> None:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    private_pem, public_pem = keys
    assert private_pem.startswith("-----BEGIN PRIVATE KEY-----")
    public = load_pem_public_key(public_pem.encode())
    assert isinstance(public, RSAPublicKey)
    assert public.key_size == 2048
    assert public.public_numbers().e == 65537


def test_signed_request_verifies_like_twilio(keys: tuple[str, str]) -> None:
    private_pem, public_pem = keys
    signer = ClientValidationSigner(ACCOUNT, CREDENTIAL, private_pem)
    headers = {
        "Authorization": basic(API_KEY, "secret"),
        "Host": "api.twilio.com",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    extra = signer("post", URL, headers, BODY)
    assert list(extra) == [CLIENT_VALIDATION_HEADER]
    claims = twilio_verifies(
        extra[CLIENT_VALIDATION_HEADER], public_pem, "POST", URL.split(".com", 1)[1], headers, BODY
    )
    assert claims["iss"] == API_KEY  # taken from the Basic username
    assert claims["sub"] == ACCOUNT
    assert claims["hrh"] == "authorization;host"
    assert claims["exp"] - claims["nbf"] == 300
    assert decode(extra[CLIENT_VALIDATION_HEADER], public_pem, token_type="client_validation")


def test_tampered_request_fails_verification(keys: tuple[str, str]) -> None:
    private_pem, public_pem = keys
    signer = ClientValidationSigner(ACCOUNT, CREDENTIAL, private_pem, api_key_sid=API_KEY)
    headers = {"Authorization": basic(API_KEY, "secret")}
    token = signer.token("POST", URL, headers, BODY)
    path = URL.split(".com", 1)[1]
    host_headers = {**headers, "Host": "api.twilio.com"}
    twilio_verifies(token, public_pem, "POST", path, host_headers, BODY)  # Host derived from URL
    with pytest.raises(AssertionError, match="request hash"):
        twilio_verifies(token, public_pem, "POST", path, host_headers, BODY + b"!")
    with pytest.raises(AssertionError, match="request hash"):
        twilio_verifies(token, public_pem, "GET", path, host_headers, BODY)
    with pytest.raises(AssertionError, match="request hash"):
        twilio_verifies(token, public_pem, "POST", path + "&x=1", host_headers, BODY)
    _, other_public = generate_key_pair()
    with pytest.raises(pyjwt.InvalidSignatureError):
        twilio_verifies(token, other_public, "POST", path, host_headers, BODY)


def test_get_without_body_and_default_ports() -> None:
    rqh, hrh = request_hash("GET", "https://api.twilio.com:443", {}, None)
    canonical = "GET\n/\n\nhost:api.twilio.com\n\nhost\n" + hashlib.sha256(b"").hexdigest()
    assert hrh == "host"
    assert rqh == hashlib.sha256(canonical.encode()).hexdigest()
    rqh, _ = request_hash("GET", "http://127.0.0.1:8080/x", {}, b"")
    assert (
        rqh
        == hashlib.sha256(
            ("GET\n/x\n\nhost:127.0.0.1:8080\n\nhost\n" + hashlib.sha256(b"").hexdigest()).encode()
        ).hexdigest()
    )


def test_bad_configuration() -> None:
    with pytest.raises(ConfigurationError):
        ClientValidationSigner(ACCOUNT, CREDENTIAL, "not a pem")
    with pytest.raises(ConfigurationError):
        ClientValidationSigner(ACCOUNT, "", "x")


def test_repr_hides_the_key(keys: tuple[str, str]) -> None:
    signer = ClientValidationSigner(ACCOUNT, CREDENTIAL, keys[0])
    assert "PRIVATE" not in repr(signer) and CREDENTIAL in repr(signer)


def test_same_request_hash_as_the_official_package(keys: tuple[str, str]) -> None:
    validation = pytest.importorskip("twilio.jwt.validation")
    client = pytest.importorskip("twilio.http.validation_client")
    headers = {"Authorization": basic(API_KEY, "secret"), "Host": "api.twilio.com"}
    parts = urlsplit(URL)
    payload = client.ValidationPayload(
        method="POST",
        path=parts.path,
        query_string=parts.query,
        all_headers=headers,
        signed_headers=["authorization", "host"],
        body=BODY.decode(),
    )
    theirs = validation.ClientValidationJwt(ACCOUNT, API_KEY, CREDENTIAL, keys[0], payload)
    their_claims = pyjwt.decode(theirs.to_jwt(), options={"verify_signature": False})
    rqh, hrh = request_hash("POST", URL, headers, BODY)
    assert (rqh, hrh) == (their_claims["rqh"], their_claims["hrh"])


# ---------------------------------------------------------------- over HTTP


@pytest.fixture
def twilio_like_server(keys: tuple[str, str]) -> Iterator[tuple[str, list[str]]]:
    """A local endpoint that accepts a request only with a valid client validation token."""
    public_pem = keys[1]
    outcomes: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                twilio_verifies(
                    self.headers[CLIENT_VALIDATION_HEADER],
                    public_pem,
                    self.command,
                    self.path,
                    dict(self.headers.items()),
                    body,
                )
                status, outcome = 201, "accepted"
            except Exception as exc:
                status, outcome = 401, f"rejected: {exc}"
            outcomes.append(outcome)
            answer = (
                b'{"sid": "SM' + b"0" * 32 + b'", "status": "queued"}' if status == 201 else b""
            )
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as url:
        yield url, outcomes


def test_signed_request_over_http(
    keys: tuple[str, str], twilio_like_server: tuple[str, list[str]]
) -> None:
    base, outcomes = twilio_like_server
    signer = ClientValidationSigner(ACCOUNT, CREDENTIAL, keys[0], api_key_sid=API_KEY)
    url = f"{base}/2010-04-01/Accounts/{ACCOUNT}/Calls.json?b=2&a=1"
    headers = {
        "Authorization": basic(API_KEY, "secret"),
        "Content-Type": "application/x-www-form-urlencoded",
    }
    # What a REST client does: ask the signer just before sending, merge the header.
    headers.update(signer("POST", url, headers, BODY))
    request = urllib.request.Request(url, data=BODY, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 201
    # A body changed after signing is refused.
    forged = urllib.request.Request(url, data=BODY + b"X", headers=headers, method="POST")
    with pytest.raises(urllib.error.HTTPError) as failure:
        urllib.request.urlopen(forged, timeout=10)
    assert failure.value.code == 401
    assert outcomes[0] == "accepted" and outcomes[1].startswith("rejected")


def test_rest_client_signs_every_request(
    keys: tuple[str, str], twilio_like_server: tuple[str, list[str]]
) -> None:
    rest = pytest.importorskip("callbox.rest")
    base, outcomes = twilio_like_server
    signer = ClientValidationSigner(ACCOUNT, CREDENTIAL, keys[0])
    client = rest.Client(API_KEY, "api-secret", ACCOUNT, base_url=base, request_signer=signer)
    message = client.messages.create(to="+15005550006", from_="+15005550001", body="Hi there")
    assert message.sid == "SM" + "0" * 32
    assert outcomes == ["accepted"]
