"""The shipped files: one resource per line, keys that name what they hold, facts only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from callbox import description as desc

FILES = Path(desc.__file__).parent
RESOURCE_KEYS = {
    "version",
    "name",
    "parent_path",
    "list_path",
    "instance_path",
    "sid_prefix",
    "list_key",
    "paging",
    "fields",
    "list_ops",
    "instance_ops",
}
OPERATION_KEYS = {"method", "status", "header", "query", "form", "body"}
PARAM_KEYS = {"name", "type", "required", "enum"}
BODY_KEYS = {"name", "required", "members"}
TYPES = {
    "string",
    "integer",
    "number",
    "boolean",
    "object",
    "date-time",
    "date-time-rfc-2822",
    "date",
    "any",
}


def _lines(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (FILES / name).read_text("utf-8").splitlines()]


def _domains() -> list[str]:
    return [rec["domain"] for rec in _lines("index.jsonl")]


def _type_ok(name: str) -> bool:
    return name.removesuffix("[]") in TYPES


def test_the_package_ships_an_index_and_one_jsonl_file_per_domain() -> None:
    shipped = {p.name for p in FILES.iterdir() if not p.name.endswith((".py", "__pycache__"))}
    assert shipped == {"index.jsonl"} | {f"{d}.jsonl" for d in _domains()}
    assert {"api", "messaging", "verify", "lookups", "conversations"} <= set(_domains())


def _param_ok(param: str | dict[str, Any]) -> bool:
    if isinstance(param, str):  # an optional plain string: its name says it all
        return bool(param)
    return set(param) <= PARAM_KEYS and _type_ok(param.get("type", "string"))


def _operations() -> list[dict[str, Any]]:
    return [
        op
        for name in _domains()
        for rec in _lines(f"{name}.jsonl")
        for slot in ("list_ops", "instance_ops")
        for op in rec.get(slot, {}).values()
    ]


def test_every_line_is_one_resource_with_keys_that_name_what_they_hold() -> None:
    for name in _domains():
        lines = _lines(f"{name}.jsonl")
        loaded = [r for v in desc.domain(name).versions.values() for r in v.resources]
        assert [(r["version"], r["name"]) for r in lines] == [(r.version, r.name) for r in loaded]
        for rec in lines:
            assert set(rec) <= RESOURCE_KEYS, rec.keys() - RESOURCE_KEYS
            assert "list_path" in rec or "instance_path" in rec
            assert all(_type_ok(t) and names for t, names in rec.get("fields", {}).items())
    ops = _operations()
    assert len(ops) > 1300
    for op in ops:
        assert set(op) <= OPERATION_KEYS, op.keys() - OPERATION_KEYS
        assert op["method"] in {"GET", "POST", "PUT", "PATCH", "DELETE"}
        for group in ("header", "query", "form"):
            assert all(_param_ok(p) for p in op.get(group, []))
        if "body" in op:
            assert set(op["body"]) <= BODY_KEYS and op["body"]["name"]
            assert all(_param_ok(m) for m in op["body"].get("members", []))
    assert sum(len(op.get(g, [])) for op in ops for g in ("header", "query", "form")) > 4000
    assert sum(len(op["body"].get("members", [])) for op in ops if "body" in op) > 50


def test_defaults_are_left_out_so_a_line_holds_only_what_differs() -> None:
    for op in _operations():
        assert op.get("status") != 200
        assert all(op.get(g) != [] for g in ("header", "query", "form"))
        body = op.get("body", {})
        params = [*op.get("header", []), *op.get("query", []), *op.get("form", [])]
        for param in [*params, *body.get("members", [])]:
            if isinstance(param, dict):
                assert set(param) != {"name"}, "a plain optional string is its bare name"
                assert param.get("type") != "string" and param.get("required") is not False
        assert body.get("required") is not False and body.get("members") != []


def test_the_files_hold_facts_only() -> None:
    for file in FILES.glob("*.jsonl"):
        text = file.read_text("utf-8")
        assert '"description":' not in text and '"summary":' not in text and '"example' not in text


def test_a_line_reads_as_the_resource_it_describes() -> None:
    (messages,) = (r for r in _lines("api.jsonl") if r["name"] == "messages")
    assert messages["parent_path"] == "/2010-04-01/Accounts/{Sid}.json"
    assert messages["list_path"] == "/2010-04-01/Accounts/{AccountSid}/Messages.json"
    assert messages["sid_prefix"] == "SM" and messages["paging"] == "page"
    assert "date_sent" in messages["fields"]["date-time-rfc-2822"]
    create = messages["list_ops"]["create"]
    assert create["method"] == "POST" and create["status"] == 201
    assert {"name": "To", "required": True} in create["form"] and "Body" in create["form"]
    assert {"name": "DateSent<", "type": "date-time"} in messages["list_ops"]["list"]["query"]
    assert messages["instance_ops"]["delete"] == {"method": "DELETE", "status": 204}
    (contents,) = (
        r for r in _lines("content.jsonl") if (r["version"], r["name"]) == ("v1", "contents")
    )
    body = contents["list_ops"]["create"]["body"]
    assert body["name"] == "ContentCreateRequest" and body["required"] is True
    assert {"name": "language", "required": True} in body["members"]
