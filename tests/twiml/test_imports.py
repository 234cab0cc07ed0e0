"""``import callbox.twiml`` stays light: no REST client, servers, frameworks or HTTP stacks."""

from __future__ import annotations

import subprocess
import sys


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_twiml_loads_nothing_heavy() -> None:
    loaded = loaded_after("import callbox.twiml; str(callbox.twiml.VoiceResponse().say('x'))")
    heavy = {
        "callbox.rest",
        "callbox.sandbox",
        "callbox.webhooks",
        "aiohttp",
        "asyncio",
        "http.client",
        "ssl",
        "json",
        "xml.etree.ElementTree",
        "starlette",
        "flask",
        "django",
        "fastapi",
        "jwt",
    }
    assert not loaded & heavy, loaded & heavy


def test_the_top_level_package_gives_the_responses_lazily() -> None:
    loaded = loaded_after("from callbox import VoiceResponse, MessagingResponse, FaxResponse")
    assert "callbox.twiml" in loaded
    assert "callbox.rest" not in loaded
