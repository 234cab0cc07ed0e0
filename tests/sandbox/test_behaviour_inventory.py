"""The number inventory: deterministic stock per country and Twilio's search filters."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest

pytest.importorskip("phonenumbers")

import phonenumbers

from callbox.errors import RestError
from callbox.sandbox.behaviours import _inventory as inv

if TYPE_CHECKING:
    from callbox.sandbox import Sandbox


def numbers(country: str, kind: str, **params: object) -> list[str]:
    return [n.phone_number for n in inv.search(country, kind, params)]


def test_the_stock_is_the_same_every_time_and_every_number_is_valid() -> None:
    first = numbers("US", "Local")
    inv._CACHE.clear()
    assert numbers("US", "Local") == first
    assert len(first) >= 500 and len(set(first)) == len(first)
    for country in inv.COUNTRIES:
        for kind in inv.KINDS:
            for n in inv.numbers_for(country, kind)[:60]:
                parsed = phonenumbers.parse(n.phone_number)
                assert phonenumbers.is_valid_number(parsed), n
                assert not n.phone_number.startswith("+1500555")


@pytest.mark.parametrize(
    ("country", "kind", "prefix", "sms", "mms"),
    [
        ("US", "Local", "+1", True, None),
        ("US", "TollFree", "+18", True, True),
        ("CA", "Local", "+1", True, None),
        ("CA", "TollFree", "+18", True, True),
        ("GB", "Local", "+44", False, False),
        ("GB", "TollFree", "+448", False, False),
        ("GB", "Mobile", "+447", True, False),
        ("AU", "Mobile", "+614", True, True),
    ],
)
def test_each_country_offers_its_types_with_capabilities(
    country: str, kind: str, prefix: str, sms: bool, mms: bool | None
) -> None:
    stock = inv.search(country, kind, {})
    assert stock and all(n.phone_number.startswith(prefix) for n in stock)
    record = stock[0].record()
    assert record["iso_country"] == country
    assert record["capabilities"]["SMS"] is sms and record["capabilities"]["voice"] is True
    if mms is not None:
        assert record["capabilities"]["MMS"] is mms
    assert set(record) >= {
        "friendly_name",
        "phone_number",
        "lata",
        "locality",
        "rate_center",
        "latitude",
        "longitude",
        "region",
        "postal_code",
        "address_requirements",
        "beta",
    }


def test_unknown_country_or_type_is_404() -> None:
    for country, kind in (("ZZ", "Local"), ("US", "Mobile"), ("US", "Bogus")):
        with pytest.raises(inv.InventoryError) as info:
            inv.search(country, kind, {})
        assert (info.value.status, info.value.code) == (404, 20404)


def test_area_code_filter() -> None:
    found = inv.search("US", "Local", {"AreaCode": "415"})
    assert len(found) >= 30
    assert all(n.phone_number.startswith("+1415") for n in found)
    assert {n.locality for n in found} == {"San Francisco"} and found[0].region == "CA"
    assert numbers("US", "Local", AreaCode="533") == []
    assert all(n.startswith("+1888") for n in numbers("US", "TollFree", AreaCode="888"))
    with pytest.raises(inv.InventoryError) as info:
        inv.search("US", "Local", {"AreaCode": "41"})
    assert info.value.code == 21451


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        ("510555****", "+15105551234", "+15105561234"),
        ("STORM", "+13057867676", "+13057860000"),  # S=7 T=8 O=6 R=7 M=6
        ("*1*", "+12125551234", "+12222222222"),
        ("+1415", "+14155550100", "+12124155555"),  # a leading + anchors the pattern
        ("4155", "+12124155555", "+12125551234"),  # otherwise it matches anywhere
    ],
)
def test_contains_patterns(pattern: str, matches: str, misses: str) -> None:
    regex = inv.contains_regex(pattern)
    assert regex.search(matches) and not regex.search(misses)


def test_contains_filter_with_wildcards_and_letters() -> None:
    hits = numbers("US", "Local", Contains="41*2")
    assert hits and all(re.search(r"41\d2", n) for n in hits)
    anchored = numbers("US", "Local", Contains="+1212")
    assert anchored and all(n.startswith("+1212") for n in anchored)
    word = numbers("US", "Local", Contains="STORM")  # 78676 on a keypad
    assert all("78676" in n for n in word)
    for bad in ("7", "12-34", "ab!"):
        with pytest.raises(inv.InventoryError):
            inv.search("US", "Local", {"Contains": bad})


def test_place_filters() -> None:
    in_texas = inv.search("US", "Local", {"InRegion": "tx"})
    assert in_texas and {n.region for n in in_texas} == {"TX"}
    assert {n.area_code for n in in_texas} == {"512", "214"}
    austin = inv.search("US", "Local", {"InLocality": "Austin"})
    assert {n.area_code for n in austin} == {"512"}
    assert {n.area_code for n in inv.search("US", "Local", {"InPostalCode": "60601"})} == {"312"}
    assert {n.area_code for n in inv.search("US", "Local", {"InLata": "722"})} == {
        "415",
        "510",
        "650",
    }
    assert inv.search("US", "Local", {"InRateCenter": "SEATTLE"})[0].area_code == "206"
    london = inv.search("GB", "Local", {"InLocality": "London"})
    assert london and all(n.phone_number.startswith("+4420") for n in london)


def test_near_lat_long_and_distance() -> None:
    near_sf = inv.search("US", "Local", {"NearLatLong": "37.7749,-122.4194", "Distance": "20"})
    assert {n.area_code for n in near_sf} == {"415", "510"}
    near_number = inv.search("US", "Local", {"NearNumber": "+14155550100", "Distance": 50})
    assert {n.area_code for n in near_number} == {"415", "510", "650"}


def test_capability_and_address_filters() -> None:
    no_mms = inv.search("US", "Local", {"MmsEnabled": "false"})
    assert no_mms and all(not n.mms for n in no_mms)
    assert all(n.mms for n in inv.search("US", "Local", {"MmsEnabled": "true"}))
    assert inv.search("GB", "Local", {"SmsEnabled": "true"}) == []
    assert inv.search("GB", "Local", {"ExcludeAllAddressRequired": "true"}) == []
    assert inv.search("GB", "Mobile", {"ExcludeAllAddressRequired": True})


def test_owned_numbers_are_not_offered_and_limit_applies() -> None:
    first_two = numbers("US", "Local")[:2]
    remaining = inv.search("US", "Local", {}, taken=set(first_two), limit=5)
    assert len(remaining) == 5
    assert not {n.phone_number for n in remaining} & set(first_two)
    assert inv.find_number(first_two[0]) is not None
    assert inv.find_number("+14155550100") is None


# ---------------------------------------------------------------- the whole stock, over HTTP


def listed(sandbox: Sandbox, country: str, kind: str, **filters: Any) -> list[str]:
    numbers_of = sandbox.client.available_phone_numbers(country)
    if kind == "Local":
        found = [n.phone_number for n in numbers_of.local.list(limit=20, **filters)]
    elif kind == "TollFree":
        found = [n.phone_number for n in numbers_of.toll_free.list(limit=20, **filters)]
    else:
        found = [n.phone_number for n in numbers_of.mobile.list(limit=20, **filters)]
    numbers = [n for n in found if n is not None]
    assert numbers == found  # every number offered has its phone_number
    return numbers


def test_a_vanity_search_finds_numbers_beyond_the_sample(callbox_sandbox: Sandbox) -> None:
    found = listed(callbox_sandbox, "US", "Local", area_code=510, contains="7777")
    assert len(found) == 20 and len(set(found)) == 20
    assert all(n.startswith("+1510") and "7777" in n for n in found)
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(n)) for n in found)
    assert all(n[5:8] not in ("555", "950") and n[6:8] != "11" for n in found)
    # Vanity first: the pattern goes at the end of the number.
    assert found[0].endswith("7777")
    assert listed(callbox_sandbox, "US", "Local", area_code=510, contains="7777") == found
    inv._STREAMS.clear()  # computed again from nothing: the same answer
    assert listed(callbox_sandbox, "US", "Local", area_code=510, contains="7777") == found


def test_a_pattern_that_starts_with_the_prefix_lines_up_with_it(callbox_sandbox: Sandbox) -> None:
    found = listed(callbox_sandbox, "US", "Local", contains="510***7777")
    assert len(found) == 20
    assert all(re.fullmatch(r"\+1510[2-9]\d\d7777", n) for n in found)
    anchored = listed(callbox_sandbox, "US", "Local", contains="+1212***2*")
    assert len(anchored) == 20 and all(re.fullmatch(r"\+1212\d{3}2\d{3}", n) for n in anchored)


def test_letters_are_dialled_on_a_keypad(callbox_sandbox: Sandbox) -> None:
    found = listed(callbox_sandbox, "US", "Local", contains="CALL", area_code=415)
    assert len(found) == 20 and all(n.startswith("+1415") and "2255" in n for n in found)
    everywhere = listed(callbox_sandbox, "US", "Local", contains="call")
    assert len(everywhere) == 20 and all("2255" in n for n in everywhere)
    assert len({n[2:5] for n in everywhere}) > 5  # spread over the area codes


def test_other_filters_still_apply_to_vanity_matches(callbox_sandbox: Sandbox) -> None:
    texas = callbox_sandbox.client.available_phone_numbers("US").local.list(
        in_region="TX", contains="4242", limit=20
    )
    assert len(texas) == 20 and {n.region for n in texas} == {"TX"}
    assert {(n.phone_number or "")[2:5] for n in texas} <= {"512", "214"}
    assert listed(callbox_sandbox, "US", "Local", area_code=533, contains="7777") == []
    assert listed(callbox_sandbox, "GB", "Local", contains="7777", sms_enabled=True) == []
    no_mms = callbox_sandbox.client.available_phone_numbers("US").local.list(
        contains="7777", mms_enabled=False, limit=10
    )
    assert len(no_mms) == 10
    assert all(n.capabilities is not None and n.capabilities["MMS"] is False for n in no_mms)


def test_buying_a_vanity_number_takes_it_out_of_stock(callbox_sandbox: Sandbox) -> None:
    client = callbox_sandbox.client
    found = listed(callbox_sandbox, "US", "Local", area_code=510, contains="7777")
    chosen = found[3]
    bought = client.incoming_phone_numbers.create(phone_number=chosen)
    assert bought.capabilities is not None
    assert bought.phone_number == chosen and bought.capabilities["voice"] is True
    assert bought.friendly_name == f"({chosen[2:5]}) {chosen[5:8]}-{chosen[8:]}"
    after = listed(callbox_sandbox, "US", "Local", area_code=510, contains="7777")
    assert chosen not in after and len(after) == 20
    assert [n for n in after if n != chosen][:3] == found[:3]
    with pytest.raises(RestError) as info:
        client.incoming_phone_numbers.create(phone_number=chosen)
    assert info.value.code == 21422


def test_numbers_owned_by_another_account_are_not_offered(callbox_sandbox: Sandbox) -> None:
    found = listed(callbox_sandbox, "US", "Local", contains="+1510***7777")
    sub = callbox_sandbox.client.api.accounts.create(friendly_name="other")
    assert sub.sid is not None
    callbox_sandbox.seed_number(found[0], account_sid=sub.sid)
    assert found[0] not in listed(callbox_sandbox, "US", "Local", contains="+1510***7777")


def test_any_valid_number_of_a_block_can_be_bought(callbox_sandbox: Sandbox) -> None:
    client = callbox_sandbox.client
    sample = {n.phone_number for n in inv.numbers_for("US", "Local")}
    shown = set(listed(callbox_sandbox, "US", "Local", area_code=510, contains="0123"))
    number = next(
        f"+1510{exchange}0123"
        for exchange in range(234, 999)
        if f"+1510{exchange}0123" not in sample | shown
        and str(exchange)[1:] != "11"
        and exchange not in (555, 950)
    )
    assert phonenumbers.is_valid_number(phonenumbers.parse(number))
    bought = client.incoming_phone_numbers.create(phone_number=number)
    assert bought.phone_number == number
    gb = "+442071234567"
    assert gb not in {n.phone_number for n in inv.numbers_for("GB", "Local")}
    gb_capabilities = client.incoming_phone_numbers.create(phone_number=gb).capabilities
    assert gb_capabilities is not None and gb_capabilities["sms"] is False
    toll_free = client.incoming_phone_numbers.toll_free.create(phone_number="+18003569377")
    assert toll_free.phone_number == "+18003569377"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("+19172345678", 21422),  # a real area code the sandbox has no block for
        ("+15105550123", 21422),  # a 555 exchange
        ("+15102110123", 21422),  # an N11 exchange
        ("+15005550000", 21422),  # Twilio's magic "not available" number
        ("+443001234567", 21422),  # a GB non-geographic number
        ("+15101230123", 21421),  # not a valid number at all (exchanges cannot start with 1)
    ],
)
def test_numbers_outside_the_stock_are_refused(
    callbox_sandbox: Sandbox, number: str, code: int
) -> None:
    with pytest.raises(RestError) as info:
        callbox_sandbox.client.incoming_phone_numbers.create(phone_number=number)
    assert info.value.code == code


def test_a_local_number_is_not_sold_as_toll_free(callbox_sandbox: Sandbox) -> None:
    with pytest.raises(RestError) as info:
        callbox_sandbox.client.incoming_phone_numbers.toll_free.create(phone_number="+15107770123")
    assert info.value.code == 21422


@pytest.mark.parametrize(
    ("country", "kind", "pattern", "digits", "prefix"),
    [
        ("US", "TollFree", "FLOWERS", "3569377", "+18"),
        ("CA", "TollFree", "2468", "2468", "+18"),
        ("GB", "Local", "1234", "1234", "+44"),
        ("GB", "TollFree", "4242", "4242", "+448"),
        ("GB", "Mobile", "7777", "7777", "+447"),
        ("AU", "Local", "CALL", "2255", "+61"),
        ("AU", "TollFree", "7777", "7777", "+611800"),
        ("AU", "Mobile", "CALL", "2255", "+614"),
    ],
)
def test_every_type_gets_vanity_matches(
    callbox_sandbox: Sandbox, country: str, kind: str, pattern: str, digits: str, prefix: str
) -> None:
    found = listed(callbox_sandbox, country, kind, contains=pattern)
    assert len(found) >= 7 and len(set(found)) == len(found)
    for number in found:
        assert number.startswith(prefix) and digits in number
        assert phonenumbers.is_valid_number(phonenumbers.parse(number)), number
        assert inv.find_number(number) is not None


def test_a_pattern_that_cannot_fit_finds_nothing_quickly(callbox_sandbox: Sandbox) -> None:
    assert listed(callbox_sandbox, "US", "Local", contains="0000000000") == []
    assert listed(callbox_sandbox, "US", "TollFree", contains="+1999") == []
    assert listed(callbox_sandbox, "GB", "Local", contains="123456789012") == []


def test_synthesized_entries_are_the_ones_bought() -> None:
    found = inv.search("US", "Local", {"AreaCode": "510", "Contains": "7777"}, limit=30)
    assert len(found) == 30
    for entry in found:
        assert inv.find_number(entry.phone_number) == entry
    assert inv.find_number("+15005550000") is None
    assert inv.find_number("+1510777012") is None  # too short
