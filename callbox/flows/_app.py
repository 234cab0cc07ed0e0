"""The :class:`App`: handlers, settings, and the ways to serve and reach it."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._asgi import Receive, Scope, Send, serve_asgi
from ._control import LiveCall, Rest, registration_fields
from ._core import PENDING, Dispatcher, Settings
from ._errors import FlowError
from ._handlers import Registry
from ._links import Target
from ._state import State
from ._stores import Store, open_store
from ._tokens import Signer, derive_secret
from ._wsgi import LoopThread, WSGIApp

if TYPE_CHECKING:
    from ..rest import AsyncClient, Client

__all__ = ["App"]

logger = logging.getLogger("callbox.flows")

F = TypeVar("F", bound=Callable[..., Any])

STORE_SETTING = "CALLBOX_FLOWS_STORE"
PUBLIC_URL_SETTING = "CALLBOX_FLOWS_PUBLIC_URL"
SECRET_SETTING = "CALLBOX_FLOWS_SECRET"
_TRUE = {"1", "true", "yes", "on"}


def _prefix(value: str) -> str:
    value = "/" + value.strip("/")
    return value if value == "/" else value + "/"


class App:
    """Call and SMS flows written as handlers; an ASGI application with a WSGI twin.

    * ``store``: where state, claims and answers live: ``"memory://"`` (one process,
      the default), ``"sqlite:///flows.db"`` (processes of one host), ``"redis://host:6379/0"``
      (any number of hosts), or a :class:`Store` (default: ``CALLBOX_FLOWS_STORE``).
    * ``client``: the :class:`callbox.Client` or :class:`callbox.AsyncClient` used by
      :meth:`register`, :meth:`make_call` and :meth:`call` (default: from the environment).
    * ``public_url``: where Twilio reaches the app's root (``https://example.com/twilio``;
      default ``CALLBOX_FLOWS_PUBLIC_URL``, else learned from the first signed webhook).
    * ``auth_token``: checks ``X-Twilio-Signature`` (default: the client's, else
      ``TWILIO_AUTH_TOKEN``); ``secret`` signs continuation URLs (default
      ``CALLBOX_FLOWS_SECRET``, else derived from the auth token: every instance agrees).
    * ``prefix``: the app's routes are ``{prefix}voice``, ``sms``, ``status`` and ``step``.
    * ``allow_unsigned``: a development switch accepting unsigned webhooks (default
      ``CALLBOX_WEBHOOK_ALLOW_UNSIGNED``; off); ``trust_proxy``: take the scheme and host
      from ``X-Forwarded-Proto``/``-Host``.
    * ``connection_overrides``: Twilio's fragment added to every URL the app hands out
      (``"rc=2&rp=ct,rt,5xx"``: retry on a failed connection, a timeout or a 5xx).
    * ``claim_ttl`` (s): how long a claim on a delivery lasts without renewal: after an
      instance dies, its deliveries are taken over this long after; ``answer_ttl``: how
      long answers are kept for duplicate deliveries; ``state_ttl``: state lives this long
      after its last change; ``token_ttl``: how long a continuation URL is good.
    * ``error_message``: what a caller hears when a handler raises.
    """

    def __init__(
        self,
        store: str | Store | None = None,
        client: Client | AsyncClient | None = None,
        public_url: str | None = None,
        auth_token: str | None = None,
        secret: str | bytes | None = None,
        prefix: str = "/",
        *,
        allow_unsigned: bool | None = None,
        trust_proxy: bool = False,
        connection_overrides: str = "",
        claim_ttl: float = 5.0,
        answer_ttl: float = 600.0,
        state_ttl: float = 86400.0,
        token_ttl: float = 86400.0,
        error_message: str | None = None,
    ) -> None:
        for name, value in (
            ("claim_ttl", claim_ttl),
            ("answer_ttl", answer_ttl),
            ("state_ttl", state_ttl),
            ("token_ttl", token_ttl),
        ):
            if not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        if connection_overrides.startswith("#"):
            connection_overrides = connection_overrides[1:]
        public = public_url or os.environ.get(PUBLIC_URL_SETTING) or None
        if public is not None and not public.startswith(("http://", "https://")):
            raise ValueError(f"public_url must start with http:// or https://, got {public!r}")
        settings = Settings(
            prefix=_prefix(prefix),
            public_url=public.rstrip("/") if public else None,
            trust_proxy=trust_proxy,
            overrides=connection_overrides,
            claim_ttl=float(claim_ttl),
            answer_ttl=float(answer_ttl),
            state_ttl=float(state_ttl),
        )
        if error_message is not None:
            settings.error_message = error_message
        self.registry = Registry()
        self._dispatcher = Dispatcher(self.registry, settings)
        self._dispatcher.store = open_store(store or os.environ.get(STORE_SETTING) or "memory://")
        self._dispatcher._configure = self._configure
        self._rest = Rest(client)
        self._auth_token = auth_token
        self._secret = secret
        self._token_ttl = float(token_ttl)
        if allow_unsigned is None:
            flag = os.environ.get("CALLBOX_WEBHOOK_ALLOW_UNSIGNED", "")
            allow_unsigned = flag.strip().lower() in _TRUE
        settings.allow_unsigned = allow_unsigned
        self._loop = LoopThread()
        self._wsgi: WSGIApp | None = None

    def __repr__(self) -> str:
        return (
            f"<callbox.flows.App store={self.store!r} handlers={len(self.registry)} "
            f"public_url={self.public_url!r}>"
        )

    # ------------------------------------------------------------ settings

    @property
    def store(self) -> Store:
        store = self._dispatcher.store
        assert store is not None
        return store

    @property
    def settings(self) -> Settings:
        return self._dispatcher.settings

    @property
    def public_url(self) -> str | None:
        """Where Twilio reaches the app's root (None until set or learned)."""
        return self.settings.public_url or self._dispatcher.learned_base

    @public_url.setter
    def public_url(self, value: str | None) -> None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"public_url must start with http:// or https://, got {value!r}")
        self.settings.public_url = value.rstrip("/") if value else None
        self._dispatcher.signer = None  # rebuild the webhook settings on next use

    def _configure(self) -> None:
        """Resolve credentials on first use (the environment may be set after import)."""
        from ..webhooks import WebhookConfig

        token = self._auth_token
        given = self._rest.given
        if token is None and given is not None:
            username = getattr(given, "username", None) or ""
            if username.startswith("AC"):
                token = getattr(given, "password", None)
        token = token or os.environ.get("TWILIO_AUTH_TOKEN") or None
        settings = self.settings
        if token is None and not settings.allow_unsigned:
            raise FlowError(
                "no auth token to check Twilio's signatures: pass App(auth_token=...) or a "
                "client, or set TWILIO_AUTH_TOKEN"
            )
        secret = self._secret or os.environ.get(SECRET_SETTING) or None
        if secret is None:
            if token is not None:
                secret = derive_secret(token)
            else:
                logger.warning(
                    "callbox.flows: no secret and no auth token: continuation URLs are signed "
                    "with a random key, valid in this process only (set %s)",
                    SECRET_SETTING,
                )
                secret = secrets.token_bytes(32)
        self._dispatcher.signer = Signer(secret, ttl=self._token_ttl)
        self._dispatcher.webhook_config = WebhookConfig(
            auth_tokens=(token,) if token else (),
            public_base_url=settings.public_url,
            trust_forwarded_headers=settings.trust_proxy,
            allow_unsigned=settings.allow_unsigned,
        )

    # ------------------------------------------------------------ handlers

    @overload
    def handler(self, fn: F, *, name: str | None = None) -> F: ...

    @overload
    def handler(self, fn: None = None, *, name: str | None = None) -> Callable[[F], F]: ...

    def handler(self, fn: F | None = None, *, name: str | None = None) -> Any:
        """Register a continuation handler (``@app.handler`` or ``@app.handler(name=...)``)."""

        def register(target: F) -> F:
            self.registry.add(target, name)
            return target

        return register(fn) if fn is not None else register

    def _event(self, event: str, fn: F) -> F:
        handler = self.registry.add(fn)
        known = self._dispatcher.events.get(event)
        if known is not None and known != handler.name:
            raise FlowError(f"@app.{event} is already {known!r}; an app has one")
        self._dispatcher.events[event] = handler.name
        return fn

    def incoming_call(self, fn: F) -> F:
        """``handler(call)`` answers calls to the app's numbers (``{prefix}voice``)."""
        return self._event("incoming_call", fn)

    def incoming_sms(self, fn: F) -> F:
        """``handler(msg)`` answers texts (``{prefix}sms``) unless the conversation was
        sent elsewhere with ``msg.next(...)``."""
        return self._event("incoming_sms", fn)

    def call_ended(self, fn: F) -> F:
        """``handler(call, status, duration)`` runs when any call ends (its status callback),
        unless the call named its own with ``call.on_end(...)`` or ``make_call(on_end=)``."""
        return self._event("call_ended", fn)

    # ------------------------------------------------------------ serving

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await serve_asgi(self._dispatcher, scope, receive, send)

    @property
    def wsgi(self) -> WSGIApp:
        """The WSGI twin of this app (same handlers, same store)."""
        if self._wsgi is None:
            self._wsgi = WSGIApp(self._dispatcher, self._loop)
        return self._wsgi

    @property
    def django_view(self) -> Callable[[Any], Any]:
        """A Django view serving the app: route ``prefix`` + anything to it (CSRF-exempt)."""
        from django.views.decorators.csrf import csrf_exempt

        wsgi = self.wsgi

        def view(request: Any, *args: Any, **kwargs: Any) -> Any:
            return wsgi.django_view(request)

        exempt: Callable[[Any], Any] = csrf_exempt(view)
        return exempt

    async def startup(self) -> None:
        """Open the store now (serving does this by itself)."""
        await self._dispatcher.ready()

    async def shutdown(self) -> None:
        """Close the store and the REST client this app made."""
        await self._dispatcher.close()
        await self._rest.close()

    def url(self, route: str = "voice") -> str:
        """The absolute URL of one of the app's routes (``voice``, ``sms``, ``status``)."""
        if route not in ("voice", "sms", "status"):
            raise ValueError(f"route must be one of voice, sms, status; got {route!r}")
        self._configure_once()
        return self._dispatcher.links().route(route)

    def _configure_once(self) -> None:
        if self._dispatcher.signer is None:
            self._configure()

    # ------------------------------------------------------------ reaching Twilio

    def register(self, target: str, *, voice: bool = True, sms: bool = True) -> Any:
        """Point a phone number (``+1...`` or ``PN...``) or application (``AP...``) at the app:
        its voice URL, status callback and SMS URL.  Returns the updated record."""
        self._configure_once()
        client = self._rest.sync()
        fields = registration_fields(self._dispatcher, voice=voice, sms=sms)
        if target.startswith("AP"):
            return client.applications(target).update(**fields)
        return client.incoming_phone_numbers(self._number_sid(client, target)).update(**fields)

    async def aregister(self, target: str, *, voice: bool = True, sms: bool = True) -> Any:
        """:meth:`register` for async code (works with a Client or an AsyncClient)."""
        from ..rest import AsyncClient

        if not isinstance(self._rest.given, AsyncClient):
            import asyncio

            return await asyncio.to_thread(self.register, target, voice=voice, sms=sms)
        self._configure_once()
        client = self._rest.given
        fields = registration_fields(self._dispatcher, voice=voice, sms=sms)
        if target.startswith("AP"):
            return await client.applications(target).update(**fields)
        sid = target
        if not target.startswith("PN"):
            found = await client.incoming_phone_numbers.list(phone_number=target, limit=2)
            sid = self._only(target, found)
        return await client.incoming_phone_numbers(sid).update(**fields)

    def _number_sid(self, client: Client, target: str) -> str:
        if target.startswith("PN"):
            return target
        found = client.incoming_phone_numbers.list(phone_number=target, limit=2)
        return self._only(target, found)

    @staticmethod
    def _only(target: str, found: list[Any]) -> str:
        if not target.startswith("+"):
            raise FlowError(
                f"register() takes a phone number (+14155550123), a number SID (PN...) or "
                f"an application SID (AP...), not {target!r}"
            )
        if not found:
            raise FlowError(f"the account owns no number {target}")
        return str(found[0].sid)

    async def make_call(
        self,
        to: str,
        from_: str,
        on_answer: Target,
        on_end: Target | None = None,
        *,
        state: dict[str, Any] | None = None,
        **params: Any,
    ) -> Any:
        """Place a call: ``on_answer(call, result)`` answers it when it is picked up,
        ``on_end(call, status, duration)`` (else ``@app.call_ended``) runs when it ends
        (answered or not: ``busy``, ``no-answer``...).  ``state`` is the call's initial
        state; other arguments go to ``calls.create`` (``timeout``, ``machine_detection``,
        ``send_digits``...).  Returns the Call record."""
        await self._dispatcher.ready()
        store = self.store
        settings = self.settings
        pending = PENDING + secrets.token_hex(16)
        if state:
            initial = State()
            for key, value in state.items():
                initial[key] = value
            await store.save(pending, initial.changes(), settings.state_ttl)
        links = self._dispatcher.links()
        create: dict[str, Any] = dict(params)
        create.update(to=to, from_=from_, url=links.step(on_answer, pending, "c"), method="POST")
        ending = on_end if on_end is not None else self._dispatcher.events.get("call_ended")
        if ending is not None:
            create.update(
                status_callback=links.step(ending, pending, "e"), status_callback_method="POST"
            )
        call = await self._rest.run(lambda client: client.calls.create(**create))
        bound = await store.bind(pending, str(call.sid), settings.state_ttl)
        if bound != call.sid:
            logger.error("callbox.flows: call %s was answered as %s", call.sid, bound)
        return call

    def call(self, sid: str) -> LiveCall:
        """Live control of a call in progress: ``await app.call(sid).redirect(handler)``,
        ``.hangup()``, ``.cancel()``, ``.unhold(handler)``, ``.state()``."""
        return LiveCall(self._dispatcher, self._rest, sid)
