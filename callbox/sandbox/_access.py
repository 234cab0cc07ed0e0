"""Who may reach whose resources: the account checks every layer of the sandbox shares.

As Twilio documents it: an account's SID and auth token reach its own resources
and the 2010 API resources (``/2010-04-01/Accounts/{sub}/...``) of its
subaccounts; a subaccount reaches only its own; an API key reaches only the
account that owns it (a main-account key is refused on subaccount paths).
Records of the newer APIs (``verify``, ``messaging``, ...) belong to the account
that created them and are reachable only with that account's credentials.
Reaching further is refused with 401 and 20003 (Twilio's "Permission Denied").

Authentication is :mod:`._accounts`; this module needs only the stored account
records, so every layer can import it without a cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import SandboxError, permission_denied

if TYPE_CHECKING:
    from ._state import SandboxState

__all__ = ["ACCOUNTS", "can_reach", "check_reach", "get_account"]

ACCOUNTS = "api.v2010.accounts"


def get_account(state: SandboxState, sid: str) -> dict[str, Any] | None:
    """The stored Account record with this SID, or None."""
    return state.store.get(ACCOUNTS, sid, "")


def can_reach(
    state: SandboxState, account: dict[str, Any], target_sid: str, *, manage: bool = False
) -> bool:
    """True if ``account`` may act on ``target_sid``'s resources (itself or a subaccount).

    An API key (``_via_key``) reaches only its own account's resources; with
    ``manage`` (the subaccount's own Account record: fetch, rename, suspend) a
    main-account key may act on its subaccounts too, as Twilio's main keys do.
    """
    if target_sid == account.get("sid"):
        return True
    if account.get("_via_key") and not manage:
        return False
    target = get_account(state, target_sid)
    return target is not None and target.get("owner_account_sid") == account.get("sid") != (
        target.get("sid")
    )


def check_reach(
    state: SandboxState, account: dict[str, Any], target_sid: str, *, manage: bool = False
) -> None:
    """:func:`can_reach`, or the refusal Twilio answers: 404 for an unknown account, else 401."""
    if not can_reach(state, account, target_sid, manage=manage):
        if get_account(state, target_sid) is None:
            raise SandboxError(
                404,
                20404,
                f"The requested resource /2010-04-01/Accounts/{target_sid} was not found",
            )
        who = f"API key {account['_via_key']}" if account.get("_via_key") else account.get("sid")
        raise permission_denied(f"Authentication Error - {who} may not access account {target_sid}")
