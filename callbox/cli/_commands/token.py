"""``callbox token access|capability``: tokens for Twilio's client SDKs.

Access tokens are signed with an API key's secret: the key and secret in effect
(a profile made with ``--api-key``, or ``TWILIO_API_KEY``/``TWILIO_API_SECRET``),
or ``--api-key SK…`` with the secret read from ``--secret-file`` or asked for.
Capability tokens (the legacy Twilio Client) are signed with the auth token in
effect. Secrets are never printed; the token is (that is the point).
"""

from __future__ import annotations

import os
import sys

import click

from .._group import Group
from .._session import session_of
from .._types import PAIR
from .common import output, read_file, setup_error

__all__ = ["token"]

_TTL = click.option(
    "--ttl",
    type=click.IntRange(1, 86400),
    default=3600,
    show_default=True,
    help="Seconds the token is valid.",
)


def _emit(jwt: str, secret: str) -> None:
    from callbox.jwt import decode

    claims = decode(jwt, secret).payload
    output().record(
        {"token": jwt, "expires_at": claims.get("exp"), "claims": claims},
        summary=jwt,
        key="token",
    )


def _read_secret(path: str | None, label: str) -> str:
    value: str
    if path:
        value = str(read_file(path)).strip().partition("\n")[0].strip()
    elif sys.stdin.isatty():
        value = click.prompt(label, hide_input=True, err=True)
    else:
        value = sys.stdin.readline().strip()
    if not value:
        raise setup_error(f"no {label.lower()} given")
    return value


@click.group(cls=Group)
def token() -> None:
    """Make access and capability tokens."""


@token.command("access")
@click.option("--identity", required=True, help="Who the token is for (the client's name).")
@_TTL
@click.option(
    "--api-key", metavar="SK_SID", help="Sign with this API key (default: the one in use)."
)
@click.option(
    "--secret-file", metavar="FILE", help="Read the API key's secret from FILE ('-': stdin)."
)
@click.option("--region", help="The region the token is for (ie1, au1, ...).")
@click.option("--voice-app", metavar="AP_SID", help="Voice: place calls through this TwiML App.")
@click.option(
    "--voice-param",
    "voice_params",
    type=PAIR,
    multiple=True,
    help="Voice: a parameter for the app (repeat).",
)
@click.option("--voice-incoming", is_flag=True, help="Voice: receive calls to client:IDENTITY.")
@click.option("--push-credential", metavar="CR_SID", help="Voice/Chat: push notifications.")
@click.option("--video", is_flag=True, help="Video: join any room.")
@click.option("--video-room", metavar="NAME", help="Video: join only this room.")
@click.option("--chat-service", metavar="IS_SID", help="Conversations/Chat service.")
@click.option("--sync-service", metavar="IS_SID", help="Sync service.")
@click.option("--taskrouter-workspace", metavar="WS_SID", help="TaskRouter workspace.")
@click.option("--taskrouter-worker", metavar="WK_SID", help="TaskRouter worker.")
@click.option("--taskrouter-role", help="TaskRouter role.")
def token_access(
    identity: str,
    ttl: int,
    api_key: str | None,
    secret_file: str | None,
    region: str | None,
    voice_app: str | None,
    voice_params: tuple[tuple[str, str], ...],
    voice_incoming: bool,
    push_credential: str | None,
    video: bool,
    video_room: str | None,
    chat_service: str | None,
    sync_service: str | None,
    taskrouter_workspace: str | None,
    taskrouter_worker: str | None,
    taskrouter_role: str | None,
) -> None:
    """An access token for the Voice, Video, Conversations, Sync or TaskRouter SDKs.

    \b
    callbox token access --identity alice --voice-app AP... --voice-incoming
    """
    from callbox.jwt import (
        AccessToken,
        ChatGrant,
        SyncGrant,
        TaskRouterGrant,
        VideoGrant,
        VoiceGrant,
    )

    found = session_of(click.get_current_context()).credentials(required=False)
    account_sid = (found.account_sid if found else None) or os.environ.get("TWILIO_ACCOUNT_SID")
    if not account_sid:
        raise setup_error("no account SID: use --profile/--sandbox or set TWILIO_ACCOUNT_SID")
    if api_key:
        secret = _read_secret(secret_file, "API secret")
    elif found is not None and found.api_key and found.api_secret:
        api_key, secret = found.api_key, found.api_secret
    else:
        raise setup_error(
            "access tokens are signed with an API key: pass --api-key SK... (the secret is "
            "asked for), or use a profile made with --api-key, or set TWILIO_API_KEY and "
            "TWILIO_API_SECRET"
        )
    made = AccessToken(account_sid, api_key, secret, identity=identity, ttl=ttl, region=region)
    if voice_app or voice_incoming or push_credential:
        made.add_grant(
            VoiceGrant(
                incoming_allow=voice_incoming or None,
                outgoing_application_sid=voice_app,
                outgoing_application_params=dict(voice_params) or None,
                push_credential_sid=push_credential,
            )
        )
    if video or video_room:
        made.add_grant(VideoGrant(room=video_room))
    if chat_service:
        made.add_grant(ChatGrant(service_sid=chat_service, push_credential_sid=push_credential))
    if sync_service:
        made.add_grant(SyncGrant(service_sid=sync_service))
    if taskrouter_workspace:
        made.add_grant(
            TaskRouterGrant(
                workspace_sid=taskrouter_workspace,
                worker_sid=taskrouter_worker,
                role=taskrouter_role,
            )
        )
    _emit(made.to_jwt(), secret)


@token.command("capability")
@_TTL
@click.option("--outgoing", metavar="AP_SID", help="Place calls through this TwiML App.")
@click.option(
    "--param", "params", type=PAIR, multiple=True, help="A parameter for the app (repeat)."
)
@click.option("--incoming", metavar="CLIENT_NAME", help="Receive calls to client:CLIENT_NAME.")
@click.option("--events", is_flag=True, help="Subscribe to the account's event stream.")
def token_capability(
    ttl: int,
    outgoing: str | None,
    params: tuple[tuple[str, str], ...],
    incoming: str | None,
    events: bool,
) -> None:
    """A capability token for the legacy Twilio Client, signed with the auth token."""
    from callbox.jwt import ClientCapabilityToken

    if not (outgoing or incoming or events):
        raise setup_error("grant something: --outgoing AP..., --incoming NAME or --events")
    found = session_of(click.get_current_context()).credentials()
    assert found is not None
    if not found.auth_token:
        raise setup_error("capability tokens are signed with the auth token; none is in use")
    assert found.account_sid is not None
    made = ClientCapabilityToken(found.account_sid, found.auth_token, ttl=ttl)
    if outgoing:
        made.allow_client_outgoing(outgoing, **dict(params))
    if incoming:
        made.allow_client_incoming(incoming)
    if events:
        made.allow_event_stream()
    _emit(made.to_jwt(), found.auth_token)
