"""``callbox.sandbox.mock()``: the sandbox inside the test, the way a user's tests use it.

A shop's app (Flask, checking Twilio's signature on every webhook) buys a number, texts
customers with a status callback, reads its messages back and hears replies.  REST calls
are answered in this process with no socket and no thread; webhooks reach the app over
real HTTP on 127.0.0.1, or in process when the app is passed as ``app=``.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest
from flask import Flask, request
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from werkzeug.serving import make_server

from callbox import AsyncClient, Client, RestError
from callbox.errors import AuthenticationError, BadRequestError, ConnectionError, NotFoundError
from callbox.rest import Request as RestRequest
from callbox.rest import Response as RestResponse
from callbox.sandbox import InProcessSandbox, Sandbox, mock, press
from callbox.twiml import MessagingResponse, VoiceResponse
from callbox.webhooks.flask import twilio_webhook
from callbox.webhooks.starlette import twilio_webhook as starlette_webhook
from tests.support import free_port, serving

SID = "AC" + "7e" * 16
TOKEN = "5ec2" * 8
SHOP = "https://shop.example.com"  # the app's public address: only ever reached in process


@dataclass
class Shop:
    """What the shop's app saw: status callbacks and incoming texts, all signature-checked."""

    statuses: list[tuple[str, str]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)


def shop_app(shop: Shop, *, follow_up: bool = False) -> Flask:
    """The user's Flask app; ``follow_up`` also sends a second text through the REST API."""
    app = Flask("shop")

    @app.post("/status")
    @twilio_webhook(config=TOKEN)
    def status() -> tuple[str, int]:
        shop.statuses.append((request.form["MessageSid"], request.form["MessageStatus"]))
        return "", 204

    @app.post("/sms")
    @twilio_webhook(config=TOKEN)
    def sms() -> MessagingResponse:
        shop.texts.append(request.form["Body"])
        if follow_up:  # a blocking client call from the app's own thread
            Client(SID, TOKEN).messages.create(
                to=request.form["From"], from_=request.form["To"], body="A coupon for you"
            )
        reply = MessagingResponse()
        reply.message(f"Got it: {request.form['Body']}")
        return reply

    return app


@pytest.fixture
def shop() -> Shop:
    return Shop()


@pytest.fixture
def shop_url(shop: Shop) -> Iterator[str]:
    """The shop's app served over HTTP on 127.0.0.1, in a thread, as a developer runs it."""
    with serving(make_server("127.0.0.1", 0, shop_app(shop), threaded=True)) as url:
        yield url


@dataclass
class Opened:
    sockets: int = 0
    threads: int = 0


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    """Counts sockets made and threads started from now on, in any thread."""
    counts = Opened()
    real_socket = socket.socket
    real_start = threading.Thread.start

    class CountedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            counts.sockets += 1
            super().__init__(*args, **kwargs)

    def start(thread: threading.Thread) -> None:
        counts.threads += 1
        real_start(thread)

    monkeypatch.setattr(socket, "socket", CountedSocket)
    monkeypatch.setattr(threading.Thread, "start", start)
    return counts


# ---------------------------------------------------------------- the story


def test_the_shop_buys_a_number_texts_customers_and_hears_back(shop: Shop, shop_url: str) -> None:
    with mock(account_sid=SID, auth_token=TOKEN) as sb:
        client = Client(SID, TOKEN)  # as the code under test builds it: no base URL at all

        found = client.available_phone_numbers("US").local.list(area_code=415, limit=1)
        number = client.incoming_phone_numbers.create(
            phone_number=found[0].phone_number, sms_url=f"{shop_url}/sms"
        )
        assert number.phone_number is not None
        sent = [
            client.messages.create(
                to=f"+1415555010{i}",
                from_=number.phone_number,
                body=f"Order {i} has shipped",
                status_callback=f"{shop_url}/status",
            )
            for i in range(3)
        ]

        # Answered as Twilio answers (queued); by the time each call returned, the message
        # had moved on and the app had answered its signed status callbacks, over HTTP.
        assert [m.status for m in sent] == ["queued"] * 3
        for message in sent:
            assert [s for sid, s in shop.statuses if sid == message.sid] == [
                "sending",
                "sent",
                "delivered",
            ]
        listed = client.messages.list(from_=number.phone_number)
        assert Counter(m.sid for m in listed) == Counter(m.sid for m in sent)
        assert {m.status for m in listed} == {"delivered"}
        assert sent[1].sid is not None
        assert client.messages(sent[1].sid).fetch().body == "Order 1 has shipped"

        # A customer answers: the app hears it and replies with TwiML.
        alice = sb.phone("+14155550100")
        alice.send_sms(to=number.phone_number, body="Where is order 1?")
        assert shop.texts == ["Where is order 1?"]
        assert alice.wait_for_message(body="Got it: Where is order 1?", timeout=1)


