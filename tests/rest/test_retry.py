"""Opt-in retries: 429/503 with Retry-After, and never a blind re-send of a POST."""

from __future__ import annotations

import time

import pytest

from callbox import Client
from callbox.errors import ConnectionError, RateLimitError, ServerError

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message


def test_without_auto_retry_a_429_is_raised_at_once(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url)
    twilio.reply(429, {"code": 20429, "message": "Too Many Requests"}, headers={"Retry-After": "0"})
    with pytest.raises(RateLimitError):
        client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert len(twilio.seen) == 1


def test_429_is_retried_after_the_delay_the_server_asks_for(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, auto_retry=True, retry_backoff=0.001)
    twilio.reply(429, {"code": 20429}, headers={"Retry-After": "0.2"})
    twilio.reply(503, {"code": 20503})
    twilio.reply(201, message())
    started = time.monotonic()
    msg = client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert (msg.sid or "").startswith("SM")
    assert len(twilio.seen) == 3
    assert time.monotonic() - started >= 0.2


def test_retries_stop_at_max_retries(twilio: FakeTwilio) -> None:
    client = Client(
        ACCOUNT,
        TOKEN,
        base_url=twilio.base_url,
        auto_retry=True,
        max_retries=2,
        retry_backoff=0.001,
    )
    for _ in range(3):
        twilio.reply(503, {"code": 20503})
    with pytest.raises(ServerError):
        client.messages.list()
    assert len(twilio.seen) == 3


def test_a_post_whose_connection_died_is_not_sent_twice(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, auto_retry=True, retry_backoff=0.001)
    twilio.reply(drop=True)
    twilio.reply(201, message())
    with pytest.raises(ConnectionError, match="may have been processed"):
        client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert len(twilio.seen) == 1


def test_a_get_whose_connection_died_is_retried(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, auto_retry=True, retry_backoff=0.001)
    twilio.reply(drop=True)
    twilio.reply(200, message())
    assert client.messages("SM" + "1" * 32).fetch().status == "queued"
    assert len(twilio.seen) == 2


def test_refused_connections_are_safe_to_retry_even_for_posts() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = Client(
        ACCOUNT,
        TOKEN,
        base_url=f"http://127.0.0.1:{port}",
        auto_retry=True,
        max_retries=1,
        retry_backoff=0.001,
    )
    with pytest.raises(ConnectionError, match="cannot connect"):
        client.messages.create(to="+14155550100", body="x", from_="+15005550006")
