"""The ``callbox`` group: every command by name, loaded only when it runs."""

from __future__ import annotations

import click

from .._version import __version__
from ._group import LazyGroup

__all__ = ["SECTIONS", "cli"]

_C = "callbox.cli._commands."

#: Every command: (name, "module:attribute", what it does), grouped for the help page.
SECTIONS = (
    (
        "Messages and calls",
        (
            ("sms", _C + "messaging:sms", "Send a text message."),
            ("mms", _C + "messaging:mms", "Send a message with pictures or other media."),
            ("call", _C + "voice:call", "Place a call (URL, TwiML or application), hang one up."),
            ("messages", _C + "messages:messages", "List, show, redact, delete, export messages."),
            ("calls", _C + "calls:calls", "List, show and export calls."),
            ("recordings", _C + "recordings:recordings", "List and download call recordings."),
        ),
    ),
    (
        "Account",
        (
            ("numbers", _C + "numbers:numbers", "Search, buy, list, update, release numbers."),
            ("accounts", _C + "accounts:accounts", "List and create subaccounts."),
            ("logs", _C + "logs:logs", "Show Monitor alerts: errors and warnings."),
            ("verify", _C + "verify:verify", "Send and check verification codes."),
            ("profiles", _C + "profiles:profiles", "Manage saved credentials."),
        ),
    ),
    (
        "Any API",
        (("api", _C + "api:api", "Call any operation of any Twilio API."),),
    ),
    (
        "Tools",
        (
            ("twiml", _C + "twiml:twiml", "Validate and render TwiML documents."),
            ("webhook", _C + "webhook:webhook", "Sign and verify webhook requests."),
            ("token", _C + "token:token", "Make access and capability tokens."),
            ("action", _C + "actions:action", "Run a JSON action: makeCall, sendMessage, ..."),
            ("actions", _C + "actions:actions", "Serve the JSON actions over HTTP."),
            ("sandbox", _C + "sandbox:sandbox", "Run a local Twilio-compatible server."),
            ("flows", _C + "flows:flows", "Serve call flows written as handlers."),
            ("demo", _C + "demo:demo", "Run the sandbox demo."),
            ("completion", _C + "completion:completion", "Print a shell completion script."),
        ),
    ),
)


@click.group(
    cls=LazyGroup,
    sections=SECTIONS,
    epilog="Credentials: --sandbox, --profile, TWILIO_* variables or the active profile. "
    "Exit codes: 0 ok, 1 the request or check failed, 2 usage error.",
)
@click.version_option(__version__, "--version", "-V", prog_name="callbox")
def cli() -> None:
    """callbox: the Twilio toolkit for Python, from the shell."""
