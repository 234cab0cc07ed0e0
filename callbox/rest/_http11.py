"""HTTP/1.1 on the wire, without I/O: encode a request, parse a response.

Both default transports (blocking sockets and asyncio) use this codec, so the
protocol logic exists once and each transport is only its I/O loop. It speaks
the subset a REST client needs: one request at a time per connection,
keep-alive, ``Content-Length``, chunked and read-until-close bodies.
"""

from __future__ import annotations

from ..errors import ConnectionError
from ._transport import Response

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping


class ProtocolError(ConnectionError):
    """The server's answer was not valid HTTP/1.1."""


_MAX_HEAD = 64 * 1024


def encode_request(
    method: str, target: str, host: str, headers: Mapping[str, str], body: bytes | None
) -> bytes:
    """The bytes of one request; refuses header names or values that would split it."""
    parts = [f"{method} {target} HTTP/1.1\r\nHost: {host}\r\n"]
    for name, value in headers.items():
        if "\n" in value or "\r" in value or "\n" in name or "\r" in name or ":" in name:
            raise ValueError(f"header {name!r} contains a line break or colon")
        parts.append(f"{name}: {value}\r\n")
    if body is not None:
        parts.append(f"Content-Length: {len(body)}\r\n\r\n")
        return "".join(parts).encode("latin-1") + body
    if method in ("POST", "PUT", "PATCH"):
        parts.append("Content-Length: 0\r\n")
    parts.append("\r\n")
    return "".join(parts).encode("latin-1")


class ResponseParser:
    """Feed it bytes as they arrive; ``done`` turns true when a response is complete."""

    __slots__ = (
        "_buf",
        "_chunk_left",
        "_length",
        "_mode",
        "body",
        "done",
        "headers",
        "keep_alive",
        "no_body",
        "status",
    )

    def __init__(self, no_body: bool = False) -> None:
        self._buf = bytearray()
        self._mode = "head"  # head, length, chunk-size, chunk-data, chunk-trailer, close
        self._length = 0
        self._chunk_left = 0
        self.no_body = no_body  # HEAD requests and CONNECT answers carry no body
        self.status = 0
        self.headers: dict[str, str] = {}
        self.body = bytearray()
        self.keep_alive = True
        self.done = False

    def feed(self, data: bytes) -> None:
        self._buf += data
        while not self.done:
            mode = self._mode
            if mode == "head":
                if not self._head():
                    return
            elif mode == "length":
                need = self._length - len(self.body)
                take = self._buf[:need]
                self.body += take
                del self._buf[: len(take)]
                if len(self.body) < self._length:
                    return
                self.done = True
            elif mode == "close":
                self.body += self._buf
                self._buf.clear()
                return
            elif not self._chunked():
                return

    def eof(self) -> None:
        """The server closed the connection: completes a read-until-close body."""
        if self._mode == "close" and not self.done:
            self.done = True
            self.keep_alive = False
            return
        if not self.done:
            raise ProtocolError("connection closed before the response was complete")

    def response(self) -> Response:
        return Response(self.status, self.headers, bytes(self.body))

    def _head(self) -> bool:
        buf = self._buf
        end = buf.find(b"\r\n\r\n")
        if end < 0:
            if len(buf) > _MAX_HEAD:
                raise ProtocolError("response headers are too large")
            return False
        lines = bytes(buf[:end]).decode("latin-1").split("\r\n")
        del buf[: end + 4]
        status_line = lines[0]
        try:
            version, code = status_line.split(" ", 2)[:2]
            status = int(code)
        except ValueError:
            raise ProtocolError(f"bad status line {status_line[:80]!r}") from None
        if not version.startswith("HTTP/1."):
            raise ProtocolError(f"unsupported protocol {version[:20]!r}")
        if 100 <= status < 200 and status != 101:
            return True  # an interim answer: the real one follows
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep:
                raise ProtocolError(f"bad header line {line[:80]!r}")
            key = name.strip().lower()
            value = value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        self.status = status
        self.headers = headers
        connection = headers.get("connection", "").lower()
        self.keep_alive = (version == "HTTP/1.1" and "close" not in connection) or (
            "keep-alive" in connection
        )
        if self.no_body or status in (204, 304):
            self.done = True
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            self._mode = "chunk-size"
        elif "content-length" in headers:
            try:
                self._length = int(headers["content-length"])
            except ValueError:
                raise ProtocolError("bad Content-Length") from None
            self._mode = "length"
            if self._length == 0:
                self.done = True
        else:
            self._mode = "close"
            self.keep_alive = False
        return True

    def _chunked(self) -> bool:
        buf = self._buf
        if self._mode == "chunk-size":
            end = buf.find(b"\r\n")
            if end < 0:
                return False
            size_text = bytes(buf[:end]).split(b";", 1)[0].strip()
            del buf[: end + 2]
            try:
                self._chunk_left = int(size_text, 16)
            except ValueError:
                raise ProtocolError("bad chunk size") from None
            self._mode = "chunk-trailer" if self._chunk_left == 0 else "chunk-data"
            return True
        if self._mode == "chunk-data":
            if len(buf) < self._chunk_left + 2:
                return False
            self.body += buf[: self._chunk_left]
            del buf[: self._chunk_left + 2]
            self._mode = "chunk-size"
            return True
        # chunk-trailer: skip trailer lines up to the empty one
        end = buf.find(b"\r\n")
        if end < 0:
            return False
        del buf[: end + 2]
        if end == 0:
            self.done = True
        return True


def split_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, request target) of an absolute http(s) URL."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ("http", "https"):
        raise ValueError(f"not an http(s) URL: {url!r}")
    authority, slash, path = rest.partition("/")
    target = (slash + path).split("#", 1)[0] or "/"
    if "@" in authority:
        raise ValueError("credentials in the URL are not supported; the client sends its own")
    host, port = authority, 443 if scheme == "https" else 80
    if authority.startswith("["):
        end = authority.find("]")
        host = authority[1:end]
        if authority[end + 1 : end + 2] == ":":
            port = int(authority[end + 2 :])
    elif ":" in authority:
        host, _, port_text = authority.rpartition(":")
        port = int(port_text)
    if target[0] == "?":
        target = "/" + target
    return scheme, host, port, target


def host_header(scheme: str, host: str, port: int) -> str:
    default = 443 if scheme == "https" else 80
    name = f"[{host}]" if ":" in host else host
    return name if port == default else f"{name}:{port}"


def proxy_authorization(proxy_url: str) -> tuple[str, int, dict[str, str]]:
    """Host, port and headers for talking to a proxy given as a URL."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(proxy_url)
    headers: dict[str, str] = {}
    if parts.username:
        import base64

        cred = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Proxy-Authorization"] = "Basic " + base64.b64encode(cred).decode()
    return parts.hostname or "", parts.port or 8080, headers
