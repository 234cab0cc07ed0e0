"""The number inventory: deterministic stock per country and Twilio's search filters."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("phonenumbers")

import phonenumbers

from callbox.sandbox.behaviours import _inventory as inv


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
