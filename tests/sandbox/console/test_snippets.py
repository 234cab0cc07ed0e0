"""The snippet writers (static/js/snippets.js), run in the browser on made-up operations:
shell quoting, repeated parameters, JSON bodies, and resources the client cannot walk to."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Any

import pytest

from callbox.sandbox import Sandbox

MESSAGES: dict[str, Any] = {
    "domain": {"name": "api", "label": "api"},
    "resource": {
        "name": "v2010.accounts.messages",
        "py": [["accounts", 1], ["messages", 0]],
        "own": 1,
    },
    "op": {
        "op": "create",
        "method": "POST",
        "path": "/2010-04-01/Accounts/{AccountSid}/Messages.json",
        "instance": False,
        "params": [
            ["To", "to", "f", "s", 1],
            ["MediaUrl", "media_url", "f", "a:s", 0],
            ["ProvideFeedback", "provide_feedback", "f", "b", 0],
            ["ValidityPeriod", "validity_period", "f", "i", 0],
        ],
    },
    "account": "AC" + "1" * 32,
    "base": "http://127.0.0.1:8787",
}


@pytest.fixture(scope="module")
def snippets(browser: Any, console_sandbox: Sandbox) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    page.goto(console_sandbox.base_url + "/")

    def run(name: str, call: dict[str, Any]) -> str:
        text: str = page.evaluate(
            "([name, call]) => import('/_sandbox/console/js/snippets.js').then(m => m[name](call))",
            [name, call],
        )
        return text

    yield run
    context.close()


def _call(**values: str) -> dict[str, Any]:
    return {**MESSAGES, "values": {"AccountSid": MESSAGES["account"], **values}}


def test_python_for_the_own_account_uses_the_short_form(snippets: Any) -> None:
    code = snippets(
        "python",
        _call(
            To="+14155550100",
            MediaUrl="http://a/1.png\nhttp://a/2.png",
            ProvideFeedback="true",
            ValidityPeriod="60",
        ),
    )
    assert code.splitlines()[3:] == [
        "result = client.messages.create(",
        '    to="+14155550100",',
        '    media_url=["http://a/1.png", "http://a/2.png"],',
        "    provide_feedback=True,",
        "    validity_period=60,",
        ")",
        "print(result)",
    ]
    other = snippets("python", {**_call(To="x"), "account": "AC" + "2" * 32})
    assert f'client.api.v2010.accounts("{"AC" + "1" * 32}").messages.create(to="x")' in other


def test_curl_and_cli_quote_for_the_shell(snippets: Any) -> None:
    tricky = 'it\'s $HOME `x` "q" & more'
    curl = snippets("curl", _call(To=tricky, MediaUrl="http://a/1.png\nhttp://a/2.png"))
    words = shlex.split(curl.replace("\\\n", " "))
    assert words[:4] == [
        "curl",
        "-X",
        "POST",
        f"http://127.0.0.1:8787/api/2010-04-01/Accounts/{'AC' + '1' * 32}/Messages.json",
    ]
    assert f"To={tricky}" in words
    assert words.count("--data-urlencode") == 3  # To and two MediaUrl
    cli = snippets("cli", _call(To=tricky))
    assert shlex.split(cli) == [
        "callbox",
        "api",
        "api",
        "v2010.accounts.messages",
        "create",
        "--AccountSid",
        "AC" + "1" * 32,
        "--To",
        tricky,
    ]


def test_a_get_sends_its_parameters_in_the_query(snippets: Any) -> None:
    call = _call(PageSize="20")
    call["op"] = {
        **call["op"],
        "op": "list",
        "method": "GET",
        "params": [["PageSize", "page_size", "q", "i", 0]],
    }
    assert shlex.split(snippets("curl", call).replace("\\\n", " "))[:2] == ["curl", "-G"]
    assert "--data-urlencode PageSize=20" in snippets("curl", call)
    assert "for record in client.messages.list(page_size=20):" in snippets("python", call)


def test_a_resource_the_client_cannot_walk_to_is_a_plain_request(snippets: Any) -> None:
    call = {
        "domain": {"name": "chat", "label": "chat"},
        "resource": {"name": "v3.channels", "py": None, "own": 1},
        "op": {
            "op": "update",
            "method": "POST",
            "path": "/v3/Services/{ServiceSid}/Channels/{Sid}",
            "instance": True,
            "params": [["Type", "type", "f", "s", 0]],
        },
        "values": {"ServiceSid": "IS1", "Sid": "CH2", "Type": "private"},
        "account": "AC" + "1" * 32,
        "base": "http://127.0.0.1:8787",
    }
    code = snippets("python", call)
    assert (
        'client.request("POST", os.environ["CALLBOX_BASE_URL"] + "/chat/v3/Services/IS1/Channels/CH2", data={"Type": "private"})'
        in code
    )
    compile(code, "snippet", "exec")  # valid Python


def test_a_json_body_goes_as_json(snippets: Any) -> None:
    call = {
        "domain": {"name": "content", "label": "content"},
        "resource": {"name": "v1.contents", "py": [["contents", 0]], "own": 1},
        "op": {
            "op": "create",
            "method": "POST",
            "path": "/v1/Content",
            "instance": False,
            "params": [["ContentCreateRequest", "content_create_request", "j", "o", 1]],
        },
        "values": {"ContentCreateRequest": '{"friendly_name": "hi", "types": {"ok": true}}'},
        "account": "AC" + "1" * 32,
        "base": "http://127.0.0.1:8787",
    }
    assert 'content_create_request={"friendly_name": "hi", "types": {"ok": True}}' in snippets(
        "python", call
    )
    curl = snippets("curl", call)
    assert "-H 'Content-Type: application/json'" in curl
    assert """--data '{"friendly_name":"hi","types":{"ok":true}}'""" in curl
