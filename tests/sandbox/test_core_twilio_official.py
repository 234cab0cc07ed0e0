"""The official ``twilio`` package works against the sandbox with a host-rewriting HTTP client.

This is the recipe docs/sandbox.md gives: subclass the package's HTTP client
and send ``https://<label>.twilio.com/<path>`` to ``{sandbox}/<label>/<path>``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from callbox.sandbox import Sandbox

twilio = pytest.importorskip("twilio")

from twilio.base.exceptions import TwilioRestException  # noqa: E402
from twilio.http.http_client import TwilioHttpClient  # noqa: E402
from twilio.rest import Client as TwilioClient  # noqa: E402


class SandboxHttpClient(TwilioHttpClient):  # type: ignore[misc]
    """Sends every Twilio request to a local sandbox instead."""

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        parts = urlsplit(url)
        if parts.hostname and parts.hostname.endswith(".twilio.com"):
            label = parts.hostname.split(".", 1)[0]
            url = f"{self.base_url}/{label}{parts.path}" + (
                f"?{parts.query}" if parts.query else ""
            )
        return super().request(method, url, *args, **kwargs)


@pytest.fixture
def official(sandbox: Sandbox) -> TwilioClient:
    sandbox.reset()
    return TwilioClient(
        sandbox.account_sid, sandbox.auth_token, http_client=SandboxHttpClient(sandbox.base_url)
    )


def test_send_fetch_and_page_through_messages(sandbox: Sandbox, official: TwilioClient) -> None:
    sandbox.seed_number("+14155550177")
    sent = [
        official.messages.create(to="+14155550100", from_="+14155550177", body=f"n{i}")
        for i in range(7)
    ]
    assert all(m.sid.startswith("SM") and m.account_sid == sandbox.account_sid for m in sent)
    fetched = official.messages(sent[0].sid).fetch()
    assert fetched.body == "n0" and fetched.to == "+14155550100"
    assert fetched.date_created is not None  # RFC 2822 parsed by the package
    # page_size=3 makes the package follow next_page_uri twice.
    listed = official.messages.list(page_size=3)
    assert sorted(m.sid for m in listed) == sorted(m.sid for m in sent)
    only = official.messages.list(to="+14155550100", from_="+14155550177", limit=2)
    assert len(only) == 2


def test_v1_style_resources_and_meta_paging(official: TwilioClient) -> None:
    made = [official.verify.v2.services.create(friendly_name=f"svc {i}") for i in range(5)]
    listed = official.verify.v2.services.list(page_size=2)  # follows meta.next_page_url
    assert {s.sid for s in listed} == {s.sid for s in made}
    renamed = official.verify.v2.services(made[0].sid).update(friendly_name="renamed")
    assert renamed.friendly_name == "renamed"
    assert official.verify.v2.services(made[1].sid).delete() is True


def test_subaccounts_and_errors(sandbox: Sandbox, official: TwilioClient) -> None:
    sub = official.api.v2010.accounts.create(friendly_name="from twilio-python")
    assert sub.owner_account_sid == sandbox.account_sid and sub.status == "active"
    as_sub = TwilioClient(sub.sid, sub.auth_token, http_client=SandboxHttpClient(sandbox.base_url))
    assert as_sub.api.v2010.accounts(sub.sid).fetch().friendly_name == "from twilio-python"

    with pytest.raises(TwilioRestException) as missing:
        official.api.v2010.accounts(sandbox.account_sid).queues("QU" + "0" * 32).fetch()
    assert missing.value.status == 404 and missing.value.code == 20404

    bad = TwilioClient(
        sandbox.account_sid, "wrong", http_client=SandboxHttpClient(sandbox.base_url)
    )
    with pytest.raises(TwilioRestException) as denied:
        bad.verify.v2.services("VA" + "0" * 32).fetch()
    assert denied.value.status == 401 and denied.value.code == 20003


def _node_with_twilio() -> str | None:
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        return None
    probe = subprocess.run(
        [node, "-e", "require.resolve('twilio')"], capture_output=True, timeout=30
    )
    return node if probe.returncode == 0 else None


def test_the_official_node_library_with_the_documented_client(sandbox: Sandbox) -> None:
    import json
    import pathlib
    import subprocess

    node = _node_with_twilio()
    if node is None:
        pytest.skip("needs node and the twilio npm package (set NODE_PATH to its node_modules)")
    sandbox.reset()
    sandbox.seed_number("+14155550111")
    script = pathlib.Path(__file__).parent / "node" / "sandbox_check.js"
    out = subprocess.run(
        [node, str(script), sandbox.base_url, sandbox.account_sid, sandbox.auth_token],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["sid"].startswith("SM") and result["body"] == "from node"
    assert result["services"] == 4 and result["messages"] == 1  # followed meta and 2010 paging
    assert result["code"] == 20404
