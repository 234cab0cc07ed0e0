"""callbox.description is a leaf that every part imports through its public name.

Imports are read from the source with ``ast`` (module level, inside functions, under
``if TYPE_CHECKING:``), relative ones resolved, so nothing is imported to check them.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "callbox.description"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _imports() -> list[tuple[str, str, str | None]]:
    """(importer, module, name): ``from x import y`` gives (.., "x", "y"), ``import x`` (.., "x", None)."""
    found: list[tuple[str, str, str | None]] = []
    for path in sorted((ROOT / "callbox").rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.extend((name, alias.name, None) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = node.module or ""
                base = (f"{base}.{module}" if module else base) if node.level else module
                found.extend((name, base, alias.name) for alias in node.names)
    return found


@functools.cache
def _graph() -> dict[str, set[str]]:
    """Every callbox module → the modules it imports (``from x import y``: x.y if a module)."""
    modules = {_module_name(path) for path in (ROOT / "callbox").rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for importer, module, name in _imports():
        submodule = f"{module}.{name}"
        graph[importer].add(submodule if name and submodule in modules else module)
    return graph


def _is_private(module: str) -> bool:
    return module.startswith(PACKAGE + "._")


def test_no_module_outside_the_package_imports_its_private_modules() -> None:
    graph = _graph()
    private = {
        (name, target)
        for name, targets in graph.items()
        if not name.startswith(PACKAGE)
        for target in targets
        if _is_private(target)
    }
    assert not private


def test_rest_sandbox_cli_and_console_import_the_public_module() -> None:
    importers = {n for n, targets in _graph().items() if PACKAGE in targets}
    for part in ("callbox.rest.", "callbox.sandbox.", "callbox.cli.", "callbox.sandbox.console."):
        assert any(n.startswith(part) for n in importers), part


def test_nothing_takes_the_description_from_rest() -> None:
    import callbox.description

    exported = {"description", "desc", *callbox.description.__all__}
    through_rest = {
        (importer, module, name)
        for importer, module, name in _imports()
        if not importer.startswith(("callbox.rest", PACKAGE))
        and module.startswith("callbox.rest")
        and name in exported
    }
    assert not through_rest


def test_the_package_imports_nothing_else_of_callbox_and_has_no_cycle() -> None:
    graph = {n: t for n, t in _graph().items() if n.startswith(PACKAGE)}
    assert len(graph) >= 5
    for name, targets in graph.items():
        outside = {t for t in targets if t.startswith("callbox") and not t.startswith(PACKAGE)}
        assert not outside, (name, outside)
    inside = {n: {t for t in targets if t in graph and t != n} for n, targets in graph.items()}
    # Peel off modules that import nothing left; whatever remains sits on a cycle.
    while inside:
        leaves = {n for n, targets in inside.items() if not targets}
        assert leaves, f"import cycle among {sorted(inside)}"
        inside = {n: targets - leaves for n, targets in inside.items() if n not in leaves}
