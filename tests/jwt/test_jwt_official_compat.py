"""Token code written for the official package makes byte-identical tokens on callbox.

With the clock fixed, the same calls on ``twilio.jwt`` and ``callbox.jwt`` must give the same
JWT strings (HS256 and RS256 are both deterministic): subclasses of ``Jwt`` overriding
``_generate_payload(self)``, ``nbf`` as AccessToken sets it, TaskRouter tokens with the default
and custom TTLs, ClientCapabilityToken payloads, and Public Key Client Validation with the
official names, down to a ``ValidationClient`` sending real requests to a server on 127.0.0.1.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt as pyjwt
import pytest

import callbox.jwt
from callbox import Client
from callbox.jwt import (
    AccessToken,
    ChatGrant,
    ClientCapabilityToken,
    Jwt,
    TaskQueueCapabilityToken,
    VoiceGrant,
    WorkerCapabilityToken,
    WorkspaceCapabilityToken,
)
from callbox.jwt.validation import ClientValidationJwt, ValidationClient, ValidationPayload
from tests.support import serving

official_jwt = pytest.importorskip("twilio.jwt")
from twilio.jwt import access_token as their_access  # noqa: E402
from twilio.jwt import client as their_client  # noqa: E402
from twilio.jwt.access_token import grants as their_grants  # noqa: E402
from twilio.jwt.taskrouter import capabilities as their_taskrouter  # noqa: E402

#: The fixed clock: now, to the second (PyJWT checks exp against the real clock on decode).
NOW = int(time.time())
ACCOUNT = "AC" + "a" * 32
KEY = "SK" + "b" * 32
SECRET = "api-key-secret-" + "s" * 17
AUTH_TOKEN = "auth-token-" + "t" * 21
WORKSPACE = "WS" + "1" * 32
WORKER = "WK" + "2" * 32
QUEUE = "WQ" + "3" * 32
CREDENTIAL = "CR" + "c" * 32


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both packages read time.time(); a fixed clock makes their tokens comparable.

    Fixed at the start of each test (not at import): PyJWT checks ``exp`` against the
    real clock, and a long suite runs this module minutes after importing it."""
    global NOW
    NOW = int(time.time())
    monkeypatch.setattr(time, "time", lambda: NOW + 0.75)


def same_token(theirs: Any, ours: Any, ttl: int | None = None) -> dict[str, Any]:
    """The two tokens are the same string; returns the claims."""
    mine = ours.to_jwt(ttl) if ttl is not None else ours.to_jwt()
    assert mine == (theirs.to_jwt(ttl) if ttl is not None else theirs.to_jwt())
    assert ours.payload == theirs.payload and list(ours.payload) == list(theirs.payload)
    assert ours.headers == theirs.headers
    claims: dict[str, Any] = pyjwt.decode(mine, options={"verify_signature": False})
    return claims


# ---------------------------------------------------------------- the Jwt extension point


def custom_token(base: type) -> Any:
    class ShopToken(base):  # type: ignore[misc]
        """A token for a service of the developer's own, the official way."""

        def __init__(self, secret: str, shop: str, **kwargs: Any) -> None:
            super().__init__(secret_key=secret, issuer="shop-backend", subject=shop, **kwargs)
            self.shop = shop

        def _generate_headers(self) -> dict[str, Any]:
            return {"kid": "shop-key-1"}

        def _generate_payload(self) -> dict[str, Any]:
            return {"shop": self.shop, "scopes": ["orders:read"]}

    return ShopToken


def test_a_jwt_subclass_with_the_official_payload_hook() -> None:
    theirs = custom_token(official_jwt.Jwt)(SECRET, "acme", ttl=600)
    ours = custom_token(Jwt)(SECRET, "acme", ttl=600)
    claims = same_token(theirs, ours)
    assert claims == {
        "shop": "acme",
        "scopes": ["orders:read"],
        "iss": "shop-backend",
        "exp": NOW + 600,
        "nbf": NOW,
        "sub": "acme",
    }
    assert pyjwt.get_unverified_header(ours.to_jwt())["kid"] == "shop-key-1"
    assert ours._generate_payload() == {"shop": "acme", "scopes": ["orders:read"]}


def test_a_subclass_of_access_token_extending_its_payload() -> None:
    def extended(base: type) -> Any:
        class Tagged(base):  # type: ignore[misc]
            def _generate_payload(self) -> dict[str, Any]:
                payload: dict[str, Any] = super()._generate_payload()
                payload["grants"]["tag"] = "beta"
                return payload

        return Tagged

    theirs = extended(their_access.AccessToken)(ACCOUNT, KEY, SECRET, identity="alice")
    ours = extended(AccessToken)(ACCOUNT, KEY, SECRET, identity="alice")
    claims = same_token(theirs, ours)
    assert claims["grants"] == {"identity": "alice", "tag": "beta"}
    assert claims["jti"] == f"{KEY}-{NOW}"


