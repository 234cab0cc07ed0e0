"""The one core every front end shares: a verified webhook in, TwiML out.

:meth:`Dispatcher.handle` takes a request the ASGI or WSGI adapter described (a
:class:`callbox.webhooks.WebhookRequest` plus the path below the app's mount point) and
returns a :class:`Reply`.  In order:

1. route: ``{prefix}voice`` (a call comes in), ``{prefix}sms`` (a text comes in),
   ``{prefix}status`` (a call's status callback), ``{prefix}step?t=TOKEN`` (a
   continuation); anything else is 404;
2. the Twilio signature is checked (403 unless the app allows unsigned requests);
3. a continuation's token is checked: genuine, not expired, and naming the call the
   request is about (403 otherwise, logged);
4. idempotency: the delivery's ``I-Twilio-Idempotency-Token`` is claimed in the store; a
   delivery already answered gets the same answer, one being answered elsewhere is waited
   for (and taken over if its instance died);
5. the handler runs (awaited, or in a worker thread if it is a plain function) with the
   call's or conversation's state; its TwiML and state changes are committed together;
6. a handler that raises is logged with its traceback and the caller hears
   ``error_message`` (its state changes are dropped); the error answer is kept like any
   other, so a retry gets it too.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ._call import Call
from ._errors import FlowError
from ._handlers import Handler, Registry, call_handler
from ._links import STEP, Links
from ._message import Message, conversation_key
from ._results import FINAL_STATUSES, Result
from ._state import State
from ._stores import Begin, Store
from ._tokens import Signer, TokenError

if TYPE_CHECKING:
    from ..webhooks import WebhookConfig, WebhookRequest

__all__ = ["EMPTY", "PENDING", "Dispatcher", "Reply", "Settings"]

logger = logging.getLogger("callbox.flows")

EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response />'
TWIML_TYPE = "text/xml; charset=utf-8"
IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token"
#: Scopes of outbound calls that have no SID yet start with this.
PENDING = "FP"
ROUTES = frozenset({"voice", "sms", "status", STEP})


@dataclass(frozen=True)
class Reply:
    """What to answer: status, body, content type (and extra headers)."""

    status: int
    body: str
    content_type: str = TWIML_TYPE
    headers: tuple[tuple[str, str], ...] = ()


def _plain(status: int, text: str, *headers: tuple[str, str]) -> Reply:
    return Reply(status, text, "text/plain; charset=utf-8", headers)


@dataclass
class Settings:
    """How the dispatcher behaves (the App's settings, see :class:`callbox.flows.App`)."""

    prefix: str = "/"
    public_url: str | None = None
    trust_proxy: bool = False
    allow_unsigned: bool = False
    overrides: str = ""
    claim_ttl: float = 5.0
    answer_ttl: float = 600.0
    state_ttl: float = 86400.0
    busy_wait: float = 14.0
    error_message: str = "We are sorry, something went wrong. Please call again later. Goodbye."


@dataclass
class _Job:
    """One request's work once it is routed and verified."""

    kind: str  # answer | callback | end | sms
    scope: str
    params: dict[str, str]
    handler: str | None  # a fixed handler name, else chosen from the state
    default: str | None = None  # the app-level handler when the state names none


class Dispatcher:
    """Routes, verifies and runs webhooks (see the module documentation)."""

    def __init__(self, registry: Registry, settings: Settings) -> None:
        self.registry = registry
        self.settings = settings
        self.store: Store | None = None
        self.signer: Signer | None = None
        self.webhook_config: WebhookConfig | None = None
        self.events: dict[str, str] = {}  # incoming_call / incoming_sms / call_ended -> name
        self.learned_base: str | None = None
        self._instance = f"{socket.gethostname()}:{os.getpid()}:{os.urandom(4).hex()}"
        self._counter = itertools.count()
        self._opened = False
        self._configure: Any = None  # set by the App: resolves credentials on first use

    # ------------------------------------------------------------ set-up

    async def ready(self) -> None:
        """Resolve settings and open the store (once)."""
        if (self.signer is None or self.webhook_config is None) and self._configure is not None:
            self._configure()
        if self._opened:
            return
        assert self.store is not None
        await self.store.open()
        self._opened = True

    async def close(self) -> None:
        if self.store is not None and self._opened:
            await self.store.close()
        self._opened = False

    def base_url(self) -> str:
        """Where Twilio reaches the app's root (setting, or learned from the first request)."""
        base = self.settings.public_url or self.learned_base
        if not base:
            raise FlowError(
                "the app's public URL is unknown: pass App(public_url='https://...') or set "
                "CALLBOX_FLOWS_PUBLIC_URL (it is also learned from the first webhook)"
            )
        return base

    def links(self, base: str | None = None) -> Links:
        assert self.signer is not None
        return Links(
            self.signer,
            self.registry,
            base or self.base_url(),
            self.settings.prefix,
            self.settings.overrides,
        )

    # ------------------------------------------------------------ requests

    async def handle(self, request: WebhookRequest, route: str, root_path: str = "") -> Reply:
        """Answer one HTTP request (``route``: its path below the app's mount point)."""
        prefix = self.settings.prefix
        if not route.startswith(prefix) or route[len(prefix) :] not in ROUTES:
            return _plain(404, "Not Found")
        name = route[len(prefix) :]
        if request.method not in ("GET", "POST"):
            return _plain(405, "Method Not Allowed", ("Allow", "GET, POST"))
        try:
            await self.ready()
        except Exception:
            logger.exception("callbox.flows cannot start")
            return _plain(500, "The app is not configured: see its log")
        base, verified = self._verify(request, route, root_path)
        if not verified:
            return _plain(403, "Twilio request signature is invalid")
        if self.settings.public_url is None and self.learned_base is None:
            self.learned_base = base
        query = dict(parse_qsl(request.query_string, keep_blank_values=True))
        token = query.pop("t", None)
        if request.method == "GET":
            params = query
        else:
            params = dict(parse_qsl(str(request.form or ""), keep_blank_values=True))
        links = self.links(base)
        try:
            job = await self._route(name, token, params)
        except _Refused as refused:
            logger.warning("Refused %s %s: %s", request.method, route, refused)
            return _plain(403, "Forbidden: " + str(refused))
        if isinstance(job, Reply):
            return job
        return await self._run(job, request.header(IDEMPOTENCY_HEADER), links)

    def _verify(self, request: WebhookRequest, route: str, root_path: str) -> tuple[str, bool]:
        from ..webhooks import public_url, validate_request

        config = self.webhook_config
        assert config is not None
        if config.public_base_url:
            request = dataclasses.replace(request, path=route)
            base = config.public_base_url
        else:
            root = dataclasses.replace(request, path=root_path, query_string="")
            base = public_url(root, config)
        return base, validate_request(request, config)

    async def _route(self, name: str, token: str | None, params: dict[str, str]) -> _Job | Reply:
        if name == "sms":
            if not params.get("From") or not params.get("To"):
                return _plain(400, "Bad Request: an SMS webhook needs From and To")
            return _Job(
                "sms", conversation_key(params), params, None, self.events.get("incoming_sms")
            )
        sid = params.get("CallSid", "")
        if not sid:
            return _plain(400, "Bad Request: a voice webhook needs CallSid")
        if name == "voice":
            return _Job("answer", sid, params, self.events.get("incoming_call"))
        if name == "status":
            if params.get("CallStatus") not in FINAL_STATUSES:
                return Reply(200, EMPTY)
            return _Job("end", sid, params, None, self.events.get("call_ended"))
        if not token:
            raise _Refused("no continuation token")
        assert self.signer is not None
        try:
            ticket = self.signer.verify(token)
        except TokenError as exc:
            raise _Refused(str(exc)) from None
        if ticket.scope.startswith(PENDING):
            assert self.store is not None
            bound = await self.store.bind(ticket.scope, sid, self.settings.state_ttl)
            if bound != sid:
                raise _Refused("the continuation belongs to another call")
        elif ticket.scope not in (sid, params.get("ParentCallSid")):
            raise _Refused("the continuation belongs to another call")
        if ticket.kind == "e":
            if params.get("CallStatus") not in FINAL_STATUSES:
                return Reply(200, EMPTY)
            return _Job("end", sid, params, None, ticket.handler)
        kind = "answer" if ticket.kind == "c" else "callback"
        return _Job(kind, sid, params, ticket.handler)

    # ------------------------------------------------------------ running a handler

    async def _run(self, job: _Job, idempotency: str | None, links: Links) -> Reply:
        store = self.store
        assert store is not None
        owner = f"{self._instance}:{next(self._counter)}"
        try:
            begun = await self._begin(store, idempotency, owner, job.scope)
        except Exception:
            logger.exception("callbox.flows: the store failed (%r)", store)
            return self._failure(job)
        if isinstance(begun, Reply):
            return begun
        state = State(begun.state)
        # The claim is renewed until the commit is done, not only while the handler runs: a
        # busy instance's commit can wait a while (for a pooled connection, for the loop).
        keeper = None
        if idempotency is not None:
            keeper = asyncio.ensure_future(self._keep_claim(idempotency, owner))
        try:
            body, changes = await self._invoke(job, state, links)
            return await self._commit(store, job, idempotency, owner, body, changes)
        finally:
            if keeper is not None:
                keeper.cancel()

    async def _commit(
        self,
        store: Store,
        job: _Job,
        idempotency: str | None,
        owner: str,
        body: str,
        changes: dict[str, str | None],
    ) -> Reply:
        """Commit a handler's answer and state changes; what to answer.

        The store refuses the commit when the claim has lapsed (an instance too busy to
        renew it in time).  If another instance took the delivery over meanwhile, its answer
        counts and this run leaves nothing.  If nobody did, nothing of this run is kept yet:
        claim the delivery again and commit (answering without committing would lose the
        step's state changes, and the next step would not see them).
        """
        settings = self.settings
        deadline = time.monotonic() + settings.busy_wait
        while True:
            try:
                if await store.commit(
                    idempotency,
                    owner,
                    body,
                    settings.answer_ttl,
                    job.scope,
                    changes,
                    settings.state_ttl,
                ):
                    return Reply(200, body)
                if time.monotonic() >= deadline:  # it keeps lapsing: let Twilio retry it
                    return _plain(503, "Still working on this request", ("Retry-After", "1"))
                again = await self._begin(store, idempotency, owner, job.scope)
            except Exception:
                logger.exception("callbox.flows: the store failed (%r)", store)
                return self._failure(job)
            if isinstance(again, Reply):
                logger.warning("callbox.flows: lost the claim on a delivery to another instance")
                return again
            logger.warning("callbox.flows: a claim lapsed before its commit; claimed it again")

    async def _begin(
        self, store: Store, idempotency: str | None, owner: str, scope: str
    ) -> Begin | Reply:
        """Claim the delivery; the stored answer if it has one, waiting while another
        instance works on it."""
        settings = self.settings
        deadline = time.monotonic() + settings.busy_wait
        delay = 0.005
        while True:
            begun = await store.begin(idempotency, owner, settings.claim_ttl, scope)
            if begun.status == "run":
                return begun
            if begun.status == "done":
                return Reply(200, begun.answer or EMPTY)
            if time.monotonic() >= deadline:
                return _plain(503, "Still working on this request", ("Retry-After", "1"))
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)

    async def _invoke(
        self, job: _Job, state: State, links: Links
    ) -> tuple[str, dict[str, str | None]]:
        """Run the job's handler: the body to answer and the state changes to keep."""
        subject: Call | Message | None = None
        try:
            handler = self._choose(job, state)
            if job.kind == "sms":
                subject = Message(job.params, state, links)
                await call_handler(handler, subject)
            else:
                call_kind = "answer" if job.kind == "answer" else job.kind
                subject = Call(job.params, state, links, kind=call_kind)
                if job.kind == "end":
                    result = Result(job.params)
                    await call_handler(handler, subject, result.status, result.duration)
                else:
                    await call_handler(handler, subject, Result(job.params))
            body = subject.twiml() if job.kind in ("answer", "sms") else EMPTY
            return body, state.changes()
        except Exception:
            logger.exception(
                "callbox.flows: handler %s failed (%s %s)",
                job.handler or job.default or "?",
                "conversation" if job.kind == "sms" else "call",
                job.scope,
            )
            return self._failure(job).body, {}

    def _choose(self, job: _Job, state: State) -> Handler:
        if job.kind == "sms":
            name = state.meta("next") or job.default
            state.set_meta("next", None)
        elif job.kind == "end":
            name = state.meta("on_end") or job.default
        else:
            name = job.handler
        if job.kind == "end" and name is None:
            name = _NOTHING
        if name is None:
            raise FlowError(f"no handler for this {job.kind} request: register one on the app")
        if name == _NOTHING:
            return _NOOP
        handler = self.registry.get(name)
        if handler is None:
            raise FlowError(f"no handler is named {name!r} in this app (deployed code differs?)")
        return handler

    async def _keep_claim(self, idempotency: str, owner: str) -> None:
        store = self.store
        assert store is not None
        lease = self.settings.claim_ttl
        try:
            while True:
                await asyncio.sleep(lease / 3)
                if not await store.renew(idempotency, owner, lease):
                    return
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("callbox.flows: could not renew a claim")

    def _failure(self, job: _Job) -> Reply:
        """The polite answer when something failed (nothing for callbacks and texts)."""
        if job.kind != "answer":
            return Reply(200, EMPTY)
        from ..twiml import VoiceResponse

        response = VoiceResponse()
        response.say(self.settings.error_message)
        response.hangup()
        return Reply(200, response.to_xml())


class _Refused(Exception):
    """A request that is signed but asks for something it may not have."""


async def _nothing(*args: Any) -> None:
    return None


_NOTHING = "\x00nothing"
_NOOP = Handler(_NOTHING, _nothing, True, 0)
