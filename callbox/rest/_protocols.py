"""The transport interfaces, for users who write their own transport."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ._transport import Request, Response


@runtime_checkable
class Transport(Protocol):
    """What the sync :class:`~callbox.Client` needs from an HTTP library."""

    def send(self, request: Request) -> Response: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncTransport(Protocol):
    """What :class:`~callbox.AsyncClient` needs from an HTTP library."""

    async def send(self, request: Request) -> Response: ...

    async def close(self) -> None: ...
