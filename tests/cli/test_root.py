"""The command as a whole: help, version, what it loads, exit codes, completion."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from callbox import __version__
from callbox.cli import main
from callbox.sandbox import Sandbox

from .conftest import NUMBER, PHONE, Cli, callbox

HEAVY = ("rich", "starlette", "uvicorn", "asyncio", "callbox.sandbox", "callbox.rest", "http")


def loaded_by(*args: str) -> set[str]:
    """The modules a fresh ``callbox ARGS`` process has imported when it exits."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('\\nMODULES ' + ' '.join(sys.modules)))\n"
        "from callbox.cli import main\n"
        f"sys.exit(main({list(args)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return set(done.stderr.rpartition("MODULES ")[2].split())


@pytest.mark.parametrize(
    "args", [["--help"], ["--version"], ["sms", "send", "--help"], ["messages", "--help"]]
)
def test_help_and_version_load_no_server_no_rich_no_http(args: list[str]) -> None:
    loaded = loaded_by(*args)
    heavy = {m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY)}
    assert not heavy, heavy
    if args == ["--version"]:
        assert "click" not in loaded  # answered before click is even imported
    else:
        assert "click" in loaded  # the statement really ran through click
    if args[0] == "sms":
        # Only the sms command's module was imported, not every command's.
        commands = {m for m in loaded if m.startswith("callbox.cli._commands.")}
        assert commands == {"callbox.cli._commands.messaging", "callbox.cli._commands.common"}


def test_version_is_the_same_with_and_without_click(
    run: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--version"]) == 0
    fast = capsys.readouterr().out
    assert fast == f"callbox, version {__version__}\n"
    assert run("--version").stdout == fast
    assert run("-V").stdout == fast


def test_help_lists_every_command_by_section(run: Cli) -> None:
    out = run("--help").stdout
    for section in ("Messages and calls:", "Account:", "Any API:", "Tools:"):
        assert section in out
    for name in (
        "sms",
        "mms",
        "call",
        "messages",
        "calls",
        "recordings",
        "numbers",
        "accounts",
        "logs",
        "verify",
        "profiles",
        "api",
        "twiml",
        "webhook",
        "token",
        "action",
        "actions",
        "sandbox",
        "demo",
        "completion",
    ):
        assert f"\n  {name} " in out, name
    assert "Exit codes: 0 ok, 1" in out


def test_every_listed_command_loads(run: Cli) -> None:
    from callbox.cli._root import SECTIONS

    for _, rows in SECTIONS:
        for name, _, _ in rows:
            result = run(name, "--help")
            assert result.exit_code == 0, (name, result.output)


def test_no_command_is_a_usage_error_that_shows_the_help(run: Cli) -> None:
    result = run()
    assert result.exit_code == 2 and "Usage: " in result.output


def test_usage_errors_exit_2(run: Cli) -> None:
    assert run("sms", "send", "--bogus").exit_code == 2
    assert run("nosuchcommand").exit_code == 2
    missing = run("sms", "send", "--from", NUMBER, "--body", "hi")
    assert missing.exit_code == 2 and "--to" in missing.stderr


def test_without_credentials_the_command_says_how_to_give_them(run: Cli) -> None:
    result = run("messages", "list")
    assert result.exit_code == 2
    assert "TWILIO_ACCOUNT_SID" in result.stderr and "--sandbox" in result.stderr
    assert "Traceback" not in result.output


def test_an_api_error_exits_1_with_its_code_and_more_info(cb: Cli) -> None:
    result = cb("sms", "send", "--to", "+15005550001", "--from", NUMBER, "--body", "hi")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "Error 21211 (HTTP 400): The 'To' number +15005550001 is not a valid phone number.",
        "More info: https://www.twilio.com/docs/errors/21211",
    ]


def test_in_json_modes_the_error_is_json_too(cb: Cli) -> None:
    result = cb("--json", "messages", "get", "SM" + "0" * 32)
    assert result.exit_code == 1
    error = json.loads(result.stderr)["error"]
    assert error["status"] == 404 and error["code"] == 20404
    assert error["more_info"].endswith("/20404")


def test_no_answer_exits_1_without_a_traceback(run: Cli) -> None:
    from tests.support import free_port

    url = f"http://127.0.0.1:{free_port()}"  # a port where nothing listens
    env = {"TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_AUTH_TOKEN": "t" * 32}
    result = run("--sandbox", url, "messages", "list", **env)
    assert result.exit_code == 1 and result.stderr.startswith("Error: no answer")


def test_global_options_go_before_or_after_the_command(cb: Cli, sb: Sandbox) -> None:
    sent = sb.client.messages.create(to=PHONE, from_=NUMBER, body="either way")
    assert sent.sid is not None
    before = cb("--json", "messages", "get", sent.sid)
    after = cb("messages", "get", sent.sid, "--json")
    assert json.loads(before.stdout)["sid"] == json.loads(after.stdout)["sid"] == sent.sid
    assert cb("messages", "list", "-q").stdout.split() == [sent.sid]
    lines = cb("messages", "list", "--jsonl").stdout.splitlines()
    assert [json.loads(line)["body"] for line in lines] == ["either way"]


def test_sandbox_without_a_url_does_not_eat_the_next_word(run: Cli) -> None:
    result = run("--sandbox", "messages", "list")
    assert result.exit_code == 2
    assert "no running sandbox found" in result.stderr  # --sandbox meant "the running one"


def test_shell_completion_scripts_and_answers() -> None:
    script = callbox("completion", "bash")
    assert script.returncode == 0 and "_CALLBOX_COMPLETE" in script.stdout
    for shell in ("zsh", "fish"):
        assert callbox("completion", shell).returncode == 0
    env = {"_CALLBOX_COMPLETE": "bash_complete", "COMP_WORDS": "callbox me", "COMP_CWORD": "1"}
    done = callbox(env=env)
    assert "plain,messages" in done.stdout.splitlines()
    env["COMP_WORDS"], env["COMP_CWORD"] = "callbox messages ex", "2"
    assert callbox(env=env).stdout.splitlines() == ["plain,export"]


def test_completion_offers_profile_names(run: Cli) -> None:
    from callbox.cli._config import Profiles

    store = Profiles.load()
    store.profiles = {"work": {"account_sid": "AC" + "a" * 32, "auth_token": "x"}, "home": {}}
    store.save()
    env = {
        "_CALLBOX_COMPLETE": "bash_complete",
        "COMP_WORDS": "callbox --profile w",
        "COMP_CWORD": "2",
    }
    assert callbox(env=env).stdout.splitlines() == ["plain,work"]


def test_ctrl_c_exits_130(cb: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import callbox.cli._commands.messages as module

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(module, "client", interrupted)
    result = cb("messages", "list")
    assert result.exit_code == 130 and "Interrupted." in result.stderr
