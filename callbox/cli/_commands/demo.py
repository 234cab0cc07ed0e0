"""``callbox demo``: a whole SMS conversation and a phone call through a local sandbox."""

from __future__ import annotations

import sys

import click

from .._errors import sandbox_missing
from .._group import Command

__all__ = ["demo"]


@click.command(cls=Command, plain=True)
def demo() -> None:
    """Run the sandbox demo: an SMS app talking to phones, all on this machine."""
    try:
        from callbox.sandbox.demo import run
    except ImportError as exc:
        hint = sandbox_missing(exc, "`callbox demo`")
        if hint is not None:
            raise hint from None
        raise
    sys.exit(run())
