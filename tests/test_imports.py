"""``import callbox`` stays light: no servers, CLIs, frameworks or HTTP stacks."""

from __future__ import annotations

import subprocess
import sys

HEAVY = [
    "asyncio",
    "aiohttp",
    "http.client",
    "ssl",
    "json",
    "logging",
    "typing",
    "starlette",
    "uvicorn",
    "click",
    "rich",
    "flask",
    "django",
    "fastapi",
    "jwt",
    "requests",
    "httpx",
    "callbox.sandbox",
    "callbox.twiml",
    "callbox.webhooks",
]


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_client_loads_no_heavy_module() -> None:
    loaded = loaded_after("from callbox import Client")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_async_client_loads_aiohttp_only_when_it_sends() -> None:
    loaded = loaded_after("from callbox import AsyncClient; AsyncClient('AC'+'0'*32, 't').messages")
    assert "aiohttp" not in loaded
