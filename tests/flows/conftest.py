"""Fixtures for the flows tests: a sandbox, apps served on 127.0.0.1, Redis, raw requests.

``flow(app)`` serves an :class:`~callbox.flows.App` with uvicorn in a thread, gives it the
sandbox's client and auth token, sets its public URL and registers the test number on it,
so a test only writes handlers and places calls::

    def test_menu(sandbox, flow):
        app = App(client=sandbox.client)        # its auth token checks the signatures

        @app.incoming_call
        async def answer(call): ...

        flow(app)
        transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("1")])
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from callbox.flows import App
from callbox.sandbox import Sandbox
from callbox.sandbox.behaviours._serve import ServedApp, serve
from callbox.webhooks import RequestValidator
from tests.support import free_port

NUMBER = "+14155550123"
CALLER = "+14155550100"


@pytest.fixture(scope="module")
def flows_sandbox() -> Iterator[Sandbox]:
    with Sandbox(step_delay=0) as sb:
        yield sb


@pytest.fixture
def sandbox(flows_sandbox: Sandbox) -> Sandbox:
    """A running sandbox on the virtual clock, reset, with the test number seeded."""
    flows_sandbox.reset()
    flows_sandbox.seed_number(NUMBER)
    return flows_sandbox


@pytest.fixture
def flow(sandbox: Sandbox) -> Iterator[Callable[..., ServedApp]]:
    """Serve an App (made with ``client=sandbox.client``) against the sandbox."""
    running: list[ServedApp] = []

    def start(app: App, *, register: str | None = NUMBER, mount: Any = None) -> ServedApp:
        served = serve(mount if mount is not None else app)
        running.append(served)
        if app.settings.public_url is None:
            app.public_url = served.url
        if register:
            app.register(register)
        return served

    yield start
    for served in running:
        served.stop()


# ---------------------------------------------------------------- raw, signed requests


class Twilio:
    """Sends webhooks to an app the way Twilio does (signed), for tests of the edges."""

    def __init__(self, auth_token: str) -> None:
        self.validator = RequestValidator(auth_token)
        self.http = httpx.Client(timeout=30, trust_env=False)

    def post(
        self,
        url: str,
        params: dict[str, str],
        *,
        idempotency: str | None = None,
        signed: bool = True,
    ) -> httpx.Response:
        headers = {"I-Twilio-Idempotency-Token": idempotency or uuid.uuid4().hex}
        if signed:
            headers["X-Twilio-Signature"] = self.validator.compute_signature(url, params)
        return self.http.post(url, data=params, headers=headers)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def twilio(sandbox: Sandbox) -> Iterator[Twilio]:
    sender = Twilio(sandbox.auth_token)
    yield sender
    sender.close()


def call_params(sid: str = "CA" + "1" * 32, **extra: str) -> dict[str, str]:
    params = {
        "AccountSid": "AC" + "0" * 32,
        "CallSid": sid,
        "From": CALLER,
        "To": NUMBER,
        "CallStatus": "in-progress",
        "Direction": "inbound",
    }
    params.update(extra)
    return params


# ---------------------------------------------------------------- Redis


def _answers(url: str) -> bool:
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=0.5)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """A Redis URL: ``REDIS_URL``, else 127.0.0.1:6379 when it answers, else a
    ``redis-server`` started on a free port; skipped otherwise (a failure under CI)."""
    pytest.importorskip("redis")
    candidates = [os.environ["REDIS_URL"]] if os.environ.get("REDIS_URL") else []
    candidates.append("redis://127.0.0.1:6379/0")
    for url in candidates:
        if _answers(url):
            yield url
            return
    binary = shutil.which("redis-server")
    if binary is None:
        reason = "no Redis answers on 127.0.0.1:6379 and redis-server is not installed"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must run the Redis tests)")
        pytest.skip(reason)
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 10
    while not _answers(url):
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            pytest.fail("redis-server did not start")
        time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(5)


@pytest.fixture
def redis_url(redis_server: str) -> Iterator[str]:
    """The Redis URL with a namespace of this test's own (its keys are deleted after)."""
    namespace = f"callbox-test:{uuid.uuid4().hex[:12]}"
    yield f"{redis_server}?namespace={namespace}"
    import redis

    client = redis.Redis.from_url(redis_server)
    try:
        keys = list(client.scan_iter(f"{namespace}:*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """Each kind of store, in turn."""
    if request.param == "memory":
        return "memory://"
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/flows.db"
    url: str = request.getfixturevalue("redis_url")
    return url
