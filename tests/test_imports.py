"""``import callbox`` stays light: no servers, CLIs, frameworks or HTTP stacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

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


@pytest.mark.parametrize("statement", ["import callbox", "from callbox import Client"])
def test_importing_the_client_loads_no_heavy_module(statement: str) -> None:
    loaded = loaded_after(statement)
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_async_client_loads_aiohttp_only_when_it_sends() -> None:
    loaded = loaded_after("from callbox import AsyncClient; AsyncClient('AC'+'0'*32, 't').messages")
    assert "aiohttp" not in loaded


# ---------------------------------------------------------------- webhooks and tokens

FRAMEWORKS_AND_JWT = {"starlette", "fastapi", "flask", "werkzeug", "django", "jwt"}


def test_checking_a_webhook_costs_hmac_and_hashlib_only() -> None:
    # A Twilio user's hot path: import the validator and check a form webhook.
    loaded = loaded_after(
        "from callbox.webhooks import RequestValidator; "
        "RequestValidator('token').validate('https://example.com/v', {'From': '+1'}, 'bad')"
    )
    assert "hmac" in loaded  # the statement really ran
    unwanted = FRAMEWORKS_AND_JWT | {"logging", "dataclasses", "inspect", "typing", "urllib.parse"}
    assert not loaded & unwanted, loaded & unwanted


def test_the_whole_webhooks_namespace_loads_no_framework_or_jwt() -> None:
    loaded = loaded_after("import callbox.webhooks as w; [getattr(w, n) for n in w.__all__]")
    assert "callbox.webhooks._request" in loaded
    assert not loaded & FRAMEWORKS_AND_JWT, loaded & FRAMEWORKS_AND_JWT


def test_pyjwt_loads_with_the_first_token_not_with_the_import() -> None:
    imported = loaded_after("from callbox.jwt import AccessToken, VoiceGrant")
    assert not imported & {"jwt", "cryptography", "typing", "logging"}
    signed = loaded_after(
        "from callbox.jwt import AccessToken; AccessToken('AC1', 'SK1', 's' * 32).to_jwt()"
    )
    assert "jwt" in signed


def test_lazy_namespaces_list_and_resolve_every_public_name() -> None:
    import callbox.jwt
    import callbox.webhooks

    for package in (callbox.webhooks, callbox.jwt):
        for name in package.__all__:
            assert getattr(package, name) is not None
            assert name in dir(package)
        with pytest.raises(AttributeError):
            package.NoSuchName  # noqa: B018
