"""Printing records in the session's mode: tables, ``--json``, ``--jsonl``, ``-q``.

* table (default): a record as a two-column table of its set fields (or a one-line
  summary), a list as a table of chosen columns. rich is imported only here and
  only in this mode. Piped output is not cut to the terminal's width.
* ``--json``: one JSON document; a list is an array written record by record.
* ``--jsonl``: one compact JSON object per line.
* ``-q``: the SID of each record (or its key field), one per line.

Fields named in ``hide`` (secrets such as a subaccount's ``auth_token``) are
dropped in every mode.
"""

from __future__ import annotations

import sys

import click

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence
    from typing import Any

    from rich.console import Console

    from ._session import Session

__all__ = ["Output", "as_data", "cell"]

#: Fields never worth a table row: links the API adds to every record.
_NOISE = frozenset({"uri", "url", "subresource_uris", "links"})


def as_data(record: Any) -> dict[str, Any]:
    """A record (a client ``Instance`` or a mapping) as a plain dict."""
    to_dict = getattr(record, "to_dict", None)
    if to_dict is not None:
        data: dict[str, Any] = to_dict()
        return data
    return dict(record)


def cell(value: Any) -> str:
    """One value as table text: empty for null, compact JSON for objects, one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value, separators=(",", ":"))
    return str(value).replace("\r\n", " ").replace("\n", " ")


def console(stderr: bool = False) -> Console:
    """A rich console; when not on a terminal, lines are never cut or wrapped."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    terminal = stream.isatty()
    return Console(file=stream, stderr=stderr, highlight=False, width=None if terminal else 100_000)


def print_table(table: Any) -> None:
    """Print a rich table, each line without trailing blanks."""
    out = console()
    with out.capture() as captured:
        out.print(table)
    text = "\n".join(line.rstrip() for line in captured.get().splitlines())
    click.echo(text.strip("\n"), color=out.is_terminal)


class Output:
    """Writes records to stdout in one session's mode."""

    def __init__(self, session: Session, *, hide: Collection[str] = ()) -> None:
        self.mode = session.mode
        self.hide = frozenset(hide)

    def _clean(self, record: Any) -> dict[str, Any]:
        data = as_data(record)
        for name in self.hide & data.keys():
            del data[name]
        return data

    def note(self, text: str) -> None:
        """A message for people (stderr), silent with ``-q`` and in JSON modes."""
        if self.mode == "table":
            click.echo(text, err=True)

    def record(
        self,
        record: Any,
        *,
        summary: str | None = None,
        fields: Sequence[str] | None = None,
        key: str = "sid",
    ) -> None:
        """Print one record; ``summary`` replaces the table in the default mode."""
        import json

        data = self._clean(record)
        if self.mode == "json":
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        elif self.mode == "jsonl":
            click.echo(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        elif self.mode == "quiet":
            if data.get(key) is not None:
                click.echo(str(data[key]))
        elif summary is not None:
            click.echo(summary)
        else:
            self._pairs(data, fields)

    def _pairs(self, data: Mapping[str, Any], fields: Sequence[str] | None) -> None:
        from rich.table import Table

        names = fields or [k for k, v in data.items() if v not in (None, "") and k not in _NOISE]
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        for name in names:
            table.add_row(name, cell(data.get(name)))
        print_table(table)

    def records(
        self,
        records: Iterable[Any],
        columns: Sequence[str],
        *,
        key: str = "sid",
        empty: str = "No records.",
    ) -> int:
        """Print records as they come (JSON modes) or as one table; returns how many."""
        import json

        count = 0
        if self.mode == "table":
            from rich import box
            from rich.table import Table

            table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
            for name in columns:
                table.add_column(name, overflow="fold")
            for record in records:
                data = self._clean(record)
                table.add_row(*(cell(data.get(name)) for name in columns))
                count += 1
            if count:
                print_table(table)
            else:
                click.echo(empty, err=True)
            return count
        out = sys.stdout
        if self.mode == "json":
            out.write("[")
        for record in records:
            data = self._clean(record)
            if self.mode == "json":
                body = json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n  ")
                out.write(("," if count else "") + "\n  " + body)
            elif self.mode == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
            elif data.get(key) is not None:
                out.write(f"{data[key]}\n")
            count += 1
        if self.mode == "json":
            out.write("\n]\n" if count else "]\n")
        out.flush()
        return count
