"""``callbox sandbox``: run a local Twilio-compatible server.

While it runs it records its URL and account in the config folder's
``sandbox.json`` (mode 0600), which ``--sandbox`` without a URL reads; the file is
removed when it stops.
"""

from __future__ import annotations

import os
import sys

import click

from .._errors import sandbox_missing
from .._group import Command

__all__ = ["sandbox"]


@click.command(cls=Command, plain=True)
@click.option(
    "--port", default=8787, show_default=True, help="Port on 127.0.0.1 (0: any free port)."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--db",
    default="sandbox.db",
    show_default=True,
    help="SQLite file for the sandbox's state (':memory:' keeps nothing).",
)
@click.option(
    "--fsync/--no-fsync",
    default=False,
    help="fsync every commit (survives power loss, slower). Without it kill -9 loses nothing.",
)
@click.option(
    "--step-delay",
    type=click.FloatRange(min=0, max=3600),
    default=None,
    metavar="SECONDS",
    help="Pause between two status changes of a message (default 0.05; 0: immediate).",
)
@click.option(
    "--clock",
    type=click.Choice(["real", "virtual"]),
    default="real",
    show_default=True,
    help="What calls run on: real time, or virtual time that skips idle waits.",
)
@click.option(
    "--read-timeout",
    type=click.FloatRange(min=0.1, max=3600),
    default=10.0,
    show_default=True,
    metavar="SECONDS",
    help="How long a client may take to send a whole request (then 408).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST:PORT",
    help="Also answer to this Host (a forwarded port, a name in /etc/hosts); repeatable. "
    "Loopback names with the sandbox's port are always allowed.",
)
@click.option(
    "--http",
    "parser",
    type=click.Choice(["auto", "h11", "httptools"]),
    default="auto",
    show_default=True,
    help="HTTP parser: httptools (with uvloop) when the fast extra is installed, else h11.",
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--state-file/--no-state-file",
    default=True,
    show_default=True,
    help="Record the URL and account for `--sandbox` in the config folder while running.",
)
@click.option("--no-behaviours", is_flag=True, hidden=True, help="Generic backend only.")
def sandbox(
    port: int,
    host: str,
    db: str,
    fsync: bool,
    step_delay: float | None,
    clock: str,
    read_timeout: float,
    parser: str,
    allow_hosts: tuple[str, ...],
    quiet: bool,
    state_file: bool,
    no_behaviours: bool,
) -> None:
    """Run a local Twilio-compatible server.

    The main account is created on first start and kept in the database; its
    credentials can be pinned with CALLBOX_SANDBOX_ACCOUNT_SID and
    CALLBOX_SANDBOX_AUTH_TOKEN. Other commands reach it with --sandbox.
    """
    try:
        from callbox.sandbox.server import (
            allowed_host,
            create_app,
            listen,
            make_server,
            tune_process,
        )
    except ImportError as exc:
        hint = sandbox_missing(exc, "`callbox sandbox`")
        if hint is not None:
            raise hint from None
        raise

    for value in allow_hosts:
        try:
            allowed_host(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--allow-host") from None

    try:
        # Listen before the banner: a client started from the printed line at once then
        # waits in the backlog for the server instead of being refused.
        sock = listen(host, port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc}") from None
    port = sock.getsockname()[1]
    base_url = f"http://{host}:{port}"
    app = create_app(
        db,
        account_sid=os.environ.get("CALLBOX_SANDBOX_ACCOUNT_SID") or None,
        auth_token=os.environ.get("CALLBOX_SANDBOX_AUTH_TOKEN") or None,
        base_url=base_url,
        behaviours=not no_behaviours,
        synchronous="FULL" if fsync else "NORMAL",
        step_delay=step_delay,
        clock=clock,
        allowed_hosts=allow_hosts,
    )
    state = app.state.sandbox
    recorded = None
    _exit_on_sigterm()  # until uvicorn installs its own handlers: the finally below runs
    try:
        if state_file:
            from .._config import SandboxState

            try:
                recorded = SandboxState.write(
                    base_url, state.main_account_sid, state.main_auth_token, db
                )
            except OSError as exc:
                click.echo(f"Warning: cannot write the sandbox state file: {exc}", err=True)
        if not quiet:
            _banner(base_url, db, state.main_account_sid, state.main_auth_token, recorded)
            _log_calls()
        # Held long polls (the console's) end at once when a stop begins, so it is prompt.
        server = make_server(
            app,
            quiet=quiet,
            read_timeout=read_timeout,
            parser=None if parser == "auto" else parser,
            own_process=True,
            on_exit=state.events.close,
        )
        tune_process()
        server.run(sockets=[sock])
    finally:
        sock.close()
        if recorded is not None:
            recorded.remove()


def _exit_on_sigterm() -> None:
    import signal

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: whoever runs us handles signals
        pass


def _log_calls() -> None:
    """Print a line per call event (status, webhook, verb, what was heard and done)."""
    import logging

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("call %(message)s"))
    calls = logging.getLogger("callbox.sandbox.calls")
    calls.addHandler(handler)
    calls.setLevel(logging.INFO)
    calls.propagate = False


def _banner(base_url: str, db: str, sid: str, token: str, recorded: object) -> None:
    from rich.console import Console
    from rich.table import Table

    from callbox.sandbox.server import console_url

    console = Console(stderr=False, highlight=False)
    table = Table.grid(padding=(0, 2))
    table.add_row("[bold]URL[/]", base_url)
    table.add_row("[bold]Database[/]", db)
    table.add_row("[bold]Account SID[/]", sid)
    table.add_row("[bold]Auth token[/]", token)
    console.print("[bold green]callbox sandbox[/] is running")
    console.print(table)
    console.print("Point callbox.Client at it:")
    console.print(
        f"  export CALLBOX_BASE_URL={base_url} TWILIO_ACCOUNT_SID={sid} TWILIO_AUTH_TOKEN={token}",
        soft_wrap=True,
    )
    console.print("Open the console (a browser phone, live activity, the API) at:")
    console.print(f"  {console_url(base_url, sid, token)}", soft_wrap=True)
    if recorded is not None:
        console.print("or run any command with --sandbox: callbox --sandbox messages list")
    console.print("Stop it with Ctrl+C.", style="dim")
    sys.stdout.flush()