def test_subclasses_written_for_callbox_still_get_the_issue_time() -> None:
    class Stamped(Jwt):
        def _generate_payload(self, now: int | None = None) -> dict[str, Any]:
            return {"issued": now}

    assert (
        pyjwt.decode(Stamped(SECRET, "me").to_jwt(), options={"verify_signature": False})["issued"]
        == NOW
    )


def test_decoding_builds_the_token_through_the_from_jwt_hook() -> None:
    encoded = custom_token(Jwt)(SECRET, "acme").to_jwt()
    decoded = Jwt.from_jwt(encoded, SECRET)
    assert decoded.payload["shop"] == "acme"
    assert (decoded.issuer, decoded.subject, decoded.valid_until) == (
        "shop-backend",
        "acme",
        NOW + 3600,
    )


# ---------------------------------------------------------------- nbf on AccessToken


@pytest.mark.parametrize(
    "nbf",
    ["default", -30, -30.5, "datetime", None],  # numbers: seconds from NOW
    ids=["default", "int", "float", "datetime", "none"],
)
def test_access_token_nbf_is_set_as_the_official_package_sets_it(nbf: Any) -> None:
    if nbf == "datetime":
        nbf = datetime.fromtimestamp(NOW - 90, tz=timezone.utc)
    elif isinstance(nbf, (int, float)):
        nbf = NOW + nbf
    options = {} if nbf == "default" else {"nbf": nbf}

    def build(cls: type, grant: type) -> Any:
        token = cls(ACCOUNT, KEY, SECRET, identity="alice", ttl=900, **options)
        token.add_grant(grant(service_sid="IS" + "0" * 32))
        return token

    claims = same_token(
        build(their_access.AccessToken, their_grants.ChatGrant), build(AccessToken, ChatGrant)
    )
    expected = {
        "default": NOW,
        "int": NOW - 30,
        "float": NOW - 30.5,
        "datetime": NOW - 90,
        "none": None,
    }
    key = {None: "none"}.get(nbf) or ("default" if nbf == "default" else type(nbf).__name__)
    assert claims.get("nbf") == expected[key]


@pytest.mark.parametrize(
    "options",
    [{}, {"valid_until": 120}, {"ttl": 60}, {"region": "ie1"}, {"valid_until": 0}],
    ids=["plain", "valid_until", "ttl", "region", "valid_until_zero"],
)
def test_access_token_lifetimes_match(options: dict[str, Any]) -> None:
    if options.get("valid_until"):
        options = {"valid_until": NOW + options["valid_until"]}  # seconds from NOW

    def build(cls: type, grant: type) -> Any:
        token = cls(ACCOUNT, KEY, SECRET, identity="bob", **options)
        token.add_grant(grant(outgoing_application_sid="AP" + "9" * 32, incoming_allow=True))
        return token

    theirs = build(their_access.AccessToken, their_grants.VoiceGrant)
    ours = build(AccessToken, VoiceGrant)
    same_token(theirs, ours)
    same_token(theirs, ours, ttl=45)


# ---------------------------------------------------------------- TaskRouter TTLs

TASKROUTER = [
    (
        their_taskrouter.WorkerCapabilityToken,
        WorkerCapabilityToken,
        (ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER),
    ),
    (
        their_taskrouter.TaskQueueCapabilityToken,
        TaskQueueCapabilityToken,
        (ACCOUNT, AUTH_TOKEN, WORKSPACE, QUEUE),
    ),
    (
        their_taskrouter.WorkspaceCapabilityToken,
        WorkspaceCapabilityToken,
        (ACCOUNT, AUTH_TOKEN, WORKSPACE),
    ),
]


@pytest.mark.parametrize(
    ("theirs", "ours", "args"), TASKROUTER, ids=["worker", "queue", "workspace"]
)
@pytest.mark.parametrize(
    ("extra", "keywords", "lifetime"),
    [
        ((), {}, 3600),
        ((600,), {}, 600),
        ((), {"ttl": 28_800}, 28_800),
        ((), {"ttl": 120, "valid_until": 30}, 30),  # seconds from NOW
    ],
    ids=["default", "positional", "keyword", "valid_until"],
)
def test_taskrouter_tokens_with_default_and_custom_ttl(
    theirs: type,
    ours: type,
    args: tuple[str, ...],
    extra: tuple[int, ...],
    keywords: dict[str, Any],
    lifetime: int,
) -> None:
    if "valid_until" in keywords:
        keywords = {**keywords, "valid_until": NOW + keywords["valid_until"]}
    their_token = theirs(*args, *extra, **keywords)
    our_token = ours(*args, *extra, **keywords)
    claims = same_token(their_token, our_token)
    assert claims["exp"] - claims["nbf"] == lifetime
    assert our_token._generate_payload() == their_token._generate_payload()
    # Decoded by the class, as the official tests do.
    decoded = ours.from_jwt(our_token.to_jwt(), AUTH_TOKEN)  # type: ignore[attr-defined]
    assert decoded.payload["exp"] == NOW + lifetime
    # A TTL given when encoding wins, as in the official package.
    assert same_token(their_token, our_token, ttl=90)["exp"] == NOW + 90


