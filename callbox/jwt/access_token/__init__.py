"""Access tokens for Twilio's client SDKs (Voice, Video, Conversations, Sync, ...).

The token is a JWT signed with an API key secret (HS256), with the header
``cty: twilio-fpa;v=1`` (and ``twr`` for a region), and the claims Twilio
documents: ``jti`` (key SID + "-" + issue time), ``iss`` (API key SID), ``sub``
(account SID), ``nbf``, ``exp`` and ``grants`` (``identity`` plus one entry per
grant).
"""

from __future__ import annotations

import time

from .._base import GENERATE, Jwt, _Generate
from .._errors import TokenError
from .grants import AccessTokenGrant

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

__all__ = ["AccessToken", "AccessTokenGrant"]


class AccessToken(Jwt):
    """An access token for a client SDK; add grants, then call :meth:`to_jwt`."""

    def __init__(
        self,
        account_sid: str,
        signing_key_sid: str,
        secret: str | bytes,
        grants: list[AccessTokenGrant] | None = None,
        identity: str | None = None,
        nbf: int | float | datetime | _Generate | None = GENERATE,
        ttl: float = 3600,
        valid_until: int | float | datetime | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(
            secret_key=secret,
            issuer=signing_key_sid,
            subject=account_sid,
            algorithm="HS256",
            nbf=nbf,
            ttl=ttl,
            valid_until=valid_until,
        )
        self.account_sid = account_sid
        self.signing_key_sid = signing_key_sid
        self.identity = identity
        self.region = region
        self.grants: list[AccessTokenGrant] = []
        for grant in grants or []:
            self.add_grant(grant)

    def __repr__(self) -> str:
        return f"<AccessToken identity={self.identity!r} grants={[g.key for g in self.grants]}>"

    def add_grant(self, grant: AccessTokenGrant) -> AccessToken:
        """Add a grant (one per product); returns the token so calls can be chained."""
        if not isinstance(grant, AccessTokenGrant):
            raise TokenError("a grant must be an AccessTokenGrant such as VoiceGrant()")
        self.grants.append(grant)
        return self

    def _generate_headers(self) -> dict[str, Any]:
        headers: dict[str, Any] = {"cty": "twilio-fpa;v=1"}
        if self.region:
            headers["twr"] = self.region
        return headers

    def _generate_payload(self, now: int | None = None) -> dict[str, Any]:
        if now is None:
            now = int(time.time())
        grants: dict[str, Any] = {grant.key: grant.to_payload() for grant in self.grants}
        if self.identity:
            grants["identity"] = self.identity
        return {"jti": f"{self.signing_key_sid}-{now}", "grants": grants}
