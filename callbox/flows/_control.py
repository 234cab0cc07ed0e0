"""Reaching Twilio from a flow: live control of calls, outbound calls, registration.

The app's REST client may be a :class:`callbox.Client` (its calls then run in a worker
thread, so they never block the event loop) or a :class:`callbox.AsyncClient` (awaited).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._core import Dispatcher
from ._errors import FlowError
from ._links import Target
from ._state import State

if TYPE_CHECKING:
    from ..rest import AsyncClient, Client

__all__ = ["LiveCall", "Rest", "registration_fields"]


class Rest:
    """The app's REST client, however it was given (or one from the environment)."""

    def __init__(self, client: Client | AsyncClient | None) -> None:
        self._given = client
        self._sync: Client | None = None
        self._async: AsyncClient | None = None

    def sync(self) -> Client:
        """A synchronous client (the one given, or one from the environment)."""
        from ..rest import AsyncClient, Client

        if isinstance(self._given, AsyncClient):
            raise FlowError(
                "the app was given an AsyncClient: use `await app.aregister(...)` instead"
            )
        if self._given is not None:
            return self._given
        if self._sync is None:
            self._sync = Client()
        return self._sync

    @property
    def given(self) -> Client | AsyncClient | None:
        return self._given

    async def run(self, op: Callable[[Any], Any]) -> Any:
        """``op(client)``, awaited for an async client, in a thread for a sync one."""
        from ..rest import AsyncClient

        client = self._given
        if client is None:
            if self._async is None:
                self._async = AsyncClient()
            client = self._async
        if isinstance(client, AsyncClient):
            result = op(client)
            return await result if inspect.isawaitable(result) else result
        return await asyncio.to_thread(op, client)

    async def close(self) -> None:
        if self._async is not None:
            await self._async.close()
            self._async = None


def registration_fields(dispatcher: Dispatcher, *, voice: bool, sms: bool) -> dict[str, Any]:
    """The URL fields of a number or application that point it at the app."""
    links = dispatcher.links()
    fields: dict[str, Any] = {}
    if voice:
        fields.update(
            voice_url=links.route("voice"),
            voice_method="POST",
            status_callback=links.route("status"),
            status_callback_method="POST",
        )
    if sms:
        fields.update(sms_url=links.route("sms"), sms_method="POST")
    return fields


class LiveCall:
    """A call in progress, changed from outside its own requests: ``app.call(sid)``."""

    def __init__(self, dispatcher: Dispatcher, rest: Rest, sid: str) -> None:
        if not isinstance(sid, str) or not sid.startswith("CA"):
            raise FlowError(f"a call SID starts with CA, got {sid!r}")
        self._dispatcher = dispatcher
        self._rest = rest
        self.sid = sid

    def __repr__(self) -> str:
        return f"<LiveCall {self.sid}>"

    async def _update(self, **fields: str) -> Any:
        sid = self.sid
        return await self._rest.run(lambda client: client.calls(sid).update(**fields))

    async def redirect(self, handler: Target) -> Any:
        """Stop what the call is doing and go on with ``handler(call, result)``."""
        await self._dispatcher.ready()
        url = self._dispatcher.links().step(handler, self.sid, "c")
        return await self._update(url=url, method="POST")

    async def unhold(self, handler: Target) -> Any:
        """Take a caller off :meth:`Call.hold` and go on with ``handler``."""
        return await self.redirect(handler)

    async def hangup(self) -> Any:
        """End the call (a call not yet answered ends ``canceled``)."""
        return await self._update(status="completed")

    async def cancel(self) -> Any:
        """Cancel a call that is queued or ringing (a call in progress is not touched)."""
        return await self._update(status="canceled")

    async def state(self) -> dict[str, Any]:
        """The call's state as its handlers left it."""
        await self._dispatcher.ready()
        assert self._dispatcher.store is not None
        return dict(State(await self._dispatcher.store.load(self.sid)))

    async def update_state(self, **fields: Any) -> None:
        """Set fields of the call's state (seen by its next handler)."""
        await self._dispatcher.ready()
        assert self._dispatcher.store is not None
        state = State()
        for name, value in fields.items():
            state[name] = value
        await self._dispatcher.store.save(
            self.sid, state.changes(), self._dispatcher.settings.state_ttl
        )