def test_a_taskrouter_subclass_using_the_official_policy_helper() -> None:
    def supervisor(base: type) -> Any:
        class Supervisor(base):  # type: ignore[misc]
            def allow_task_updates(self) -> None:
                self._make_policy(self.workspace_url + "/Tasks/**", "post", True)

        return Supervisor

    theirs = supervisor(their_taskrouter.WorkspaceCapabilityToken)(ACCOUNT, AUTH_TOKEN, WORKSPACE)
    ours = supervisor(WorkspaceCapabilityToken)(ACCOUNT, AUTH_TOKEN, WORKSPACE)
    theirs.allow_task_updates()
    ours.allow_task_updates()
    assert same_token(theirs, ours)["policies"][-1]["method"] == "POST"


# ---------------------------------------------------------------- ClientCapabilityToken


def capability_story(cls: type) -> Any:
    token = cls(ACCOUNT, AUTH_TOKEN, ttl=900)
    token.allow_client_outgoing("AP" + "1" * 32, plan="gold", tags=["a", "b"], note="x y&z")
    token.allow_client_incoming("alice")
    token.allow_event_stream(type="calls", status=["ringing", "answered"])
    return token


@pytest.mark.parametrize(
    "build",
    [
        lambda cls: cls(ACCOUNT, AUTH_TOKEN),
        capability_story,
        lambda cls: cls(
            ACCOUNT,
            AUTH_TOKEN,
            allow_client_outgoing={"application_sid": "AP1", "queue": "vip"},
            allow_client_incoming={"client_name": "bob"},
            allow_event_stream={"filter": "x"},
        ),
        lambda cls: cls(ACCOUNT, AUTH_TOKEN, nbf=None),
    ],
    ids=["empty", "methods", "constructor", "no-nbf"],
)
def test_client_capability_payloads_match(build: Callable[[type], Any]) -> None:
    theirs = build(their_client.ClientCapabilityToken)
    ours = build(ClientCapabilityToken)
    assert ours._generate_payload() == theirs._generate_payload()
    same_token(theirs, ours)


def test_list_values_in_app_params_repeat_the_name() -> None:
    payload = capability_story(ClientCapabilityToken)._generate_payload()
    assert "appParams=plan%3Dgold%26tags%3Da%26tags%3Db%26note%3Dx%2By%2526z" in payload["scope"]


def test_client_capability_valid_until_is_honoured() -> None:
    # A deliberate difference: the official class drops valid_until (its exp stays
    # issue time + ttl); callbox keeps the expiry the caller asked for.
    ours = ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, valid_until=NOW + 60)
    theirs = their_client.ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, valid_until=NOW + 60)
    assert ours.payload["exp"] == NOW + 60
    assert theirs.payload["exp"] == NOW + 3600


# ---------------------------------------------------------------- Public Key Client Validation

pytest.importorskip("cryptography")


@pytest.fixture(scope="module")
def keys() -> tuple[str, str]:
    return callbox.jwt.generate_key_pair()


def test_the_official_names_are_importable() -> None:
    assert callbox.jwt.ClientValidationJwt is ClientValidationJwt
    assert callbox.jwt.ValidationClient is ValidationClient
    assert callbox.jwt.ValidationPayload is ValidationPayload
    from twilio.http.validation_client import ValidationPayload as Theirs

    assert ValidationPayload._fields == Theirs._fields


PAYLOADS = [
    (
        "GET",
        "/2010-04-01/Accounts.json",
        "",
        {"Authorization": "Basic abc", "Host": "api.twilio.com"},
        "",
    ),
    (
        "POST",
        "/2010-04-01/Accounts/AC1/Messages.json",
        "b=2&a=1",
        {"authorization": "Basic abc", "HOST": "api.twilio.com", "User-Agent": "x"},
        "To=%2B14155550100&Body=hi",
    ),
    ("POST", "/v1/Things", "", {"Authorization": "Basic abc"}, b"\x00binary"),
    ("GET", "/v1/x", "a=1&&c", {"Authorization": ["b", "a"], "Host": "h:8080"}, ""),
]


