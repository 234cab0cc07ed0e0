"""Run a sandbox from Python: ``with Sandbox() as sb: sb.client.messages.create(...)``.

The server runs in a background thread (uvicorn on its own event loop, on a
free port of 127.0.0.1, in-memory database by default) or, with
``mode="subprocess"``, as ``python -m callbox.cli sandbox`` in a child
process. Test code talks to it only over HTTP, exactly like an app would;
waits long-poll the control API's event log instead of sleeping blindly.

Nothing here goes through a proxy: the control API calls and the clients that
``sb.client``/``sb.async_client``/``sb.client_for`` build talk to the sandbox
directly whatever ``HTTP_PROXY``/``HTTPS_PROXY`` say (a proxy cannot reach a
server on the machine's loopback anyway).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._phone import Phone
from .errors import SandboxError, SandboxStartError
from .voice.script import Step
from .voice.transcript import Transcript

if TYPE_CHECKING:
    import uvicorn

    from callbox.rest import AsyncClient, Client

    from ._state import SandboxState

__all__ = ["Phone", "Sandbox", "console_url"]


#: Control API calls go straight to the sandbox, never through an environment proxy.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def console_url(base_url: str, account_sid: str, auth_token: str) -> str:
    """``{base_url}/#account=AC...&token=...``: the console, signed in."""
    fragment = urllib.parse.urlencode({"account": account_sid, "token": auth_token})
    return f"{base_url.rstrip('/')}/#{fragment}"


def _listen(host: str, port: int) -> socket.socket:
    from ._server import listen

    try:
        sock = listen(host, port)
    except OSError as exc:
        raise SandboxStartError(f"cannot listen on {host}:{port}: {exc}") from exc
    sock.set_inheritable(True)
    return sock


