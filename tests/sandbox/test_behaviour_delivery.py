"""Webhook delivery: signed requests over real HTTP to a local app, with Twilio's overrides."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from callbox.sandbox._delivery import Overrides, WebhookSender, split_overrides
from callbox.sandbox.behaviours._serve import ServedApp, serve
from callbox.webhooks import RequestValidator
from tests.support import free_port

TOKEN = "12345678901234567890123456789012"


class Recorder:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def app(self) -> Starlette:
        async def record(request: Request) -> dict[str, Any]:
            form = list((await request.form()).multi_items()) if request.method == "POST" else []
            entry = {
                "method": request.method,
                "url": str(request.url),
                "path": request.url.path,
                "headers": dict(request.headers),
                "form": form,
            }
            self.requests.append(entry)
            return entry

        async def ok(request: Request) -> Response:
            await record(request)
            return Response("<Response/>", media_type="text/xml")

        async def slow(request: Request) -> Response:
            await record(request)
            await asyncio.sleep(1.0)
            return Response("<Response/>", media_type="text/xml")

        async def fail(request: Request) -> Response:
            await record(request)
            return PlainTextResponse("boom", status_code=500)

        async def moved(request: Request) -> Response:
            await record(request)
            return RedirectResponse("/ok?moved=1", status_code=int(request.query_params["code"]))

        return Starlette(
            routes=[
                Route("/ok", ok, methods=["GET", "POST"]),
                Route("/slow", slow, methods=["POST"]),
                Route("/fail", fail, methods=["POST"]),
                Route("/moved", moved, methods=["POST"]),
            ]
        )


@pytest.fixture(scope="module")
def app_server() -> Iterator[tuple[ServedApp, Recorder]]:
    recorder = Recorder()
    with serve(recorder.app()) as served:
        yield served, recorder


@pytest.fixture
def recorder(app_server: tuple[ServedApp, Recorder]) -> Recorder:
    app_server[1].requests.clear()
    return app_server[1]


@pytest.fixture
def base(app_server: tuple[ServedApp, Recorder]) -> str:
    return app_server[0].url


async def test_post_is_signed_so_the_app_can_validate_it(base: str, recorder: Recorder) -> None:
    sender = WebhookSender()
    params = {"MessageSid": "SM123", "Body": "Hé & hello", "From": "+14155550100"}
    result = await sender.send(f"{base}/ok?x=1", params, auth_token=TOKEN)
    await sender.close()

    assert result.ok and result.status == 200 and result.attempts == 1
    seen = recorder.requests[0]
    headers = seen["headers"]
    assert headers["user-agent"] == "TwilioProxy/1.1"
    assert headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert headers["i-twilio-idempotency-token"] == result.idempotency_token
    assert RequestValidator(TOKEN).validate(
        seen["url"], dict(seen["form"]), headers["x-twilio-signature"]
    )
    assert not RequestValidator("0" * 32).validate(
        seen["url"], dict(seen["form"]), headers["x-twilio-signature"]
    )


async def test_get_puts_parameters_in_the_signed_query_string(
    base: str, recorder: Recorder
) -> None:
    sender = WebhookSender()
    result = await sender.send(
        f"{base}/ok", {"Body": "hi there", "To": "+1"}, auth_token=TOKEN, method="GET"
    )
    await sender.close()
    assert result.ok
    seen = recorder.requests[0]
    assert seen["method"] == "GET" and "Body=hi+there" in seen["url"]
    assert RequestValidator(TOKEN).validate(seen["url"], {}, seen["headers"]["x-twilio-signature"])


async def test_fragment_overrides_shorten_timeouts_and_retry_with_one_token(
    base: str, recorder: Recorder
) -> None:
    sender = WebhookSender()
    result = await sender.send(f"{base}/slow#rt=200&rc=2", {"A": "1"}, auth_token=TOKEN)
    await sender.close()
    assert not result.ok and result.error_code == 11200
    assert result.attempts == 3
    assert result.elapsed < 1.5
    tokens = {r["headers"]["i-twilio-idempotency-token"] for r in recorder.requests}
    assert len(recorder.requests) == 3 and tokens == {result.idempotency_token}
    # The fragment never reaches the app, and is not part of what was signed.
    assert all("#" not in r["url"] and "rt=" not in r["url"] for r in recorder.requests)


async def test_error_status_is_not_retried_by_default_but_can_be(
    base: str, recorder: Recorder
) -> None:
    sender = WebhookSender()
    once = await sender.send(f"{base}/fail", {"A": "1"}, auth_token=TOKEN)
    assert once.status == 500 and once.error_code == 11200 and once.attempts == 1
    thrice = await sender.send(f"{base}/fail#rc=2&rp=5xx", {"A": "1"}, auth_token=TOKEN)
    await sender.close()
    assert thrice.attempts == 3 and len(recorder.requests) == 4


async def test_connection_refused_is_11205_and_retried_once() -> None:
    sender = WebhookSender()
    result = await sender.send(f"http://127.0.0.1:{free_port()}/sms", {}, auth_token=TOKEN)
    no_retry = await sender.send(f"http://127.0.0.1:{free_port()}/sms#rc=0", {}, auth_token=TOKEN)
    await sender.close()
    assert result.error_code == 11205 and result.attempts == 2 and result.status is None
    assert no_retry.attempts == 1


async def test_credentials_in_the_url_become_basic_auth(base: str, recorder: Recorder) -> None:
    sender = WebhookSender()
    url = base.replace("http://", "http://user:s%40cret@") + "/ok"
    result = await sender.send(url, {"A": "1"}, auth_token=TOKEN)
    await sender.close()
    assert result.ok
    seen = recorder.requests[0]
    expected = "Basic " + base64.b64encode(b"user:s@cret").decode()
    assert seen["headers"]["authorization"] == expected
    assert RequestValidator(TOKEN).validate(
        seen["url"], dict(seen["form"]), seen["headers"]["x-twilio-signature"]
    )


@pytest.mark.parametrize("code", [301, 302, 307, 308])
async def test_redirects_are_followed_and_re_signed(
    base: str, recorder: Recorder, code: int
) -> None:
    sender = WebhookSender()
    result = await sender.send(f"{base}/moved?code={code}", {"A": "1"}, auth_token=TOKEN)
    await sender.close()
    assert result.ok and result.url.endswith("/ok?moved=1") and result.attempts == 2
    final = recorder.requests[-1]
    assert final["method"] == "POST" and final["form"] == [("A", "1")]
    assert RequestValidator(TOKEN).validate(
        final["url"], dict(final["form"]), final["headers"]["x-twilio-signature"]
    )


async def test_a_303_turns_the_post_into_a_signed_get(base: str, recorder: Recorder) -> None:
    sender = WebhookSender()
    result = await sender.send(f"{base}/moved?code=303", {"A": "1"}, auth_token=TOKEN)
    await sender.close()
    final = recorder.requests[-1]
    assert result.ok and final["method"] == "GET" and "A=1" in final["url"]
    assert RequestValidator(TOKEN).validate(
        final["url"], {}, final["headers"]["x-twilio-signature"]
    )


async def test_invalid_url_is_11100() -> None:
    sender = WebhookSender()
    result = await sender.send("ftp://example/sms", {}, auth_token=TOKEN)
    assert result.error_code == 11100 and result.attempts == 0


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("", Overrides()),
        ("#ct=1000&rt=2000&tt=3000&rc=3", Overrides(1.0, 2.0, 3.0, 3)),
        ("#ct=5&rt=99999&rc=9", Overrides(0.1, 15.0, 15.0, 5)),
        ("#rp=4xx,5xx&e=dublin&sni=y", Overrides(policy=frozenset({"4xx", "5xx"}))),
        ("#rc=x&ct=y", Overrides()),
    ],
)
def test_override_fragment_parsing(fragment: str, expected: Overrides) -> None:
    url, overrides = split_overrides("https://app.example/sms?a=1" + fragment)
    assert url == "https://app.example/sms?a=1"
    assert overrides == expected


async def test_the_official_package_accepts_the_signatures(base: str, recorder: Recorder) -> None:
    twilio = pytest.importorskip("twilio.request_validator")
    sender = WebhookSender()
    params = {"Body": "ünïcödé & more", "MediaUrl0": "https://example.com/a.png", "To": "+1"}
    await sender.send(f"{base}/ok?q=1&r=two", params, auth_token=TOKEN)
    await sender.send(f"{base}/ok", params, auth_token=TOKEN, method="GET")
    await sender.close()
    official = twilio.RequestValidator(TOKEN)
    post, get = recorder.requests
    assert official.validate(post["url"], dict(post["form"]), post["headers"]["x-twilio-signature"])
    assert official.validate(get["url"], {}, get["headers"]["x-twilio-signature"])
