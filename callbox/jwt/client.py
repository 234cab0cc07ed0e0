"""Capability tokens for the legacy Twilio Client (browser/mobile voice) SDKs.

The token is an HS256 JWT signed with the account's auth token, ``iss`` the
account SID, and one ``scope`` claim: space-separated scope URIs of the form
``scope:<service>:<privilege>?<url-encoded params, sorted by name>``:

* ``scope:client:incoming?clientName=<name>``
* ``scope:client:outgoing?appSid=<AP...>[&appParams=<url-encoded>][&clientName=<name>]``
* ``scope:stream:subscribe?path=/2010-04-01/Events[&params=<url-encoded>]``
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._base import GENERATE, Jwt, _Generate

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["ClientCapabilityToken", "ScopeURI"]


class ScopeURI:
    """One capability, written ``scope:<service>:<privilege>?<params>``."""

    def __init__(self, service: str, privilege: str, params: dict[str, Any] | None = None) -> None:
        self.service = service
        self.privilege = privilege
        self.params: dict[str, Any] = dict(params or {})

    def add_param(self, key: str, value: Any) -> ScopeURI:
        """Add one query parameter; returns the scope for chaining."""
        self.params[key] = value
        return self

    def to_payload(self) -> str:
        """The scope as it appears in the token."""
        text = f"scope:{self.service}:{self.privilege}"
        if self.params:
            text += "?" + urlencode(sorted(self.params.items()))
        return text

    def __str__(self) -> str:
        return self.to_payload()

    def __repr__(self) -> str:
        return f"<ScopeURI {self.to_payload()}>"


class ClientCapabilityToken(Jwt):
    """What a Twilio Client device may do: receive calls, place calls, read events.

    ``allow_client_outgoing={"application_sid": "AP...", ...}``,
    ``allow_client_incoming={"client_name": "alice"}`` and
    ``allow_event_stream={...}`` keyword arguments are shortcuts for the methods.
    """

    EVENTS_PATH = "/2010-04-01/Events"

    def __init__(
        self,
        account_sid: str,
        auth_token: str | bytes,
        nbf: int | float | datetime | _Generate | None = GENERATE,
        ttl: float = 3600,
        valid_until: int | float | datetime | None = None,
        **kwargs: dict[str, Any],
    ) -> None:
        super().__init__(
            secret_key=auth_token,
            issuer=account_sid,
            algorithm="HS256",
            nbf=nbf,
            ttl=ttl,
            valid_until=valid_until,
        )
        self.account_sid = account_sid
        self.client_name: str | None = None
        self.capabilities: dict[str, ScopeURI] = {}
        unknown = set(kwargs) - {
            "allow_client_outgoing",
            "allow_client_incoming",
            "allow_event_stream",
        }
        if unknown:
            raise TypeError(f"unexpected argument(s): {', '.join(sorted(unknown))}")
        if "allow_client_outgoing" in kwargs:
            self.allow_client_outgoing(**kwargs["allow_client_outgoing"])
        if "allow_client_incoming" in kwargs:
            self.allow_client_incoming(**kwargs["allow_client_incoming"])
        if "allow_event_stream" in kwargs:
            self.allow_event_stream(**kwargs["allow_event_stream"])

    def __repr__(self) -> str:
        return f"<ClientCapabilityToken {sorted(self.capabilities)}>"

    def allow_client_outgoing(self, application_sid: str, **kwargs: Any) -> None:
        """Let the device place calls through TwiML App ``application_sid``.

        Extra keyword arguments are passed to the app as parameters (``appParams``; a
        list value repeats the name).
        """
        scope = ScopeURI("client", "outgoing", {"appSid": application_sid})
        if kwargs:
            scope.add_param("appParams", urlencode(kwargs, doseq=True))
        self.capabilities["outgoing"] = scope

    def allow_client_incoming(self, client_name: str) -> None:
        """Let the device receive calls to ``client:<client_name>``."""
        self.client_name = client_name
        self.capabilities["incoming"] = ScopeURI("client", "incoming", {"clientName": client_name})

    def allow_event_stream(self, **kwargs: Any) -> None:
        """Let the device subscribe to the account's event stream (optional filters)."""
        scope = ScopeURI("stream", "subscribe", {"path": self.EVENTS_PATH})
        if kwargs:
            scope.add_param("params", urlencode(kwargs, doseq=True))
        self.capabilities["events"] = scope

    def _generate_payload(self, now: int | None = None) -> dict[str, Any]:
        outgoing = self.capabilities.get("outgoing")
        if outgoing is not None and self.client_name is not None:
            outgoing.add_param("clientName", self.client_name)
        scopes = [scope.to_payload() for scope in self.capabilities.values()]
        return {"scope": " ".join(scopes)}
