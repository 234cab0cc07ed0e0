"""Numbers, subaccounts, Monitor alerts and Verify from the shell."""

from __future__ import annotations

import json

from callbox.sandbox import Sandbox

from .conftest import NUMBER, Cli
from .servers import TwimlApp

CALLEE = "+14155550177"


def test_search_buy_update_and_release_a_number(cb: Cli, sb: Sandbox) -> None:
    found = cb(
        "numbers", "search", "US", "--area-code", "510", "--contains", "77", "-n", "3", "--jsonl"
    )
    assert found.exit_code == 0, found.output
    offered = [json.loads(line)["phone_number"] for line in found.stdout.splitlines()]
    assert len(offered) == 3 and all(n.startswith("+1510") and "77" in n for n in offered)
    assert cb("numbers", "search", "--type", "toll-free", "-n", "2", "-q").stdout.count("+18") == 2

    bought = cb("numbers", "buy", offered[0], "--sms-url", "http://127.0.0.1:9/sms", "--json")
    assert bought.exit_code == 0, bought.output
    record = json.loads(bought.stdout)
    assert record["phone_number"] == offered[0] and record["sms_url"] == "http://127.0.0.1:9/sms"
    by_area = cb("numbers", "buy", "--area-code", "415")
    assert by_area.exit_code == 0 and "+1415" in by_area.stdout
    assert cb("numbers", "buy").exit_code == 2

    listed = cb("numbers", "list", "-q").stdout.split()
    assert record["sid"] in listed and len(listed) == 2
    table = cb("numbers", "list", "--number", offered[0]).stdout
    assert offered[0] in table and "http://127.0.0.1:9/sms" in table

    by_number = cb("numbers", "update", offered[0], "--voice-url", "http://127.0.0.1:9/voice")
    assert by_number.exit_code == 0, by_number.output
    by_sid = cb("numbers", "update", record["sid"], "--friendly-name", "front desk")
    assert by_sid.exit_code == 0
    now = sb.client.incoming_phone_numbers(record["sid"]).fetch()
    assert (now.voice_url, now.friendly_name) == ("http://127.0.0.1:9/voice", "front desk")
    assert cb("numbers", "update", offered[0]).exit_code == 2  # nothing to change
    unknown = cb("numbers", "update", "+14155559999", "--sms-url", "http://x/")
    assert unknown.exit_code == 2 and "owns no number" in unknown.stderr

    assert cb("numbers", "release", offered[0]).exit_code == 2  # asks; no terminal
    assert cb("numbers", "release", offered[0], "--yes").exit_code == 0
    assert record["sid"] not in cb("numbers", "list", "-q").stdout


def test_buying_a_number_twilio_refuses(cb: Cli) -> None:
    refused = cb("numbers", "buy", "+15005550000")
    assert refused.exit_code == 1 and "Error 21422" in refused.stderr


def test_subaccounts_never_show_their_token_unless_asked(cb: Cli, sb: Sandbox) -> None:
    made = cb("accounts", "create", "billing")
    assert made.exit_code == 0 and "--show-token" in made.stdout
    sid = made.stdout.split()[0]
    token = sb.client.api.v2010.accounts(sid).fetch().auth_token
    assert token is not None
    as_json = cb("accounts", "create", "other", "--json")
    assert "auth_token" not in json.loads(as_json.stdout)
    listed = cb("accounts", "list", "--jsonl")
    assert token not in listed.stdout and token not in made.output
    names = [json.loads(x)["friendly_name"] for x in listed.stdout.splitlines()]
    assert set(names) >= {"billing", "other"}
    shown = cb("accounts", "list", "--name", "billing", "--show-token", "--json")
    assert json.loads(shown.stdout)[0]["auth_token"] == token
    assert cb("accounts", "list", "--status", "closed").stderr == "No accounts.\n"


def test_logs_show_the_alert_of_a_call_whose_app_fails(
    cb: Cli, sb: Sandbox, twiml_app: TwimlApp
) -> None:
    assert cb("logs").stderr == "No alerts.\n"
    twiml_app.documents["/broken"] = "this is not <TwiML"
    sb.phone(CALLEE, script=[])
    placed = cb(
        "call",
        "make",
        "-q",
        "--to",
        CALLEE,
        "--from",
        NUMBER,
        "--wait",
        "--url",
        twiml_app.url("/broken"),
    )
    assert placed.exit_code == 0, placed.output
    alerts = [json.loads(x) for x in cb("logs", "--jsonl").stdout.splitlines()]
    assert alerts and alerts[0]["resource_sid"] == placed.stdout.strip()
    assert alerts[0]["log_level"] == "error"
    table = cb("logs", "--level", "error").stdout
    assert alerts[0]["error_code"] in table
    one = cb("logs", "--sid", alerts[0]["sid"], "--json")
    assert json.loads(one.stdout)["sid"] == alerts[0]["sid"]
    assert cb("logs", "--level", "debug").stderr == "No alerts.\n"


def test_verify_send_and_check(cb: Cli, sb: Sandbox) -> None:
    service = sb.client.verify.v2.services.create(friendly_name="login")
    assert service.sid is not None
    sent = cb("verify", "send", "--service", service.sid, "--to", "+14155550100", "--json")
    assert sent.exit_code == 0, sent.output
    verification = json.loads(sent.stdout)
    assert (verification["to"], verification["channel"]) == ("+14155550100", "sms")
    stored = sb.client.verify.v2.services(service.sid).verifications(verification["sid"]).fetch()
    assert stored.to == "+14155550100"
    # The sandbox's Verify is the generic backend: the check is recorded, never "approved",
    # so the command says the code is not approved and exits 1.
    checked = cb(
        "verify",
        "check",
        "--service",
        service.sid,
        "--to",
        "+14155550100",
        "--code",
        "123456",
        "--json",
    )
    assert checked.exit_code == 1 and "not approved" in checked.stderr
    assert json.loads(checked.stdout)["to"] == "+14155550100"
    by_env = cb("verify", "send", "--to", "+14155550101", CALLBOX_VERIFY_SERVICE=service.sid)
    assert by_env.exit_code == 0 and "code sent to +14155550101" in by_env.stdout
