"""The transport interface: how the clients hand an HTTP request to whatever sends it.

A transport knows nothing about Twilio. The client builds a :class:`Request` (method,
absolute URL, headers, body, :class:`Timeout`) and the transport returns a
:class:`Response` (status, lower-case headers, raw body)::

    class Transport(Protocol):                  # Client(transport=...)
        def send(self, request: Request) -> Response: ...
        def close(self) -> None: ...

    class AsyncTransport(Protocol):             # AsyncClient(transport=...)
        async def send(self, request: Request) -> Response: ...
        async def close(self) -> None: ...

A transport signals failure with the errors below (all :class:`TransportError`), which
decide retries:
:class:`RequestNotSent` (nothing left: always safe to retry; :class:`ConnectTimeout` is
one), :class:`TransportClosed` (the client was closed: never retried), and otherwise
:class:`callbox.errors.ConnectionError` or :class:`callbox.errors.TimeoutError` (the
request may have been processed: retried only for idempotent methods). Any HTTP status
is a :class:`Response`, not an error.

The default transports (:class:`HTTPTransport`, :class:`AsyncHTTPTransport`, and
:class:`AiohttpTransport` with the ``aiohttp`` extra) load when first named here. This
module, like everything ``callbox.rest`` exports, is public and stable: the sandbox's
webhook sender and its in-process mode are written against it, as your own transport
would be.
"""

from __future__ import annotations

from .. import _lazy
from ..errors import ConnectionError, TimeoutError, TransportError
from ._transport import ConnectTimeout, Request, RequestNotSent, Response, Timeout, TransportClosed

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._aio import AsyncHTTPTransport
    from ._async_transport import AiohttpTransport
    from ._pool import HTTPTransport
    from ._protocols import AsyncTransport, Transport

# Absolute: relative names resolve against a package, and this is a module.
_LAZY = {
    "HTTPTransport": "callbox.rest._pool",
    "AsyncHTTPTransport": "callbox.rest._aio",
    "AiohttpTransport": "callbox.rest._async_transport",
    "Transport": "callbox.rest._protocols",
    "AsyncTransport": "callbox.rest._protocols",
}

if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error
    __getattr__, __dir__ = _lazy.exports(globals(), _LAZY)

__all__ = [
    "AiohttpTransport",
    "AsyncHTTPTransport",
    "AsyncTransport",
    "ConnectTimeout",
    "ConnectionError",
    "HTTPTransport",
    "Request",
    "RequestNotSent",
    "Response",
    "Timeout",
    "TimeoutError",
    "Transport",
    "TransportClosed",
    "TransportError",
]
