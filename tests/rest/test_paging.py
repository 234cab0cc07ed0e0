"""Paging in both of Twilio's styles, sync."""

from __future__ import annotations

from typing import Any

import pytest

from callbox import Client
from callbox.errors import RestError

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message

MSGS = f"/api/2010-04-01/Accounts/{ACCOUNT}/Messages.json"


def page_2010(n: int, start: int, next_page: int | None, size: int = 2) -> dict[str, Any]:
    nxt = (
        f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json?PageSize={size}&Page={next_page}"
        if next_page
        else None
    )
    return {
        "messages": [message(sid=f"SM{i:032d}") for i in range(start, start + n)],
        "next_page_uri": nxt,
        "page": 0,
        "page_size": size,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json",
    }


@pytest.fixture
def client(twilio: FakeTwilio) -> Client:
    return Client(ACCOUNT, TOKEN, base_url=twilio.base_url)


def test_list_follows_next_page_uri_and_respects_limit(twilio: FakeTwilio, client: Client) -> None:
    twilio.reply(200, page_2010(2, 0, 1))
    twilio.reply(200, page_2010(2, 2, 2))
    twilio.reply(200, page_2010(1, 4, None))
    records = client.messages.list(page_size=2)
    assert [r.sid for r in records] == [f"SM{i:032d}" for i in range(5)]
    assert ("PageSize", "2") in twilio.seen[0].query
    assert twilio.seen[1].path == MSGS and ("Page", "1") in twilio.seen[1].query

    twilio.reply(200, page_2010(2, 0, 1))
    twilio.reply(200, page_2010(2, 2, 2))
    assert len(client.messages.list(limit=3, page_size=2)) == 3
    assert len(twilio.seen) == 5  # stopped after the page that reached the limit


def test_stream_is_lazy_and_filters_are_sent(twilio: FakeTwilio, client: Client) -> None:
    twilio.reply(200, page_2010(2, 0, 1))
    twilio.reply(200, page_2010(1, 2, None))
    stream = client.messages.stream(to="+14155550100", page_size=2)
    assert twilio.seen == []  # nothing sent until iterated
    first = next(stream)
    assert first.sid == f"SM{0:032d}" and len(twilio.seen) == 1
    assert ("To", "+14155550100") in twilio.seen[0].query
    assert [r.sid for r in stream] == [f"SM{1:032d}", f"SM{2:032d}"]


def test_page_objects_walk_forward_and_back(twilio: FakeTwilio, client: Client) -> None:
    body = page_2010(2, 0, 1)
    body["previous_page_uri"] = None
    twilio.reply(200, body)
    page = client.messages.page(page_size=2)
    assert len(page) == 2 and page.next_page_url is not None
    assert page.next_page_url.startswith(twilio.base_url + "/api/2010-04-01/")
    assert page.previous_page() is None
    twilio.reply(200, page_2010(1, 2, None))
    second = page.next_page()
    assert second is not None and [r.sid for r in second] == [f"SM{2:032d}"]
    assert second.next_page() is None


def test_meta_paging_rewrites_twilio_hosts_onto_the_base_url(
    twilio: FakeTwilio, client: Client
) -> None:
    base = "/verify/v2/Services"
    twilio.reply(
        200,
        {
            "services": [{"sid": "VA" + "1" * 32}],
            "meta": {
                "key": "services",
                "page": 0,
                "page_size": 1,
                "next_page_url": "https://verify.twilio.com/v2/Services?PageSize=1&Page=1&PageToken=PT1",
            },
        },
    )
    twilio.reply(
        200,
        {
            "services": [{"sid": "VA" + "2" * 32}],
            "meta": {"key": "services", "next_page_url": None},
        },
    )
    sids = [s.sid for s in client.verify.v2.services.stream(page_size=1)]
    assert sids == ["VA" + "1" * 32, "VA" + "2" * 32]
    assert twilio.seen[1].path == base and ("PageToken", "PT1") in twilio.seen[1].query


def test_bad_paging_arguments_are_refused_locally(twilio: FakeTwilio, client: Client) -> None:
    with pytest.raises(ValueError, match="page_size"):
        client.messages.page(page_size=5000)
    with pytest.raises(ValueError, match="limit"):
        client.messages.list(limit=-1)
    assert twilio.seen == []


def test_stream_follows_links_written_before_or_after_the_records(
    twilio: FakeTwilio, client: Client
) -> None:
    sid = "VA" + "1" * 32
    nxt = "https://verify.twilio.com/v2/Services?PageSize=1&Page=1&PageToken=PT1"
    twilio.reply(
        200, f'{{"meta": {{"next_page_url": "{nxt}"}}, "services": [{{"sid": "{sid}"}}]}}'.encode()
    )
    twilio.reply(200, b'{"services":[{"sid":"VA2"},{"sid":"VA3"}],"meta":{"next_page_url":null}}')
    assert [s.sid for s in client.verify.v2.services.stream(page_size=1)] == [sid, "VA2", "VA3"]
    assert ("PageToken", "PT1") in twilio.seen[1].query


def test_a_page_cut_short_is_an_error_after_the_records_it_did_hold(
    twilio: FakeTwilio, client: Client
) -> None:
    twilio.reply(200, b'{"messages": [{"sid": "SM0"}, {"sid": "SM1"}, {"sid": "SM')
    stream = client.messages.stream(page_size=3)
    assert [next(stream).sid, next(stream).sid] == ["SM0", "SM1"]
    with pytest.raises(RestError, match="not JSON"):
        next(stream)


def test_list_and_stream_give_the_same_records(twilio: FakeTwilio, client: Client) -> None:
    for _ in range(2):
        twilio.reply(200, page_2010(2, 0, 1))
        twilio.reply(200, page_2010(1, 2, None))
    listed = client.messages.list(page_size=2)
    streamed = list(client.messages.stream(page_size=2))
    assert [r.to_dict() for r in listed] == [r.to_dict() for r in streamed]
    assert len(listed) == 3
