"""What several command groups share: the session's client and output, list options."""

from __future__ import annotations

import sys

import click

from .._errors import Failed, SetupError
from .._output import Output
from .._session import session_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from typing import Any, TypeVar

    from callbox.rest import Client

    F = TypeVar("F", bound=Callable[..., Any])

__all__ = [
    "client",
    "confirm",
    "failed",
    "limit_option",
    "output",
    "read_file",
    "read_text",
    "setup_error",
    "stream_limit",
    "yes_option",
]


def client() -> Client:
    """The REST client of the running command's session."""
    return session_of(click.get_current_context()).client()


def output(*, hide: Collection[str] = ()) -> Output:
    return Output(session_of(click.get_current_context()), hide=hide)


def setup_error(message: str) -> SetupError:
    return session_of(click.get_current_context()).fail(message)


def failed(message: str) -> Failed:
    return Failed(message, as_json=session_of(click.get_current_context()).as_json)


def limit_option(default: int = 50, what: str = "Records to show") -> Callable[[F], F]:
    return click.option(
        "--limit",
        "-n",
        type=click.IntRange(min=0),
        default=default,
        show_default=True,
        help=f"{what} at most (0: all of them).",
    )


def stream_limit(limit: int) -> dict[str, Any]:
    """``stream()`` arguments for a ``--limit`` (pages no bigger than needed)."""
    if not limit:
        return {"page_size": 1000}
    return {"limit": limit, "page_size": min(limit, 1000)}


def confirm(yes: bool, question: str) -> None:
    """Ask before something that cannot be undone; ``--yes`` or a non-terminal must say so."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise setup_error(f"{question} Pass --yes to confirm (no terminal to ask on).")
    click.confirm(question, abort=True, err=True)


def read_file(path: str, *, binary: bool = False) -> Any:
    """A file's content (``-``: stdin); a file that cannot be read is a usage error."""
    try:
        with click.open_file(
            path, "rb" if binary else "r", encoding=None if binary else "utf-8"
        ) as f:
            return f.read()
    except OSError as exc:
        raise setup_error(f"cannot read {path}: {exc.strerror or exc}") from None


def read_text(value: str) -> str:
    """An option's text, or stdin's for ``-``."""
    if value == "-":
        return sys.stdin.read()
    return value


def yes_option(f: F) -> F:
    return click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")(f)
