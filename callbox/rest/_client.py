"""``Client`` and ``AsyncClient``: one engine, two thin I/O edges.

Everything that is not I/O lives in :class:`BaseClient`: credentials, hosts,
building requests, decoding answers, paging links and the retry policy. The
two subclasses only send (blocking or awaiting) and loop over pages.
"""

from __future__ import annotations

import os
import sys
import time

from .._version import __version__
from ..errors import ConfigurationError, TransportError
from . import _description as desc
from ._engine import DomainNode, InstanceContext, _account_scoped
from ._instance import Instance, Page
from ._transport import Request, RequestNotSent, Timeout
from ._wire import bind_args, check_params, decode, fill_path, form_body, query_string, serialise

TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging
    from collections.abc import AsyncIterator, Callable, Iterator, Mapping
    from typing import Any

    from ._description import Operation, Resource
    from ._engine import Node
    from ._protocols import AsyncTransport, Transport
    from ._transport import Response

    RequestSigner = Callable[[str, str, Mapping[str, str], bytes], Mapping[str, str]]

_LOGGER: list[logging.Logger] = []


def _logger(level: int) -> logging.Logger | None:
    """The "callbox" logger if it logs at ``level``; never imports :mod:`logging` itself.

    A process that never imported logging cannot have configured it, so the
    common case costs one dictionary lookup.
    """
    if not _LOGGER:
        logging = sys.modules.get("logging")
        if logging is None:
            return None
        _LOGGER.append(logging.getLogger("callbox"))
    log = _LOGGER[0]
    return log if log.isEnabledFor(level) else None


_DEBUG, _INFO = 10, 20
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_RETRY_STATUS = frozenset({429, 503})
_PAGING_KWARGS = ("limit", "page_size")
_PAGE_KWARGS = ("page_size", "page_number", "page_token")


def _env_level(value: str | None) -> int | str | None:
    return value.upper() if value else None


