"""``callbox recordings list|download``.

``download`` fetches each recording's audio into a folder as ``RE….wav`` (or
``.mp3``). Each file is written as ``RE….wav.part`` and renamed when complete,
and files already there are skipped, so running the command again after an
interruption fetches only what is missing; a name without ``.part`` is always a
whole recording.
"""

from __future__ import annotations

import os
import sys
import time

import click

from .._errors import translate
from .._group import Group
from .._session import session_of
from .._types import DATE, DATETIME
from .common import client, failed, limit_option, output, setup_error, stream_limit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

__all__ = ["recordings"]

COLUMNS = ("sid", "date_created", "call_sid", "duration", "channels", "status", "source")


def _filter_options(f: Any) -> Any:
    options = [
        click.option("--call", "call_sid", metavar="CALL_SID", help="Only this call's recordings."),
        click.option(
            "--conference", "conference_sid", metavar="CF_SID", help="Only this conference's."
        ),
        click.option("--on", type=DATE, help="Only recordings made that day."),
        click.option("--after", type=DATETIME, help="Only recordings made on or after this."),
        click.option("--before", type=DATETIME, help="Only recordings made on or before this."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(**given: str | None) -> dict[str, Any]:
    names = {
        "call_sid": "call_sid",
        "conference_sid": "conference_sid",
        "on": "date_created",
        "after": "date_created_after",
        "before": "date_created_before",
    }
    return {names[k]: v for k, v in given.items() if v}


@click.group(cls=Group)
def recordings() -> None:
    """List and download call recordings."""


@recordings.command("list")
@_filter_options
@limit_option()
def recordings_list(limit: int, **filters: str | None) -> None:
    """List recordings, newest first."""
    rows = client().recordings.stream(**_filters(**filters), **stream_limit(limit))
    output().records(rows, COLUMNS, empty="No recordings.")


@recordings.command("download")
@_filter_options
@click.option(
    "--dir",
    "-d",
    "folder",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the audio files (created if missing).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["wav", "mp3"]),
    default="wav",
    show_default=True,
    help="Audio format.",
)
@limit_option(default=0, what="Recordings to fetch")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show the progress line (default: when stderr is a terminal).",
)
def recordings_download(
    folder: str, fmt: str, limit: int, progress: bool | None, **filters: str | None
) -> None:
    """Download recordings' audio, skipping files already downloaded.

    \b
    callbox recordings download --after 2026-03-01 -d march/
    """
    rest = client()
    os.makedirs(folder, exist_ok=True)
    session = session_of(click.get_current_context())
    if progress is None:
        progress = sys.stderr.isatty() and session.mode == "table"
    bar = _Bar() if progress else None
    counts = {"saved": 0, "skipped": 0, "bytes": 0}
    started = time.perf_counter()

    def downloads() -> Iterator[dict[str, Any]]:
        for record in rest.recordings.stream(**_filters(**filters), **stream_limit(limit)):
            data = record.to_dict()
            target = os.path.join(folder, f"{data['sid']}.{fmt}")
            if os.path.exists(target):
                counts["skipped"] += 1
                state = "already there"
            else:
                counts["bytes"] += _download(rest, data, fmt, target)
                counts["saved"] += 1
                state = "downloaded"
            if bar is not None:
                bar.set(counts["saved"] + counts["skipped"], counts["bytes"])
            yield {
                "sid": data["sid"],
                "call_sid": data.get("call_sid"),
                "path": target,
                "state": state,
            }

    out = output()
    try:
        out.records(
            downloads(), ("sid", "call_sid", "path", "state"), key="path", empty="No recordings."
        )
    except Exception as exc:
        failure = translate(exc)
        reason = failure.message if failure is not None else str(exc)
        raise failed(
            f"the download stopped after {counts['saved']} new recordings ({reason}); run the "
            "same command again to fetch the rest"
        ) from None
    finally:
        if bar is not None:
            bar.stop()
    seconds = time.perf_counter() - started
    out.note(
        f"{counts['saved']} downloaded ({counts['bytes']:,} bytes), {counts['skipped']} already "
        f"there, in {seconds:.1f} s."
    )


def _download(rest: Any, data: dict[str, Any], fmt: str, target: str) -> int:
    path = f"/2010-04-01/Accounts/{data['account_sid']}/Recordings/{data['sid']}.{fmt}"
    response = rest.request("GET", rest.api.base_url + path)
    if response.status != 200:
        from callbox.errors import rest_error_class

        raise rest_error_class(response.status)(
            response.status, path, f"the audio of {data['sid']} is not available", method="GET"
        )
    if not response.body:
        raise setup_error(f"the audio of {data['sid']} is empty")
    part = target + ".part"
    with open(part, "wb") as f:
        f.write(response.body)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, target)
    return len(response.body)


class _Bar:
    def __init__(self) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from .._output import console

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]recordings"),
            TextColumn("{task.completed:,} files"),
            TextColumn("{task.fields[size]:,} bytes"),
            TimeElapsedColumn(),
            console=console(stderr=True),
        )
        self._task = self._bar.add_task("recordings", total=None, size=0)
        self._bar.start()

    def set(self, count: int, size: int) -> None:
        self._bar.update(self._task, completed=count, size=size)

    def stop(self) -> None:
        self._bar.stop()
