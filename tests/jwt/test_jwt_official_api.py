"""Code written against the official package's token classes runs unchanged on callbox.

A developer swaps ``twilio.jwt`` for ``callbox.jwt`` in their imports and keeps
every call: the same classes and methods, positional arguments in the same
order, the same keyword names, and tokens whose decoded claims are the same.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

import jwt as pyjwt
import pytest

from callbox.errors import TokenError
from callbox.jwt import (
    AccessToken,
    ClientCapabilityToken,
    TaskQueueCapabilityToken,
    TokenType,
    VoiceGrant,
    WorkerCapabilityToken,
    WorkspaceCapabilityToken,
    decode,
)

ACCOUNT = "AC" + "a" * 32
KEY = "SK" + "b" * 32
SECRET = "api-key-secret-" + "s" * 17
AUTH_TOKEN = "auth-token-" + "t" * 21
WORKSPACE = "WS" + "1" * 32
WORKER = "WK" + "2" * 32
QUEUE = "WQ" + "3" * 32

CLASSES = [
    ("access_token", "AccessToken"),
    ("access_token.grants", "VoiceGrant"),
    ("access_token.grants", "VideoGrant"),
    ("access_token.grants", "ChatGrant"),
    ("access_token.grants", "SyncGrant"),
    ("access_token.grants", "TaskRouterGrant"),
    ("access_token.grants", "PlaybackGrant"),
    ("client", "ClientCapabilityToken"),
    ("client", "ScopeURI"),
    ("taskrouter", "TaskRouterCapabilityToken"),
    ("taskrouter.capabilities", "WorkerCapabilityToken"),
    ("taskrouter.capabilities", "TaskQueueCapabilityToken"),
    ("taskrouter.capabilities", "WorkspaceCapabilityToken"),
]
POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
VARIADIC = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)


def public_methods(cls: type) -> list[str]:
    return ["__init__"] + [
        name for name in dir(cls) if not name.startswith("_") and callable(getattr(cls, name))
    ]


def check_same_call(theirs: Callable[..., Any], ours: Callable[..., Any]) -> None:
    their_params = inspect.signature(theirs).parameters.values()
    our_params = inspect.signature(ours).parameters
    their_positional = [p.name for p in their_params if p.kind in POSITIONAL]
    our_positional = [p.name for p in our_params.values() if p.kind in POSITIONAL]
    assert our_positional[: len(their_positional)] == their_positional
    for param in their_params:
        if param.kind not in VARIADIC:
            assert param.name in our_params, param.name


@pytest.mark.parametrize(("module", "name"), CLASSES)
def test_same_classes_methods_and_argument_names(module: str, name: str) -> None:
    theirs = getattr(pytest.importorskip(f"twilio.jwt.{module}"), name)
    ours = getattr(importlib.import_module(f"callbox.jwt.{module}"), name)
    for method in public_methods(theirs):
        assert hasattr(ours, method), f"{name}.{method}"
        check_same_call(getattr(theirs, method), getattr(ours, method))


def test_request_validator_has_the_same_calls() -> None:
    official = pytest.importorskip("twilio.request_validator")
    from callbox.webhooks import RequestValidator

    for method in ("__init__", "compute_signature", "compute_hash", "validate"):
        check_same_call(
            getattr(official.RequestValidator, method), getattr(RequestValidator, method)
        )


# ---------------------------------------------------------------- keyword-only options


def claims(token: str) -> dict[str, Any]:
    return pyjwt.decode(token, options={"verify_signature": False})


def same_claims(theirs: Any, ours: Any) -> None:
    a, b = claims(theirs.to_jwt()), claims(ours.to_jwt())
    assert abs(a.pop("exp") - b.pop("exp")) <= 1
    assert a == b


# Every option the official TaskRouter tokens read from **kwargs, each set
# against its default so that ignoring one changes the policies.
TASKROUTER_OPTIONS: dict[str, Any] = {
    "nbf": 1_700_000_000,
    "allow_web_sockets": False,
    "allow_fetch_self": False,
    "allow_update_self": True,
    "allow_delete_self": True,
    "allow_fetch_subresources": True,
    "allow_update_subresources": True,
    "allow_delete_subresources": True,
}
WORKER_OPTIONS: dict[str, Any] = {
    "allow_fetch_activities": False,
    "allow_fetch_reservations": False,
    "allow_fetch_worker_reservations": False,
    "allow_update_activities": True,
    "allow_update_reservations": True,
}


def test_every_taskrouter_option_is_understood_the_same_way() -> None:
    official = pytest.importorskip("twilio.jwt.taskrouter.capabilities")
    worker = (ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER, 600)
    options = {**TASKROUTER_OPTIONS, **WORKER_OPTIONS}
    same_claims(
        official.WorkerCapabilityToken(*worker, **options),
        WorkerCapabilityToken(*worker, **options),
    )
    queue = (ACCOUNT, AUTH_TOKEN, WORKSPACE, QUEUE, 600)
    same_claims(
        official.TaskQueueCapabilityToken(*queue, **TASKROUTER_OPTIONS),
        TaskQueueCapabilityToken(*queue, **TASKROUTER_OPTIONS),
    )
    workspace = (ACCOUNT, AUTH_TOKEN, WORKSPACE, 600)
    same_claims(
        official.WorkspaceCapabilityToken(*workspace, valid_until=1_800_000_000),
        WorkspaceCapabilityToken(*workspace, valid_until=1_800_000_000),
    )


def test_client_capability_constructor_options_are_understood_the_same_way() -> None:
    official = pytest.importorskip("twilio.jwt.client")
    options: dict[str, Any] = {
        "nbf": 1_700_000_000,
        "ttl": 900,
        "allow_client_outgoing": {"application_sid": "AP1", "queue": "vip"},
        "allow_client_incoming": {"client_name": "alice"},
        "allow_event_stream": {"type": "calls"},
    }
    same_claims(
        official.ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, **options),
        ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, **options),
    )


# ---------------------------------------------------------------- secrets stay secret


def every_token() -> list[Any]:
    access = AccessToken(ACCOUNT, KEY, SECRET, identity="alice")
    access.add_grant(VoiceGrant(incoming_allow=True))
    capability = ClientCapabilityToken(ACCOUNT, SECRET)
    capability.allow_client_incoming("alice")
    return [
        access,
        capability,
        WorkerCapabilityToken(ACCOUNT, SECRET, WORKSPACE, WORKER),
        TaskQueueCapabilityToken(ACCOUNT, SECRET, WORKSPACE, QUEUE),
        WorkspaceCapabilityToken(ACCOUNT, SECRET, WORKSPACE),
    ]


@pytest.mark.parametrize("token", every_token(), ids=lambda token: type(token).__name__)
def test_reprs_and_failures_never_show_the_secret(token: Any) -> None:
    assert SECRET not in repr(token)
    encoded = token.to_jwt()
    assert SECRET not in encoded
    with pytest.raises(TokenError) as wrong_key:
        decode(encoded, "another-secret-" + "x" * 17)
    assert SECRET not in str(wrong_key.value)
    other_type: TokenType = "client_capability" if isinstance(token, AccessToken) else "access"
    with pytest.raises(TokenError) as wrong_type:
        decode(encoded, SECRET, token_type=other_type)
    assert SECRET not in str(wrong_type.value)
