"""The Twilio REST client: every API, sync and async, from one description.

``Client`` and ``AsyncClient`` share one engine (``_client.BaseClient``) that
walks the API description shipped in ``_spec/``; they differ only in how they
send. Transports are pluggable: anything with ``send(Request) -> Response``
and ``close()`` (``async`` for the async client) will do.
"""

from ._client import AsyncClient, BaseClient, Client
from ._engine import DomainNode, InstanceContext, ListNode, VersionNode
from ._instance import Instance, Page
from ._transport import AsyncTransport, HTTPTransport, Request, Response, Timeout, Transport

__all__ = [
    "AsyncClient",
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
