"""The typed classes are generated from the table; the committed modules must match it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from callbox.twiml import _codegen


def test_generated_modules_match_the_table(tmp_path: Path) -> None:
    if shutil.which("ruff") is None and not (Path(__file__).parents[2] / ".venv").exists():
        pytest.skip("ruff is needed to format the generated code")
    written = _codegen.write(tmp_path)
    for path in written:
        committed = Path(_codegen.HERE / path.name).read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == committed, (
            f"{path.name} is stale: run python -m callbox.twiml._codegen"
        )
