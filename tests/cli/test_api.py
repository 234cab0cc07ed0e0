"""`callbox api`: every operation of the description, both paging styles, typed parameters."""

from __future__ import annotations

import json

import pytest

from callbox import description as desc
from callbox.cli._commands.api import find_resource, operation_command, resource_path
from callbox.sandbox import Sandbox

from .conftest import NUMBER, PHONE, Cli


def test_every_operation_of_every_domain_has_a_command() -> None:
    count = 0
    for res in desc.all_resources():
        domain = desc.domain(res.domain)
        assert find_resource(domain, resource_path(res)) is res, resource_path(res)
        for op in (*res.list_ops.values(), *res.instance_ops.values()):
            command = operation_command(res.domain, res, op)
            names = {p.name for p in command.params}
            assert len(names) == len(command.params), (resource_path(res), op.name)
            taken = [o for p in command.params for o in p.opts]
            assert len(taken) == len(set(taken)), (resource_path(res), op.name)
            count += 1
    assert count > 1400  # about 1,450 operations


def test_help_lists_parameters_with_types_enums_and_required(run: Cli) -> None:
    help_text = run("api", "core", "messages", "create", "--help").stdout
    assert "POST /2010-04-01/Accounts/{AccountSid}/Messages.json" in help_text
    assert "--To, --to TEXT" in help_text and "[required]" in help_text
    assert "--MaxPrice, --max-price FLOAT" in help_text
    assert "[retain|discard]" in help_text  # ContentRetention's enum
    assert "--MediaUrl, --media-url TEXT" in help_text and "repeat for" in help_text
    listing = run("api", "core", "calls", "list", "--help").stdout
    assert "--StartTimeBefore, --start-time-before DATETIME" in listing
    assert "pages follow next_page_uri" in listing and "--PageToken" not in listing
    assert (
        "pages follow meta.next_page_url"
        in run("api", "verify", "services", "list", "--help").stdout
    )


def test_domains_and_resources_are_listed(run: Cli) -> None:
    domains = run("api", "--help").stdout
    assert "verify" in domains and "verify.twilio.com (v2)" in domains
    resources = run("api", "verify", "--help").stdout
    assert "v2/services/verifications" in resources and "create" in resources
    assert run("api", "nosuch", "--help").exit_code == 2
    assert run("api", "verify", "no/such/thing", "--help").exit_code == 2


@pytest.mark.parametrize(
    "path",
    [
        "v2010/accounts/messages",
        "messages",
        "Messages",
        "accounts/messages",
        "v2010.accounts.messages",
    ],
)
def test_resource_paths_can_be_written_several_ways(path: str) -> None:
    found = find_resource(desc.domain("api"), path)
    assert found is not None and found.qualified_name == "api.v2010.accounts.messages"


def test_create_and_list_in_the_2010_paging_style(cb: Cli, sb: Sandbox) -> None:
    for i in range(5):
        made = cb(
            "api",
            "core",
            "messages",
            "create",
            "--To",
            PHONE,
            "--From",
            NUMBER,
            "--body",
            f"via api {i}",
            "-q",
        )
        assert made.exit_code == 0, made.output
    res = find_resource(desc.domain("api"), "messages")
    assert res is not None and res.paging == "page"
    listed = cb(
        "api",
        "api",
        "v2010/accounts/messages",
        "list",
        "--page-size",
        "2",
        "--limit",
        "0",
        "--jsonl",
    )
    bodies = [json.loads(x)["body"] for x in listed.stdout.splitlines()]
    assert bodies == [f"via api {i}" for i in reversed(range(5))]  # three pages followed
    some = cb("api", "core", "messages", "list", "-n", "3", "--page-size", "2", "-q")
    assert len(some.stdout.split()) == 3
    table = cb("api", "core", "messages", "list", "--columns", "to,body").stdout.splitlines()
    assert table[0].split() == ["to", "body"] and len(table) == 2 + 5


