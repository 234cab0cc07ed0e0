"""The store contract, for memory, SQLite and Redis alike (real SQLite files, real Redis)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from callbox.flows import MemoryStore, RedisStore, SQLiteStore, Store, open_store


@pytest.fixture
async def store(store_url: str) -> Any:
    found = open_store(store_url)
    await found.open()
    yield found
    await found.close()


async def test_a_claimed_delivery_is_busy_then_done_with_its_answer(store: Store) -> None:
    first = await store.begin("tok-1", "owner-a", 5.0, "CA1")
    assert first.status == "run" and first.state == {}
    assert (await store.begin("tok-1", "owner-b", 5.0, "CA1")).status == "busy"
    assert await store.commit("tok-1", "owner-a", "<Response/>", 60, "CA1", {"k": '"v"'}, 60)
    again = await store.begin("tok-1", "owner-b", 5.0, "CA1")
    assert (again.status, again.answer) == ("done", "<Response/>")
    assert (await store.begin("tok-2", "owner-b", 5.0, "CA1")).state == {"k": '"v"'}


async def test_only_the_claim_holder_commits(store: Store) -> None:
    await store.begin("tok", "owner-a", 5.0, "CA1")
    assert not await store.commit("tok", "owner-b", "theirs", 60, "CA1", {"x": "1"}, 60)
    assert await store.load("CA1") == {}
    assert await store.commit("tok", "owner-a", "mine", 60, "CA1", {"x": "1"}, 60)
    assert not await store.commit("tok", "owner-a", "twice", 60, "CA1", {"x": "2"}, 60)
    assert (await store.begin("tok", "owner-c", 5.0, None)).answer == "mine"
    assert await store.load("CA1") == {"x": "1"}


async def test_a_dead_owner_s_claim_is_taken_over_after_its_lease(store: Store) -> None:
    assert (await store.begin("tok", "dead", 0.2, "CA1")).status == "run"
    assert (await store.begin("tok", "alive", 0.2, "CA1")).status == "busy"
    await asyncio.sleep(0.3)
    assert (await store.begin("tok", "alive", 5.0, "CA1")).status == "run"
    assert not await store.commit("tok", "dead", "late", 60, "CA1", {"x": "1"}, 60)
    assert await store.commit("tok", "alive", "ok", 60, "CA1", {}, 60)


async def test_a_lapsed_claim_commits_nothing_even_when_nobody_took_it_over(
    store: Store,
) -> None:
    """Redis cannot tell a lapsed claim from none, so no store commits on one: the
    dispatcher then has one rule to follow (claim again, then commit), whatever the store."""
    assert (await store.begin("tok", "slow", 0.2, "CA1")).status == "run"
    await asyncio.sleep(0.3)
    assert not await store.commit("tok", "slow", "late", 60, "CA1", {"x": "1"}, 60)
    assert await store.load("CA1") == {}
    assert not await store.renew("tok", "slow", 0.2)
    assert (await store.begin("tok", "slow", 5.0, "CA1")).status == "run"
    assert await store.commit("tok", "slow", "late", 60, "CA1", {"x": "1"}, 60)
    assert (await store.begin("tok", "other", 5.0, "CA1")).answer == "late"
    assert await store.load("CA1") == {"x": "1"}


async def test_renewing_keeps_a_claim_alive(store: Store) -> None:
    await store.begin("tok", "owner", 0.3, None)
    for _ in range(3):
        await asyncio.sleep(0.15)
        assert await store.renew("tok", "owner", 0.3)
    assert (await store.begin("tok", "other", 0.3, None)).status == "busy"
    assert not await store.renew("tok", "other", 0.3)


async def test_state_changes_merge_field_by_field(store: Store) -> None:
    await store.save("CA1", {"a": "1", "b": "2"}, 60)
    # Two handlers read the same state and change different fields: both changes stay.
    await store.begin("t1", "one", 5, "CA1")
    await store.begin("t2", "two", 5, "CA1")
    await store.commit("t1", "one", "", 60, "CA1", {"a": "10"}, 60)
    await store.commit("t2", "two", "", 60, "CA1", {"b": None, "c": "3"}, 60)
    assert await store.load("CA1") == {"a": "10", "c": "3"}
    await store.drop("CA1")
    assert await store.load("CA1") == {}


async def test_answers_and_state_expire(store: Store) -> None:
    await store.begin("tok", "owner", 5, "CA1")
    await store.commit("tok", "owner", "answer", 0.2, "CA1", {"a": "1"}, 0.2)
    await asyncio.sleep(1.1 if isinstance(store, RedisStore) else 0.3)  # Redis: whole seconds
    assert (await store.begin("tok", "other", 5, "CA1")).status == "run"
    assert await store.load("CA1") == {}


async def test_a_pending_call_binds_once_and_brings_its_state(store: Store) -> None:
    await store.save("FPx", {"name": '"Ada"'}, 60)
    assert await store.bind("FPx", "CA1", 60) == "CA1"
    assert await store.bind("FPx", "CA2", 60) == "CA1"
    assert await store.load("CA1") == {"name": '"Ada"'}
    assert await store.load("CA2") == {}


async def test_many_concurrent_claims_of_one_token_let_exactly_one_run(store: Store) -> None:
    results = await asyncio.gather(
        *(store.begin("hot", f"owner-{i}", 5.0, None) for i in range(20))
    )
    assert sorted(r.status for r in results).count("run") == 1


def test_urls_name_the_store() -> None:
    assert isinstance(open_store("memory://"), MemoryStore)
    absolute, relative = open_store("sqlite:////tmp/x.db"), open_store("sqlite:///rel.db")
    assert isinstance(absolute, SQLiteStore) and absolute.path == "/tmp/x.db"
    assert isinstance(relative, SQLiteStore) and relative.path == "rel.db"
    found = open_store("redis://:secret@127.0.0.1:6379/2?namespace=shop")
    assert isinstance(found, RedisStore) and found.namespace == "shop"
    assert "secret" not in repr(found) and "namespace" not in found.url
    store = SQLiteStore("x.db")
    assert open_store(store) is store
    for bad in ("postgres://db", "sqlite://", "nothing"):
        with pytest.raises(ValueError, match="store"):
            open_store(bad)


async def test_a_burst_beyond_the_redis_pool_waits_for_connections(redis_url: str) -> None:
    store = RedisStore(redis_url, max_connections=2)
    try:
        begun = await asyncio.gather(*(store.begin(f"t{i}", "o", 5, "CA1") for i in range(100)))
        assert [b.status for b in begun] == ["run"] * 100
    finally:
        await store.close()
