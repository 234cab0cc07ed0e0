"""``callbox flows run module:app``: serve a call-flows app (:mod:`callbox.flows`)."""

from __future__ import annotations

import click

from .._errors import SetupError
from .._group import Group

__all__ = ["flows"]


@click.group(cls=Group)
def flows() -> None:
    """Serve call flows: IVRs and SMS conversations written as handlers."""


@flows.command("run", plain=True)
@click.argument("target", metavar="MODULE:APP")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (more than one needs a sqlite:// or redis:// store).",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
def flows_run(target: str, host: str, port: int, workers: int | None, log_level: str) -> None:
    """Serve the app MODULE:APP (a callbox.flows App or any ASGI app) until interrupted.

    The current folder is importable, as with ``python -m``. Twilio (or the sandbox)
    must reach the address: put a proxy or tunnel in front for the real Twilio.
    """
    try:
        from callbox.flows import FlowError, run
    except ImportError as exc:
        if (exc.name or "").split(".")[0] == "uvicorn":
            raise SetupError("serving flows needs: pip install 'callbox[flows]'") from None
        raise
    try:
        run(target, host, port, log_level=log_level, workers=workers)
    except FlowError as exc:
        raise SetupError(str(exc)) from None
