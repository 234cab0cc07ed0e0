"""A backend issues access tokens for the Voice, Video, Chat, Sync, TaskRouter and Live SDKs."""

from __future__ import annotations

import time
from typing import Any

import jwt as pyjwt
import pytest

from callbox.jwt import (
    AccessToken,
    ChatGrant,
    PlaybackGrant,
    SyncGrant,
    TaskRouterGrant,
    TokenError,
    VideoGrant,
    VoiceGrant,
)
from callbox.jwt.access_token import AccessToken as AccessTokenFromModule
from callbox.jwt.access_token.grants import VoiceGrant as VoiceGrantFromModule

ACCOUNT = "AC" + "a" * 32
KEY = "SK" + "b" * 32
SECRET = "s" * 32


def claims(token: str) -> dict[str, Any]:
    return pyjwt.decode(token, SECRET, algorithms=["HS256"])


def every_grant() -> list[Any]:
    return [
        VoiceGrant(
            incoming_allow=True,
            outgoing_application_sid="AP" + "c" * 32,
            outgoing_application_params={"queue": "sales"},
            push_credential_sid="CR" + "d" * 32,
            endpoint_id="alice-phone",
        ),
        VideoGrant(room="standup"),
        ChatGrant(
            service_sid="IS1",
            endpoint_id="e1",
            deployment_role_sid="RL1",
            push_credential_sid="CR1",
        ),
        SyncGrant(service_sid="IS2", endpoint_id="e2"),
        TaskRouterGrant(workspace_sid="WS1", worker_sid="WK1", role="worker"),
        PlaybackGrant(
            grant={"playbackUrl": "https://example.com/live", "playerStreamerSid": "VJ1"}
        ),
    ]


def test_voice_token_has_the_documented_header_and_claims() -> None:
    before = int(time.time())
    token = AccessToken(ACCOUNT, KEY, SECRET, identity="alice", ttl=600)
    token.add_grant(VoiceGrant(incoming_allow=True, outgoing_application_sid="AP1"))
    encoded = token.to_jwt()
    header = pyjwt.get_unverified_header(encoded)
    assert header == {"alg": "HS256", "typ": "JWT", "cty": "twilio-fpa;v=1"}
    payload = claims(encoded)
    assert payload["iss"] == KEY
    assert payload["sub"] == ACCOUNT
    issued = payload["nbf"]
    assert before <= issued <= int(time.time())
    assert payload["jti"] == f"{KEY}-{issued}"
    assert payload["exp"] == issued + 600
    assert payload["grants"] == {
        "identity": "alice",
        "voice": {"incoming": {"allow": True}, "outgoing": {"application_sid": "AP1"}},
    }


def test_every_grant_uses_twilios_claim_names() -> None:
    token = AccessToken(ACCOUNT, KEY, SECRET, grants=every_grant(), identity="alice")
    grants = claims(token.to_jwt())["grants"]
    assert grants == {
        "identity": "alice",
        "voice": {
            "incoming": {"allow": True},
            "outgoing": {"application_sid": "AP" + "c" * 32, "params": {"queue": "sales"}},
            "push_credential_sid": "CR" + "d" * 32,
            "endpoint_id": "alice-phone",
        },
        "video": {"room": "standup"},
        "chat": {
            "service_sid": "IS1",
            "endpoint_id": "e1",
            "deployment_role_sid": "RL1",
            "push_credential_sid": "CR1",
        },
        "data_sync": {"service_sid": "IS2", "endpoint_id": "e2"},
        "task_router": {"workspace_sid": "WS1", "worker_sid": "WK1", "role": "worker"},
        "player": {"playbackUrl": "https://example.com/live", "playerStreamerSid": "VJ1"},
    }


def test_unset_options_are_left_out() -> None:
    assert VoiceGrant().to_payload() == {}
    assert VoiceGrant(incoming_allow=False).to_payload() == {}
    assert VoiceGrant(outgoing_application_params={"a": "b"}).to_payload() == {}
    assert VideoGrant().to_payload() == {}
    assert AccessToken(ACCOUNT, KEY, SECRET).payload["grants"] == {}


def test_region_nbf_valid_until_and_ttl() -> None:
    token = AccessToken(ACCOUNT, KEY, SECRET, region="au1", nbf=None, valid_until=4_000_000_000)
    encoded = token.to_jwt()
    assert pyjwt.get_unverified_header(encoded)["twr"] == "au1"
    payload = claims(encoded)
    assert "nbf" not in payload
    assert payload["exp"] == 4_000_000_000
    # to_jwt(ttl=...) wins over valid_until.
    payload = claims(token.to_jwt(ttl=60))
    assert payload["exp"] - int(time.time()) in (59, 60)
    fixed = AccessToken(ACCOUNT, KEY, SECRET, nbf=1_700_000_000, ttl=3600)
    assert pyjwt.decode(fixed.to_jwt(), options={"verify_signature": False})["nbf"] == 1_700_000_000


def test_str_is_the_jwt_and_repr_hides_the_secret() -> None:
    token = AccessToken(ACCOUNT, KEY, SECRET, identity="alice")
    assert claims(str(token))["grants"]["identity"] == "alice"
    assert SECRET not in repr(token)
    assert "alice" in repr(token)


def test_bad_grants_and_missing_secret_are_refused() -> None:
    with pytest.raises(TokenError):
        AccessToken(ACCOUNT, KEY, SECRET).add_grant({"voice": {}})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        AccessToken(ACCOUNT, KEY, "").to_jwt()


def test_module_paths_match_the_official_package() -> None:
    assert AccessTokenFromModule is AccessToken
    assert VoiceGrantFromModule is VoiceGrant


def test_same_claims_as_the_official_package() -> None:
    twilio_token = pytest.importorskip("twilio.jwt.access_token")
    twilio_grants = pytest.importorskip("twilio.jwt.access_token.grants")
    theirs = twilio_token.AccessToken(
        ACCOUNT, KEY, SECRET, identity="alice", ttl=900, region="ie1", nbf=1_700_000_000
    )
    for grant in every_grant():
        cls = getattr(twilio_grants, type(grant).__name__)
        theirs.add_grant(cls(**vars(grant)))
    ours = AccessToken(
        ACCOUNT,
        KEY,
        SECRET,
        grants=every_grant(),
        identity="alice",
        ttl=900,
        region="ie1",
        nbf=1_700_000_000,
    )
    their_jwt, our_jwt = theirs.to_jwt(), ours.to_jwt()
    assert pyjwt.get_unverified_header(our_jwt) == pyjwt.get_unverified_header(their_jwt)
    ours_claims = pyjwt.decode(our_jwt, options={"verify_signature": False})
    theirs_claims = pyjwt.decode(their_jwt, options={"verify_signature": False})
    # Issue times may straddle a second boundary; everything else is identical.
    for payload in (ours_claims, theirs_claims):
        payload["exp"] -= int(payload["jti"].rsplit("-", 1)[1])
        payload.pop("jti")
    assert ours_claims == theirs_claims
