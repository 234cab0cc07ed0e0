"""callbox.flows is acyclic, uses other parts only through their public modules, and is
light: ``import callbox`` never loads it, and it loads no web framework or redis-py."""

from __future__ import annotations

import subprocess
import sys

from tests.test_layering import find_cycles, import_graph

#: Private modules of other parts flows may import (none).
ALLOWED_PRIVATE: set[tuple[str, str]] = set()


def test_flows_has_no_import_cycles() -> None:
    graph = {
        name: {t for t in targets if t.startswith("callbox.flows")}
        for name, targets in import_graph().items()
        if name.startswith("callbox.flows")
    }
    assert "callbox.flows._core" in graph
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_flows_uses_other_parts_public_modules_only() -> None:
    private = {
        (name, target)
        for name, targets in import_graph().items()
        if name.startswith("callbox.flows")
        for target in targets
        if not target.startswith("callbox.flows") and "._" in target
    }
    assert private == ALLOWED_PRIVATE
    assert not any(
        target.startswith("callbox.flows")
        for name, targets in import_graph().items()
        if not name.startswith(("callbox.flows", "callbox.cli._commands.flows"))
        for target in targets
    ), "nothing else in callbox imports flows (but the command that serves it)"


def test_importing_flows_loads_no_framework_server_or_redis() -> None:
    code = (
        "import sys, callbox; assert 'callbox.flows' not in sys.modules; "
        "import callbox.flows; print(' '.join(sys.modules))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "callbox.flows" in loaded
    assert not loaded & {"starlette", "uvicorn", "redis", "flask", "django", "httpx"}
