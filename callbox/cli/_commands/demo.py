"""``callbox demo``: a whole SMS conversation and a phone call through a local sandbox."""

from __future__ import annotations

import sys

import click

from .._errors import SetupError
from .._group import Command

__all__ = ["demo"]


@click.command(cls=Command, plain=True)
def demo() -> None:
    """Run the sandbox demo: an SMS app talking to phones, all on this machine."""
    try:
        from callbox.sandbox.demo import run
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("callbox.sandbox"):
            raise click.ClickException("the demo is not available in this build") from None
        if (exc.name or "").split(".")[0] in ("starlette", "uvicorn", "multipart", "phonenumbers"):
            raise SetupError(
                "the demo needs the sandbox extra: pip install 'callbox[sandbox]'"
            ) from None
        raise
    sys.exit(run())
