"""A typed script: mypy checks every call below against the generated stubs.

Run it against a sandbox (``callbox sandbox`` prints the environment line) or
real Twilio credentials in the environment.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from callbox import AsyncClient, Client


def send_and_report(client: Client, to: str) -> str:
    message = client.messages.create(to=to, from_="+15005550006", body="Your code is 1234")
    sid: str | None = message.sid
    created: dt.datetime | None = message.date_created
    print(sid, message.status, created)
    for recent in client.messages.stream(to=to, limit=5):
        print(recent.sid, recent.body)
    call = client.calls.create(
        to=to,
        from_="+15005550006",
        url="https://example.com/voice",
        status_callback_event=["initiated", "completed"],
    )
    client.calls(call.sid or "").update(status="completed")
    numbers = client.available_phone_numbers("US").local.list(area_code=510, limit=3)
    service = client.verify.v2.services.create(friendly_name="signup")
    client.verify.v2.services(service.sid or "").verifications.create(to=to, channel="sms")
    return ", ".join(n.phone_number or "" for n in numbers)


async def send_async(client: AsyncClient, to: str) -> str | None:
    message = await client.messages.create(to=to, from_="+15005550006", body="Hi")
    async for older in client.messages.stream(limit=2):
        print(older.sid)
    return message.sid


if __name__ == "__main__":
    with Client() as sync_client:
        print(send_and_report(sync_client, "+14155550100"))

    async def main() -> None:
        async with AsyncClient() as async_client:
            print(await send_async(async_client, "+14155550100"))

    asyncio.run(main())
