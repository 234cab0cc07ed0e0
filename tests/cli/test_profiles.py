"""Profiles: saved 0600, secrets never shown, and the order credentials are looked up in."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import Result

from callbox.sandbox import Sandbox

from .conftest import NUMBER, PHONE, Cli


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def add(run: Cli, name: str, sb: Sandbox, *extra: str, token: str | None = None) -> Result:
    return run(
        "profiles",
        "add",
        name,
        "--account-sid",
        sb.account_sid,
        "--base-url",
        sb.base_url,
        *extra,
        input=(token or sb.auth_token) + "\n",
    )


def test_a_profile_is_saved_0600_in_a_0700_folder_and_never_shows_its_token(
    run: Cli, sb: Sandbox, clean_environment: Path
) -> None:
    result = add(run, "local", sb)
    assert result.exit_code == 0, result.output
    path = clean_environment / "profiles.json"
    assert _mode(path) == 0o600 and _mode(clean_environment) == 0o700
    saved = json.loads(path.read_text())
    assert saved["active"] == "local"  # the first profile becomes the active one
    assert saved["profiles"]["local"]["auth_token"] == sb.auth_token
    assert sb.auth_token not in result.output
    listed = run("profiles", "list")
    assert "local" in listed.stdout and sb.account_sid in listed.stdout
    as_json = run("profiles", "list", "--json")
    assert sb.auth_token not in listed.output + as_json.output
    assert json.loads(as_json.stdout) == [
        {
            "name": "local",
            "active": True,
            "account_sid": sb.account_sid,
            "api_key": None,
            "region": None,
            "edge": None,
            "base_url": sb.base_url,
            "credential": "auth token",
        }
    ]


def test_the_active_profile_is_used_and_another_can_be_chosen(run: Cli, sb: Sandbox) -> None:
    sub = sb.client.api.v2010.accounts.create(friendly_name="second")
    assert sub.sid and sub.auth_token
    add(run, "main", sb)
    made = run(
        "profiles",
        "add",
        "sub",
        "--account-sid",
        sub.sid,
        "--base-url",
        sb.base_url,
        input=sub.auth_token + "\n",
    )
    assert made.exit_code == 0 and "(active)" not in made.stdout
    sent = run("--json", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "as main")
    assert json.loads(sent.stdout)["account_sid"] == sb.account_sid
    sent = run("sms", "send", "-p", "sub", "--to", PHONE, "--from", NUMBER, "--body", "x", "--json")
    assert json.loads(sent.stdout)["account_sid"] == sub.sid
    by_env = run(
        "--json",
        "sms",
        "send",
        "--to",
        PHONE,
        "--from",
        NUMBER,
        "--body",
        "x",
        CALLBOX_PROFILE="sub",
    )
    assert json.loads(by_env.stdout)["account_sid"] == sub.sid
    assert run("profiles", "use", "sub").exit_code == 0
    sent = run("--json", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "as sub")
    assert json.loads(sent.stdout)["account_sid"] == sub.sid


def test_environment_credentials_come_before_the_active_profile(run: Cli, sb: Sandbox) -> None:
    sub = sb.client.api.v2010.accounts.create(friendly_name="from the environment")
    assert sub.sid and sub.auth_token
    add(run, "main", sb)
    env = {
        "TWILIO_ACCOUNT_SID": sub.sid,
        "TWILIO_AUTH_TOKEN": sub.auth_token,
        "CALLBOX_BASE_URL": sb.base_url,
    }
    sent = run("--json", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "x", **env)
    assert json.loads(sent.stdout)["account_sid"] == sub.sid
    chosen = run(
        "--json", "-p", "main", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "x", **env
    )
    assert json.loads(chosen.stdout)["account_sid"] == sb.account_sid  # --profile beats both


def test_wrong_credentials_are_refused_and_not_saved(
    run: Cli, sb: Sandbox, clean_environment: Path
) -> None:
    result = add(run, "bad", sb, token="wrong-token")
    assert result.exit_code == 1 and "refused" in result.stderr and "20003" in result.stderr
    assert "wrong-token" not in result.output
    assert not (clean_environment / "profiles.json").exists()
    unchecked = add(run, "bad", sb, "--no-check", token="wrong-token")
    assert unchecked.exit_code == 0
    used = run("messages", "list", "-p", "bad")
    assert used.exit_code == 1 and "20003" in used.stderr and "wrong-token" not in used.output


def test_use_remove_and_unknown_names(run: Cli, sb: Sandbox) -> None:
    add(run, "one", sb)
    add(run, "two", sb)
    assert run("profiles", "use", "nope").exit_code == 2
    unknown = run("messages", "list", "--profile", "nope")
    assert unknown.exit_code == 2 and "no profile named 'nope'" in unknown.stderr
    assert "one, two" in unknown.stderr
    assert run("profiles", "remove", "one").exit_code == 0
    assert run("profiles", "list", "-q").stdout.split() == ["two"]
    again = add(run, "two", sb)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert run("profiles", "add", "bad name!", "--account-sid", sb.account_sid).exit_code == 2
    assert run("profiles", "add", "x", "--account-sid", "AC123").exit_code == 2


def test_an_api_key_profile(run: Cli, sb: Sandbox) -> None:
    key = sb.client.api.v2010.account.keys.create(friendly_name="cli")
    assert key.sid and key.secret
    made = run(
        "profiles",
        "add",
        "key",
        "--account-sid",
        sb.account_sid,
        "--api-key",
        key.sid,
        "--base-url",
        sb.base_url,
        input=key.secret + "\n",
    )
    assert made.exit_code == 0, made.output
    listed = json.loads(run("profiles", "list", "--json").stdout)
    assert listed[0]["credential"] == f"API key {key.sid}"
    sent = run("--json", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "with a key")
    assert json.loads(sent.stdout)["account_sid"] == sb.account_sid


def test_a_profiles_file_others_can_read_is_pointed_out(
    run: Cli, sb: Sandbox, clean_environment: Path
) -> None:
    add(run, "main", sb)
    os.chmod(clean_environment / "profiles.json", 0o644)
    result = run("profiles", "list")
    assert "readable by other users" in result.stderr and "chmod 600" in result.stderr
    add(run, "other", sb)  # saving writes it private again
    assert _mode(clean_environment / "profiles.json") == 0o600


@pytest.mark.parametrize("bad", ["{not json", '["a list"]'])
def test_a_broken_profiles_file_is_a_clear_error(
    run: Cli, clean_environment: Path, bad: str
) -> None:
    clean_environment.mkdir()
    (clean_environment / "profiles.json").write_text(bad)
    result = run("profiles", "list")
    assert result.exit_code == 2 and "profiles.json" in result.stderr


def test_region_and_edge_from_the_environment_or_a_profile(run: Cli, sb: Sandbox) -> None:
    from callbox.cli._session import Session

    env = {
        "TWILIO_ACCOUNT_SID": sb.account_sid,
        "TWILIO_AUTH_TOKEN": sb.auth_token,
        "TWILIO_REGION": "ie1",
        "TWILIO_EDGE": "dublin",
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        api = Session().client().api
        assert api.base_url == "https://api.dublin.ie1.twilio.com"
    made = run(
        "profiles",
        "add",
        "eu",
        "--account-sid",
        sb.account_sid,
        "--edge",
        "dublin",
        "--region",
        "ie1",
        "--no-check",
        input="token\n",
    )
    assert made.exit_code == 0, made.output
    session = Session()
    session.profile = "eu"
    assert session.client().api.base_url == "https://api.dublin.ie1.twilio.com"


def test_an_api_key_from_the_environment(run: Cli, sb: Sandbox) -> None:
    key = sb.client.api.v2010.account.keys.create(friendly_name="env")
    assert key.sid and key.secret
    env = {
        "TWILIO_ACCOUNT_SID": sb.account_sid,
        "TWILIO_API_KEY": key.sid,
        "TWILIO_API_SECRET": key.secret,
        "CALLBOX_BASE_URL": sb.base_url,
    }
    sent = run("--json", "sms", "send", "--to", PHONE, "--from", NUMBER, "--body", "key", **env)
    assert sent.exit_code == 0, sent.output
    assert json.loads(sent.stdout)["account_sid"] == sb.account_sid
    assert key.secret not in sent.output
