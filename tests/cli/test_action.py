"""`callbox action NAME`: one JSON object in (argument, file or stdin), the block's JSON out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callbox.sandbox import Sandbox
from tests.actions.cases import CASES, error_case, payload

from .conftest import Cli, callbox
from .servers import TwimlApp


def test_send_message_from_an_argument(run: Cli, sb: Sandbox) -> None:
    body = json.dumps(payload(sb, "sendMessage", body="from the shell"))
    result = run("action", "sendMessage", body, CALLBOX_BASE_URL=sb.base_url)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["callback"] == "success"
    assert answer["contextWrites"]["to"]["body"] == "from the shell"
    assert len(result.stdout.splitlines()) == 1  # compact: one line for the tool reading it


def test_make_call_from_a_file_and_from_stdin(
    run: Cli, sb: Sandbox, tmp_path: Path, twiml_app: TwimlApp
) -> None:
    sb.phone("+14155550177", script=[])
    twiml_app.documents["/action-hello"] = "<Response><Say>Hello.</Say></Response>"
    path = tmp_path / "call.json"
    url = twiml_app.url("/action-hello")
    path.write_text(json.dumps(payload(sb, "makeCall", to="+14155550177", url=url)))
    from_file = run("action", "makeCall", "--file", str(path), "-q", CALLBOX_BASE_URL=sb.base_url)
    assert from_file.exit_code == 0 and from_file.stdout.startswith("CA")
    from_stdin = run(
        "action", "makeCall", "--json", input=path.read_text(), CALLBOX_BASE_URL=sb.base_url
    )
    answer = json.loads(from_stdin.stdout)
    assert answer["callback"] == "success"
    assert "\n  " in from_stdin.stdout  # --json: indented
    for sid in (from_file.stdout.strip(), answer["contextWrites"]["to"]["sid"]):
        sb.wait_for_event("call.status", sid=sid, status="completed")
        assert sb.transcript(sid).said == "Hello."


@pytest.mark.parametrize(("row", "action"), CASES)
def test_the_error_table_from_the_shell(run: Cli, sb: Sandbox, row: str, action: str) -> None:
    body, message = error_case(sb, row, action)
    result = run("action", action, json.dumps(body), CALLBOX_BASE_URL=sb.base_url)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"callback": "error", "contextWrites": {"to": message}}


def test_the_error_table_as_a_process(sb: Sandbox) -> None:
    # The seed's own example, through stdin of the real command.
    body, message = error_case(sb, "additional field", "makeCall")
    done = callbox(
        "action", "makeCall", input=json.dumps(body), env={"CALLBOX_BASE_URL": sb.base_url}
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout) == {"callback": "error", "contextWrites": {"to": message}}
    assert message == "[HTTP 400] Unable to create record: Method is not valid: TEST"


def test_with_sandbox_the_payload_needs_no_credentials(
    run: Cli, sb: Sandbox, clean_environment: Path
) -> None:
    body = json.dumps(payload(sb, "sendMessage", accountSid=None, accountToken=None))
    alone = run("action", "sendMessage", body, CALLBOX_BASE_URL=sb.base_url)
    assert json.loads(alone.stdout)["contextWrites"]["to"] == (
        "Credentials are required to create a Client"
    )
    env = {"TWILIO_ACCOUNT_SID": sb.account_sid, "TWILIO_AUTH_TOKEN": sb.auth_token}
    with_sandbox = run("--sandbox", sb.base_url, "action", "sendMessage", body, **env)
    assert with_sandbox.exit_code == 0, with_sandbox.output
    assert json.loads(with_sandbox.stdout)["contextWrites"]["to"]["account_sid"] == sb.account_sid


def test_usage_errors(run: Cli, tmp_path: Path) -> None:
    assert run("action", "sendFax", "{}").exit_code == 2
    both = run("action", "sendMessage", "{}", "--file", str(tmp_path / "x.json"))
    assert both.exit_code == 2
    missing = run("action", "sendMessage", "--file", str(tmp_path / "none.json"))
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    garbage = run("action", "sendMessage", "{not json")
    assert garbage.exit_code == 1
    assert json.loads(garbage.stdout)["contextWrites"]["to"].startswith("The input is not JSON")
