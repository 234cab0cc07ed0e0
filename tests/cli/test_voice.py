"""Calls from the shell, really placed in the sandbox: the callee hears the TwiML and presses keys."""

from __future__ import annotations

import json

from callbox.sandbox import Sandbox, press

from .conftest import NUMBER, Cli
from .servers import TwimlApp

CALLEE = "+14155550177"
MENU = (
    '<Response><Gather numDigits="1" action="{action}"><Say>Press 1 for sales.</Say>'
    "</Gather><Say>Nothing pressed.</Say></Response>"
)


def test_call_make_runs_the_apps_twiml_with_the_callee_pressing_a_key(
    cb: Cli, sb: Sandbox, twiml_app: TwimlApp
) -> None:
    twiml_app.documents["/menu-voice"] = MENU.format(action=twiml_app.url("/menu-sales"))
    twiml_app.documents["/menu-sales"] = "<Response><Say>Sales, hello.</Say></Response>"
    sb.phone(CALLEE, script=[press("1")])
    result = cb(
        "call",
        "make",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--url",
        twiml_app.url("/menu-voice"),
        "--wait",
    )
    assert result.exit_code == 0, result.output
    sid, status = result.stdout.split()[:2]
    assert status == "completed:" and result.stdout.rstrip().endswith(" s")
    transcript = sb.transcript(sid)
    assert transcript.status == "completed"
    assert transcript.said.splitlines() == ["Press 1 for sales.", "Sales, hello."]
    menu = [form for path, form in twiml_app.requests if path == "/menu-sales"]
    assert menu[-1]["Digits"] == "1" and menu[-1]["CallSid"] == sid


def test_call_make_with_inline_twiml_from_stdin(cb: Cli, sb: Sandbox) -> None:
    sb.phone(CALLEE, script=[])
    result = cb(
        "call",
        "make",
        "--json",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--twiml",
        "-",
        "--wait",
        input="<Response><Say>Hello from the shell.</Say></Response>",
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["status"] == "completed" and record["direction"] == "outbound-api"
    assert sb.transcript(record["sid"]).said == "Hello from the shell."


def test_call_make_through_an_application(cb: Cli, sb: Sandbox, twiml_app: TwimlApp) -> None:
    twiml_app.documents["/app-voice"] = "<Response><Say>Application speaking.</Say></Response>"
    application = sb.client.applications.create(
        friendly_name="ivr", voice_url=twiml_app.url("/app-voice")
    )
    assert application.sid is not None
    sb.phone(CALLEE, script=[])
    result = cb(
        "call",
        "make",
        "-q",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--application",
        application.sid,
        "--wait",
    )
    assert result.exit_code == 0, result.output
    assert sb.transcript(result.stdout.strip()).said == "Application speaking."


def test_call_make_needs_exactly_one_source_of_twiml(cb: Cli) -> None:
    none = cb("call", "make", "--to", CALLEE, "--from", NUMBER)
    both = cb(
        "call",
        "make",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--url",
        "http://x/",
        "--twiml",
        "<Response/>",
    )
    assert none.exit_code == both.exit_code == 2
    assert "exactly one of --url, --twiml or --application" in both.stderr


def test_call_make_reports_twilios_refusal(cb: Cli) -> None:
    result = cb(
        "call",
        "make",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--url",
        "http://x/",
        "--method",
        "GET",
        "--send-digits",
        "12x",
    )
    assert result.exit_code == 1 and "Error 21206" in result.stderr


def test_hang_up_a_call_that_is_ringing(cb: Cli, sb: Sandbox) -> None:
    phone = sb.phone(CALLEE, answer="live")
    placed = cb(
        "call",
        "make",
        "-q",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--twiml",
        "<Response><Say>Too late.</Say></Response>",
    )
    sid = placed.stdout.strip()
    assert phone.wait_for_call().sid == sid
    result = cb("call", "hangup", sid)
    assert result.exit_code == 0, result.output
    sb.wait_for_event("call.status", sid=sid, status="canceled")
    assert sb.client.calls(sid).fetch().status == "canceled"
    assert sb.transcript(sid).said == ""  # never answered, never heard


def test_calls_list_and_get(cb: Cli, sb: Sandbox) -> None:
    sb.phone(CALLEE, script=[])
    sids = [
        cb(
            "call",
            "make",
            "-q",
            "--to",
            CALLEE,
            "--from",
            NUMBER,
            "--wait",
            "--twiml",
            f"<Response><Say>Call {i}.</Say></Response>",
        ).stdout.strip()
        for i in range(3)
    ]
    listed = cb("calls", "list", "--status", "completed", "-q").stdout.split()
    assert listed == sids[::-1]
    table = cb("calls", "list").stdout.splitlines()
    assert table[0].split() == [
        "sid",
        "start_time",
        "direction",
        "from",
        "to",
        "status",
        "duration",
    ]
    assert len(table) == 2 + 3
    assert cb("calls", "list", "--status", "busy").stderr == "No calls.\n"
    assert cb("calls", "list", "--to", "+19999999999", "-q").stdout == ""
    shown = cb("calls", "get", sids[0], "--json")
    assert json.loads(shown.stdout)["to"] == CALLEE
