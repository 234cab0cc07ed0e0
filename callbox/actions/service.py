"""The JSON actions over HTTP: a small Starlette app for tools that call blocks by URL.

* ``POST /makeCall``, ``POST /sendMessage``, ``POST /sendMediaMessage`` with the
  action's JSON object answer ``200`` with the block's JSON (``callback`` is
  ``success`` or ``error``).
* ``GET /`` describes the actions and their fields.
* Refused with ``403``: requests whose ``Host`` is not the address served (no DNS
  rebinding), whose ``Origin`` is another site, or that a browser marks
  ``Sec-Fetch-Site: cross-site``/``same-site``. Bodies must be ``application/json``
  (``415`` otherwise), which no web page can send cross-site without a CORS
  preflight, and this app answers no preflight. At most 1 MiB (``413``).

Credentials travel in each payload: the service holds none of its own.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import describe
from ._fields import ACTIONS
from ._run import error, run_json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["create_app"]

MAX_BODY = 1 << 20
_LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def _refuse(status: int, message: str) -> Response:
    return JSONResponse(error(message), status_code=status)


def create_app(
    *, base_url: str | None = None, port: int = 8788, hosts: Iterable[str] = _LOOPBACK
) -> Starlette:
    """The service for requests to ``hosts`` on ``port``; calls go to ``base_url`` if given."""
    allowed_hosts = {f"{h}:{port}" for h in hosts} | ({*hosts} if port == 80 else set())
    origins = {f"http://{h}" for h in allowed_hosts}

    def cross_site(request: Request) -> str | None:
        if request.headers.get("host", "").lower() not in allowed_hosts:
            return "requests must be addressed to this service's own host and port"
        origin = request.headers.get("origin")
        if origin is not None and origin.lower() not in origins:
            return "cross-site requests are refused"
        site = request.headers.get("sec-fetch-site")
        if site is not None and site.lower() not in ("same-origin", "none"):
            return "cross-site requests are refused"
        return None

    async def index(request: Request) -> Response:
        refused = cross_site(request)
        if refused:
            return _refuse(403, refused)
        return JSONResponse({"actions": describe()})

    async def action(request: Request) -> Response:
        refused = cross_site(request)
        if refused:
            return _refuse(403, refused)
        name = request.path_params["name"]
        if name not in ACTIONS:
            return _refuse(404, f"Unknown action {name!r}; actions: {', '.join(ACTIONS)}")
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            return _refuse(415, "Send the action's fields as application/json")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return _refuse(413, "The input is larger than 1 MiB")
        result = await run_in_threadpool(run_json, name, body, base_url=base_url)
        return JSONResponse(result)

    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/{name}", action, methods=["POST"]),
        ]
    )
