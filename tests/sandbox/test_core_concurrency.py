"""100 clients send messages at once: every acknowledged message is stored exactly once."""

from __future__ import annotations

import asyncio
import threading

from callbox.sandbox import Sandbox

CLIENTS = 100
EACH = 3


def test_100_concurrent_clients_lose_and_duplicate_nothing(sandbox: Sandbox) -> None:
    sandbox.reset()
    sender = "+14155550142"
    sandbox.seed_number(sender)
    start = threading.Barrier(CLIENTS)
    results: list[list[tuple[str, str]]] = [[] for _ in range(CLIENTS)]
    errors: list[BaseException] = []

    def client(n: int) -> None:
        try:
            rest = sandbox.client_for(sandbox.account_sid, sandbox.auth_token)
            start.wait(10)
            for i in range(EACH):
                body = f"client {n} message {i}"
                message = rest.messages.create(to="+14155550100", from_=sender, body=body)
                assert message.sid is not None
                results[n].append((message.sid, body))
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors[:3]

    acknowledged = {sid: body for rows in results for sid, body in rows}
    assert len(acknowledged) == CLIENTS * EACH  # no SID handed out twice

    stored = sandbox.client.messages.list(page_size=1000)
    by_sid = {m.sid: m.body for m in stored}
    assert len(stored) == len(by_sid) == CLIENTS * EACH  # nothing duplicated
    assert by_sid == acknowledged  # nothing lost, nothing mixed up


async def test_async_clients_at_once(sandbox: Sandbox) -> None:
    sandbox.reset()
    client = sandbox.async_client
    made = await asyncio.gather(
        *(client.verify.v2.services.create(friendly_name=f"svc {i}") for i in range(50))
    )
    assert len({s.sid for s in made}) == 50
    listed = await client.verify.v2.services.list(page_size=1000)
    assert {s.sid for s in listed} == {s.sid for s in made}
