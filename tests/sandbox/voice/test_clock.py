"""The clock calls run on: virtual time skips idle waits, real work and live people hold it."""

from __future__ import annotations

import asyncio
import time

import pytest

from callbox.sandbox.voice.clock import HOLD_SETTLE, Clock


async def test_an_idle_wait_is_skipped_but_counted() -> None:
    clock = Clock()
    start, wall = clock.now(), time.monotonic()
    await clock.sleep(3600)
    assert clock.now() - start == pytest.approx(3600, abs=0.5)
    assert time.monotonic() - wall < 0.5
    clock.close()


async def test_waits_end_in_order_of_their_time() -> None:
    clock = Clock()
    start = clock.now()
    woke: list[tuple[str, float]] = []

    async def nap(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append((name, round(clock.now() - start)))

    await asyncio.gather(nap("long", 30), nap("short", 5), nap("middle", 12))
    assert woke == [("short", 5), ("middle", 12), ("long", 30)]
    clock.close()


async def test_real_work_holds_virtual_time() -> None:
    clock = Clock()
    start = clock.now()
    order: list[str] = []

    async def webhook() -> None:
        with clock.busy():
            await asyncio.sleep(0.2)  # a request in flight, in real time
            order.append("answered")

    async def timer() -> None:
        await clock.sleep(60)
        order.append("timer")

    await asyncio.gather(webhook(), timer())
    assert order == ["answered", "timer"]
    assert clock.now() - start == pytest.approx(60, abs=0.5)
    clock.close()


async def test_a_hold_wait_is_skipped_only_after_the_sandbox_stays_idle() -> None:
    clock = Clock()
    wall = time.monotonic()
    await clock.sleep(300, hold=True)
    assert time.monotonic() - wall >= HOLD_SETTLE * 0.9
    clock.close()


async def test_a_live_wait_passes_in_real_time() -> None:
    clock = Clock()
    wall = time.monotonic()
    await clock.sleep(0.15, live=True)
    assert time.monotonic() - wall >= 0.14
    clock.close()


async def test_the_real_clock_waits_it_out() -> None:
    clock = Clock(virtual=False)
    wall = time.monotonic()
    await clock.sleep(0.1)
    assert time.monotonic() - wall >= 0.09
    assert clock.skipped == 0
    clock.close()


async def test_the_mode_is_read_at_each_wait() -> None:
    mode = {"virtual": False}
    clock = Clock(virtual=lambda: mode["virtual"])
    mode["virtual"] = True
    wall = time.monotonic()
    await clock.sleep(120)
    assert time.monotonic() - wall < 0.5
    clock.close()


async def test_wait_for_gives_the_result_or_times_out() -> None:
    clock = Clock()

    async def quick() -> str:
        await clock.sleep(1)
        return "done"

    async def slow() -> str:
        await clock.sleep(100)
        return "late"

    assert await clock.wait_for(quick(), 10) == (True, "done")
    start = clock.now()
    assert await clock.wait_for(slow(), 10) == (False, None)
    assert clock.now() - start == pytest.approx(10, abs=0.5)
    clock.close()


async def test_a_cancelled_wait_leaves_no_timer_behind() -> None:
    clock = Clock()
    task = asyncio.ensure_future(clock.sleep(50))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    start = clock.now()
    await clock.sleep(1)
    assert clock.now() - start == pytest.approx(1, abs=0.5)  # not 50: that timer is gone
    clock.close()


async def test_time_stands_still_while_a_webhook_is_in_flight() -> None:
    clock = Clock()
    start = clock.now()
    with clock.busy():
        await asyncio.sleep(0.2)  # the app takes its time answering
        assert clock.now() - start < 0.05
    assert clock.now() - start < 0.05  # ...and none of it shows on the call
    clock.close()
