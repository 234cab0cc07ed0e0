"""The seam between the resource tree and the clients: a typed protocol, no import cycle.

The tree (``_engine``) asks a client for exactly what its ``Dispatch`` protocol lists;
both clients answer every verb over real HTTP against the sandbox, and the modules of
``callbox.rest`` (stubs included) import each other in one direction only.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from callbox import AsyncClient, Client
from callbox.rest import BaseClient
from callbox.sandbox import Sandbox
from tests.test_layering import find_cycles

REST = Path(__file__).resolve().parents[2] / "callbox" / "rest"


def _module(path: Path) -> str:
    parts = ("callbox", "rest", *path.relative_to(REST).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def rest_import_graph() -> dict[str, set[str]]:
    """Module → the callbox.rest modules it imports anywhere (functions, TYPE_CHECKING too)."""
    files = {_module(p): p for p in sorted([*REST.rglob("*.py"), *REST.rglob("*.pyi")])}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.stem == "__init__" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                bases = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                # ``from . import x`` may name a module, else a name in the package
                bases = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names
                ]
            else:
                continue
            targets |= {b for b in bases if b in files and b != name}
        graph[name] = targets
    return graph


def test_the_rest_package_has_no_import_cycle_not_even_inside_functions() -> None:
    graph = rest_import_graph()
    # The graph is real: it sees the lazy imports and the stubs.
    assert "callbox.rest._pool" in graph["callbox.rest._client"]  # inside a function
    assert "callbox.rest._typing.client" in graph["callbox.rest._client"]  # TYPE_CHECKING
    assert "callbox.rest._typing.api" in graph["callbox.rest._typing.client"]
    found = find_cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)
    assert find_cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b", "a"]]  # and it would say so


def test_the_tree_knows_no_client_module() -> None:
    # The engine depends on the description only; clients and records depend on it.
    graph = rest_import_graph()
    assert graph["callbox.rest._engine"] == set()
    assert "callbox.rest._client" not in graph["callbox.rest._instance"]


def test_every_verb_goes_through_the_sync_client(callbox_sandbox: Sandbox) -> None:
    client = callbox_sandbox.client
    made = [client.queues.create(friendly_name=f"q{i}") for i in range(3)]  # _call
    assert client.queues(made[0].sid or "").fetch().friendly_name == "q0"
    assert made[1].update(friendly_name="renamed").friendly_name == "renamed"  # via a record
    assert [q.sid for q in client.queues.list(page_size=2)] == [q.sid for q in reversed(made)]
    assert [q.sid for q in client.queues.stream(page_size=2, limit=2)] == [made[2].sid, made[1].sid]
    page = client.queues.page(page_size=2)
    second = page.next_page()
    assert second is not None and [q.sid for q in second] == [made[0].sid]
    previous = second.previous_page()
    assert previous is not None and [q.sid for q in previous] == [made[2].sid, made[1].sid]
    again = client.queues.get_page(page.url)
    assert [q.sid for q in again] == [q.sid for q in page]
    assert client.queues(made[0].sid or "").delete() is True
    assert len(client.queues.list()) == 2


async def test_every_verb_goes_through_the_async_client(callbox_sandbox: Sandbox) -> None:
    client = callbox_sandbox.async_client
    made = [await client.verify.v2.services.create(friendly_name=f"s{i}") for i in range(3)]
    services = client.verify.v2.services
    assert (await services(made[0].sid or "").fetch()).friendly_name == "s0"
    assert (await made[1].update(friendly_name="renamed")).friendly_name == "renamed"
    assert [s.sid for s in await services.list(page_size=2)] == [s.sid for s in reversed(made)]
    assert [s.sid async for s in services.stream(page_size=2, limit=2)] == [
        made[2].sid,
        made[1].sid,
    ]
    page = await services.page(page_size=2)
    second = await page.next_page()
    assert second is not None and [s.sid for s in second] == [made[0].sid]
    again = await services.get_page(page.url)
    assert [s.sid for s in again] == [s.sid for s in page]
    assert await services(made[0].sid or "").delete() is True
    await client.close()


def test_a_base_client_holds_settings_and_says_it_does_not_send() -> None:
    base = BaseClient("AC" + "0" * 32, "token", environment={})
    queues = getattr(base, "queues")  # noqa: B009 - BaseClient has no typed tree
    with pytest.raises(NotImplementedError, match="Client and AsyncClient send"):
        queues.create(friendly_name="q")
    # Both clients implement the whole protocol (mypy checks the signatures).
    for cls in (Client, AsyncClient):
        for name in ("_call", "_list", "_stream", "_page", "_get_page", "_page_at"):
            assert getattr(cls, name) is not getattr(BaseClient, name), (cls, name)


def test_ids_by_name_import_nothing_more() -> None:
    # Once the description is loaded, naming ids (positional or keyword) loads no module.
    code = (
        "import sys; from callbox import Client; c = Client(environment={}); "
        "c.calls; c.flex_api.v2; before = set(sys.modules); c.calls('CA1').recordings; "
        "c.flex_api.v2.flex_user(instance_sid='GO1', flex_user_sid='FU1'); "
        "print(' '.join(sorted(set(sys.modules) - before)) or 'nothing')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["nothing"]
