"""Malformed input anywhere is answered with a 4xx Twilio error, never a 5xx.

Hypothesis throws garbage SIDs, broken query strings, random bodies, wrong
content types and odd methods at a sample of described paths (plus the control
API) over real HTTP.
"""

from __future__ import annotations

import base64
import os
import random
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callbox.sandbox import Sandbox
from callbox.sandbox._routes import routes

_rng = random.Random(5)
_ROUTES = routes()
_SAMPLE = sorted(_rng.sample(_ROUTES, 120), key=lambda r: r.path) + [
    r for r in _ROUTES if "Messages" in r.path or r.resource.qualified_name == "api.v2010.accounts"
]

_SEGMENT = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/?#"), max_size=40),
    st.from_regex(r"[A-Z]{2}[0-9a-f]{32}", fullmatch=True),
    st.sampled_from(["", ".", "..", "%00", "%ff", "AC", "null", "-1", "x" * 300]),
)
_CTYPES = st.sampled_from(
    [
        None,
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=latin-1",
        "application/json",
        "multipart/form-data; boundary=zz",
        "text/plain",
        "application/xml",
        "garbage",
        "",
    ]
)
_BODY = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(
        st.tuples(
            st.sampled_from(["To", "From", "Body", "FriendlyName", "Status", "PageSize", "Sid"]),
            st.text(max_size=30),
        ),
        max_size=6,
    ).map(lambda pairs: httpx.QueryParams(tuple(pairs)).__str__().encode()),
    st.sampled_from([b"%", b"a=%zz", b"=&=&", b"{", b"[1,2]", b'{"a": NaN}', b"\xff\xfe"]),
)
_QUERY = st.one_of(
    st.just(""),
    st.lists(
        st.tuples(
            st.sampled_from(["PageSize", "Page", "PageToken", "To", "Status", "x", ""]),
            st.one_of(
                st.integers(-(10**20), 10**20).map(str),
                st.text(max_size=20),
                st.sampled_from(["PT1", "PP-1", "PT99999999999999999999", "1e3", "NaN"]),
            ),
        ),
        max_size=4,
    ).map(lambda pairs: str(httpx.QueryParams(tuple(pairs)))),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)


def _path(route_index: int, segments: list[str], sandbox: Sandbox, keep_account: bool) -> str:
    route = _SAMPLE[route_index % len(_SAMPLE)]
    it: Iterator[str] = iter(segments)

    def fill(m: re.Match[str]) -> str:
        if m.group(1) == "AccountSid" and keep_account:
            return sandbox.account_sid
        value = next(it, "XX")
        return quote(value, safe="%") if value else ""

    return f"/{route.label}" + re.sub(r"\{([^}]+)\}", fill, route.path)


@pytest.fixture(scope="module")
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.base_url, auth=(sandbox.account_sid, sandbox.auth_token), timeout=30
    ) as client:
        yield client


def _check(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400 and response.request.method != "HEAD":
        body: Any = response.json()
        assert {"code", "message", "more_info", "status"} <= set(body)
        assert body["status"] == response.status_code


@settings(
    max_examples=int(os.environ.get("CALLBOX_FUZZ_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
@given(
    route_index=st.integers(0, 10_000),
    segments=st.lists(_SEGMENT, max_size=4),
    keep_account=st.booleans(),
    method=st.sampled_from(["GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"]),
    query=_QUERY,
    body=_BODY,
    ctype=_CTYPES,
    authorization=st.one_of(
        st.none(),
        st.none(),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
        st.binary(max_size=40).map(lambda b: "Basic " + base64.b64encode(b).decode()),
        st.sampled_from(["Basic", "Basic ", "Basic ===", "Digest x", "Basic Og=="]),
    ),
)
def test_garbage_requests_never_get_a_5xx(
    sandbox: Sandbox,
    http: httpx.Client,
    route_index: int,
    segments: list[str],
    keep_account: bool,
    method: str,
    query: str,
    body: bytes,
    ctype: str | None,
    authorization: str | None,
) -> None:
    path = _path(route_index, segments, sandbox, keep_account)
    url = path + ("?" + query if query else "")
    headers = {"Content-Type": ctype} if ctype is not None else {}
    if authorization is not None:
        headers["Authorization"] = authorization
    content = body if method in ("POST", "PUT", "PATCH", "DELETE") else None
    try:
        request = http.build_request(method, url, content=content, headers=headers)
    except (httpx.InvalidURL, UnicodeError):
        return  # the client refuses to send it, so the server never sees it
    _check(http.send(request))


@settings(
    max_examples=int(os.environ.get("CALLBOX_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=True,
)
@given(
    path=st.sampled_from(
        [
            "/_sandbox/numbers",
            "/_sandbox/short_codes",
            "/_sandbox/events",
            "/_sandbox/reset",
            "/_sandbox/settings",
            "/_sandbox/phones/{}/messages",
            "/_sandbox/phones/{}/inbox",
            "/_sandbox/records/{}",
        ]
    ),
    segment=_SEGMENT,
    method=st.sampled_from(["GET", "POST"]),
    query=_QUERY,
    body=_BODY,
    ctype=_CTYPES,
)
def test_control_api_garbage_never_gets_a_5xx(
    http: httpx.Client,
    path: str,
    segment: str,
    method: str,
    query: str,
    body: bytes,
    ctype: str | None,
) -> None:
    if path == "/_sandbox/reset":
        method = "GET"  # resetting in a loop would only slow the run down
    filled = path.replace("{}", quote(segment, safe="%") or "x")
    headers = {"Content-Type": ctype} if ctype is not None else {}
    try:
        request = http.build_request(
            method,
            filled + ("?" + query if query else ""),
            content=body if method == "POST" else None,
            headers=headers,
        )
    except (httpx.InvalidURL, UnicodeError):
        return
    _check(http.send(request))


def test_raw_socket_oddities_are_refused_cleanly(sandbox: Sandbox) -> None:
    import socket

    host = f"Host: 127.0.0.1:{sandbox.port}".encode()  # past the guard: the oddity is tested
    cases = [
        b"POST /verify/v2/Services HTTP/1.1\r\nHOST\r\nContent-Length: abc\r\n\r\n",
        b"POST /verify/v2/Services HTTP/1.1\r\nHOST\r\nContent-Length: 99999999999\r\n\r\nx",
        b"GET /%ff%fe/../../etc/passwd HTTP/1.1\r\nHOST\r\n\r\n",
        b"GET /api/2010-04-01/Accounts.json?%zz=%zz HTTP/1.1\r\nHOST\r\n\r\n",
        b"GET /api/2010-04-01/Accounts.json HTTP/1.1\r\nHost: x\r\n\r\n",
    ]
    for raw in (case.replace(b"HOST", host) for case in cases):
        with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
            sock.sendall(raw)
            data = sock.recv(65536)
        status = int(data.split(b" ", 2)[1])
        assert 400 <= status < 500, (raw, data[:200])
