"""``callbox demo``: an SMS conversation and a phone call through the local sandbox, printed
as they happen.

What it does, all on 127.0.0.1 and in this one process (threads, no child processes):

1. starts a sandbox (in-memory database, a free port) and a small SMS app: an auto-responder
   that checks ``X-Twilio-Signature`` with :mod:`callbox.webhooks` and answers with
   :mod:`callbox.twiml` (the same app as ``examples/sms_app.py``);
2. with :class:`callbox.Client`, searches the sandbox's numbers, buys one and points its SMS
   URL at the app;
3. has an outside phone text the number twice; the sandbox posts each text to the app, runs
   the TwiML reply, delivers it to the phone and posts each status change to the app;
4. sends one message through the REST API with a ``StatusCallback`` and shows its
   ``queued → sending → sent → delivered`` callbacks;
5. points the number's voice URL at the app's phone menu (``examples/voice_app.py``): the
   phone calls it, hears the menu, presses 2 and leaves a voicemail; the app downloads the
   recording (a real WAV file) and gets its transcription; the call's transcript is printed;
6. stops everything and returns 0 (1 if something did not happen in time).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.routing import Route

    from ..webhooks import WebhookConfig
    from ._runner import Sandbox

__all__ = ["build_app", "run"]

PHONE = "+14155550123"
"""The outside phone of the demo (a person, not a sandbox number)."""

TEXTS = ("Hi!", "What are your hours?")

_ANSWERS = {
    "hours": "We're open 9am to 5pm, Monday to Friday.",
    "where": "You'll find us at 1 Example Street, San Francisco.",
    "help": "Text HOURS or WHERE, or anything else and a human will get back to you.",
}


def _reply_for(body: str) -> str:
    words = body.strip().lower().split()
    for word in words:
        if word.strip("?!.,") in _ANSWERS:
            return _ANSWERS[word.strip("?!.,")]
    if words and words[0].strip("!.,") in ("hi", "hello", "hey"):
        return "Hello! " + _ANSWERS["help"]
    return f"Thanks for your message ({body.strip()[:60]!r}). " + _ANSWERS["help"]


def build_app(auth_token: str, on_event: Callable[[str, dict[str, Any]], None]) -> Starlette:
    """The demo's app (Starlette): ``POST /sms`` replies, ``POST /status`` logs, and the
    phone menu of ``examples/voice_app.py`` (``/voice``, ``/menu``, ``/voicemail``...)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from ..twiml import MessagingResponse
    from ..webhooks import WebhookConfig
    from ..webhooks.starlette import twilio_webhook

    config = WebhookConfig(auth_tokens=auth_token)

    @twilio_webhook(config=config)
    async def sms(request: Request) -> MessagingResponse:
        form = await request.form()
        fields = {k: str(v) for k, v in form.items()}
        on_event("sms", fields)
        reply = MessagingResponse()
        reply.message(_reply_for(fields.get("Body", "")), status_callback="/status")
        return reply

    @twilio_webhook(config=config)
    async def status(request: Request) -> Response:
        form = await request.form()
        on_event("status", {k: str(v) for k, v in form.items()})
        return Response(status_code=204)

    return Starlette(
        routes=[
            Route("/sms", sms, methods=["POST"]),
            Route("/status", status, methods=["POST"]),
            *_voice_routes(config, on_event),
        ]
    )


MENU = "Thanks for calling Example Bistro. Press 1 for our hours, or 2 to leave a message."
HOURS = "We are open from noon to ten, every day but Monday."
VOICEMAIL = "Hi, this is Sam. Please call me back about a table for four on Friday."


def _voice_routes(
    config: WebhookConfig, on_event: Callable[[str, dict[str, Any]], None]
) -> list[Route]:
    """The phone menu: hours, or a voicemail the app downloads and gets transcribed."""
    import asyncio

    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from ..twiml import VoiceResponse
    from ..webhooks.starlette import twilio_webhook

    @twilio_webhook(config=config)
    async def voice(request: Request) -> VoiceResponse:
        response = VoiceResponse()
        with response.gather(num_digits=1, action="/menu") as gather:
            gather.say(MENU)
        response.say("We did not get that. Goodbye.")
        return response

    @twilio_webhook(config=config)
    async def menu(request: Request) -> VoiceResponse:
        digits = str((await request.form()).get("Digits", ""))
        on_event("pressed", {"Digits": digits})
        response = VoiceResponse()
        if digits == "1":
            response.say(HOURS)
        elif digits == "2":
            response.say("Please leave a message after the tone.")
            response.record(
                action="/voicemail",
                max_length=60,
                transcribe=True,
                transcribe_callback="/transcribed",
            )
        else:
            response.redirect("/voice")
        return response

    @twilio_webhook(config=config)
    async def voicemail(request: Request) -> VoiceResponse:
        fields = {k: str(v) for k, v in (await request.form()).items()}
        audio = await asyncio.to_thread(_download, fields.get("RecordingUrl", ""))
        on_event("voicemail", {**fields, **audio})
        response = VoiceResponse()
        response.say("Thank you. We will call you back. Goodbye.")
        response.hangup()
        return response

    @twilio_webhook(config=config)
    async def transcribed(request: Request) -> Response:
        on_event("transcription", {k: str(v) for k, v in (await request.form()).items()})
        return Response(status_code=204)

    return [
        Route("/voice", voice, methods=["POST"]),
        Route("/menu", menu, methods=["POST"]),
        Route("/voicemail", voicemail, methods=["POST"]),
        Route("/transcribed", transcribed, methods=["POST"]),
    ]


