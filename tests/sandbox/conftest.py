"""Shared fixtures for the sandbox tests: one server per module, raw HTTP helpers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from callbox.sandbox import Sandbox


class Raw:
    """Plain HTTP against a sandbox (pins the wire format independently of the client)."""

    def __init__(self, sandbox: Sandbox, auth: tuple[str, str] | None = None) -> None:
        self.sandbox = sandbox
        self.http = httpx.Client(
            base_url=sandbox.base_url,
            auth=auth or (sandbox.account_sid, sandbox.auth_token),
            timeout=30,
        )

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.request(method, path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.post(path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.delete(path, **kwargs)

    def as_(self, account_sid: str, secret: str) -> Raw:
        return Raw(self.sandbox, (account_sid, secret))

    def close(self) -> None:
        self.http.close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def raw(sandbox: Sandbox) -> Iterator[Raw]:
    client = Raw(sandbox)
    yield client
    client.close()


@pytest.fixture
def acct(sandbox: Sandbox) -> str:
    """The main account's 2010 path prefix."""
    return f"/api/2010-04-01/Accounts/{sandbox.account_sid}"
