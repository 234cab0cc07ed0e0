"""Conversations bridged to SMS: an agent in a chat and a customer on a phone talk.

A real sandbox and a real app that records the conversation webhooks, over HTTP on
127.0.0.1: messages reach the customer's phone from the proxy number, the customer's
texts come back into the conversation, and the signed webhooks carry Twilio's names.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("phonenumbers")

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox.errors import RestError
from callbox.sandbox import Sandbox
from callbox.sandbox.behaviours._serve import serve
from callbox.webhooks import RequestValidator
from tests.support import free_port

from ._official import official_client

PROXY = "+14155550123"
CUSTOMER = "+14155550100"


class Hooks:
    """An app that records each webhook it gets."""

    def __init__(self) -> None:
        self.got: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def app(self) -> Starlette:
        async def record(request: Request) -> Response:
            form = await request.form() if request.method == "POST" else request.query_params
            with self.lock:
                self.got.append(
                    {
                        "url": str(request.url),
                        "path": request.url.path,
                        "method": request.method,
                        "params": dict(form.items()),
                        "signature": request.headers.get("x-twilio-signature", ""),
                    }
                )
            return Response("", status_code=200)

        return Starlette(routes=[Route("/{path:path}", record, methods=["GET", "POST"])])

    def at(self, path: str, event: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [
                h
                for h in self.got
                if h["path"] == path and (event is None or h["params"]["EventType"] == event)
            ]


@pytest.fixture(scope="module")
def hooks() -> Iterator[tuple[Hooks, str]]:
    recorder = Hooks()
    with serve(recorder.app()) as served:
        yield recorder, served.url


@pytest.fixture
def sb(sandbox: Sandbox, hooks: tuple[Hooks, str]) -> Iterator[Sandbox]:
    sandbox.reset()
    sandbox.set_step_delay(0)
    sandbox.seed_number(PROXY)
    hooks[0].got.clear()
    yield sandbox
    sandbox.set_step_delay(None)


def wait_webhook(sb: Sandbox, event: str, **match: Any) -> dict[str, Any]:
    return sb.wait_for_event("webhook.request", purpose="conversations", event_type=event, **match)


def test_an_agent_and_a_customer_on_sms_talk(sb: Sandbox) -> None:
    conversations = sb.client.conversations.v1.conversations
    convo = conversations.create(friendly_name="Support", unique_name="ticket-1")
    assert convo.sid is not None and convo.chat_service_sid is not None
    config = sb.client.conversations.v1.configuration().fetch()
    assert convo.state == "active"
    assert convo.chat_service_sid == config.default_chat_service_sid
    assert convo.chat_service_sid.startswith("IS")
    assert convo.messaging_service_sid == config.default_messaging_service_sid

    customer = conversations(convo.sid).participants.create(
        messaging_binding_address=CUSTOMER, messaging_binding_proxy_address=PROXY
    )
    assert customer.messaging_binding == {
        "type": "sms",
        "address": CUSTOMER,
        "proxy_address": PROXY,
    }
    agent = conversations("ticket-1").participants.create(identity="agent")  # unique name
    assert agent.messaging_binding is None and agent.identity == "agent"

    hello = conversations(convo.sid).messages.create(author="agent", body="How can I help?")
    assert (hello.index, hello.participant_sid, hello.author) == (0, agent.sid, "agent")
    text = sb.phone(CUSTOMER).wait_for_message(body="How can I help?")
    assert text["from"] == PROXY

    sb.phone(CUSTOMER).send_sms(to=PROXY, body="My order is late")
    sb.wait_for_event("conversation.message", conversation_sid=convo.sid, source="SMS")
    listed = conversations(convo.sid).messages.list()
    assert [(m.index, m.author, m.body) for m in listed] == [
        (0, "agent", "How can I help?"),
        (1, CUSTOMER, "My order is late"),
    ]
    assert listed[1].participant_sid == customer.sid
    newest = conversations(convo.sid).messages.list(order="desc")
    assert [m.index for m in newest] == [1, 0]
    # The number's own webhook did not run for it: the conversation took the text.
    assert not sb.events("message.unhandled")


def test_a_second_sms_participant_gets_what_the_first_texts(sb: Sandbox) -> None:
    other_proxy = "+14155550124"
    sb.seed_number(other_proxy)
    conversations = sb.client.conversations.v1.conversations
    convo = conversations.create()
    assert convo.sid is not None
    conversations(convo.sid).participants.create(
        messaging_binding_address=CUSTOMER, messaging_binding_proxy_address=PROXY
    )
    conversations(convo.sid).participants.create(
        messaging_binding_address="+14155550199", messaging_binding_proxy_address=other_proxy
    )
    sb.phone(CUSTOMER).send_sms(to=PROXY, body="hello both")
    relayed = sb.phone("+14155550199").wait_for_message(body="hello both")
    assert relayed["from"] == other_proxy
    assert all(m["body"] != "hello both" for m in sb.phone(CUSTOMER).inbox)  # not to its author
    assert conversations(convo.sid).messages.list()[0].author == CUSTOMER


def test_webhooks_fire_signed_with_twilios_parameters(
    sb: Sandbox, hooks: tuple[Hooks, str]
) -> None:
    recorder, url = hooks
    v1 = sb.client.conversations.v1
    service_sid = v1.configuration().fetch().default_chat_service_sid
    assert service_sid is not None
    v1.services(service_sid).configuration.webhooks().update(
        post_webhook_url=f"{url}/service",
        filters=["onConversationAdded", "onParticipantAdded", "onMessageAdded"],
    )
    convo = v1.conversations.create(friendly_name="Hooks", x_twilio_webhook_enabled="true")
    assert convo.sid is not None
    added = wait_webhook(sb, "onConversationAdded", sid=convo.sid)
    assert added["url"] == f"{url}/service"
    v1.conversations(convo.sid).webhooks.create(
        target="webhook",
        configuration_url=f"{url}/scoped",
        configuration_filters=["onMessageAdded"],
    )
    v1.conversations(convo.sid).participants.create(
        messaging_binding_address=CUSTOMER,
        messaging_binding_proxy_address=PROXY,
        x_twilio_webhook_enabled="true",
    )
    wait_webhook(sb, "onParticipantAdded", sid=convo.sid)

    # REST without the header: no webhook; a text from the phone: always.
    v1.conversations(convo.sid).messages.create(author="system", body="quiet")
    sb.phone(CUSTOMER).send_sms(to=PROXY, body="loud")
    sb.wait_for_event("conversation.message", source="SMS", conversation_sid=convo.sid)
    wait_webhook(sb, "onMessageAdded", url=f"{url}/scoped")
    wait_webhook(sb, "onMessageAdded", url=f"{url}/service")

    token = sb.auth_token
    for hook in recorder.got:
        assert RequestValidator(token).validate(hook["url"], hook["params"], hook["signature"])
    conversation_added = recorder.at("/service", "onConversationAdded")[0]["params"]
    assert conversation_added["ConversationSid"] == convo.sid
    assert conversation_added["FriendlyName"] == "Hooks"
    assert conversation_added["State"] == "active"
    participant = recorder.at("/service", "onParticipantAdded")[0]["params"]
    assert participant["MessagingBinding.Address"] == CUSTOMER
    assert participant["MessagingBinding.ProxyAddress"] == PROXY
    for path in ("/scoped", "/service"):
        [message] = recorder.at(path, "onMessageAdded")
        params = message["params"]
        assert params["Body"] == "loud" and params["Author"] == CUSTOMER
        assert params["Index"] == "1" and params["Source"] == "SMS"
        assert params["ConversationSid"] == convo.sid
        assert params["MessageSid"].startswith("IM")
        assert params["AccountSid"] == sb.account_sid
        assert params["ChatServiceSid"] == service_sid


def test_account_webhooks_for_the_default_service_with_get(
    sb: Sandbox, hooks: tuple[Hooks, str]
) -> None:
    recorder, url = hooks
    v1 = sb.client.conversations.v1
    v1.configuration.webhooks().update(
        post_webhook_url=f"{url}/account", method="GET", filters=["onMessageAdded"]
    )
    convo = v1.conversations.create()
    assert convo.sid is not None
    v1.conversations(convo.sid).messages.create(
        author="bot", body="hi", x_twilio_webhook_enabled="true"
    )
    sent = wait_webhook(sb, "onMessageAdded", method="GET")
    assert sent["url"].startswith(f"{url}/account?")
    [hook] = recorder.at("/account")
    assert hook["method"] == "GET" and hook["params"]["Body"] == "hi"
    assert RequestValidator(sb.auth_token).validate(hook["url"], {}, hook["signature"])


def test_a_webhook_that_gets_no_answer_is_logged_as_a_warning(sb: Sandbox) -> None:
    v1 = sb.client.conversations.v1
    gone = f"http://127.0.0.1:{free_port()}/gone"  # nothing listens: connection refused
    v1.configuration.webhooks().update(post_webhook_url=gone, filters=["onMessageAdded"])
    convo = v1.conversations.create()
    assert convo.sid is not None
    v1.conversations(convo.sid).messages.create(
        author="bot", body="hi", x_twilio_webhook_enabled="true"
    )
    assert wait_webhook(sb, "onMessageAdded", sid=convo.sid)["error_code"] == 11205
    deadline = time.monotonic() + 5
    while not (logged := sb.client.monitor.v1.alerts.list()) and time.monotonic() < deadline:
        time.sleep(0.02)  # the alert is written just after the event
    assert [(a.error_code, a.log_level, a.resource_sid) for a in logged] == [
        ("11205", "warning", convo.sid)
    ]


def test_participant_rules(sb: Sandbox) -> None:
    conversations = sb.client.conversations.v1.conversations
    first = conversations.create(unique_name="first")
    second = conversations.create()
    assert first.sid and second.sid

    def refused(convo: str, **params: Any) -> RestError:
        with pytest.raises(RestError) as caught:
            conversations(convo).participants.create(**params)
        return caught.value

    sms: dict[str, Any] = {
        "messaging_binding_address": CUSTOMER,
        "messaging_binding_proxy_address": PROXY,
    }
    conversations(first.sid).participants.create(**sms)
    assert (refused(second.sid, **sms).status, refused(second.sid, **sms).code) == (409, 50416)
    assert (
        refused(
            second.sid, messaging_binding_address="12", **{"messaging_binding_proxy_address": PROXY}
        ).code
        == 50407
    )
    assert refused(second.sid, messaging_binding_address=CUSTOMER).code == 50408
    assert (
        refused(
            second.sid,
            messaging_binding_address=CUSTOMER,
            messaging_binding_proxy_address="+14155550155",
        ).code
        == 50408
    )  # not a number of the account
    conversations(second.sid).participants.create(identity="ann")
    assert refused(second.sid, identity="ann").code == 50433
    assert refused(second.sid).status == 400
    missing = refused("CH" + "0" * 32, identity="x")
    assert (missing.status, missing.code) == (404, 20404)
    with pytest.raises(RestError) as duplicate:
        conversations.create(unique_name="first")
    assert duplicate.value.code == 50353

    # Closing (or deleting) the first conversation frees the pair.
    conversations(first.sid).update(state="closed")
    conversations(second.sid).participants.create(**sms)
    conversations(second.sid).delete()
    assert conversations(first.sid).participants.list()


def test_the_official_package(sb: Sandbox) -> None:
    client = official_client(sb)
    convo = client.conversations.v1.conversations.create(friendly_name="Official")
    assert convo.state == "active" and convo.chat_service_sid.startswith("IS")
    participant = client.conversations.v1.conversations(convo.sid).participants.create(
        messaging_binding_address=CUSTOMER, messaging_binding_proxy_address=PROXY
    )
    assert participant.messaging_binding["proxy_address"] == PROXY
    message = client.conversations.v1.conversations(convo.sid).messages.create(
        author="system", body="from the official package"
    )
    assert message.index == 0
    sb.phone(CUSTOMER).wait_for_message(body="from the official package")
    sb.phone(CUSTOMER).send_sms(to=PROXY, body="answer")
    sb.wait_for_event("conversation.message", source="SMS")
    bodies = [m.body for m in client.conversations.v1.conversations(convo.sid).messages.list()]
    assert bodies == ["from the official package", "answer"]
