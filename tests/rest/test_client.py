"""A user sends, fetches, updates and deletes records over real HTTP."""

from __future__ import annotations

import datetime as dt

import pytest

from callbox import Client, RestError, TwilioRestException
from callbox.errors import AuthenticationError, NotFoundError

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message

MSGS = f"/api/2010-04-01/Accounts/{ACCOUNT}/Messages.json"


@pytest.fixture
def client(twilio: FakeTwilio) -> Client:
    return Client(ACCOUNT, TOKEN, base_url=twilio.base_url)


def test_send_a_message_like_the_official_package(twilio: FakeTwilio, client: Client) -> None:
    twilio.reply(201, message(body="Hi there"))
    msg = client.messages.create(
        to="+14155550100",
        from_="+15005550006",
        body="Hi there",
        media_url=["https://x.test/a.png", "https://x.test/b.png"],
    )
    sent = twilio.last
    assert (sent.method, sent.path) == ("POST", MSGS)
    assert sent.form == [
        ("To", "+14155550100"),
        ("From", "+15005550006"),
        ("Body", "Hi there"),
        ("MediaUrl", "https://x.test/a.png"),
        ("MediaUrl", "https://x.test/b.png"),
    ]
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert sent.headers["Authorization"].startswith("Basic ")
    assert sent.headers["User-Agent"].startswith("callbox/")
    assert msg.sid == "SM" + "1" * 32
    assert msg.from_ == "+15005550006"
    assert msg.body == "Hi there"
    assert msg.date_created == dt.datetime(2023, 8, 24, 5, 1, 45, tzinfo=dt.timezone.utc)
    assert msg.date_sent is None
    assert msg.to_dict()["from"] == "+15005550006"


def test_update_fetch_and_delete_through_contexts_and_instances(
    twilio: FakeTwilio, client: Client
) -> None:
    call_sid = "CA" + "2" * 32
    twilio.reply(200, {"sid": call_sid, "status": "completed"})
    call = client.calls(call_sid).update(status="completed")
    assert twilio.last.method == "POST"
    assert twilio.last.path == f"/api/2010-04-01/Accounts/{ACCOUNT}/Calls/{call_sid}.json"
    assert twilio.last.form == [("Status", "completed")]

    twilio.reply(
        200, {"recordings": [{"sid": "RE" + "3" * 32, "call_sid": call_sid}], "next_page_uri": None}
    )
    recordings = call.recordings.list()
    assert (
        twilio.last.path == f"/api/2010-04-01/Accounts/{ACCOUNT}/Calls/{call_sid}/Recordings.json"
    )
    assert [r.sid for r in recordings] == ["RE" + "3" * 32]

    twilio.reply(200, message())
    assert client.messages("SM" + "1" * 32).fetch().status == "queued"
    assert twilio.last.method == "GET"

    twilio.reply(204)
    assert client.messages("SM" + "1" * 32).delete() is True
    assert twilio.last.method == "DELETE"


def test_conference_participant_mute_serialises_booleans(
    twilio: FakeTwilio, client: Client
) -> None:
    twilio.reply(
        200, {"call_sid": "CA" + "4" * 32, "conference_sid": "CF" + "5" * 32, "muted": True}
    )
    part = client.conferences("CF" + "5" * 32).participants("CA" + "4" * 32).update(muted=True)
    assert twilio.last.form == [("Muted", "true")]
    assert part.muted is True
    assert "/Conferences/CF" in twilio.last.path and twilio.last.path.endswith(
        "/Participants/CA" + "4" * 32 + ".json"
    )


def test_subaccount_resources_and_every_domain_are_reachable(
    twilio: FakeTwilio, client: Client
) -> None:
    sub = "AC" + "9" * 32
    twilio.reply(200, {"calls": [], "next_page_uri": None})
    client.api.v2010.accounts(sub).calls.list()
    assert twilio.last.path == f"/api/2010-04-01/Accounts/{sub}/Calls.json"

    twilio.reply(201, {"sid": "VE" + "0" * 32, "status": "pending"})
    client.verify.v2.services("VA" + "1" * 32).verifications.create(
        to="+14155550100", channel="sms"
    )
    assert twilio.last.path == f"/verify/v2/Services/VA{'1' * 32}/Verifications"
    assert twilio.last.form == [("To", "+14155550100"), ("Channel", "sms")]

    twilio.reply(200, {"available_phone_numbers": [], "next_page_uri": None})
    client.available_phone_numbers("US").local.list(area_code=510, contains="7777")
    assert (
        twilio.last.path
        == f"/api/2010-04-01/Accounts/{ACCOUNT}/AvailablePhoneNumbers/US/Local.json"
    )
    assert ("AreaCode", "510") in twilio.last.query and ("Contains", "7777") in twilio.last.query

    twilio.reply(200, {"usage_records": [], "next_page_uri": None})
    client.usage.records.daily.list()
    assert twilio.last.path.endswith("/Usage/Records/Daily.json")

    twilio.reply(200, {"sid": ACCOUNT, "friendly_name": "me"})
    assert client.api.account.fetch().friendly_name == "me"
    for services in (client.messaging.v1.services, client.messaging.services):
        twilio.reply(200, {"services": [], "meta": {"key": "services", "next_page_url": None}})
        assert services.list() == []
        assert twilio.last.path == "/messaging/v1/Services"  # the newest version that has it


