"""``callbox demo``: the README's first command runs a whole conversation and cleans up."""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("phonenumbers")

from callbox.sandbox import demo


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker.encode() in environ:
            found.append(int(entry.name))
    return found


def _closed(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, int(port))) != 0


def _check_transcript(text: str) -> None:
    assert "'Hi!'" in text and "'What are your hours?'" in text
    assert "got from" in text and "We're open 9am to 5pm" in text
    assert "(signature OK)" in text
    assert re.search(r"went queued -> sending -> sent -> delivered", text)
    assert "inbox holds 3 messages" in text
    # The phone call: the menu, a key, a voicemail the app downloads, its transcription.
    assert "heard [man]: 'Thanks for calling Example Bistro." in text
    assert "<- the caller pressed '2' (signature OK)" in text
    assert re.search(r"downloaded \d+ bytes of audio/x-wav, 6\.0 s of audio", text)
    assert "transcription: 'Hi, this is Sam." in text
    assert re.search(r"the call CA\w+\.\.\. lasted \d+ s \(completed\); done\.", text)
    assert "stopped the app and the sandbox" in text


def test_demo_runs_in_process_and_leaves_no_thread_or_port() -> None:
    before = set(threading.enumerate())
    out = io.StringIO()
    assert demo.run(out) == 0
    text = out.getvalue()
    _check_transcript(text)
    urls = re.findall(r"running at (http://[\d.:]+)|auto-responder at (http://[\d.:]+)/sms", text)
    for url in (u for pair in urls for u in pair if u):
        assert _closed(url), url
    left = [t for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not [t for t in left if t.name.startswith("callbox")], left


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for processes")
def test_callbox_demo_command_exits_0_and_leaves_no_process() -> None:
    marker = f"CALLBOX_DEMO_TEST_{uuid.uuid4().hex}"
    # A proxy in the environment must not get between the demo and its own servers.
    env = {**os.environ, marker: "1", "HTTP_PROXY": "http://127.0.0.1:9"}
    env["http_proxy"] = env["HTTP_PROXY"]
    script = shutil.which("callbox", path=str(Path(sys.executable).parent))
    cmd = [script, "demo"] if script else [sys.executable, "-m", "callbox.cli", "demo"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    _check_transcript(done.stdout)
    assert "Traceback" not in done.stderr
    assert _processes_with(marker) == []
