"""Fixtures for the console's browser tests: Debian's Chromium driven by Playwright.

``chromium`` finds ``/usr/bin/chromium`` or installs Debian's package once per session
(``apt-get install -y chromium``, after ``apt-get update`` if the lists are missing); without it, and without the ``playwright`` package,
browser tests skip with the reason, and fail instead when ``CI`` is set.  No browser is
ever downloaded by Playwright itself.

The stories share one sandbox, one demo app (the SMS auto-responder and phone menu of
``callbox demo``, plus a few routes of the tests' own) and one browser; each test gets a
reset sandbox and a fresh browser context, signed in through the console URL.
Screenshots go to a temporary folder, or to docs/console/ with
``CALLBOX_SCREENSHOTS=docs`` (how the committed ones are made).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox.sandbox import Sandbox
from callbox.sandbox.behaviours._serve import ServedApp, serve
from callbox.sandbox.demo import build_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    # rebind.test resolves to this machine: the DNS-rebinding test's "attacker" name.
    "--host-resolver-rules=MAP rebind.test 127.0.0.1",
]
DOCS = Path(__file__).resolve().parents[3] / "docs" / "console"

#: The console's own phone (its default number) and the app's numbers in the stories.
ME = "+14155550100"
NUMBER = "+15105550111"
BROKEN = "+15105550199"

#: Credentials pinned so the screenshots show obviously made-up ones.
ACCOUNT_SID = "AC" + "c0ffee00" * 4
AUTH_TOKEN = "5ec2e7" + "0" * 26


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of Debian's Chromium, installed with apt-get when missing (once)."""
    if not Path(CHROMIUM).exists():
        if shutil.which("apt-get") is None:
            _unavailable(f"{CHROMIUM} is missing and there is no apt-get to install it")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
        try:
            done = subprocess.run(install, capture_output=True, timeout=600, env=env)
            if done.returncode != 0:  # a fresh machine has no package lists yet
                subprocess.run(["apt-get", "update"], capture_output=True, timeout=600, env=env)
                subprocess.run(install, check=True, capture_output=True, timeout=600, env=env)
        except (OSError, subprocess.SubprocessError) as exc:
            _unavailable(f"{CHROMIUM} is missing and apt-get install chromium failed: {exc}")
        if not Path(CHROMIUM).exists():
            _unavailable(f"apt-get install chromium did not provide {CHROMIUM}")
    return CHROMIUM


@pytest.fixture(scope="package")
def browser(chromium: str) -> Iterator[Any]:
    """Chromium, for this folder's tests only: Playwright's sync API keeps an event loop
    running in this thread while it is open, which asyncio tests elsewhere cannot share."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install 'callbox[dev]')")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
        yield launched
        launched.close()


def png(width: int = 96, height: int = 64) -> bytes:
    """A small real PNG (orange and white stripes): the MMS picture the stories send."""
    rows = [
        b"\x00" + (b"\xff\x80\x00" if (y // 8) % 2 else b"\xff\xff\xff") * width
        for y in range(height)
    ]
    raw = zlib.compress(b"".join(rows))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


class DemoApp:
    """The demo's app, plus an outbound-call script, a broken URL and a picture."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.lock = threading.Lock()
        app = build_app(sandbox.auth_token, self.record)

        async def outbound(request: Request) -> Response:
            twiml = (
                '<Response><Gather input="speech" action="/heard" speechTimeout="auto">'
                "<Say>Your table is ready. Say yes to confirm.</Say></Gather>"
                "<Say>We did not hear you. Goodbye.</Say></Response>"
            )
            return Response(twiml, media_type="text/xml")

        async def heard(request: Request) -> Response:
            said = str((await request.form()).get("SpeechResult", ""))
            self.record("heard", {"SpeechResult": said})
            twiml = f"<Response><Say>You said {said}. See you soon.</Say></Response>"
            return Response(twiml, media_type="text/xml")

        async def broken(request: Request) -> Response:
            return Response("Traceback: the app fell over", status_code=500)

        async def picture(request: Request) -> Response:
            return Response(png(), media_type="image/png")

        app.router.routes.extend(
            [
                Route("/outbound", outbound, methods=["POST"]),
                Route("/heard", heard, methods=["POST"]),
                Route("/broken", broken, methods=["POST"]),
                Route("/menu.png", picture, methods=["GET"]),
            ]
        )
        self.served: ServedApp = serve(app)
        self.url = self.served.url

    def record(self, kind: str, fields: dict[str, Any]) -> None:
        with self.lock:
            self.events.append((kind, fields))


@pytest.fixture(scope="package")
def console_sandbox() -> Iterator[Sandbox]:
    with Sandbox(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) as sb:
        yield sb


@pytest.fixture(scope="package")
def demo_app(console_sandbox: Sandbox) -> Iterator[DemoApp]:
    app = DemoApp(console_sandbox)
    yield app
    app.served.stop()


@pytest.fixture
def sb(console_sandbox: Sandbox, demo_app: DemoApp) -> Sandbox:
    """The sandbox, reset, with the demo app's number (and a broken one) seeded."""
    console_sandbox.reset()
    console_sandbox.seed_number(
        NUMBER,
        sms_url=demo_app.url + "/sms",
        voice_url=demo_app.url + "/voice",
        friendly_name="Example Bistro",
    )
    return console_sandbox


@pytest.fixture
def page(browser: Any, sb: Sandbox) -> Iterator[Any]:
    """The console, signed in through ``sb.console_url``, ready (its event stream live)."""
    context = browser.new_context(viewport={"width": 1180, "height": 820}, device_scale_factor=1)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=sb.base_url)
    # Tests run silent: no speech synthesis (it would wait for an audio device).
    context.add_init_script("localStorage.setItem('callbox.console.speak', 'off')")
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.goto(sb.console_url)
    opened.wait_for_selector("body[data-ready]", timeout=10_000)
    yield opened
    context.close()
    assert not errors, f"the page raised: {errors}"


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Any, str], Path]:
    """``shots(page, "phone")`` saves a screenshot (docs/console/ with CALLBOX_SCREENSHOTS=docs)."""
    folder = DOCS if os.environ.get("CALLBOX_SCREENSHOTS") == "docs" else None
    folder = folder or tmp_path_factory.mktemp("console-shots")
    folder.mkdir(parents=True, exist_ok=True)

    def take(page: Any, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return take
