"""The TwiML interpreter: what each voice verb does to a call, with Twilio's defaults.

:func:`execute` runs a document's verbs in order.  Each verb returns ``None`` (go on with
the next verb), a :class:`~.documents.Source` (fetch and run that document instead: an
``action``, a ``<Redirect>``) or :data:`~.documents.END` (hang up); running out of verbs
hangs up.  A ringing inbound call is answered by its first verb (``<Reject>`` refuses it).

``<Say>``, ``<Play>``, ``<Pause>``, ``<Gather>``, ``<Redirect>``, ``<Hangup>``, ``<Reject>``
and ``<Sms>``/``<Message>`` are here; ``<Dial>`` in :mod:`.dial`, ``<Enqueue>``/``<Leave>``
in :mod:`.queues`, ``<Record>`` in :mod:`.recordings`.  Verbs the sandbox cannot act out
(``<Connect>``, ``<Pay>``, ``<Start>`` ...) are logged in the transcript and skipped with a
warning alert; elements Twilio does not know are skipped with 12200.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Final

from .dial import dial
from .documents import (
    END,
    Document,
    Outcome,
    Source,
    Verbs,
    flag,
    loops,
    method_of,
    number,
    resolve,
)
from .legs import Leg
from .params import call_params
from .parties import Sound
from .prompts import play_digits, play_url, say_text
from .queues import enqueue, leave
from .recordings import record_verb

if TYPE_CHECKING:
    from ...twiml import TwiML

__all__ = ["UNSUPPORTED", "VERBS", "execute"]

Verb = Callable[[Leg, "TwiML", Document], Awaitable[Outcome]]
Prompt = Callable[[Leg, "TwiML", Document, bool], Awaitable[Outcome]]

#: Verbs Twilio documents that the sandbox does not act out.
UNSUPPORTED: Final = frozenset(
    {"Connect", "Echo", "Pay", "Prompt", "Refer", "Start", "Stop", "Siprec", "Stream"}
)

#: The code of the warning logged for a verb the sandbox skips.
SKIPPED_VERB: Final = 13000

_DIGIT_KEYS: Final = frozenset("0123456789*#")


async def execute(leg: Leg, doc: Document, allowed: Verbs | None = None) -> Outcome:
    """Run a document: the next document's source, :data:`END` if a verb hung up, or None
    when the verbs ran out (Twilio then hangs up too).  ``allowed``: the only verbs that
    may run (others are skipped with the alert :class:`.Verbs` names)."""
    if doc.audio_url is not None:
        leg.engine.answer(leg)
        await play_url(leg, doc.audio_url, 1)
        return None
    assert doc.root is not None
    for node in doc.root.elements():
        if allowed is not None and node.name not in allowed:
            code, level = (
                (allowed.code, allowed.level) if isinstance(allowed, Verbs) else (12200, "warning")
            )
            leg.engine.problem(
                leg, code, f"<{node.name}> is not allowed here: skipped", level=level
            )
            continue
        outcome = await run_verb(leg, node, doc)
        if outcome is END or isinstance(outcome, Source):
            return outcome
        if leg.hanging_up:
            return END
    return None


async def run_verb(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    """Run one verb (answering a ringing inbound call first, unless it is a Reject)."""
    name = node.name
    if name != "Reject" and not (name == "Dial" and flag(node, "answerOnBridge", False)):
        leg.engine.answer(leg)
    leg.log("verb", verb=name, attrs=dict(node.attrs))
    handler = VERBS.get(name)
    if handler is not None:
        return await handler(leg, node, doc)
    known = name in UNSUPPORTED
    code = SKIPPED_VERB if known else 12200
    why = "not simulated by the sandbox" if known else "not a TwiML voice verb"
    leg.engine.problem(leg, code, f"<{name}> skipped: {why}", level="warning")
    return None


# ---------------------------------------------------------------- output


async def _say(leg: Leg, node: TwiML, doc: Document, interruptible: bool) -> Outcome:
    text = " ".join(node.text.split())
    if not text:
        leg.engine.problem(leg, 13520, "Say: Invalid text (empty)", level="warning")
        return None
    voice = node.get("voice") or "man"
    language = node.get("language") or "en-US"
    for _ in range(loops(node)):
        if not await say_text(
            leg, text, voice=voice, language=language, interruptible=interruptible
        ):
            break
    return None


async def _play(leg: Leg, node: TwiML, doc: Document, interruptible: bool) -> Outcome:
    digits = (node.get("digits") or "").strip()
    if digits:
        await play_digits(leg, digits, interruptible)
        return None
    url = resolve(node.value, doc)
    if url:
        await play_url(leg, url, loops(node), interruptible)
    return None


async def _pause(leg: Leg, node: TwiML, doc: Document, interruptible: bool) -> Outcome:
    await leg.play(number(node, "length", 1, 0, 86400), None, interruptible=interruptible)
    return None


#: Verbs that may be nested in a Gather (they stop when the caller answers).
PROMPTS: Final[dict[str, Prompt]] = {"Say": _say, "Play": _play, "Pause": _pause}


def _as_verb(prompt: Prompt) -> Verb:
    async def verb(leg: Leg, node: TwiML, doc: Document) -> Outcome:
        return await prompt(leg, node, doc, False)

    return verb


# ---------------------------------------------------------------- flow


async def _hangup(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    return END


async def _reject(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    reason = (node.get("reason") or "rejected").strip().lower()
    leg.engine.reject(leg, "busy" if reason == "busy" else "rejected")
    return END


async def _redirect(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    url = resolve(node.value, doc)
    if not url:
        leg.engine.problem(leg, 11100, "<Redirect> without a URL", level="warning")
        return None
    return Source(url=url, method=method_of(node), purpose="redirect")


async def _leave(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    if not leave(leg):
        leg.engine.problem(leg, 12200, "<Leave> outside a queue's wait music", level="warning")
        return None
    return END


# ---------------------------------------------------------------- Gather


async def _gather(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    """Prompts (interrupted by input), then keys until ``numDigits``/``finishOnKey``/timeout,
    or speech; input goes to ``action`` (default: this document), none falls through."""
    inputs = set((node.get("input") or "dtmf").lower().split())
    dtmf, speech = "dtmf" in inputs, "speech" in inputs
    num_digits = int(number(node, "numDigits", 0, 0, 10000))
    raw_finish = node.get("finishOnKey")
    finish_on = "#" if raw_finish is None else raw_finish.strip()[:1]
    timeout = number(node, "timeout", 5, 0, 3600)
    speech_timeout = (node.get("speechTimeout") or "").strip().lower()
    wait = timeout
    if speech and not dtmf and speech_timeout not in ("", "auto"):
        wait = number(node, "speechTimeout", timeout, 0, 3600)
    digits, finished, heard = "", "", None
    leg.open_chance()
    try:
        for child in node.elements():
            prompt = PROMPTS.get(child.name)
            if prompt is not None:
                leg.log("verb", verb=child.name, attrs=dict(child.attrs))
                await prompt(leg, child, doc, True)
                if leg.has_input:
                    break
        leg.invite("gather")
        while True:
            sound = await leg.listen(wait)
            if sound is None:
                break
            if sound.kind == "digits" and dtmf and sound.value in _DIGIT_KEYS:
                if finish_on and sound.value == finish_on:
                    finished = sound.value
                    break
                digits += sound.value
                if num_digits and len(digits) >= num_digits:
                    break
                wait = timeout
            elif sound.kind == "speech" and speech and not digits:
                heard = sound
                break
    finally:
        leg.close_chance()
    if digits:
        leg.log("note", text=f"gathered digits {digits!r}")
    elif heard is not None:
        leg.log("note", text=f"gathered speech {heard.value!r} ({heard.confidence:g})")
    else:
        leg.log("note", text="gather: no input")
    if not digits and heard is None and not flag(node, "actionOnEmptyResult", False):
        return None
    action = resolve(node.get("action"), doc) or doc.base
    if not action:
        leg.engine.problem(leg, 11100, "<Gather> has no action and its document no URL")
        return END
    params: list[tuple[str, str]] = []
    if heard is not None:
        partial = resolve(node.get("partialResultCallback"), doc)
        if partial:
            await _partial(leg, node, partial, heard)
        params += [("SpeechResult", heard.value), ("Confidence", f"{heard.confidence:.8f}")]
    else:
        params.append(("Digits", digits))
    params += [("FinishedOnKey", finished), ("msg", "Gather End")]
    return Source(url=action, method=method_of(node), params=params, purpose="gather_action")


async def _partial(leg: Leg, node: TwiML, url: str, heard: Sound) -> None:
    """One interim result before the final one (``partialResultCallback``)."""
    words = heard.value.split()
    stable = " ".join(words[:-1])
    params = [
        *call_params(leg.record),
        ("SequenceNumber", "1"),
        ("StableSpeechResult", stable),
        ("UnstableSpeechResult", words[-1] if words else ""),
        ("Stability", "0.8"),
        ("LanguageCode", node.get("language") or "en-US"),
    ]
    method = method_of(node, "partialResultCallbackMethod")
    await leg.engine.webhook(leg, "partial_result_callback", url, method, params)


# ---------------------------------------------------------------- texts during a call


async def _message(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    """``<Sms>``/``<Message>``: a text from the call's Twilio number to the other party."""
    record = leg.record
    inbound = leg.direction == "inbound"
    twilio_side = str(record.get("to") if inbound else record.get("from") or "")
    far_side = str(record.get("from") if inbound else record.get("to") or "")
    body = " ".join(node.text.split())
    callback = resolve(node.get("statusCallback"), doc)
    to, from_ = node.get("to") or far_side, node.get("from") or twilio_side
    sid, status, _ = leg.engine.send_text(leg, to, from_, body, callback)
    action = resolve(node.get("action"), doc)
    if not action:
        return None
    params = [("SmsStatus", status)] if sid is None else [("SmsSid", sid), ("SmsStatus", status)]
    return Source(url=action, method=method_of(node), params=params, purpose="sms_action")


VERBS: Final[dict[str, Verb]] = {
    "Say": _as_verb(_say),
    "Play": _as_verb(_play),
    "Pause": _as_verb(_pause),
    "Gather": _gather,
    "Record": record_verb,
    "Dial": dial,
    "Enqueue": enqueue,
    "Leave": _leave,
    "Redirect": _redirect,
    "Hangup": _hangup,
    "Reject": _reject,
    "Sms": _message,
    "Message": _message,
}
