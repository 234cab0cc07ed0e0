"""pytest plugin: the ``callbox_sandbox`` fixture.

Registered through the ``pytest11`` entry point of the ``callbox-sandbox`` distribution, so
``pip install 'callbox[sandbox]'`` makes the fixture available everywhere::

    def test_sends(callbox_sandbox):
        callbox_sandbox.client.messages.create(to="+14155550100", from_=..., body="hi")

One server per test session (starting one costs ~100 ms); each test gets it
reset, so tests stay independent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._runner import Sandbox


@pytest.fixture(scope="session")
def callbox_sandbox_server() -> Iterator[Sandbox]:
    """The session's sandbox server (not reset between tests)."""
    try:
        from ._runner import Sandbox
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(f"callbox sandbox needs its extra: pip install 'callbox[sandbox]' ({exc})")
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def callbox_sandbox(callbox_sandbox_server: Sandbox) -> Sandbox:
    """A running sandbox, reset before the test: ``.client``, ``.phone()``, ``.wait_for_event()``.

    A reset keeps the server's configuration, so a step delay or a clock that an earlier
    test set (``set_step_delay``, ``set_clock``) is put back to the default here as well.
    """
    callbox_sandbox_server.reset()
    settings = callbox_sandbox_server.settings()
    if settings.get("step_delay_configured") is not None:
        callbox_sandbox_server.set_step_delay(None)
    if settings.get("clock", "virtual") != "virtual":
        callbox_sandbox_server.set_clock("virtual")
    return callbox_sandbox_server
