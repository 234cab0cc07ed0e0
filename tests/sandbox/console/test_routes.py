"""The console's server side, over HTTP: the page and its assets, the API catalog, the
console link, and what ships in the package.  (No browser needed.)"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from callbox.sandbox import Sandbox
from callbox.sandbox.console.routes import CSP, STATIC

from ..conftest import Raw

FIRST_LOAD_BUDGET = 300 * 1024


def test_the_page_is_served_with_a_strict_policy(sandbox: Sandbox) -> None:
    page = httpx.get(sandbox.base_url + "/")  # no credentials: the page holds no secret
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["content-security-policy"] == CSP
    assert "frame-ancestors 'none'" in CSP and "connect-src 'self'" in CSP
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert '<script type="module" src="/_sandbox/console/js/main.js">' in page.text


def test_assets_are_cached_by_etag_and_gzipped(sandbox: Sandbox) -> None:
    url = sandbox.base_url + "/_sandbox/console/js/main.js"
    first = httpx.get(url, headers={"Accept-Encoding": "gzip"})
    assert first.status_code == 200 and first.headers["content-encoding"] == "gzip"
    assert first.headers["content-type"] == "text/javascript; charset=utf-8"
    assert first.content == (STATIC / "js" / "main.js").read_bytes()  # httpx un-gzips
    again = httpx.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    plain = httpx.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == first.content


@pytest.mark.parametrize(
    "name", ["nope.js", "../routes.py", "..%2f..%2f__init__.py", "index.html", "js/"]
)
def test_nothing_but_the_console_files_is_served(sandbox: Sandbox, name: str) -> None:
    answer = httpx.get(sandbox.base_url + "/_sandbox/console/" + name)
    assert answer.status_code == 404 and answer.json()["code"] == 20404


def test_the_first_load_fits_the_budget() -> None:
    """Everything the page loads before it is usable (the HTML, the CSS, every module)."""
    files = [p for p in STATIC.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} <= {".html", ".css", ".js"}
    total = sum(p.stat().st_size for p in files)
    packed = sum(len(gzip.compress(p.read_bytes())) for p in files)
    print(f"console first load: {total} bytes, {packed} gzipped")
    assert total <= FIRST_LOAD_BUDGET


def test_the_api_catalog(raw: Raw) -> None:
    domains = raw.get("/_sandbox/api").json()["domains"]
    names = {d["name"]: d for d in domains}
    assert names["flex_api"]["label"] == "flex-api" and names["api"]["versions"] == ["v2010"]
    api = raw.get("/_sandbox/api/api", headers={"Accept-Encoding": "gzip"})
    assert api.headers["content-encoding"] == "gzip"
    resources = {r["name"]: r for r in api.json()["resources"]}
    messages = resources["v2010.accounts.messages"]
    assert messages["py"] == [["accounts", 1], ["messages", 0]] and messages["own"] == 1
    create = next(o for o in messages["ops"] if o["op"] == "create")
    assert create["method"] == "POST" and create["path"].endswith("/Messages.json")
    assert ["To", "to", "f", "s", 1] in create["params"]
    retention = next(p for p in create["params"] if p[0] == "ContentRetention")
    assert retention[5] == ["retain", "discard"]
    assert raw.get("/_sandbox/api/nope").json()["code"] == 20404
    assert raw.as_(raw.sandbox.account_sid, "wrong").get("/_sandbox/api").status_code == 401


def test_the_catalog_chains_are_what_the_client_walks() -> None:
    """Every ``py`` chain the console writes reaches the same path on callbox.Client."""
    from callbox import Client
    from callbox.sandbox.console.catalog import domain_catalog, domains

    client = Client("AC" + "0" * 32, "token", base_url="http://127.0.0.1:9")
    checked = 0
    for domain in domains():
        for res in domain_catalog(domain["name"])["resources"]:
            if res["py"] is None:
                continue
            for op in res["ops"]:
                ids = iter(f"X{i}" for i in range(20))
                node = getattr(getattr(client, domain["name"]), res["name"].split(".")[0])
                steps = [list(s) for s in res["py"]]
                steps[-1][1] = res["own"] if op["instance"] else 0
                for name, count in steps:
                    node = getattr(node, name)
                    if count:
                        node = node(*[next(ids) for _ in range(count)])
                assert node._path == op["path"], (res["name"], op["op"])
                checked += 1
    assert checked > 1000


def test_the_console_link_carries_the_credentials_in_its_fragment(sandbox: Sandbox) -> None:
    url = sandbox.console_url
    assert url == (f"{sandbox.base_url}/#account={sandbox.account_sid}&token={sandbox.auth_token}")


def test_the_events_tail(raw: Raw) -> None:
    raw.sandbox.reset()
    for i in range(5):
        raw.post("/_sandbox/numbers", data={"PhoneNumber": f"+1415555020{i}"})
    tail = raw.get("/_sandbox/events", params={"tail": 2}).json()
    assert [e["phone_number"] for e in tail["events"]] == ["+14155550203", "+14155550204"]
    assert tail["last_seq"] == tail["events"][-1]["seq"]
    assert raw.get("/_sandbox/events", params={"tail": "x"}).status_code == 400


def test_the_callbox_sandbox_banner_prints_the_console_link(tmp_path: Path) -> None:
    import os

    sid, token = "AC" + "ab" * 16, "cd" * 16
    env = dict(os.environ, CALLBOX_SANDBOX_ACCOUNT_SID=sid, CALLBOX_SANDBOX_AUTH_TOKEN=token)
    cmd = [sys.executable, "-m", "callbox.cli", "sandbox", "--port", "0", "--db", ":memory:"]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:  # the banner comes first, before any request
            lines.append(line.strip())
            if line.startswith("Stop it with"):
                break
    finally:
        proc.terminate()
        proc.wait(20)
    (export,) = [x for x in lines if x.startswith("export ")]
    base = export.split("CALLBOX_BASE_URL=", 1)[1].split()[0]
    link = lines[lines.index("Open the console (a browser phone, live activity, the API) at:") + 1]
    assert link == f"{base}/#account={sid}&token={token}"


def test_importing_the_sandbox_loads_neither_starlette_nor_the_console() -> None:
    code = (
        "import sys, callbox.sandbox; "
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.startswith(('starlette', 'callbox.sandbox.console')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == []


def test_a_sandbox_without_the_console() -> None:
    from callbox.sandbox._app import create_app, load_console
    from callbox.sandbox.behaviours._serve import serve

    assert load_console()  # loaded once in this process: the choice is per app
    app = create_app(console=False)
    with serve(app) as served:
        app.state.sandbox.base_url = served.url
        state = app.state.sandbox
        auth = (state.main_account_sid, state.main_auth_token)
        assert httpx.get(served.url + "/").json()["code"] == 20404
        assert httpx.get(served.url + "/_sandbox/api", auth=auth).status_code == 404
        assert httpx.get(served.url + "/_sandbox/settings", auth=auth).is_success