def _download(url: str) -> dict[str, Any]:
    """Fetch a recording as an app does (no credentials, never through a proxy)."""
    import io
    import urllib.request
    import wave

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url + ".wav", timeout=10) as answer:
        data = answer.read()
        kind = answer.headers.get("content-type", "")
    with wave.open(io.BytesIO(data)) as audio:
        seconds = audio.getnframes() / audio.getframerate()
    return {"bytes": len(data), "seconds": seconds, "content_type": kind}


class _Printer:
    """Thread-safe lines with the time since the start."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.start = time.monotonic()
        self.lock = threading.Lock()

    def __call__(self, who: str, text: str) -> None:
        with self.lock:
            elapsed = time.monotonic() - self.start
            self.out.write(f"{elapsed:6.2f}s  {who:<10} {text}\n")
            self.out.flush()


def run(out: TextIO | None = None, *, step_delay: float = 0.05, timeout: float = 15.0) -> int:
    """Run the demo; 0 when the whole conversation happened, 1 otherwise."""
    from .. import Client
    from .behaviours._serve import serve

    stream = out or sys.stdout
    say = _Printer(stream)
    statuses: list[tuple[str, str]] = []
    voice_events: list[tuple[str, dict[str, Any]]] = []
    seen = threading.Condition()

    def on_event(kind: str, fields: dict[str, Any]) -> None:
        if kind == "sms":
            say("app", f"<- text from {fields.get('From')}: {fields.get('Body')!r} (signature OK)")
        elif kind in _VOICE_EVENTS:
            say("app", _VOICE_EVENTS[kind](fields))
            with seen:
                voice_events.append((kind, fields))
                seen.notify_all()
        else:
            sid, status = fields.get("MessageSid", ""), fields.get("MessageStatus", "")
            say("app", f"<- status callback {sid[:10]}... {status} (signature OK)")
            with seen:
                statuses.append((sid, status))
                seen.notify_all()

    def wait_for(check: Callable[[], bool]) -> bool:
        deadline = time.monotonic() + timeout
        with seen:
            while not check():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                seen.wait(min(left, 0.05))
        return True

    stream.write(
        "callbox demo: a Twilio SMS app, a phone and the local sandbox, all on this machine\n"
    )
    sandbox = _start_sandbox(step_delay)
    try:
        account_sid, auth_token, base_url = sandbox.account_sid, sandbox.auth_token, sandbox.url
        say("sandbox", f"running at {base_url} (account {account_sid})")
        with serve(build_app(auth_token, on_event)) as app:
            say("app", f"SMS auto-responder at {app.url}/sms (checks X-Twilio-Signature)")
            client = Client(account_sid, auth_token, base_url=base_url, proxy="")
            try:
                code = _conversation(client, sandbox, app.url, say, statuses, wait_for)
                if code == 0:
                    code = _phone_call(client, sandbox, app.url, say, voice_events, wait_for)
                return code
            finally:
                client.close()
    finally:
        sandbox.stop()
        say("demo", "stopped the app and the sandbox")


def _has(statuses: list[tuple[str, str]], sid: str, status: str) -> bool:
    return (sid, status) in statuses


def _conversation(
    client: Any,
    sandbox: _SandboxHandle,
    app_url: str,
    say: _Printer,
    statuses: list[tuple[str, str]],
    wait_for: Callable[[Callable[[], bool]], bool],
) -> int:
    found = client.available_phone_numbers("US").local.list(area_code=415, limit=3)
    say("client", "numbers for sale in 415: " + ", ".join(n.phone_number for n in found))
    number = client.incoming_phone_numbers.create(
        phone_number=found[0].phone_number, sms_url=f"{app_url}/sms"
    )
    say("client", f"bought {number.phone_number} ({number.sid}), SMS URL -> {app_url}/sms")

    for count, text in enumerate(TEXTS, start=1):
        say("phone", f"{PHONE} texts {number.phone_number}: {text!r}")
        sandbox.text(PHONE, number.phone_number, text)
        reply = sandbox.wait_for_phone(PHONE, count)
        if reply is None:
            say("demo", "the reply did not arrive in time")
            return 1
        say("phone", f"{PHONE} got from {reply['from']}: {reply['body']!r}")
        sid = str(reply["sid"])
        if not wait_for(partial(_has, statuses, sid, "delivered")):
            say("demo", "the reply's status callbacks did not arrive in time")
            return 1

    message = client.messages.create(
        to=PHONE,
        from_=number.phone_number,
        body="Your table for two is booked for 7pm. Reply HELP for help.",
        status_callback=f"{app_url}/status",
    )
    say("client", f"sent {message.sid} through the REST API: status {message.status}")
    if not wait_for(partial(_has, statuses, str(message.sid), "delivered")):
        say("demo", "the message's status callbacks did not arrive in time")
        return 1
    order = [s for sid, s in statuses if sid == message.sid]
    say("demo", f"{message.sid} went " + " -> ".join(["queued", *order]))
    inbox = sandbox.inbox(PHONE)
    say("demo", f"the phone's inbox holds {len(inbox)} messages.")
    return 0


_VOICE_EVENTS: dict[str, Callable[[dict[str, Any]], str]] = {
    "pressed": lambda f: f"<- the caller pressed {f.get('Digits')!r} (signature OK)",
    "voicemail": lambda f: (
        f"<- voicemail {str(f.get('RecordingSid'))[:10]}..., {f.get('RecordingDuration')} s; "
        f"downloaded {f.get('bytes')} bytes of {f.get('content_type')}, "
        f"{f.get('seconds'):.1f} s of audio"
    ),
    "transcription": lambda f: f"<- transcription: {f.get('TranscriptionText')!r}",
}


def _phone_call(
    client: Any,
    sandbox: _SandboxHandle,
    app_url: str,
    say: _Printer,
    voice_events: list[tuple[str, dict[str, Any]]],
    wait_for: Callable[[Callable[[], bool]], bool],
) -> int:
    from .voice import press, silence
    from .voice import say as speak

    number = client.incoming_phone_numbers.list(limit=1)[0]
    client.incoming_phone_numbers(number.sid).update(voice_url=f"{app_url}/voice")
    say("client", f"voice URL of {number.phone_number} -> {app_url}/voice")
    say("phone", f"{PHONE} calls {number.phone_number}, presses 2 and leaves a message")
    script = [press("2"), speak(VOICEMAIL), silence(6)]
    transcript = sandbox.sb.phone(PHONE).call(number.phone_number, script=script)
    for line in str(transcript).splitlines():
        say("call", line.strip())
    kinds = ("voicemail", "transcription")
    if not wait_for(lambda: all(any(k == kind for k, _ in voice_events) for kind in kinds)):
        say("demo", "the voicemail or its transcription did not reach the app in time")
        return 1
    duration = client.calls(transcript.sid).fetch().duration
    say(
        "demo",
        f"the call {transcript.sid[:10]}... lasted {duration} s ({transcript.status}); done.",
    )
    return 0


class _SandboxHandle:
    """The running sandbox as the demo uses it.

    The outside phone talks to the in-process sandbox directly (what
    ``POST /_sandbox/phones/...`` runs), so an ``HTTP_PROXY`` in the environment
    cannot get between the demo and its own server.
    """

    def __init__(self, sb: Sandbox) -> None:
        from ._hooks import Ctx
        from .behaviours._common import context_for

        self.sb = sb
        self.account_sid: str = sb.account_sid
        self.auth_token: str = sb.auth_token
        self.url: str = sb.base_url
        self.ctx: Ctx = context_for(sb.state, self.account_sid)

    def text(self, phone: str, to: str, body: str) -> None:
        from .behaviours.phones import send_from_phone

        send_from_phone(self.ctx, phone, to, body)

    def wait_for_phone(
        self, phone: str, count: int, timeout: float = 15.0
    ) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            inbox = self.inbox(phone)
            if len(inbox) >= count:
                return inbox[count - 1]
            time.sleep(0.02)
        return None

    def inbox(self, phone: str) -> list[dict[str, Any]]:
        from .behaviours.phones import inbox

        return inbox(self.ctx, phone)

    def stop(self) -> None:
        self.sb.stop()


def _start_sandbox(step_delay: float) -> _SandboxHandle:
    from ._runner import Sandbox

    sb = Sandbox(step_delay=step_delay).start()
    return _SandboxHandle(sb)


if __name__ == "__main__":
    sys.exit(run())