class Sandbox:
    """A local Twilio-compatible server for tests and scripts.

    ``db`` is ``":memory:"`` (default) or a file path; ``port=0`` picks a free
    port. ``account_sid``/``auth_token`` pin the main account's credentials.
    ``mode`` is ``"thread"`` (default) or ``"subprocess"``. ``step_delay`` is the
    pause in seconds between two status changes of a message (None: the
    ``CALLBOX_SANDBOX_STEP_DELAY`` variable or 0.05 s; 0 makes delivery immediate).
    ``clock`` is what calls run on: ``"virtual"`` (the default: rings, pauses and
    timeouts pass at once when nothing else happens, and are reported in realistic
    seconds) or ``"real"``. ``read_timeout`` is how long a client may take to send a
    whole request before it is answered 408 and disconnected.
    """

    def __init__(
        self,
        *,
        db: str = ":memory:",
        port: int = 0,
        host: str = "127.0.0.1",
        account_sid: str | None = None,
        auth_token: str | None = None,
        mode: str = "thread",
        behaviours: bool = True,
        startup_timeout: float = 20.0,
        step_delay: float | None = None,
        clock: str = "virtual",
        read_timeout: float = 10.0,
    ) -> None:
        if mode not in ("thread", "subprocess", "attached"):
            raise ValueError("mode must be 'thread' or 'subprocess'")
        if step_delay is not None:
            from ._state import checked_step_delay

            step_delay = checked_step_delay(step_delay)
        self.step_delay = step_delay
        from ._state import checked_clock

        self.clock = checked_clock(clock)
        if not read_timeout > 0:
            raise ValueError(
                f"read_timeout must be a positive number of seconds, not {read_timeout!r}"
            )
        self.read_timeout = float(read_timeout)
        self.db = db
        self.host = host
        self.port = port
        self.mode = mode
        self.behaviours = behaviours
        self.startup_timeout = startup_timeout
        self.account_sid = account_sid or ""
        self.auth_token = auth_token or ""
        self._pin = (account_sid, auth_token)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._state: SandboxState | None = None
        self._client: Client | None = None
        self._async_client: AsyncClient | None = None
        self._async_loop: object = None

    # ------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def console_url(self) -> str:
        """The browser console's address, the credentials in its fragment (a fragment never
        leaves the browser: no request, log or Referer carries it)."""
        return console_url(self.base_url, self.account_sid, self.auth_token)

    @classmethod
    def attach(cls, base_url: str, account_sid: str, auth_token: str) -> Sandbox:
        """A handle on a sandbox that already runs (``callbox sandbox``, another process).

        Everything but starting and stopping the server works as usual; :meth:`stop` (or
        leaving the ``with`` block) only closes the clients.  Waits until it answers.
        """
        from urllib.parse import urlsplit

        parts = urlsplit(base_url)
        if parts.scheme != "http" or not parts.hostname or not parts.port:
            raise ValueError(f"base_url must be http://host:port, not {base_url!r}")
        found = cls(
            host=parts.hostname, port=parts.port, account_sid=account_sid, auth_token=auth_token
        )
        found.mode = "attached"
        deadline = time.monotonic() + found.startup_timeout
        while True:
            try:
                found.control("GET", "/_sandbox/health", timeout=1.0)
                return found
            except (OSError, SandboxError):
                if time.monotonic() > deadline:
                    raise SandboxStartError(f"no sandbox answers at {base_url}") from None
                time.sleep(0.05)

    @property
    def running(self) -> bool:
        if self.mode == "attached":
            return True
        if self.mode == "thread":
            return self._thread is not None and self._thread.is_alive()
        return self._process is not None and self._process.poll() is None

    def start(self) -> Sandbox:
        """Start the server and wait until it answers."""
        if self.running or self.mode == "attached":
            return self
        if self.mode == "thread":
            self._start_thread()
        else:
            self._start_process()
        return self

    def _start_thread(self) -> None:
        from ._app import create_app
        from ._server import make_server

        sock = _listen(self.host, self.port)
        self.port = sock.getsockname()[1]
        app = create_app(
            self.db,
            account_sid=self._pin[0],
            auth_token=self._pin[1],
            base_url=self.base_url,
            behaviours=self.behaviours,
            step_delay=self.step_delay,
            clock=self.clock,
        )
        self._state = app.state.sandbox
        self.account_sid = self._state.main_account_sid
        self.auth_token = self._state.main_auth_token
        server = make_server(app, read_timeout=self.read_timeout, graceful=2)
        self._server = server

        def serve() -> None:
            try:
                server.run(sockets=[sock])
            finally:
                sock.close()

        self._thread = threading.Thread(target=serve, name="callbox-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + self.startup_timeout
        while not server.started:
            if not self._thread.is_alive():
                raise SandboxStartError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise SandboxStartError("the sandbox server did not start in time")
            time.sleep(0.005)

    def _start_process(self) -> None:
        if not self.port:
            probe = _listen(self.host, 0)
            self.port = probe.getsockname()[1]
            probe.close()
        self.account_sid = self._pin[0] or "AC" + secrets.token_hex(16)
        self.auth_token = self._pin[1] or secrets.token_hex(16)
        env = dict(os.environ)
        env["CALLBOX_SANDBOX_ACCOUNT_SID"] = self.account_sid
        env["CALLBOX_SANDBOX_AUTH_TOKEN"] = self.auth_token
        cmd = [sys.executable, "-m", "callbox.cli", "sandbox", "--port", str(self.port)]
        # --no-state-file: a test's sandbox must not replace the one `--sandbox` finds.
        cmd += ["--host", self.host, "--db", self.db, "--quiet", "--no-state-file"]
        if not self.behaviours:
            cmd.append("--no-behaviours")
        if self.step_delay is not None:
            cmd += ["--step-delay", repr(float(self.step_delay))]
        cmd += ["--clock", self.clock, "--read-timeout", repr(self.read_timeout)]
        self._process = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while True:
            if self._process.poll() is not None:
                raise SandboxStartError(
                    f"the sandbox process exited with status {self._process.returncode}"
                )
            try:
                self.control("GET", "/_sandbox/health", timeout=1.0)
                return
            except (OSError, SandboxError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise SandboxStartError("the sandbox process did not start in time") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (waits for it to finish) and close the clients."""
        if self._client is not None:
            self._client.close()
            self._client = None
        self._async_client = None
        if self._state is not None:
            self._state.events.close()  # held long polls answer now instead of at their end
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        self._server = None
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
            self._process = None
        if self._state is not None:
            self._state.store.close()
            self._state = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<Sandbox {self.base_url} account={self.account_sid}>"

    # ------------------------------------------------------------ clients

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point ``callbox.Client()`` at this sandbox."""
        return {
            "CALLBOX_BASE_URL": self.base_url,
            "TWILIO_ACCOUNT_SID": self.account_sid,
            "TWILIO_AUTH_TOKEN": self.auth_token,
        }

    @property
    def client(self) -> Client:
        """A ``callbox.Client`` bound to this sandbox's main account (never proxied)."""
        if self._client is None:
            self._client = self.client_for(self.account_sid, self.auth_token)
        return self._client

    @property
    def async_client(self) -> AsyncClient:
        """A ``callbox.AsyncClient`` bound to this sandbox's main account (never proxied).

        One per event loop: a client's connections belong to the loop that
        opened them, and each async test may run on its own loop.
        """
        import asyncio

        try:
            loop: object = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        cached = self._async_client
        if cached is None or self._async_loop is not loop:
            from callbox.rest import AsyncClient

            cached = AsyncClient(
                self.account_sid, self.auth_token, base_url=self.base_url, proxy=""
            )
            self._async_client, self._async_loop = cached, loop
        return cached

    def client_for(self, account_sid: str, auth_token: str) -> Client:
        """A ``callbox.Client`` for other credentials (a subaccount, an API key).

        ``proxy=""``: the client talks to the sandbox directly, whatever the
        environment's proxy variables say.
        """
        from callbox.rest import Client

        return Client(account_sid, auth_token, base_url=self.base_url, proxy="")

    @property
    def state(self) -> SandboxState:
        """The server's state (thread mode only): store, event log, ..."""
        if self._state is None:
            raise SandboxError(400, 20001, "state is only reachable in thread mode while running")
        return self._state

    # ------------------------------------------------------------ control API

    def control(
        self,
        method: str,
        path: str,
        fields: list[tuple[str, str]] | None = None,
        timeout: float = 30.0,
        *,
        body: Any = None,
    ) -> Any:
        """Call the control API (``/_sandbox/...``) with the main account's credentials.

        ``fields`` are sent as a form, ``body`` as JSON.
        """
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        if body is not None:
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        creds = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        request.add_header("Authorization", f"Basic {creds}")
        if body is not None:
            request.add_header("Content-Type", "application/json")
        elif data is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with _DIRECT.open(request, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                body = json.loads(raw)
                raise SandboxError(exc.code, int(body.get("code") or 0), body.get("message", ""))
            except ValueError:
                raise SandboxError(exc.code, 0, raw[:200].decode("latin-1")) from None
        return json.loads(raw) if raw else None

    def reset(self) -> None:
        """Forget every record and event; the main account, its credentials and the
        configuration (the step delay) stay."""
        self.control("POST", "/_sandbox/reset", [])

    def settings(self) -> dict[str, Any]:
        """The running server's configuration (``step_delay`` in effect, in seconds)."""
        found: dict[str, Any] = self.control("GET", "/_sandbox/settings")
        return found

    def set_clock(self, clock: str) -> None:
        """What calls run on from now: ``"virtual"`` (idle waits skipped) or ``"real"``."""
        from ._state import checked_clock

        self.control("POST", "/_sandbox/settings", [("Clock", checked_clock(clock))])

    def set_step_delay(self, seconds: float | None) -> None:
        """Change the pause between a message's status changes on the running server.

        ``None`` goes back to the default (``CALLBOX_SANDBOX_STEP_DELAY`` or 0.05 s).
        """
        value = "" if seconds is None else repr(float(seconds))
        self.control("POST", "/_sandbox/settings", [("StepDelay", value)])
        self.step_delay = seconds

    def advance_verify_clock(self, seconds: float) -> float:
        """Move the clock Verify reads forward by ``seconds`` (codes expire after 600).

        Messages and calls keep their own time; a reset puts this clock back.  Returns how
        far ahead of real time it now runs.
        """
        found = self.control("POST", "/_sandbox/verify/clock", [("Advance", repr(float(seconds)))])
        return float(found["offset"])

    def seed_number(
        self, phone_number: str, *, account_sid: str | None = None, **params: str
    ) -> dict[str, Any]:
        """Give an account a phone number (``sms_url=...``, ``voice_url=...``) without buying it."""
        fields = [("PhoneNumber", phone_number)]
        if account_sid:
            fields.append(("AccountSid", account_sid))
        for name, value in params.items():
            api = "".join(part.capitalize() for part in name.split("_"))
            fields.append((api, str(value)))
        record: dict[str, Any] = self.control("POST", "/_sandbox/numbers", fields)
        return record

    def seed_short_code(
        self, short_code: str, *, account_sid: str | None = None, **params: str
    ) -> dict[str, Any]:
        """Give an account a short code (``sms_url=...``) that its messages may come from."""
        fields = [("ShortCode", short_code)]
        if account_sid:
            fields.append(("AccountSid", account_sid))
        for name, value in params.items():
            api = "".join(part.capitalize() for part in name.split("_"))
            fields.append((api, str(value)))
        record: dict[str, Any] = self.control("POST", "/_sandbox/short_codes", fields)
        return record

    def phone(
        self,
        number: str,
        *,
        answer: str | None = None,
        rings: int | None = None,
        script: Sequence[Step | Mapping[str, Any]] | None = None,
        greeting: str | None = None,
    ) -> Phone:
        """A phone outside Twilio with this number.

        ``answer`` (human, machine, busy, no-answer, fail), ``rings``, ``script`` (what the
        person does when they pick up) and ``greeting`` (the voicemail's) set how it
        answers calls from the sandbox; settings not given stay as they were.
        """
        found = Phone(self, number)
        if any(v is not None for v in (answer, rings, script, greeting)):
            found.configure(answer=answer, rings=rings, script=script, greeting=greeting)
        return found

    def transcript(self, call_sid: str) -> Transcript:
        """The transcript of a call (live or finished)."""
        return Transcript(self.control("GET", f"/_sandbox/calls/{call_sid}"))

    def _events_page(self, after: int, kind: str | None) -> tuple[list[dict[str, Any]], int]:
        query = {"after": str(after)}
        if kind:
            query["kind"] = kind
        body = self.control("GET", "/_sandbox/events?" + urllib.parse.urlencode(query))
        return list(body["events"]), int(body["last_seq"])

    def events(self, kind: str | None = None, after: int = 0, **match: Any) -> list[dict[str, Any]]:
        """Events so far (of one kind, with fields equal to ``match``)."""
        found, _ = self._events_page(after, kind)
        return [e for e in found if all(e.get(k) == v for k, v in match.items())]

    def _wait_any(self, after: int, timeout: float) -> int:
        """Block until an event newer than ``after`` exists (or timeout); the newest seq."""
        query = urllib.parse.urlencode({"after": str(after), "wait": f"{timeout:.3f}"})
        body = self.control("GET", "/_sandbox/events?" + query, timeout=timeout + 10)
        return int(body["last_seq"])

    def wait_for_event(
        self, kind: str, timeout: float = 5.0, after: int = 0, **match: Any
    ) -> dict[str, Any]:
        """The first event of ``kind`` whose fields equal ``match``, waiting up to ``timeout``.

        Events already in the log count (pass ``after`` to skip older ones).
        """
        deadline = time.monotonic() + timeout
        while True:
            found, seen = self._events_page(after, kind)
            for event in found:
                if all(event.get(k) == v for k, v in match.items()):
                    return event
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {kind!r} event matching {match!r} within {timeout}s")
            self._wait_any(seen, min(left, 5.0))
