"""Date and field filters answer as Twilio's do, through callbox and the official package."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from callbox.sandbox import Sandbox
from callbox.sandbox._records import default_record, resource_by_name
from callbox.sandbox.behaviours._common import rfc2822

MESSAGES = "api.v2010.accounts.messages"
CALLS = "api.v2010.accounts.calls"


def _history(sb: Sandbox, qname: str, rows: list[dict[str, Any]]) -> list[str]:
    """Messages or calls as if sent over several days (written straight to the store)."""
    res = resource_by_name(qname)
    sids = []
    for fields in rows:
        record = default_record(sb.state, res, sb.account_sid, {"AccountSid": sb.account_sid}, {})
        record.update(fields)
        sb.state.store.put(qname, record)
        sids.append(record["sid"])
    return sids


def _day(y: int, m: int, d: int, h: int = 12) -> str:
    return rfc2822(datetime(y, m, d, h, tzinfo=timezone.utc))


@pytest.fixture
def history(sandbox: Sandbox) -> dict[str, str]:
    sandbox.reset()
    rows = [
        {"date_sent": _day(2026, 11, 30, 23), "to": "+14155550100", "status": "delivered"},
        {"date_sent": _day(2026, 12, 1, 0), "to": "+14155550100", "status": "delivered"},
        {"date_sent": _day(2026, 12, 1, 18), "to": "+14155550199", "status": "delivered"},
        {"date_sent": _day(2026, 12, 2, 9), "to": "+14155550100", "status": "delivered"},
    ]
    sids = _history(sandbox, MESSAGES, rows)
    return dict(zip(("nov30", "dec1_early", "dec1_late", "dec2"), sids, strict=True))


def test_a_datetime_from_the_official_library_names_its_day(
    sandbox: Sandbox, history: dict[str, str]
) -> None:
    from twilio.rest import Client as TwilioClient

    from .test_core_twilio_official import SandboxHttpClient

    official = TwilioClient(
        sandbox.account_sid, sandbox.auth_token, http_client=SandboxHttpClient(sandbox.base_url)
    )
    found = {m.sid for m in official.messages.list(date_sent=datetime(2026, 12, 1))}
    assert found == {history["dec1_early"], history["dec1_late"]}
    after = {m.sid for m in official.messages.list(date_sent_after=datetime(2026, 12, 1))}
    assert after == {history["dec1_early"], history["dec1_late"], history["dec2"]}
    before = {m.sid for m in official.messages.list(date_sent_before=datetime(2026, 12, 1))}
    assert before == {history["nov30"], history["dec1_early"], history["dec1_late"]}


def test_day_forms_and_fields_combine(sandbox: Sandbox, history: dict[str, str]) -> None:
    auth = (sandbox.account_sid, sandbox.auth_token)
    path = f"/api/2010-04-01/Accounts/{sandbox.account_sid}/Messages.json"
    with httpx.Client(base_url=sandbox.base_url, auth=auth) as http:

        def sids(**query: str) -> set[str]:
            page = http.get(path, params=query).json()
            return {m["sid"] for m in page["messages"]}

        assert sids(DateSent="2026-12-01") == {history["dec1_early"], history["dec1_late"]}
        assert sids(**{"DateSent>": "2026-12-01", "To": "+14155550100"}) == {
            history["dec1_early"],
            history["dec2"],
        }
        assert sids(**{"DateSent<": "2026-11-30"}) == {history["nov30"]}
        bad = http.get(path, params={"DateSent": "yesterday"})
        assert bad.status_code == 400 and bad.json()["code"] == 20001


def test_calls_filter_by_start_and_end_day(sandbox: Sandbox) -> None:
    sandbox.reset()
    early, late = _history(
        sandbox,
        CALLS,
        [
            {"start_time": _day(2026, 12, 1, 1), "end_time": _day(2026, 12, 1, 2)},
            {"start_time": _day(2026, 12, 1, 23), "end_time": _day(2026, 12, 2, 0)},
        ],
    )
    calls = sandbox.client.calls
    assert {c.sid for c in calls.list(start_time="2026-12-01")} == {early, late}
    assert {c.sid for c in calls.list(end_time="2026-12-02")} == {late}
    assert {c.sid for c in calls.list(end_time_before="2026-12-01")} == {early}