def test_create_fetch_update_delete_and_list_in_the_meta_paging_style(cb: Cli, sb: Sandbox) -> None:
    sids = []
    for name in ("one", "two", "three"):
        made = cb("api", "verify", "v2/services", "create", "--FriendlyName", name, "--json")
        assert made.exit_code == 0, made.output
        sids.append(json.loads(made.stdout)["sid"])
    res = find_resource(desc.domain("verify"), "services")
    assert res is not None and res.paging == "meta"
    listed = cb("api", "verify", "services", "list", "--page-size", "1", "-n", "0", "-q")
    assert listed.stdout.split() == sids[::-1]
    fetched = cb("api", "verify", "services", "fetch", "--Sid", sids[0], "--json")
    assert json.loads(fetched.stdout)["friendly_name"] == "one"
    updated = cb(
        "api",
        "verify",
        "services",
        "update",
        "--sid",
        sids[0],
        "--friendly-name",
        "uno",
        "--CodeLength",
        "8",
        "--json",
    )
    assert updated.exit_code == 0, updated.output
    assert sb.client.verify.v2.services(sids[0]).fetch().code_length == 8
    assert cb("api", "verify", "services", "delete", "--Sid", sids[0]).stdout == "Done.\n"
    assert len(sb.client.verify.v2.services.list()) == 2


def test_path_parameters_and_the_default_account(cb: Cli, sb: Sandbox) -> None:
    sub = sb.client.api.v2010.accounts.create(friendly_name="child")
    assert sub.sid is not None
    made = cb(
        "api",
        "core",
        "queues",
        "create",
        "--AccountSid",
        sub.sid,
        "--FriendlyName",
        "support",
        "--json",
    )
    assert made.exit_code == 0, made.output
    assert json.loads(made.stdout)["account_sid"] == sub.sid
    mine = cb("api", "core", "queues", "list", "-q").stdout.split()
    assert mine == []  # the default account is the main one
    theirs = cb("api", "core", "queues", "list", "--account-sid", sub.sid, "-q").stdout.split()
    assert theirs == [json.loads(made.stdout)["sid"]]
    missing = cb("api", "core", "calls/recordings", "list")
    assert missing.exit_code == 2 and "--CallSid" in missing.stderr


def test_values_are_checked_before_anything_is_sent(cb: Cli, sb: Sandbox) -> None:
    bad_enum = cb(
        "api",
        "core",
        "messages",
        "create",
        "--To",
        PHONE,
        "--From",
        NUMBER,
        "--Body",
        "x",
        "--ContentRetention",
        "forever",
    )
    assert bad_enum.exit_code == 2 and "'forever' is not one of 'retain', 'discard'" in (
        bad_enum.stderr
    )
    bad_int = cb(
        "api",
        "core",
        "calls",
        "create",
        "--To",
        PHONE,
        "--From",
        NUMBER,
        "--Url",
        "http://x/",
        "--Timeout",
        "soon",
    )
    assert bad_int.exit_code == 2 and "'soon' is not a valid integer" in bad_int.stderr
    assert sb.client.messages.list() == [] and sb.client.calls.list() == []


def test_api_errors_come_back_as_they_are(cb: Cli) -> None:
    refused = cb("api", "core", "messages", "create", "--To", PHONE, "--Body", "no sender")
    assert refused.exit_code == 1 and "Error 21603" in refused.stderr


def test_a_name_under_both_the_list_and_an_instance_is_told_apart_with_braces() -> None:
    taskrouter = desc.domain("taskrouter")
    every = find_resource(taskrouter, "workspaces/workers/statistics")
    one = find_resource(taskrouter, "workspaces/workers/{}/statistics")
    assert every is not None and one is not None and every is not one
    assert every.list_path == "/v1/Workspaces/{WorkspaceSid}/Workers/Statistics"
    assert one.list_path == "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics"
    assert resource_path(one) == "v1/workspaces/workers/{}/statistics"