def test_rest_calls_cross_no_socket_and_no_thread(opened: Opened) -> None:
    with mock() as sb:
        number = sb.seed_number("+14155550123")["phone_number"]
        client = sb.client
        before = Opened(opened.sockets, opened.threads)
        for i in range(5):
            client.messages.create(to="+14155550100", from_=number, body=f"n{i}")
        assert len(client.messages.list(limit=10)) == 5
        assert (opened.sockets, opened.threads) == (before.sockets, before.threads)

    # The same calls to a sandbox server go over sockets: what the count above rules out.
    with Sandbox(step_delay=0) as server:
        server.seed_number("+14155550123")
        before = Opened(opened.sockets, opened.threads)
        server.client.messages.create(to="+14155550100", from_="+14155550123", body="hi")
        assert opened.sockets > before.sockets


def test_errors_come_back_as_twilio_errors() -> None:
    with mock(account_sid=SID, auth_token=TOKEN) as sb:
        client = Client(SID, TOKEN)
        number = sb.seed_number("+14155550123")["phone_number"]

        with pytest.raises(BadRequestError) as bad:
            client.messages.create(to="not a number", from_=number, body="hi")
        assert (bad.value.status, bad.value.code) == (400, 21211)

        with pytest.raises(NotFoundError) as missing:
            client.messages("SM" + "0" * 32).fetch()
        assert (missing.value.status, missing.value.code) == (404, 20404)

        with pytest.raises(AuthenticationError) as refused:
            Client(SID, "a-wrong-token").messages.list()
        assert (refused.value.status, refused.value.code) == (401, 20003)

        # Nothing was stored for the refused requests.
        assert client.messages.list() == []


def test_any_credentials_get_their_own_account_unless_told_otherwise() -> None:
    other_sid, other_token = "AC" + "42" * 16, "t0ken" * 4
    with mock() as sb:
        other = Client(other_sid, other_token)
        created = other.messages.create(to="+14155550100", from_="+15005550006", body="hi")
        assert created.account_sid == other_sid
        assert sb.client.messages.list() == []  # accounts stay apart, as on Twilio
        with pytest.raises(AuthenticationError):
            Client(other_sid, "not-its-token").messages.list()
        sb.reset()  # forgets adopted accounts with everything else; they come back on use
        assert other.messages.list() == []

    with mock(adopt_accounts=False), pytest.raises(AuthenticationError) as refused:
        Client(other_sid, other_token).messages.list()
    assert refused.value.code == 20003


