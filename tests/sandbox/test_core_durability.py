"""What the sandbox acknowledged survives ``kill -9``: run the CLI, kill it, restart it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support import free_port

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


def _start(db: Path, port: int, env: dict[str, str], *extra: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "callbox.cli", "sandbox", "--db", str(db), "--port", str(port)]
    cmd.extend(extra)
    proc = subprocess.Popen(
        cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/_sandbox/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.05)
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else b""
    proc.kill()
    raise AssertionError("sandbox did not start")


@pytest.mark.parametrize("fsync", [False, True], ids=["wal", "fsync"])
def test_acknowledged_records_survive_kill_9(tmp_path: Path, fsync: bool) -> None:
    db = tmp_path / "sandbox.db"
    port = free_port()
    sid, token = "AC" + "d" * 32, "t" * 32
    env = dict(os.environ, CALLBOX_SANDBOX_ACCOUNT_SID=sid, CALLBOX_SANDBOX_AUTH_TOKEN=token)
    proc = _start(db, port, env, *(["--fsync"] if fsync else []))
    base = f"http://127.0.0.1:{port}"
    created: dict[str, str] = {}
    try:
        with httpx.Client(base_url=base, auth=(sid, token)) as http:
            sub = http.post("/api/2010-04-01/Accounts.json", data={"FriendlyName": "kept"})
            assert sub.status_code == 201
            created[f"/api/2010-04-01/Accounts/{sub.json()['sid']}.json"] = "kept"
            for i in range(30):
                queue = http.post(
                    f"/api/2010-04-01/Accounts/{sid}/Queues.json", data={"FriendlyName": f"q{i}"}
                )
                assert queue.status_code == 201
                created[f"/api/2010-04-01/Accounts/{sid}/Queues/{queue.json()['sid']}.json"] = (
                    f"q{i}"
                )
                service = http.post("/verify/v2/Services", data={"FriendlyName": f"s{i}"})
                assert service.status_code == 201
                created[f"/verify/v2/Services/{service.json()['sid']}"] = f"s{i}"
            renamed = http.post(
                f"/api/2010-04-01/Accounts/{sid}/Queues/{queue.json()['sid']}.json",
                data={"FriendlyName": "renamed last"},
            )
            assert renamed.status_code == 200
            created[f"/api/2010-04-01/Accounts/{sid}/Queues/{queue.json()['sid']}.json"] = (
                "renamed last"
            )
        # Killed the instant the last answer arrived: no chance to flush anything.
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stdout:
            proc.stdout.close()

    # Restart on the same file without pinned credentials: they come from the database.
    env2 = {k: v for k, v in os.environ.items() if not k.startswith("CALLBOX_SANDBOX_")}
    proc = _start(db, port, env2)
    try:
        assert proc.stdout is not None
        with httpx.Client(base_url=base, auth=(sid, token)) as http:
            for path, name in created.items():
                got = http.get(path)
                assert got.status_code == 200, (path, got.text)
                assert got.json()["friendly_name"] == name
            queues = http.get(f"/api/2010-04-01/Accounts/{sid}/Queues.json?PageSize=100")
            assert len(queues.json()["queues"]) == 30
    finally:
        proc.terminate()
        try:
            out = proc.communicate(timeout=10)[0].decode()
        except subprocess.TimeoutExpired:
            proc.kill()
            out = proc.communicate()[0].decode()
    # The banner printed the reused credentials and the environment line.
    assert sid in out and token in out and f"CALLBOX_BASE_URL={base}" in out
