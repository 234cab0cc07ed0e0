"""One core, several front ends: the app mounted in Starlette, the WSGI twin in Flask and
Django, and ``run()`` serving it from another process.  Each takes a real call."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from callbox.flows import App, Call, FlowError, Result, load
from callbox.sandbox import Sandbox, press
from tests.support import free_port, serving

from .conftest import CALLER, NUMBER

ROOT = Path(__file__).resolve().parents[2]


def menu_app(sandbox: Sandbox, **settings: Any) -> App:
    app = App(client=sandbox.client, **settings)

    @app.incoming_call
    def answer(call: Call) -> None:
        with call.gather(menu, num_digits=1) as g:
            g.say("Press a key.")

    @app.handler
    async def menu(call: Call, result: Result) -> None:
        call.say(f"You pressed {result.digits}.")

    return app


def point(sandbox: Sandbox, voice_url: str) -> None:
    (number,) = sandbox.client.incoming_phone_numbers.list(phone_number=NUMBER)
    assert number.sid is not None
    sandbox.client.incoming_phone_numbers(number.sid).update(voice_url=voice_url)


def pressed_through(sandbox: Sandbox) -> str:
    return sandbox.phone(CALLER).call(NUMBER, script=[press("5")]).said


@contextmanager
def wsgi_server(app: Any) -> Iterator[str]:
    from werkzeug.serving import make_server

    with serving(make_server("127.0.0.1", 0, app, threaded=True)) as url:
        yield url


def test_mounted_in_a_starlette_app(sandbox: Sandbox, flow: Any) -> None:
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Mount, Route

    app = menu_app(sandbox)
    site = Starlette(
        routes=[
            Route("/", lambda request: PlainTextResponse("the rest of the site")),
            Mount("/twilio", app=app),
        ]
    )
    served = flow(app, mount=site, register=None)
    app.public_url = served.url + "/twilio"
    app.register(NUMBER)
    assert sandbox.client.incoming_phone_numbers.list(phone_number=NUMBER)[0].voice_url == (
        served.url + "/twilio/voice"
    )
    assert pressed_through(sandbox) == "Press a key.\nYou pressed 5."


def test_mounted_without_a_public_url_learns_it_from_the_request(
    sandbox: Sandbox, flow: Any
) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    app = menu_app(sandbox)
    served = flow(app, mount=Starlette(routes=[Mount("/hooks", app=app)]), register=None)
    app.public_url = None
    point(sandbox, served.url + "/hooks/voice")
    assert pressed_through(sandbox) == "Press a key.\nYou pressed 5."
    assert app.public_url == served.url + "/hooks"


def test_the_wsgi_twin_in_a_flask_app(sandbox: Sandbox) -> None:
    from flask import Flask
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    app = menu_app(sandbox)
    site = Flask(__name__)
    site.add_url_rule("/", "home", lambda: "the rest of the site")
    site.wsgi_app = DispatcherMiddleware(site.wsgi_app, {"/twilio": app.wsgi})  # type: ignore[method-assign]
    with wsgi_server(site) as url:
        app.public_url = url + "/twilio"
        app.register(NUMBER)
        assert pressed_through(sandbox) == "Press a key.\nYou pressed 5."


def test_the_django_view(sandbox: Sandbox) -> None:
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            SECRET_KEY="callbox-flows-tests",
            ALLOWED_HOSTS=["*"],
            ROOT_URLCONF="callbox-tests-not-used",
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
        )
        django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.test.utils import override_settings
    from django.urls import re_path

    app = menu_app(sandbox, prefix="/twilio/")

    class Urls:
        urlpatterns = [re_path(r"^twilio/", app.django_view)]

    with override_settings(ROOT_URLCONF=Urls), wsgi_server(WSGIHandler()) as url:
        app.public_url = url
        app.register(NUMBER)
        assert pressed_through(sandbox) == "Press a key.\nYou pressed 5."


@pytest.mark.parametrize("how", ["run()", "callbox flows run"])
def test_run_serves_an_app_named_module_colon_attribute(sandbox: Sandbox, how: str) -> None:
    port = free_port()
    env = {
        **os.environ,
        **sandbox.env,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "CALLBOX_FLOWS_PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    code = f"from callbox.flows import run; run('tests.flows.served_app:app', port={port})"
    command = [sys.executable, "-c", code]
    if how == "callbox flows run":
        command = [sys.executable, "-m", "callbox.cli", "flows", "run"]
        command += ["tests.flows.served_app:app", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                sandbox.control("GET", "/_sandbox/health")
                import urllib.request

                urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                    f"http://127.0.0.1:{port}/voice", timeout=1
                )
            except urllib.error.HTTPError:
                break  # it answers (403: unsigned)
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.05)
        point(sandbox, f"http://127.0.0.1:{port}/voice")
        t = sandbox.phone(CALLER).call(NUMBER, script=[press("3")])
        assert t.said == f"Press a key.\nHello from process {process.pid}. You pressed 3."
    finally:
        process.terminate()
        process.wait(10)


def test_the_command_explains_a_target_it_cannot_serve() -> None:
    command = [sys.executable, "-m", "callbox.cli", "flows", "run", "tests.flows.served_app"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "module:attribute" in done.stderr and "Traceback" not in done.stderr


def test_load_explains_what_it_cannot_find() -> None:
    assert load("tests.flows.served_app:app").__class__ is App
    with pytest.raises(FlowError, match="module:attribute"):
        load("tests.flows.served_app")
    with pytest.raises(FlowError, match="cannot import"):
        load("tests.flows.no_such_module:app")
    with pytest.raises(FlowError, match="no attribute"):
        load("tests.flows.served_app:nope")
    with pytest.raises(FlowError, match="not an ASGI"):
        load("tests.flows.served_app:GREETING")
