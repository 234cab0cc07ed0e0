"""Fetching an app's TwiML and running it, document after document, as Twilio does.

A :class:`Source` says where the next document comes from: a URL (with its method and
the fallback URL Twilio tries when the first fails) or inline TwiML (``Twiml=``).
:func:`run` fetches it (signed, with the call's parameters plus any the last verb
added), checks it, runs its verbs in order (:mod:`.verbs`) and follows whatever the verbs
point to next (a Gather's action, a Redirect) until no document is left.

Failures as Twilio handles them: an unreachable URL or an error status (11200, 11205,
11100), an answer that is not TwiML (12300: wrong Content-Type; 12100: a document that
does not parse) send Twilio to the fallback URL with ``ErrorCode`` and ``ErrorUrl``;
when that fails too (or there is none) the caller hears "An application error has
occurred" and the call ends.  Each failure is logged as a Notification and a Monitor
alert against the call; schema problems in an otherwise usable document are warnings
(12200) and the verbs Twilio knows still run.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Final

from ...errors import TwiMLError
from ...twiml import VoiceResponse, parse
from .documents import END, Document, Source, Verbs
from .legs import Leg
from .params import call_params
from .prompts import say_text
from .verbs import execute

if TYPE_CHECKING:
    from .._delivery import Delivery

__all__ = ["APPLICATION_ERROR", "fetch", "run"]

#: What Twilio says to the caller when the app's TwiML cannot be had.
APPLICATION_ERROR: Final = "We are sorry, an application error has occurred. Goodbye."

#: Documents one program may chain (Redirects, actions) before the sandbox stops a loop.
MAX_DOCUMENTS: Final = 2000

_XML_TYPES: Final = frozenset({"text/xml", "application/xml", "text/html"})
_AUDIO_PREFIX: Final = "audio/"


async def fetch(leg: Leg, source: Source) -> Document | None:
    """The document ``source`` names, after the fallback if need be; None when there is none
    (the caller has then heard the application error message)."""
    if source.twiml is not None:
        doc = _read(leg, source.twiml, "text/xml", None, None)
        if doc is not None:
            return doc
        await _give_up(leg)
        return None
    if not source.url:
        leg.engine.problem(leg, 21205, "No URL to request for the call's TwiML")
        await _give_up(leg)
        return None
    url = source.url
    started = time.perf_counter()
    result = await leg.engine.webhook(
        leg, source.purpose, url, source.method, [*call_params(leg.record), *source.params]
    )
    error_code = result.error_code
    if result.ok:
        doc = _read(leg, result.body, result.content_type, result.url, result)
        if doc is not None:
            _ready(leg, started)
            return doc
        error_code = leg.engine.last_problem_code(leg) or 12100
    if source.fallback_url:
        extra = [("ErrorCode", str(error_code or 11200)), ("ErrorUrl", url)]
        result = await leg.engine.webhook(
            leg,
            "fallback_url",
            source.fallback_url,
            source.fallback_method,
            [*call_params(leg.record), *source.params, *extra],
        )
        if result.ok:
            doc = _read(leg, result.body, result.content_type, result.url, result)
            if doc is not None:
                return doc
    await _give_up(leg)
    return None


def _ready(leg: Leg, started: float) -> None:
    """Note on the request's transcript event how long the step took to be ready to run
    (the round trip, reading and checking the document), in real milliseconds."""
    event = leg.last_webhook
    if event is not None:
        event["ready_ms"] = round((time.perf_counter() - started) * 1000, 2)


async def _give_up(leg: Leg) -> None:
    """The caller hears Twilio's application error message (the call then ends)."""
    leg.engine.answer(leg)
    await say_text(leg, APPLICATION_ERROR)


def _read(
    leg: Leg, body: bytes | str, content_type: str, url: str | None, delivery: Delivery | None
) -> Document | None:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    media = content_type.split(";", 1)[0].strip().lower()
    if media.startswith(_AUDIO_PREFIX) and url:
        return Document(None, url, audio_url=url)
    if media == "text/plain" and text.strip() and not text.lstrip().startswith("<"):
        return _plain(text, url)  # plain text that is not TwiML is read to the caller
    if media and media not in _XML_TYPES and media != "text/plain":
        leg.engine.problem(
            leg, 12300, f"Invalid Content-Type {content_type!r}: expected TwiML", delivery
        )
        return None
    if not text.strip():
        leg.engine.problem(leg, 12100, "Document parse failure: the document is empty", delivery)
        return None
    problems: list[str] = []
    try:
        root = parse(text, strict=False, kind="voice", problems=problems)
    except (TwiMLError, ValueError) as exc:
        leg.engine.problem(leg, 12100, f"Document parse failure: {exc}", delivery)
        return None
    if root.name != "Response":
        leg.engine.problem(leg, 12100, "Document parse failure: the root is not <Response>")
        return None
    for issue in problems[:20]:
        leg.engine.problem(
            leg, 12200, f"Schema validation warning: {issue}", delivery, level="warning"
        )
    return Document(root, url)


def _plain(text: str, url: str | None) -> Document:
    response = VoiceResponse(strict=False)
    response.say(text.strip()[:4096])
    return Document(response, url)


async def run(leg: Leg, source: Source, *, allowed: Verbs | None = None) -> str:
    """Run documents from ``source`` on until none is left (then the call hangs up).

    Returns ``"ended"`` when the verbs ran out, ``"hangup"`` when the TwiML hung up (a
    ``<Hangup>``, a ``<Reject>``), ``"failed"`` when a document could not be had (the caller
    heard the application error).  ``allowed`` limits the verbs (a wait or hold music, a
    whisper): others are skipped with the alert :class:`.Verbs` names.
    """
    count = 0
    next_source: Source | None = source
    while next_source is not None:
        count += 1
        if count > MAX_DOCUMENTS:
            leg.engine.problem(
                leg, 11215, f"More than {MAX_DOCUMENTS} documents in one call: stopped a loop"
            )
            return "failed"
        doc = await fetch(leg, next_source)
        if doc is None:
            return "failed"
        outcome = await execute(leg, doc, allowed)
        if outcome is END:
            return "hangup"
        next_source = outcome if isinstance(outcome, Source) else None
    return "ended"
