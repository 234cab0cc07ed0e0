"""``callbox sms send`` and ``callbox mms send``."""

from __future__ import annotations

import time

import click

from .._group import Group
from .common import client, failed, output, read_text, setup_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["mms", "sms"]

#: Statuses after which a message changes no more.
FINAL = frozenset({"delivered", "undelivered", "failed", "canceled", "read", "received"})
_BAD = frozenset({"undelivered", "failed", "canceled"})


def _send_options(media_required: bool) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        options = [
            click.option("--to", required=True, metavar="NUMBER", help="Who gets it (E.164)."),
            click.option(
                "--from", "from_", metavar="NUMBER", help="Your Twilio number or sender ID."
            ),
            click.option(
                "--messaging-service",
                metavar="MG_SID",
                help="Send through a Messaging Service instead of --from.",
            ),
            click.option(
                "--body",
                required=not media_required,
                help="The text ('-' reads it from stdin).",
            ),
            click.option(
                "--media-url",
                "media_urls",
                multiple=True,
                required=media_required,
                metavar="URL",
                help="A picture or file to attach (repeat for several, at most 10).",
            ),
            click.option("--status-callback", metavar="URL", help="Where status changes go."),
            click.option(
                "--wait",
                is_flag=True,
                help="Wait until the message is delivered or fails (exit 1 if it fails).",
            ),
            click.option(
                "--wait-timeout",
                type=click.FloatRange(min=0),
                default=60.0,
                show_default=True,
                metavar="SECONDS",
                help="How long --wait waits.",
            ),
        ]
        for option in reversed(options):
            f = option(f)
        return f

    return decorate


def _send(
    to: str,
    from_: str | None,
    messaging_service: str | None,
    body: str | None,
    media_urls: tuple[str, ...],
    status_callback: str | None,
    wait: bool,
    wait_timeout: float,
) -> None:
    if not from_ and not messaging_service:
        raise setup_error("say who sends it: --from NUMBER or --messaging-service MG_SID")
    if len(media_urls) > 10:
        raise setup_error("at most 10 --media-url per message")
    params: dict[str, Any] = {"to": to}
    if from_:
        params["from_"] = from_
    if messaging_service:
        params["messaging_service_sid"] = messaging_service
    if body is not None:
        params["body"] = read_text(body)
    if media_urls:
        params["media_url"] = list(media_urls)
    if status_callback:
        params["status_callback"] = status_callback
    rest = client()
    message = rest.messages.create(**params)
    if wait:
        message = _wait(rest, message, wait_timeout)
    data = message.to_dict()
    output().record(
        data,
        summary=f"{data['sid']} {data.get('status')}: {data.get('from') or messaging_service}"
        f" -> {data.get('to')}",
    )
    if wait and data.get("status") in _BAD:
        code = data.get("error_code")
        detail = f" (error {code}: {data.get('error_message') or 'no message'})" if code else ""
        raise failed(f"message {data['sid']} is {data['status']}{detail}")
    if wait and data.get("status") not in FINAL:
        raise failed(f"message {data['sid']} is still {data.get('status')} after {wait_timeout} s")


def _wait(rest: Any, message: Any, timeout: float) -> Any:
    """Poll the message until its status is final (or the time is up)."""
    deadline = time.monotonic() + timeout
    delay = 0.05
    while message.status not in FINAL and time.monotonic() < deadline:
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 2, 1.0)
        message = rest.messages(message.sid).fetch()
    return message


@click.group(cls=Group)
def sms() -> None:
    """Send text messages."""


@sms.command("send")
@_send_options(media_required=False)
def sms_send(**options: Any) -> None:
    """Send a text message.

    \b
    callbox sms send --to +14155550100 --from +15005550006 --body "Hello"
    echo "Hello" | callbox sms send --to +14155550100 --from +15005550006 --body -
    """
    _send(**options)


@click.group(cls=Group)
def mms() -> None:
    """Send messages with pictures or other media."""


@mms.command("send")
@_send_options(media_required=True)
def mms_send(**options: Any) -> None:
    """Send a message with media (--media-url, repeatable) and an optional body."""
    _send(**options)
