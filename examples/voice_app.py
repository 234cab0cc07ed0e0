"""A phone menu with voicemail: the smallest real Twilio voice app.

* ``POST /voice`` is the number's "A call comes in" webhook: a menu read by a ``<Gather>``.
* ``POST /menu`` gets the key: 1 reads the opening hours, 2 records a message (the recording
  is transcribed), anything else goes back to the menu.
* ``POST /voicemail`` gets the recording: the app downloads the audio from ``RecordingUrl``
  (what a real app would store) and says goodbye.
* ``POST /transcription`` gets the text of the message.

Every webhook is checked with ``callbox.webhooks`` (unsigned requests get 403) and answered
with ``callbox.twiml``.  Run it against the local sandbox (``callbox demo`` does it all)::

    callbox sandbox &                       # prints the account SID and auth token
    TWILIO_AUTH_TOKEN=<token> uvicorn examples.voice_app:app --port 5000

then point a sandbox number's voice URL at ``http://127.0.0.1:5000/voice`` and call it::

    from callbox.sandbox import Sandbox, press, say, silence
    sb = Sandbox.attach("http://127.0.0.1:8787", account_sid, auth_token)
    print(sb.phone("+14155550100").call(number, script=[press("2"), say("Hi"), silence(6)]))
"""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox.twiml import VoiceResponse
from callbox.webhooks import WebhookConfig
from callbox.webhooks.starlette import twilio_webhook

MENU = "Thanks for calling. Press 1 for our opening hours, or 2 to leave a message."
HOURS = "We are open from noon to ten, every day but Monday."


def fetch_recording(url: str) -> bytes:
    """The recording's audio, as WAV (Twilio's media URLs take no credentials by default)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url + ".wav", timeout=10) as answer:
        data: bytes = answer.read()
    return data


def create_app(
    auth_token: str | None = None,
    *,
    on_event: Callable[[str, dict[str, Any]], None] | None = None,
) -> Starlette:
    """The app; ``auth_token`` defaults to ``TWILIO_AUTH_TOKEN`` (read on the first request).

    ``on_event(kind, fields)`` is called with each key pressed (``"pressed"``), voicemail
    (``"voicemail"``, with the downloaded ``audio``) and transcription.
    """
    config = WebhookConfig(auth_tokens=auth_token) if auth_token else None

    def emit(kind: str, fields: dict[str, Any]) -> None:
        if on_event is not None:
            on_event(kind, fields)

    async def form_of(request: Request) -> dict[str, str]:
        return {k: str(v) for k, v in (await request.form()).items()}

    @twilio_webhook(config=config)
    async def voice(request: Request) -> VoiceResponse:
        response = VoiceResponse()
        with response.gather(num_digits=1, action="/menu") as gather:
            gather.say(MENU)
        response.say("We did not get that. Goodbye.")
        return response

    @twilio_webhook(config=config)
    async def menu(request: Request) -> VoiceResponse:
        fields = await form_of(request)
        emit("pressed", fields)
        response = VoiceResponse()
        if fields.get("Digits") == "1":
            response.say(HOURS)
        elif fields.get("Digits") == "2":
            response.say("Please leave a message after the tone.")
            response.record(
                action="/voicemail",
                max_length=60,
                transcribe=True,
                transcribe_callback="/transcription",
            )
        else:
            response.redirect("/voice")
        return response

    @twilio_webhook(config=config)
    async def voicemail(request: Request) -> VoiceResponse:
        fields = await form_of(request)
        audio = await asyncio.to_thread(fetch_recording, fields["RecordingUrl"])
        emit("voicemail", {**fields, "audio": audio})
        response = VoiceResponse()
        response.say("Thank you. We will call you back. Goodbye.")
        response.hangup()
        return response

    @twilio_webhook(config=config)
    async def transcription(request: Request) -> Response:
        emit("transcription", await form_of(request))
        return Response(status_code=204)

    return Starlette(
        routes=[
            Route("/voice", voice, methods=["POST"]),
            Route("/menu", menu, methods=["POST"]),
            Route("/voicemail", voicemail, methods=["POST"]),
            Route("/transcription", transcription, methods=["POST"]),
        ]
    )


app = create_app()
