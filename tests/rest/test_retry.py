"""Opt-in retries: 429/503 with Retry-After, and never a blind re-send of a POST."""

from __future__ import annotations

import logging
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


def test_a_refused_post_is_retried_and_lands_once() -> None:
    """A refused connection sent nothing, so even a POST is tried again.

    The server binds its port but only starts listening when the client logs that it
    will retry: the first attempt is refused for certain, and the server sees the second.
    """
    twilio = FakeTwilio(listening=False)
    retries: list[str] = []

    class ListenOnRetry(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("retrying "):
                retries.append(record.getMessage())
                twilio.listen()

    log = logging.getLogger("callbox")
    handler, level = ListenOnRetry(logging.INFO), log.level
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        client = Client(  # environment={}: no TWILIO_LOG_LEVEL from outside sets the level
            ACCOUNT,
            TOKEN,
            base_url=twilio.base_url,
            auto_retry=True,
            retry_backoff=0.001,
            environment={},
        )
        twilio.reply(201, message())
        msg = client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
        twilio.close()
    assert msg.sid == "SM" + "1" * 32
    assert len(retries) == 1 and retries[0].startswith("retrying POST "), retries
    assert [(seen.method, seen.form) for seen in twilio.seen] == [
        ("POST", [("To", "+14155550100"), ("Body", "x"), ("From", "+15005550006")])
    ]


def test_a_refused_connection_is_raised_once_the_retries_are_spent() -> None:
    twilio = FakeTwilio(listening=False)  # never listens
    client = Client(
        ACCOUNT,
        TOKEN,
        base_url=twilio.base_url,
        auto_retry=True,
        max_retries=1,
        retry_backoff=0.001,
    )
    try:
        with pytest.raises(ConnectionError, match="cannot connect"):
            client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    finally:
        twilio.close()