@pytest.mark.parametrize(("method", "path", "query", "headers", "body"), PAYLOADS)
def test_client_validation_tokens_are_the_official_ones(
    keys: tuple[str, str], method: str, path: str, query: str, headers: dict[str, Any], body: Any
) -> None:
    from twilio.http.validation_client import ValidationPayload as TheirPayload
    from twilio.jwt.validation import ClientValidationJwt as TheirJwt

    private, public = keys
    fields = (method, path, query, headers, ["authorization", "host"], body)
    theirs = TheirJwt(ACCOUNT, KEY, CREDENTIAL, private, TheirPayload(*fields))
    ours = ClientValidationJwt(ACCOUNT, KEY, CREDENTIAL, private, ValidationPayload(*fields))
    claims = same_token(theirs, ours)
    assert pyjwt.decode(ours.to_jwt(), public, algorithms=["RS256"]) == claims
    assert claims["exp"] - claims["nbf"] == 300
    assert pyjwt.get_unverified_header(ours.to_jwt())["kid"] == CREDENTIAL


class Recorder(BaseHTTPRequestHandler):
    """Plays Twilio: answers every request and keeps what it received."""

    seen: list[dict[str, Any]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        Recorder.seen.append(
            {
                "method": self.command,
                "target": self.path,
                "headers": dict(self.headers),
                "body": body,
            }
        )
        data = json.dumps({"sid": "SM" + "0" * 32}).encode()
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def twilio_like() -> Iterator[str]:
    Recorder.seen = []
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Recorder)) as url:
        yield url


def verify_as_twilio(seen: dict[str, Any], public: str) -> dict[str, Any]:
    """Check the received token with the public key and recompute rqh from the wire."""
    from twilio.http.validation_client import ValidationPayload as TheirPayload
    from twilio.jwt.validation import ClientValidationJwt as TheirJwt

    token = seen["headers"]["Twilio-Client-Validation"]
    claims: dict[str, Any] = pyjwt.decode(token, public, algorithms=["RS256"])
    path, _, query = seen["target"].partition("?")
    received = TheirPayload(
        seen["method"], path, query, seen["headers"], ["authorization", "host"], seen["body"]
    )
    expected = TheirJwt(ACCOUNT, KEY, CREDENTIAL, "unused", received)._generate_payload()
    assert {"hrh": claims["hrh"], "rqh": claims["rqh"]} == expected
    return claims


def test_a_client_signs_every_request_through_validation_client(
    keys: tuple[str, str], twilio_like: str
) -> None:
    private, public = keys
    http = ValidationClient(ACCOUNT, KEY, CREDENTIAL, private)
    client = Client(KEY, SECRET, ACCOUNT, http_client=http)
    try:
        client.request("POST", twilio_like + "/2010-04-01/Messages.json", data={"Body": "hi there"})
        client.request(
            "GET", twilio_like + "/2010-04-01/Messages.json", params={"To": "+1", "A": "b"}
        )
    finally:
        client.close()
    assert [s["method"] for s in Recorder.seen] == ["POST", "GET"]
    for seen in Recorder.seen:
        claims = verify_as_twilio(seen, public)
        assert (claims["iss"], claims["sub"]) == (KEY, ACCOUNT)


def test_validation_client_request_with_the_official_arguments(
    keys: tuple[str, str], twilio_like: str
) -> None:
    private, public = keys
    http = ValidationClient(ACCOUNT, KEY, CREDENTIAL, private, pool_connections=False)
    response = http.request(
        "post",
        twilio_like + "/v1/Things",
        params={"x": "1"},
        data={"Name": "a b"},
        auth=(KEY, SECRET),
    )
    assert (response.status_code, response.ok) == (201, True)
    assert json.loads(response.text)["sid"].startswith("SM")
    seen = Recorder.seen[0]
    assert seen["body"] == b"Name=a+b" and seen["target"] == "/v1/Things?x=1"
    verify_as_twilio(seen, public)


def test_validate_ssl_certificate_raises_on_a_failed_check() -> None:
    # tls-test.twilio.com is on the internet: a stand-in client answers for it.
    class Answer:
        def __init__(self, status: int) -> None:
            self.status = status

    class StandIn:
        def __init__(self, status: int) -> None:
            self.status = status
            self.asked: list[tuple[str, str]] = []

        def request(self, method: str, url: str) -> Answer:
            self.asked.append((method, url))
            return Answer(self.status)

    http = ValidationClient(ACCOUNT, KEY, CREDENTIAL, "unused")
    fine = StandIn(200)
    http.validate_ssl_certificate(fine)
    assert fine.asked == [("GET", "https://tls-test.twilio.com:443")]
    from callbox.errors import RestError

    with pytest.raises(RestError, match="Failed to validate SSL certificate"):
        http.validate_ssl_certificate(StandIn(503))
