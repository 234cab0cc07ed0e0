"""``callbox call make`` and ``callbox call hangup``."""

from __future__ import annotations

import time

import click

from .._group import Group
from .common import client, failed, output, read_text, setup_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["call"]

#: Statuses of a call that is over.
ENDED = frozenset({"completed", "busy", "no-answer", "failed", "canceled"})
_EVENTS = ("initiated", "ringing", "answered", "completed")


@click.group(cls=Group)
def call() -> None:
    """Place calls and hang them up."""


@call.command("make")
@click.option(
    "--to", required=True, metavar="NUMBER", help="Who to call: a number, client:NAME, sip:..."
)
@click.option("--from", "from_", required=True, metavar="NUMBER", help="Your Twilio number.")
@click.option("--url", metavar="URL", help="Where Twilio fetches the TwiML when the call connects.")
@click.option("--twiml", metavar="XML", help="The TwiML itself ('-' reads it from stdin).")
@click.option("--application", metavar="AP_SID", help="A TwiML App whose voice URL runs the call.")
@click.option("--method", type=click.Choice(["GET", "POST"]), help="How --url is requested.")
@click.option("--status-callback", metavar="URL", help="Where call events go.")
@click.option(
    "--status-callback-event",
    "events",
    type=click.Choice(_EVENTS),
    multiple=True,
    help="Events sent to --status-callback (repeat; default: completed).",
)
@click.option("--timeout", type=click.IntRange(min=1, max=600), help="Seconds to let it ring.")
@click.option("--time-limit", type=click.IntRange(min=1), help="Longest the call may last (s).")
@click.option("--record", is_flag=True, help="Record the whole call.")
@click.option("--send-digits", metavar="KEYS", help="Keys to press once connected (w: wait).")
@click.option(
    "--machine-detection",
    type=click.Choice(["Enable", "DetectMessageEnd"]),
    help="Tell people from answering machines.",
)
@click.option("--wait", is_flag=True, help="Wait until the call ends and show how it ended.")
@click.option(
    "--wait-timeout",
    type=click.FloatRange(min=0),
    default=3600.0,
    show_default=True,
    metavar="SECONDS",
    help="How long --wait waits.",
)
def call_make(
    to: str,
    from_: str,
    url: str | None,
    twiml: str | None,
    application: str | None,
    method: str | None,
    status_callback: str | None,
    events: tuple[str, ...],
    timeout: int | None,
    time_limit: int | None,
    record: bool,
    send_digits: str | None,
    machine_detection: str | None,
    wait: bool,
    wait_timeout: float,
) -> None:
    """Place a call that runs TwiML from --url, --twiml or --application.

    \b
    callbox call make --to +14155550100 --from +15005550006 --url https://example.com/voice
    callbox call make --to +14155550100 --from +15005550006 --twiml '<Response><Say>Hi</Say></Response>'
    """
    sources = [
        name
        for name, value in (("--url", url), ("--twiml", twiml), ("--application", application))
        if value
    ]
    if len(sources) != 1:
        raise setup_error("give exactly one of --url, --twiml or --application")
    params: dict[str, Any] = {"to": to, "from_": from_}
    if url:
        params["url"] = url
    if twiml:
        params["twiml"] = read_text(twiml)
    if application:
        params["application_sid"] = application
    for name, value in (
        ("method", method),
        ("status_callback", status_callback),
        ("timeout", timeout),
        ("time_limit", time_limit),
        ("send_digits", send_digits),
        ("machine_detection", machine_detection),
    ):
        if value is not None:
            params[name] = value
    if events:
        params["status_callback_event"] = list(events)
    if record:
        params["record"] = True
    rest = client()
    placed = rest.calls.create(**params)
    if wait:
        placed = _wait(rest, placed, wait_timeout)
    data = placed.to_dict()
    summary = f"{data['sid']} {data.get('status')}: {data.get('from')} -> {data.get('to')}"
    if data.get("status") in ENDED and data.get("duration") not in (None, ""):
        summary += f", {data['duration']} s"
    output().record(data, summary=summary)
    if wait and data.get("status") not in ENDED:
        raise failed(f"call {data['sid']} is still {data.get('status')} after {wait_timeout} s")


def _wait(rest: Any, placed: Any, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    delay = 0.05
    while placed.status not in ENDED and time.monotonic() < deadline:
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 2, 1.0)
        placed = rest.calls(placed.sid).fetch()
    return placed


@call.command("hangup")
@click.argument("sid", metavar="CALL_SID")
def call_hangup(sid: str) -> None:
    """Hang up a call in progress (a call still ringing is canceled)."""
    data = client().calls(sid).update(status="completed").to_dict()
    output().record(data, summary=f"{data['sid']} {data.get('status')}")
