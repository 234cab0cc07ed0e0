"""callbox: the Twilio toolkit for Python.

Everything public is importable from here; the parts load on first use so
that ``from callbox import Client`` stays cheap.
"""

from __future__ import annotations

from . import _lazy
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


if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error
    __getattr__, __dir__ = _lazy.exports(globals(), _LAZY)


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