def test_parameters_are_checked_before_anything_is_sent(twilio: FakeTwilio, client: Client) -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'bodyy'.*valid: .*body"):
        client.messages.create(to="+14155550100", bodyy="typo")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing the required parameter 'to'"):
        client.messages.create(body="no recipient")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match=r"status='paused' is not one of .*'completed'"):
        client.calls("CA" + "0" * 32).update(status="paused")  # type: ignore[arg-type]
    with pytest.raises(AttributeError, match="has no 'creat'"):
        client.messages.creat  # type: ignore[attr-defined]  # noqa: B018
    assert twilio.seen == []


def test_lists_dates_and_json_are_serialised_the_way_the_api_expects(
    twilio: FakeTwilio, client: Client
) -> None:
    twilio.reply(201, {"sid": "CA" + "0" * 32})
    client.calls.create(
        to="+14155550100",
        from_="+15005550006",
        url="https://app.test/voice",
        status_callback_event=["initiated", "answered"],
        record=False,
    )
    form = twilio.last.form
    assert ("StatusCallbackEvent", "initiated") in form and (
        "StatusCallbackEvent",
        "answered",
    ) in form
    assert ("Record", "false") in form

    twilio.reply(200, {"messages": [], "next_page_uri": None})
    client.messages.list(date_sent_after=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))
    assert ("DateSent>", "2024-01-02T03:04:05Z") in twilio.last.query

    twilio.reply(201, {"sid": "ZS" + "0" * 32})
    documents = client.sync.v1.services("IS" + "0" * 32).documents
    documents.create(unique_name="d", data={"a": [1, 2]})  # type: ignore[arg-type]
    assert ("Data", '{"a":[1,2]}') in twilio.last.form


def test_errors_carry_twilio_fields_and_keep_the_official_names(
    twilio: FakeTwilio, client: Client
) -> None:
    twilio.reply(
        404,
        {
            "code": 20404,
            "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404",
            "status": 404,
        },
    )
    with pytest.raises(NotFoundError) as caught:
        client.messages("SM" + "0" * 32).fetch()
    err = caught.value
    assert isinstance(err, RestError) and isinstance(err, TwilioRestException)
    assert (err.status, err.code, err.method) == (404, 20404, "GET")
    assert err.msg == "The requested resource was not found"
    assert err.more_info == "https://www.twilio.com/docs/errors/20404"
    assert "20404" in str(err) and "/Messages/SM" in str(err)

    twilio.reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
    with pytest.raises(AuthenticationError) as auth:
        client.messages.list()
    assert TOKEN not in str(auth.value)


def test_instances_print_without_secrets_and_convert_to_dicts(
    twilio: FakeTwilio, client: Client
) -> None:
    twilio.reply(201, message())
    msg = client.messages.create(to="+14155550100", body="x", from_="+15005550006")
    assert "SM" + "1" * 32 in repr(msg)
    assert TOKEN not in repr(client) and TOKEN not in repr(client.last_request)
    assert client.last_response is not None and client.last_response.status == 201
    assert msg.to_dict() == message()


def test_raw_request_escape_hatch(twilio: FakeTwilio, client: Client) -> None:
    twilio.reply(200, {"ok": True})
    response = client.request("GET", twilio.base_url + "/anything", params={"a": "1"})
    assert response.status == 200 and twilio.last.query == [("a", "1")]


def test_raw_request_sends_list_values_as_repeated_fields(
    twilio: FakeTwilio, client: Client
) -> None:
    twilio.reply(201, message())
    client.request(
        "POST",
        twilio.base_url + "/2010-04-01/Accounts/AC1/Messages.json",
        params={"t": ("1", "2")},
        data={"To": "+14155550100", "MediaUrl": ["https://a/1.png", "https://a/2.png"]},
    )
    assert twilio.last.query == [("t", "1"), ("t", "2")]
    assert twilio.last.form == [
        ("To", "+14155550100"),
        ("MediaUrl", "https://a/1.png"),
        ("MediaUrl", "https://a/2.png"),
    ]


def test_a_step_context_is_fetched_from_under_its_own_parent(
    twilio: FakeTwilio, client: Client
) -> None:
    # Studio v1 has a step_context under engagements and another under executions.
    flow, step = "FW" + "1" * 32, "FT" + "2" * 32
    engagement, execution = "FN" + "3" * 32, "FN" + "4" * 32
    twilio.reply(200, {"step_sid": step, "context": {"widget": "say"}})
    context = client.studio.v1.flows(flow).engagements(engagement).steps(step).step_context()
    assert context.fetch().context == {"widget": "say"}
    assert (
        twilio.last.path == f"/studio/v1/Flows/{flow}/Engagements/{engagement}/Steps/{step}/Context"
    )

    twilio.reply(200, {"step_sid": step, "execution_sid": execution})
    steps = client.studio.v1.flows(flow).executions(execution).steps(step)
    assert steps.step_context().fetch().execution_sid == execution
    assert (
        twilio.last.path == f"/studio/v1/Flows/{flow}/Executions/{execution}/Steps/{step}/Context"
    )