class BaseClient:
    """Settings and the I/O-free half of every request."""

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        account_sid: str | None = None,
        region: str | None = None,
        http_client: Any = None,
        environment: Mapping[str, str] | None = None,
        edge: str | None = None,
        user_agent_extensions: list[str] | None = None,
        *,
        base_url: str | None = None,
        timeout: float | tuple[float, float] | Timeout | None = None,
        auto_retry: bool = False,
        max_retries: int = 3,
        retry_backoff: float = 0.5,
        max_backoff: float = 30.0,
        transport: Any = None,
        proxy: str | None = None,
        ca_bundle: str | None = None,
        log_level: int | str | None = None,
        request_signer: RequestSigner | None = None,
    ) -> None:
        env = os.environ if environment is None else environment
        key, secret = env.get("TWILIO_API_KEY"), env.get("TWILIO_API_SECRET")
        if username is None and key and secret:
            username, password = key, password or secret
        self.username = username or env.get("TWILIO_ACCOUNT_SID")
        self.password = password or env.get("TWILIO_AUTH_TOKEN")
        self.account_sid = (
            account_sid
            or (self.username if self.username and self.username.startswith("AC") else None)
            or env.get("TWILIO_ACCOUNT_SID")
        )
        self.region = region or env.get("TWILIO_REGION")
        self.edge = edge or env.get("TWILIO_EDGE")
        self.base_url = (
            base_url or env.get("CALLBOX_BASE_URL") or env.get("TWILIO_BASE_URL") or ""
        ).rstrip("/") or None
        self.timeout = Timeout.of(timeout)
        self.auto_retry = auto_retry
        self.max_retries = max_retries
        self.retry_backoff = retry_backoff
        self.max_backoff = max_backoff
        self._proxy = proxy  # not "proxy": that name is the Proxy API domain
        self.ca_bundle = ca_bundle or env.get("TWILIO_CA_BUNDLE")
        self.request_signer = request_signer
        self._transport: Any = transport or http_client
        extensions = " ".join(user_agent_extensions or [])
        python = f"{sys.version_info.major}.{sys.version_info.minor}"
        self.user_agent = f"callbox/{__version__} (python {python})" + (
            f" {extensions}" if extensions else ""
        )
        self.last_request: Request | None = None
        self.last_response: Response | None = None
        self._auth: str | None = None
        self._hosts: dict[str, str] = {}
        self._domains: dict[str, DomainNode] = {}
        self._accounts: dict[int, InstanceContext] = {}
        level = log_level if log_level is not None else _env_level(env.get("TWILIO_LOG_LEVEL"))
        if level is not None:
            self.log_level = level

    # -- settings

    @property
    def log_level(self) -> int:
        import logging

        return logging.getLogger("callbox").level

    @log_level.setter
    def log_level(self, value: int | str) -> None:
        import logging

        level = logging.getLevelName(value.upper()) if isinstance(value, str) else value
        if not isinstance(level, int):
            raise ValueError(f"log_level must be a logging level name or number, got {value!r}")
        logger = logging.getLogger("callbox")
        logger.setLevel(level)
        if level <= logging.DEBUG and not logger.handlers and not logging.getLogger().handlers:
            logging.basicConfig()

    def _authorization(self) -> str:
        if self._auth is None:
            if not self.username or not self.password:
                raise ConfigurationError(
                    "no Twilio credentials: pass Client(account_sid, auth_token) or set "
                    "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and "
                    "TWILIO_API_SECRET with TWILIO_ACCOUNT_SID)"
                )
            import base64

            raw = f"{self.username}:{self.password}".encode()
            self._auth = "Basic " + base64.b64encode(raw).decode("ascii")
        return self._auth

    def _default_account(self) -> str:
        if not self.account_sid:
            raise ConfigurationError(
                "no account SID: pass Client(account_sid, auth_token), Client(api_key, "
                "api_secret, account_sid=...) or set TWILIO_ACCOUNT_SID"
            )
        return self.account_sid

    def _host_for(self, host: str) -> str:
        """Scheme and host (plus prefix) that requests for a Twilio host go to."""
        base = self._hosts.get(host)
        if base is None:
            label, _, rest = host.partition(".")
            if self.base_url:
                base = f"{self.base_url}/{label}"
            else:
                region, edge = self.region, self.edge
                if edge and not region:
                    region = "us1"
                parts = [label] + ([edge] if edge else []) + ([region] if region else [])
                base = "https://" + ".".join(parts) + "." + rest
            self._hosts[host] = base
        return base

    # -- navigation

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in desc.index():
            node = self._domains.get(name)
            if node is None:
                node = self._domains[name] = DomainNode(self, desc.domain(name))
            return node
        api = desc.domain("api").versions["v2010"]
        accounts = _account_scoped(api, name)
        if accounts is not None:
            return getattr(self._account_context(accounts), name)
        raise AttributeError(f"{type(self).__name__} has no {name!r}")

    def __dir__(self) -> list[str]:
        api = desc.domain("api").versions["v2010"]
        return sorted(
            set(super().__dir__())
            | set(desc.index())
            | set(api.roots["accounts"].instance_children)
        )

    def _account_context(self, accounts: Resource) -> InstanceContext:
        ctx = self._accounts.get(id(accounts))
        if ctx is None or ctx._values != (self.account_sid,):
            ctx = InstanceContext(self, accounts, (self._default_account(),))
            self._accounts[id(accounts)] = ctx
        return ctx

    @property
    def account(self) -> InstanceContext:
        """The client's own account (``client.account.fetch()``)."""
        api = desc.domain("api").versions["v2010"]
        return self._account_context(api.roots["accounts"])

    def __repr__(self) -> str:
        where = self.base_url or "twilio.com"
        return f"<{type(self).__name__} account_sid={self.account_sid!r} at {where}>"

    # -- requests

    def _prepare(
        self,
        node: Node,
        op: Operation,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        extra_query: list[tuple[str, str]] | None = None,
    ) -> Request:
        res = node._res
        kwargs = bind_args(res, op, args, kwargs)
        check_params(res, op, kwargs)
        query, form, headers, json_body = serialise(res, op, kwargs)
        path = node._path
        assert path is not None
        url = self._host_for(desc.domain(res.domain).host) + fill_path(path, node._values)
        if extra_query:
            query.extend(extra_query)
        if query:
            url += "?" + query_string(query)
        return self._request(op.method, url, form, headers, json_body)

    def _request(
        self,
        method: str,
        url: str,
        form: list[tuple[str, str]] | None,
        headers: dict[str, str] | None = None,
        json_body: Any = None,
    ) -> Request:
        all_headers = {
            "User-Agent": self.user_agent,
            "Accept": "application/json",
            "Authorization": self._authorization(),
        }
        if headers:
            all_headers.update(headers)
        body: bytes | None = None
        if json_body is not None:
            import json

            body = json.dumps(json_body).encode()
            all_headers["Content-Type"] = "application/json"
        elif form is not None and method in ("POST", "PUT", "PATCH"):
            body = form_body(form)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.request_signer is not None:
            all_headers.update(self.request_signer(method, url, all_headers, body or b""))
        request = Request(method, url, all_headers, body, self.timeout)
        self.last_request = request
        log = _logger(_DEBUG)
        if log is not None:
            log.debug("-> %s %s headers=%s", method, url, request.safe_headers())
        return request

    def _received(self, request: Request, response: Response, started: float) -> None:
        self.last_response = response
        log = _logger(_DEBUG)
        if log is not None:
            ms = (time.perf_counter() - started) * 1000
            log.debug(
                "<- %s %s %d (%d bytes, %.1f ms)",
                request.method,
                request.url,
                response.status,
                len(response.body),
                ms,
            )

    def _retry_delay(
        self, attempt: int, request: Request, response: Response | None, exc: BaseException | None
    ) -> float | None:
        """Seconds to wait before another try, or None to stop."""
        if not self.auto_retry or attempt >= self.max_retries:
            return None
        if exc is not None:
            # A request that may have reached the server is only repeated when repeating is safe.
            if not isinstance(exc, RequestNotSent) and request.method not in _IDEMPOTENT:
                return None
            retry_after = None
        else:
            assert response is not None
            if response.status not in _RETRY_STATUS:
                return None
            retry_after = _retry_after(response.headers.get("retry-after"))
        backoff = min(self.max_backoff, self.retry_backoff * (2**attempt))
        import random

        delay = random.uniform(0, backoff)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_backoff))
        log = _logger(_INFO)
        if log is not None:
            log.info(
                "retrying %s %s in %.2f s (attempt %d)",
                request.method,
                request.url,
                delay,
                attempt + 1,
            )
        return delay

    def _result(self, node: Node, op: Operation, request: Request, response: Response) -> Any:
        data = decode(response, request.method, request.url)
        if op.method == "DELETE":
            return True
        res = node._res
        if not isinstance(data, dict):
            return data
        values = node._values
        if node._instance and res.own_params:
            values = values[: len(values) - res.own_params]
        return Instance(self, res, values, data)

    def _page_request(self, node: Node, op: Operation, kwargs: dict[str, Any]) -> Request:
        extra: list[tuple[str, str]] = []
        for key, api in (
            ("page_size", "PageSize"),
            ("page_number", "Page"),
            ("page_token", "PageToken"),
        ):
            value = kwargs.pop(key, None)
            if value is not None:
                if key == "page_size" and not (isinstance(value, int) and 1 <= value <= 1000):
                    raise ValueError(f"page_size must be an integer from 1 to 1000, got {value!r}")
                extra.append((api, str(value)))
        return self._prepare(node, op, (), kwargs, extra)

    def _make_page(self, node: Node, request: Request, response: Response) -> Page:
        data = decode(response, request.method, request.url)
        res = node._res
        if not isinstance(data, dict):
            data = {}
        key = res.list_key
        meta = data.get("meta")
        if isinstance(meta, dict):
            key = meta.get("key") or key
            nxt, prev = meta.get("next_page_url"), meta.get("previous_page_url")
        else:
            nxt, prev = data.get("next_page_uri"), data.get("previous_page_uri")
        rows = data.get(key or "", [])
        if not isinstance(rows, list):
            rows = []
        values = node._values
        records = [Instance(self, res, values, row) for row in rows]
        base = self._host_for(desc.domain(res.domain).host)
        return Page(
            self, node, records, request.url, self._absolute(base, nxt), self._absolute(base, prev)
        )

    @staticmethod
    def _absolute(base: str, link: str | None) -> str | None:
        if not link:
            return None
        if link.startswith("/"):
            return base + link
        if link.startswith(base):
            return link
        from urllib.parse import urlsplit

        parts = urlsplit(link)
        if parts.hostname and parts.hostname.endswith("twilio.com"):
            return base + parts.path + (f"?{parts.query}" if parts.query else "")
        return link

    @staticmethod
    def _split_list_kwargs(kwargs: dict[str, Any]) -> tuple[int | None, int | None]:
        limit = kwargs.pop("limit", None)
        page_size = kwargs.pop("page_size", None)
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise ValueError(f"limit must be a non-negative integer, got {limit!r}")
        if page_size is None:
            page_size = min(limit, 1000) if limit else 50
        return limit, page_size

    def _link_request(self, url: str) -> Request:
        return self._request("GET", url, None)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Client(BaseClient):
    """The synchronous Twilio REST client.

    ``Client(account_sid, auth_token)``, ``Client(api_key, api_secret, account_sid)``
    or ``Client()`` with credentials from the environment. Pass ``base_url`` (or set
    ``CALLBOX_BASE_URL``) to send every request to a local sandbox instead of Twilio.
    """

    _transport: Transport | None

    def _sender(self) -> Transport:
        transport = self._transport
        if transport is None:
            from ._pool import HTTPTransport

            transport = self._transport = HTTPTransport(proxy=self._proxy, ca_bundle=self.ca_bundle)
        return transport

    def _send(self, request: Request) -> Response:
        transport = self._sender()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = transport.send(request)
            except TransportError as exc:
                delay = self._retry_delay(attempt, request, None, exc)
                if delay is None:
                    raise
            else:
                self._received(request, response, started)
                delay = self._retry_delay(attempt, request, response, None)
                if delay is None:
                    return response
            attempt += 1
            time.sleep(delay)

    def _call(self, node: Node, op: Operation, *args: Any, **kwargs: Any) -> Any:
        request = self._prepare(node, op, args, kwargs)
        return self._result(node, op, request, self._send(request))

    def _page(self, node: Node, op: Operation, **kwargs: Any) -> Page:
        request = self._page_request(node, op, kwargs)
        return self._make_page(node, request, self._send(request))

    def _get_page(self, node: Node, op: Operation, target_url: str) -> Page:
        request = self._link_request(target_url)
        return self._make_page(node, request, self._send(request))

    def _page_at(self, node: Node, url: str | None) -> Page | None:
        if not url:
            return None
        request = self._link_request(url)
        return self._make_page(node, request, self._send(request))

    def _stream(self, node: Node, op: Operation, **kwargs: Any) -> Iterator[Instance]:
        limit, page_size = self._split_list_kwargs(kwargs)
        first = self._page_request(node, op, {**kwargs, "page_size": page_size})

        def records() -> Iterator[Instance]:
            page: Page | None = self._make_page(node, first, self._send(first))
            count = 0
            while page is not None:
                for record in page.records:
                    yield record
                    count += 1
                    if limit is not None and count >= limit:
                        return
                url = page.next_page_url
                page = None  # let the finished page go before fetching the next
                page = self._page_at(node, url)

        return records()

    def _list(self, node: Node, op: Operation, **kwargs: Any) -> list[Instance]:
        return list(self._stream(node, op, **kwargs))

    def request(
        self,
        method: str,
        uri: str,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Send any request with the client's credentials and settings; returns the raw response."""
        if params:
            uri += ("&" if "?" in uri else "?") + query_string(list(params.items()))
        form = list(data.items()) if data else []
        request = self._request(method.upper(), uri, form, dict(headers or {}))
        return self._send(request)

    def close(self) -> None:
        """Close pooled connections."""
        if self._transport is not None:
            self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(BaseClient):
    """The asyncio Twilio REST client: the same tree, every operation awaited.

    ``await client.messages.create(...)``, ``async for m in client.messages.stream()``,
    ``await client.messages.list()``. Use ``async with AsyncClient(...) as client`` or
    ``await client.close()``.
    """

    _transport: AsyncTransport | None

    def _sender(self) -> AsyncTransport:
        transport = self._transport
        if transport is None:
            from ._async_transport import AiohttpTransport

            transport = self._transport = AiohttpTransport(
                proxy=self._proxy, ca_bundle=self.ca_bundle
            )
        return transport

    async def _send(self, request: Request) -> Response:
        transport = self._sender()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await transport.send(request)
            except TransportError as exc:
                delay = self._retry_delay(attempt, request, None, exc)
                if delay is None:
                    raise
            else:
                self._received(request, response, started)
                delay = self._retry_delay(attempt, request, response, None)
                if delay is None:
                    return response
            attempt += 1
            import asyncio

            await asyncio.sleep(delay)

    async def _call(self, node: Node, op: Operation, *args: Any, **kwargs: Any) -> Any:
        request = self._prepare(node, op, args, kwargs)
        return self._result(node, op, request, await self._send(request))

    async def _page(self, node: Node, op: Operation, **kwargs: Any) -> Page:
        request = self._page_request(node, op, kwargs)
        return self._make_page(node, request, await self._send(request))

    async def _get_page(self, node: Node, op: Operation, target_url: str) -> Page:
        request = self._link_request(target_url)
        return self._make_page(node, request, await self._send(request))

    async def _page_at(self, node: Node, url: str | None) -> Page | None:
        if not url:
            return None
        request = self._link_request(url)
        return self._make_page(node, request, await self._send(request))

    def _stream(self, node: Node, op: Operation, **kwargs: Any) -> AsyncIterator[Instance]:
        limit, page_size = self._split_list_kwargs(kwargs)
        first = self._page_request(node, op, {**kwargs, "page_size": page_size})

        async def records() -> AsyncIterator[Instance]:
            page: Page | None = self._make_page(node, first, await self._send(first))
            count = 0
            while page is not None:
                for record in page.records:
                    yield record
                    count += 1
                    if limit is not None and count >= limit:
                        return
                url = page.next_page_url
                page = None
                page = await self._page_at(node, url)

        return records()

    async def _list(self, node: Node, op: Operation, **kwargs: Any) -> list[Instance]:
        return [record async for record in self._stream(node, op, **kwargs)]

    async def request(
        self,
        method: str,
        uri: str,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Send any request with the client's credentials and settings; returns the raw response."""
        if params:
            uri += ("&" if "?" in uri else "?") + query_string(list(params.items()))
        form = list(data.items()) if data else []
        return await self._send(self._request(method.upper(), uri, form, dict(headers or {})))

    async def close(self) -> None:
        """Close pooled connections."""
        if self._transport is not None:
            await self._transport.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
