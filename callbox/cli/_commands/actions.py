"""``callbox action NAME [JSON]`` and ``callbox actions serve``: the JSON actions.

``action`` reads one JSON object (the argument, ``--file FILE``, or stdin) and
prints the block's answer as JSON; it exits 0 on ``success`` and 1 on ``error``.
Credentials come from the payload (``accountSid``, ``accountToken``); with
``--sandbox`` or ``--profile`` the requests go there, and those credentials
stand in when the payload has none.
"""

from __future__ import annotations

import json
import sys

import click

from .._group import Command, Group
from .._session import session_of
from .common import read_file, setup_error

__all__ = ["action", "actions"]

NAMES = ("makeCall", "sendMessage", "sendMediaMessage")


@click.command(cls=Command)
@click.argument("name", type=click.Choice(NAMES))
@click.argument("payload", required=False, metavar="[JSON]")
@click.option(
    "--file", "-f", "path", metavar="FILE", help="Read the JSON object from FILE ('-': stdin)."
)
def action(name: str, payload: str | None, path: str | None) -> None:
    """Run a JSON action: makeCall, sendMessage or sendMediaMessage.

    \b
    callbox action sendMessage '{"accountSid": "AC...", "accountToken": "...",
        "from": "+15005550006", "to": "+14155550100", "body": "Hi"}'
    callbox --sandbox action makeCall -f call.json
    """
    from callbox.actions import run_json

    if payload is not None and path is not None:
        raise setup_error("give the JSON as an argument or with --file, not both")
    if payload is None:
        payload = str(read_file(path or "-"))
    session = session_of(click.get_current_context())
    base_url = credentials = None
    if session.sandbox is not None or session.profile is not None:
        found = session.credentials()
        assert found is not None
        base_url = found.base_url
        if found.account_sid and found.auth_token:
            credentials = (found.account_sid, found.auth_token)
    result = run_json(name, payload, base_url=base_url, credentials=credentials)
    if session.mode == "quiet":
        record = result["contextWrites"]["to"]
        if isinstance(record, dict) and record.get("sid"):
            click.echo(record["sid"])
    elif session.mode == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(json.dumps(result, ensure_ascii=False, separators=(",", ":")))
    if result["callback"] != "success":
        if session.mode == "quiet":
            click.echo(f"Error: {result['contextWrites']['to']}", err=True)
        raise click.exceptions.Exit(1)


@click.group(cls=Group)
def actions() -> None:
    """Serve the JSON actions over HTTP."""


@actions.command("serve")
@click.option("--port", default=8788, show_default=True, help="Port (0: any free port).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (keep it local: payloads carry credentials).",
)
def actions_serve(port: int, host: str) -> None:
    """Answer POST /makeCall, /sendMessage, /sendMediaMessage with the block's JSON.

    Requests from web pages of other sites are refused. With --sandbox the
    actions go to the local sandbox.
    """
    import socket

    try:
        import uvicorn

        from callbox.actions.service import create_app
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in ("starlette", "uvicorn"):
            raise setup_error(
                "serving needs Starlette and uvicorn: pip install 'callbox[actions]'"
            ) from None
        raise
    session = session_of(click.get_current_context())
    base_url = None
    if session.sandbox is not None:
        found = session.credentials()
        assert found is not None
        base_url = found.base_url
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise setup_error(f"cannot listen on {host}:{port}: {exc}") from None
    sock.listen(128)
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    hosts = {shown, "127.0.0.1", "localhost", "[::1]"} if host in ("127.0.0.1", "::1") else {shown}
    app = create_app(base_url=base_url, port=port, hosts=hosts)
    where = base_url or "Twilio (or CALLBOX_BASE_URL)"
    click.echo(f"callbox actions on http://{shown}:{port} -> {where}")
    click.echo("POST /makeCall, /sendMessage, /sendMediaMessage; stop with Ctrl+C.")
    if host not in ("127.0.0.1", "::1", "localhost"):
        click.echo(f"Warning: listening on {host}: anyone who reaches it can use it.", err=True)
    sys.stdout.flush()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
