"""Loading the description: lazily per domain, into the objects rest, sandbox and CLI read."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from callbox import description as desc
from callbox.description import _load

ROOT = Path(__file__).resolve().parents[2]


def test_every_domain_and_version_in_the_index_loads() -> None:
    index = desc.index()
    assert index["api"] == {"host": "api.twilio.com", "versions": ["v2010"]}
    for name, info in index.items():
        domain = desc.domain(name)
        assert (domain.name, domain.host) == (name, info["host"])
        assert list(domain.versions) == info["versions"]
    assert len(desc.all_resources()) > 500
    assert desc.domain("verify") is desc.domain("verify")  # read once, then kept


def test_an_unknown_domain_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="nope"):
        desc.domain("nope")


def test_a_resource_hangs_off_the_node_its_parent_path_names() -> None:
    api = desc.domain("api").versions["v2010"]
    accounts = api.roots["accounts"]
    messages = accounts.instance_children["messages"]
    assert messages.parent is accounts and messages.at_instance
    assert messages.own_params == 1 and messages.index > accounts.index
    assert api.resources[messages.index] is messages
    assert messages.qualified_name == "api.v2010.accounts.messages"
    for res in desc.all_resources():
        if res.parent is not None:
            assert res.parent.children(res.at_instance)[res.name] is res
            assert res.parent.path(res.at_instance) is not None


def test_operations_carry_codes_python_names_and_json_members() -> None:
    messages = desc.domain("api").versions["v2010"].roots["accounts"].instance_children["messages"]
    create = messages.list_ops["create"]
    assert (create.method, create.status, create.on_instance) == ("POST", 201, False)
    to = create.by_py_name["to"]
    assert (to.api_name, to.location, to.type, to.required) == ("To", "f", "s", True)
    assert create.required == (to,)
    listing = messages.list_ops["list"].by_py_name
    assert listing["date_sent_before"].api_name == "DateSent<"
    assert listing["date_sent_before"].type == "dt" and listing["from_"].api_name == "From"
    assert messages.fields["date_sent"] == "dr" and messages.fields["num_segments"] == "s"
    assert messages.instance_ops["delete"].status == 204

    contents = desc.domain("content").versions["v1"].roots["contents"].list_ops["create"]
    assert contents.json_body
    assert [(p.location, p.type, p.required) for p in contents.params] == [("j", "o", True)]
    members = {m.api_name: m for m in contents.members}
    assert members["language"].location == "m" and members["language"].required
    assert members["types"].type == "o" and not members["friendly_name"].required

    channel = desc.domain("verify").versions["v2"].roots["verification_attempts"]
    param = channel.list_ops["list"].by_py_name["channel"]
    assert param.enum == ("sms", "call", "email", "whatsapp", "rbm")


def test_importing_reads_nothing_and_a_domain_reads_only_its_own_file() -> None:
    script = textwrap.dedent(
        """
        import sys
        opened = []
        sys.addaudithook(
            lambda event, args: event == "open" and str(args[0]).endswith(".jsonl")
            and opened.append(str(args[0]).rsplit("/", 1)[-1])
        )
        from callbox import description as desc
        steps = [list(opened), "json" in sys.modules]
        desc.domain("verify")
        steps.append(list(opened))
        desc.domain("verify")
        desc.index()
        steps.append(list(opened))
        import json
        print(json.dumps(steps))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
    ).stdout
    on_import, json_loaded, first, again = json.loads(out)
    assert on_import == [] and not json_loaded
    assert first == ["index.jsonl", "verify.jsonl"]
    assert again == first


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder the loader reads instead of the shipped files."""
    monkeypatch.setattr(_load, "_DIR", str(tmp_path))
    monkeypatch.setattr(_load, "_INDEX", {})
    monkeypatch.setattr(_load, "_DOMAINS", {})
    (tmp_path / "index.jsonl").write_text(
        '{"domain":"demo","host":"demo.twilio.com","versions":["v1"]}\n'
    )
    return tmp_path


def test_a_broken_line_names_its_file_and_line(files: Path) -> None:
    (files / "demo.jsonl").write_text(
        '{"version":"v1","name":"things","list_path":"/v1/Things"}\n{"version":"v1",\n'
    )
    with pytest.raises(ValueError, match=r"demo\.jsonl:2: not a JSON object"):
        desc.domain("demo")


def test_a_parent_path_no_earlier_line_has_is_an_error(files: Path) -> None:
    (files / "demo.jsonl").write_text(
        '{"version":"v1","name":"parts","parent_path":"/v1/Things/{Sid}","list_path":"/v1/Things/{ThingSid}/Parts"}\n'
    )
    with pytest.raises(ValueError, match=r"demo\.jsonl:1: no earlier resource has /v1/Things/"):
        desc.domain("demo")


def test_a_version_the_index_does_not_list_is_an_error(files: Path) -> None:
    (files / "demo.jsonl").write_text('{"version":"v9","name":"things","list_path":"/v9/T"}\n')
    with pytest.raises(ValueError, match=r"demo\.jsonl:1: version 'v9' is not in the index"):
        desc.domain("demo")


def test_a_small_domain_loads_from_its_lines(files: Path) -> None:
    things = {
        "version": "v1",
        "name": "things",
        "list_path": "/v1/Things",
        "instance_path": "/v1/Things/{Sid}",
        "sid_prefix": "TH",
        "list_key": "things",
        "paging": "meta",
        "fields": {"integer": ["count"], "string": ["sid", "tags"], "string[]": ["labels"]},
        "list_ops": {
            "create": {
                "method": "POST",
                "status": 201,
                "form": [
                    {"name": "Label", "type": "string[]", "required": True, "enum": ["a", "b"]},
                    "Note",
                ],
            }
        },
        "instance_ops": {"fetch": {"method": "GET"}},
    }
    parts = {
        "version": "v1",
        "name": "parts",
        "parent_path": "/v1/Things/{Sid}",
        "list_path": "/v1/Things/{ThingSid}/Parts",
        "list_ops": {"list": {"method": "GET", "query": ["Size"], "header": ["X-Trace"]}},
    }
    stats = {
        "version": "v1",
        "name": "stats",
        "parent_path": "/v1/Things",
        "list_path": "/v1/Things/Stats",
        "list_ops": {
            "update": {
                "method": "PUT",
                "header": [{"name": "If-Match", "required": True}],
                "body": {"name": "Stats", "members": [{"name": "window", "type": "any"}, "unit"]},
            }
        },
    }
    lines = "".join(json.dumps(rec) + "\n" for rec in (things, parts, stats))
    (files / "demo.jsonl").write_text(lines)
    version = desc.domain("demo").versions["v1"]
    thing = version.roots["things"]
    assert [r.name for r in version.resources] == ["things", "parts", "stats"]
    assert thing.fields == {"count": "i", "sid": "s", "tags": "s", "labels": "a:s"}
    label, note = thing.list_ops["create"].params
    assert (label.py_name, label.type, label.is_array, label.required, label.enum) == (
        "label",
        "a:s",
        True,
        True,
        ("a", "b"),
    )
    assert (note.api_name, note.location, note.type, note.required, note.enum) == (
        "Note",
        "f",
        "s",
        False,
        None,
    )
    assert thing.instance_ops["fetch"].params == () and not thing.instance_ops["fetch"].json_body
    part = thing.instance_children["parts"]
    assert part.at_instance and part.own_params == 0
    # Parameters keep the order of their groups in the line.
    assert [(p.py_name, p.location) for p in part.list_ops["list"].params] == [
        ("size", "q"),
        ("x_trace", "h"),
    ]
    stat = thing.list_children["stats"]
    assert not stat.at_instance
    update = stat.list_ops["update"]
    assert (update.method, update.status, update.json_body) == ("PUT", 200, True)
    assert [(p.api_name, p.location, p.type, p.required) for p in update.params] == [
        ("If-Match", "h", "s", True),
        ("Stats", "j", "o", False),
    ]
    assert [(m.py_name, m.location, m.type, m.required) for m in update.members] == [
        ("window", "m", "*", False),
        ("unit", "m", "s", False),
    ]
