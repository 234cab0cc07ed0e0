"""Webhook security: check that requests really come from Twilio."""

from __future__ import annotations

from ._signature import (
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    UnsupportedAlgorithmError,
    compute_body_hash,
    compute_signature,
    get_signature_algorithm,
)

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "RequestValidator",
    "UnsupportedAlgorithmError",
    "compute_body_hash",
    "compute_signature",
    "get_signature_algorithm",
]
