"""The async client: the same tree, every operation awaited."""

from __future__ import annotations

import asyncio

import pytest

from callbox import AsyncClient
from callbox.errors import NotFoundError, RateLimitError

from .conftest import ACCOUNT, TOKEN, FakeTwilio, message
from .test_paging import page_2010


async def test_create_fetch_update_delete(twilio: FakeTwilio) -> None:
    async with AsyncClient(ACCOUNT, TOKEN, base_url=twilio.base_url) as client:
        twilio.reply(201, message())
        msg = await client.messages.create(to="+14155550100", from_="+15005550006", body="Hi")
        assert msg.sid == "SM" + "1" * 32 and twilio.last.form[2] == ("Body", "Hi")
        twilio.reply(200, message(status="canceled"))
        assert (await msg.update(status="canceled")).status == "canceled"
        twilio.reply(200, message())
        assert (await client.messages(msg.sid).fetch()).sid == msg.sid
        twilio.reply(204)
        assert await msg.delete() is True
        assert [s.method for s in twilio.seen] == ["POST", "POST", "GET", "DELETE"]


async def test_async_paging_with_async_for(twilio: FakeTwilio) -> None:
    async with AsyncClient(ACCOUNT, TOKEN, base_url=twilio.base_url) as client:
        twilio.reply(200, page_2010(2, 0, 1))
        twilio.reply(200, page_2010(1, 2, None))
        sids = [m.sid async for m in client.messages.stream(page_size=2)]
        assert len(sids) == 3
        twilio.reply(200, page_2010(2, 0, 1))
        twilio.reply(200, page_2010(1, 2, None))
        assert len(await client.messages.list(page_size=2)) == 3
        twilio.reply(200, page_2010(2, 0, None))
        page = await client.messages.page(page_size=2)
        assert len(page) == 2 and await page.next_page() is None


async def test_async_errors_and_retry(twilio: FakeTwilio) -> None:
    async with AsyncClient(ACCOUNT, TOKEN, base_url=twilio.base_url) as client:
        twilio.reply(404, {"code": 20404, "message": "nope"})
        with pytest.raises(NotFoundError):
            await client.messages("SM" + "0" * 32).fetch()
        twilio.reply(429, {"code": 20429}, headers={"Retry-After": "0"})
        with pytest.raises(RateLimitError):
            await client.messages.list()
    async with AsyncClient(
        ACCOUNT, TOKEN, base_url=twilio.base_url, auto_retry=True, retry_backoff=0.001
    ) as retrying:
        twilio.reply(429, {"code": 20429}, headers={"Retry-After": "0"})
        twilio.reply(201, message())
        assert (await retrying.messages.create(to="+1", from_="+1", body="x")).sid


async def test_many_concurrent_creates_share_one_pool(twilio: FakeTwilio) -> None:
    async with AsyncClient(ACCOUNT, TOKEN, base_url=twilio.base_url) as client:
        results = await asyncio.gather(
            *[
                client.messages.create(to="+14155550100", from_="+15005550006", body=str(i))
                for i in range(50)
            ]
        )
        assert len(results) == 50
        assert sorted(s.form[2][1] for s in twilio.seen) == sorted(str(i) for i in range(50))
