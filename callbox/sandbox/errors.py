"""Errors the sandbox answers with: Twilio's JSON error body and Twilio's codes.

Every refusal inside the sandbox (bad credentials, unknown record, missing
parameter, a behaviour saying no) is a :class:`SandboxError`; the HTTP layer
renders it as ``{"code", "message", "more_info", "status"}`` exactly as Twilio
does, so client code sees the same errors it would see in production.
"""

from __future__ import annotations

from typing import Any

from callbox.errors import CallboxError

__all__ = [
    "SandboxError",
    "SandboxStartError",
    "bad_request",
    "forbidden",
    "method_not_allowed",
    "not_found",
    "permission_denied",
    "unauthorized",
]


class SandboxError(CallboxError):
    """A Twilio-shaped error: HTTP ``status`` plus Twilio error ``code`` and ``message``."""

    def __init__(
        self, status: int, code: int, message: str, *, allow: tuple[str, ...] = ()
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        #: For a 405: the methods the resource does take (sent as ``Allow``).
        self.allow = allow
        super().__init__(f"HTTP {status} (error {code}): {message}")

    @property
    def more_info(self) -> str:
        return f"https://www.twilio.com/docs/errors/{self.code}"

    def to_json(self) -> dict[str, Any]:
        """The body Twilio sends for this error."""
        return {
            "code": self.code,
            "message": self.message,
            "more_info": self.more_info,
            "status": self.status,
        }


class SandboxStartError(CallboxError):
    """The sandbox server could not be started (port taken, server exited, ...)."""


def bad_request(message: str, code: int = 20001) -> SandboxError:
    """400: a parameter is missing or invalid (Twilio's generic code is 20001)."""
    return SandboxError(400, code, message)


def unauthorized(message: str = "Authenticate", code: int = 20003) -> SandboxError:
    """401: missing or wrong credentials (20003)."""
    return SandboxError(401, code, message)


def forbidden(message: str, code: int = 20003) -> SandboxError:
    """403: the credentials are valid but may not use the sandbox's control API."""
    return SandboxError(403, code, message)


def permission_denied(message: str) -> SandboxError:
    """401 with 20003: valid credentials that may not reach this account or operation.

    Twilio answers these like bad credentials ("20003 Permission Denied" lists a
    subaccount reaching its parent or a sibling, and main-account API keys used on
    subaccount resources), always with HTTP 401.
    """
    return SandboxError(401, 20003, message)


def not_found(path: str) -> SandboxError:
    """404 with Twilio's 20404 wording."""
    return SandboxError(404, 20404, f"The requested resource {path} was not found")


def method_not_allowed(method: str, path: str, allow: tuple[str, ...] = ()) -> SandboxError:
    """405 (Twilio code 20004) for a method the resource does not have (``allow``: those
    it has, for the ``Allow`` header)."""
    return SandboxError(405, 20004, f"Method {method} not allowed on {path}", allow=allow)
