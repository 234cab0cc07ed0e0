"""Token errors, all :class:`~callbox.errors.TokenError` (itself a ``ValueError``)."""

from __future__ import annotations

from ..errors import TokenError

__all__ = [
    "JwtDecodeError",
    "MalformedTokenError",
    "TokenError",
    "TokenExpiredError",
    "TokenNotYetValidError",
    "TokenSignatureError",
    "WrongTokenTypeError",
]


class MalformedTokenError(TokenError):
    """The text is not a JWT, or a required claim is missing."""


class TokenSignatureError(TokenError):
    """The token was not signed with the given key (or with an allowed algorithm)."""


class TokenExpiredError(TokenError):
    """The token's ``exp`` is in the past."""


class TokenNotYetValidError(TokenError):
    """The token's ``nbf`` is in the future."""


class WrongTokenTypeError(TokenError):
    """The token is a valid JWT of another kind (e.g. a capability token, not an access token)."""


JwtDecodeError = TokenError
"""The official package's name for a token that cannot be decoded."""
