"""``callbox calls list|get|export``."""

from __future__ import annotations

import click

from .._group import Group
from .._types import DATE, DATETIME
from .common import client, limit_option, output, stream_limit
from .exports import export_options, run_export

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["calls"]

COLUMNS = ("sid", "start_time", "direction", "from", "to", "status", "duration")
EXPORT_FIELDS = (
    "sid",
    "date_created",
    "start_time",
    "end_time",
    "duration",
    "direction",
    "from",
    "to",
    "status",
    "answered_by",
    "parent_call_sid",
    "phone_number_sid",
    "price",
    "price_unit",
    "caller_name",
    "forwarded_from",
    "queue_time",
    "trunk_sid",
    "group_sid",
    "account_sid",
    "api_version",
)
STATUSES = (
    "queued",
    "ringing",
    "in-progress",
    "canceled",
    "completed",
    "failed",
    "busy",
    "no-answer",
)


def _filter_options(f: Any) -> Any:
    options = [
        click.option("--to", metavar="NUMBER", help="Only calls to this number."),
        click.option("--from", "from_", metavar="NUMBER", help="Only calls from this number."),
        click.option("--status", type=click.Choice(STATUSES), help="Only calls in this status."),
        click.option("--on", type=DATE, help="Only calls started that day."),
        click.option("--after", type=DATETIME, help="Only calls started on or after this."),
        click.option("--before", type=DATETIME, help="Only calls started on or before this."),
        click.option("--parent", metavar="CALL_SID", help="Only the child legs of this call."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(**given: str | None) -> dict[str, Any]:
    names = {
        "to": "to",
        "from_": "from_",
        "status": "status",
        "on": "start_time",
        "after": "start_time_after",
        "before": "start_time_before",
        "parent": "parent_call_sid",
    }
    return {names[k]: v for k, v in given.items() if v}


@click.group(cls=Group)
def calls() -> None:
    """List, show and export calls."""


@calls.command("list")
@_filter_options
@limit_option()
def calls_list(limit: int, **filters: str | None) -> None:
    """List calls, newest first."""
    rows = client().calls.stream(**_filters(**filters), **stream_limit(limit))
    output().records(rows, COLUMNS, empty="No calls.")


@calls.command("get")
@click.argument("sid", metavar="CALL_SID")
def calls_get(sid: str) -> None:
    """Show one call."""
    output().record(client().calls(sid).fetch())


@calls.command("export")
@_filter_options
@export_options
def calls_export(
    to: str | None,
    from_: str | None,
    status: str | None,
    on: str | None,
    after: str | None,
    before: str | None,
    parent: str | None,
    **options: Any,
) -> None:
    """Export calls to CSV or JSON Lines, resumably (see `messages export`)."""
    filters = _filters(
        to=to, from_=from_, status=status, on=on, after=after, before=before, parent=parent
    )
    run_export(
        what="calls",
        node=client().calls,
        filters=filters,
        default_fields=EXPORT_FIELDS,
        **options,
    )
