"""`callbox.actions.run`: the block's three actions against the sandbox, and its errors."""

from __future__ import annotations

import pytest

from callbox.actions import ACTIONS, NO_CREDENTIALS, describe, run, run_json
from callbox.sandbox import Sandbox, press
from tests.cli.servers import TwimlApp

from .cases import CASES, LOCAL_ERRORS, NUMBER, PHONE, error_case, payload

CALLEE = "+14155550177"


def test_send_message_answers_with_the_record(sb: Sandbox) -> None:
    result = run(
        "sendMessage", payload(sb, "sendMessage", body="Hello from a block"), base_url=sb.base_url
    )
    assert result["callback"] == "success" and list(result) == ["callback", "contextWrites"]
    record = result["contextWrites"]["to"]
    assert record["sid"].startswith("SM") and record["body"] == "Hello from a block"
    assert record["from"] == NUMBER and record["to"] == PHONE
    assert sb.phone(PHONE).wait_for_message(body="Hello from a block")["from"] == NUMBER


def test_send_media_message(sb: Sandbox) -> None:
    result = run(
        "sendMediaMessage",
        payload(
            sb,
            "sendMediaMessage",
            mediaUrl=["https://example.com/a.png", "https://example.com/b.png"],
        ),
        base_url=sb.base_url,
    )
    assert result["callback"] == "success", result
    assert result["contextWrites"]["to"]["num_media"] == "2"


def test_make_call_really_places_the_call(sb: Sandbox, twiml_app: TwimlApp) -> None:
    twiml_app.documents["/block-voice"] = (
        f'<Response><Gather numDigits="1" action="{twiml_app.url("/block-menu")}">'
        "<Say>Press 1 to confirm.</Say></Gather></Response>"
    )
    twiml_app.documents["/block-menu"] = "<Response><Say>Confirmed.</Say></Response>"
    sb.phone(CALLEE, script=[press("1")])
    result = run(
        "makeCall",
        payload(
            sb,
            "makeCall",
            to=CALLEE,
            url=twiml_app.url("/block-voice"),
            statusCallbackEvent="initiated completed",
            timeout="20",
            record="false",
        ),
        base_url=sb.base_url,
    )
    assert result["callback"] == "success", result
    sid = result["contextWrites"]["to"]["sid"]
    sb.wait_for_event("call.status", sid=sid, status="completed")
    transcript = sb.transcript(sid)
    assert transcript.said.splitlines() == ["Press 1 to confirm.", "Confirmed."]
    assert [f["Digits"] for p, f in twiml_app.requests if p == "/block-menu"][-1] == "1"


@pytest.mark.parametrize(("row", "action"), CASES)
def test_each_row_of_the_blocks_error_table(sb: Sandbox, row: str, action: str) -> None:
    body, message = error_case(sb, row, action)
    result = run(action, body, base_url=sb.base_url)
    assert result == {"callback": "error", "contextWrites": {"to": message}}
    assert sb.client.messages.list() == [] and sb.client.calls.list() == []


@pytest.mark.parametrize(("action", "changes", "message"), LOCAL_ERRORS)
def test_unknown_fields_and_wrong_types_are_refused_before_sending(
    sb: Sandbox, action: str, changes: dict[str, object], message: str
) -> None:
    result = run(action, payload(sb, action, **changes), base_url=sb.base_url)
    assert result["callback"] == "error"
    assert result["contextWrites"]["to"].startswith(message)
    assert sb.auth_token not in result["contextWrites"]["to"]
    assert sb.client.messages.list() == [] and sb.client.calls.list() == []


def test_empty_and_null_fields_count_as_absent(sb: Sandbox) -> None:
    body = payload(
        sb,
        "sendMessage",
        statusCallback="",
        applicationSid=None,
        messagingServiceSid="",
        provideFeedback="true",
        maxPrice=0.5,
    )
    body["applicationSid"] = None
    result = run("sendMessage", body, base_url=sb.base_url)
    assert result["callback"] == "success", result


def test_missing_credentials_whatever_else_is_wrong(sb: Sandbox) -> None:
    assert run("sendMessage", {}) == {"callback": "error", "contextWrites": {"to": NO_CREDENTIALS}}
    assert run("makeCall", {"accountSid": "", "accountToken": "x"})["contextWrites"]["to"] == (
        NO_CREDENTIALS
    )


def test_credentials_given_by_the_host_stand_in_for_missing_ones(sb: Sandbox) -> None:
    body = payload(sb, "sendMessage", accountSid=None, accountToken=None)
    creds = (sb.account_sid, sb.auth_token)
    assert run("sendMessage", body, base_url=sb.base_url, credentials=creds)["callback"] == (
        "success"
    )
    half = payload(sb, "sendMessage", accountToken=None)  # one given: no mixing
    assert (
        run("sendMessage", half, base_url=sb.base_url, credentials=creds)["contextWrites"]["to"]
        == NO_CREDENTIALS
    )


def test_input_that_is_not_an_object(sb: Sandbox) -> None:
    assert run("sendMessage", ["a", "list"])["contextWrites"]["to"] == (
        "The input must be a JSON object with sendMessage's fields"
    )
    broken = run_json("sendMessage", '{"to": ')
    assert broken["callback"] == "error"
    assert broken["contextWrites"]["to"].startswith("The input is not JSON:")


def test_an_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="makeCall, sendMessage, sendMediaMessage"):
        run("sendFax", {})


def test_the_actions_describe_their_fields() -> None:
    fields = describe()
    assert set(fields) == set(ACTIONS)
    assert fields["makeCall"]["accountSid"] == {"type": "credentials", "required": True}
    assert fields["makeCall"]["recordingChannels"] == {
        "type": "select",
        "required": False,
        "choices": ["mono", "dual"],
    }
    media_url = fields["sendMediaMessage"]["mediaUrl"]
    assert isinstance(media_url, dict) and media_url["type"] == "urls"
    assert "body" not in fields["sendMediaMessage"]


def test_importing_the_actions_loads_no_server_and_no_client() -> None:
    import subprocess
    import sys

    code = "import sys, callbox.actions; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert "callbox.actions" in loaded
    assert not loaded & {"starlette", "uvicorn", "callbox.rest", "asyncio", "json"}