def test_the_environment_credentials_are_the_main_account(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    with mock() as sb:
        assert (sb.account_sid, sb.auth_token) == (SID, TOKEN)
        Client().messages.create(to="+14155550100", from_="+15005550006", body="from env")
        assert [m.body for m in sb.client.messages.list()] == ["from env"]


# ---------------------------------------------------------------- async


async def test_an_async_app_sends_with_async_client(shop: Shop, shop_url: str) -> None:
    async with mock(account_sid=SID, auth_token=TOKEN) as sb:
        async with AsyncClient(SID, TOKEN) as client:
            (found,) = await client.available_phone_numbers("US").local.list(limit=1)
            number = await client.incoming_phone_numbers.create(phone_number=found.phone_number)
            sent = await asyncio.gather(
                *(
                    client.messages.create(
                        to="+14155550100",
                        from_=number.phone_number,
                        body=f"n{i}",
                        status_callback=f"{shop_url}/status",
                    )
                    for i in range(4)
                )
            )
            listed = await client.messages.list()
            assert Counter(m.sid for m in listed) == Counter(m.sid for m in sent)
            assert {m.status for m in listed} == {"delivered"}
            assert Counter(sid for sid, status in shop.statuses if status == "delivered") == (
                Counter(m.sid for m in sent)
            )
            with pytest.raises(RestError) as missing:
                await client.calls("CA" + "0" * 32).fetch()
            assert missing.value.code == 20404

        # The fixture-style client and the sync helpers work on the same loop too.
        assert len(await sb.async_client.messages.list()) == 4
        assert len(sb.events("message.status", status="delivered")) == 4


# ---------------------------------------------------------------- the official package


def test_the_official_package_is_bound_the_same_way(shop: Shop, shop_url: str) -> None:
    pytest.importorskip("twilio")
    from twilio.base.exceptions import TwilioRestException
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client as TwilioClient

    unbound = TwilioHttpClient.request
    with mock(account_sid=SID, auth_token=TOKEN) as sb:
        official = TwilioClient(SID, TOKEN)  # its own HTTP client, bound while the block runs
        sb.seed_number("+14155550123")
        message = official.messages.create(
            to="+14155550100",
            from_="+14155550123",
            body="From twilio-python",
            status_callback=f"{shop_url}/status",
        )
        assert official.messages(message.sid).fetch().status == "delivered"
        assert (message.sid, "delivered") in shop.statuses
        with pytest.raises(TwilioRestException) as bad:
            official.messages.create(to="nope", from_="+14155550123", body="x")
        assert (bad.value.status, bad.value.code) == (400, 21211)

        explicit = TwilioClient(SID, TOKEN, http_client=sb.twilio_http_client())
        assert [m.sid for m in explicit.messages.list()] == [message.sid]
    assert TwilioHttpClient.request is unbound


# ---------------------------------------------------------------- apps in process


def starlette_shop(shop: Shop) -> Starlette:
    async def sms(request: Request) -> Response:
        form = await request.form()
        shop.texts.append(str(form["Body"]))
        reply = MessagingResponse()
        reply.message(f"Got it: {form['Body']}")
        return Response(str(reply), media_type="text/xml")

    async def voice(request: Request) -> Response:
        form = await request.form()
        shop.calls.append(str(form["CallSid"]))
        answer = VoiceResponse()
        with answer.gather(num_digits=1, action="/menu") as gather:
            gather.say("Press 2 for your order.")
        return Response(str(answer), media_type="text/xml")

    async def menu(request: Request) -> Response:
        form = await request.form()
        answer = VoiceResponse()
        answer.say(f"You pressed {form['Digits']}. Your order ships today.")
        return Response(str(answer), media_type="text/xml")

    routes = [
        Route("/sms", starlette_webhook(config=TOKEN)(sms), methods=["POST"]),
        Route("/voice", starlette_webhook(config=TOKEN)(voice), methods=["POST"]),
        Route("/menu", starlette_webhook(config=TOKEN)(menu), methods=["POST"]),
    ]
    return Starlette(routes=routes)


def test_webhooks_reach_an_asgi_app_in_process(shop: Shop, opened: Opened) -> None:
    with mock(app=starlette_shop(shop), account_sid=SID, auth_token=TOKEN) as sb:
        before = Opened(opened.sockets, opened.threads)
        (found,) = sb.client.available_phone_numbers("US").local.list(limit=1)
        number = sb.client.incoming_phone_numbers.create(
            phone_number=found.phone_number, sms_url=f"{SHOP}/sms", voice_url=f"{SHOP}/voice"
        ).phone_number
        assert number is not None
        alice = sb.phone("+14155550100")

        alice.send_sms(to=number, body="hello")
        assert shop.texts == ["hello"]
        assert alice.wait_for_message(body="Got it: hello", timeout=1)

        transcript = alice.call(number, script=[press("2")])
        assert transcript.status == "completed"
        assert "You pressed 2. Your order ships today." in transcript.said

        # An outbound call runs to its end on the virtual clock before create returns.
        call = sb.client.calls.create(to=alice.number, from_=number, url=f"{SHOP}/voice")
        assert call.sid is not None
        assert sb.client.calls(call.sid).fetch().status == "completed"
        assert shop.calls[-1] == call.sid

        # Signed for the app's public URL, checked by the app, never on the network.
        assert all(e["status_code"] == 200 for e in sb.events("webhook.request"))
        assert (opened.sockets, opened.threads) == (before.sockets, before.threads)


def test_webhooks_reach_a_wsgi_app_that_calls_the_api_back(shop: Shop) -> None:
    app = shop_app(shop, follow_up=True)
    with mock(app=app, account_sid=SID, auth_token=TOKEN) as sb:
        number = sb.seed_number("+14155550123", sms_url=f"{SHOP}/sms")["phone_number"]
        alice = sb.phone("+14155550100")
        alice.send_sms(to=number, body="hi")
        assert shop.texts == ["hi"]
        bodies = sorted(m["body"] for m in alice.inbox)
        assert bodies == ["A coupon for you", "Got it: hi"]


def test_an_app_error_is_a_500_the_sandbox_reports(caplog: pytest.LogCaptureFixture) -> None:
    async def broken(scope: Any, receive: Any, send: Any) -> None:
        Client(SID, TOKEN).messages.list()  # blocking call on the sandbox's own loop

    with mock(app=broken, account_sid=SID, auth_token=TOKEN) as sb:
        number = sb.seed_number("+14155550123", sms_url=f"{SHOP}/sms")["phone_number"]
        with caplog.at_level(logging.ERROR, logger="callbox.sandbox"):
            sb.phone("+14155550100").send_sms(to=number, body="hi")
        (event,) = sb.events("webhook.request")
        assert (event["status_code"], event["error_code"]) == (500, 11200)
        assert "use callbox.AsyncClient there" in caplog.text


# ---------------------------------------------------------------- time, threads, binding


def test_with_a_step_delay_statuses_move_while_the_test_waits() -> None:
    with mock(step_delay=0.25) as sb:  # three steps: 0.75 s to delivered
        message = sb.client.messages.create(to="+14155550100", from_="+15005550006", body="hi")
        assert message.sid is not None
        assert sb.client.messages(message.sid).fetch().status != "delivered"
        sb.wait_for_event("message.status", sid=message.sid, status="delivered", timeout=5)
        assert sb.client.messages(message.sid).fetch().status == "delivered"


def test_threads_may_call_at_once(shop: Shop, shop_url: str) -> None:
    with mock(account_sid=SID, auth_token=TOKEN) as sb:
        sb.seed_number("+14155550123")

        def send(worker: int) -> list[str]:
            client = Client(SID, TOKEN)
            sids = []
            for i in range(5):
                sid = client.messages.create(
                    to="+14155550100",
                    from_="+14155550123",
                    body=f"{worker}-{i}",
                    status_callback=f"{shop_url}/status",
                ).sid
                assert sid is not None
                sids.append(sid)
            return sids

        with ThreadPoolExecutor(4) as pool:
            sids = [sid for batch in pool.map(send, range(4)) for sid in batch]
        assert len(set(sids)) == 20
        listed = sb.client.messages.list()
        assert {m.status for m in listed} == {"delivered"} and len(listed) == 20
        assert sorted(sid for sid, s in shop.statuses if s == "delivered") == sorted(sids)


class Recording:
    """A user's own transport (a test double): the mock leaves it alone."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, request: RestRequest) -> RestResponse:
        self.sent.append(request.url)
        return RestResponse(200, {"content-type": "application/json"}, b'{"sid": "SMx"}')

    def close(self) -> None:
        pass


def test_binding_ends_with_the_block() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    own = Recording()
    with mock() as sb:
        inside = Client(sb.account_sid, sb.auth_token, base_url=closed)
        assert inside.messages.list() == []  # bound: answered in process
        doubled = Client(sb.account_sid, sb.auth_token, transport=own)
        assert doubled.messages("SMx").fetch().sid == "SMx"
        assert len(own.sent) == 1
        fixture_client = sb.client
    assert isinstance(sb, InProcessSandbox) and not sb.running
    with pytest.raises(ConnectionError):
        inside.messages.list()  # back on the network: nothing listens there
    with pytest.raises(ConnectionError, match="not running"):
        fixture_client.messages.list()
