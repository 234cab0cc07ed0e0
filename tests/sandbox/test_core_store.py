"""The store answers a filtered page the same whatever plan it picks, and its commits and
caches never show a reader something that was not written."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callbox.sandbox import _store
from callbox.sandbox._store import GROUPED, Store

Q = "api.v2010.accounts.messages"
SCOPE = "AC" + "1" * 32

_record = st.fixed_dictionaries(
    {
        "to": st.sampled_from(["+1", "+2", "+3"]),
        "status": st.sampled_from(["queued", "delivered", None]),
        "day": st.integers(1, 9),
    }
)


def _stored(rows: list[dict[str, Any]]) -> Store:
    store = Store()
    store.index_dates(lambda qname: ("date_sent",))
    for i, row in enumerate(rows):
        store.put(
            Q,
            {
                "sid": f"SM{i:032x}",
                "account_sid": SCOPE,
                "to": row["to"],
                "status": row["status"],
                "date_sent": f"2026-12-0{row['day']}T12:00:00Z",
            },
        )
    return store


@pytest.mark.parametrize(("sparse", "window"), [(1000, 2000), (2, 3), (1, 1)])
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    rows=st.lists(_record, max_size=40),
    to=st.sampled_from([None, "+1", "+2"]),
    status=st.sampled_from([None, "delivered", "queued"]),
    low=st.sampled_from([None, 2, 5]),
    high=st.sampled_from([None, 4, 8]),
    limit=st.integers(1, 6),
    offset=st.integers(0, 3),
    newest_first=st.booleans(),
)
def test_every_plan_returns_what_a_plain_scan_would(
    monkeypatch: pytest.MonkeyPatch,
    sparse: int,
    window: int,
    rows: list[dict[str, Any]],
    to: str | None,
    status: str | None,
    low: int | None,
    high: int | None,
    limit: int,
    offset: int,
    newest_first: bool,
) -> None:
    """Small thresholds force the driven, windowed and fallback plans onto tiny tables."""
    monkeypatch.setattr(_store, "_SPARSE", sparse)
    monkeypatch.setattr(_store, "_WINDOW", window)
    store = _stored(rows)
    filters = {k: v for k, v in (("to", to), ("status", status)) if v is not None}
    day = 86400.0
    start = _store.epoch("2026-12-01T00:00:00Z") or 0.0
    ranges = []
    if low is not None or high is not None:
        ranges.append(
            (
                "date_sent",
                None if low is None else start + (low - 1) * day,
                None if high is None else start + (high - 1) * day,
            )
        )
    got, _ = store.page(
        Q,
        scope=SCOPE,
        parent=SCOPE,
        filters=filters,
        ranges=ranges,
        limit=limit,
        offset=offset,
        newest_first=newest_first,
    )
    expected = [
        f"SM{i:032x}"
        for i, row in enumerate(rows)
        if all(row[k] == v for k, v in filters.items())
        and (low is None or row["day"] >= low)
        and (high is None or row["day"] < high)
    ]
    if newest_first:
        expected.reverse()
    assert [r["sid"] for r in got] == expected[offset : offset + limit]


def test_a_cached_read_is_a_fresh_copy_and_follows_every_write() -> None:
    store = Store()
    store.put(Q, {"sid": "SM1", "account_sid": SCOPE, "status": "queued", "tags": ["a"]})
    first = store.get(Q, "SM1")
    assert first is not None
    first["tags"].append("mutated by a caller")

    def sm1() -> dict[str, Any]:
        record = store.get(Q, "SM1")
        assert record is not None
        return record

    assert sm1()["tags"] == ["a"]
    assert store.get(Q, "SM2") is None  # a miss is cached too...
    store.put(Q, {"sid": "SM2", "account_sid": SCOPE, "status": "queued"})
    assert store.get(Q, "SM2") is not None  # ...and forgotten by the write
    store.update_fields(Q, "SM1", SCOPE, {"status": "sent"})
    assert sm1()["status"] == "sent"
    store.update_many(Q, [("SM1", SCOPE, {"status": "delivered"})])
    assert sm1()["status"] == "delivered"
    store.delete(Q, "SM1")
    assert store.get(Q, "SM1") is None
    store.clear()
    assert store.get(Q, "SM2") is None


def test_grouped_writes_commit_together_and_are_durable_when_awaited(tmp_path: Any) -> None:
    path = str(tmp_path / "group.db")
    store = Store(path)

    async def handler(n: int) -> None:
        token = GROUPED.set(True)
        try:
            store.put(Q, {"sid": f"SM{n}", "account_sid": SCOPE})
        finally:
            GROUPED.reset(token)
        await store.durable()
        # What a handler awaited is visible to another connection: it is committed.
        other = Store(path)
        try:
            assert other.get(Q, f"SM{n}") is not None
        finally:
            other.close()

    async def main() -> None:
        store.group_commits(asyncio.get_running_loop())
        await asyncio.gather(*(handler(n) for n in range(20)))
        store.group_commits(None)

    asyncio.run(main())
    assert len(store.find(Q)) == 20
    store.close()


def test_an_ungrouped_write_commits_at_once_even_inside_a_group(tmp_path: Any) -> None:
    path = str(tmp_path / "mixed.db")
    store = Store(path)

    async def main() -> None:
        store.group_commits(asyncio.get_running_loop())
        token = GROUPED.set(True)
        store.put(Q, {"sid": "SM1", "account_sid": SCOPE})
        GROUPED.reset(token)
        store.put(Q, {"sid": "SM2", "account_sid": SCOPE})  # a background task's write
        other = Store(path)
        assert other.get(Q, "SM1") is not None and other.get(Q, "SM2") is not None
        other.close()
        await store.durable()
        store.group_commits(None)

    asyncio.run(main())
    store.close()
