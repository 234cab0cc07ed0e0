"""Every operation of the API description answers through the sandbox, over real HTTP.

The walk creates a record wherever the description has a create, then fetches,
lists, updates and deletes it, filling required parameters with values of the
described type. No answer may be a 5xx; resources without a behaviour must
succeed outright, with the real API's response shape.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from callbox.description import Operation, Param, Resource
from callbox.sandbox import Sandbox
from callbox.sandbox._hooks import _HOOKS
from callbox.sandbox._routes import Route, routes

from .conftest import Raw


def _value(param: Param) -> str:
    if param.enum:
        return str(param.enum[0])
    kind = param.type[2:] if param.is_array else param.type
    name = param.api_name.lower()
    if kind == "i":
        return "1"
    if kind == "n":
        return "1.5"
    if kind == "b":
        return "true"
    if kind == "dt":
        return "2026-01-02T03:04:05Z"
    if kind == "d":
        return "2026-01-02"
    if kind == "o":
        return "{}"
    if name.endswith("url") or name.endswith("callback"):
        return "http://127.0.0.1:9/hook"
    if name in ("to", "from", "phonenumber", "phone_number"):
        return "+14155550100"
    return "walk-value"


def _member_value(param: Param) -> Any:
    """A JSON body member of the described type."""
    kind = param.type[2:] if param.is_array else param.type
    text = _value(param)
    value: Any = {"i": 1, "n": 1.5, "b": True, "o": {}, "*": text}.get(kind, text)
    return [value] if param.is_array else value


def _path_value(name: str, sandbox: Sandbox) -> str:
    if name == "AccountSid":
        return sandbox.account_sid
    if name.endswith("Sid"):
        return "XX" + "0" * 32
    return "walk"


def _keyed_ancestors(res: Resource) -> list[Resource]:
    """The records a resource's path hangs off, top down (not the account)."""
    found: list[Resource] = []
    level = res
    while level.parent is not None:
        if level.at_instance and level.parent.qualified_name != "api.v2010.accounts":
            found.append(level.parent)
        level = level.parent
    return found[::-1]


def _fill(route: Route, sandbox: Sandbox, key: str | None, created: dict[str, str]) -> str:
    """The route's path with real keys where the walk created the records it hangs off."""
    values = [_path_value(p, sandbox) for p in route.params]
    slots = [i for i, p in enumerate(route.params) if p != "AccountSid"]
    if route.instance:
        slots = slots[:-1]
    for i, parent in zip(slots, _keyed_ancestors(route.resource), strict=False):
        if parent.qualified_name in created:
            values[i] = created[parent.qualified_name]
    if key is not None and values:
        values[-1] = key
    it = iter(values)
    return f"/{route.label}" + re.sub(r"\{[^}]+\}", lambda m: next(it), route.path)


def _orphan(path: str, status: int, body: Any) -> bool:
    """A nested path under a record the walk could not make: Twilio's 404 is right."""
    return status == 404 and "XX" + "0" * 32 in path and body.get("code") == 20404


def _request(raw: Raw, method: str, path: str, op: Operation) -> tuple[int, Any]:
    required = [p for p in op.params if p.required and p.location in ("f", "q", "j")]
    query = [(p.api_name, _value(p)) for p in required if p.location == "q"]
    form = [(p.api_name, _value(p)) for p in required if p.location == "f"]
    kwargs: dict[str, Any] = {"params": query}
    if op.json_body:
        members = {m.api_name: _member_value(m) for m in op.members if m.required}
        kwargs["content"] = json.dumps(members)
        kwargs["headers"] = {"Content-Type": "application/json"}
    elif method in ("POST", "PUT", "PATCH"):
        kwargs["data"] = dict(form)
    response = raw.request(method, path, **kwargs)
    body = response.json() if response.content else None
    return response.status_code, body


def _has_hooks(res: Resource) -> bool:
    return any(q == res.qualified_name for q, _ in _HOOKS)


