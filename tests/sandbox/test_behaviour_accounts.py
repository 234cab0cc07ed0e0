"""Closing a subaccount releases its numbers: they can be bought again at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("phonenumbers")

from callbox.errors import RestError
from callbox.sandbox import Sandbox

from ._official import official_client


@pytest.fixture
def sb(sandbox: Sandbox) -> Iterator[Sandbox]:
    sandbox.reset()
    yield sandbox


def test_closing_a_subaccount_releases_its_numbers(sb: Sandbox) -> None:
    sub = sb.client.api.v2010.accounts.create(friendly_name="to close")
    assert sub.sid and sub.auth_token
    child = sb.client_for(sub.sid, sub.auth_token)
    offer = child.available_phone_numbers("US").local.list(area_code=510, limit=2)
    bought = [child.incoming_phone_numbers.create(phone_number=o.phone_number) for o in offer]
    service = child.messaging.v1.services.create(friendly_name="pool")
    assert service.sid and bought[0].sid
    child.messaging.v1.services(service.sid).phone_numbers.create(phone_number_sid=bought[0].sid)
    taken = {n.phone_number for n in bought}
    assert not taken & {
        o.phone_number
        for o in sb.client.available_phone_numbers("US").local.list(area_code=510, limit=50)
    }

    # Suspending keeps them; closing releases them.
    sb.client.api.v2010.accounts(sub.sid).update(status="suspended")
    assert len(sb.client.api.v2010.accounts(sub.sid).incoming_phone_numbers.list()) == 2
    closed = sb.client.api.v2010.accounts(sub.sid).update(status="closed")
    assert closed.status == "closed"
    assert sb.client.api.v2010.accounts(sub.sid).incoming_phone_numbers.list() == []
    released = {e["phone_number"] for e in sb.events("number.released", account_sid=sub.sid)}
    assert released == taken

    again = sb.client.incoming_phone_numbers.create(phone_number=bought[0].phone_number)
    assert again.account_sid == sb.account_sid
    with pytest.raises(RestError) as refused:
        sb.client.api.v2010.accounts(sub.sid).update(status="active")
    assert refused.value.status == 400


def test_closing_through_the_official_package(sb: Sandbox) -> None:
    client = official_client(sb)
    sub = client.api.v2010.accounts.create(friendly_name="official")
    as_sub = official_client(sb, sub.sid, sub.auth_token)
    number = as_sub.available_phone_numbers("US").local.list(area_code=415, limit=1)[0].phone_number
    as_sub.incoming_phone_numbers.create(phone_number=number)
    client.api.v2010.accounts(sub.sid).update(status="closed")
    assert client.api.v2010.accounts(sub.sid).incoming_phone_numbers.list() == []
    assert client.incoming_phone_numbers.create(phone_number=number).phone_number == number
