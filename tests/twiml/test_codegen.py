"""The typed classes are generated from the table; the committed modules must match it."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from callbox.twiml import _codegen


def test_generated_modules_match_the_table(tmp_path: Path) -> None:
    # The generator formats with ``python -m ruff`` (a dev dependency), so it needs ruff in
    # this interpreter, not on PATH; CI must have it.
    if importlib.util.find_spec("ruff") is None and not os.environ.get("CI"):
        pytest.skip("ruff (a dev dependency) is needed to format the generated code")
    written = _codegen.write(tmp_path)
    for path in written:
        committed = Path(_codegen.HERE / path.name).read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == committed, (
            f"{path.name} is stale: run python -m callbox.twiml._codegen"
        )
