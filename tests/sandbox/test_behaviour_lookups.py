"""Lookups v2 in the sandbox: validation and formatting as Twilio answers them, and
deterministic data packages, through callbox's client, the official package and raw HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest

pytest.importorskip("phonenumbers")

from callbox.sandbox import Sandbox

from ._official import official_client
from .conftest import Raw


@pytest.fixture
def sb(sandbox: Sandbox) -> Iterator[Sandbox]:
    sandbox.reset()
    yield sandbox


def test_a_valid_number_is_formatted(sb: Sandbox) -> None:
    found = sb.client.lookups.v2.phone_numbers("+14159929960").fetch()
    assert found.valid is True and found.validation_errors == []
    assert found.phone_number == "+14159929960"
    assert found.national_format == "(415) 992-9960"
    assert (found.country_code, found.calling_country_code) == ("US", "1")
    assert found.line_type_intelligence is None and found.caller_name is None


def test_a_national_number_needs_its_country(sb: Sandbox) -> None:
    gb = sb.client.lookups.v2.phone_numbers("07400 123456").fetch(country_code="GB")
    assert (gb.valid, gb.phone_number, gb.country_code) == (True, "+447400123456", "GB")
    assert gb.national_format == "07400 123456" and gb.calling_country_code == "44"
    nowhere = sb.client.lookups.v2.phone_numbers("4159929960").fetch()
    assert nowhere.valid is False and nowhere.validation_errors == ["INVALID_COUNTRY_CODE"]


@pytest.mark.parametrize(
    ("number", "error", "country"),
    [
        ("+141599299600", "TOO_LONG", "US"),
        ("+1415", "TOO_SHORT", "US"),
        ("+999123456789", "INVALID_COUNTRY_CODE", None),
        ("+11005550123", "INVALID_BUT_POSSIBLE", "US"),
        ("not-a-number", "NOT_A_NUMBER", None),
    ],
)
def test_invalid_numbers_answer_valid_false_never_404(
    sb: Sandbox, number: str, error: str, country: str | None
) -> None:
    found = sb.client.lookups.v2.phone_numbers(number).fetch()
    assert found.valid is False and found.validation_errors == [error]
    assert found.country_code == country
    assert found.line_type_intelligence is None


def test_line_type_and_caller_name_are_the_same_every_time(sb: Sandbox) -> None:
    fields = "line_type_intelligence,caller_name"
    first = sb.client.lookups.v2.phone_numbers("+14159929960").fetch(fields=fields)
    again = sb.client.lookups.v2.phone_numbers("+14159929960").fetch(fields=fields)
    assert first.line_type_intelligence == again.line_type_intelligence
    assert first.caller_name == again.caller_name
    line, caller = first.line_type_intelligence, first.caller_name
    assert line is not None and caller is not None
    assert line["type"] == "mobile" and line["error_code"] is None
    assert line["carrier_name"] in ("Verizon Wireless", "T-Mobile USA, Inc.", "AT&T Wireless")
    assert len(line["mobile_country_code"]) == 3
    assert caller["caller_type"] in ("CONSUMER", "BUSINESS")
    assert caller["caller_name"] and caller["error_code"] is None

    toll_free = sb.client.lookups.v2.phone_numbers("+18005550100").fetch(fields=fields)
    assert toll_free.line_type_intelligence is not None and toll_free.caller_name is not None
    assert toll_free.line_type_intelligence["type"] == "tollFree"
    assert toll_free.caller_name["caller_type"] == "BUSINESS"
    uk = sb.client.lookups.v2.phone_numbers("+447400123456").fetch(fields=fields)
    assert uk.line_type_intelligence is not None
    assert uk.line_type_intelligence["type"] == "mobile"
    assert uk.line_type_intelligence["mobile_country_code"] == "234"
    assert uk.caller_name == {"caller_name": None, "caller_type": None, "error_code": 60600}
    canada = sb.client.lookups.v2.phone_numbers("+16135550123").fetch(fields=fields)
    assert canada.line_type_intelligence is not None
    assert canada.line_type_intelligence["error_code"] == 60601


def test_numbers_owned_in_the_sandbox_are_twilios(sb: Sandbox) -> None:
    sb.seed_number("+14155550123")
    found = sb.client.lookups.v2.phone_numbers("+14155550123").fetch(
        fields="line_type_intelligence"
    )
    assert found.line_type_intelligence is not None
    assert found.line_type_intelligence["type"] == "nonFixedVoip"
    assert found.line_type_intelligence["carrier_name"].startswith("Twilio")


def test_the_wire_format(sb: Sandbox) -> None:
    raw = Raw(sb)
    try:
        answer = raw.get(f"/lookups/v2/PhoneNumbers/{quote('+14159929960')}?Fields=caller_name")
    finally:
        raw.close()
    assert answer.status_code == 200
    body = answer.json()
    assert body["url"] == "https://lookups.twilio.com/v2/PhoneNumbers/+14159929960"
    assert body["caller_name"]["caller_type"] in ("CONSUMER", "BUSINESS")
    assert body["sim_swap"] is None and body["line_type_intelligence"] is None


def test_the_official_package(sb: Sandbox) -> None:
    client = official_client(sb)
    found = client.lookups.v2.phone_numbers("+14159929960").fetch(fields="line_type_intelligence")
    assert found.valid is True and found.national_format == "(415) 992-9960"
    assert found.line_type_intelligence["type"] == "mobile"
    bad = client.lookups.v2.phone_numbers("+1415").fetch()
    assert bad.valid is False and bad.validation_errors == ["TOO_SHORT"]
