"""Verify v2 in the sandbox: a two-factor flow as an app runs it, codes read off the phone.

Every test talks to a real sandbox over HTTP; codes are read from the outside phone's inbox
or from the transcript of the call that said them, never from the sandbox's records.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

import pytest

pytest.importorskip("phonenumbers")

from callbox.errors import RestError
from callbox.sandbox import Sandbox, press

from ._official import official_client

PHONE = "+14155550100"


@pytest.fixture
def sb(sandbox: Sandbox) -> Iterator[Sandbox]:
    sandbox.reset()
    sandbox.set_step_delay(0)
    yield sandbox
    sandbox.set_step_delay(None)


def code_in(text: str, length: int = 6) -> str:
    digits = re.sub(r"\D", "", text.split(":", 1)[-1])
    assert len(digits) >= length, text
    return digits[:length]


def inbox_of(sb: Sandbox, phone: str, count: int) -> list[dict[str, object]]:
    """The phone's inbox once it holds ``count`` messages (waiting on delivery events)."""
    seen = 0
    while len(sb.phone(phone).inbox) < count:
        event = sb.wait_for_event("message.delivered_to_phone", after=seen, to=phone)
        seen = int(event["seq"])
    return sb.phone(phone).inbox


def start_error(call: Callable[[], object]) -> RestError:
    with pytest.raises(RestError) as caught:
        call()
    return caught.value


