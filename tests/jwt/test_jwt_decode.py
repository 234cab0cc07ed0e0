"""A service receiving Twilio-style tokens verifies them and gets a clear reason when it cannot."""

from __future__ import annotations

import time

import jwt as pyjwt
import pytest

from callbox.errors import TokenError
from callbox.jwt import (
    AccessToken,
    ClientCapabilityToken,
    Jwt,
    JwtDecodeError,
    MalformedTokenError,
    TokenExpiredError,
    TokenNotYetValidError,
    TokenSignatureError,
    VideoGrant,
    WorkerCapabilityToken,
    WrongTokenTypeError,
    decode,
    decode_access_token,
)

ACCOUNT = "AC" + "a" * 32
KEY = "SK" + "b" * 32
SECRET = "s" * 32


def access(**options: object) -> str:
    token = AccessToken(ACCOUNT, KEY, SECRET, identity="alice", **options)  # type: ignore[arg-type]
    token.add_grant(VideoGrant(room="r1"))
    return token.to_jwt()


def test_a_fresh_access_token_verifies() -> None:
    payload = decode_access_token(access(), SECRET)
    assert payload["grants"] == {"identity": "alice", "video": {"room": "r1"}}
    decoded = decode(access(), SECRET)
    assert decoded.type == "access"
    assert decoded.headers["cty"] == "twilio-fpa;v=1"
    assert SECRET not in repr(decoded)


def test_expired_token() -> None:
    with pytest.raises(TokenExpiredError, match="expired"):
        decode_access_token(access(valid_until=time.time() - 30), SECRET)
    # A little leeway for clock skew is allowed when asked for.
    assert decode_access_token(access(valid_until=time.time() - 30), SECRET, leeway=60)


def test_not_yet_valid_token() -> None:
    with pytest.raises(TokenNotYetValidError, match="not valid yet"):
        decode_access_token(access(nbf=int(time.time()) + 600), SECRET)


def test_wrong_key_and_forged_algorithms() -> None:
    with pytest.raises(TokenSignatureError):
        decode_access_token(access(), "another-secret-another-secret-xx")
    unsigned = pyjwt.encode(
        {"grants": {}, "exp": time.time() + 60},
        "",  # PyJWT's "none" algorithm takes no key ("" reads as None)
        algorithm="none",
        headers={"cty": "twilio-fpa;v=1"},
    )
    with pytest.raises(TokenError):
        decode_access_token(unsigned, SECRET)
    with pytest.raises(TokenSignatureError):
        decode(access(), SECRET, algorithms=["HS512"])


def test_wrong_token_type() -> None:
    capability = ClientCapabilityToken(ACCOUNT, SECRET)
    capability.allow_client_incoming("alice")
    with pytest.raises(
        WrongTokenTypeError, match="expected a token of type 'access', got 'client_capability'"
    ):
        decode_access_token(capability.to_jwt(), SECRET)
    assert decode(capability.to_jwt(), SECRET, token_type="client_capability").type == (
        "client_capability"
    )
    worker = WorkerCapabilityToken(ACCOUNT, SECRET, "WS1", "WK1")
    assert decode(worker.to_jwt(), SECRET).type == "taskrouter_capability"
    with pytest.raises(WrongTokenTypeError):
        decode(worker.to_jwt(), SECRET, token_type="access")


def test_garbage_and_missing_claims() -> None:
    with pytest.raises(MalformedTokenError):
        decode("not-a-jwt", SECRET)
    no_exp = pyjwt.encode({"grants": {}}, SECRET, algorithm="HS256")
    with pytest.raises(MalformedTokenError, match="exp"):
        decode(no_exp, SECRET)
    with pytest.raises(TokenError, match="key"):
        decode(access(), "")


def test_from_jwt_like_the_official_package() -> None:
    token = Jwt.from_jwt(access(), SECRET)
    assert token.payload["sub"] == ACCOUNT
    assert token.headers["cty"] == "twilio-fpa;v=1"
    # Without a key it only reads the token.
    assert Jwt.from_jwt(access(valid_until=time.time() - 30)).payload["iss"] == KEY
    with pytest.raises(JwtDecodeError):
        Jwt.from_jwt(access(), "wrong-secret-wrong-secret-wrong-s")
    assert issubclass(JwtDecodeError, ValueError)
