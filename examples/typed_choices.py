"""Typed choices and ids: mypy knows every documented enum and every id by its name.

A parameter with a documented set of values is a ``Literal`` in the stubs, so
``status="cancelled"`` (Twilio spells it "canceled") is a type error before it is a
``ValueError``; ids can be passed by the names the API gives them (``sid=``,
``country_code=``, ``service_sid``...). Run it against a sandbox (``callbox sandbox``
prints the environment line) or real Twilio credentials in the environment.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Literal

from callbox import AsyncClient, Client

CallStatus = Literal["canceled", "completed"]


def schedule_and_cancel(client: Client, to: str, service_sid: str) -> str | None:
    """Schedule a text an hour ahead through a Messaging Service, then take it back."""
    scheduled = client.messages.create(
        to=to,
        messaging_service_sid=service_sid,
        body="Your appointment is tomorrow at 9",
        schedule_type="fixed",
        send_at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1),
        risk_check="enable",
    )
    cancelled = client.messages(sid=scheduled.sid or "").update(status="canceled")
    return cancelled.status


def end_call(client: Client, call_sid: str, how: CallStatus = "completed") -> str | None:
    """Hang up (``completed``) or drop a call that has not been answered (``canceled``)."""
    return client.calls(sid=call_sid).update(status=how).status


def local_numbers(client: Client, country_code: str, area_code: int) -> list[str]:
    listed = client.available_phone_numbers(country_code=country_code).local.list(
        area_code=area_code, sms_enabled=True, limit=3
    )
    return [n.phone_number or "" for n in listed]


async def verify(client: AsyncClient, service_sid: str, to: str, code: str) -> bool:
    service = client.verify.v2.services(sid=service_sid)
    await service.verifications.create(to=to, channel="sms", risk_check="disable")
    check = await service.verification_checks.create(to=to, code=code)
    return check.status == "approved"


if __name__ == "__main__":
    with Client() as sync_client:
        print(local_numbers(sync_client, "US", 510))
        number = sync_client.available_phone_numbers(country_code="US").local.list(limit=1)[0]
        bought = sync_client.incoming_phone_numbers.create(phone_number=number.phone_number or "")
        service = sync_client.messaging.v1.services.create(friendly_name="appointments")
        senders = sync_client.messaging.v1.services(sid=service.sid or "").phone_numbers
        senders.create(phone_number_sid=bought.sid or "")
        print(schedule_and_cancel(sync_client, "+14155550100", service.sid or ""))

    async def main() -> None:
        async with AsyncClient() as async_client:
            created = await async_client.verify.v2.services.create(friendly_name="login")
            print(await verify(async_client, created.sid or "", "+14155550100", "123456"))

    asyncio.run(main())
