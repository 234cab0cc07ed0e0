"""The call a handler works on: its parameters, its state, and the TwiML it answers with.

Verbs have the names and arguments of :class:`callbox.twiml.VoiceResponse` (``say``,
``play``, ``pause``, ``gather``, ``record``, ``dial``, ``enqueue``, ``hangup``,
``reject``, ``sms``, ``redirect``, ``leave``); the ones that wait for something take
handlers instead of URLs (``gather(menu)``, ``record(on_recording=voicemail)``,
``dial(number, on_end=after)``), and a few add what phone menus need (``conference``,
``hold``, ``goto``, ``on_end``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._errors import FlowError
from ._links import Links, Target
from ._state import State

if TYPE_CHECKING:
    from ..twiml import Conference, Dial, Enqueue, Gather, Record, Redirect, Say, TwiML
    from ..twiml import VoiceResponse as _VoiceResponse

__all__ = ["Call"]


class Call:
    """One call, as one request about it sees it (see the module documentation).

    ``kind`` says what the request is: ``"answer"`` (TwiML is wanted), ``"callback"``
    (a transcription or other callback: the call goes on without this TwiML) or ``"end"``
    (the call is over).  Only ``answer`` handlers may build TwiML.
    """

    def __init__(
        self, params: Mapping[str, str], state: State, links: Links, *, kind: str = "answer"
    ) -> None:
        self.params = dict(params)
        self.state = state
        self.kind = kind
        self._links = links
        self._response: _VoiceResponse | None = None

    def __repr__(self) -> str:
        return f"<Call {self.sid} {self.from_} -> {self.to} {self.status}>"

    # ------------------------------------------------------------ what Twilio sent

    @property
    def sid(self) -> str:
        return self.params.get("CallSid", "")

    @property
    def account_sid(self) -> str:
        return self.params.get("AccountSid", "")

    @property
    def from_(self) -> str:
        return self.params.get("From", "")

    @property
    def to(self) -> str:
        return self.params.get("To", "")

    @property
    def direction(self) -> str:
        """``inbound``, ``outbound-api`` or ``outbound-dial``."""
        return self.params.get("Direction", "")

    @property
    def status(self) -> str:
        return self.params.get("CallStatus", "")

    @property
    def parent_sid(self) -> str:
        return self.params.get("ParentCallSid", "")

    # ------------------------------------------------------------ the answer

    @property
    def response(self) -> _VoiceResponse:
        """The TwiML document this handler answers with (built by the verb methods)."""
        if self.kind != "answer":
            raise FlowError(
                f"this handler runs for a{'n' if self.kind[0] in 'aeiou' else ''} "
                f"{self.kind} request, whose TwiML Twilio does not play: change the call "
                "with `await app.call(call.sid).redirect(handler)` instead"
            )
        if self._response is None:
            from ..twiml import VoiceResponse

            self._response = VoiceResponse()
        return self._response

    def twiml(self) -> str:
        """The answer as XML (an empty ``<Response/>`` if no verb was added)."""
        if self._response is None:
            return '<?xml version="1.0" encoding="UTF-8"?><Response />'
        return self._response.to_xml()

    def url(self, handler: Target, *, background: bool = False) -> str:
        """A signed URL that runs ``handler`` for this call, for attributes flows does not
        fill itself (a ``<Number url>`` whisper, a status callback...).  ``background``:
        Twilio ignores the answer (callbacks)."""
        return self._links.step(handler, self.sid, "b" if background else "c")

    def _step(self, handler: Target) -> str:
        return self._links.step(handler, self.sid, "c")

    @staticmethod
    def _no_url(attrs: dict[str, Any], name: str, handler_arg: str) -> None:
        if attrs.get(name) is not None:
            raise FlowError(f"pass either {handler_arg}= (a handler) or {name}= (a URL), not both")

    # ------------------------------------------------------------ plain verbs

    def say(self, message: str | None = None, **attrs: Any) -> Say:
        """Speak ``message`` (``voice``, ``language``, ``loop``)."""
        return self.response.say(message, **attrs)

    def play(self, url: str | None = None, **attrs: Any) -> TwiML:
        """Play an audio file (``loop``, ``digits``)."""
        return self.response.play(url, **attrs)

    def pause(self, length: int | None = None, **attrs: Any) -> TwiML:
        return self.response.pause(length, **attrs)

    def hangup(self) -> TwiML:
        return self.response.hangup()

    def reject(self, reason: str | None = None) -> TwiML:
        """Refuse an incoming call unanswered (``reason="busy"``); must be the only verb."""
        return self.response.reject(reason)

    def leave(self) -> TwiML:
        """Leave the queue (in an enqueue ``on_wait`` handler)."""
        return self.response.leave()

    def redirect(self, url: str, method: str | None = None) -> Redirect:
        """Go on with the TwiML at another URL (use :meth:`goto` for a handler)."""
        return self.response.redirect(url, method)

    def sms(self, message: str, **attrs: Any) -> TwiML:
        """Send a text during the call (``to``, ``from_``; the ``<Sms>`` verb)."""
        return self.response.sms(message, **attrs)

    # ------------------------------------------------------------ verbs with continuations

    def goto(self, handler: Target) -> Redirect:
        """Go on with ``handler`` (a ``<Redirect>`` to it): loops, shared sub-menus."""
        return self.response.redirect(self._step(handler), "POST")

    def gather(
        self,
        on_input: Target | None = None,
        *,
        on_empty: Target | None = None,
        **attrs: Any,
    ) -> Gather:
        """Wait for keys or speech; ``on_input(call, result)`` gets them.

        Use it as ``with call.gather(menu, num_digits=1) as g: g.say(...)``.  Without
        input the verbs after the gather run, or ``on_empty(call, result)`` if given
        (then the verbs after the gather are never reached).  Other arguments are the
        ``<Gather>`` attributes (``num_digits``, ``timeout``, ``input``, ``hints``...).
        """
        if on_input is not None:
            self._no_url(attrs, "action", "on_input")
            attrs["action"], attrs["method"] = self._step(on_input), "POST"
        gather = self.response.gather(**attrs)
        if on_empty is not None:
            self.goto(on_empty)
        return gather

    def record(
        self,
        on_recording: Target | None = None,
        *,
        on_empty: Target | None = None,
        on_transcription: Target | None = None,
        **attrs: Any,
    ) -> Record:
        """Record the caller; ``on_recording(call, result)`` gets ``result.recording_url``.

        ``on_transcription(call, result)`` turns transcription on and gets the text later
        (``result.transcription``; it runs beside the call, its TwiML is not played).
        An empty recording runs the verbs after, or ``on_empty(call, result)``.  Other
        arguments are ``<Record>`` attributes (``max_length``, ``timeout``, ``finish_on_key``...).
        """
        if on_recording is not None:
            self._no_url(attrs, "action", "on_recording")
            attrs["action"], attrs["method"] = self._step(on_recording), "POST"
        if on_transcription is not None:
            self._no_url(attrs, "transcribe_callback", "on_transcription")
            attrs["transcribe"] = True
            attrs["transcribe_callback"] = self._links.step(on_transcription, self.sid, "b")
        record = self.response.record(**attrs)
        if on_empty is not None:
            self.goto(on_empty)
        return record

    def dial(self, *numbers: str, on_end: Target | None = None, **attrs: Any) -> Dial:
        """Call one or more numbers (the first to answer is bridged); ``on_end(call,
        result)`` runs when the dialed call ends (``result.dial_status``).  Add other
        nouns to the returned ``<Dial>`` (``.client()``, ``.sip()``, ``.queue()``)."""
        if on_end is not None:
            self._no_url(attrs, "action", "on_end")
            attrs["action"], attrs["method"] = self._step(on_end), "POST"
        dial = self.response.dial(**attrs)
        for number in numbers:
            dial.number(number)
        return dial

    def conference(
        self,
        room: str,
        *,
        on_end: Target | None = None,
        time_limit: int | None = None,
        hangup_on_star: bool | None = None,
        **attrs: Any,
    ) -> Conference:
        """Join conference ``room`` (``muted``, ``start_conference_on_enter``,
        ``end_conference_on_exit``, ``wait_url``, ``max_participants``...); ``on_end(call,
        result)`` runs when the caller leaves it."""
        dial_attrs: dict[str, Any] = {"time_limit": time_limit, "hangup_on_star": hangup_on_star}
        if on_end is not None:
            dial_attrs["action"], dial_attrs["method"] = self._step(on_end), "POST"
        dial = self.response.dial(**{k: v for k, v in dial_attrs.items() if v is not None})
        return dial.conference(room, **attrs)

    def hold(self, *, music: str | None = None, on_end: Target | None = None) -> Conference:
        """Put the caller on hold, alone in a room of their own, hearing ``music`` (an
        audio URL, played on a loop) or silence.  Take them off hold from anywhere with
        ``await app.call(sid).unhold(handler)``; ``on_end`` runs if they leave otherwise."""
        attrs: dict[str, Any] = {"beep": False, "end_conference_on_exit": True}
        if music:
            attrs["wait_url"], attrs["wait_method"] = music, "GET"
        else:
            attrs["wait_url"] = ""
        return self.conference(f"hold-{self.sid}", on_end=on_end, **attrs)

    def enqueue(
        self,
        name: str,
        *,
        on_end: Target | None = None,
        on_wait: Target | None = None,
        **attrs: Any,
    ) -> Enqueue:
        """Put the caller in queue ``name``; ``on_wait(call, result)`` answers what they hear
        while waiting (``result.get("QueuePosition")``), ``on_end(call, result)`` runs when
        they leave the queue (``result.queue_result``)."""
        if on_end is not None:
            self._no_url(attrs, "action", "on_end")
            attrs["action"], attrs["method"] = self._step(on_end), "POST"
        if on_wait is not None:
            self._no_url(attrs, "wait_url", "on_wait")
            attrs["wait_url"], attrs["wait_url_method"] = self._step(on_wait), "POST"
        return self.response.enqueue(name, **attrs)

    def on_end(self, handler: Target | None) -> None:
        """Run ``handler(call, status, duration)`` when this call ends, instead of the app's
        ``@app.call_ended`` handler (None: back to the app's)."""
        self.state.set_meta(
            "on_end", None if handler is None else self._links.registry.name_of(handler)
        )
