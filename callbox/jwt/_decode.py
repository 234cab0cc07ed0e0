"""Decoding and verifying Twilio tokens, with one clear exception per failure.

``decode`` never accepts the ``none`` algorithm and, unless told otherwise,
only the HMAC algorithms Twilio tokens use. ``token_type`` checks the kind of
token: ``"access"`` (``cty: twilio-fpa;v=1``), ``"client_capability"`` (a
``scope`` claim), ``"taskrouter_capability"`` (``policies``) or
``"client_validation"`` (``cty: twilio-pkrv;v=1``, RS256).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import jwt as pyjwt

from ._errors import (
    MalformedTokenError,
    TokenError,
    TokenExpiredError,
    TokenNotYetValidError,
    TokenSignatureError,
    WrongTokenTypeError,
)

__all__ = [
    "ACCESS_TOKEN_CTY",
    "CLIENT_VALIDATION_CTY",
    "DecodedToken",
    "TokenType",
    "decode",
    "decode_access_token",
    "token_type_of",
]

ACCESS_TOKEN_CTY = "twilio-fpa;v=1"
CLIENT_VALIDATION_CTY = "twilio-pkrv;v=1"
HMAC_ALGORITHMS = ("HS256", "HS384", "HS512")

TokenType = Literal["access", "client_capability", "taskrouter_capability", "client_validation"]


@dataclass(frozen=True)
class DecodedToken:
    """A decoded token: its JOSE header and its claims."""

    headers: dict[str, Any] = field(repr=False)
    payload: dict[str, Any] = field(repr=False)

    @property
    def type(self) -> TokenType | None:
        """What kind of Twilio token this is, if recognisable."""
        return token_type_of(self.headers, self.payload)


def token_type_of(headers: dict[str, Any], payload: dict[str, Any]) -> TokenType | None:
    """Recognise a Twilio token from its header and claims."""
    cty = headers.get("cty")
    if cty == ACCESS_TOKEN_CTY:
        return "access"
    if cty == CLIENT_VALIDATION_CTY:
        return "client_validation"
    if "policies" in payload:
        return "taskrouter_capability"
    if "scope" in payload:
        return "client_capability"
    return None


def decode(
    token: str | bytes,
    key: Any = None,
    *,
    token_type: TokenType | None = None,
    algorithms: Sequence[str] | None = None,
    leeway: float = 0,
    verify: bool = True,
) -> DecodedToken:
    """Decode ``token``; with ``verify`` (the default) check signature, ``exp`` and ``nbf``.

    ``key`` is the secret (API key secret or auth token) or, for RS256, the
    public key. Raises :class:`TokenExpiredError`, :class:`TokenNotYetValidError`,
    :class:`TokenSignatureError`, :class:`WrongTokenTypeError` or
    :class:`MalformedTokenError`.
    """
    if verify and not key:
        raise TokenError("a key is needed to verify a token (pass verify=False to only read it)")
    if algorithms is None:
        algorithms = ("RS256",) if token_type == "client_validation" else HMAC_ALGORITHMS
    allowed = [a for a in algorithms if a.lower() != "none"]
    try:
        headers = pyjwt.get_unverified_header(token)
        if verify:
            payload = pyjwt.decode(
                token,
                key,
                algorithms=allowed,
                leeway=leeway,
                options={"require": ["exp"], "verify_aud": False},
            )
        else:
            payload = pyjwt.decode(token, options={"verify_signature": False, "verify_exp": False})
    except pyjwt.ExpiredSignatureError as exc:
        raise TokenExpiredError("the token has expired (its exp is in the past)") from exc
    except pyjwt.ImmatureSignatureError as exc:
        raise TokenNotYetValidError(
            "the token is not valid yet (its nbf is in the future)"
        ) from exc
    except pyjwt.InvalidSignatureError as exc:
        raise TokenSignatureError("the token's signature does not match the key") from exc
    except pyjwt.InvalidAlgorithmError as exc:
        raise TokenSignatureError(
            f"the token's algorithm is not one of {', '.join(allowed)}"
        ) from exc
    except pyjwt.MissingRequiredClaimError as exc:
        raise MalformedTokenError(f"the token has no {exc.claim!r} claim") from exc
    except pyjwt.PyJWTError as exc:
        raise MalformedTokenError(f"not a valid JWT: {exc}") from exc
    decoded = DecodedToken(headers=dict(headers), payload=dict(payload))
    if token_type is not None and decoded.type != token_type:
        found = decoded.type or "unrecognised"
        raise WrongTokenTypeError(f"expected a token of type {token_type!r}, got {found!r}")
    return decoded


def decode_access_token(
    token: str | bytes, secret: str | bytes, *, leeway: float = 0
) -> dict[str, Any]:
    """Verify an access token signed with ``secret`` and return its claims."""
    return decode(token, secret, token_type="access", leeway=leeway).payload
