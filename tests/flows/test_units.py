"""The small parts on their own: tokens, state, the handler registry, Result, App settings."""

from __future__ import annotations

import time
from typing import Any

import pytest

from callbox.flows import App, FlowError, Result, Signer, State, TokenError


def test_tokens_carry_handler_scope_expiry_and_a_fresh_nonce() -> None:
    signer = Signer(b"k" * 32, ttl=60)
    one, two = signer.sign("c", "menu", "CA1"), signer.sign("c", "menu", "CA1")
    assert one != two
    ticket = signer.verify(one)
    assert (ticket.kind, ticket.handler, ticket.scope) == ("c", "menu", "CA1")
    assert time.time() + 50 < ticket.expires <= time.time() + 60
    with pytest.raises(TokenError, match="expired"):
        signer.verify(one, now=time.time() + 61)
    with pytest.raises(TokenError, match="signature"):
        Signer(b"o" * 32).verify(one)
    for bad in ("", "abc", "a.b.c", one + "x", "!" + one[1:]):
        with pytest.raises(TokenError):
            signer.verify(bad)
    with pytest.raises(ValueError, match="16 bytes"):
        Signer("short")
    assert "k" * 8 not in repr(signer)


def test_state_tracks_changes_keeps_json_only_and_hides_its_own_fields() -> None:
    state = State({"path": "[1]", "~on_end": '"bye"', "gone": "true"})
    assert dict(state) == {"path": [1], "gone": True}
    state["path"].append(2)  # a mutation in place is kept
    state["new"] = {"b": 1}
    del state["gone"]
    state["same"] = None
    assert state.changes() == {"gone": None, "path": "[1,2]", "new": '{"b":1}', "same": "null"}
    assert state.meta("on_end") == "bye"
    with pytest.raises(FlowError, match="JSON"):
        state["bad"] = {1, 2}
    with pytest.raises(FlowError, match="reserved"):
        state["~x"] = 1
    with pytest.raises(KeyError):
        _ = state["~on_end"]
    untouched = State({"a": '{"x":1}'})
    _ = untouched["a"]
    assert untouched.changes() == {}


def test_handlers_are_names_every_instance_agrees_on() -> None:
    app = App()

    @app.handler
    async def menu(call: Any, result: Any) -> None: ...

    @app.handler(name="billing.menu")
    def other(call: Any) -> None: ...

    assert "menu" in app.registry and "billing.menu" in app.registry
    assert app.registry.name_of(menu) == "menu" and app.registry.name_of("billing.menu")
    with pytest.raises(FlowError, match="lambda"):
        app.handler(lambda call: None)
    with pytest.raises(FlowError, match="two handlers"):

        @app.handler(name="menu")
        async def menu_again(call: Any) -> None: ...

    def stray(call: Any) -> None: ...

    with pytest.raises(FlowError, match="not a handler of this app"):
        app.registry.name_of(stray)
    with pytest.raises(FlowError, match="no handler is named"):
        app.registry.name_of("nope")
    with pytest.raises(FlowError, match="handler name"):
        app.handler(stray, name="has space")
    with pytest.raises(FlowError, match="already"):

        @app.incoming_call
        async def a(call: Any) -> None: ...

        @app.incoming_call
        async def b(call: Any) -> None: ...


def test_result_reads_what_twilio_sent() -> None:
    result = Result({"Digits": "12", "Confidence": "0.8", "DialCallDuration": "7", "X": "y"})
    assert (result.digits, result.confidence, result.dial_duration) == ("12", 0.8, 7)
    assert not result.empty and result.speech == "" and result.recording_duration is None
    assert result.get("X") == "y" and "Digits" in repr(result)
    assert Result({}).empty and Result({"CallDuration": "x"}).duration == 0


def test_app_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="claim_ttl"):
        App(claim_ttl=0)
    with pytest.raises(ValueError, match="public_url"):
        App(public_url="example.com")
    with pytest.raises(ValueError, match="store"):
        App(store="mongodb://x")
    app = App(public_url="https://example.com/twilio/", prefix="calls", auth_token="t" * 32)
    assert app.url("voice") == "https://example.com/twilio/calls/voice"
    with pytest.raises(ValueError, match="route"):
        app.url("admin")
    with pytest.raises(FlowError, match="call SID"):
        app.call("nope")


def test_without_an_auth_token_the_app_refuses_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(FlowError, match="auth token"):
        asyncio.run(App().startup())


async def test_the_asgi_front_end_refuses_a_body_over_a_mebibyte_and_drops_a_leaver() -> None:
    """The body is read as the webhooks middleware reads it (one shared reader)."""
    app = App(auth_token="t" * 32)
    scope = {"type": "http", "method": "POST", "path": "/voice", "headers": []}

    async def answer(*messages: dict[str, Any]) -> list[dict[str, Any]]:
        inbox, sent = list(messages), []

        async def receive() -> dict[str, Any]:
            return inbox.pop(0)

        async def send(message: Any) -> None:
            sent.append(dict(message))

        await app(scope, receive, send)
        return sent

    half = {"type": "http.request", "body": b"x" * (512 * 1024 + 1), "more_body": True}
    sent = await answer(half, half)
    assert sent[0]["status"] == 413 and sent[1]["body"] == b"Request body too large"
    assert await answer({"type": "http.disconnect"}) == []  # the client left: no answer
