"""An SMS auto-responder: the smallest real Twilio messaging app.

* ``POST /sms`` is the number's "A message comes in" webhook.  Only requests signed with
  the account's auth token get through (``callbox.webhooks``; anything else gets 403), and
  the answer is TwiML built with ``callbox.twiml``: a reply whose delivery is reported to
  ``/status``.
* ``POST /status`` receives the status callbacks of the replies (also signature-checked).

Run it against the local sandbox (``callbox demo`` does all of this for you)::

    callbox sandbox &                       # prints the account SID and auth token
    TWILIO_AUTH_TOKEN=<token> uvicorn examples.sms_app:app --port 5000

then point a sandbox number's SMS URL at ``http://127.0.0.1:5000/sms``.  The same code runs
unchanged against Twilio behind a public URL (set ``CALLBOX_WEBHOOK_PUBLIC_URL`` when a
proxy or tunnel changes the URL your server sees).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from callbox.twiml import MessagingResponse
from callbox.webhooks import WebhookConfig
from callbox.webhooks.starlette import twilio_webhook

ANSWERS = {
    "hours": "We're open 9am to 5pm, Monday to Friday.",
    "where": "You'll find us at 1 Example Street, San Francisco.",
    "help": "Text HOURS or WHERE, or anything else and a human will get back to you.",
}


def reply_for(body: str) -> str:
    """The auto-responder's answer to a text."""
    words = body.strip().lower().split()
    for word in words:
        if word.strip("?!.,") in ANSWERS:
            return ANSWERS[word.strip("?!.,")]
    if words and words[0].strip("!.,") in ("hi", "hello", "hey"):
        return "Hello! " + ANSWERS["help"]
    return f"Thanks for your message ({body.strip()[:60]!r}). " + ANSWERS["help"]


def create_app(
    auth_token: str | None = None,
    *,
    on_event: Callable[[str, dict[str, Any]], None] | None = None,
) -> Starlette:
    """The app; ``auth_token`` defaults to ``TWILIO_AUTH_TOKEN`` (read on the first request).

    ``on_event(kind, fields)`` is called for each incoming text (``"sms"``) and status
    callback (``"status"``), e.g. to print them.
    """
    config = WebhookConfig(auth_tokens=auth_token) if auth_token else None

    def emit(kind: str, fields: dict[str, Any]) -> None:
        if on_event is not None:
            on_event(kind, fields)

    @twilio_webhook(config=config)
    async def sms(request: Request) -> MessagingResponse:
        form = await request.form()
        fields = {k: str(v) for k, v in form.items()}
        emit("sms", fields)
        reply = MessagingResponse()
        reply.message(reply_for(fields.get("Body", "")), status_callback="/status")
        return reply

    @twilio_webhook(config=config)
    async def status(request: Request) -> Response:
        form = await request.form()
        emit("status", {k: str(v) for k, v in form.items()})
        return Response(status_code=204)

    return Starlette(
        routes=[
            Route("/sms", sms, methods=["POST"]),
            Route("/status", status, methods=["POST"]),
        ]
    )


app = create_app()
