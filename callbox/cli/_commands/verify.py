"""``callbox verify send|check``: one-time codes with Twilio Verify."""

from __future__ import annotations

import click

from .._group import Group
from .common import client, failed, output

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["verify"]

CHANNELS = ("sms", "call", "email", "whatsapp", "sna")
_SERVICE = click.option(
    "--service",
    required=True,
    metavar="VA_SID",
    envvar="CALLBOX_VERIFY_SERVICE",
    show_envvar=True,
    help="The Verify service.",
)


@click.group(cls=Group)
def verify() -> None:
    """Send and check verification codes."""


@verify.command("send")
@_SERVICE
@click.option("--to", required=True, metavar="NUMBER_OR_EMAIL", help="Who gets the code.")
@click.option(
    "--channel", type=click.Choice(CHANNELS), default="sms", show_default=True, help="How."
)
@click.option("--locale", metavar="LANG", help="The message's language (en, fr, ...).")
def verify_send(service: str, to: str, channel: str, locale: str | None) -> None:
    """Send a verification code."""
    params: dict[str, Any] = {"to": to, "channel": channel}
    if locale:
        params["locale"] = locale
    sent = client().verify.v2.services(service).verifications.create(**params).to_dict()
    output().record(sent, summary=f"{sent.get('sid')} {sent.get('status')}: code sent to {to}")


@verify.command("check")
@_SERVICE
@click.option("--to", required=True, metavar="NUMBER_OR_EMAIL", help="Who got the code.")
@click.option("--code", required=True, help="The code they gave.")
def verify_check(service: str, to: str, code: str) -> None:
    """Check a code; exits 1 unless it is approved."""
    checks = client().verify.v2.services(service).verification_checks
    result = checks.create(to=to, code=code).to_dict()
    status = result.get("status")
    output().record(result, summary=f"{to}: {status}")
    if status != "approved":
        raise failed(f"the code is not approved (status: {status or 'none'})")
