"""The console's routes: the page at ``/``, its assets, and the API catalog.

================================  =====================================================
``GET /``                         the console page (open: it holds no secret; the page
                                  asks for the credentials, or reads them from the URL's
                                  fragment, which never reaches the server)
``GET /_sandbox/console/{file}``  its assets (ES modules, CSS), open for the same reason
``GET /_sandbox/api``             the API description's domains (control API:
                                  credentials needed)
``GET /_sandbox/api/{domain}``    one domain's resources, operations and parameters
================================  =====================================================

Assets are read once, kept in memory with a strong ETag and a gzip copy, and served with
a Content-Security-Policy that allows only the sandbox itself (images excepted: MMS
thumbnails may live anywhere), no framing, and no referrer.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Final

from starlette.requests import Request
from starlette.responses import Response

from .._control import handled, main_context
from .._hooks import route
from ..errors import SandboxError
from .catalog import domain_catalog, domains

__all__: list[str] = []

STATIC: Final = Path(__file__).resolve().parent / "static"

_TYPES: Final = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".json": "application/json",
}

#: What the page may load and talk to: the sandbox only (images and audio excepted).
CSP: Final = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob: http: https:",
        "media-src 'self' http: https:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

_SECURITY: Final = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class _Asset:
    __slots__ = ("body", "etag", "gzipped", "media_type")

    def __init__(self, body: bytes, media_type: str) -> None:
        self.body = body
        self.media_type = media_type
        self.etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        packed = gzip.compress(body, 9, mtime=0)
        self.gzipped = packed if len(packed) < len(body) else None


_ASSETS: dict[str, _Asset] = {}


def _assets() -> dict[str, _Asset]:
    """Every file under ``static/`` by its relative path (read on first use)."""
    if not _ASSETS:
        for path in sorted(STATIC.rglob("*")):
            media_type = _TYPES.get(path.suffix)
            if path.is_file() and media_type is not None:
                name = path.relative_to(STATIC).as_posix()
                _ASSETS[name] = _Asset(path.read_bytes(), media_type)
    return _ASSETS


def _serve(request: Request, asset: _Asset, cache: str) -> Response:
    headers = {**_SECURITY, "ETag": asset.etag, "Cache-Control": cache, "Vary": "Accept-Encoding"}
    if asset.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    body = asset.body
    if asset.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        body = asset.gzipped
        headers["Content-Encoding"] = "gzip"
    return Response(body, headers=headers, media_type=asset.media_type)


def _json(request: Request, data: object) -> Response:
    body = json.dumps(data, separators=(",", ":")).encode()
    headers = {"Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
    if len(body) > 1024 and "gzip" in request.headers.get("accept-encoding", ""):
        body = gzip.compress(body, 6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, headers=headers, media_type="application/json")


@route("/", ("GET",))
async def page(request: Request) -> Response:
    """The console's page."""
    return _serve(request, _assets()["index.html"], "no-cache")


@route("/_sandbox/console/{name:path}", ("GET",))
@handled
async def asset(request: Request) -> Response:
    """One of the console's files (a fixed set: nothing outside ``static/`` is reachable)."""
    name = request.path_params["name"]
    found = _assets().get(name)
    if found is None or name == "index.html":
        raise SandboxError(
            404, 20404, f"The requested resource /_sandbox/console/{name[:80]} was not found"
        )
    return _serve(request, found, "no-cache")


@route("/_sandbox/api", ("GET",))
@handled
async def api_index(request: Request) -> Response:
    """The description's domains."""
    main_context(request)
    return _json(request, {"domains": domains()})


@route("/_sandbox/api/{domain}", ("GET",))
@handled
async def api_domain(request: Request) -> Response:
    """One domain's resources and operations."""
    main_context(request)
    name = request.path_params["domain"]
    try:
        found = domain_catalog(name)
    except KeyError:
        raise SandboxError(404, 20404, f"No API domain named {name[:60]!r}") from None
    return _json(request, found)
