"""The options and the run shared by ``messages export`` and ``calls export``."""

from __future__ import annotations

import sys

import click

from .._export import FORMATS, Export, format_for
from .._session import session_of
from .common import client, output, setup_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["export_options", "run_export"]


def export_options(f: F) -> F:
    options = [
        click.option(
            "--output",
            "-o",
            "path",
            required=True,
            metavar="FILE",
            help="Where to write ('-': stdout, not resumable). Written as FILE.part, "
            "renamed when complete.",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            help="csv or jsonl (default: from the file name, else csv).",
        ),
        click.option(
            "--fields",
            metavar="A,B,...",
            help="Columns to write, in order (default: the usual ones).",
        ),
        click.option(
            "--page-size",
            type=click.IntRange(1, 1000),
            default=1000,
            show_default=True,
            help="Records per request.",
        ),
        click.option(
            "--limit",
            "-n",
            type=click.IntRange(min=0),
            default=0,
            help="Stop after this many records (0: all).",
        ),
        click.option("--restart", is_flag=True, help="Discard a partial export and start over."),
        click.option("--force", is_flag=True, help="Replace FILE if it exists."),
        click.option(
            "--progress/--no-progress",
            default=None,
            help="Show the progress line (default: when stderr is a terminal).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def run_export(
    *,
    what: str,
    node: Any,
    filters: dict[str, Any],
    default_fields: Sequence[str],
    path: str,
    fmt: str | None,
    fields: str | None,
    page_size: int,
    limit: int,
    restart: bool,
    force: bool,
    progress: bool | None,
    keep: Callable[[dict[str, Any]], bool] | None = None,
    local_filters: dict[str, Any] | None = None,
) -> None:
    """Export ``node.stream(**filters)`` to ``path`` and report how it went."""
    rest = client()
    domain: Any = rest.api
    chosen = format_for(path, fmt)
    columns = [c.strip() for c in fields.split(",") if c.strip()] if fields else None
    if fields is not None and not columns:
        raise setup_error("--fields names no field")
    identity = {
        "what": what,
        "account": rest.account_sid,
        "api": domain.base_url,
        "filters": {k: str(v) for k, v in sorted({**filters, **(local_filters or {})}.items())},
        "page_size": page_size,
    }
    export = Export(
        path,
        chosen,
        columns or (list(default_fields) if chosen == "csv" else None),
        identity,
        label=what,
        restart=restart,
        force=force,
        as_json=session_of(click.get_current_context()).as_json,
    )
    session = session_of(click.get_current_context())
    if progress is None:
        progress = sys.stderr.isatty() and session.mode == "table" and path != "-"

    def open_stream(resume: dict[str, Any]) -> Any:
        return node.stream(page_size=page_size, **filters, **resume)

    seconds = export.run(rest, open_stream, keep=keep, limit=limit or None, progress=progress)
    done = export.written
    rate = (done - export.resumed_from) / seconds if seconds > 0 else 0.0
    if path == "-":
        return
    again = f" (resumed at {export.resumed_from:,})" if export.resumed_from else ""
    out = output()
    out.record(
        {
            "path": path,
            "format": chosen,
            "records": done,
            "resumed_from": export.resumed_from,
            "seconds": round(seconds, 3),
        },
        summary=f"Exported {done:,} {what}{again} to {path} in {seconds:.1f} s "
        f"({rate:,.0f} records/s).",
        key="path",
    )
