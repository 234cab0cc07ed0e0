"""Accounts: closing a subaccount releases its phone numbers, as Twilio documents.

``POST /2010-04-01/Accounts/{sub}.json`` with ``Status=closed`` (the core checks who may
do it) releases every number the subaccount owns: they leave its Messaging Services and
are back in stock at once, so anyone can buy them again.  Suspending keeps them.
"""

from __future__ import annotations

from typing import Any

from .._hooks import Ctx, hook
from ._common import ACCOUNTS, INCOMING, SERVICE_NUMBERS

__all__ = ["release_numbers"]


def release_numbers(ctx: Ctx, account_sid: str) -> list[str]:
    """Release every number ``account_sid`` owns; the numbers released."""
    released = []
    for number in ctx.store.find(INCOMING, account_sid=account_sid):
        for sender in ctx.store.find(SERVICE_NUMBERS, sid=number.get("sid")):
            ctx.store.delete(SERVICE_NUMBERS, str(sender["sid"]), sender.get("_parent"))
        ctx.store.delete(INCOMING, str(number["sid"]), number.get("_parent"))
        released.append(str(number.get("phone_number")))
        ctx.events.emit(
            "number.released", account_sid=account_sid, phone_number=number.get("phone_number")
        )
    return released


@hook(ACCOUNTS, "update")
def close(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> None:
    """``Status=closed`` on an account that was not closed yet releases its numbers."""
    assert record is not None
    if params.get("Status") != "closed":
        return
    stored = ctx.store.get(ACCOUNTS, str(record["sid"]), "")
    if stored is not None and stored.get("status") == "closed":
        return
    release_numbers(ctx, str(record["sid"]))
