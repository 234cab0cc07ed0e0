"""Accounts, subaccounts, API keys and authentication.

The sandbox's main account is created on first start and its SID and auth
token are kept in the database, so a file-backed sandbox keeps its
credentials across restarts. Subaccounts are created through the Accounts
resource like on Twilio; each gets its own auth token. API keys (2010
``Keys`` and IAM ``Keys``) authenticate as the account that created them.
Suspended and closed accounts cannot authenticate (a parent can still manage
them). Who may then reach whose resources is :mod:`._access`.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ._access import ACCOUNTS, get_account
from ._hooks import Ctx, HookResult, hook
from ._records import default_record, format_date, new_sid, relink, resource_by_name
from .errors import SandboxError, permission_denied, unauthorized

if TYPE_CHECKING:
    from ._state import SandboxState

__all__ = ["KEY_RESOURCES", "authenticate", "ensure_main_account", "new_auth_token"]

KEY_RESOURCES = ("api.v2010.accounts.keys", "iam.v1.api_key")
_SECRET_RESOURCES = (*KEY_RESOURCES, "api.v2010.accounts.signing_keys")


def new_auth_token() -> str:
    return secrets.token_hex(16)


def ensure_main_account(
    state: SandboxState, sid: str | None = None, auth_token: str | None = None
) -> dict[str, Any]:
    """Create the main account on first start, or load it; sets the state's credentials.

    ``sid``/``auth_token`` pin the credentials (a stored account is updated
    to match), which lets tests and scripts use fixed values.
    """
    store = state.store
    stored_sid = store.setting("main_account_sid")
    record = get_account(state, stored_sid) if stored_sid else None
    if record is not None and sid and record["sid"] != sid:
        record = None
    if record is None:
        res = resource_by_name(ACCOUNTS)
        sid = sid or new_sid("AC")
        record = default_record(state, res, sid, {"Sid": sid}, {})
        record.update(
            sid=sid,
            auth_token=auth_token or new_auth_token(),
            friendly_name="Sandbox account",
            owner_account_sid=sid,
            status="active",
            type="Full",
        )
        _relink(state, record)
        record.update(_scope=sid, _parent="", _key=sid)
        store.put(ACCOUNTS, record)
        store.set_setting("main_account_sid", sid)
    elif auth_token and record["auth_token"] != auth_token:
        record["auth_token"] = auth_token
        store.put(ACCOUNTS, record)
    state.main_account_sid = record["sid"]
    state.main_auth_token = record["auth_token"]
    return record


def _relink(state: SandboxState, record: dict[str, Any]) -> None:
    relink(state, resource_by_name(ACCOUNTS), record, {"Sid": record["sid"]})


def _parse_basic(header: str | None) -> tuple[str, str]:
    if not header:
        raise unauthorized("Authentication Error - No credentials provided")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        raise unauthorized("Authentication Error - invalid scheme, Basic required")
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise unauthorized("Authentication Error - malformed credentials") from None
    user, sep, password = decoded.partition(":")
    if not sep:
        raise unauthorized("Authentication Error - malformed credentials")
    return user, password


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def authenticate(state: SandboxState, header: str | None) -> dict[str, Any]:
    """The account the ``Authorization`` header authenticates, or SandboxError 401."""
    user, password = _parse_basic(header)
    account: dict[str, Any] | None = None
    if user.startswith("AC") and len(user) == 34:
        account = get_account(state, user)
        if account is None or not _same(str(account.get("auth_token") or ""), password):
            raise unauthorized()
    elif user.startswith("SK") and len(user) == 34:
        key = None
        for qname in KEY_RESOURCES:
            key = state.store.get(qname, user)
            if key is not None:
                break
        if key is None or not _same(str(key.get("_secret") or ""), password):
            raise unauthorized()
        account = get_account(state, str(key.get("_scope")))
        if account is None:
            raise unauthorized()
        # Marked so that the key reaches its own account only (a copy: never stored).
        account = {**account, "_via_key": user}
    else:
        raise unauthorized()
    status = account.get("status")
    if status == "closed":
        raise unauthorized("Authentication Error - the account is closed", 20003)
    if status == "suspended":
        raise SandboxError(401, 20005, "Account not active: the account is suspended")
    return account


# ---------------------------------------------------------------- core hooks


def _is_sub(account: dict[str, Any]) -> bool:
    return bool(account.get("owner_account_sid")) and account.get(
        "owner_account_sid"
    ) != account.get("sid")


@hook(ACCOUNTS, "create")
def _create_account(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> None:
    assert record is not None
    if _is_sub(ctx.account):
        raise permission_denied("Authentication Error - a subaccount cannot create subaccounts")
    now = datetime.now(timezone.utc)
    record["auth_token"] = new_auth_token()
    record["owner_account_sid"] = ctx.account["sid"]
    record["status"] = "active"
    record["type"] = "Full"
    if not record.get("friendly_name"):
        record["friendly_name"] = f"SubAccount Created at {format_date('dr', now)}"
    _relink(ctx.sandbox, record)
    record.update(_scope=ctx.account["sid"], _parent="", _key=record["sid"])
    ctx.events.emit("account.created", sid=record["sid"], owner=ctx.account["sid"])


@hook(ACCOUNTS, "update")
def _update_account(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> None:
    assert record is not None
    status = params.get("Status")
    if status is None:
        return
    if record["sid"] == ctx.account["sid"] and _is_sub(ctx.account):
        raise permission_denied("Authentication Error - a subaccount cannot change its own status")
    if record["sid"] == ctx.sandbox.main_account_sid and status != "active":
        raise SandboxError(400, 20001, "The sandbox's main account cannot be suspended or closed")
    stored = get_account(ctx.sandbox, record["sid"])
    if stored is not None and stored.get("status") == "closed" and status != "closed":
        raise SandboxError(400, 20001, "A closed account cannot be reopened")
    ctx.events.emit("account.status", sid=record["sid"], status=status)


@hook(ACCOUNTS, "list")
def _list_accounts(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    if _is_sub(ctx.account):
        mine = [ctx.account]
        name = params.get("FriendlyName")
        status = params.get("Status")
        mine = [
            a
            for a in mine
            if (name is None or a.get("friendly_name") == name)
            and (status is None or a.get("status") == status)
        ]
        return {"records": mine}
    return None


def _make_secret(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> None:
    assert record is not None
    secret = secrets.token_hex(16)
    record["secret"] = None
    record["_secret"] = secret
    record["_reveal"] = {"secret": secret}


def _hide_secret(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> None:
    if record is not None:
        record["secret"] = None


for _qname in _SECRET_RESOURCES:
    hook(_qname, "create")(_make_secret)
    hook(_qname, "fetch")(_hide_secret)
    hook(_qname, "update")(_hide_secret)
