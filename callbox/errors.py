"""Every exception callbox raises, under one root: :class:`CallboxError`.

The REST errors keep the attribute names of the official package's
``TwilioRestException`` (``status``, ``code``, ``msg``, ``uri``, ``method``,
``more_info``, ``details``) so existing ``except`` blocks keep working.
"""

from __future__ import annotations

import builtins

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class CallboxError(Exception):
    """Root of every callbox exception."""


class ConfigurationError(CallboxError):
    """The client or a component is missing a setting (credentials, base URL, ...)."""


# ---------------------------------------------------------------- REST


class RestError(CallboxError):
    """Twilio answered with an error status (4xx/5xx)."""

    def __init__(
        self,
        status: int,
        uri: str,
        msg: str = "",
        code: int | None = None,
        method: str = "GET",
        details: dict[str, Any] | None = None,
        more_info: str | None = None,
    ) -> None:
        self.status = status
        self.uri = uri
        self.msg = msg
        self.code = code
        self.method = method
        self.details = details
        self.more_info = more_info
        super().__init__(str(self))

    @property
    def message(self) -> str:
        return self.msg

    def __str__(self) -> str:
        code = f" (error {self.code})" if self.code is not None else ""
        text = f"HTTP {self.status}{code} on {self.method} {self.uri}: {self.msg or 'no message'}"
        if self.more_info:
            text += f" — see {self.more_info}"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (self.status, self.uri, self.msg, self.code, self.method, self.details, self.more_info),
        )


class BadRequestError(RestError):
    """400: the request was malformed or a parameter was invalid."""


class AuthenticationError(RestError):
    """401: the credentials were missing or wrong."""


class ForbiddenError(RestError):
    """403: the credentials may not do this."""


class NotFoundError(RestError):
    """404: no such resource."""


class MethodNotAllowedError(RestError):
    """405: the resource does not support this HTTP method."""


class ConflictError(RestError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(RestError):
    """429: too many requests."""


class ServerError(RestError):
    """5xx: Twilio failed to handle the request."""


_BY_STATUS: dict[int, type[RestError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: RateLimitError,
}


def rest_error_class(status: int) -> type[RestError]:
    """The most specific :class:`RestError` subclass for an HTTP status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, RestError)


# Alias for code written against the official package.
TwilioRestException = RestError
TwilioException = CallboxError


# ---------------------------------------------------------------- transport


class TransportError(CallboxError):
    """The request did not get an HTTP answer."""


class ConnectionError(TransportError, builtins.ConnectionError):
    """The connection could not be made or was lost."""


class TimeoutError(TransportError, builtins.TimeoutError):
    """Connecting or reading took longer than the timeout."""


# ---------------------------------------------------------------- other parts


class TwiMLError(CallboxError, ValueError):
    """A TwiML document or element is invalid."""


class WebhookError(CallboxError):
    """A webhook request could not be validated."""


class TokenError(CallboxError, ValueError):
    """A token could not be built, decoded or verified."""


__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "CallboxError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "ForbiddenError",
    "MethodNotAllowedError",
    "NotFoundError",
    "RateLimitError",
    "RestError",
    "ServerError",
    "TimeoutError",
    "TokenError",
    "TransportError",
    "TwiMLError",
    "TwilioException",
    "TwilioRestException",
    "WebhookError",
    "rest_error_class",
]
