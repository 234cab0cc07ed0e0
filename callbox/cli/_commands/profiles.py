"""``callbox profiles add|list|use|remove``: named credentials in ``profiles.json``.

The file is written with mode 0600 (see :mod:`callbox.cli._config`). Secrets are
asked for without echo (or read from stdin when it is not a terminal) and are
never printed: ``list`` shows which kind of credential a profile holds, not its
value.
"""

from __future__ import annotations

import re
import sys

import click

from .._config import PROFILE_FIELDS, SECRET_FIELDS
from .._group import Group
from .._session import Credentials, normalise_url, session_of
from .common import failed, output, setup_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["profiles"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_SID = re.compile(r"^(AC|SK)[0-9a-fA-F]{32}$")
COLUMNS = ("name", "active", "account_sid", "credential", "region", "edge", "base_url")


@click.group(cls=Group)
def profiles() -> None:
    """Manage saved credentials (profiles.json in the config folder, mode 0600)."""


def _secret(label: str) -> str:
    if sys.stdin.isatty():
        value: str = click.prompt(label, hide_input=True, err=True)
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise setup_error(f"no {label.lower()} given")
    return value


@profiles.command("add")
@click.argument("name")
@click.option("--account-sid", required=True, metavar="AC_SID", help="The account (AC…).")
@click.option(
    "--api-key",
    metavar="SK_SID",
    help="Sign in with this API key (its secret is asked for) instead of the auth token.",
)
@click.option("--region", help="Twilio region (ie1, au1, ...).")
@click.option("--edge", help="Twilio edge location (dublin, sydney, ...).")
@click.option("--base-url", metavar="URL", help="Send requests here (a sandbox) instead.")
@click.option(
    "--use/--no-use", default=None, help="Make it the active profile (default: if first)."
)
@click.option(
    "--check/--no-check",
    default=True,
    show_default=True,
    help="Check the credentials with one request before saving them.",
)
@click.option("--force", is_flag=True, help="Replace a profile of that name.")
def profiles_add(
    name: str,
    account_sid: str,
    api_key: str | None,
    region: str | None,
    edge: str | None,
    base_url: str | None,
    use: bool | None,
    check: bool,
    force: bool,
) -> None:
    """Save credentials as profile NAME; the secret is asked for, never passed as an option.

    \b
    callbox profiles add work --account-sid AC...           (asks for the auth token)
    echo "$TOKEN" | callbox profiles add ci --account-sid AC... --no-use
    """
    if not _NAME.match(name):
        raise setup_error(f"{name!r} is not a profile name (letters, digits, . _ -)")
    for label, value, prefix in (
        ("--account-sid", account_sid, "AC"),
        ("--api-key", api_key, "SK"),
    ):
        if value is not None and not (_SID.match(value) and value.startswith(prefix)):
            raise setup_error(f"{label} must be {prefix} followed by 32 hex digits")
    session = session_of(click.get_current_context())
    store = session.profiles()
    if name in store.profiles and not force:
        raise setup_error(f"profile {name!r} exists; pass --force to replace it")
    values: dict[str, str] = {"account_sid": account_sid}
    if api_key:
        values["api_key"] = api_key
        values["api_secret"] = _secret("API secret")
    else:
        values["auth_token"] = _secret("Auth token")
    for key, value in (("region", region), ("edge", edge), ("base_url", base_url)):
        if value:
            values[key] = normalise_url(value) if key == "base_url" else value
    if check:
        _check(Credentials.from_mapping(f"profile {name!r}", values))
    store.profiles[name] = values
    if use or (use is None and store.active is None):
        store.active = name
    store.save()
    output().record(
        _row(name, values, store.active),
        summary=f"Saved profile {name!r}"
        + (" (active)" if store.active == name else "")
        + f" in {store.path}",
        key="name",
    )


def _check(credentials: Credentials) -> None:
    from callbox.errors import RestError, TransportError

    rest = credentials.client()
    try:
        rest.api.v2010.accounts(str(credentials.account_sid)).fetch()
    except RestError as exc:
        raise failed(
            f"the credentials were refused (HTTP {exc.status}, error {exc.code}): "
            "nothing saved; --no-check saves them unchecked"
        ) from None
    except TransportError as exc:
        raise failed(f"cannot check the credentials ({exc}); --no-check saves them") from None
    finally:
        rest.close()


def _row(name: str, values: dict[str, str], active: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {"name": name, "active": name == active}
    for key in PROFILE_FIELDS:
        if key not in SECRET_FIELDS:
            row[key] = values.get(key)
    row["credential"] = f"API key {values['api_key']}" if values.get("api_key") else "auth token"
    return row


@profiles.command("list")
def profiles_list() -> None:
    """List the profiles (secrets are never shown)."""
    store = session_of(click.get_current_context()).profiles()
    rows = [_row(name, values, store.active) for name, values in sorted(store.profiles.items())]
    out = output()
    out.records(rows, COLUMNS, key="name", empty="No profiles: callbox profiles add NAME")


@profiles.command("use")
@click.argument("name")
def profiles_use(name: str) -> None:
    """Make NAME the active profile (environment credentials still come first)."""
    store = session_of(click.get_current_context()).profiles()
    try:
        store.get(name)
    except KeyError as exc:
        raise setup_error(str(exc.args[0])) from None
    store.active = name
    store.save()
    output().record(
        _row(name, store.profiles[name], name), summary=f"Profile {name!r} is active", key="name"
    )


@profiles.command("remove")
@click.argument("name")
def profiles_remove(name: str) -> None:
    """Delete profile NAME and its secret."""
    store = session_of(click.get_current_context()).profiles()
    try:
        store.get(name)
    except KeyError as exc:
        raise setup_error(str(exc.args[0])) from None
    del store.profiles[name]
    if store.active == name:
        store.active = None
    store.save()
    output().record(
        {"name": name, "removed": True}, summary=f"Removed profile {name!r}", key="name"
    )
