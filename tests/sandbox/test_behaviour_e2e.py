"""End to end: client → sandbox → signed webhooks to real local apps → TwiML → phones.

Everything runs over real HTTP on 127.0.0.1: the sandbox server, the example SMS app
(``examples/sms_app.py``) and a recording app that answers what each test tells it to.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("phonenumbers")

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox import Client
from callbox.errors import RestError
from callbox.sandbox._app import create_app
from callbox.sandbox.behaviours._serve import serve
from callbox.webhooks import RequestValidator
from tests.support import free_port

ACCOUNT = "AC" + "5a" * 16
TOKEN = "e2e0" * 8
ROOT = Path(__file__).resolve().parents[2]


def eventually(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


class Recorder:
    """An app that records every request and answers what the test scripted per path."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answers: dict[str, tuple[int, str, str]] = {}
        self.lock = threading.Lock()

    def app(self) -> Starlette:
        async def anything(request: Request) -> Response:
            form = await request.form() if request.method == "POST" else None
            entry = {
                "method": request.method,
                "path": request.url.path,
                "url": str(request.url),
                "headers": dict(request.headers),
                "params": dict(form.multi_items()) if form else {},
            }
            with self.lock:
                self.requests.append(entry)
            status, body, ctype = self.answers.get(request.url.path, (204, "", "text/plain"))
            return Response(body, status_code=status, media_type=ctype)

        return Starlette(routes=[Route("/{path:path}", anything, methods=["GET", "POST"])])

    def at(self, path: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.requests if r["path"] == path]

    def twiml(self, path: str, xml: str) -> None:
        self.answers[path] = (200, f'<?xml version="1.0" encoding="UTF-8"?>{xml}', "text/xml")


def signed(request: dict[str, Any], token: str = TOKEN) -> bool:
    return RequestValidator(token).validate(
        request["url"], request["params"], request["headers"]["x-twilio-signature"]
    )


