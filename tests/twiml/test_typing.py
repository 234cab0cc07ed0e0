"""IDEs and mypy see real classes and methods, with the right return types."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

MYPY = Path(sys.executable).parent / "mypy"


@pytest.mark.skipif(
    shutil.which("mypy") is None and not MYPY.exists(), reason="mypy is not installed"
)
def test_mypy_knows_what_each_builder_returns(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "from callbox.twiml import VoiceResponse, Say, parse\n"
        "r = VoiceResponse()\n"
        "with r.gather(num_digits=1, action='/menu') as g:\n"
        "    reveal_type(g)\n"
        "    reveal_type(g.say('Press 1').prosody('slow', rate='50%'))\n"
        "reveal_type(r.dial().number('+1', status_callback_event=['ringing']))\n"
        "reveal_type(r.append(Say('x')))\n"
        "reveal_type(parse('<Response/>'))\n"
        "r.gatherr()\n"
        "r.dial().say('no')\n"
    )
    result = subprocess.run(
        [str(MYPY) if MYPY.exists() else "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    out = result.stdout
    assert 'Revealed type is "callbox.twiml.voice_response.Gather"' in out, out
    assert 'Revealed type is "callbox.twiml.voice_response.SsmlProsody"' in out, out
    assert 'Revealed type is "callbox.twiml.voice_response.Number"' in out, out
    assert 'Revealed type is "callbox.twiml.voice_response.VoiceResponse"' in out, out
    assert 'Revealed type is "callbox.twiml._element.TwiML"' in out, out
    assert '"VoiceResponse" has no attribute "gatherr"' in out, out
    assert '"Dial" has no attribute "say"' in out, out
