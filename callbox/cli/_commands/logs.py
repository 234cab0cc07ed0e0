"""``callbox logs``: Monitor alerts, the errors and warnings Twilio logged for the account."""

from __future__ import annotations

import click

from .._group import Command
from .._types import DATETIME
from .common import client, limit_option, output, stream_limit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["logs"]

COLUMNS = ("date_created", "log_level", "error_code", "resource_sid", "alert_text")


@click.command(cls=Command)
@click.option(
    "--level",
    type=click.Choice(["error", "warning", "notice", "debug"]),
    help="Only alerts of this level.",
)
@click.option("--after", type=DATETIME, help="Only alerts from this time on.")
@click.option("--before", type=DATETIME, help="Only alerts up to this time.")
@click.option("--sid", metavar="NO_SID", help="Show one alert in full instead.")
@limit_option()
def logs(
    level: str | None, after: str | None, before: str | None, sid: str | None, limit: int
) -> None:
    """Show Monitor alerts (errors and warnings of webhooks, calls, messages), newest first."""
    alerts = client().monitor.v1.alerts
    if sid:
        output().record(alerts(sid).fetch())
        return
    params: dict[str, Any] = {
        k: v for k, v in (("log_level", level), ("start_date", after), ("end_date", before)) if v
    }
    rows = alerts.stream(**params, **stream_limit(limit))
    output().records(rows, COLUMNS, empty="No alerts.")
