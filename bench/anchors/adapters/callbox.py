"""Adapter for callbox (this project), the same contract as twilio_sdk.py.

Every function is the thinnest idiomatic use of callbox's public API.  callbox
takes a base URL directly (the local-sandbox setting), so no transport
subclass is needed: requests for domain X go to {base_url}/X/..., and the mock
server ignores the /api prefix of the 2010 API.
"""
from __future__ import annotations

import callbox
from callbox import Client
from callbox.twiml import MessagingResponse, VoiceResponse
from callbox.webhooks import RequestValidator

NAME = f"callbox {callbox.__version__}"
DIST = "callbox"
PACKAGE = "callbox"

# Statements timed in a fresh interpreter by bench_import.py
IMPORTS = {
    "rest_client": "from callbox import Client",
    "twiml_voice": "import callbox.twiml",
    "request_validator": "from callbox.webhooks import RequestValidator",
}
# Statement whose process peak RSS is measured by bench_import.py
RSS_SNIPPET = "from callbox import Client; c = Client('AC'+'0'*32, 'tok'); c.messages"
# Optional (bench/bench_first_request.py): import, build a client, send one create to {base_url}
FIRST_REQUEST_SNIPPET = (
    "from callbox import Client; c = Client({sid!r}, {token!r}, base_url={base_url!r}); "
    "print(c.messages.create(to='+14155550100', from_='+15005550006', body='hi').sid)")


# ------------------------------------------------------------------ TwiML

VOICE = "Polly.Joanna"
LANG = "en-US"


def build_ivr() -> str:
    """The IVR document specified in bench_twiml.py (11 elements), as a string."""
    r = VoiceResponse()
    r.say("Thanks for calling Acme & Sons. This call may be recorded.", voice=VOICE, language=LANG)
    g = r.gather(input="dtmf speech", action="/ivr/menu", method="POST", num_digits=1,
                 timeout=5, hints="sales, support, billing")
    g.say("For sales, press 1. For support, press 2. For billing, press 3.",
          voice=VOICE, language=LANG)
    g.play("https://cdn.example.com/audio/menu-jingle.mp3", loop=1)
    r.say("We did not get your selection. Connecting you to an operator.", voice=VOICE, language=LANG)
    r.pause(length=1)
    d = r.dial(caller_id="+15005550006", timeout=20, record="record-from-answer")
    d.number("+14155550100", status_callback="https://ivr.example.com/ivr/dial-status",
             status_callback_event="initiated ringing answered completed")
    r.record(action="/ivr/voicemail", method="POST", max_length=120, play_beep=True,
             finish_on_key="#", transcribe=True, transcribe_callback="/ivr/transcription")
    r.redirect("/ivr/welcome", method="POST")
    return str(r)


def build_sms() -> str:
    """MessagingResponse with one Message holding a Body and a Media."""
    r = MessagingResponse()
    m = r.message()
    m.body("Your order #1042 has shipped! Track it at https://acme.example.com/t/1042?a=1&b=2")
    m.media("https://cdn.example.com/img/receipt-1042.png")
    return str(r)


# ------------------------------------------------------------------ webhook signatures


def make_validator(auth_token: str):
    return RequestValidator(auth_token)


def validate(validator, url: str, params: dict, signature: str) -> bool:
    return validator.validate(url, params, signature)


def compute_signature(validator, url: str, params: dict) -> str:
    return validator.compute_signature(url, params)


# ------------------------------------------------------------------ REST (sync)


def make_client(account_sid: str, auth_token: str, base_url: str):
    return Client(account_sid, auth_token, base_url=base_url)


def create_message(client, to: str, from_: str, body: str) -> str:
    return client.messages.create(to=to, from_=from_, body=body).sid


def close_client(client) -> None:
    client.close()


# ------------------------------------------------------------------ REST (async)


async def make_async_client(account_sid: str, auth_token: str, base_url: str):
    from callbox import AsyncClient

    return AsyncClient(account_sid, auth_token, base_url=base_url)


async def create_message_async(client, to: str, from_: str, body: str) -> str:
    return (await client.messages.create(to=to, from_=from_, body=body)).sid


async def close_async_client(client) -> None:
    await client.close()


# ------------------------------------------------------------------ pagination


def stream_messages(client, page_size: int):
    """Lazy iterator over every Message record (objects with a .sid)."""
    return client.messages.stream(page_size=page_size)


def list_messages(client, page_size: int):
    """Eager list of every Message record (objects with a .sid)."""
    return client.messages.list(page_size=page_size)
