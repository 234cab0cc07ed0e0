"""IDE completion and type checking come from stubs generated from the description."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_stubs_are_generated_from_the_shipped_description() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_stubs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    shutil.which("mypy") is None and not (Path(sys.executable).parent / "mypy").exists(),
    reason="mypy is not installed",
)
def test_mypy_catches_a_misspelled_parameter_and_knows_field_types(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "from callbox import Client\n"
        "client = Client('AC' + '0' * 32, 'token')\n"
        "client.messages.create(to='+14155550100', bodyy='typo')\n"
        "reveal_type(client.messages.create(to='+14155550100').date_created)\n"
        "reveal_type(client.calls('CA1').recordings.list())\n"
        "from callbox import VoiceRespons\n"
        "from callbox.jwt import AccessTokn\n"
    )
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy) if mypy.exists() else "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    out = result.stdout
    assert 'Unexpected keyword argument "bodyy"' in out and 'did you mean "body"' in out
    assert "datetime.datetime | None" in out
    assert "Recordings_Instance]" in out
    # The packages load their names lazily, yet a misspelt import is still caught.
    assert 'Module "callbox" has no attribute "VoiceRespons"' in out
    assert 'Module "callbox.jwt" has no attribute "AccessTokn"' in out
