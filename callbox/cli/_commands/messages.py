"""``callbox messages list|get|redact|delete|export``."""

from __future__ import annotations

import click

from .._group import Group
from .._types import DATE, DATETIME
from .common import client, confirm, limit_option, output, yes_option
from .exports import export_options, run_export

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

__all__ = ["messages"]

COLUMNS = ("sid", "date_sent", "direction", "from", "to", "status", "body")
#: An export's CSV columns unless --fields says otherwise.
EXPORT_FIELDS = (
    "sid",
    "date_created",
    "date_sent",
    "date_updated",
    "direction",
    "from",
    "to",
    "messaging_service_sid",
    "status",
    "num_segments",
    "num_media",
    "body",
    "price",
    "price_unit",
    "error_code",
    "error_message",
    "account_sid",
    "api_version",
)
STATUSES = (
    "queued",
    "sending",
    "sent",
    "failed",
    "delivered",
    "undelivered",
    "receiving",
    "received",
    "accepted",
    "scheduled",
    "read",
    "partially_delivered",
    "canceled",
)


def _filter_options(f: Any) -> Any:
    options = [
        click.option("--to", metavar="NUMBER", help="Only messages to this number."),
        click.option("--from", "from_", metavar="NUMBER", help="Only messages from this number."),
        click.option("--on", "on", type=DATE, help="Only messages sent that day."),
        click.option("--after", type=DATETIME, help="Only messages sent on or after this."),
        click.option("--before", type=DATETIME, help="Only messages sent on or before this."),
        click.option(
            "--status",
            type=click.Choice(STATUSES),
            help="Only messages in this status (checked here: the API has no such filter).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(
    to: str | None, from_: str | None, on: str | None, after: str | None, before: str | None
) -> dict[str, Any]:
    found = {
        "to": to,
        "from_": from_,
        "date_sent": on,
        "date_sent_after": after,
        "date_sent_before": before,
    }
    return {name: value for name, value in found.items() if value}


@click.group(cls=Group)
def messages() -> None:
    """List, show, redact, delete and export messages."""


@messages.command("list")
@_filter_options
@limit_option()
def messages_list(
    to: str | None,
    from_: str | None,
    on: str | None,
    after: str | None,
    before: str | None,
    status: str | None,
    limit: int,
) -> None:
    """List messages, newest first."""
    node = client().messages
    filters = _filters(to, from_, on, after, before)

    def rows() -> Iterator[Any]:
        count = 0
        for record in node.stream(page_size=min(limit, 1000) if limit else 1000, **filters):
            if status and record["status"] != status:
                continue
            yield record
            count += 1
            if limit and count >= limit:
                return

    output().records(rows(), COLUMNS, empty="No messages.")


@messages.command("get")
@click.argument("sid", metavar="MESSAGE_SID")
def messages_get(sid: str) -> None:
    """Show one message."""
    output().record(client().messages(sid).fetch())


@messages.command("redact")
@click.argument("sid", metavar="MESSAGE_SID")
@yes_option
def messages_redact(sid: str, yes: bool) -> None:
    """Erase a message's body (the record stays)."""
    confirm(yes, f"Erase the body of {sid}? This cannot be undone.")
    data = client().messages(sid).update(body="").to_dict()
    output().record(data, summary=f"{sid} redacted")


@messages.command("delete")
@click.argument("sid", metavar="MESSAGE_SID")
@yes_option
def messages_delete(sid: str, yes: bool) -> None:
    """Delete a message and its media."""
    confirm(yes, f"Delete {sid}? This cannot be undone.")
    client().messages(sid).delete()
    output().record({"sid": sid, "deleted": True}, summary=f"{sid} deleted")


@messages.command("export")
@_filter_options
@export_options
def messages_export(
    to: str | None,
    from_: str | None,
    on: str | None,
    after: str | None,
    before: str | None,
    status: str | None,
    **options: Any,
) -> None:
    """Export messages to CSV or JSON Lines, resumably.

    \b
    callbox messages export -o march.csv --after 2026-03-01 --before 2026-03-31
    Interrupted (Ctrl-C, a network error)? Run the same command again: it goes on
    from the last complete page. The file appears under its name only when complete.
    """
    run_export(
        what="messages",
        node=client().messages,
        filters=_filters(to, from_, on, after, before),
        default_fields=EXPORT_FIELDS,
        keep=(lambda data: data.get("status") == status) if status else None,
        local_filters={"status": status} if status else None,
        **options,
    )
