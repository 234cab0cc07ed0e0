"""Cross-site protection: forged Host, Origin and Sec-Fetch-Site headers over real HTTP.

Browsers send ``Origin`` and ``Sec-Fetch-Site`` and cannot forge them; these tests send
what a foreign page's requests would carry, and what a DNS-rebinding page's would.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from callbox.sandbox._guard import allowed_host, host_allowed, origin_allowed

from .conftest import Raw


def _code(answer: httpx.Response) -> tuple[int, int]:
    return answer.status_code, int(answer.json()["code"])


@pytest.mark.parametrize(
    "host",
    ["evil.example:{port}", "evil.example", "127.0.0.1:1", "localhost.evil.example:{port}", ""],
)
def test_a_request_for_another_host_is_refused(raw: Raw, acct: str, host: str) -> None:
    # DNS rebinding: the attacker's name resolves to 127.0.0.1, the Host header keeps it.
    headers = {"Host": host.format(port=raw.sandbox.port)}
    answer = raw.get(f"{acct}/Messages.json", headers=headers)
    assert _code(answer) == (403, 20001)
    assert "Invalid Host header" in answer.json()["message"]
    assert _code(raw.get("/_sandbox/health", headers=headers)) == (403, 20001)
    assert _code(raw.get("/", headers=headers)) == (403, 20001)  # the console page too


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1:{port}",
        "localhost:{port}",
        "LOCALHOST:{port}",
        "127.1.2.3:{port}",
        "app.localhost:{port}",
        "[::1]:{port}",
    ],
)
def test_loopback_names_with_the_sandbox_port_are_served(raw: Raw, acct: str, host: str) -> None:
    answer = raw.get(f"{acct}/Messages.json", headers={"Host": host.format(port=raw.sandbox.port)})
    assert answer.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},  # sandboxed frames, file:// pages
        {"Origin": "http://127.0.0.1:1"},  # another local server is another origin
        {"Origin": "https://127.0.0.1:{port}"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # another port of 127.0.0.1
        {"Sec-Fetch-Site": "same-site", "Origin": "http://127.0.0.1:{port}"},
    ],
)
def test_state_changes_from_another_site_are_refused(
    raw: Raw, acct: str, headers: dict[str, str]
) -> None:
    port = raw.sandbox.port
    forged = {k: v.format(port=port) for k, v in headers.items()}
    before = len(raw.sandbox.client.queues.list())
    for method, path, data in [
        ("POST", f"{acct}/Queues.json", {"FriendlyName": "from elsewhere"}),
        ("POST", "/_sandbox/reset", {}),
        ("POST", "/_sandbox/numbers", {"PhoneNumber": "+14155550188"}),
        ("DELETE", f"{acct}/Queues/QU{'0' * 32}.json", None),
    ]:
        answer = raw.request(method, path, data=data, headers=forged)
        assert _code(answer) == (403, 20003), (method, path, answer.text)
        assert answer.json()["message"].startswith("Permission denied")
    assert len(raw.sandbox.client.queues.list()) == before


def test_the_control_api_refuses_other_sites_even_for_reading(raw: Raw) -> None:
    for path in ["/_sandbox/events", "/_sandbox/health", "/_sandbox/settings", "/_sandbox/api"]:
        answer = raw.get(path, headers={"Origin": "http://evil.example"})
        assert _code(answer) == (403, 20003), path
        answer = raw.get(path, headers={"Sec-Fetch-Site": "cross-site"})
        assert _code(answer) == (403, 20003), path


def test_reading_the_rest_api_from_a_link_elsewhere_is_not_state_changing(
    raw: Raw, acct: str
) -> None:
    # A GET of the REST API with Sec-Fetch-Site cross-site changes nothing and its answer
    # cannot be read by the foreign page (no CORS): it is served like any GET.
    answer = raw.get(f"{acct}/Messages.json", headers={"Sec-Fetch-Site": "cross-site"})
    assert answer.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"},
        {"Origin": "http://localhost:{port}"},
        {"Sec-Fetch-Site": "none"},  # typed in the address bar, a bookmark
        {},  # every client that is not a browser
    ],
)
def test_the_sandbox_own_pages_and_other_clients_get_through(
    raw: Raw, headers: dict[str, str]
) -> None:
    forged = {k: v.format(port=raw.sandbox.port) for k, v in headers.items()}
    answer = raw.post("/_sandbox/settings", data={}, headers=forged)
    assert answer.status_code == 200, answer.text


def test_no_answer_opens_the_sandbox_to_other_origins(raw: Raw, acct: str) -> None:
    preflight = raw.request(
        "OPTIONS",
        f"{acct}/Messages.json",
        headers={
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert preflight.status_code >= 400
    for answer in (preflight, raw.get(f"{acct}/Messages.json"), raw.get("/")):
        assert not [h for h in answer.headers if h.lower().startswith("access-control-")]


def test_more_names_it_was_told_to_answer_to() -> None:
    from callbox.sandbox._app import create_app
    from callbox.sandbox.behaviours._serve import serve

    app: Any = create_app(allowed_hosts=("Box.Internal:9000",))  # a port forwarded to it
    with serve(app) as served:
        app.state.sandbox.base_url = served.url
        port = served.url.rsplit(":", 1)[1]
        state = app.state.sandbox
        auth = (state.main_account_sid, state.main_auth_token)
        with httpx.Client(base_url=served.url, auth=auth) as http:
            assert http.get("/_sandbox/health", headers={"Host": "box.internal:9000"}).is_success
            origin = {"Host": "box.internal:9000", "Origin": "http://box.internal:9000"}
            assert http.post("/_sandbox/settings", headers=origin).is_success
            refused = http.get("/_sandbox/health", headers={"Host": f"box.internal:{port}"})
            assert _code(refused) == (403, 20001)


def test_host_and_origin_rules() -> None:
    assert host_allowed("0.0.0.0:8787", 8787, "0.0.0.0")  # the address it listens on
    assert host_allowed("127.0.0.1", 80, "127.0.0.1")  # no port: 80
    assert not host_allowed("127.0.0.1", 8787)
    assert not host_allowed("[::1", 8787) and not host_allowed("[::1]x", 8787)
    assert not host_allowed("127.0.0.1:87a7", 8787)
    assert not origin_allowed("http://127.0.0.1:8787/path", 8787)
    assert not origin_allowed("http://user@127.0.0.1:8787", 8787)
    assert allowed_host("[::1]:80") == "::1:80"
    for bad in ("nohost", ":80", "host:port", "host:123456"):
        with pytest.raises(ValueError, match="HOST:PORT"):
            allowed_host(bad)


def test_the_cli_checks_the_names_it_is_told() -> None:
    from click.testing import CliRunner

    from callbox.cli._root import cli

    bad = CliRunner().invoke(cli, ["sandbox", "--allow-host", "nope", "--port", "0"])
    assert bad.exit_code == 2 and "expected HOST:PORT" in bad.output
