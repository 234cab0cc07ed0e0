"""Credentials, hosts, timeouts, logging and pluggable transports."""

from __future__ import annotations

import logging

import pytest

from callbox import Client, ConfigurationError
from callbox.rest import Request, Response

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message


class Recorder:
    """A user's own transport, as a test double would be written."""

    def __init__(self) -> None:
        self.requests: list[Request] = []

    def send(self, request: Request) -> Response:
        self.requests.append(request)
        return Response(200, {}, b'{"sid": "AC00000000000000000000000000000000"}')

    def close(self) -> None:
        pass


def test_credentials_come_from_the_environment() -> None:
    env = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": TOKEN}
    client = Client(environment=env, transport=Recorder())
    assert client.account_sid == ACCOUNT and client.username == ACCOUNT


def test_api_keys_from_arguments_and_environment() -> None:
    rec = Recorder()
    client = Client("SK" + "1" * 32, "secret", account_sid=ACCOUNT, transport=rec, environment={})
    client.account.fetch()
    assert rec.requests[0].url.endswith(f"/Accounts/{ACCOUNT}.json")
    env = {
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_API_KEY": "SK" + "2" * 32,
        "TWILIO_API_SECRET": "s",
    }
    keyed = Client(environment=env, transport=Recorder())
    assert keyed.username == "SK" + "2" * 32 and keyed.account_sid == ACCOUNT


def test_missing_credentials_fail_when_first_needed_and_say_what_to_set() -> None:
    rec = Recorder()
    client = Client(environment={}, transport=rec)
    # Walking the tree needs no credentials: hasattr, dir() and IDEs can look around.
    assert hasattr(client, "messages") and hasattr(client.api, "account")
    assert "messages" in dir(client) and not hasattr(client, "mesages")
    with pytest.raises(ConfigurationError, match="TWILIO_ACCOUNT_SID"):
        client.messages.create(to="+14155550100", body="hi")
    with pytest.raises(ConfigurationError, match="TWILIO_AUTH_TOKEN"):
        client.api.v2010.accounts(ACCOUNT).fetch()
    assert rec.requests == []  # nothing was sent


@pytest.mark.parametrize(
    ("region", "edge", "host"),
    [
        (None, None, "https://api.twilio.com"),
        ("au1", "sydney", "https://api.sydney.au1.twilio.com"),
        ("ie1", None, "https://api.ie1.twilio.com"),
        (None, "dublin", "https://api.dublin.us1.twilio.com"),
    ],
)
def test_region_and_edge_pick_the_host(region: str | None, edge: str | None, host: str) -> None:
    rec = Recorder()
    client = Client(ACCOUNT, TOKEN, region=region, edge=edge, transport=rec, environment={})
    client.account.fetch()
    assert rec.requests[0].url == f"{host}/2010-04-01/Accounts/{ACCOUNT}.json"


def test_env_region_edge_and_base_url() -> None:
    rec = Recorder()
    env = {
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "TWILIO_REGION": "au1",
        "TWILIO_EDGE": "sydney",
    }
    Client(environment=env, transport=rec).verify.v2.services("VA" + "0" * 32).fetch()
    assert rec.requests[0].url.startswith("https://verify.sydney.au1.twilio.com/v2/Services/VA")
    env["CALLBOX_BASE_URL"] = "http://127.0.0.1:9/"
    Client(environment=env, transport=rec).verify.v2.services("VA" + "0" * 32).fetch()
    assert rec.requests[1].url.startswith("http://127.0.0.1:9/verify/v2/Services/VA")


def test_debug_logging_redacts_credentials(
    twilio: FakeTwilio, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, log_level="debug")
    twilio.reply(201, message())
    with caplog.at_level(logging.DEBUG, logger="callbox"):
        client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    text = caplog.text
    assert "POST" in text and "Messages.json" in text and "201" in text
    assert TOKEN not in text and "Basic " not in text
    logging.getLogger("callbox").setLevel(logging.NOTSET)


def test_env_log_level_and_timeouts(twilio: FakeTwilio) -> None:
    client = Client(
        ACCOUNT,
        TOKEN,
        base_url=twilio.base_url,
        timeout=(1.5, 2.5),
        environment={"TWILIO_LOG_LEVEL": "warning"},
    )
    assert client.log_level == logging.WARNING
    twilio.reply(201, message())
    client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert client.last_request is not None
    assert (client.last_request.timeout.connect, client.last_request.timeout.read) == (1.5, 2.5)
    logging.getLogger("callbox").setLevel(logging.NOTSET)


def test_request_signer_adds_headers(twilio: FakeTwilio) -> None:
    seen = []

    def signer(method: str, url: str, headers: object, body: bytes) -> dict[str, str]:
        seen.append((method, url, body))
        return {"Twilio-Client-Validation": "jwt-here"}

    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, request_signer=signer)
    twilio.reply(201, message())
    client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert twilio.last.headers["Twilio-Client-Validation"] == "jwt-here"
    assert seen[0][0] == "POST" and b"Body=x" in seen[0][2]
    assert "jwt-here" not in repr(client.last_request)


def test_a_closed_keep_alive_connection_is_replaced(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url)
    for _ in range(3):
        twilio.reply(200, message())
        client.messages("SM" + "1" * 32).fetch()
    client.close()
    twilio.reply(200, message())
    assert (client.messages("SM" + "1" * 32).fetch().sid or "").startswith("SM")


def test_with_options_changes_one_call_and_shares_the_pool(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url)
    twilio.reply(201, message())
    quick = client.with_options(timeout=0.5, auto_retry=True)
    quick.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert quick.last_request is not None and quick.last_request.timeout.read == 0.5
    assert client.timeout.read == 30.0 and client.auto_retry is False
    assert quick._transport is client._transport is not None
    with pytest.raises(TypeError, match="valid: "):
        client.with_options(tiemout=1)
