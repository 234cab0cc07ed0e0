"""The sandbox inside the test's own process: ``with callbox.sandbox.mock() as sb:``.

Like moto's ``mock_aws`` or httpx's ASGI transport: while the block runs, every
:class:`callbox.Client` and :class:`callbox.AsyncClient` (whatever credentials it was built
with, before or inside the block) and every ``twilio.rest.Client`` of the official package
sends its requests to a sandbox app held in memory.  A REST call crosses no socket and no
thread: the calling thread runs the sandbox's ASGI app itself.  Webhooks to the user's app
still go over HTTP, as Twilio's would, or straight to an ASGI or WSGI app passed as ``app=``.

Why the event loop runs in the calling thread.  The sandbox does real work in the
background on an event loop (messages moving from ``queued`` to ``delivered`` and their
status callbacks, the voice engine running calls).  A loop in a helper thread would keep
that going on its own, but every REST call would then hop to that thread (or race it on
the same state), which is what this mode exists to avoid.  So the loop belongs to the
sandbox and is *driven* by whoever calls in, one thread at a time:

* a call runs its request on the loop, then keeps the loop turning until the sandbox is
  quiet: nothing runnable and no webhook waiting for its answer.  With the default
  ``step_delay=0`` a message has reached its final status, and your app has answered
  every status callback, by the time ``messages.create`` returns; a call placed with
  ``calls.create`` has run to its end on the virtual clock.
* work that waits on time (a ``step_delay``, a scheduled message, the real clock, a live
  call) waits while nobody calls in and catches up on the next call;
  :meth:`~callbox.sandbox.Sandbox.wait_for_event` drives the loop while it waits.
* a call from another thread while one thread drives (your app answering a webhook in
  its server thread, and calling the API back) is handed to the driving thread, which
  is waiting for that webhook anyway: the only case where a REST call changes thread.
* an async caller (an ``AsyncClient`` in an async test) drives the loop the same way, its
  own loop paused for the call, which takes microseconds; code running on the sandbox's
  loop itself (an ASGI ``app=``) awaits the sandbox directly.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import concurrent.futures
import inspect
import io
import json
import logging
import os
import sys
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable, MutableMapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote_to_bytes, urlencode, urlsplit

from callbox.errors import ConnectionError, TimeoutError
from callbox.rest import Request, Response, Timeout

from ._delivery import route_webhooks
from ._runner import Sandbox
from .errors import SandboxError, SandboxStartError

if TYPE_CHECKING:
    from callbox.rest import AsyncClient, AsyncTransport, Client, Transport

__all__ = ["BASE_URL", "InProcessSandbox", "mock"]

log = logging.getLogger("callbox.sandbox")

_T = TypeVar("_T")

#: The address an in-process sandbox answers to.  ``.invalid`` never resolves (RFC 6761),
#: so a URL of it that escapes to the network fails at once instead of reaching a server.
BASE_URL = "http://sandbox.callbox.invalid"
_HOST = "sandbox.callbox.invalid"

#: Loop turns with nothing runnable (and no webhook in flight) that make the sandbox quiet.
_QUIET_TURNS = 2
#: Real seconds a call lets background work run before it returns anyway.
_QUIET_LIMIT = 30.0
#: How often a thread whose call was handed over checks that the driver is still there.
_HANDOVER_POLL = 0.01

_ON_ITS_LOOP = (
    "a blocking callbox.Client call from code running on the in-process sandbox's own "
    "event loop (an async webhook handler?) cannot be answered: use callbox.AsyncClient "
    "there, or a plain def handler, which runs in a worker thread"
)


def mock(
    *,
    app: Any = None,
    account_sid: str | None = None,
    auth_token: str | None = None,
    adopt_accounts: bool = True,
    db: str = ":memory:",
    step_delay: float | None = 0.0,
    clock: str = "virtual",
    behaviours: bool = True,
) -> InProcessSandbox:
    """A sandbox in this process that callbox's clients (and ``twilio``'s) talk to while it runs.

    ``with callbox.sandbox.mock() as sb:`` binds every ``callbox.Client``/``AsyncClient``
    and ``twilio.rest.Client`` to it until the block ends; ``sb`` is a
    :class:`~callbox.sandbox.Sandbox` (``sb.client``, ``sb.phone()``, ``sb.seed_number()``,
    ``sb.wait_for_event()``...).

    ``app``: an ASGI or WSGI app that receives every webhook in process (None: webhooks
    go over HTTP to the URLs configured).  ``account_sid``/``auth_token``: the main
    account's credentials (default: ``TWILIO_ACCOUNT_SID``/``TWILIO_AUTH_TOKEN`` when
    both are set, so ``Client()`` works unchanged, else fresh ones).  ``adopt_accounts``:
    a client whose account SID the sandbox does not know gets that account, with its
    token, on its first request (False: refused with 20003, as Twilio would).
    ``step_delay`` (default 0: a message reaches its final status before the call that
    sent it returns), ``clock``, ``db`` and ``behaviours`` are :class:`Sandbox`'s.
    """
    return InProcessSandbox(
        app=app,
        account_sid=account_sid,
        auth_token=auth_token,
        adopt_accounts=adopt_accounts,
        db=db,
        step_delay=step_delay,
        clock=clock,
        behaviours=behaviours,
    )


# ---------------------------------------------------------------- the loop


class _Driver:
    """The sandbox's event loop, run by whichever thread calls in, one at a time."""

    def __init__(self) -> None:
        # A selector loop of our own, whatever loop policy the tests install.
        self.loop = asyncio.SelectorEventLoop()
        self._lock = threading.Lock()
        self._in_flight = 0  # webhooks waiting for their answer
        self._answered: asyncio.Future[None] | None = None

    # -- webhooks in flight (counted by the webhook transport)

    def webhook_started(self) -> None:
        self._in_flight += 1

    def webhook_done(self) -> None:
        self._in_flight -= 1
        waiter = self._answered
        if self._in_flight == 0 and waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def quiet(self) -> None:
        """Let background work run until nothing is runnable and no webhook is in flight."""
        loop = self.loop
        # The loop's runnable callbacks: the voice clock reads them the same way.
        ready = getattr(loop, "_ready", None)
        deadline = loop.time() + _QUIET_LIMIT
        still = 0
        while still < _QUIET_TURNS:
            left = deadline - loop.time()
            if left <= 0:
                log.warning(
                    "in-process sandbox: background work still busy after %gs", _QUIET_LIMIT
                )
                return
            if self._in_flight:
                self._answered = loop.create_future()
                await asyncio.wait({self._answered}, timeout=left)
                still = 0
                continue
            await asyncio.sleep(0)
            still = 0 if ready else still + 1

    # -- running coroutines from outside the loop

    def run(self, coro: Coroutine[Any, Any, _T], timeout: float | None = None) -> _T:
        """Run ``coro`` on the loop from this thread, then let the sandbox go quiet."""
        outer = asyncio._get_running_loop()
        if outer is self.loop:
            coro.close()
            raise RuntimeError(_ON_ITS_LOOP)
        if not self._lock.acquire(blocking=False):
            return self._handed_over(coro)
        try:
            return self._drive(self._then_quiet(coro, timeout), outer)
        finally:
            self._lock.release()

    async def arun(self, coro: Coroutine[Any, Any, _T], timeout: float | None = None) -> _T:
        """:meth:`run` for a coroutine: awaits directly on the sandbox's own loop."""
        running = asyncio.get_running_loop()
        if running is self.loop:
            return await coro
        if self._lock.acquire(blocking=False):
            try:
                return self._drive(self._then_quiet(coro, timeout), running)
            finally:
                self._lock.release()
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        waiting = asyncio.wrap_future(future)
        while True:
            done, _ = await asyncio.wait({waiting}, timeout=_HANDOVER_POLL)
            if done:
                return waiting.result()
            if self._lock.acquire(blocking=False):
                try:
                    return self._drive(self._finish(future), running)
                finally:
                    self._lock.release()

    def _handed_over(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Another thread drives the loop: it runs ``coro``; take over if it stops first."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        while True:
            try:
                return future.result(timeout=_HANDOVER_POLL)
            except concurrent.futures.TimeoutError:
                pass
            if self._lock.acquire(blocking=False):
                try:
                    return self._drive(self._finish(future), asyncio._get_running_loop())
                finally:
                    self._lock.release()

    def _drive(self, coro: Coroutine[Any, Any, _T], outer: asyncio.AbstractEventLoop | None) -> _T:
        # An async caller's own loop is set aside for the call (asyncio refuses to run
        # a loop while the thread has another running) and put back after it.
        if outer is not None:
            asyncio._set_running_loop(None)
        try:
            return self.loop.run_until_complete(coro)
        finally:
            if outer is not None:
                asyncio._set_running_loop(outer)

    async def _then_quiet(self, coro: Coroutine[Any, Any, _T], timeout: float | None) -> _T:
        if timeout is None:
            result = await coro
        else:
            result = await _within(coro, timeout)
        await self.quiet()
        return result

    async def _finish(self, future: concurrent.futures.Future[_T]) -> _T:
        result = await asyncio.wrap_future(future)
        await self.quiet()
        return result

    def close(self) -> None:
        """Cancel what is left on the loop and close it."""
        with self._lock:
            self._drive(self._cancel_all(), asyncio._get_running_loop())
            self.loop.close()

    async def _cancel_all(self) -> None:
        tasks = asyncio.all_tasks() - {asyncio.current_task()}
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.loop.shutdown_asyncgens()


async def _within(coro: Coroutine[Any, Any, _T], seconds: float) -> _T:
    """``await coro``, or :class:`callbox.errors.TimeoutError` after ``seconds`` (like a read timeout)."""
    task = asyncio.current_task()
    assert task is not None
    expired = False

    def expire() -> None:
        nonlocal expired
        expired = True
        task.cancel()

    timer = asyncio.get_running_loop().call_later(seconds, expire)
    try:
        return await coro
    except asyncio.CancelledError:
        if expired:
            raise TimeoutError(f"the in-process sandbox gave no answer in {seconds:g} s") from None
        raise
    finally:
        timer.cancel()


# ---------------------------------------------------------------- ASGI and WSGI

Scope = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


def _is_asgi(app: Any) -> bool:
    """Whether ``app`` is an ASGI app (an async callable) rather than a WSGI one."""
    if inspect.iscoroutinefunction(app):
        return True
    # An instance of a class whose __call__ is async (Starlette, FastAPI, Django's handler).
    return inspect.iscoroutinefunction(type(app).__call__)


def _headers(response_headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in response_headers:
        key = name.lower()
        found[key] = f"{found[key]}, {value}" if key in found else value
    return found


def _scope(request: Request, path: str, query: str, host: str, scheme: str) -> Scope:
    headers = [
        (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.headers.items()
    ]
    headers.append((b"host", host.encode("latin-1")))
    if request.body:
        headers.append((b"content-length", str(len(request.body)).encode()))
    name, sep, port = host.rpartition(":")
    if not (sep and port.isdigit()):
        name, port = host, "443" if scheme == "https" else "80"
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": scheme,
        "path": unquote_to_bytes(path).decode("utf-8", "replace"),
        "raw_path": path.encode("latin-1", "replace"),
        "query_string": query.encode("latin-1", "replace"),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 0),
        "server": (name.strip("[]"), int(port)),
    }


async def _call_asgi(app: ASGIApp, scope: Scope, body: bytes) -> tuple[Response, bool]:
    """Run one request through ``app``; the response, and whether the app raised after it."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    status = 0
    head: list[tuple[bytes, bytes]] = []
    chunks: list[bytes] = []
    received = False

    async def receive() -> dict[str, Any]:
        nonlocal received
        if not received:
            received = True
            return {"type": "http.request", "body": body, "more_body": False}
        await done  # a disconnect only once the answer is complete
        return {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        nonlocal status, head
        kind = message["type"]
        if kind == "http.response.start":
            status = int(message["status"])
            head = list(message.get("headers") or [])
        elif kind == "http.response.body":
            chunks.append(bytes(message.get("body") or b""))
            if not message.get("more_body") and not done.done():
                done.set_result(None)

    try:
        await app(scope, receive, send)
    except Exception:
        if not status:
            raise
        return _response(status, head, chunks), True
    finally:
        if not done.done():
            done.set_result(None)
    if not status:
        raise RuntimeError("the ASGI app returned without sending a response")
    return _response(status, head, chunks), False


def _response(status: int, head: list[tuple[bytes, bytes]], chunks: list[bytes]) -> Response:
    headers = _headers((k.decode("latin-1"), v.decode("latin-1")) for k, v in head)
    return Response(status, headers, b"".join(chunks))


def _call_wsgi(app: Callable[..., Iterable[bytes]], request: Request) -> Response:
    """Run one request through a WSGI ``app`` (in a worker thread, PEP 3333's environ)."""
    parts = urlsplit(request.url)
    scheme = parts.scheme or "http"
    port = parts.port or (443 if scheme == "https" else 80)
    body = request.body or b""
    environ: dict[str, Any] = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(parts.path or "/").decode("latin-1"),
        "QUERY_STRING": parts.query,
        "SERVER_NAME": parts.hostname or "localhost",
        "SERVER_PORT": str(port),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": parts.netloc.rpartition("@")[2],
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    for name, value in request.headers.items():
        key = name.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = value
        elif key not in ("HOST", "CONTENT_LENGTH"):
            environ[f"HTTP_{key}"] = value
    started: list[Any] = []
    chunks: list[bytes] = []

    def start_response(
        status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], object]:
        if exc_info is not None and started and chunks:
            raise exc_info[1].with_traceback(exc_info[2])
        started[:] = [status, headers]
        return chunks.append

    result = app(environ, start_response)
    try:
        for chunk in result:
            chunks.append(bytes(chunk))
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()
    if not started:
        raise RuntimeError("the WSGI app returned without calling start_response")
    return Response(int(str(started[0]).split(" ", 1)[0]), _headers(started[1]), b"".join(chunks))


class _Webhooks:
    """Where the in-process sandbox's webhooks go: the app given, else the network.

    Webhooks to the sandbox's own address (Verify's voice menu posts there) go back to
    the sandbox app.  Every webhook is counted while it waits for its answer, so that a
    call lets the sandbox go quiet only once your app has answered.
    """

    def __init__(self, driver: _Driver, sandbox_app: ASGIApp, app: Any) -> None:
        self._driver = driver
        self._sandbox_app = sandbox_app
        self._app = app
        self._asgi = app is not None and _is_asgi(app)
        self._network: Any = None
        self._threads: concurrent.futures.ThreadPoolExecutor | None = None

    async def send(self, request: Request) -> Response:
        self._driver.webhook_started()
        try:
            return await self._send(request)
        finally:
            self._driver.webhook_done()

    async def _send(self, request: Request) -> Response:
        parts = urlsplit(request.url)
        if (parts.hostname or "").lower() == _HOST:
            scope = _scope(request, parts.path or "/", parts.query, _HOST, "http")
            response, _ = await _call_asgi(self._sandbox_app, scope, request.body or b"")
            return response
        if self._app is None:
            if self._network is None:
                from callbox.rest import AsyncHTTPTransport

                self._network = AsyncHTTPTransport(proxy="")
            response = await self._network.send(request)
            assert isinstance(response, Response)
            return response
        try:
            if self._asgi:
                host = parts.netloc.rpartition("@")[2]
                scope = _scope(request, parts.path or "/", parts.query, host, parts.scheme)
                call = _call_asgi(self._app, scope, request.body or b"")
                response, raised = await asyncio.wait_for(call, request.timeout.read)
                if raised:
                    log.error("in-process app: an error after its answer to %s", request.url)
                return response
            if self._threads is None:
                self._threads = concurrent.futures.ThreadPoolExecutor(
                    8, thread_name_prefix="callbox-mock-wsgi"
                )
            loop = asyncio.get_running_loop()
            work = loop.run_in_executor(self._threads, _call_wsgi, self._app, request)
            return await asyncio.wait_for(work, request.timeout.read)
        except asyncio.TimeoutError:
            raise TimeoutError(f"{request.method} {request.url}: no answer in time") from None
        except Exception:
            # What a server would do: log the app's traceback and answer 500.
            log.exception("in-process app: an error answering %s %s", request.method, request.url)
            return Response(500, {"content-type": "text/plain"}, b"Internal Server Error")

    async def close(self) -> None:
        if self._network is not None:
            await self._network.close()
        if self._threads is not None:
            self._threads.shutdown(wait=False)


class _Lifespan:
    """The sandbox app's ASGI lifespan (its start and stop hooks), run on its loop."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        self._inbox: asyncio.Queue[dict[str, Any]] | None = None
        self._outbox: asyncio.Queue[dict[str, Any]] | None = None
        self._task: asyncio.Task[None] | None = None

    async def _step(self, message: str) -> None:
        assert self._inbox is not None and self._outbox is not None and self._task is not None
        await self._inbox.put({"type": message})
        answer = asyncio.ensure_future(self._outbox.get())
        await asyncio.wait({answer, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if not answer.done():
            answer.cancel()
            self._task.result()  # the app's error, if it raised
            raise SandboxStartError(f"the sandbox app ended during {message}")
        reply = answer.result()
        if reply["type"].endswith(".failed"):
            raise SandboxStartError(f"{message} failed: {reply.get('message', '')}")

    async def startup(self) -> None:
        self._inbox, self._outbox = asyncio.Queue(), asyncio.Queue()
        scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
        self._task = asyncio.ensure_future(self._app(scope, self._inbox.get, self._outbox.put))
        await self._step("lifespan.startup")

    async def shutdown(self) -> None:
        if self._task is None or self._task.done():
            return
        await self._step("lifespan.shutdown")
        await self._task


# ---------------------------------------------------------------- clients


class _ClientTransport:
    """The :class:`callbox.rest.Transport` of a client bound to an in-process sandbox."""

    def __init__(self, sandbox: InProcessSandbox) -> None:
        self._sandbox = sandbox

    def send(self, request: Request) -> Response:
        return self._sandbox._send(request)

    def close(self) -> None:
        pass


class _AsyncClientTransport:
    """The :class:`callbox.rest.AsyncTransport` of an async client bound to one."""

    def __init__(self, sandbox: InProcessSandbox) -> None:
        self._sandbox = sandbox

    async def send(self, request: Request) -> Response:
        return await self._sandbox._asend(request)

    async def close(self) -> None:
        pass


#: Sandboxes bound now, innermost last; the client classes are patched while any is.
_BOUND: list[InProcessSandbox] = []
_BINDING = threading.Lock()
_ORIGINAL: dict[str, Any] = {}


_NETWORK: dict[bool, tuple[type, ...]] = {}


def _network_transports(async_: bool) -> tuple[type, ...]:
    """callbox's own network transports: a client using one of them is bound."""
    found = _NETWORK.get(async_)
    if found is None:
        import callbox.rest as rest

        found = _NETWORK[async_] = (
            (rest.AsyncHTTPTransport, rest.AiohttpTransport) if async_ else (rest.HTTPTransport,)
        )
    return found


def _sync_sender(client: Client) -> Transport:
    own = client._transport
    bound = _BOUND[-1] if _BOUND else None
    if bound is not None and (own is None or isinstance(own, _network_transports(False))):
        return bound._client_transport
    found: Transport = _ORIGINAL["Client"](client)
    return found


def _async_sender(client: AsyncClient) -> AsyncTransport:
    own = client._transport
    bound = _BOUND[-1] if _BOUND else None
    if bound is not None and (own is None or isinstance(own, _network_transports(True))):
        return bound._async_transport
    found: AsyncTransport = _ORIGINAL["AsyncClient"](client)
    return found


def _swap(owner: type, name: str, value: Any) -> Any:
    """Put ``value`` on class ``owner`` as ``name``; what was there."""
    before = owner.__dict__[name]
    setattr(owner, name, value)
    return before


def _bind(sandbox: InProcessSandbox) -> None:
    """Send callbox's clients (and the official package's) to ``sandbox`` from now on."""
    from callbox.rest import AsyncClient, Client

    with _BINDING:
        if not _BOUND:
            _ORIGINAL["Client"] = _swap(Client, "_sender", _sync_sender)
            _ORIGINAL["AsyncClient"] = _swap(AsyncClient, "_sender", _async_sender)
        official = sys.modules.get("twilio.http.http_client")
        if official is not None and "twilio" not in _ORIGINAL:
            _ORIGINAL["twilio"] = _swap(official.TwilioHttpClient, "request", _official_request)
        _BOUND.append(sandbox)


def _unbind(sandbox: InProcessSandbox) -> None:
    from callbox.rest import AsyncClient, Client

    with _BINDING:
        if sandbox not in _BOUND:
            return
        _BOUND.remove(sandbox)
        if not _BOUND:
            _swap(Client, "_sender", _ORIGINAL.pop("Client"))
            _swap(AsyncClient, "_sender", _ORIGINAL.pop("AsyncClient"))
            request = _ORIGINAL.pop("twilio", None)
            if request is not None:
                official = sys.modules["twilio.http.http_client"]
                _swap(official.TwilioHttpClient, "request", request)


# ---------------------------------------------------------------- the official package


def _official_request(
    self: Any,
    method: str,
    url: str,
    params: Any = None,
    data: Any = None,
    headers: Any = None,
    auth: Any = None,
    timeout: float | None = None,
    allow_redirects: bool = False,
) -> Any:
    """``TwilioHttpClient.request`` while a sandbox is bound: answered in process."""
    bound = _BOUND[-1] if _BOUND else None
    if bound is None:
        return _ORIGINAL["twilio"](
            self, method, url, params, data, headers, auth, timeout, allow_redirects
        )
    return _official_exchange(
        bound, self, method, url, params, data, headers, auth, timeout or self.timeout
    )


def _official_exchange(
    sandbox: InProcessSandbox,
    http_client: Any,
    method: str,
    url: str,
    params: Any,
    data: Any,
    headers: Any,
    auth: Any,
    timeout: float | None,
) -> Any:
    """One request of the official package, encoded by ``requests`` as it would be sent."""
    import requests
    from twilio.http.request import Request as OfficialRequest
    from twilio.http.response import Response as OfficialResponse

    if timeout is not None and timeout <= 0:
        raise ValueError(timeout)
    kwargs: dict[str, Any] = {
        "method": method.upper(),
        "url": url,
        "params": params,
        "headers": headers,
        "auth": auth,
    }
    content_type = (headers or {}).get("Content-Type")
    kwargs["json" if content_type in ("application/json", "application/scim+json") else "data"] = (
        data
    )
    prepared = requests.Request(**kwargs).prepare()
    http_client._test_only_last_response = None
    http_client._test_only_last_request = OfficialRequest(**kwargs)
    raw = prepared.body
    body = raw.encode("utf-8") if isinstance(raw, str) else raw if isinstance(raw, bytes) else None
    sent = {
        str(k): v.decode("latin-1") if isinstance(v, bytes) else str(v)
        for k, v in prepared.headers.items()
    }
    request = Request(str(prepared.method), str(prepared.url), sent, body, Timeout.of(timeout))
    response = sandbox._send(request)
    answer = OfficialResponse(response.status, response.text, response.headers)
    http_client._test_only_last_response = answer
    return answer


_OFFICIAL_CLASS: list[type] = []


def _official_client_class() -> type:
    if not _OFFICIAL_CLASS:
        from twilio.http import HttpClient

        class InProcessHttpClient(HttpClient):  # type: ignore[misc]
            """An HTTP client for ``twilio.rest.Client`` answered by an in-process sandbox."""

            def __init__(self, sandbox: InProcessSandbox, timeout: float | None = None) -> None:
                super().__init__(logging.getLogger("twilio.http_client"), False, timeout)
                self.sandbox = sandbox

            def request(
                self,
                method: str,
                url: str,
                params: Any = None,
                data: Any = None,
                headers: Any = None,
                auth: Any = None,
                timeout: float | None = None,
                allow_redirects: bool = False,
            ) -> Any:
                return _official_exchange(
                    self.sandbox,
                    self,
                    method,
                    url,
                    params,
                    data,
                    headers,
                    auth,
                    timeout or self.timeout,
                )

        _OFFICIAL_CLASS.append(InProcessHttpClient)
    return _OFFICIAL_CLASS[0]


# ---------------------------------------------------------------- the sandbox


def _basic_user(headers: dict[str, str]) -> tuple[str, str] | None:
    """The (user, password) of a Basic ``Authorization`` header, if well formed."""
    value = headers.get("Authorization") or headers.get("authorization")
    if not value or value[:6].lower() != "basic ":
        return None
    try:
        user, sep, password = (
            base64.b64decode(value[6:].strip(), validate=True).decode().partition(":")
        )
    except (binascii.Error, ValueError):
        return None
    return (user, password) if sep else None


class InProcessSandbox(Sandbox):
    """A :class:`Sandbox` held in this process; :func:`mock` makes one.

    Everything a :class:`Sandbox` offers works the same (clients, phones, seeding, events,
    transcripts, reset); there is no server, port or console.  :attr:`base_url` is an
    address that never resolves: only clients bound to this sandbox reach it.
    """

    def __init__(
        self,
        *,
        app: Any = None,
        account_sid: str | None = None,
        auth_token: str | None = None,
        adopt_accounts: bool = True,
        db: str = ":memory:",
        step_delay: float | None = 0.0,
        clock: str = "virtual",
        behaviours: bool = True,
    ) -> None:
        if app is not None and not callable(app):
            raise TypeError(f"app must be an ASGI or WSGI application, not {app!r}")
        if account_sid is None and auth_token is None:
            env_sid = os.environ.get("TWILIO_ACCOUNT_SID", "")
            env_token = os.environ.get("TWILIO_AUTH_TOKEN", "")
            if env_sid.startswith("AC") and len(env_sid) == 34 and env_token:
                account_sid, auth_token = env_sid, env_token
        super().__init__(
            db=db,
            account_sid=account_sid,
            auth_token=auth_token,
            behaviours=behaviours,
            step_delay=step_delay,
            clock=clock,
        )
        self.mode = "inprocess"
        self.app = app
        self.adopt_accounts = adopt_accounts
        self._driver: _Driver | None = None
        self._sandbox_app: Any = None
        self._webhooks: _Webhooks | None = None
        self._lifespan: _Lifespan | None = None
        self._client_transport = _ClientTransport(self)
        self._async_transport = _AsyncClientTransport(self)

    # ------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return BASE_URL

    @property
    def running(self) -> bool:
        return self._driver is not None

    def start(self) -> InProcessSandbox:
        """Build the sandbox, run its start hooks and bind the clients to it."""
        if self._driver is not None:
            return self
        from ._app import create_app

        app = create_app(
            self.db,
            account_sid=self._pin[0],
            auth_token=self._pin[1],
            base_url=BASE_URL,
            behaviours=self.behaviours,
            step_delay=self.step_delay,
            clock=self.clock,
            console=False,
        )
        state = app.state.sandbox
        driver = _Driver()
        webhooks = _Webhooks(driver, app, self.app)
        lifespan = _Lifespan(app)
        route_webhooks(driver.loop, webhooks)
        try:
            driver.run(lifespan.startup())
        except BaseException as exc:
            route_webhooks(driver.loop, None)
            driver.close()
            state.store.close()
            if isinstance(exc, SandboxStartError):
                raise
            raise SandboxStartError(f"the in-process sandbox did not start: {exc}") from exc
        self._driver, self._sandbox_app, self._state = driver, app, state
        self._webhooks, self._lifespan = webhooks, lifespan
        self.account_sid = state.main_account_sid
        self.auth_token = state.main_auth_token
        _bind(self)
        return self

    def stop(self) -> None:
        """Unbind the clients, run the stop hooks and close the loop and the database."""
        _unbind(self)
        driver, self._driver = self._driver, None
        if driver is None:
            return
        state, self._state = self._state, None
        webhooks, lifespan = self._webhooks, self._lifespan
        self._webhooks = self._lifespan = None
        if state is not None:
            state.events.close()
        try:
            if lifespan is not None:
                driver.run(lifespan.shutdown())
            if webhooks is not None:
                driver.run(webhooks.close())
        finally:
            route_webhooks(driver.loop, None)
            driver.close()
            if state is not None:
                state.store.close()

    def __enter__(self) -> InProcessSandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> InProcessSandbox:
        """``async with mock() as sb`` is the same as ``with``: the sandbox keeps its own loop."""
        return self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<InProcessSandbox {state} account={self.account_sid}>"

    # ------------------------------------------------------------ clients

    def client_for(self, account_sid: str, auth_token: str) -> Client:
        """A ``callbox.Client`` for these credentials, bound to this sandbox."""
        from callbox.rest import Client

        return Client(account_sid, auth_token, base_url=BASE_URL, transport=self._client_transport)

    @property
    def async_client(self) -> AsyncClient:
        """A ``callbox.AsyncClient`` for the main account, bound to this sandbox (any loop)."""
        if self._async_client is None:
            from callbox.rest import AsyncClient

            self._async_client = AsyncClient(
                self.account_sid,
                self.auth_token,
                base_url=BASE_URL,
                transport=self._async_transport,
            )
        return self._async_client

    def twilio_http_client(self, timeout: float | None = None) -> Any:
        """An HTTP client for the official package answered by this sandbox:
        ``twilio.rest.Client(sid, token, http_client=sb.twilio_http_client())``.

        (Inside the ``with`` block every ``TwilioHttpClient`` is bound anyway, if
        ``twilio`` was imported before it started.)
        """
        return _official_client_class()(self, timeout)

    # ------------------------------------------------------------ requests

    def _live(self) -> _Driver:
        driver = self._driver
        if driver is None:
            raise ConnectionError(
                "the in-process sandbox is not running (outside its `with` block?)"
            )
        return driver

    def _send(self, request: Request) -> Response:
        return self._live().run(self._dispatch(request), request.timeout.read)

    async def _asend(self, request: Request) -> Response:
        return await self._live().arun(self._dispatch(request), request.timeout.read)

    async def _dispatch(self, request: Request) -> Response:
        """Answer one request with the sandbox app, on its loop."""
        parts = urlsplit(request.url)
        host = (parts.hostname or "").lower()
        path = parts.path or "/"
        if host.endswith("twilio.com"):  # a client with no base URL: api.twilio.com/...
            path = "/" + host.split(".", 1)[0] + path
        if self.adopt_accounts:
            self._adopt(request.headers)
        scope = _scope(request, path, parts.query, _HOST, "http")
        try:
            response, _ = await _call_asgi(self._sandbox_app, scope, request.body or b"")
        except Exception:
            log.exception("in-process sandbox: unexpected error on %s %s", request.method, path)
            body = json.dumps(SandboxError(500, 20500, "Internal sandbox error").to_json())
            return Response(500, {"content-type": "application/json"}, body.encode())
        return response

    def _adopt(self, headers: dict[str, str]) -> None:
        """Give an unknown ``AC...`` SID its account, with the token it came with."""
        found = _basic_user(headers)
        state = self._state
        if found is None or state is None:
            return
        sid, token = found
        if sid == state.main_account_sid or not (sid.startswith("AC") and len(sid) == 34):
            return
        if not token:
            return
        from ._access import ACCOUNTS, get_account
        from ._records import default_record, relink, resource_by_name

        if get_account(state, sid) is not None:
            return
        res = resource_by_name(ACCOUNTS)
        record = default_record(state, res, sid, {"Sid": sid}, {})
        record.update(
            sid=sid,
            auth_token=token,
            friendly_name="Adopted account",
            owner_account_sid=sid,
            status="active",
            type="Full",
        )
        relink(state, res, record, {"Sid": sid})
        record.update(_scope=sid, _parent="", _key=sid)
        state.store.put(ACCOUNTS, record)
        state.events.emit("account.created", sid=sid, owner=sid)

    # ------------------------------------------------------------ control API

    def control(
        self,
        method: str,
        path: str,
        fields: list[tuple[str, str]] | None = None,
        timeout: float = 30.0,
        *,
        body: Any = None,
    ) -> Any:
        """The control API (``/_sandbox/...``), answered in process like every other call."""
        creds = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        headers = {"Authorization": f"Basic {creds}"}
        data: bytes | None = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif fields is not None:
            data = urlencode(fields).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = Request(method, BASE_URL + path, headers, data, Timeout(timeout, timeout))
        response = self._send(request)
        raw = response.body
        if response.status >= 400:
            try:
                found = json.loads(raw)
                code, message = int(found.get("code") or 0), str(found.get("message", ""))
            except (ValueError, AttributeError, TypeError):
                code, message = 0, raw[:200].decode("latin-1")
            raise SandboxError(response.status, code, message)
        return json.loads(raw) if raw else None
