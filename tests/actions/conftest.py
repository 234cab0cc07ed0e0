"""A sandbox and a TwiML app for the JSON actions' tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from callbox.sandbox import Sandbox
from tests.cli.servers import TwimlApp


@pytest.fixture(scope="package")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(step_delay=0) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox) -> Sandbox:
    sandbox.reset()
    return sandbox


@pytest.fixture(scope="package")
def twiml_app() -> Iterator[TwimlApp]:
    app = TwimlApp()
    yield app
    app.close()
