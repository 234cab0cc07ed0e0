"""Tools: TwiML validate/render, webhook sign/verify, access and capability tokens."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from callbox.jwt import decode, decode_access_token
from callbox.sandbox import Sandbox
from callbox.webhooks import RequestValidator

from .conftest import Cli

BROKEN = """<Response>
  <Say voice="bob">Hello</Say>
  <Gather numDigits="x"><Dial>+14155550100</Dial></Gather>
</Response>
"""
GOOD = '<Response><Gather numDigits="1" action="/menu"><Say>Press 1.</Say></Gather><Hangup/></Response>'
TOKEN = "0123456789abcdef0123456789abcdef"


def test_validate_names_the_line_column_and_element_of_each_problem(
    run: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "menu.xml"
    path.write_text(BROKEN)
    result = run("twiml", "validate", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (
        lines[0] == f"{path}:2:2: <Say voice>: 'bob' is not a Twilio voice (man, woman, "
        "alice, Polly.<name>, Google.<name>)"
    )
    assert lines[1] == f"{path}:3:2: <Gather numDigits>: 'x' is not an integer"
    assert lines[2].startswith(f"{path}:3:24: <Gather> cannot contain <Dial>")
    as_json = json.loads(run("twiml", "validate", str(path), "--json").stdout)
    assert as_json["valid"] is False and as_json["problems"][1] == {
        "file": str(path),
        "line": 3,
        "column": 2,
        "message": "<Gather numDigits>: 'x' is not an integer",
    }
    good = run("twiml", "validate", input=GOOD)  # stdin by default
    assert good.exit_code == 0 and good.stdout == "<stdin>: valid TwiML\n"
    malformed = run("twiml", "validate", "-", input="<Response><Say>hi</Response>")
    assert malformed.exit_code == 1 and "<stdin>:1:19: malformed XML" in malformed.stdout
    assert run("twiml", "validate", "-q", input=BROKEN).stdout == ""
    missing = run("twiml", "validate", str(tmp_path / "missing.xml"))
    assert missing.exit_code == 2 and "cannot read" in missing.stderr


def test_render_prints_the_canonical_document_or_stops_at_the_first_problem(run: Cli) -> None:
    spaced = (
        '<Response>\n  <Gather action="/menu" numDigits="1">\n    <Say>Press 1.</Say>\n'
        "  </Gather>\n  <Hangup></Hangup>\n</Response>"
    )
    compact = run("twiml", "render", input=spaced)
    assert compact.exit_code == 0
    assert compact.stdout == (
        '<?xml version="1.0" encoding="UTF-8"?><Response><Gather action="/menu" '
        'numDigits="1"><Say>Press 1.</Say></Gather><Hangup /></Response>\n'
    )
    pretty = run("twiml", "render", "--pretty", "--no-declaration", input=GOOD)
    assert pretty.stdout.splitlines() == [
        "<Response>",
        '  <Gather action="/menu" numDigits="1">',
        "    <Say>Press 1.</Say>",
        "  </Gather>",
        "  <Hangup />",
        "</Response>",
    ]
    broken = run("twiml", "render", input=BROKEN)
    assert broken.exit_code == 1
    assert broken.stderr.startswith("Error: <stdin>: line 2, column 2: <Say voice>")
    escaped = run(
        "twiml",
        "render",
        "--no-declaration",
        input="<Response><Say>Fish &amp; chips &lt;3</Say></Response>",
    )
    assert escaped.stdout == "<Response><Say>Fish &amp; chips &lt;3</Say></Response>\n"


def test_webhook_sign_matches_the_validator_and_verify_checks_it(run: Cli) -> None:
    url = "https://example.com/sms?x=1"
    env = {"TWILIO_AUTH_TOKEN": TOKEN}
    signed = run("webhook", "sign", url, "-d", "From=+14155550100", "-d", "Body=hi there", **env)
    assert signed.exit_code == 0, signed.output
    signature = signed.stdout.strip()
    params = {"From": "+14155550100", "Body": "hi there"}
    assert RequestValidator(TOKEN).validate(url, params, signature)
    assert TOKEN not in signed.output
    ok = run(
        "webhook",
        "verify",
        url,
        "-d",
        "From=+14155550100",
        "-d",
        "Body=hi there",
        "-s",
        signature,
        **env,
    )
    assert ok.exit_code == 0 and ok.stdout == "valid\n"
    tampered = run(
        "webhook",
        "verify",
        url,
        "-d",
        "From=+14155550100",
        "-d",
        "Body=hi!",
        "-s",
        signature,
        **env,
    )
    assert tampered.exit_code == 1 and "does not match" in tampered.stderr
    as_json = run("webhook", "verify", url, "-s", signature, "--json", **env)
    assert json.loads(as_json.stdout)["valid"] is False and as_json.exit_code == 1
    assert run("webhook", "sign", url).exit_code == 2  # no token anywhere
    assert run("webhook", "sign", url, "-d", "novalue").exit_code == 2


def test_webhook_sign_a_json_body_and_with_a_token_file(run: Cli, tmp_path: Path) -> None:
    body = tmp_path / "event.json"
    body.write_text('{"event": "call.completed"}')
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    signed = run(
        "webhook",
        "sign",
        "https://example.com/events",
        "--body",
        str(body),
        "--token-file",
        str(token_file),
        "--sha256",
        "--json",
    )
    assert signed.exit_code == 0, signed.output
    found = json.loads(signed.stdout)
    assert "bodySHA256=" in found["url"] and found["algorithm"] == "HMAC_SHA256"
    validator = RequestValidator(TOKEN)
    assert validator.validate(found["url"], body.read_bytes(), found["signature"], "HMAC_SHA256")
    ok = run(
        "webhook",
        "verify",
        found["url"],
        "--body",
        str(body),
        "--sha256",
        "-s",
        found["signature"],
        "--token-file",
        str(token_file),
    )
    assert ok.exit_code == 0, ok.output


def test_webhook_sign_prints_a_curl_command(run: Cli) -> None:
    result = run(
        "webhook",
        "sign",
        "http://127.0.0.1:5000/sms",
        "-d",
        "Body=it's me",
        "--curl",
        TWILIO_AUTH_TOKEN=TOKEN,
    )
    words = shlex.split(result.stdout)
    assert words[:4] == ["curl", "-X", "POST", "http://127.0.0.1:5000/sms"]
    assert words[5].startswith("X-Twilio-Signature: ")
    assert words[6:] == ["--data-urlencode", "Body=it's me"]


def test_webhook_sign_with_the_sandboxs_token(cb: Cli, sb: Sandbox) -> None:
    signed = cb("webhook", "sign", "http://127.0.0.1:5000/sms", "-d", "Body=x")
    expected = RequestValidator(sb.auth_token).compute_signature(
        "http://127.0.0.1:5000/sms", {"Body": "x"}
    )
    assert signed.stdout.strip() == expected


def test_access_token_with_grants(run: Cli) -> None:
    env = {
        "TWILIO_ACCOUNT_SID": "AC" + "a" * 32,
        "TWILIO_API_KEY": "SK" + "b" * 32,
        "TWILIO_API_SECRET": TOKEN,
    }
    result = run(
        "token",
        "access",
        "--identity",
        "alice",
        "--voice-app",
        "AP" + "c" * 32,
        "--voice-incoming",
        "--voice-param",
        "team=sales",
        "--video-room",
        "standup",
        "--chat-service",
        "IS" + "d" * 32,
        "--ttl",
        "600",
        **env,
    )
    assert result.exit_code == 0, result.output
    claims = decode_access_token(result.stdout.strip(), TOKEN)
    grants = claims["grants"]
    assert grants["identity"] == "alice"
    assert grants["voice"] == {
        "incoming": {"allow": True},
        "outgoing": {"application_sid": "AP" + "c" * 32, "params": {"team": "sales"}},
    }
    assert grants["video"] == {"room": "standup"} and grants["chat"]["service_sid"].startswith("IS")
    assert claims["exp"] - claims["nbf"] == 600 and claims["sub"] == "AC" + "a" * 32
    assert TOKEN not in result.output
    as_json = json.loads(
        run("token", "access", "--identity", "bob", "--video", "--json", **env).stdout
    )
    assert as_json["claims"]["grants"]["video"] == {}
    no_key = run("token", "access", "--identity", "x", TWILIO_ACCOUNT_SID="AC" + "a" * 32)
    assert no_key.exit_code == 2 and "API key" in no_key.stderr
    from_stdin = run(
        "token",
        "access",
        "--identity",
        "carol",
        "--api-key",
        "SK" + "e" * 32,
        input="another-secret-of-32-characters!\n",
        TWILIO_ACCOUNT_SID="AC" + "a" * 32,
    )
    assert decode_access_token(from_stdin.stdout.strip(), "another-secret-of-32-characters!")[
        "iss"
    ] == ("SK" + "e" * 32)


def test_capability_token_signed_with_the_auth_token(cb: Cli, sb: Sandbox) -> None:
    result = cb(
        "token",
        "capability",
        "--outgoing",
        "AP" + "c" * 32,
        "--param",
        "x=1",
        "--incoming",
        "desk",
        "--events",
    )
    assert result.exit_code == 0, result.output
    scope = decode(result.stdout.strip(), sb.auth_token).payload["scope"]
    assert "scope:client:outgoing?appParams=x%3D1&appSid=AP" in scope and "clientName=desk" in scope
    assert "scope:client:incoming?clientName=desk" in scope and "scope:stream:subscribe" in scope
    assert cb("token", "capability").exit_code == 2
