"""Texting from the shell: sms/mms send, and messages list, get, redact, delete."""

from __future__ import annotations

import json

from callbox.sandbox import Sandbox

from .conftest import NUMBER, PHONE, Cli, callbox


def test_send_a_text_and_wait_until_it_is_delivered(cb: Cli, sb: Sandbox) -> None:
    result = cb(
        "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "Your code is 1234", "--wait"
    )
    assert result.exit_code == 0, result.output
    sid, status = result.stdout.split()[:2]
    assert status == "delivered:" and result.stdout.strip().endswith(f"{NUMBER} -> {PHONE}")
    assert sb.phone(PHONE).inbox[-1]["body"] == "Your code is 1234"
    assert sb.client.messages(sid).fetch().status == "delivered"


def test_the_body_can_come_from_stdin_and_the_sid_alone_with_q(cb: Cli, sb: Sandbox) -> None:
    result = cb(
        "sms",
        "send",
        "-q",
        "--to",
        PHONE,
        "--from",
        NUMBER,
        "--body",
        "-",
        input="a longer text\nover two lines",
    )
    assert result.exit_code == 0
    sid = result.stdout.strip()
    assert sid.startswith("SM") and sb.client.messages(sid).fetch().body == (
        "a longer text\nover two lines"
    )


def test_send_a_picture_message(cb: Cli, sb: Sandbox) -> None:
    result = cb(
        "mms",
        "send",
        "--json",
        "--to",
        PHONE,
        "--from",
        NUMBER,
        "--media-url",
        "https://example.com/a.png",
        "--media-url",
        "https://example.com/b.png",
        "--body",
        "two pictures",
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["num_media"] == "2" and record["body"] == "two pictures"
    assert cb("mms", "send", "--to", PHONE, "--from", NUMBER).exit_code == 2  # no media


def test_a_messaging_service_can_send_instead_of_a_number(cb: Cli, sb: Sandbox) -> None:
    service = sb.client.messaging.v1.services.create(friendly_name="alerts")
    assert service.sid is not None
    sb.client.messaging.v1.services(service.sid).phone_numbers.create(
        phone_number_sid=sb.seed_number("+14155550199")["sid"]
    )
    result = cb(
        "--json",
        "sms",
        "send",
        "--to",
        PHONE,
        "--messaging-service",
        service.sid,
        "--body",
        "from the pool",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["messaging_service_sid"] == service.sid


def test_send_as_a_process(sb: Sandbox) -> None:
    done = callbox(
        "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "hi", "--jsonl", env=sb.env
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["to"] == PHONE


def test_list_with_filters(cb: Cli, sb: Sandbox) -> None:
    for to, body in ((PHONE, "one"), ("+14155550101", "two"), (PHONE, "three")):
        sb.client.messages.create(to=to, from_=NUMBER, body=body)
    sb.seed_number("+14155550123")
    sb.phone("+14155550102").send_sms(to="+14155550123", body="inbound")
    bodies = [json.loads(x)["body"] for x in cb("messages", "list", "--jsonl").stdout.splitlines()]
    assert bodies == ["inbound", "three", "two", "one"]
    to_phone = cb("messages", "list", "--to", PHONE, "--jsonl").stdout.splitlines()
    assert [json.loads(x)["body"] for x in to_phone] == ["three", "one"]
    assert len(cb("messages", "list", "-n", "2", "-q").stdout.split()) == 2
    table = cb("messages", "list", "--from", NUMBER).stdout
    assert table.splitlines()[0].split() == [
        "sid",
        "date_sent",
        "direction",
        "from",
        "to",
        "status",
        "body",
    ]
    assert "three" in table and "inbound" not in table
    delivered = cb("messages", "list", "--status", "delivered", "-q").stdout.split()
    assert len(delivered) == 3
    assert cb("messages", "list", "--status", "failed").stderr == "No messages.\n"
    date_sent = sb.client.messages.list(limit=1)[0].date_sent
    assert date_sent is not None
    today = date_sent.date().isoformat()
    assert len(cb("messages", "list", "--on", today, "-q").stdout.split()) == 4
    assert len(cb("messages", "list", "--after", today, "-q").stdout.split()) == 4
    assert cb("messages", "list", "--before", "2001-01-01", "-q").stdout == ""
    assert cb("messages", "list", "--after", "2001-02-30").exit_code == 2  # not a date


def test_get_redact_and_delete(cb: Cli, sb: Sandbox) -> None:
    sid = sb.client.messages.create(to=PHONE, from_=NUMBER, body="secret plans").sid
    assert sid is not None
    shown = cb("messages", "get", sid)
    assert "secret plans" in shown.stdout and "body" in shown.stdout
    refused = cb("messages", "redact", sid)  # no terminal to ask on
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert cb("messages", "redact", sid, "--yes").exit_code == 0
    assert sb.client.messages(sid).fetch().body == ""
    assert cb("messages", "delete", sid, "-y").stdout.strip() == f"{sid} deleted"
    gone = cb("messages", "get", sid)
    assert gone.exit_code == 1 and "20404" in gone.stderr


def test_wait_exits_1_when_the_message_is_not_delivered(cb: Cli) -> None:
    landline = "+442071838750"  # a London landline: Twilio reports 30006
    result = cb("sms", "send", "--to", landline, "--from", NUMBER, "--body", "hi", "--wait")
    assert result.exit_code == 1
    assert "undelivered:" in result.stdout
    assert result.stderr.startswith("Error: message SM") and "(error 30006" in result.stderr
