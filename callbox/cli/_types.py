"""click parameter types for Twilio values: dates, ``Name=Value`` pairs, JSON."""

from __future__ import annotations

import click

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    _Base = click.ParamType[Any, Any]
else:
    _Base = click.ParamType  # generic only in click's newer stubs

__all__ = ["DATE", "DATETIME", "JSON", "PAIR", "DateType", "JsonType", "PairType"]


class DateType(_Base):
    """``2026-03-01`` or an ISO 8601 time (``2026-03-01T12:00:00Z``); passed on as text."""

    name = "date"

    def __init__(self, with_time: bool = True) -> None:
        self.with_time = with_time

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "DATETIME" if self.with_time else "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import datetime as dt

        text = str(value).strip()
        try:
            if len(text) == 10:
                dt.date.fromisoformat(text)
            elif self.with_time:
                dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
            else:
                raise ValueError
        except ValueError:
            want = "YYYY-MM-DD or an ISO 8601 time" if self.with_time else "YYYY-MM-DD"
            self.fail(f"{text!r} is not a date ({want})", param, ctx)
        return text


class PairType(_Base):
    """``Name=Value`` (the value may be empty or contain ``=``)."""

    name = "pair"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "NAME=VALUE"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        name, sep, rest = str(value).partition("=")
        if not sep or not name:
            self.fail(f"{value!r} is not NAME=VALUE", param, ctx)
        return name, rest


class JsonType(_Base):
    """A JSON value, given inline."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        import json

        try:
            return json.loads(value)
        except ValueError as exc:
            self.fail(f"not valid JSON: {exc}", param, ctx)


DATE = DateType(with_time=False)
DATETIME = DateType()
PAIR = PairType()
JSON = JsonType()
