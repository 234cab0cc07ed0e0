"""The sandbox's message rules on their own: segments, magic numbers, E.164, prices, TwiML."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

pytest.importorskip("phonenumbers")

from callbox.sandbox.behaviours import _e164, _magic, _pricing
from callbox.sandbox.behaviours._segments import count_segments, is_gsm7, smart_encode
from callbox.sandbox.behaviours._twiml_exec import Redirect, SendMessage, plan

# ---------------------------------------------------------------- segments


@pytest.mark.parametrize(
    ("body", "encoding", "segments", "units"),
    [
        ("", "GSM-7", 1, 0),
        ("Hello", "GSM-7", 1, 5),
        ("a" * 160, "GSM-7", 1, 160),
        ("a" * 161, "GSM-7", 2, 161),
        ("a" * 306, "GSM-7", 2, 306),
        ("a" * 307, "GSM-7", 3, 307),
        ("a" * 1600, "GSM-7", 11, 1600),
        ("€" * 80, "GSM-7", 1, 160),  # extension characters cost two septets
        ("€" * 81, "GSM-7", 2, 162),
        ("a" * 159 + "{", "GSM-7", 2, 161),
        # An escape pair is never split: 152 + 2 does not fit in 153.
        ("a" * 152 + "{" * 77, "GSM-7", 3, 306),
        ("Café à l'été, ÆØÅ ¿¡ £$¥ @_", "GSM-7", 1, 27),
        ("ç" + "a" * 69, "UCS-2", 1, 70),  # ç is not in the GSM alphabet (only Ç is)
        ("ç" + "a" * 70, "UCS-2", 2, 71),
        ("ç" + "a" * 133, "UCS-2", 2, 134),
        ("ç" + "a" * 134, "UCS-2", 3, 135),
        ("😀" * 35, "UCS-2", 1, 70),  # emoji are surrogate pairs: two units
        ("😀" * 36, "UCS-2", 2, 72),
        ("a" + "😀" * 35, "UCS-2", 2, 71),
        # A surrogate pair is never split: 66 + 2 does not fit in 67.
        ("a" * 66 + "😀" * 34, "UCS-2", 3, 134),
        ("你好世界", "UCS-2", 1, 4),
    ],
)
def test_segments_are_counted_as_carriers_count_them(
    body: str, encoding: str, segments: int, units: int
) -> None:
    assert tuple(count_segments(body)) == (encoding, segments, units)


def test_smart_encoding_keeps_a_message_in_gsm7() -> None:
    text = "\u201cDon\u2019t\u201d \u2014 wait\u2026\u00a0ok"
    assert not is_gsm7(text)
    encoded = smart_encode(text)
    assert encoded == '"Don\'t" - wait... ok'
    assert count_segments(encoded).encoding == "GSM-7"
    assert smart_encode("plain") == "plain"


# ---------------------------------------------------------------- magic numbers


@pytest.mark.parametrize(
    ("from_", "code"),
    [
        ("+15005550006", None),
        ("+15005550001", 21212),
        ("+15005550007", 21606),
        ("+15005550008", 21611),
        ("+15005550003", 21606),
        ("+14155550100", None),  # not magic: ownership is checked elsewhere
    ],
)
def test_magic_message_senders(from_: str, code: int | None) -> None:
    refusal = _magic.message_from(from_)
    assert (refusal.code if refusal else None) == code


@pytest.mark.parametrize(
    ("to", "code"),
    [
        ("+15005550001", 21211),
        ("+15005550002", 21612),
        ("+15005550003", 21408),
        ("+15005550004", 21610),
        ("+15005550009", 21614),
        ("+15005550006", None),
        ("+14155550100", None),
    ],
)
def test_magic_message_recipients(to: str, code: int | None) -> None:
    refusal = _magic.message_to(to, "+15005550006")
    assert (refusal.code if refusal else None) == code
    if refusal:
        assert refusal.status == 400 and refusal.message


@pytest.mark.parametrize(
    ("from_", "to", "code"),
    [
        ("+15005550006", "+14155550100", None),
        ("+15005550001", "+14155550100", 21212),
        ("+15005550002", "+14155550100", 21210),
        ("+15005550006", "+15005550001", 21217),
        ("+15005550006", "+15005550002", 21214),
        ("+15005550006", "+15005550003", 21215),
        ("+15005550006", "+15005550004", 21216),
    ],
)
def test_magic_call_numbers(from_: str, to: str, code: int | None) -> None:
    refusal = _magic.call_from(from_) or _magic.call_to(to)
    assert (refusal.code if refusal else None) == code


def test_magic_numbers_for_buying() -> None:
    unavailable = _magic.buy_by_number("+15005550000")
    assert unavailable is not None and unavailable[:2] == (400, 21422)
    refused = _magic.buy_by_number("+15005550001")
    assert refused is not None and refused.code == 21421
    assert _magic.buy_by_number("+15005550006") is None
    by_area = _magic.buy_by_area_code("533")
    assert isinstance(by_area, _magic.Refusal) and by_area.code == 21452
    assert _magic.buy_by_area_code("500") == "+15005550006"
    assert _magic.buy_by_area_code("415") is None


# ---------------------------------------------------------------- E.164


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+14155550100", None, "+14155550100"),
        ("+1 (415) 555-0100", None, "+14155550100"),
        ("415-555-0100", None, "+14155550100"),  # national numbers read as US by default
        ("020 7183 8750", "GB", "+442071838750"),
        ("whatsapp:+14155550100", None, "whatsapp:+14155550100"),
        ("+1415", None, None),
        ("+999123456789", None, None),
        ("hello", None, None),
        ("", None, None),
    ],
)
def test_numbers_are_validated_and_normalized(
    raw: str, region: str | None, expected: str | None
) -> None:
    assert _e164.normalize(raw, region) == expected


def test_senders_that_are_not_phone_numbers() -> None:
    assert _e164.is_short_code("12345") and _e164.is_short_code("123456")
    assert not _e164.is_short_code("1234567")
    assert _e164.is_alphanumeric_sender("MyShop") and _e164.is_alphanumeric_sender("Shop 24")
    assert not _e164.is_alphanumeric_sender("12345")
    assert not _e164.is_alphanumeric_sender("WayTooLongSender")


def test_geographic_fields_for_webhooks() -> None:
    assert _e164.geo("+14155550100") == ("US", "CA", "SAN FRANCISCO", "94105")
    assert _e164.geo("+16135550123") == ("CA", "ON", "OTTAWA", "K1P")
    assert _e164.geo("+447400123456") == ("GB", "", "", "")
    # A London number that no search listed (any valid number of a block can be bought).
    assert _e164.geo("+442071234567") == ("GB", "", "LONDON", "")


# ---------------------------------------------------------------- prices


def test_prices_are_per_segment_and_negative() -> None:
    # The rates are the sandbox's own table (not Twilio's, which changes and varies by
    # carrier), so this checks how a price is made from them, not the figures themselves.
    def price(
        country: str | None, segments: int, *, mms: bool = False, inbound: bool = False
    ) -> Decimal:
        text = _pricing.message_price(country, segments, mms=mms, inbound=inbound)
        assert re.fullmatch(r"-\d+\.\d{5}", text), text  # as Twilio writes a Message's price
        return Decimal(text)

    for country in ("US", "GB", "ZZ", None):
        for inbound in (False, True):
            one = price(country, 1, inbound=inbound)
            assert one < 0
            assert price(country, 3, inbound=inbound) == 3 * one  # SMS: per segment
            assert price(country, 0, inbound=inbound) == one  # never less than one segment
        assert price(country, 3, mms=True) == price(country, 1, mms=True) < 0  # MMS: per message
    assert price("ZZ", 1) == price(None, 1)  # a country without a rate gets the default one


# ---------------------------------------------------------------- TwiML answers


def test_messages_and_redirect_are_read_in_order_and_nothing_runs_after_a_redirect() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        '<Message to="+14155550199" from="+14155550100" statusCallback="/status">Hi'
        "<Media>https://example.com/a.png</Media></Message>"
        "<Message><Body>Second &amp; last</Body></Message>"
        '<Redirect method="GET">/next</Redirect>'
        "<Message>never sent</Message></Response>"
    )
    result = plan(xml.encode(), "text/xml; charset=utf-8")
    assert not result.problems
    assert result.actions == [
        SendMessage(
            body="Hi",
            media=("https://example.com/a.png",),
            to="+14155550199",
            from_="+14155550100",
            status_callback="/status",
        ),
        SendMessage(body="Second & last"),
        Redirect(url="/next", method="GET"),
    ]


@pytest.mark.parametrize(
    ("body", "content_type", "code"),
    [
        (b"<Response><Message>x</Message>", "text/xml", 12100),
        (b"<Hello/>", "text/xml", 12100),
        (b'{"reply": "x"}', "application/json", 12300),
        (b"<Response><Say>voice only</Say></Response>", "text/xml", 12200),
    ],
)
def test_bad_answers_are_reported_with_twilio_codes(
    body: bytes, content_type: str, code: int
) -> None:
    result = plan(body, content_type)
    assert [p.code for p in result.problems] == [code]
    assert result.failed is (code != 12200)


def test_plain_text_and_empty_answers() -> None:
    assert plan(b"Thanks!", "text/plain").actions == [SendMessage(body="Thanks!")]
    assert plan(b"", "text/html").actions == []
    assert plan(b"<Response/>", "application/xml").actions == []
