"""The Twilio REST client: every API, sync and async, from one description.

``Client`` and ``AsyncClient`` share one engine (``_client.BaseClient``) that
walks the API description (:mod:`callbox.description`); they differ only in
how they send. Transports are pluggable: anything with ``send(Request) ->
Response`` and ``close()`` (``async`` for the async client) will do
(:mod:`callbox.rest.transport` is that interface); the defaults are imported
only when the first request is sent.
"""

from __future__ import annotations

from .. import _lazy
from ._client import AsyncClient, BaseClient, Client
from ._engine import DomainNode, InstanceContext, ListNode, VersionNode
from ._instance import Instance, Page
from ._transport import Request, Response, Timeout

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._aio import AsyncHTTPTransport
    from ._async_transport import AiohttpTransport
    from ._pool import HTTPTransport
    from ._protocols import AsyncTransport, Transport

_LAZY = {
    "HTTPTransport": "._pool",
    "AsyncHTTPTransport": "._aio",
    "AiohttpTransport": "._async_transport",
    "Transport": "._protocols",
    "AsyncTransport": "._protocols",
}


if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error
    __getattr__, __dir__ = _lazy.exports(globals(), _LAZY)


__all__ = [
    "AiohttpTransport",
    "AsyncClient",
    "AsyncHTTPTransport",
    "AsyncTransport",
    "BaseClient",
    "Client",
    "DomainNode",
    "HTTPTransport",
    "Instance",
    "InstanceContext",
    "ListNode",
    "Page",
    "Request",
    "Response",
    "Timeout",
    "Transport",
    "VersionNode",
]
