"""``callbox webhook sign|verify``: the ``X-Twilio-Signature`` of a webhook request.

The request is the URL Twilio calls plus its form parameters (``-d Name=Value``,
repeatable) or, for a JSON webhook, its raw body (``--body FILE``, ``-`` for
stdin; the URL then carries ``bodySHA256``). The token is the auth token in
effect (``--profile``, ``--sandbox``, ``TWILIO_AUTH_TOKEN``) unless ``--token-file``
names a file holding it; it is never printed.
"""

from __future__ import annotations

import os
import shlex

import click

from .._group import Group
from .._session import session_of
from .._types import PAIR
from .common import failed, output, read_file, setup_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["webhook"]


def _request_options(f: Any) -> Any:
    options = [
        click.argument("url"),
        click.option(
            "--data", "-d", "pairs", type=PAIR, multiple=True, help="A form parameter (repeat)."
        ),
        click.option(
            "--body",
            metavar="FILE",
            help="The raw body of a JSON webhook ('-': stdin) instead of form parameters.",
        ),
        click.option(
            "--token-file",
            metavar="FILE",
            help="Read the token from FILE ('-': stdin) instead of the credentials in use.",
        ),
        click.option("--sha256", is_flag=True, help="HMAC-SHA256 (a webhook setting's key)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _token(token_file: str | None) -> str:
    if token_file:
        token = str(read_file(token_file)).strip().partition("\n")[0].strip()
        if not token:
            raise setup_error(f"{token_file} holds no token")
        return token
    found = session_of(click.get_current_context()).credentials(required=False)
    if found is not None and found.auth_token:
        return str(found.auth_token)
    from_env = os.environ.get("TWILIO_AUTH_TOKEN")
    if from_env:
        return from_env
    raise setup_error(
        "no auth token to sign with: set TWILIO_AUTH_TOKEN, use --profile/--sandbox, "
        "or pass --token-file"
    )


def _payload(url: str, pairs: tuple[tuple[str, str], ...], body: str | None) -> tuple[str, Any]:
    """The URL to sign (with ``bodySHA256`` for a body) and the parameters."""
    if body is None:
        return url, list(pairs)
    if pairs:
        raise setup_error("give form parameters (-d) or a --body, not both")
    raw: bytes = read_file(body, binary=True)
    if "bodySHA256=" not in url:
        from callbox.webhooks import compute_body_hash

        url += ("&" if "?" in url else "?") + "bodySHA256=" + compute_body_hash(raw)
    return url, raw


@click.group(cls=Group)
def webhook() -> None:
    """Sign and verify webhook requests."""


@webhook.command("sign")
@_request_options
@click.option("--curl", is_flag=True, help="Print a curl command that sends the signed request.")
def webhook_sign(
    url: str,
    pairs: tuple[tuple[str, str], ...],
    body: str | None,
    token_file: str | None,
    sha256: bool,
    curl: bool,
) -> None:
    """Print the signature Twilio would send with a request to URL.

    \b
    callbox webhook sign https://example.com/sms -d From=+14155550100 -d Body=hi
    """
    from callbox.webhooks import HMAC_SHA1, HMAC_SHA256, SIGNATURE_HEADER, RequestValidator

    signed_url, params = _payload(url, pairs, body)
    algorithm = HMAC_SHA256 if sha256 else HMAC_SHA1
    # A JSON body is signed through the bodySHA256 in the URL, not as parameters.
    signature = RequestValidator(_token(token_file)).compute_signature(
        signed_url, None if isinstance(params, bytes) else params, algorithm
    )
    out = output()
    if curl and out.mode == "table":
        parts = ["curl", "-X", "POST", signed_url, "-H", f"{SIGNATURE_HEADER}: {signature}"]
        if isinstance(params, bytes):
            parts += ["-H", "Content-Type: application/json", "--data-binary", f"@{body}"]
        for name, value in params if isinstance(params, list) else []:
            parts += ["--data-urlencode", f"{name}={value}"]
        click.echo(" ".join(shlex.quote(p) for p in parts))
        return
    summary = signature if signed_url == url else f"{signature}\nsigned URL: {signed_url}"
    out.record(
        {"url": signed_url, "signature": signature, "algorithm": algorithm},
        summary=summary,
        key="signature",
    )


@webhook.command("verify")
@_request_options
@click.option("--signature", "-s", required=True, help="The X-Twilio-Signature to check.")
def webhook_verify(
    url: str,
    pairs: tuple[tuple[str, str], ...],
    body: str | None,
    token_file: str | None,
    sha256: bool,
    signature: str,
) -> None:
    """Check a request's signature; exits 1 when it is not valid."""
    from callbox.webhooks import HMAC_SHA1, HMAC_SHA256, RequestValidator

    if body is not None and "bodySHA256=" not in url:
        raise setup_error("a JSON webhook's URL carries bodySHA256: give the URL Twilio called")
    signed_url, params = _payload(url, pairs, body)
    algorithm = HMAC_SHA256 if sha256 else HMAC_SHA1
    valid = RequestValidator(_token(token_file)).validate(signed_url, params, signature, algorithm)
    out = output()
    if valid or out.mode in ("json", "jsonl"):
        out.record({"url": signed_url, "valid": valid}, summary="valid", key="url")
    if not valid:
        raise failed("the signature does not match this request and token")
