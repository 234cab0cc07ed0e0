"""Layering: the sandbox imports without cycles and uses only rest's public surface.

Imports are read from the source with ``ast`` (module level, inside functions and
under ``if TYPE_CHECKING:``: a type is a dependency too), relative ones resolved,
so nothing is imported to check them. That ``import callbox`` stays light is
checked by running it, in tests/test_imports.py.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Private modules of callbox.rest that modules outside it may import, and why. None:
#: the webhook sender reuses the client's async pool through ``callbox.rest.transport``.
ALLOWED_REST_PRIVATE: set[tuple[str, str]] = set()


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / "callbox").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, tree: ast.AST) -> Iterator[str]:
    """Every module that module ``name`` imports, anywhere in its source."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            for alias in node.names:
                submodule = f"{base}.{alias.name}"  # ``from . import x`` may name a module
                yield submodule if submodule in MODULES else base


def import_graph() -> dict[str, set[str]]:
    """Module name → the callbox modules it imports."""
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[name] = {t for t in _imports(name, tree) if t in MODULES and t != name}
    return graph


def find_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Import cycles, each as a path that ends where it starts (one per closing edge)."""
    cycles: list[list[str]] = []
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> None:
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if target in path:
                cycles.append([*path[path.index(target) :], target])
            elif target not in done:
                visit(target)
        path.pop()
        done.add(node)

    for node in sorted(graph):
        if node not in done:
            visit(node)
    return cycles


def test_the_sandbox_has_no_import_cycles() -> None:
    sandbox = {
        name: {t for t in targets if t.startswith("callbox.sandbox")}
        for name, targets in import_graph().items()
        if name.startswith("callbox.sandbox")
    }
    cycles = find_cycles(sandbox)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_of_callbox_is_in_an_import_cycle() -> None:
    # lint-imports checks cycles between the parts; this one, between single modules
    # anywhere, type-only imports included.
    graph = import_graph()
    assert len(graph) > 150  # the whole package (177 modules), not a part of it
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_reports_the_path() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_outside_rest_imports_its_private_modules() -> None:
    # Covers callbox.sandbox and callbox.cli; the allowlist must stay exact.
    private = {
        (name, target)
        for name, targets in import_graph().items()
        if not name.startswith("callbox.rest")
        for target in targets
        if target.startswith("callbox.rest._")
    }
    unexpected, stale = private - ALLOWED_REST_PRIVATE, ALLOWED_REST_PRIVATE - private
    assert not unexpected, f"imports of rest's private modules: {sorted(unexpected)}"
    assert not stale, f"allowed but no longer imported, drop them: {sorted(stale)}"


def test_rest_and_the_sandbox_share_the_public_description() -> None:
    importers = {n for n, targets in import_graph().items() if "callbox.description" in targets}
    assert {"callbox.rest._client", "callbox.sandbox._routes"} <= importers


def test_the_command_line_and_the_actions_have_no_import_cycles() -> None:
    parts = ("callbox.cli", "callbox.actions")
    graph = {
        name: {t for t in targets if t.startswith(parts)}
        for name, targets in import_graph().items()
        if name.startswith(parts)
    }
    assert "callbox.cli._commands.actions" in graph  # the graph really holds the commands
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_actions_use_only_the_clients_public_surface() -> None:
    used = {t for n, ts in import_graph().items() if n.startswith("callbox.actions") for t in ts}
    assert not {
        t for t in used if t.startswith(("callbox.rest.", "callbox.sandbox", "callbox.cli"))
    }
