"""An async app shuts down, or gives up on requests, while they are still in flight.

A local HTTP/1.1 server on 127.0.0.1 holds every request until the test lets it answer.
Closing the client must fail the requests it still carries with a callbox connection
error, cancelling a request must raise ``CancelledError`` (nothing else), and afterwards
the same client must work, with every pool slot given back.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from callbox import AsyncClient
from callbox.errors import ConnectionError
from callbox.rest import AsyncHTTPTransport

from .conftest import ACCOUNT, TOKEN

MESSAGE = {"sid": "SM" + "0" * 32, "status": "queued", "account_sid": ACCOUNT}
WAIT = 10  # seconds; a hang fails the test with a clear timeout instead of blocking


class HoldingServer:
    """Reads each request, counts it, and answers only once ``release()`` was called."""

    def __init__(self) -> None:
        self.received = 0
        self.answered = 0
        self._gate = asyncio.Event()
        self._arrivals = asyncio.Condition()
        self._server: asyncio.Server | None = None
        self.url = ""

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        self._gate.set()

    def release(self) -> None:
        """Answer everything from now on."""
        self._gate.set()

    async def arrived(self, count: int) -> None:
        """Wait until ``count`` requests have reached the server."""
        async with self._arrivals:
            await asyncio.wait_for(self._arrivals.wait_for(lambda: self.received >= count), WAIT)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                if length:
                    await reader.readexactly(length)
                async with self._arrivals:
                    self.received += 1
                    self._arrivals.notify_all()
                await self._gate.wait()
                body = json.dumps(MESSAGE).encode()
                writer.write(
                    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
                self.answered += 1
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass  # the client went away: what these tests do on purpose
        finally:
            writer.close()


@pytest.fixture
async def server() -> AsyncIterator[HoldingServer]:
    held = HoldingServer()
    await held.start()
    yield held
    await held.stop()


def create(client: AsyncClient, n: int) -> asyncio.Task[Any]:
    return asyncio.ensure_future(
        client.messages.create(to="+14155550100", from_="+15005550006", body=f"message {n}")
    )


def open_count(transport: AsyncHTTPTransport) -> int:
    return sum(transport._pool.open.values())


async def test_closing_the_client_fails_requests_in_flight_with_a_connection_error(
    server: HoldingServer,
) -> None:
    transport = AsyncHTTPTransport(max_connections=2)
    client = AsyncClient(ACCOUNT, TOKEN, base_url=server.url, transport=transport)
    tasks = [create(client, n) for n in range(5)]  # two in flight, three waiting for a slot
    await server.arrived(2)
    await client.close()
    outcomes = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), WAIT)

    assert all(isinstance(outcome, ConnectionError) for outcome in outcomes), outcomes
    messages = [str(outcome) for outcome in outcomes]
    assert sum("may have been processed" in m for m in messages) == 2  # they were sent
    assert sum("not sent" in m for m in messages) == 3
    assert all("client was closed" in m for m in messages)
    await asyncio.sleep(0)
    assert server.received == 2  # nothing went out after close()

    # The same client works afterwards, through the same two slots.
    server.release()
    done = await asyncio.wait_for(asyncio.gather(*[create(client, n) for n in range(6)]), WAIT)
    assert [message.sid for message in done] == [MESSAGE["sid"]] * 6
    assert open_count(transport) == len(transport._pool.idle[next(iter(transport._pool.idle))])
    await client.close()


async def test_cancelled_requests_raise_cancelled_error_and_give_back_their_slots(
    server: HoldingServer,
) -> None:
    transport = AsyncHTTPTransport(max_connections=2)
    async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url, transport=transport) as client:
        tasks = [create(client, n) for n in range(4)]  # two in flight, two waiting
        await server.arrived(2)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with pytest.raises(asyncio.CancelledError):
                await task
        assert open_count(transport) == 0
        assert not any(transport._pool.waiters.values())

        server.release()
        done = await asyncio.wait_for(asyncio.gather(*[create(client, n) for n in range(5)]), WAIT)
        assert len(done) == 5 and open_count(transport) <= 2


async def test_closing_while_a_request_is_being_cancelled(server: HoldingServer) -> None:
    transport = AsyncHTTPTransport(max_connections=1)
    async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url, transport=transport) as client:
        first, second = create(client, 1), create(client, 2)
        await server.arrived(1)
        second.cancel()
        await client.close()
        with pytest.raises(asyncio.CancelledError):
            await second
        with pytest.raises(ConnectionError, match="client was closed"):
            await first
        server.release()
        assert (await asyncio.wait_for(create(client, 3), WAIT)).sid == MESSAGE["sid"]


class CancelsAfterHandOver(AsyncHTTPTransport):
    """Cancels a chosen request at the worst moment: just after a connection is handed to it."""

    victim: asyncio.Task[Any] | None = None

    def _release(self, *args: Any, **kwargs: Any) -> None:
        super()._release(*args, **kwargs)
        victim, self.victim = self.victim, None
        if victim is not None:
            victim.cancel()


async def test_a_request_cancelled_as_it_is_handed_a_connection_passes_it_on(
    server: HoldingServer,
) -> None:
    transport = CancelsAfterHandOver(max_connections=1)
    async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url, transport=transport) as client:
        first = create(client, 1)
        await server.arrived(1)
        handed, after = create(client, 2), create(client, 3)
        await asyncio.sleep(0.01)  # both now wait for the one connection
        transport.victim = handed
        server.release()
        assert (await asyncio.wait_for(first, WAIT)).sid == MESSAGE["sid"]
        with pytest.raises(asyncio.CancelledError):
            await handed
        # The connection went on to the next request instead of being lost.
        assert (await asyncio.wait_for(after, WAIT)).sid == MESSAGE["sid"]
        assert server.received == 2
        assert open_count(transport) == 1


async def test_a_closed_request_is_not_retried(server: HoldingServer) -> None:
    transport = AsyncHTTPTransport()
    client = AsyncClient(ACCOUNT, TOKEN, base_url=server.url, transport=transport, auto_retry=True)
    fetch = asyncio.ensure_future(client.messages("SM" + "1" * 32).fetch())
    await server.arrived(1)
    await client.close()
    with pytest.raises(ConnectionError, match="client was closed"):
        await asyncio.wait_for(fetch, WAIT)
    await asyncio.sleep(0.05)
    assert server.received == 1


async def test_the_aiohttp_transport_closes_and_cancels_cleanly_too(
    server: HoldingServer,
) -> None:
    pytest.importorskip("aiohttp")
    from callbox.rest import AiohttpTransport

    client = AsyncClient(ACCOUNT, TOKEN, base_url=server.url, transport=AiohttpTransport())
    tasks = [create(client, n) for n in range(3)]
    await server.arrived(3)
    tasks[0].cancel()
    await client.close()
    outcomes = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), WAIT)
    assert isinstance(outcomes[0], asyncio.CancelledError)
    assert all(isinstance(outcome, ConnectionError) for outcome in outcomes[1:]), outcomes
    server.release()
    assert (await asyncio.wait_for(create(client, 9), WAIT)).sid == MESSAGE["sid"]
    await client.close()
