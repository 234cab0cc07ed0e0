"""Exports to CSV or JSON Lines: streamed, resumable, and never half-written in place.

An export to ``out.csv`` writes ``out.csv.part`` and, after every complete page,
a checkpoint ``out.csv.part.json``: how many records and bytes are safely on disk
(flushed and fsynced) and the page to ask for next. When it finishes, the part
file is fsynced and renamed to ``out.csv`` in one step, so a file with the final
name is always complete; an interrupted export leaves only ``.part`` files.

Running the same command again resumes: the part file is cut back to the last
checkpoint (dropping a page that was only partly written) and the stream
restarts at the page recorded there, by its ``PageToken``, so no record is
lost or written twice. The checkpoint also records the options that shape the
output (what is exported, the account, the filters, the format, the columns,
the page size); a run with other options refuses to mix them and asks for
``--restart``.

Records come from the client's ``stream()``, which holds one page at a time, so
memory stays flat however many records there are. Page boundaries are seen
through ``client.last_request``: the stream builds the next page's request only
after the last record of the current page was handed out.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time

import click

from ._errors import Failed, SetupError
from ._output import cell

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from typing import Any, BinaryIO

__all__ = ["FORMATS", "Export", "format_for"]

FORMATS = ("csv", "jsonl")
_VERSION = 1


def format_for(path: str, given: str | None) -> str:
    """The format asked for, else the one the file name says (``.jsonl``/``.ndjson``), else CSV."""
    if given:
        return given
    return "jsonl" if path.endswith((".jsonl", ".ndjson", ".json")) else "csv"


def _resume_args(url: str | None) -> dict[str, Any]:
    """``page_token``/``page_number`` that make ``stream()`` start at the page ``url`` names."""
    if not url:
        return {}
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(url).query)
    found: dict[str, Any] = {}
    if query.get("PageToken"):
        found["page_token"] = query["PageToken"][0]
    if query.get("Page") and query["Page"][0].isdigit():
        found["page_number"] = int(query["Page"][0])
    return found


def _write_atomic(path: str, text: str) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class _Progress:
    """A rich progress line on stderr: records so far, their rate, the time taken."""

    def __init__(self, label: str, start: int) -> None:
        from rich.progress import (
            Progress,
            ProgressColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )
        from rich.text import Text

        from ._output import console

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.speed
                return Text(f"{speed:,.0f} records/s" if speed else "- records/s")

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            TextColumn("{task.completed:,} records"),
            Rate(),
            TimeElapsedColumn(),
            console=console(stderr=True),
        )
        self._task = self._bar.add_task(label, total=None, completed=start)
        self._bar.start()

    def set(self, count: int) -> None:
        self._bar.update(self._task, completed=count)

    def stop(self) -> None:
        self._bar.stop()


class Export:
    """One export to ``path`` (``-`` for stdout, which cannot resume).

    ``identity`` holds what must not change between a run and its resumption.
    ``fields`` are the CSV columns (JSON Lines: the kept fields; None keeps all).
    """

    def __init__(
        self,
        path: str,
        fmt: str,
        fields: Sequence[str] | None,
        identity: dict[str, Any],
        *,
        label: str,
        restart: bool = False,
        force: bool = False,
        as_json: bool = False,
    ) -> None:
        if fmt == "csv" and not fields:
            raise ValueError("a CSV export needs its columns")
        self.path = path
        self.fmt = fmt
        self.fields = list(fields) if fields else None
        self.identity = {**identity, "format": fmt, "fields": self.fields}
        self.label = label
        self.restart = restart
        self.force = force
        self.as_json = as_json  # failures in JSON, for --json/--jsonl
        self.part = path + ".part"
        self.checkpoint = path + ".part.json"
        self.written = 0
        self.resumed_from = 0
        self._next_url: str | None = None
        self._raw: BinaryIO | None = None
        self._buffer = io.StringIO()
        self._csv: Any = None

    # -- setting up

    def open(self) -> dict[str, Any]:
        """Open the output (resuming if a matching checkpoint exists); the ``stream()``
        arguments that start at the right page."""
        if self.path == "-":
            self._raw = sys.stdout.buffer
            self._begin()
            return {}
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise SetupError(f"cannot write {self.path}: no folder {folder}", as_json=self.as_json)
        if os.path.exists(self.path) and not self.force:
            raise SetupError(
                f"{self.path} exists; pass --force to replace it", as_json=self.as_json
            )
        state = self._state()
        if state is not None and not self.restart:
            if state.get("identity") != self.identity:
                raise SetupError(
                    f"{self.part} is a partial export with other options; run the same "
                    "command again to resume it, or pass --restart to start over",
                    as_json=self.as_json,
                )
            if os.path.exists(self.part) and os.path.getsize(self.part) >= state["bytes"]:
                raw = open(self.part, "r+b")  # noqa: SIM115 - kept open for the export
                raw.truncate(state["bytes"])
                raw.seek(0, os.SEEK_END)
                self._raw = raw
                self.written = self.resumed_from = int(state["written"])
                self._next_url = state.get("next")
                if self.fmt == "csv":
                    self._new_csv()
                return _resume_args(self._next_url)
        fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._raw = os.fdopen(fd, "wb")
        self._begin()
        self._save(None)
        return {}

    def _state(self) -> dict[str, Any] | None:
        try:
            with open(self.checkpoint, encoding="utf-8") as f:
                state = json.load(f)
        except (FileNotFoundError, ValueError):
            return None
        if not isinstance(state, dict) or state.get("version") != _VERSION:
            return None
        return state

    def _new_csv(self) -> None:
        import csv

        self._csv = csv.writer(self._buffer)

    def _begin(self) -> None:
        if self.fmt == "csv":
            self._new_csv()
            assert self.fields is not None
            self._csv.writerow(self.fields)
            self._drain()

    # -- writing

    def _drain(self) -> None:
        text = self._buffer.getvalue()
        if text:
            assert self._raw is not None
            self._raw.write(text.encode("utf-8"))
            self._buffer.seek(0)
            self._buffer.truncate()

    def write(self, data: dict[str, Any]) -> None:
        if self.fmt == "csv":
            assert self.fields is not None
            self._csv.writerow([cell_csv(data.get(name)) for name in self.fields])
        else:
            if self.fields:
                data = {name: data.get(name) for name in self.fields}
            self._buffer.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            self._buffer.write("\n")
        self.written += 1
        if self._buffer.tell() > 1 << 16:
            self._drain()

    def _sync(self) -> int:
        self._drain()
        raw = self._raw
        assert raw is not None
        raw.flush()
        if self.path != "-":
            os.fsync(raw.fileno())
        return raw.tell() if self.path != "-" else 0

    def _save(self, next_url: str | None) -> None:
        """Record that everything written so far is on disk, and where to go on."""
        if self.path == "-":
            self._drain()
            return
        offset = self._sync()
        self._next_url = next_url
        state = {
            "version": _VERSION,
            "identity": self.identity,
            "written": self.written,
            "bytes": offset,
            "next": next_url,
        }
        _write_atomic(self.checkpoint, json.dumps(state, indent=2) + "\n")

    def finish(self) -> None:
        """Make the file complete under its final name, atomically."""
        self._sync()
        raw = self._raw
        assert raw is not None
        if self.path == "-":
            raw.flush()
            return
        raw.close()
        os.replace(self.part, self.path)
        try:
            os.unlink(self.checkpoint)
        except FileNotFoundError:
            pass

    def abandon(self) -> None:
        """Stop without finishing: whatever the last checkpoint holds stays resumable."""
        if self._raw is not None and self.path != "-":
            try:
                self._drain()
                self._raw.flush()
            finally:
                self._raw.close()

    # -- the loop

    def run(
        self,
        client: Any,
        open_stream: Callable[[dict[str, Any]], Iterator[Any]],
        *,
        keep: Callable[[dict[str, Any]], bool] | None = None,
        limit: int | None = None,
        progress: bool = False,
    ) -> float:
        """Copy records from ``open_stream(resume_args)`` into the file; seconds taken."""
        started = time.perf_counter()
        resume = self.open()
        if limit is not None and self.written >= limit:
            self.finish()
            return time.perf_counter() - started
        bar = _Progress(self.label, self.written) if progress else None
        records = open_stream(resume)
        current = client.last_request  # the first page's request, built by stream()
        shown = self.written
        try:
            iterator = iter(records)
            while True:
                try:
                    record = next(iterator)
                except StopIteration:
                    break
                except BaseException:
                    if client.last_request is not current:  # the last page was complete
                        self._save(client.last_request.url)
                    raise
                if client.last_request is not current:
                    current = client.last_request
                    self._save(current.url)
                data = record.to_dict() if hasattr(record, "to_dict") else dict(record)
                if keep is None or keep(data):
                    self.write(data)
                    if limit is not None and self.written >= limit:
                        break
                if bar is not None and self.written - shown >= 250:
                    bar.set(self.written)
                    shown = self.written
            self.finish()
        except KeyboardInterrupt:
            self.abandon()
            again = "" if self.path == "-" else "; run the same command again to resume"
            click.echo(f"Interrupted after {self.written:,} records{again}.", err=True)
            raise click.exceptions.Exit(130) from None
        except Exception as exc:
            self.abandon()
            if self.path == "-":
                raise
            from ._errors import translate

            failure = translate(exc)
            reason = failure.message if failure is not None else f"{type(exc).__name__}: {exc}"
            raise Failed(
                f"the export stopped after {self.written:,} records ({reason}); {self.part} "
                "keeps every complete page: run the same command again to resume",
                as_json=self.as_json,
                records=self.written,
            ) from None
        finally:
            if bar is not None:
                bar.set(self.written)
                bar.stop()
        return time.perf_counter() - started


def cell_csv(value: Any) -> str:
    """A CSV cell: the value as is (newlines kept, the CSV quoting handles them)."""
    if isinstance(value, str):
        return value
    return cell(value)
