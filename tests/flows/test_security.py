"""Who may run what: Twilio's signature on every request, and continuation tokens that
bind a handler to one call.  Requests here are made by hand, signed as Twilio signs."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from callbox.flows import App, Call, Result
from callbox.sandbox import Sandbox

from .conftest import Twilio, call_params

CALL_A = "CA" + "a" * 32
CALL_B = "CA" + "b" * 32


def menu_app(sandbox: Sandbox, runs: list[str], **settings: Any) -> App:
    app = App(client=sandbox.client, **settings)

    @app.incoming_call
    async def answer(call: Call) -> None:
        call.state["owner"] = call.sid
        with call.gather(menu, num_digits=1) as g:
            g.say("Press 1.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        runs.append(f"menu {call.sid} {call.state.get('owner')}")
        call.say("Your balance is 42 dollars.")

    @app.handler
    async def admin(call: Call, result: Result) -> None:
        runs.append("admin")
        call.say("Admin menu.")

    return app


def action_of(twiml: str) -> str:
    found = re.search(r'action="([^"]+)"', twiml)
    assert found, twiml
    return found.group(1).replace("&amp;", "&")


def test_unsigned_or_badly_signed_requests_are_refused(
    sandbox: Sandbox, flow: Any, twilio: Twilio, caplog: pytest.LogCaptureFixture
) -> None:
    runs: list[str] = []
    app = menu_app(sandbox, runs)
    served = flow(app, register=None)
    with caplog.at_level(logging.WARNING, logger="callbox.webhooks"):
        unsigned = twilio.post(served.url + "/voice", call_params(CALL_A), signed=False)
        forged = twilio.http.post(
            served.url + "/voice",
            data=call_params(CALL_A),
            headers={"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"},
        )
    assert unsigned.status_code == forged.status_code == 403
    assert "signature" in unsigned.text
    assert "Rejected webhook POST" in caplog.text
    assert twilio.post(served.url + "/voice", call_params(CALL_A)).status_code == 200
    assert twilio.post(served.url + "/nowhere", call_params(CALL_A)).status_code == 404


def test_a_continuation_url_only_works_for_its_own_call(
    sandbox: Sandbox, flow: Any, twilio: Twilio
) -> None:
    runs: list[str] = []
    app = menu_app(sandbox, runs)
    served = flow(app, register=None)
    url_a = action_of(twilio.post(served.url + "/voice", call_params(CALL_A)).text)
    twilio.post(served.url + "/voice", call_params(CALL_B))

    # Call B's request carrying call A's continuation: refused, A's state untouched.
    stolen = twilio.post(url_a, call_params(CALL_B, Digits="1"))
    assert stolen.status_code == 403 and "another call" in stolen.text
    assert runs == []
    # Call A's own request runs the menu with A's state.
    own = twilio.post(url_a, call_params(CALL_A, Digits="1"))
    assert own.status_code == 200 and "balance" in own.text
    assert runs == [f"menu {CALL_A} {CALL_A}"]


def test_a_token_edited_to_name_another_handler_is_refused(
    sandbox: Sandbox, flow: Any, twilio: Twilio
) -> None:
    import base64
    import json

    runs: list[str] = []
    app = menu_app(sandbox, runs)
    served = flow(app, register=None)
    url = action_of(twilio.post(served.url + "/voice", call_params(CALL_A)).text)
    base, _, token = url.partition("?t=")
    body, _, tag = token.partition(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert payload[2] == "menu"
    payload[2] = "admin"
    edited = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    for forged in (f"{edited}.{tag}", f"{body}.{tag[:-2]}AA", body, "", "x" * 3000):
        answer = twilio.post(f"{base}?t={forged}", call_params(CALL_A, Digits="1"))
        assert answer.status_code == 403, forged
    assert runs == []


def test_the_development_switch_lets_unsigned_requests_in_loudly(
    sandbox: Sandbox, flow: Any, twilio: Twilio, caplog: pytest.LogCaptureFixture
) -> None:
    runs: list[str] = []
    app = menu_app(sandbox, runs, allow_unsigned=True)
    served = flow(app, register=None)
    with caplog.at_level(logging.WARNING, logger="callbox.webhooks"):
        answer = twilio.post(served.url + "/voice", call_params(CALL_A), signed=False)
    assert answer.status_code == 200 and "Press 1." in answer.text
    assert "Accepting an unverified webhook" in caplog.text


def test_requests_without_the_call_or_the_numbers_are_bad_requests(
    sandbox: Sandbox, flow: Any, twilio: Twilio
) -> None:
    app = menu_app(sandbox, [])
    served = flow(app, register=None)
    assert twilio.post(served.url + "/voice", {"From": "+1"}).status_code == 400
    assert twilio.post(served.url + "/sms", {"Body": "hi"}).status_code == 400
    assert twilio.post(served.url + "/step", call_params(CALL_A)).status_code == 403
    assert twilio.http.put(served.url + "/voice").status_code == 405


def test_get_webhooks_carry_their_parameters_in_the_query(
    sandbox: Sandbox, flow: Any, twilio: Twilio
) -> None:
    from urllib.parse import urlencode

    app = menu_app(sandbox, [])
    served = flow(app, register=None)
    url = served.url + "/voice?" + urlencode(call_params(CALL_A))
    signature = twilio.validator.compute_signature(url, {})
    answer = twilio.http.get(url, headers={"X-Twilio-Signature": signature})
    assert answer.status_code == 200 and "Press 1." in answer.text
    assert answer.headers["content-type"] == "text/xml; charset=utf-8"
