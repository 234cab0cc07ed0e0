"""The sandbox's seams are typed: what a module hands another is never ``Any``.

mypy --strict cannot see through ``Any``: a parameter ``sandbox: Any`` accepts a typo'd
attribute as readily as a real one.  These checks read the source (``ast``, nothing is
imported) and name the line that brings the plumbing back.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SANDBOX = ROOT / "callbox" / "sandbox"

#: Names that always hold one of the sandbox's own objects (the running state, its store,
#: a hook context, the voice engine, a call leg) and so must carry its type or a protocol.
PLUMBING = frozenset({"sandbox", "state", "store", "ctx", "engine", "leg", "sb"})


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SANDBOX.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        yield name, ast.parse(path.read_text(encoding="utf-8"), name)


def _is_any(annotation: ast.expr | None) -> bool:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.strip() == "Any"
    return (isinstance(annotation, ast.Name) and annotation.id == "Any") or (
        isinstance(annotation, ast.Attribute) and annotation.attr == "Any"
    )


def _plumbing_typed_any(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                if arg.arg in PLUMBING and _is_any(arg.annotation):
                    yield arg.lineno, f"{node.name}({arg.arg}: Any)"
        elif isinstance(node, ast.AnnAssign) and _is_any(node.annotation):
            target = node.target
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if name in PLUMBING:
                yield node.lineno, f"{name}: Any"


def _duck_typed(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in PLUMBING
        ):
            yield node.lineno, ast.unparse(node)


def _hooks_returning_any(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _is_any(node.returns):
            for decorator in node.decorator_list:
                call = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(call, ast.Name) and call.id in ("hook", "alias"):
                    yield node.lineno, f"@{call.id} {node.name}(...) -> Any"


def test_the_checks_see_what_they_look_for() -> None:
    # Without this, a check that matched nothing would pass forever.
    bad = ast.parse(
        "@hook('x', 'create')\n"
        "def send(ctx: Any, params, record) -> Any:\n"
        "    return getattr(sandbox, 'loop', None)\n"
        "class Leg:\n"
        "    def __init__(self, engine: 'Any') -> None:\n"
        "        self.store: typing.Any = None\n"
    )
    assert [line for line, _ in _plumbing_typed_any(bad)] == [2, 5, 6]
    assert [line for line, _ in _duck_typed(bad)] == [3]
    assert [line for line, _ in _hooks_returning_any(bad)] == [2]


def test_no_sandbox_plumbing_is_typed_any() -> None:
    found = [
        f"{name}:{line}: {what}"
        for name, tree in _modules()
        for line, what in _plumbing_typed_any(tree)
    ]
    assert not found, "type these with the real class or a protocol:\n" + "\n".join(found)


def test_nothing_duck_types_the_sandbox() -> None:
    found = [
        f"{name}:{line}: {what}" for name, tree in _modules() for line, what in _duck_typed(tree)
    ]
    assert not found, "read the attribute of the typed object instead:\n" + "\n".join(found)


def test_hooks_say_what_they_return() -> None:
    found = [
        f"{name}:{line}: {what}"
        for name, tree in _modules()
        for line, what in _hooks_returning_any(tree)
    ]
    assert not found, "hooks return HookResult:\n" + "\n".join(found)
