"""A delivery Twilio makes twice runs its handler once, and both get the same TwiML,
however many instances share the store and however the two deliveries overlap."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from callbox.flows import App, Call, Result
from callbox.sandbox import Sandbox, press

from .conftest import CALLER, NUMBER, Twilio, call_params

CALL = "CA" + "c" * 32


def counting_app(sandbox: Sandbox, store: str, runs: list[str], **settings: Any) -> App:
    app = App(store=store, client=sandbox.client, **settings)

    @app.incoming_call
    async def answer(call: Call) -> None:
        runs.append(call.sid)
        await asyncio.sleep(0.3)  # long enough for the duplicate to arrive meanwhile
        call.state["visits"] = call.state.get("visits", 0) + 1
        with call.gather(menu, num_digits=1) as g:  # a fresh nonce each time it runs
            g.say("Press 1.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        call.say(f"Visits: {call.state['visits']}.")

    return app


def test_a_repeated_delivery_gets_the_stored_answer(
    sandbox: Sandbox, flow: Any, twilio: Twilio
) -> None:
    runs: list[str] = []
    served = flow(counting_app(sandbox, "memory://", runs), register=None)
    first = twilio.post(served.url + "/voice", call_params(CALL), idempotency="delivery-1")
    second = twilio.post(served.url + "/voice", call_params(CALL), idempotency="delivery-1")
    assert first.status_code == second.status_code == 200
    assert first.text == second.text  # the same continuation token, nonce and all
    assert runs == [CALL]
    other = twilio.post(served.url + "/voice", call_params(CALL), idempotency="delivery-2")
    assert other.text != first.text and runs == [CALL, CALL]


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_concurrent_duplicates_on_two_instances_run_once(
    sandbox: Sandbox, flow: Any, twilio: Twilio, kind: str, request: Any, tmp_path: Any
) -> None:
    store = (
        f"sqlite:///{tmp_path}/flows.db"
        if kind == "sqlite"
        else request.getfixturevalue("redis_url")
    )
    runs: list[str] = []
    one = flow(counting_app(sandbox, store, runs), register=None)
    two = flow(counting_app(sandbox, store, runs), register=None)
    with ThreadPoolExecutor(4) as pool:
        answers = list(
            pool.map(
                lambda base: twilio.post(base + "/voice", call_params(CALL), idempotency="dup"),
                [one.url, two.url, one.url, two.url],
            )
        )
    assert {a.status_code for a in answers} == {200}
    assert len({a.text for a in answers}) == 1
    assert runs == [CALL]


def test_the_sandbox_retry_after_a_lost_answer_runs_nothing_twice(
    sandbox: Sandbox, flow: Any
) -> None:
    """The app answers, but the connection breaks before the answer arrives (a proxy drops
    it): Twilio retries the same delivery and gets the stored answer."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from callbox.sandbox.behaviours._serve import serve

    runs: list[str] = []
    app = counting_app(sandbox, "memory://", runs, connection_overrides="rc=2&rp=ct,rt,5xx")
    served_app = flow(app, register=None)
    dropped = threading.Event()

    async def proxy(request: Request) -> Response:
        import httpx

        async with httpx.AsyncClient(trust_env=False) as http:
            upstream = await http.post(
                served_app.url
                + request.url.path
                + ("?" + request.url.query if request.url.query else ""),
                content=await request.body(),
                headers={k: v for k, v in request.headers.items() if k != "host"}
                | {"host": request.headers["host"]},
            )
        if not dropped.is_set() and "Press 1." in upstream.text:
            dropped.set()
            return Response("bad gateway", status_code=502)  # the answer is lost on the way
        return Response(upstream.content, upstream.status_code, media_type="text/xml")

    front = serve(Starlette(routes=[Route("/{path:path}", proxy, methods=["POST"])]))
    try:
        app.public_url = front.url
        app.register(NUMBER)
        t = sandbox.phone(CALLER).call(NUMBER, script=[press("1")])
    finally:
        front.stop()
    assert dropped.is_set()
    voice = [w for w in t.webhooks if w.get("purpose") == "voice_url"]
    assert len(voice) == 1 and voice[0]["status_code"] == 200  # one delivery, two attempts
    assert t.said.splitlines() == ["Press 1.", "Visits: 1."]
    assert len(runs) == 1


def starved_app(sandbox: Sandbox, store: str, runs: list[str]) -> App:
    """An app whose first handler blocks its event loop for longer than the claim's lease,
    as a starved instance does: the lease lapses unrenewed before the commit."""
    app = App(store=store, client=sandbox.client, claim_ttl=0.2)

    @app.incoming_call
    async def answer(call: Call) -> None:
        runs.append("answer")
        time.sleep(0.5)  # blocking on purpose: nothing on this loop runs meanwhile
        call.state["path"] = []
        with call.gather(menu, num_digits=1) as g:
            g.say("Press a key.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        runs.append("menu")
        call.state["path"].append(result.digits)
        call.say(f"Path {' '.join(call.state['path'])}.")

    return app


def test_a_handler_that_outlives_its_lease_still_commits_its_state(
    sandbox: Sandbox, flow: Any, store_url: str
) -> None:
    """Nobody took the lapsed delivery over, so the instance claims it again and commits:
    the caller's next step sees the state (it got ``KeyError: 'path'`` when the changes
    were dropped)."""
    runs: list[str] = []
    flow(starved_app(sandbox, store_url, runs))
    t = sandbox.phone(CALLER).call(NUMBER, script=[press("7")])
    assert t.said.splitlines() == ["Press a key.", "Path 7."], t
    assert runs == ["answer", "menu"]


def test_the_answer_of_a_handler_that_outlived_its_lease_is_kept(
    sandbox: Sandbox, flow: Any, twilio: Twilio, store_url: str
) -> None:
    """A duplicate of that delivery gets the committed answer and runs nothing."""
    runs: list[str] = []
    served = flow(starved_app(sandbox, store_url, runs), register=None)
    first = twilio.post(served.url + "/voice", call_params(CALL), idempotency="late")
    time.sleep(0.3)  # longer than the lease: a claim left behind would have lapsed too
    second = twilio.post(served.url + "/voice", call_params(CALL), idempotency="late")
    assert first.status_code == second.status_code == 200
    assert "Press a key." in first.text and second.text == first.text
    assert runs == ["answer"]
