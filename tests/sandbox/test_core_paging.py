"""Lists page like the real API in both styles, stay stable under inserts, and filter."""

from __future__ import annotations

import pytest

from callbox.sandbox import Sandbox

from .conftest import Raw


def test_2010_pages_follow_next_page_uri_without_gaps(
    sandbox: Sandbox, raw: Raw, acct: str
) -> None:
    sandbox.reset()
    made = [
        raw.post(f"{acct}/Queues.json", data={"FriendlyName": f"q{i}"}).json()["sid"]
        for i in range(7)
    ]
    page = raw.get(f"{acct}/Queues.json", params={"PageSize": 3}).json()
    assert page["page"] == 0 and page["page_size"] == 3 and page["start"] == 0
    assert page["end"] == 2 and page["previous_page_uri"] is None
    assert page["uri"] == f"{acct[4:]}/Queues.json?PageSize=3&Page=0"
    assert page["first_page_uri"] == page["uri"]
    seen = [q["sid"] for q in page["queues"]]
    pages = 1
    while page["next_page_uri"]:
        # Someone keeps creating queues while we page: the walk neither repeats nor skips.
        raw.post(f"{acct}/Queues.json", data={"FriendlyName": "late"})
        page = raw.get("/api" + page["next_page_uri"]).json()
        seen += [q["sid"] for q in page["queues"]]
        pages += 1
    assert pages == 3 and page["page"] == 2
    assert seen == list(reversed(made))  # newest first, each once

    back = raw.get("/api" + page["previous_page_uri"]).json()
    assert [q["sid"] for q in back["queues"]] == seen[3:6] and back["page"] == 1


def test_meta_pages_carry_full_urls(sandbox: Sandbox, raw: Raw) -> None:
    sandbox.reset()
    made = [
        raw.post("/verify/v2/Services", data={"FriendlyName": f"s{i}"}).json()["sid"]
        for i in range(5)
    ]
    body = raw.get("/verify/v2/Services", params={"PageSize": 2}).json()
    meta = body["meta"]
    assert meta["key"] == "services" and meta["page"] == 0 and meta["page_size"] == 2
    assert meta["url"] == "https://verify.twilio.com/v2/Services?PageSize=2&Page=0"
    assert meta["first_page_url"] == meta["url"] and meta["previous_page_url"] is None
    seen = [s["sid"] for s in body["services"]]
    while meta["next_page_url"]:
        path = meta["next_page_url"].removeprefix("https://verify.twilio.com")
        body = raw.get("/verify" + path).json()
        meta = body["meta"]
        seen += [s["sid"] for s in body["services"]]
    assert seen == list(reversed(made))
    assert meta["previous_page_url"].startswith("https://verify.twilio.com/v2/Services?")


def test_equality_filters_from_the_description(sandbox: Sandbox, raw: Raw, acct: str) -> None:
    sandbox.reset()
    accounts = "/api/2010-04-01/Accounts.json"
    for name in ("alpha", "beta", "alpha"):
        raw.post(accounts, data={"FriendlyName": name})
    alphas = raw.get(accounts, params={"FriendlyName": "alpha"}).json()
    assert [a["friendly_name"] for a in alphas["accounts"]] == ["alpha", "alpha"]
    # The filter is kept in the paging links.
    assert "FriendlyName=alpha" in alphas["uri"]
    none = raw.get(accounts, params={"FriendlyName": "gamma"}).json()
    assert none["accounts"] == [] and none["next_page_uri"] is None
    # Enum filters are checked: an unknown status is a 400, a known one filters.
    assert raw.get(accounts, params={"Status": "sleepy"}).status_code == 400
    closed = raw.get(accounts, params={"Status": "closed"}).json()["accounts"]
    assert closed == []
    # Parameters the description does not list for this list are ignored, as on Twilio.
    queues = raw.get(f"{acct}/Queues.json", params={"FriendlyName": "nothing"})
    assert queues.status_code == 200

    sandbox.seed_number("+14155550130")
    sandbox.seed_number("+14155550131")
    for sender, to in (("+14155550130", "+14155550100"), ("+14155550131", "+14155550101")):
        raw.post(f"{acct}/Messages.json", data={"From": sender, "To": to, "Body": "x"})
    only = raw.get(f"{acct}/Messages.json", params={"To": "+14155550101"}).json()["messages"]
    assert [m["from"] for m in only] == ["+14155550131"]


def test_records_of_other_parents_stay_apart(sandbox: Sandbox, raw: Raw) -> None:
    one = raw.post("/verify/v2/Services", data={"FriendlyName": "one"}).json()["sid"]
    two = raw.post("/verify/v2/Services", data={"FriendlyName": "two"}).json()["sid"]
    made = raw.post(f"/verify/v2/Services/{one}/Entities", data={"Identity": "user-1"}).json()
    assert made["service_sid"] == one
    assert raw.get(f"/verify/v2/Services/{two}/Entities").json()["entities"] == []
    listed = raw.get(f"/verify/v2/Services/{one}/Entities").json()["entities"]
    assert [e["identity"] for e in listed] == ["user-1"]


def test_date_filters_match_days_and_ranges(sandbox: Sandbox, raw: Raw, acct: str) -> None:
    from datetime import timedelta
    from email.utils import parsedate_to_datetime

    sandbox.reset()
    sandbox.seed_number("+14155550132")
    sids = []
    for i in range(3):
        sent = raw.post(
            f"{acct}/Messages.json", data={"From": "+14155550132", "To": "+14155550100", "Body": i}
        ).json()
        sids.append(sent["sid"])
    for sid in sids:
        sandbox.wait_for_event("message.status", sid=sid, status="delivered")
    first = raw.get(f"{acct}/Messages/{sids[0]}.json").json()
    today = parsedate_to_datetime(first["date_sent"]).date()  # the day they were sent, in UTC
    last = raw.get(f"{acct}/Messages/{sids[-1]}.json").json()
    if parsedate_to_datetime(last["date_sent"]).date() != today:
        pytest.skip("the messages were sent across midnight UTC")
    day = timedelta(days=1)

    def listed(**query: str) -> list[str]:
        body = raw.get(f"{acct}/Messages.json", params={**query, "PageSize": "2"}).json()
        found = [m["sid"] for m in body["messages"]]
        while body["next_page_uri"]:
            body = raw.get("/api" + body["next_page_uri"]).json()
            found += [m["sid"] for m in body["messages"]]
        return found

    newest_first = list(reversed(sids))
    assert listed(DateSent=str(today)) == newest_first  # paging still works when filtering
    assert listed(**{"DateSent>": str(today - day)}) == newest_first
    assert listed(**{"DateSent<": str(today + day)}) == newest_first
    assert listed(**{"DateSent<": str(today - day)}) == []
    assert listed(**{"DateSent>": f"{today + day}T00:00:00Z"}) == []
    assert listed(DateSent=str(today - day)) == []
    assert raw.get(f"{acct}/Messages.json", params={"DateSent>": "someday"}).status_code == 400
