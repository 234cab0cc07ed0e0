"""``callbox accounts list|create``: subaccounts.

A subaccount's ``auth_token`` is a secret: it is left out of every output unless
``--show-token`` asks for it.
"""

from __future__ import annotations

import click

from .._group import Group
from .common import client, limit_option, output, stream_limit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["accounts"]

COLUMNS = ("sid", "friendly_name", "status", "type", "date_created")
_SHOW = click.option("--show-token", is_flag=True, help="Include the accounts' auth tokens.")


@click.group(cls=Group)
def accounts() -> None:
    """List and create subaccounts."""


@accounts.command("list")
@click.option("--name", "friendly_name", help="Only accounts with this friendly name.")
@click.option(
    "--status", type=click.Choice(["active", "suspended", "closed"]), help="Only in this status."
)
@_SHOW
@limit_option()
def accounts_list(
    friendly_name: str | None, status: str | None, show_token: bool, limit: int
) -> None:
    """List your account and its subaccounts."""
    params: dict[str, Any] = {
        k: v for k, v in (("friendly_name", friendly_name), ("status", status)) if v
    }
    rows = client().api.v2010.accounts.stream(**params, **stream_limit(limit))
    columns = (*COLUMNS, "auth_token") if show_token else COLUMNS
    hide = () if show_token else ("auth_token",)
    output(hide=hide).records(rows, columns, empty="No accounts.")


@accounts.command("create")
@click.argument("name", required=False)
@_SHOW
def accounts_create(name: str | None, show_token: bool) -> None:
    """Create a subaccount (NAME: its friendly name)."""
    params = {"friendly_name": name} if name else {}
    made = client().api.v2010.accounts.create(**params).to_dict()
    summary = f"{made['sid']} created ({made.get('friendly_name')})"
    if not show_token:
        summary += "; --show-token prints its auth token"
    hide = () if show_token else ("auth_token",)
    output(hide=hide).record(made, summary=None if show_token else summary)
