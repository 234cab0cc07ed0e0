"""A backend issues Twilio Client and TaskRouter capability tokens."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt as pyjwt
import pytest

from callbox.jwt import (
    ClientCapabilityToken,
    ScopeURI,
    TaskQueueCapabilityToken,
    TaskRouterCapabilityToken,
    TokenError,
    WorkerCapabilityToken,
    WorkspaceCapabilityToken,
)
from callbox.jwt.taskrouter.capabilities import WorkerCapabilityToken as WorkerFromModule

ACCOUNT = "AC" + "a" * 32
AUTH_TOKEN = "t" * 32
WORKSPACE = "WS" + "1" * 32
WORKER = "WK" + "2" * 32
QUEUE = "WQ" + "3" * 32
TR = f"https://taskrouter.twilio.com/v1/Workspaces/{WORKSPACE}"
EVENTS = "https://event-bridge.twilio.com/v1/wschannels/" + ACCOUNT


def claims(token: str) -> dict[str, Any]:
    return pyjwt.decode(token, AUTH_TOKEN, algorithms=["HS256"])


def scopes(token: str) -> list[str]:
    return str(claims(token)["scope"]).split(" ")


def test_client_token_for_a_browser_phone() -> None:
    capability = ClientCapabilityToken(ACCOUNT, AUTH_TOKEN)
    capability.allow_client_incoming("alice")
    capability.allow_client_outgoing("AP123", department="sales", note="a b&c")
    encoded = capability.to_jwt()
    assert pyjwt.get_unverified_header(encoded) == {"alg": "HS256", "typ": "JWT"}
    payload = claims(encoded)
    assert payload["iss"] == ACCOUNT
    assert payload["exp"] - payload["nbf"] == 3600  # one hour by default
    incoming, outgoing = scopes(encoded)
    assert incoming == "scope:client:incoming?clientName=alice"
    assert outgoing.startswith("scope:client:outgoing?")
    params = parse_qs(urlsplit(outgoing).query)
    assert params["appSid"] == ["AP123"]
    assert params["clientName"] == ["alice"]
    assert parse_qs(params["appParams"][0]) == {"department": ["sales"], "note": ["a b&c"]}
    # Parameters in a scope are sorted by name.
    names = [part.split("=")[0] for part in outgoing.partition("?")[2].split("&")]
    assert names == sorted(names)


def test_event_stream_and_ttl() -> None:
    capability = ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, ttl=60)
    capability.allow_event_stream(type="calls")
    [scope] = scopes(capability.to_jwt())
    assert scope == "scope:stream:subscribe?params=type%3Dcalls&path=%2F2010-04-01%2FEvents"
    payload = claims(capability.to_jwt(ttl=120))
    assert payload["exp"] - payload["nbf"] == 120
    assert ClientCapabilityToken(ACCOUNT, AUTH_TOKEN).payload["scope"] == ""


def test_constructor_shortcuts() -> None:
    capability = ClientCapabilityToken(
        ACCOUNT,
        AUTH_TOKEN,
        allow_client_outgoing={"application_sid": "AP1"},
        allow_client_incoming={"client_name": "bob"},
    )
    assert scopes(capability.to_jwt()) == [
        "scope:client:outgoing?appSid=AP1&clientName=bob",
        "scope:client:incoming?clientName=bob",
    ]
    with pytest.raises(TypeError):
        ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, allow_everything={})


def test_scope_uri() -> None:
    scope = ScopeURI("client", "outgoing", {"appSid": "AP1"}).add_param("appParams", "a=b")
    assert str(scope) == "scope:client:outgoing?appParams=a%3Db&appSid=AP1"
    assert ScopeURI("client", "incoming").to_payload() == "scope:client:incoming"


def test_client_token_matches_the_official_package() -> None:
    twilio_client = pytest.importorskip("twilio.jwt.client")
    theirs = twilio_client.ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, nbf=1_700_000_000)
    ours = ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, nbf=1_700_000_000)
    for token in (theirs, ours):
        token.allow_client_incoming("alice smith")
        token.allow_client_outgoing("AP1", queue="vip", lang="en")
        token.allow_event_stream(x="1")
    a = pyjwt.decode(theirs.to_jwt(), options={"verify_signature": False})
    b = pyjwt.decode(ours.to_jwt(), options={"verify_signature": False})
    assert abs(a.pop("exp") - b.pop("exp")) <= 1
    assert a == b


# ---------------------------------------------------------------- TaskRouter


def policy(url: str, method: str, post_filter: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "url": url,
        "method": method,
        "allow": True,
        "query_filter": {},
        "post_filter": post_filter or {},
    }


def test_worker_token_for_an_agent_desktop() -> None:
    token = WorkerCapabilityToken(
        ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER, allow_update_activities=True
    )
    payload = claims(token.to_jwt())
    assert payload["iss"] == ACCOUNT
    assert payload["account_sid"] == ACCOUNT
    assert payload["workspace_sid"] == WORKSPACE
    assert payload["channel"] == payload["friendly_name"] == payload["worker_sid"] == WORKER
    assert payload["version"] == "v1"
    worker_url = f"{TR}/Workers/{WORKER}"
    assert payload["policies"] == [
        policy(f"{EVENTS}/{WORKER}", "GET"),
        policy(f"{EVENTS}/{WORKER}", "POST"),
        policy(worker_url, "GET"),
        policy(f"{TR}/Activities", "GET"),
        policy(f"{TR}/Tasks/**", "GET"),
        policy(f"{worker_url}/Reservations/**", "GET"),
        policy(worker_url, "POST", {"ActivitySid": {"required": True}}),
    ]


def test_queue_and_workspace_tokens() -> None:
    queue = claims(TaskQueueCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, QUEUE).to_jwt())
    assert queue["taskqueue_sid"] == QUEUE
    assert policy(f"{TR}/TaskQueues/{QUEUE}", "GET") in queue["policies"]
    workspace = WorkspaceCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, ttl=60)
    workspace.allow_fetch_subresources()
    workspace.allow_update_subresources()
    workspace.allow_delete_subresources()
    payload = claims(workspace.to_jwt())
    assert payload["exp"] - int(time.time()) in (59, 60)
    assert payload["channel"] == WORKSPACE
    assert [p["method"] for p in payload["policies"] if p["url"] == f"{TR}/**"] == [
        "GET",
        "POST",
        "DELETE",
    ]


@pytest.mark.parametrize(
    ("account", "workspace", "worker"),
    [("XX1", WORKSPACE, WORKER), (ACCOUNT, "XX1", WORKER), (ACCOUNT, WORKSPACE, QUEUE)],
)
def test_wrong_sids_are_refused(account: str, workspace: str, worker: str) -> None:
    with pytest.raises(ValueError, match="SID"):
        WorkerCapabilityToken(account, AUTH_TOKEN, workspace, worker)


def test_base_class_is_abstract() -> None:
    assert WorkerFromModule is WorkerCapabilityToken
    with pytest.raises(TokenError):
        TaskRouterCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER)


@pytest.mark.parametrize("kind", ["worker", "queue", "workspace"])
def test_taskrouter_tokens_match_the_official_package(kind: str) -> None:
    caps = pytest.importorskip("twilio.jwt.taskrouter.capabilities")
    options: dict[str, Any] = {"nbf": 1_700_000_000}
    if kind == "worker":
        extra = {"allow_update_activities": True, "allow_update_reservations": True}
        theirs = caps.WorkerCapabilityToken(
            ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER, **options, **extra
        )
        ours: Any = WorkerCapabilityToken(
            ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER, **options, **extra
        )
    elif kind == "queue":
        theirs = caps.TaskQueueCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, QUEUE, **options)
        ours = TaskQueueCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, QUEUE, **options)
    else:
        extra = {"allow_delete_self": True, "allow_update_subresources": True}
        theirs = caps.WorkspaceCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, **options, **extra)
        ours = WorkspaceCapabilityToken(ACCOUNT, AUTH_TOKEN, WORKSPACE, **options, **extra)
    a = pyjwt.decode(theirs.to_jwt(), options={"verify_signature": False})
    b = pyjwt.decode(ours.to_jwt(), options={"verify_signature": False})
    assert abs(a.pop("exp") - b.pop("exp")) <= 1
    assert a == b