def test_every_described_operation_answers_without_a_server_error(
    sandbox: Sandbox, raw: Raw
) -> None:
    seen: Counter[str] = Counter()
    failures: list[str] = []
    table = routes()
    by_resource: dict[str, dict[bool, Route]] = {}
    for route in table:
        by_resource.setdefault(route.resource.qualified_name, {})[route.instance] = route
    assert len(by_resource) > 550  # the whole description, not a sample

    created: dict[str, str] = {}
    deletes: list[tuple[int, bool, Route, str | None, Operation]] = []

    def check(generic: bool, path: str, key: str | None, op: Operation) -> None:
        status, body = _request(raw, op.method, path, op)
        seen[f"{op.name}:{status // 100}xx"] += 1
        if status >= 500:
            failures.append(f"{op.method} {path} -> {status} {body}")
        if generic and key is not None and status >= 300 and not _orphan(path, status, body):
            failures.append(f"generic {op.method} {path} -> {status} {body}")
        if status >= 400:
            assert set(body) == {"code", "message", "more_info", "status"}, body

    depth = {
        q: len(_keyed_ancestors((p.get(False) or p[True]).resource)) for q, p in by_resource.items()
    }
    for qname, pair in sorted(by_resource.items(), key=lambda kv: (depth[kv[0]], kv[0])):
        list_route, inst_route = pair.get(False), pair.get(True)
        either = list_route or inst_route
        assert either is not None
        res = either.resource
        generic = not _has_hooks(res)
        key = None
        if list_route is not None:
            for op in res.list_ops.values():
                path = _fill(list_route, sandbox, None, created)
                status, body = _request(raw, op.method, path, op)
                seen[f"{op.name}:{status // 100}xx"] += 1
                if status >= 500:
                    failures.append(f"{op.method} {path} -> {status} {body}")
                elif generic and status >= 300 and not _orphan(path, status, body):
                    failures.append(f"generic {op.method} {path} -> {status} {body}")
                if op.name == "create" and status < 300 and inst_route is not None:
                    kf = inst_route.params[-1]
                    key = body.get("sid") if kf.endswith("Sid") or kf == "Sid" else None
                    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", kf).lower()
                    key = key or body.get(snake) or body.get("sid")
                    if key:
                        created[qname] = str(key)
                if op.name == "list" and status == 200 and res.paging:
                    assert (res.list_key or "results") in body, (qname, body)
                    assert ("meta" in body) == (res.paging == "meta"), qname
        if inst_route is not None:
            for op in res.instance_ops.values():
                if op.method == "DELETE":
                    deletes.append((depth[qname], generic, inst_route, key, op))
                else:
                    check(generic, _fill(inst_route, sandbox, key, created), key, op)
    # Deletes last and deepest first, so every child was walked while its parent stood.
    for _, generic, inst_route, key, op in sorted(deletes, key=lambda d: -d[0]):
        check(generic, _fill(inst_route, sandbox, key, created), key, op)
    assert not failures, "\n".join(failures[:40])
    # Sanity: the walk really exercised every kind of operation successfully.
    for kind in ("create", "fetch", "list", "update", "delete"):
        assert seen[f"{kind}:2xx"] > 50, seen


@pytest.mark.parametrize(
    ("path", "prefix", "key"),
    [
        ("/api/2010-04-01/Accounts/{A}/Queues.json", "QU", "queues"),
        ("/verify/v2/Services", "VA", "services"),
        ("/sync/v1/Services", "IS", "services"),
    ],
)
def test_created_record_has_the_real_shape(
    sandbox: Sandbox, raw: Raw, path: str, prefix: str, key: str
) -> None:
    path = path.replace("{A}", sandbox.account_sid)
    created = raw.post(path, data={"FriendlyName": "shape"})
    assert created.status_code == 201, created.text
    record = created.json()
    assert record["sid"].startswith(prefix) and len(record["sid"]) == 34
    assert record["friendly_name"] == "shape"
    assert record["account_sid"] == sandbox.account_sid
    if path.startswith("/api/"):
        assert record["uri"] == path[4:].replace(".json", f"/{record['sid']}.json")
        assert record["date_created"].endswith("+0000")  # RFC 2822 in the 2010 API
    else:
        assert record["url"].startswith("https://") and record["url"].endswith(record["sid"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["date_created"])
        assert all(link.startswith(record["url"] + "/") for link in record["links"].values())
    listed = raw.get(path).json()[key]
    assert record["sid"] in [r["sid"] for r in listed]


def test_json_bodies_and_non_sid_keys(raw: Raw) -> None:
    made = [
        raw.post("/assistants/v1/Assistants", json={"name": f"bot {i}"}).json() for i in range(2)
    ]
    ids = [m["id"] for m in made]
    assert all(ids) and ids[0] != ids[1]
    assert [m["name"] for m in made] == ["bot 0", "bot 1"]
    fetched = raw.get(f"/assistants/v1/Assistants/{ids[0]}")
    assert fetched.status_code == 200 and fetched.json()["name"] == "bot 0"
    content = raw.post(
        "/content/v1/Content",
        json={"friendly_name": "tpl", "language": "en", "types": {"twilio/text": {"body": "hi"}}},
    ).json()
    assert content["sid"].startswith("HX") and content["friendly_name"] == "tpl"
    assert content["types"] == {"twilio/text": {"body": "hi"}}
    wrong = raw.post("/content/v1/Content", data={"friendly_name": "x"})
    assert wrong.status_code == 415


def test_lookups_keyed_by_a_value_answer_and_remember_updates(raw: Raw) -> None:
    path = "/routes/v2/PhoneNumbers/+14155550100"
    fetched = raw.get(path)
    assert fetched.status_code == 200
    assert fetched.json()["phone_number"] == "+14155550100"
    assert fetched.json()["friendly_name"] is None
    updated = raw.post(path, data={"FriendlyName": "front desk", "VoiceRegion": "ie1"})
    assert updated.status_code == 200 and updated.json()["voice_region"] == "ie1"
    again = raw.get(path).json()
    assert (again["friendly_name"], again["phone_number"]) == ("front desk", "+14155550100")
    assert raw.get("/routes/v2/PhoneNumbers/+14155550199").json()["friendly_name"] is None


def test_values_take_their_field_types(raw: Raw) -> None:
    acct = f"/api/2010-04-01/Accounts/{raw.sandbox.account_sid}"
    queue = raw.post(f"{acct}/Queues.json", data={"FriendlyName": "q", "MaxSize": "7"}).json()
    assert queue["max_size"] == 7  # an integer field
    token = raw.post(f"{acct}/Tokens.json", data={"Ttl": "3600"}).json()
    assert token["ttl"] == "3600"  # an integer parameter, a string field, as on Twilio
