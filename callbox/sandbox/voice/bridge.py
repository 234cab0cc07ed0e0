"""Bridging two answered legs, and how a ``<Dial>`` ended.

:func:`bridge` connects two legs so that what each far end says reaches the other, until
one of them ends (or the Dial's ``timeLimit``, or ``*`` with ``hangupOnStar``).
:class:`DialResult` is what a Dial's ``action`` URL is told: ``DialCallStatus``,
``DialCallSid``, ``DialCallDuration``, ``DialBridged`` and any extra parameters (the
recording, the queue).
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

from .clock import whole_seconds
from .legs import Leg

__all__ = ["DialResult", "bridge"]


@dataclass
class DialResult:
    """How a Dial ended, as its action URL is told."""

    status: str
    child: Leg | None = None
    bridged: bool = False
    duration: int | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)

    def params(self) -> list[tuple[str, str]]:
        pairs = [("DialCallStatus", self.status)]
        if self.child is not None:
            pairs.append(("DialCallSid", self.child.sid))
            if self.duration is not None:
                pairs.append(("DialCallDuration", str(self.duration)))
        pairs.append(("DialBridged", "true" if self.bridged else "false"))
        return [*pairs, *self.extra]


async def bridge(
    a: Leg,
    b: Leg,
    *,
    time_limit: float = 14400,
    hangup_on_star: bool = False,
    end_b: bool = True,
) -> int:
    """Connect two answered legs until either ends; returns the seconds they were connected.

    What ``a``'s far end says reaches ``b``'s and the other way round.  With
    ``hangup_on_star``, ``*`` from ``a``'s far end hangs ``b`` up and ``a`` goes on.
    ``end_b``: hang ``b`` up when the bridge ends (a dialed party; not a dequeued caller,
    whose own TwiML goes on).
    """
    started = a.clock.now()
    a.partner, b.partner = b, a
    a.hangup_on_star = hangup_on_star
    a.log("note", text=f"bridged with {b.sid}")
    b.log("note", text=f"bridged with {a.sid}")
    a.invite("bridge")
    b.invite("bridge")
    limit = asyncio.ensure_future(a.pause(time_limit))
    try:
        await asyncio.wait({a.ending, b.ending, limit}, return_when=asyncio.FIRST_COMPLETED)
        if limit.done() and not b.ending.done():
            b.log("note", text=f"the dial reached its time limit of {time_limit:g} s")
            b.hang_up("time-limit")
    finally:
        limit.cancel()
        a.hangup_on_star = False
        a.unbridge()
        a.close_chance()
        b.close_chance()
    seconds = whole_seconds(a.clock.now() - started)
    if end_b:
        if not b.ending.done():
            b.hang_up("bridge-ended")
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.shield(b.done)
    return seconds
