"""The official ``twilio`` package pointed at a sandbox (the recipe of docs/sandbox.md)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from callbox.sandbox import Sandbox


def official_client(sandbox: Sandbox, account_sid: str = "", auth_token: str = "") -> Any:
    """A ``twilio.rest.Client`` whose requests go to ``sandbox`` (skips without twilio)."""
    pytest.importorskip("twilio")
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    class SandboxHttpClient(TwilioHttpClient):  # type: ignore[misc]
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            parts = urlsplit(url)
            if parts.hostname and parts.hostname.endswith(".twilio.com"):
                label = parts.hostname.split(".", 1)[0]
                query = f"?{parts.query}" if parts.query else ""
                url = f"{sandbox.base_url}/{label}{parts.path}{query}"
            return super().request(method, url, *args, **kwargs)

    return Client(
        account_sid or sandbox.account_sid,
        auth_token or sandbox.auth_token,
        http_client=SandboxHttpClient(),
    )
