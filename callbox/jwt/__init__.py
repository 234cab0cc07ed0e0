"""Tokens: access tokens, capability tokens, and Public Key Client Validation.

Names and argument names follow the official package, so
``from twilio.jwt.access_token import AccessToken`` becomes
``from callbox.jwt.access_token import AccessToken`` (or ``from callbox.jwt import ...``).

* :class:`AccessToken` with :class:`VoiceGrant`, :class:`VideoGrant`,
  :class:`ChatGrant`, :class:`SyncGrant`, :class:`TaskRouterGrant`,
  :class:`PlaybackGrant` — for the client SDKs.
* :class:`ClientCapabilityToken` — legacy Twilio Client capabilities.
* :class:`WorkerCapabilityToken`, :class:`TaskQueueCapabilityToken`,
  :class:`WorkspaceCapabilityToken` — TaskRouter policies.
* :func:`decode` / :func:`decode_access_token` — verify a token; failures raise
  :class:`TokenExpiredError`, :class:`TokenNotYetValidError`,
  :class:`TokenSignatureError`, :class:`WrongTokenTypeError` or
  :class:`MalformedTokenError` (all :class:`~callbox.errors.TokenError`).
* :class:`ClientValidationSigner` and :func:`generate_key_pair` — PKCV
  (needs ``callbox[crypto]``); :class:`ClientValidationJwt`, :class:`ValidationPayload`
  and :class:`ValidationClient` — the same with the official package's names and claims
  (:mod:`callbox.jwt.validation`).
* Subclasses of :class:`Jwt` override ``_generate_payload(self)`` and
  ``_generate_headers(self)`` as in the official package.

Everything is signed with PyJWT; HS256 for shared-secret tokens, RS256 for PKCV.
"""

from __future__ import annotations

from .. import _lazy

# The names load on first use, and PyJWT only when a token is signed or
# decoded: ``from callbox.jwt import AccessToken`` stays a few milliseconds.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._base import GENERATE, Jwt
    from ._decode import DecodedToken, TokenType, decode, decode_access_token
    from ._errors import (
        JwtDecodeError,
        MalformedTokenError,
        TokenError,
        TokenExpiredError,
        TokenNotYetValidError,
        TokenSignatureError,
        WrongTokenTypeError,
    )
    from .access_token import AccessToken
    from .access_token.grants import (
        AccessTokenGrant,
        ChatGrant,
        PlaybackGrant,
        SyncGrant,
        TaskRouterGrant,
        VideoGrant,
        VoiceGrant,
    )
    from .client import ClientCapabilityToken, ScopeURI
    from .client_validation import (
        CLIENT_VALIDATION_HEADER,
        ClientValidationSigner,
        generate_key_pair,
        request_hash,
    )
    from .taskrouter import TaskRouterCapabilityToken
    from .taskrouter.capabilities import (
        TaskQueueCapabilityToken,
        WorkerCapabilityToken,
        WorkspaceCapabilityToken,
    )
    from .validation import ClientValidationJwt, ValidationClient, ValidationPayload

_WHERE = {
    "_base": ("GENERATE", "Jwt"),
    "_decode": ("DecodedToken", "TokenType", "decode", "decode_access_token"),
    "_errors": (
        "JwtDecodeError",
        "MalformedTokenError",
        "TokenError",
        "TokenExpiredError",
        "TokenNotYetValidError",
        "TokenSignatureError",
        "WrongTokenTypeError",
    ),
    "access_token": ("AccessToken",),
    "access_token.grants": (
        "AccessTokenGrant",
        "ChatGrant",
        "PlaybackGrant",
        "SyncGrant",
        "TaskRouterGrant",
        "VideoGrant",
        "VoiceGrant",
    ),
    "client": ("ClientCapabilityToken", "ScopeURI"),
    "client_validation": (
        "CLIENT_VALIDATION_HEADER",
        "ClientValidationSigner",
        "generate_key_pair",
        "request_hash",
    ),
    "taskrouter": ("TaskRouterCapabilityToken",),
    "taskrouter.capabilities": (
        "TaskQueueCapabilityToken",
        "WorkerCapabilityToken",
        "WorkspaceCapabilityToken",
    ),
    "validation": ("ClientValidationJwt", "ValidationClient", "ValidationPayload"),
}
_LAZY = {name: f"callbox.jwt.{module}" for module, names in _WHERE.items() for name in names}


if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error
    __getattr__, __dir__ = _lazy.exports(globals(), _LAZY)


__all__ = [
    "CLIENT_VALIDATION_HEADER",
    "GENERATE",
    "AccessToken",
    "AccessTokenGrant",
    "ChatGrant",
    "ClientCapabilityToken",
    "ClientValidationJwt",
    "ClientValidationSigner",
    "DecodedToken",
    "Jwt",
    "JwtDecodeError",
    "MalformedTokenError",
    "PlaybackGrant",
    "ScopeURI",
    "SyncGrant",
    "TaskQueueCapabilityToken",
    "TaskRouterCapabilityToken",
    "TaskRouterGrant",
    "TokenError",
    "TokenExpiredError",
    "TokenNotYetValidError",
    "TokenSignatureError",
    "TokenType",
    "ValidationClient",
    "ValidationPayload",
    "VideoGrant",
    "VoiceGrant",
    "WorkerCapabilityToken",
    "WorkspaceCapabilityToken",
    "WrongTokenTypeError",
    "decode",
    "decode_access_token",
    "generate_key_pair",
    "request_hash",
]
