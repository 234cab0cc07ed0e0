"""``callbox.rest.transport``: the public interface a transport is written against.

The sandbox's webhook sender and the in-process mode use it; so does a user who wraps
the default pool (here, to count and tag requests) or replaces it.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import callbox.rest
from callbox import AsyncClient, Client, errors
from callbox.rest import transport
from callbox.rest.transport import (
    AsyncHTTPTransport,
    AsyncTransport,
    HTTPTransport,
    Request,
    RequestNotSent,
    Response,
    Transport,
    TransportError,
)
from callbox.sandbox import Sandbox


class Tagging:
    """A user's sync transport: adds a header, keeps what it sent, delegates the I/O."""

    def __init__(self) -> None:
        self.inner = HTTPTransport(proxy="")
        self.sent: list[Request] = []

    def send(self, request: Request) -> Response:
        request.headers["X-Trace"] = f"t{len(self.sent)}"
        self.sent.append(request)
        return self.inner.send(request)

    def close(self) -> None:
        self.inner.close()


class AsyncTagging:
    def __init__(self) -> None:
        self.inner = AsyncHTTPTransport(proxy="")
        self.sent: list[Request] = []

    async def send(self, request: Request) -> Response:
        self.sent.append(request)
        return await self.inner.send(request)

    async def close(self) -> None:
        await self.inner.close()


def test_a_users_transport_carries_the_client_to_the_sandbox(callbox_sandbox: Sandbox) -> None:
    tagging = Tagging()
    assert isinstance(tagging, Transport) and isinstance(tagging.inner, Transport)
    sb = callbox_sandbox
    with Client(sb.account_sid, sb.auth_token, base_url=sb.base_url, transport=tagging) as client:
        queue = client.queues.create(friendly_name="traced")
        assert client.queues(queue.sid or "").fetch().friendly_name == "traced"
    assert [r.method for r in tagging.sent] == ["POST", "GET"]
    assert (
        tagging.sent[0].url == f"{sb.base_url}/api/2010-04-01/Accounts/{sb.account_sid}/Queues.json"
    )
    assert tagging.sent[1].headers["X-Trace"] == "t1"
    assert isinstance(client.last_response, Response) and client.last_response.status == 200


async def test_a_users_async_transport_carries_the_client_to_the_sandbox(
    callbox_sandbox: Sandbox,
) -> None:
    tagging = AsyncTagging()
    assert isinstance(tagging, AsyncTransport) and isinstance(tagging.inner, AsyncTransport)
    sb = callbox_sandbox
    async with AsyncClient(
        sb.account_sid, sb.auth_token, base_url=sb.base_url, transport=tagging
    ) as client:
        created = await client.verify.v2.services.create(friendly_name="traced")
        assert created.friendly_name == "traced"
    assert [r.url for r in tagging.sent] == [f"{sb.base_url}/verify/v2/Services"]


def test_a_failure_to_connect_is_a_transport_error_that_is_safe_to_retry() -> None:
    with refusing_port() as port, pytest.raises(RequestNotSent) as caught:
        HTTPTransport(proxy="").send(Request("GET", f"http://127.0.0.1:{port}/", {}))
    assert isinstance(caught.value, TransportError)


def test_the_interface_is_the_one_the_clients_export() -> None:
    for name in transport.__all__:
        value = getattr(transport, name)
        if hasattr(callbox.rest, name):
            assert getattr(callbox.rest, name) is value, name
    assert transport.ConnectionError is errors.ConnectionError


def test_writing_a_transport_costs_no_network_import() -> None:
    code = (
        "import sys; from callbox.rest.transport import Request, Response, Timeout; "
        "print(' '.join(sys.modules))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "callbox.rest.transport" in loaded
    assert not loaded & {"asyncio", "socket", "ssl", "callbox.rest._aio", "callbox.rest._pool"}


@contextmanager
def refusing_port() -> Iterator[int]:
    """A port that is bound but never listens: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]