class World:
    def __init__(self, base: str, state: Any, recorder: Recorder, hook_url: str) -> None:
        self.base = base
        self.state = state
        self.recorder = recorder
        self.hook = hook_url
        self.client = Client(ACCOUNT, TOKEN, base_url=base)
        self._phones = 0

    def control(self, method: str, path: str, form: dict[str, str] | None = None) -> Any:
        data = urlencode(form).encode() if form is not None else None
        auth = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
        req = urllib.request.Request(
            self.base + path,
            data=data,
            method=method,
            headers={
                "Authorization": f"Basic {auth}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())

    def text(self, phone: str, to: str, body: str) -> dict[str, Any]:
        return dict(
            self.control("POST", f"/_sandbox/phones/{phone}/messages", {"To": to, "Body": body})
        )

    def inbox(self, phone: str) -> list[dict[str, Any]]:
        return list(self.control("GET", f"/_sandbox/phones/{phone}/inbox")["messages"])

    def new_phone(self) -> str:
        self._phones += 1
        return f"+1415555{self._phones:04d}"

    def buy(self, area_code: int = 415, **settings: Any) -> Any:
        found = self.client.available_phone_numbers("US").local.list(area_code=area_code, limit=1)
        return self.client.incoming_phone_numbers.create(
            phone_number=found[0].phone_number, **settings
        )

    def events(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return list(self.state.events.list(0, kind, **match))


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = create_app(base_url=base, account_sid=ACCOUNT, auth_token=TOKEN)
    state = app.state.sandbox
    state.message_step_delay = 0.0
    recorder = Recorder()
    with serve(app, port=port), serve(recorder.app()) as hooks:
        yield World(base, state, recorder, hooks.url)


@pytest.fixture(autouse=True)
def _delay(world: World) -> None:
    world.state.message_step_delay = 0.0


def load_example() -> Any:
    spec = importlib.util.spec_from_file_location("sms_app_example", ROOT / "examples/sms_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- the whole conversation


def test_a_text_reaches_the_example_app_and_its_reply_reaches_the_phone(world: World) -> None:
    seen: list[tuple[str, dict[str, Any]]] = []
    example = load_example()
    with serve(example.create_app(TOKEN, on_event=lambda k, f: seen.append((k, f)))) as app:
        number = world.buy(sms_url=f"{app.url}/sms")
        phone = world.new_phone()
        incoming = world.text(phone, number.phone_number, "What are your hours?")
        assert incoming["direction"] == "inbound" and incoming["status"] == "received"

        reply = eventually(lambda: world.inbox(phone))[0]
        assert reply["from"] == number.phone_number and reply["to"] == phone
        assert reply["body"] == example.ANSWERS["hours"]
        assert reply["direction"] == "outbound-reply"
        # The reply's status callbacks reach the app's /status, in order, signed.
        eventually(lambda: [f for k, f in seen if f.get("MessageStatus") == "delivered"])

    texts = [f for k, f in seen if k == "sms"]
    assert texts[0]["Body"] == "What are your hours?" and texts[0]["From"] == phone
    assert texts[0]["MessageSid"] == incoming["sid"]
    statuses = [f["MessageStatus"] for k, f in seen if k == "status"]
    assert statuses == ["sending", "sent", "delivered"]
    stored = world.client.messages(reply["sid"]).fetch()
    assert stored.status == "delivered" and stored.price == "-0.00790"


def test_the_sms_webhook_has_twilios_parameters_and_signature(world: World) -> None:
    world.recorder.twiml("/params", "<Response/>")
    number = world.buy(sms_url=f"{world.hook}/params")
    phone = world.new_phone()
    incoming = world.text(phone, number.phone_number, "Hello 😀")
    request = eventually(lambda: world.recorder.at("/params"))[0]
    params = request["params"]
    assert signed(request)
    assert not signed(request, "0" * 32)
    assert params["MessageSid"] == params["SmsSid"] == params["SmsMessageSid"] == incoming["sid"]
    assert params["AccountSid"] == ACCOUNT and params["ApiVersion"] == "2010-04-01"
    assert (params["From"], params["To"], params["Body"]) == (
        phone,
        number.phone_number,
        "Hello 😀",
    )
    assert params["NumMedia"] == "0" and params["NumSegments"] == "1"
    assert params["SmsStatus"] == "received"
    assert (params["FromCity"], params["FromState"], params["FromZip"]) == (
        "SAN FRANCISCO",
        "CA",
        "94105",
    )
    assert params["ToCountry"] == params["FromCountry"] == "US"
    headers = request["headers"]
    assert headers["user-agent"] == "TwilioProxy/1.1"
    assert headers["i-twilio-idempotency-token"]
    assert headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert world.inbox(phone) == []  # an empty <Response/> sends nothing


def test_status_callbacks_arrive_in_order_each_signed(world: World) -> None:
    world.state.message_step_delay = 0.01
    number = world.buy()
    phone = world.new_phone()
    message = world.client.messages.create(
        to=phone,
        from_=number.phone_number,
        body="Your code is 1234",
        status_callback=f"{world.hook}/status-order",
    )
    assert message.sid is not None
    assert message.status == "queued" and message.price is None
    calls = eventually(lambda: (r := world.recorder.at("/status-order")) and len(r) == 3 and r)
    assert [c["params"]["MessageStatus"] for c in calls] == ["sending", "sent", "delivered"]
    assert all(c["params"]["SmsStatus"] == c["params"]["MessageStatus"] for c in calls)
    assert all(signed(c) for c in calls)
    for c in calls:
        assert c["params"]["MessageSid"] == message.sid and c["params"]["AccountSid"] == ACCOUNT
        assert c["params"]["From"] == number.phone_number and c["params"]["To"] == phone
    assert "RawDlrDoneDate" in calls[-1]["params"]
    tokens = {c["headers"]["i-twilio-idempotency-token"] for c in calls}
    assert len(tokens) == 3
    fetched = world.client.messages(message.sid).fetch()
    assert fetched.status == "delivered" and fetched.date_sent is not None
    assert [e["status"] for e in world.events("message.status", sid=message.sid)] == [
        "queued",
        "sending",
        "sent",
        "delivered",
    ]
    assert world.inbox(phone)[0]["body"] == "Your code is 1234"


def test_landlines_do_not_receive_and_the_callback_says_so(world: World) -> None:
    number = world.buy()
    message = world.client.messages.create(
        to="+442071838750",
        from_=number.phone_number,
        body="hello",
        status_callback=f"{world.hook}/landline",
    )
    assert message.sid is not None
    calls = eventually(lambda: (r := world.recorder.at("/landline")) and len(r) == 3 and r)
    assert calls[-1]["params"]["MessageStatus"] == "undelivered"
    assert calls[-1]["params"]["ErrorCode"] == "30006"
    assert world.client.messages(message.sid).fetch().error_code == 30006


# ---------------------------------------------------------------- magic numbers


@pytest.mark.parametrize(
    ("from_", "to", "code"),
    [
        ("+15005550001", "+14155550100", 21212),
        ("+15005550007", "+14155550100", 21606),
        ("+15005550008", "+14155550100", 21611),
        ("+15005550006", "+15005550001", 21211),
        ("+15005550006", "+15005550002", 21612),
        ("+15005550006", "+15005550003", 21408),
        ("+15005550006", "+15005550004", 21610),
        ("+15005550006", "+15005550009", 21614),
        ("+15005550006", "+14155550100", None),
    ],
)
def test_magic_numbers_for_messages(world: World, from_: str, to: str, code: int | None) -> None:
    if code is None:
        message = world.client.messages.create(to=to, from_=from_, body="magic")
        assert message.status == "queued" and message.from_ == from_
        return
    with pytest.raises(RestError) as info:
        world.client.messages.create(to=to, from_=from_, body="magic")
    assert info.value.code == code and info.value.status == 400


@pytest.mark.parametrize(
    ("from_", "to", "code"),
    [
        ("+15005550001", "+14155550100", 21212),
        ("+15005550002", "+14155550100", 21210),
        ("+15005550006", "+15005550001", 21217),
        ("+15005550006", "+15005550002", 21214),
        ("+15005550006", "+15005550003", 21215),
        ("+15005550006", "+15005550004", 21216),
        ("+15005550006", "+14155550100", None),
    ],
)
def test_magic_numbers_for_calls(world: World, from_: str, to: str, code: int | None) -> None:
    if code is None:
        call = world.client.calls.create(to=to, from_=from_, url="https://example.com/voice")
        assert call.status == "queued"
        return
    with pytest.raises(RestError) as info:
        world.client.calls.create(to=to, from_=from_, url="https://example.com/voice")
    assert info.value.code == code


def test_magic_numbers_for_buying(world: World) -> None:
    for number, code in (("+15005550000", 21422), ("+15005550001", 21421)):
        with pytest.raises(RestError) as info:
            world.client.incoming_phone_numbers.create(phone_number=number)
        assert info.value.code == code
    with pytest.raises(RestError) as info:
        world.client.incoming_phone_numbers.create(area_code="533")
    assert info.value.code == 21452
    bought = world.client.incoming_phone_numbers.create(phone_number="+15005550006")
    assert bought.phone_number == "+15005550006"
    by_area = world.client.incoming_phone_numbers.create(area_code="500")
    assert by_area.phone_number == "+15005550006"


# ---------------------------------------------------------------- numbers


def test_searching_numbers_through_the_client(world: World) -> None:
    local = world.client.available_phone_numbers("US").local
    in_415 = local.list(area_code=415, limit=5)
    assert len(in_415) == 5 and all((n.phone_number or "").startswith("+1415") for n in in_415)
    assert in_415[0].locality == "San Francisco" and in_415[0].region == "CA"
    assert in_415[0].capabilities is not None and in_415[0].capabilities["SMS"] is True
    pattern = local.list(contains="41**2", limit=5)
    assert pattern and all("41" in (n.phone_number or "") for n in pattern)
    texas = local.list(in_region="TX", limit=20)
    assert texas and {n.region for n in texas} == {"TX"}
    toll_free = world.client.available_phone_numbers("US").toll_free.list(limit=3)
    assert all((n.phone_number or "").startswith("+18") for n in toll_free)
    mobile = world.client.available_phone_numbers("GB").mobile.list(limit=3)
    assert all((n.phone_number or "").startswith("+447") for n in mobile)
    with pytest.raises(RestError) as info:
        world.client.available_phone_numbers("US").mobile.list(limit=3)
    assert info.value.status == 404


def test_buying_configuring_and_releasing(world: World) -> None:
    first = world.client.available_phone_numbers("US").local.list(area_code=312, limit=1)[0]
    bought = world.client.incoming_phone_numbers.create(
        phone_number=first.phone_number,
        sms_url="https://app.example/sms",
        sms_fallback_url="https://app.example/fallback",
        voice_url="https://app.example/voice",
        status_callback="https://app.example/status",
    )
    assert bought.sid is not None and bought.capabilities is not None
    assert bought.sid.startswith("PN") and bought.type == "local"
    assert bought.capabilities == {"voice": True, "sms": True, "mms": True, "fax": False} or (
        bought.capabilities["sms"] is True
    )
    assert bought.sms_method == "POST" and bought.voice_method == "POST"
    assert bought.sms_fallback_url == "https://app.example/fallback"
    # Owned numbers leave the stock; buying one again is refused.
    again = world.client.available_phone_numbers("US").local.list(area_code=312, limit=100)
    assert first.phone_number not in {n.phone_number for n in again}
    with pytest.raises(RestError) as info:
        world.client.incoming_phone_numbers.create(phone_number=first.phone_number)
    assert info.value.code == 21422
    # A valid number that is not in stock is not available either; garbage is invalid.
    with pytest.raises(RestError) as info:
        world.client.incoming_phone_numbers.create(phone_number="+14155550100")
    assert info.value.code == 21422
    with pytest.raises(RestError) as info:
        world.client.incoming_phone_numbers.create(phone_number="+1415")
    assert info.value.code == 21421
    # Reconfigure, then release: the number is for sale again.
    updated = world.client.incoming_phone_numbers(bought.sid).update(
        sms_method="GET", sms_url="https://app.example/sms2"
    )
    assert updated.sms_method == "GET" and updated.sms_url == "https://app.example/sms2"
    world.client.incoming_phone_numbers(bought.sid).delete()
    back = world.client.available_phone_numbers("US").local.list(area_code=312, limit=100)
    assert first.phone_number in {n.phone_number for n in back}


def test_buying_by_area_code_and_through_the_local_list(world: World) -> None:
    by_area = world.client.incoming_phone_numbers.create(area_code="206")
    assert by_area.phone_number is not None and by_area.phone_number.startswith("+1206")
    offered = world.client.available_phone_numbers("US").local.list(area_code=303, limit=1)[0]
    assert offered.phone_number is not None
    local = world.client.incoming_phone_numbers.local.create(phone_number=offered.phone_number)
    listed = {n.phone_number for n in world.client.incoming_phone_numbers.list(limit=200)}
    assert {by_area.phone_number, local.phone_number} <= listed
    locals_only = {n.phone_number for n in world.client.incoming_phone_numbers.local.list()}
    assert local.phone_number in locals_only


# ---------------------------------------------------------------- messages


def test_message_checks(world: World) -> None:
    number = world.buy()
    create = world.client.messages.create
    cases: list[tuple[dict[str, Any], int]] = [
        ({"to": "+14155550100", "from_": number.phone_number}, 21602),
        ({"to": "+14155550100", "from_": number.phone_number, "body": "x" * 1601}, 21617),
        ({"to": "not-a-number", "from_": number.phone_number, "body": "x"}, 21211),
        ({"to": "+14155550100", "from_": "+14155550199", "body": "x"}, 21606),
        ({"to": "+14155550100", "from_": "MyShop", "body": "x"}, 21612),
        ({"to": "+14155550100", "body": "x"}, 21603),
        ({"to": number.phone_number, "from_": number.phone_number, "body": "x"}, 21266),
        (
            {
                "to": "+14155550100",
                "from_": number.phone_number,
                "media_url": ["ftp://x/a.png"],
            },
            21620,
        ),
    ]
    for kwargs, code in cases:
        with pytest.raises(RestError) as info:
            create(**kwargs)
        assert info.value.code == code, kwargs
    long_unicode = create(to="+14155550100", from_=number.phone_number, body="é" + "ç" * 70)
    assert long_unicode.num_segments == "2"
    gsm = create(to="+14155550100", from_=number.phone_number, body="a" * 161)
    assert gsm.num_segments == "2"
    mms = create(
        to="+14155550100", from_=number.phone_number, media_url=["https://example.com/a.png"]
    )
    assert mms.num_media == "1" and mms.num_segments == "1"
    smart = create(
        to="+14155550100", from_=number.phone_number, body="it\u2019s", smart_encoded=True
    )
    assert smart.body == "it's"
    alpha = create(to="+447400123456", from_="MyShop", body="hi")
    assert alpha.from_ == "MyShop"


def test_messaging_service_picks_a_sender_from_its_pool(world: World) -> None:
    number = world.buy()
    service = world.client.messaging.v1.services.create(
        friendly_name="Notifications", status_callback=f"{world.hook}/service-status"
    )
    assert service.sid is not None
    with pytest.raises(RestError) as info:
        world.client.messages.create(to="+14155550100", messaging_service_sid=service.sid, body="x")
    assert info.value.code == 21704
    world.client.messaging.v1.services(service.sid).phone_numbers.create(
        phone_number_sid=number.sid
    )
    phone = world.new_phone()
    message = world.client.messages.create(
        to=phone, messaging_service_sid=service.sid, body="from the pool"
    )
    assert message.status == "accepted" and message.messaging_service_sid == service.sid
    assert message.from_ == number.phone_number
    calls = eventually(lambda: (r := world.recorder.at("/service-status")) and len(r) == 4 and r)
    assert [c["params"]["MessageStatus"] for c in calls] == [
        "queued",
        "sending",
        "sent",
        "delivered",
    ]
    assert all(c["params"]["MessagingServiceSid"] == service.sid for c in calls)
    with pytest.raises(RestError) as info:
        world.client.messages.create(
            to=phone, messaging_service_sid="MG" + "0" * 32, body="unknown service"
        )
    assert info.value.code == 21701


# ---------------------------------------------------------------- failures and TwiML


def test_unreachable_app_falls_back_and_is_logged(world: World) -> None:
    world.recorder.twiml("/fallback", "<Response><Message>Sorry, we are busy.</Message></Response>")
    number = world.buy(
        sms_url=f"http://127.0.0.1:{free_port()}/sms#rc=0",
        sms_fallback_url=f"{world.hook}/fallback",
    )
    phone = world.new_phone()
    incoming = world.text(phone, number.phone_number, "anyone there?")
    assert eventually(lambda: world.inbox(phone))[0]["body"] == "Sorry, we are busy."
    assert signed(world.recorder.at("/fallback")[0])
    notes = [
        n
        for n in world.client.notifications.list(limit=200)
        if n.request_url and str(number.phone_number) not in n.request_url
    ]
    assert any(n.error_code == "11205" for n in notes)
    alerts = world.client.monitor.v1.alerts.list(limit=200)
    assert any(a.error_code == "11205" and a.resource_sid == incoming["sid"] for a in alerts)


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ((200, "<Response><Message>oops</Response>", "text/xml"), 12100),
        ((200, '{"reply": "no"}', "application/json"), 12300),
        ((500, "Internal Server Error", "text/plain"), 11200),
    ],
)
def test_bad_answers_are_logged_with_twilio_codes(
    world: World, answer: tuple[int, str, str], code: int
) -> None:
    path = f"/bad-{code}"
    world.recorder.answers[path] = answer
    number = world.buy(sms_url=f"{world.hook}{path}")
    incoming = world.text(world.new_phone(), number.phone_number, "hello")
    eventually(lambda: world.events("debugger.alert", resource_sid=incoming["sid"]))
    alert = world.events("debugger.alert", resource_sid=incoming["sid"])[0]
    assert alert["error_code"] == code
    # The app's developer finds it where Twilio logs it: Monitor alerts and Notifications.
    url = f"{world.hook}{path}"
    logged = [a for a in world.client.monitor.v1.alerts.list() if a.resource_sid == incoming["sid"]]
    assert [(a.error_code, a.request_url, a.request_method) for a in logged] == [
        (str(code), url, "POST")
    ]
    assert logged[0].sid is not None
    fetched = world.client.monitor.v1.alerts(logged[0].sid).fetch()
    assert fetched.more_info == f"https://www.twilio.com/docs/errors/{code}"
    assert answer[1][:20] in (fetched.response_body or "")
    notes = [n for n in world.client.notifications.list() if n.request_url == url]
    assert [n.error_code for n in notes] == [str(code)]


def test_a_failing_status_callback_is_logged_and_delivery_goes_on(world: World) -> None:
    world.recorder.answers["/status-500"] = (500, "down for maintenance", "text/plain")
    number = world.buy()
    phone = world.new_phone()
    sent = world.client.messages.create(
        to=phone, from_=number.phone_number, body="hi", status_callback=f"{world.hook}/status-500"
    )
    assert sent.sid is not None
    eventually(lambda: len(world.recorder.at("/status-500")) == 3)
    assert world.client.messages(sent.sid).fetch().status == "delivered"

    def alerts() -> list[Any]:
        found = [a for a in world.client.monitor.v1.alerts.list() if a.resource_sid == sent.sid]
        return found if len(found) >= 3 else []

    logged = eventually(alerts)  # one per status: sending, sent, delivered
    assert {a.error_code for a in logged} == {"11200"} and len(logged) == 3
    assert all(a.log_level == "warning" for a in logged)


def test_redirect_then_plain_text_reply(world: World) -> None:
    world.recorder.twiml(
        "/first", '<Response><Redirect method="POST">/second</Redirect></Response>'
    )
    world.recorder.answers["/second"] = (200, "Redirected hello", "text/plain")
    number = world.buy(sms_url=f"{world.hook}/first")
    phone = world.new_phone()
    world.text(phone, number.phone_number, "hi")
    assert eventually(lambda: world.inbox(phone))[0]["body"] == "Redirected hello"
    second = world.recorder.at("/second")[0]
    assert signed(second) and second["params"]["Body"] == "hi"


def test_message_attributes_and_application_urls(world: World) -> None:
    world.recorder.twiml(
        "/app-sms",
        '<Response><Message to="+14155559999" statusCallback="/reply-status">'
        "<Body>Forwarded</Body><Media>https://example.com/cat.jpg</Media></Message></Response>",
    )
    application = world.client.applications.create(
        friendly_name="SMS app", sms_url=f"{world.hook}/app-sms"
    )
    number = world.buy(sms_url="https://ignored.example/sms", sms_application_sid=application.sid)
    world.text(world.new_phone(), number.phone_number, "forward this")
    got = eventually(lambda: world.inbox("+14155559999"))[0]
    assert got["body"] == "Forwarded" and got["media_urls"] == ["https://example.com/cat.jpg"]
    statuses = eventually(lambda: (r := world.recorder.at("/reply-status")) and len(r) == 3 and r)
    assert [s["params"]["MessageStatus"] for s in statuses][-1] == "delivered"


def test_messages_between_sandbox_numbers_run_the_receivers_webhook(world: World) -> None:
    world.recorder.twiml("/receiver", "<Response/>")
    sender = world.buy()
    receiver = world.buy(sms_url=f"{world.hook}/receiver")
    world.client.messages.create(to=receiver.phone_number, from_=sender.phone_number, body="ping")
    request = eventually(lambda: world.recorder.at("/receiver"))[-1]
    assert request["params"]["Body"] == "ping" and request["params"]["From"] == sender.phone_number
    assert signed(request)


def test_outside_phones_can_only_text_sandbox_numbers(world: World) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        world.text(world.new_phone(), "+14155550100", "hello?")
    assert info.value.code == 404


def test_verified_caller_ids_may_place_calls(world: World) -> None:
    with pytest.raises(RestError) as info:
        world.client.calls.create(
            to="+14155550100", from_="+14155550177", url="https://example.com/voice"
        )
    assert info.value.code == 21210
    request = world.client.outgoing_caller_ids.create(
        phone_number="+14155550177", friendly_name="Desk"
    )
    assert request.validation_code and len(request.validation_code) == 6
    call = world.client.calls.create(
        to="+14155550100", from_="+14155550177", url="https://example.com/voice"
    )
    assert call.status == "queued" and call.from_ == "+14155550177"
    with pytest.raises(RestError) as info:
        world.client.outgoing_caller_ids.create(phone_number="+14155550177")
    assert info.value.code == 21450


def test_message_action_url_gets_the_reply_status_and_its_twiml_runs(world: World) -> None:
    world.recorder.twiml(
        "/with-action",
        '<Response><Message action="/after-reply">First</Message></Response>',
    )
    world.recorder.twiml("/after-reply", "<Response><Message>Second</Message></Response>")
    number = world.buy(sms_url=f"{world.hook}/with-action")
    phone = world.new_phone()
    world.text(phone, number.phone_number, "go")
    bodies = eventually(lambda: len(world.inbox(phone)) == 2 and world.inbox(phone))
    assert [m["body"] for m in bodies] == ["First", "Second"]
    action = world.recorder.at("/after-reply")[0]
    assert signed(action) and action["params"]["Body"] == "First"
    assert action["params"]["MessageStatus"] == "queued"


def test_media_from_a_phone_and_a_get_webhook(world: World) -> None:
    world.recorder.twiml("/get-sms", "<Response/>")
    number = world.buy(sms_url=f"{world.hook}/get-sms", sms_method="GET")
    phone = world.new_phone()
    auth = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    data = urlencode(
        [("To", number.phone_number), ("MediaUrl", "https://example.com/a.jpg"), ("Body", "")]
    ).encode()
    req = urllib.request.Request(
        f"{world.base}/_sandbox/phones/{phone}/messages",
        data=data,
        headers={"Authorization": f"Basic {auth}"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        incoming = json.loads(resp.read())
    assert incoming["num_media"] == "1" and incoming["num_segments"] == "1"
    request = eventually(lambda: world.recorder.at("/get-sms"))[0]
    assert request["method"] == "GET" and not request["params"]
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(request["url"]).query))
    assert query["NumMedia"] == "1" and query["MediaUrl0"] == "https://example.com/a.jpg"
    assert query["MediaContentType0"] == "image/jpeg"
    assert RequestValidator(TOKEN).validate(
        request["url"], {}, request["headers"]["x-twilio-signature"]
    )


def test_subaccount_webhooks_are_signed_with_the_subaccounts_token(world: World) -> None:
    sub = world.client.api.v2010.accounts.create(friendly_name="Team B")
    assert sub.sid and sub.auth_token
    sub_client = Client(sub.sid, sub.auth_token, base_url=world.base)
    found = sub_client.available_phone_numbers("US").local.list(area_code=617, limit=1)
    number = sub_client.incoming_phone_numbers.create(
        phone_number=found[0].phone_number, sms_url=f"{world.hook}/sub-sms"
    )
    assert number.phone_number is not None
    world.recorder.twiml("/sub-sms", "<Response/>")
    world.text(world.new_phone(), number.phone_number, "hi team B")
    request = eventually(lambda: world.recorder.at("/sub-sms"))[0]
    assert request["params"]["AccountSid"] == sub.sid
    assert signed(request, sub.auth_token) and not signed(request, TOKEN)


def test_scheduled_messages_wait_and_can_be_canceled(world: World) -> None:
    import datetime as dt

    number = world.buy()
    service = world.client.messaging.v1.services.create(friendly_name="Reminders")
    assert service.sid is not None
    world.client.messaging.v1.services(service.sid).phone_numbers.create(
        phone_number_sid=number.sid
    )
    phone = world.new_phone()
    send_at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=1)
    kwargs: dict[str, Any] = {"to": phone, "messaging_service_sid": service.sid, "send_at": send_at}
    later = world.client.messages.create(body="later", schedule_type="fixed", **kwargs)
    dropped = world.client.messages.create(body="dropped", schedule_type="fixed", **kwargs)
    assert later.sid and dropped.sid
    assert later.status == dropped.status == "scheduled"
    canceled = world.client.messages(dropped.sid).update(status="canceled")
    assert canceled.status == "canceled"
    assert world.client.messages(later.sid).fetch().status == "scheduled"
    got = eventually(lambda: world.inbox(phone), timeout=5)
    assert [m["body"] for m in got] == ["later"]
    # Twilio's scheduling errors: no service (35118), no SendAt (35111), a time it will not
    # schedule (35115: past, or more than 35 days ahead).
    now = dt.datetime.now(dt.timezone.utc)
    for extra, code in (
        ({"from_": number.phone_number, "send_at": send_at}, 35118),
        ({"messaging_service_sid": service.sid}, 35111),
        ({"messaging_service_sid": service.sid, "send_at": now - dt.timedelta(hours=1)}, 35115),
        ({"messaging_service_sid": service.sid, "send_at": now + dt.timedelta(days=36)}, 35115),
    ):
        with pytest.raises(RestError) as info:
            world.client.messages.create(to=phone, body="x", schedule_type="fixed", **extra)
        assert (info.value.status, info.value.code) == (400, code), extra


def test_the_example_app_refuses_unsigned_or_forged_requests() -> None:
    example = load_example()
    assert (
        "HOURS" in example.reply_for("hi")
        and example.reply_for("where?") == (example.ANSWERS["where"])
    )
    with serve(example.create_app(TOKEN)) as app:
        form = urlencode({"From": "+14155550100", "Body": "hi"}).encode()
        for headers in ({}, {"X-Twilio-Signature": "Zm9yZ2Vk"}):
            req = urllib.request.Request(f"{app.url}/sms", data=form, headers=headers)
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(req, timeout=5)
            assert info.value.code == 403
        good = RequestValidator(TOKEN).compute_signature(
            f"{app.url}/sms", {"From": "+14155550100", "Body": "hi"}
        )
        req = urllib.request.Request(
            f"{app.url}/sms", data=form, headers={"X-Twilio-Signature": good}
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert resp.status == 200 and resp.headers["content-type"].startswith("text/xml")
            assert b'<Message statusCallback="/status">Hello!' in resp.read()


def test_stop_start_and_help_keywords(world: World) -> None:
    world.recorder.twiml("/keywords", "<Response><Message>App reply</Message></Response>")
    number = world.buy(sms_url=f"{world.hook}/keywords")
    phone = world.new_phone()
    send = world.client.messages.create

    stop = world.text(phone, number.phone_number, " stop ")
    stop_reply = eventually(lambda: world.inbox(phone))[0]
    assert stop_reply["body"].startswith("You have successfully been unsubscribed")
    request = eventually(lambda: world.recorder.at("/keywords"))[-1]
    assert request["params"]["OptOutType"] == "STOP" and signed(request)
    with pytest.raises(RestError) as info:
        send(to=phone, from_=number.phone_number, body="promo")
    assert info.value.code == 21610
    eventually(lambda: world.events("debugger.alert", error_code=14101, resource_sid=stop["sid"]))
    assert [m["body"] for m in world.inbox(phone)] == [stop_reply["body"]]  # no app reply

    world.text(phone, number.phone_number, "START")
    eventually(lambda: len(world.inbox(phone)) >= 3)
    bodies = [m["body"] for m in world.inbox(phone)]
    assert any(b.startswith("You have successfully been re-subscribed") for b in bodies)
    assert "App reply" in bodies
    assert send(to=phone, from_=number.phone_number, body="welcome back").status == "queued"

    world.text(phone, number.phone_number, "help")
    eventually(lambda: any(m["body"].startswith("Reply STOP") for m in world.inbox(phone)))


def test_a_messaging_service_can_take_its_numbers_incoming_messages(world: World) -> None:
    world.recorder.twiml("/service-in", "<Response/>")
    world.recorder.twiml("/number-in", "<Response/>")
    number = world.buy(sms_url=f"{world.hook}/number-in")
    service = world.client.messaging.v1.services.create(
        friendly_name="Inbox", inbound_request_url=f"{world.hook}/service-in"
    )
    assert service.sid is not None
    world.client.messaging.v1.services(service.sid).phone_numbers.create(
        phone_number_sid=number.sid
    )
    world.text(world.new_phone(), number.phone_number, "to the service")
    request = eventually(lambda: world.recorder.at("/service-in"))[0]
    assert request["params"]["MessagingServiceSid"] == service.sid and signed(request)
    assert world.recorder.at("/number-in") == []
    world.client.messaging.v1.services(service.sid).update(use_inbound_webhook_on_number=True)
    world.text(world.new_phone(), number.phone_number, "to the number")
    eventually(lambda: world.recorder.at("/number-in"))


def test_numbers_move_to_a_subaccount(world: World) -> None:
    sub = world.client.api.v2010.accounts.create(friendly_name="Team C")
    number = world.buy()
    moved = world.client.incoming_phone_numbers(number.sid).update(account_sid=sub.sid)
    assert moved.account_sid == sub.sid
    sub_client = Client(sub.sid, sub.auth_token, base_url=world.base)
    assert sub_client.incoming_phone_numbers(number.sid).fetch().phone_number == (
        number.phone_number
    )
    with pytest.raises(RestError):
        world.client.incoming_phone_numbers(number.sid).fetch()
    sent = sub_client.messages.create(to="+14155550100", from_=number.phone_number, body="hi")
    assert sent.account_sid == sub.sid
    with pytest.raises(RestError) as info:
        world.client.messages.create(to="+14155550100", from_=number.phone_number, body="hi")
    assert info.value.code == 21606


def test_a_phone_switched_off_gets_nothing_and_the_callback_says_undelivered(
    world: World,
) -> None:
    from callbox.sandbox.behaviours.phones import set_reachable

    number = world.buy()
    phone = world.new_phone()
    set_reachable(world.state, phone, False)
    try:
        off = world.client.messages.create(
            to=phone,
            from_=number.phone_number,
            body="are you there?",
            status_callback=f"{world.hook}/phone-off",
        )
        assert off.sid is not None
        calls = eventually(lambda: (r := world.recorder.at("/phone-off")) and len(r) == 3 and r)
    finally:
        set_reachable(world.state, phone, True)
    assert [c["params"]["MessageStatus"] for c in calls] == ["sending", "sent", "undelivered"]
    assert calls[-1]["params"]["ErrorCode"] == "30003"
    assert world.client.messages(off.sid).fetch().error_code == 30003
    assert world.inbox(phone) == []
    world.client.messages.create(to=phone, from_=number.phone_number, body="back on")
    assert eventually(lambda: world.inbox(phone))[0]["body"] == "back on"


def test_messages_of_a_suspended_account_fail(world: World) -> None:
    sub = world.client.api.v2010.accounts.create(friendly_name="Team D")
    assert sub.sid and sub.auth_token
    sub_client = Client(sub.sid, sub.auth_token, base_url=world.base)
    number = sub_client.incoming_phone_numbers.create(area_code="512")
    world.state.message_step_delay = 0.3
    message = sub_client.messages.create(
        to=world.new_phone(),
        from_=number.phone_number,
        body="too late",
        status_callback=f"{world.hook}/suspended",
    )
    world.client.api.v2010.accounts(sub.sid).update(status="suspended")
    call = eventually(lambda: world.recorder.at("/suspended"))[0]
    assert call["params"]["MessageStatus"] == "failed" and call["params"]["ErrorCode"] == "30002"
    assert signed(call, sub.auth_token)
    failed = [e["status"] for e in world.events("message.status", sid=message.sid)]
    assert failed == ["queued", "failed"]
