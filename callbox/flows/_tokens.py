"""Continuation tokens: which handler a URL may run, for which call, until when.

A continuation URL (a Gather's action, a Redirect, a status callback) carries one token.
The token names the handler and the call (or SMS conversation) it belongs to, an expiry
and a random nonce, and ends with an HMAC-SHA256 tag over all of it, keyed with the app's
secret.  Without the secret nobody can make one: a caller who reads a URL cannot point it
at another handler or at another call's state.  Tags are compared in constant time.

Format: ``base64url(json([version, kind, handler, scope, expiry, nonce])) "." base64url(tag)``
(the tag is the first 16 bytes of the HMAC).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from typing import Final

__all__ = ["Signer", "Ticket", "TokenError", "derive_secret"]

_VERSION: Final = 1
_TAG_BYTES: Final = 16
_MAX_TOKEN: Final = 2048


class TokenError(ValueError):
    """A continuation token that is malformed, forged or expired (the message says which)."""


@dataclass(frozen=True)
class Ticket:
    """What a valid token grants: run ``handler`` (a continuation of ``kind``) for ``scope``.

    ``scope`` is a call SID, a pending outbound call's id (``FP...``) or an SMS
    conversation's key.
    """

    kind: str
    handler: str
    scope: str
    expires: int
    nonce: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def derive_secret(auth_token: str) -> bytes:
    """The signing key an app uses when it is given none: derived from the auth token, so
    every instance of the app computes the same key and the token itself is never reused
    as is."""
    return hmac.new(auth_token.encode(), b"callbox.flows continuation key v1", "sha256").digest()


class Signer:
    """Makes and checks tokens with one secret (``ttl``: how long a token is good, seconds)."""

    def __init__(self, secret: bytes | str, *, ttl: float = 86400.0) -> None:
        key = secret.encode() if isinstance(secret, str) else bytes(secret)
        if len(key) < 16:
            raise ValueError("the continuation secret must be at least 16 bytes long")
        self._key = key
        self.ttl = ttl

    def __repr__(self) -> str:
        return f"<Signer ttl={self.ttl:g}>"

    def _tag(self, body: str) -> bytes:
        return hmac.new(self._key, body.encode("ascii"), hashlib.sha256).digest()[:_TAG_BYTES]

    def sign(self, kind: str, handler: str, scope: str, *, ttl: float | None = None) -> str:
        """A fresh token (a new nonce each time)."""
        expires = int(time.time() + (self.ttl if ttl is None else ttl))
        nonce = _b64(os.urandom(9))
        payload = [_VERSION, kind, handler, scope, expires, nonce]
        body = _b64(json.dumps(payload, separators=(",", ":")).encode())
        return f"{body}.{_b64(self._tag(body))}"

    def verify(self, token: str, *, now: float | None = None) -> Ticket:
        """The ticket a token carries; :class:`TokenError` if it is not genuine or expired."""
        if not token or len(token) > _MAX_TOKEN or token.count(".") != 1:
            raise TokenError("malformed continuation token")
        body, _, tag = token.partition(".")
        try:
            given = _unb64(tag)
            expected = self._tag(body)
        except (ValueError, UnicodeEncodeError):
            raise TokenError("malformed continuation token") from None
        if not hmac.compare_digest(given, expected):
            raise TokenError("continuation token signature does not match")
        try:
            payload = json.loads(_unb64(body))
            version, kind, handler, scope, expires, nonce = payload
        except (ValueError, TypeError):
            raise TokenError("malformed continuation token") from None
        if version != _VERSION or not all(isinstance(v, str) for v in (kind, handler, scope)):
            raise TokenError("unsupported continuation token")
        if not isinstance(expires, int) or expires < (time.time() if now is None else now):
            raise TokenError("continuation token has expired")
        return Ticket(kind, handler, scope, expires, str(nonce))
