"""The typed examples run as a user runs them: a script, its environment pointing at a sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from callbox.sandbox import Sandbox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("script", ["typed_client.py", "typed_choices.py"])
def test_the_typed_example_runs_against_the_sandbox(script: str, callbox_sandbox: Sandbox) -> None:
    # The sandbox is on 127.0.0.1: no proxy from the surrounding environment.
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(callbox_sandbox.env)
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    if script == "typed_choices.py":
        # Three local numbers, the scheduled text cancelled, a wrong code not approved.
        numbers, status, approved = done.stdout.splitlines()
        assert numbers.startswith("['+1510") and status == "canceled" and approved == "False"
    sent = callbox_sandbox.client.messages.list()
    assert sent and all(m.to == "+14155550100" for m in sent)
