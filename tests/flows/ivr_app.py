"""The three-step menu the many-instances test runs on two processes.

Every handler notes that it started (``RPUSH {namespace}:runs:{CallSid} name:pid``) before
it does anything else, so the test can tell a handler that ran twice from one that ran
once; the path the caller took is kept in the call's state.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from callbox.flows import App, Call, Result

NAMESPACE = os.environ.get("FLOWS_TEST_NAMESPACE", "callbox-test")

app = App(connection_overrides="rc=2&rp=ct,rt,5xx", claim_ttl=1.0)
_redis: Any = None


async def started(call: Call, name: str) -> None:
    global _redis
    if _redis is None:
        import redis.asyncio

        _redis = redis.asyncio.Redis.from_url(os.environ["FLOWS_TEST_REDIS"])
    await _redis.rpush(f"{NAMESPACE}:runs:{call.sid}", f"{name}:{os.getpid()}")
    await asyncio.sleep(0.002)  # some real work, so that requests overlap


@app.incoming_call
async def answer(call: Call) -> None:
    await started(call, "answer")
    call.state["path"] = []
    with call.gather(first, num_digits=1, timeout=5) as g:
        g.say("Main menu. Press 1, 2 or 3.")
    call.say("Goodbye.")


def _next(call: Call, result: Result, then: Any, prompt: str) -> None:
    call.state["path"].append(result.digits)
    with call.gather(then, num_digits=1, timeout=5) as g:
        g.say(prompt)
    call.say("Goodbye.")


@app.handler
async def first(call: Call, result: Result) -> None:
    await started(call, "first")
    _next(call, result, second, "Second menu. Press 1, 2 or 3.")


@app.handler
async def second(call: Call, result: Result) -> None:
    await started(call, "second")
    _next(call, result, third, "Third menu. Press 1, 2 or 3.")


@app.handler
async def third(call: Call, result: Result) -> None:
    await started(call, "third")
    call.state["path"].append(result.digits)
    call.say(f"You chose {' '.join(call.state['path'])}. Goodbye.")
    call.hangup()
