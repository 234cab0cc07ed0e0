"""The clock calls run on: real time, or virtual time that skips ahead whenever nothing happens.

Rings, pauses, spoken prompts and Gather timeouts take realistic seconds on a phone line.
In real time the sandbox waits them out.  In virtual time (the default of ``Sandbox()`` and
of tests) a wait registers a timer instead, and when every call is idle (no webhook in
flight, nothing runnable on the event loop) the clock jumps straight to the earliest timer:
a three-minute IVR runs in milliseconds, yet reports three minutes.

The clock is one timeline for the whole sandbox, so calls that meet (a Dial, a conference,
a queue) see the same time.  ``now()`` is wall time plus everything skipped so far, so it
never runs backwards and never falls behind the wall clock.

Three kinds of wait stay outside the jumps:

* ``busy()`` marks real work (a webhook request): no jump while any is open;
* ``hold=True`` marks a wait that only something outside the sandbox ends (a caller on
  hold music until a test dequeues it): it is jumped only after the sandbox has been idle
  for a short real moment, so a test that acts promptly finds the caller still waiting;
* ``live=True`` marks a wait for a person at a live handle (a test's ``wait=False`` call,
  the browser console): it passes in real time, since a human is on the line.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import math
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, Final, TypeVar

__all__ = ["HOLD_SETTLE", "JUMP_WINDOW", "Clock", "whole_seconds"]

T = TypeVar("T")

#: Real seconds the sandbox must stay idle before a hold wait is skipped in virtual time.
HOLD_SETTLE: Final = 0.05

#: Event-loop turns to wait for runnable work to settle before jumping.
_SETTLE_TURNS: Final = 50

#: A jump wakes every timer due within this many virtual seconds of the first: calls that
#: wait alike (fifty callers in the same menu) go on together instead of one jump each.
JUMP_WINDOW: Final = 0.05


#: What the sandbox's own work (between two waits) may add to a duration without showing.
_SLACK: Final = 0.05


def whole_seconds(length: float) -> int:
    """A duration as Twilio reports it: whole seconds, rounded up; anything that lasted at
    all is at least 1.  The few milliseconds the sandbox itself spends between two waits
    (virtual time stands still only while a webhook is in flight) never add a second."""
    if length <= 0:
        return 0
    return max(1, math.ceil(length - _SLACK))


class _Timer:
    __slots__ = ("future", "hold", "when")

    def __init__(self, when: float, future: asyncio.Future[None], hold: bool) -> None:
        self.when = when
        self.future = future
        self.hold = hold


class Clock:
    """One timeline for every call of a sandbox: ``virtual`` skips idle waits."""

    def __init__(self, virtual: bool | Callable[[], bool] = True) -> None:
        self._virtual = virtual
        self._offset = 0.0
        self._frozen: float | None = None  # the wall time virtual time stopped at
        self._heap: list[tuple[float, int, _Timer]] = []
        self._seq = itertools.count()
        self._busy = 0
        self._version = 0
        self._kick: asyncio.Event | None = None
        self._driver: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------ reading

    @property
    def virtual(self) -> bool:
        """Whether idle waits are skipped (read at each wait: the setting may change)."""
        return self._virtual() if callable(self._virtual) else self._virtual

    def now(self) -> float:
        """Seconds since the epoch on this clock (wall time plus what was skipped).

        In virtual time the clock stands still while a webhook is in flight, so the app's
        response time never shows in a call's durations.
        """
        if self._frozen is not None:
            return self._frozen + self._offset
        return time.time() + self._offset

    @property
    def skipped(self) -> float:
        """Seconds jumped over so far."""
        return self._offset

    def reset(self) -> None:
        """Forget skipped time (a sandbox reset: no call is left that could see it run back)."""
        self._offset = 0.0

    # ------------------------------------------------------------ waiting

    async def sleep(self, seconds: float, *, hold: bool = False, live: bool = False) -> None:
        """Let ``seconds`` pass on this clock (see the module docs for ``hold`` and ``live``)."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        if live and self.virtual:
            await asyncio.sleep(seconds)
            return
        # Real time goes through a timer too, so switching the clock mid-wait applies to it.
        await self._timer(seconds, hold)

    def _timer_future(self, seconds: float, hold: bool) -> asyncio.Future[None]:
        """A future the driver resolves once ``seconds`` have passed on this clock."""
        loop = self._ensure_driver()
        future: asyncio.Future[None] = loop.create_future()
        timer = _Timer(self.now() + seconds, future, hold)
        heapq.heappush(self._heap, (timer.when, next(self._seq), timer))
        future.add_done_callback(self._dropped)
        self._changed()
        return future

    def _dropped(self, future: asyncio.Future[None]) -> None:
        if future.cancelled():
            self._changed()

    async def _timer(self, seconds: float, hold: bool) -> None:
        future = self._timer_future(seconds, hold)
        try:
            await future
        finally:
            if not future.done():
                future.cancel()

    async def wait_for(
        self,
        awaitable: Awaitable[T],
        seconds: float | None,
        *,
        hold: bool = False,
        live: bool = False,
    ) -> tuple[bool, T | None]:
        """``(True, result)`` if ``awaitable`` finishes within ``seconds`` on this clock, else
        ``(False, None)`` (the awaitable is then cancelled). ``None`` waits without limit."""
        task: asyncio.Future[T] = asyncio.ensure_future(awaitable)
        if seconds is None:
            return True, await task
        if task.done():
            return True, task.result()
        if seconds <= 0:
            await asyncio.sleep(0)
            if task.done():
                return True, task.result()
            timer: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            timer.set_result(None)
        elif live and self.virtual:
            timer = asyncio.ensure_future(asyncio.sleep(seconds))
        else:
            timer = self._timer_future(seconds, hold)
        try:
            both: list[asyncio.Future[Any]] = [task, timer]
            await asyncio.wait(both, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:
            task.cancel()
            timer.cancel()
            raise
        if task.done():
            timer.cancel()
            return True, task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return False, None

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """Mark real work in progress (a webhook request): virtual time stands still."""
        if self._busy == 0 and self.virtual:
            self._frozen = time.time()
        self._busy += 1
        self._changed()
        try:
            yield
        finally:
            self._busy -= 1
            if self._busy == 0 and self._frozen is not None:
                # The time the work took is taken back: it never passed on this clock.
                self._offset -= time.time() - self._frozen
                self._frozen = None
            self._changed()

    # ------------------------------------------------------------ driving

    def _changed(self) -> None:
        self._version += 1
        if self._kick is not None:
            self._kick.set()

    def _ensure_driver(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if self._driver is None or self._driver.done() or self._loop is not loop:
            self._loop = loop
            self._kick = asyncio.Event()
            self._driver = loop.create_task(self._drive(), name="callbox-clock")
        return loop

    def _earliest(self) -> _Timer | None:
        heap = self._heap
        while heap and heap[0][2].future.done():
            heapq.heappop(heap)
        return heap[0][2] if heap else None

    def _fire_due(self, window: float = 0.0) -> None:
        now = self.now() + window
        heap = self._heap
        while heap and heap[0][0] <= now:
            timer = heapq.heappop(heap)[2]
            if not timer.future.done():
                timer.future.set_result(None)

    async def _settled(self) -> bool:
        """Whether nothing changes over a few turns of the event loop (no runnable work)."""
        loop = asyncio.get_running_loop()
        version = self._version
        ready = getattr(loop, "_ready", None)
        for _ in range(_SETTLE_TURNS):
            await asyncio.sleep(0)
            if self._version != version or self._busy:
                return False
            if ready is not None and len(ready) == 0:
                break
        return self._version == version and not self._busy

    async def _drive(self) -> None:
        kick = self._kick
        assert kick is not None
        while True:
            kick.clear()
            timer = self._earliest()
            if timer is None:
                await kick.wait()
                continue
            delay = timer.when - self.now()
            if delay <= 0:
                self._fire_due()
                continue
            if self.virtual and not self._busy:
                if timer.hold and await self._wait_kick(kick, HOLD_SETTLE):
                    continue
                if await self._settled():
                    earliest = self._earliest()
                    if earliest is timer:
                        self._offset += max(0.0, timer.when - self.now())
                        self._fire_due(JUMP_WINDOW)
                continue
            await self._wait_kick(kick, delay)

    @staticmethod
    async def _wait_kick(kick: asyncio.Event, seconds: float) -> bool:
        """Wait up to ``seconds`` of real time for a change; True if one came."""
        try:
            await asyncio.wait_for(kick.wait(), seconds)
        except asyncio.TimeoutError:
            return False
        return True

    def close(self) -> None:
        """Stop the driver (server shutdown); pending sleeps are cancelled."""
        if self._driver is not None:
            self._driver.cancel()
            self._driver = None
        for _, _, timer in self._heap:
            if not timer.future.done():
                timer.future.cancel()
        self._heap.clear()
