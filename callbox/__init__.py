"""callbox: the Twilio toolkit for Python.

Everything public is importable from here; the parts load on first use so
that ``from callbox import Client`` stays cheap.
"""

from __future__ import annotations

from ._version import __version__
from .errors import (
    CallboxError,
    ConfigurationError,
    RestError,
    TwilioRestException,
    TwiMLError,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .rest import AsyncClient, Client
    from .twiml import FaxResponse, MessagingResponse, VoiceResponse
    from .webhooks import RequestValidator

_LAZY = {
    "Client": "callbox.rest",
    "AsyncClient": "callbox.rest",
    "VoiceResponse": "callbox.twiml",
    "MessagingResponse": "callbox.twiml",
    "FaxResponse": "callbox.twiml",
    "RequestValidator": "callbox.webhooks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'callbox' has no attribute {name!r}")
    value = getattr(__import__(module, fromlist=[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AsyncClient",
    "CallboxError",
    "Client",
    "ConfigurationError",
    "FaxResponse",
    "MessagingResponse",
    "RequestValidator",
    "RestError",
    "TwiMLError",
    "TwilioRestException",
    "VoiceResponse",
    "__version__",
]