def test_a_code_by_sms_approves_the_right_code_and_not_a_wrong_one(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Acme")
    assert service.sid is not None
    assert service.code_length == 6 and service.dtmf_input_required is True

    started = verify.services(service.sid).verifications.create(to=PHONE, channel="sms")
    assert started.sid is not None
    assert started.status == "pending" and started.valid is False
    assert started.to == PHONE and started.channel == "sms"
    assert started.send_code_attempts is not None and started.lookup is not None
    assert [a["channel"] for a in started.send_code_attempts] == ["sms"]
    assert started.lookup["carrier"]["type"] == "mobile"

    text = sb.phone(PHONE).wait_for_message()
    assert text["from"] == "+18885550100"
    assert text["body"].startswith("Your Acme verification code is: ")
    code = code_in(text["body"])
    wrong = "0" * 6 if code != "000000" else "1" * 6

    checks = verify.services(service.sid).verification_checks
    miss = checks.create(to=PHONE, code=wrong)
    assert (miss.status, miss.valid, miss.sid) == ("pending", False, started.sid)
    assert verify.services(service.sid).verifications(started.sid).fetch().status == "pending"
    hit = checks.create(to=PHONE, code=code)
    assert (hit.status, hit.valid) == ("approved", True)

    # Approved verifications are gone, as on Twilio.
    again = start_error(lambda: checks.create(to=PHONE, code=code))
    assert (again.status, again.code) == (404, 20404)
    assert f"/Services/{service.sid}/VerificationCheck" in again.message
    gone = start_error(verify.services(service.sid).verifications(started.sid).fetch)
    assert gone.status == 404
    # Verify's texts are not the account's Messages.
    assert sb.client.messages.list() == []


def test_code_length_and_checking_by_verification_sid(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Short", code_length=4)
    assert service.sid is not None
    started = verify.services(service.sid).verifications.create(to=PHONE, channel="sms")
    code = code_in(sb.phone(PHONE).wait_for_message()["body"], 4)
    assert len(re.sub(r"\D", "", sb.phone(PHONE).inbox[-1]["body"])) == 4
    ok = verify.services(service.sid).verification_checks.create(
        verification_sid=started.sid, code=code
    )
    assert ok.status == "approved"

    for bad in (3, 11):
        error = start_error(partial(verify.services.create, friendly_name="x", code_length=bad))
        assert (error.status, error.code) == (400, 60200)


def test_a_resend_sends_the_same_code_until_the_sixth_send(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Resend")
    assert service.sid is not None
    verifications = verify.services(service.sid).verifications
    first = verifications.create(to=PHONE, channel="sms")
    assert first.sid is not None
    for n in range(2, 6):
        again = verifications.create(to=PHONE, channel="sms")
        assert again.send_code_attempts is not None
        assert again.sid == first.sid and len(again.send_code_attempts) == n
    error = start_error(lambda: verifications.create(to=PHONE, channel="sms"))
    assert (error.status, error.code) == (429, 60203)
    bodies = {m["body"] for m in inbox_of(sb, PHONE, 5)}
    assert len(bodies) == 1  # one code, sent five times

    # Canceling ends it; the next verification is a new one with a new SID.
    canceled = verify.services(service.sid).verifications(first.sid).update(status="canceled")
    assert canceled.status == "canceled"
    fresh = verify.services(service.sid).verifications.create(to=PHONE, channel="sms")
    assert fresh.send_code_attempts is not None
    assert fresh.sid != first.sid and len(fresh.send_code_attempts) == 1


def test_five_wrong_checks_then_60202(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Guard")
    assert service.sid is not None
    verifications = verify.services(service.sid).verifications
    verifications.create(to=PHONE, channel="sms")
    code = code_in(sb.phone(PHONE).wait_for_message()["body"])
    wrong = "123456" if code != "123456" else "654321"
    checks = verify.services(service.sid).verification_checks
    for _ in range(5):
        assert checks.create(to=PHONE, code=wrong).valid is False
    error = start_error(lambda: checks.create(to=PHONE, code=code))  # even the right one
    assert (error.status, error.code) == (429, 60202)
    blocked = start_error(lambda: verifications.create(to=PHONE, channel="sms"))
    assert blocked.code == 60202
    # Once it expires a new verification may start.
    sb.advance_verify_clock(601)
    assert verify.services(service.sid).verifications.create(to=PHONE, channel="sms").status == (
        "pending"
    )


def test_codes_expire_after_ten_minutes_on_the_verify_clock(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Clock")
    assert service.sid is not None
    started = verify.services(service.sid).verifications.create(to=PHONE, channel="sms")
    assert started.sid is not None
    code = code_in(sb.phone(PHONE).wait_for_message()["body"])
    assert sb.advance_verify_clock(599) == pytest.approx(599)
    assert verify.services(service.sid).verifications(started.sid).fetch().status == "pending"
    sb.advance_verify_clock(2)
    checks = verify.services(service.sid).verification_checks
    error = start_error(lambda: checks.create(to=PHONE, code=code))
    assert (error.status, error.code) == (404, 20404)
    assert sb.events("verify.status", sid=started.sid, status="expired")
    # A reset puts the clock back.
    sb.reset()
    assert sb.control("GET", "/_sandbox/verify/clock")["offset"] == 0


def test_a_code_by_voice_is_said_after_a_key_press(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Voice Co")
    assert service.sid is not None
    sb.phone("+14155550111", script=[press("1")])
    started = verify.services(service.sid).verifications.create(to="+14155550111", channel="call")
    assert started.channel == "call"
    sent = sb.wait_for_event("verify.sent", sid=started.sid)
    sb.wait_for_event("call.status", sid=sent["call_sid"], status="completed", timeout=10)
    transcript = sb.transcript(sent["call_sid"])
    said = transcript.said
    assert "Press any key to hear your code" in said
    spoken = [line for line in said.splitlines() if "verification code is" in line]
    assert len(spoken) == 2
    code = code_in(spoken[0])
    assert (
        verify.services(service.sid).verification_checks.create(to="+14155550111", code=code).valid
    )
    assert sb.client.calls.list() == []  # Verify's calls are not the account's


def test_a_voice_code_without_a_key_press_when_the_service_says_so(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Plain", dtmf_input_required=False)
    assert service.sid is not None
    started = verify.services(service.sid).verifications.create(to="+14155550122", channel="call")
    sent = sb.wait_for_event("verify.sent", sid=started.sid)
    sb.wait_for_event("call.status", sid=sent["call_sid"], status="completed", timeout=10)
    said = sb.transcript(sent["call_sid"]).said
    assert "Press any key" not in said
    code = code_in(next(s for s in said.splitlines() if "code is" in s))
    # The same code by SMS too: a resend on another channel keeps the code.
    verify.services(service.sid).verifications.create(to="+14155550122", channel="sms")
    assert code_in(sb.phone("+14155550122").wait_for_message()["body"]) == code


def test_a_silent_callee_never_hears_the_code(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    service = verify.services.create(friendly_name="Silent")
    assert service.sid is not None
    started = verify.services(service.sid).verifications.create(to="+14155550133", channel="call")
    sent = sb.wait_for_event("verify.sent", sid=started.sid)
    sb.wait_for_event("call.status", sid=sent["call_sid"], status="completed", timeout=10)
    said = sb.transcript(sent["call_sid"]).said
    assert "verification code is" not in said and "Goodbye" in said


def test_custom_codes_only_where_the_service_allows_them(sb: Sandbox) -> None:
    verify = sb.client.verify.v2
    plain = verify.services.create(friendly_name="Plain")
    assert plain.sid is not None
    plain_verifications = verify.services(plain.sid).verifications
    error = start_error(
        lambda: plain_verifications.create(to=PHONE, channel="sms", custom_code="4242")
    )
    assert (error.status, error.code) == (400, 60204)
    custom = verify.services.create(friendly_name="Custom", custom_code_enabled=True)
    assert custom.sid is not None
    custom_verifications = verify.services(custom.sid).verifications
    verify.services(custom.sid).verifications.create(to=PHONE, channel="sms", custom_code="4242")
    assert sb.phone(PHONE).wait_for_message()["body"].endswith("4242")
    assert verify.services(custom.sid).verification_checks.create(to=PHONE, code="4242").valid
    bad = start_error(
        lambda: custom_verifications.create(to=PHONE, channel="sms", custom_code="42")
    )
    assert bad.code == 60200


@pytest.mark.parametrize(
    ("channel", "to", "status", "code"),
    [
        ("email", "someone@example.com", 400, 60217),
        ("whatsapp", PHONE, 400, 68008),
        ("sna", PHONE, 400, 60204),
        ("pigeon", PHONE, 400, 60200),
        ("sms", "not a number", 400, 60200),
        ("sms", "+1415", 400, 60200),
    ],
)
def test_channels_and_numbers_verify_cannot_use(
    sb: Sandbox, channel: str, to: str, status: int, code: int
) -> None:
    service = sb.client.verify.v2.services.create(friendly_name="Channels")
    assert service.sid is not None
    verifications = sb.client.verify.v2.services(service.sid).verifications
    error = start_error(lambda: verifications.create(to=to, channel=channel))
    assert (error.status, error.code) == (status, code)


def test_whatsapp_goes_out_when_the_service_has_a_sender(sb: Sandbox) -> None:
    service = sb.client.verify.v2.services.create(
        friendly_name="Chat", whatsapp_from="+14155550177"
    )
    assert service.sid is not None
    started = sb.client.verify.v2.services(service.sid).verifications.create(
        to=PHONE, channel="whatsapp"
    )
    sent = sb.wait_for_event("verify.sent", sid=started.sid)
    delivered = sb.wait_for_event("message.delivered_to_phone", sid=sent["message_sid"])
    assert delivered["to"] == f"whatsapp:{PHONE}"
    assert delivered["from"] == "whatsapp:+14155550177"


def test_a_subaccount_cannot_use_its_parents_service(sb: Sandbox) -> None:
    service = sb.client.verify.v2.services.create(friendly_name="Parent's")
    sub = sb.client.api.v2010.accounts.create(friendly_name="child")
    assert service.sid and sub.sid and sub.auth_token
    child = sb.client_for(sub.sid, sub.auth_token)
    theirs = child.verify.v2.services(service.sid)
    attempts: tuple[Callable[[], object], ...] = (
        lambda: theirs.verifications.create(to=PHONE, channel="sms"),
        lambda: theirs.verification_checks.create(to=PHONE, code="123456"),
    )
    for attempt in attempts:
        error = start_error(attempt)
        assert (error.status, error.code) == (404, 20404)
    assert sb.phone(PHONE).inbox == []


def test_the_official_package_runs_the_whole_flow(sb: Sandbox) -> None:
    from twilio.base.exceptions import TwilioRestException

    client = official_client(sb)
    service = client.verify.v2.services.create(friendly_name="Official")
    verification = client.verify.v2.services(service.sid).verifications.create(
        to=PHONE, channel="sms"
    )
    assert verification.status == "pending" and verification.valid is False
    code = code_in(sb.phone(PHONE).wait_for_message()["body"])
    check = client.verify.v2.services(service.sid).verification_checks.create(to=PHONE, code=code)
    assert check.status == "approved" and check.valid is True
    with pytest.raises(TwilioRestException) as caught:
        client.verify.v2.services(service.sid).verification_checks.create(to=PHONE, code=code)
    assert caught.value.status == 404 and caught.value.code == 20404
    with pytest.raises(TwilioRestException) as caught:
        client.verify.v2.services(service.sid).verifications.create(
            to="me@example.com", channel="email"
        )
    assert caught.value.code == 60217
