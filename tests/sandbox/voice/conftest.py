"""Fixtures for the voice tests: a sandbox, and a small app whose TwiML each test writes.

``app`` is a real Starlette app on 127.0.0.1 (uvicorn in a thread).  A test gives it
documents per path (a string, or a function of the request's form returning one) and reads
back every request it got, with whether ``X-Twilio-Signature`` was valid::

    def test_menu(sandbox, app):
        app.twiml("/voice", '<Response><Gather numDigits="1" action="/menu">...')
        app.twiml("/menu", lambda form: f"<Response><Say>You pressed {form['Digits']}</Say>")
        sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
        transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("1")])
        assert app.requests("/menu")[0].form["Digits"] == "1"
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox.sandbox import Sandbox
from callbox.sandbox.behaviours._serve import ServedApp, serve
from callbox.webhooks import RequestValidator
from tests.support import free_port

#: A number the tests' app answers on, and an outside phone that calls it.
NUMBER = "+14155550123"
CALLER = "+14155550100"

Document = str | Callable[[dict[str, str]], "str | Response"]


@dataclass
class Hit:
    """One request the app received."""

    path: str
    method: str
    form: dict[str, str]
    query: dict[str, str]
    headers: dict[str, str]
    signed: bool


class TwimlApp:
    """A programmable app: documents per path, and a log of what Twilio asked."""

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}
        self.delays: dict[str, float] = {}
        self.hits: list[Hit] = []
        self.token = ""
        self.served: ServedApp | None = None
        self._seen = threading.Condition()

    def url(self, path: str) -> str:
        assert self.served is not None
        return self.served.url + path

    def twiml(self, path: str, document: Document, *, delay: float = 0.0) -> str:
        """Answer ``path`` with ``document`` (after ``delay`` real seconds); returns its URL."""
        self.documents[path] = document
        self.delays[path] = delay
        return self.url(path)

    def requests(self, path: str | None = None) -> list[Hit]:
        with self._seen:
            return [h for h in self.hits if path is None or h.path == path]

    def wait_for(self, path: str, count: int = 1, timeout: float = 10.0) -> list[Hit]:
        """Wait until ``path`` was requested ``count`` times."""
        deadline = time.monotonic() + timeout
        with self._seen:
            while len([h for h in self.hits if h.path == path]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{path} was requested fewer than {count} times")
                self._seen.wait(left)
            return [h for h in self.hits if h.path == path]

    async def endpoint(self, request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        query = dict(request.query_params)
        signature = request.headers.get("x-twilio-signature", "")
        params = form if request.method == "POST" else {}
        signed = bool(self.token) and RequestValidator(self.token).validate(
            str(request.url), params, signature
        )
        hit = Hit(request.url.path, request.method, form, query, dict(request.headers), signed)
        with self._seen:
            self.hits.append(hit)
            self._seen.notify_all()
        document = self.documents.get(request.url.path)
        delay = self.delays.get(request.url.path, 0.0)
        if delay:
            await asyncio.sleep(delay)
        if document is None:
            return Response(status_code=204)
        answer = document(form or query) if callable(document) else document
        if isinstance(answer, Response):
            return answer
        return Response(answer, media_type="text/xml")

    def reset(self) -> None:
        with self._seen:
            self.hits.clear()
        self.documents.clear()
        self.delays.clear()


@pytest.fixture(scope="module")
def voice_sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def sandbox(voice_sandbox: Sandbox) -> Sandbox:
    """A running sandbox on the virtual clock, reset before the test."""
    voice_sandbox.reset()
    return voice_sandbox


@pytest.fixture(scope="module")
def served_app() -> Iterator[TwimlApp]:
    twiml_app = TwimlApp()
    app = Starlette(routes=[Route("/{path:path}", twiml_app.endpoint, methods=["GET", "POST"])])
    with serve(app) as served:
        twiml_app.served = served
        yield twiml_app


@pytest.fixture
def app(served_app: TwimlApp, sandbox: Sandbox) -> TwimlApp:
    """The test app, emptied, checking signatures with the sandbox's auth token."""
    served_app.reset()
    served_app.token = sandbox.auth_token
    return served_app


def dead_url() -> str:
    """An address on this machine where nothing listens."""
    return f"http://127.0.0.1:{free_port()}"


def form_of(hit: Hit) -> dict[str, Any]:
    return hit.form if hit.method == "POST" else hit.query
