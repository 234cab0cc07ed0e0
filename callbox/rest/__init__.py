"""The Twilio REST client: every API, sync and async, from one description.

``Client`` and ``AsyncClient`` share one engine (``_client.BaseClient``) that
walks the API description shipped in ``_spec/``; they differ only in how they
send. Transports are pluggable: anything with ``send(Request) -> Response``
and ``close()`` (``async`` for the async client) will do; the defaults are
imported only when the first request is sent.
"""

from __future__ import annotations

from ._client import AsyncClient, BaseClient, Client
from ._engine import DomainNode, InstanceContext, ListNode, VersionNode
from ._instance import Instance, Page
from ._transport import Request, Response, Timeout

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'callbox.rest' has no attribute {name!r}")
    value = getattr(__import__(__name__ + module, fromlist=[name]), name)
    globals()[name] = value
    return value


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
