"""What the stubs promise is what the client does.

The generated stubs are read back with ``ast`` and compared with the description and the
runtime for every resource: record fields (an omitted one reads as None), ids by their
real names, keyword names, required parameters and enum choices. The behaviours behind
those promises are then shown over HTTP, against the sandbox or a Twilio-like server.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from callbox import AsyncClient, Client, ConfigurationError
from callbox import description as desc
from callbox.rest import Instance
from callbox.rest._engine import _snake, path_names
from callbox.sandbox import Sandbox

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message

ROOT = Path(__file__).resolve().parents[2]
STUBS = ROOT / "callbox" / "rest" / "_typing"
PAGING = {"limit", "page_size", "page_number", "page_token", "target_url"}


@cache
def gen_stubs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_stubs", ROOT / "tools" / "gen_stubs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def stub_classes(domain: str) -> dict[str, ast.ClassDef]:
    tree = ast.parse((STUBS / f"{domain}.pyi").read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def members(cls: ast.ClassDef) -> dict[str, ast.AST]:
    found: dict[str, ast.AST] = {}
    for node in cls.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = node
    return found


def resources() -> Iterator[desc.Resource]:
    yield from desc.all_resources()


def test_every_stub_agrees_with_the_description_and_the_runtime() -> None:
    gen = gen_stubs()
    checked_ops = checked_enums = 0
    for res in resources():
        classes = stub_classes(res.domain)
        base = gen.class_base(res)
        # Fields: exactly the described ones, each read as None from an empty record.
        declared = set(members(classes[f"{base}_Fields"])) if f"{base}_Fields" in classes else set()
        described = {gen.ident(f) for f in res.fields} - {None}
        assert declared == described, res
        empty = Instance(Client(ACCOUNT, TOKEN, environment={}), res, (), {})
        assert all(getattr(empty, name) is None for name in declared), res
        # Ids: the runtime's names, in order.
        if res.instance_path is not None:
            call = members(classes[f"{base}_List"])["__call__"]
            assert isinstance(call, ast.FunctionDef)
            assert tuple(a.arg for a in call.args.args[1:]) == path_names(res), res
        # Operations: keyword names, required ones, enum choices.
        for suffix, ops in (("List", res.list_ops), ("Context", res.instance_ops)):
            stubbed = members(classes[f"{base}_{suffix}"]) if ops else {}
            for name, op in ops.items():
                method = stubbed[name]
                assert isinstance(method, ast.FunctionDef)
                assert [ast.unparse(d) for d in method.decorator_list] == ["_op"]
                args = method.args
                kw = {a.arg: (a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)}
                params = {p.py_name: p for p in op.params if name != "list" or p.py_name != "page"}
                assert set(kw) - PAGING == set(params) - PAGING, (res, name)
                for py_name, param in params.items():
                    if py_name in PAGING:
                        continue
                    arg, default = kw[py_name]
                    assert (default is None) == param.required, (res, name, py_name)
                    if param.enum:
                        text = ast.unparse(arg.annotation or ast.Constant(None))
                        literal = "Literal[" + ", ".join(repr(v) for v in param.enum) + "]"
                        assert literal in text, (res, name, py_name, text)
                        checked_enums += 1
                checked_ops += 1
    assert checked_ops > 1400 and checked_enums > 400  # the walk really covered the API


def test_ids_are_named_as_the_api_names_them_in_snake_case() -> None:
    import re

    def regex_snake(name: str) -> str:  # the usual two-step rule, for comparison
        name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
        return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()

    names = {n for r in resources() for n in re.findall(r"\{([^}]+)\}", r.instance_path or "")}
    names |= {"SIPDomainSid", "reportId", "V2Id", "ABCDef", "aBC", "Sid"}
    for name in names:
        assert _snake(name) == regex_snake(name), name
    queues = {r.name: r for r in desc.domain("api").versions["v2010"].resources}["queues"]
    assert path_names(queues) == ("sid",)


def test_every_domain_and_version_offers_what_its_stub_declares() -> None:
    client = Client(environment={})  # no credentials needed to walk the tree
    for name in desc.index():
        classes = stub_classes(name)
        node = getattr(client, name)
        declared = set(members(classes[f"{gen_stubs().camel(name)}Domain"]))
        # base_url is a property the stub declares; dir() lists what the tree offers.
        assert declared - {"base_url"} == set(dir(node)), name
        assert node.base_url.startswith("https://"), name
        for attr in declared:
            assert getattr(node, attr) is not None, (name, attr)
        for vname in desc.domain(name).versions:
            vclass = classes[f"{gen_stubs().camel(name)}{gen_stubs().camel(vname)}"]
            assert set(members(vclass)) == set(dir(getattr(node, vname))), (name, vname)
    assert repr(client.api.calls) == "<api.v2010.accounts.calls list {AccountSid}>"


def test_sync_and_async_records_share_one_declaration_of_their_fields() -> None:
    classes = stub_classes("api")
    record = classes["V2010_Accounts_Messages_Instance"]
    assert [ast.unparse(b) for b in record.bases] == [
        "V2010_Accounts_Messages_Fields",
        "V2010_Accounts_Messages_Context[M]",
    ]
    assert not any(name.startswith("Async") for name in classes)


# ---------------------------------------------------------------- over HTTP


def test_a_field_the_answer_leaves_out_reads_as_none(twilio: FakeTwilio) -> None:
    # Twilio leaves fields out (older records, other API versions): they read as None.
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, environment={})
    twilio.reply(201, {"sid": "SM" + "1" * 32, "status": "queued"})
    sent = client.messages.create(to="+14155550100", body="hi")
    assert sent.status == "queued"
    assert sent.date_sent is None and sent.price_unit is None and sent.from_ is None
    assert "date_sent" in dir(sent) and "date_sent" not in sent
    with pytest.raises(AttributeError, match="has no field 'date_sentt'"):
        sent.date_sentt  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(sent, "nonsense")
    # Present values still convert; children still work from the record.
    twilio.reply(200, message(sid=sent.sid or ""))
    created = sent.fetch().date_created
    assert created is not None and created.year == 2023
    assert twilio.last.path.endswith(f"/Messages/{sent.sid}.json")
    twilio.reply(200, {"media_list": [], "next_page_uri": None})
    assert sent.media.list() == []


def test_a_field_wins_over_a_child_of_the_same_name(twilio: FakeTwilio) -> None:
    # iam.v1.o_auth_apps has a "secret" field and a "secret" child: the record reads the
    # field (None when left out), as its stub says; the context reaches the child.
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, environment={})
    twilio.reply(201, {"sid": "OQ1", "secret": "s3"})
    app = client.iam.v1.o_auth_apps.create(vendor_oauth_app_create_request={"type": "x"})
    assert app.secret == "s3"
    twilio.reply(200, {"sid": "OQ1"})
    updated = client.iam.v1.o_auth_apps("OQ1").update(vendor_oauth_app_update_request={})
    assert updated.secret is None
    assert repr(client.iam.v1.o_auth_apps("OQ1").secret) == "<iam.v1.o_auth_apps.secret list OQ1>"


def test_ids_by_their_real_names_against_the_sandbox(callbox_sandbox: Sandbox) -> None:
    client = callbox_sandbox.client
    queue = client.queues.create(friendly_name="support")
    assert client.queues(sid=queue.sid or "").fetch().friendly_name == "support"
    assert client.queues.get(sid=queue.sid or "").fetch().sid == queue.sid
    us = client.available_phone_numbers(country_code="US")
    assert us.local.list(limit=1)[0].iso_country == "US"
    account = client.api.v2010.accounts(sid=callbox_sandbox.account_sid).fetch()
    assert account.sid == callbox_sandbox.account_sid


def test_two_ids_by_name_position_or_both(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=twilio.base_url, environment={})
    users = client.flex_api.v2.flex_user
    for ctx in (
        users(instance_sid="GO1", flex_user_sid="FU1"),
        users(flex_user_sid="FU1", instance_sid="GO1"),
        users("GO1", flex_user_sid="FU1"),
        users("GO1", "FU1"),
    ):
        ctx.fetch()
        assert twilio.last.path == "/flex-api/v2/Instances/GO1/Users/FU1"
    sent = len(twilio.seen)
    with pytest.raises(
        TypeError, match="unexpected id 'user_sid'; valid: instance_sid, flex_user_sid"
    ):
        users(instance_sid="GO1", user_sid="FU1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for 'instance_sid'"):
        users("GO1", instance_sid="GO2")  # type: ignore[call-arg, misc]
    with pytest.raises(TypeError, match="missing the id\\(s\\) 'flex_user_sid'"):
        users(instance_sid="GO1")  # type: ignore[call-arg]
    with pytest.raises(
        TypeError, match="takes 2 id\\(s\\) \\(instance_sid, flex_user_sid\\), got 1"
    ):
        users("GO1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="flex_user_sid must be a non-empty string"):
        users(instance_sid="GO1", flex_user_sid="")
    assert len(twilio.seen) == sent  # nothing was sent


def test_the_tree_is_there_before_the_credentials_are(callbox_sandbox: Sandbox) -> None:
    client = Client(environment={}, base_url=callbox_sandbox.base_url, proxy="")
    assert hasattr(client, "messages") and hasattr(client, "account")
    assert hasattr(client.api.v2010, "account") and hasattr(client.api, "calls")
    assert not hasattr(client, "mesages")
    with pytest.raises(ConfigurationError, match="TWILIO_ACCOUNT_SID"):
        client.queues.create(friendly_name="early")
    # Credentials given later are used by the nodes taken before.
    queues = client.queues
    client.username = client.account_sid = callbox_sandbox.account_sid
    client.password = callbox_sandbox.auth_token
    made = queues.create(friendly_name="late")
    assert made.account_sid == callbox_sandbox.account_sid
    assert f"/Accounts/{callbox_sandbox.account_sid}/Queues.json" in str(client.last_request)
    assert made.fetch().friendly_name == "late"  # the record holds the real account


async def test_the_async_tree_is_there_before_the_credentials_are(
    callbox_sandbox: Sandbox,
) -> None:
    client = AsyncClient(environment={}, base_url=callbox_sandbox.base_url, proxy="")
    assert hasattr(client, "messages") and hasattr(client, "account")
    with pytest.raises(ConfigurationError, match="TWILIO_ACCOUNT_SID"):
        await client.account.fetch()
    client.username = client.account_sid = callbox_sandbox.account_sid
    client.password = callbox_sandbox.auth_token
    assert (await client.account.fetch()).sid == callbox_sandbox.account_sid
    await client.close()
