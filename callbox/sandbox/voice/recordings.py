"""Recordings and transcriptions: ``<Record>``, ``<Dial record>``, ``Record=true`` calls.

A :class:`Recorder` listens to a leg: what its far end says (``in``) and, for call and
Dial recordings, what is played to it (``out``).  When it stops it writes a Recording
(``RE…``: under the account, under the call, and under the conference when there is one),
whose media the app fetches from the sandbox (:mod:`.rest.recordings`): a real 8 kHz WAV
file rendered from the recipe of what was heard (:mod:`.media`).  Its length is the
duration every webhook and the resource report: whole seconds, rounded up, the rest
padded with silence.  ``RecordingUrl`` in webhooks points at the sandbox, so an app can
download it as it would from Twilio; fetching it needs no credentials (Twilio's default),
though any given must be right.

With ``transcribe``, the transcription (``TR…``) is what the caller said, and the
``transcribeCallback`` gets it a few seconds later; Twilio transcribes recordings of 2 to
120 seconds only (13617 otherwise), and a recording deleted before it is transcribed
gets a ``failed`` transcription (13618).  An empty recording (nothing heard, silence
trimmed) is ``absent``: no Recording, no action request, and the TwiML goes on with the
next verb.  A ``maxLength`` reached mid-word cuts the word off: it is neither in the audio
nor in the transcription.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ..behaviours._common import API_VERSION, context_for, rfc2822
from . import media
from .clock import whole_seconds
from .documents import END, Document, Outcome, Source, flag, method_of, number, resolve
from .legs import Leg
from .params import call_params
from .parties import Sound

if TYPE_CHECKING:
    from ...twiml import TwiML
    from .._store import Store

__all__ = [
    "RECORDINGS",
    "Recorder",
    "Recording",
    "finish_recordings",
    "list_started",
    "record_verb",
    "start_call_recording",
]

RECORDINGS: Final = "api.v2010.accounts.recordings"
CALL_RECORDINGS: Final = "api.v2010.accounts.calls.recordings"
CONFERENCE_RECORDINGS: Final = "api.v2010.accounts.conferences.recordings"
TRANSCRIPTIONS: Final = "api.v2010.accounts.transcriptions"
RECORDING_TRANSCRIPTIONS: Final = "api.v2010.accounts.recordings.transcriptions"

#: Price per recorded minute (the sandbox's own table, in USD).
_PER_MINUTE: Final = "0.0025"
_TRANSCRIPTION_PRICE: Final = 0.05
TRANSCRIBE_MIN: Final = 2.0
TRANSCRIBE_MAX: Final = 120.0
DEFAULT_FINISH_KEYS: Final = "1234567890*#"


@dataclass(frozen=True)
class Recording:
    """A finished recording: what webhooks tell the app about it."""

    sid: str
    url: str
    duration: int
    channels: int
    source: str
    start_time: str


def _segment(sound: Sound) -> media.Segment | None:
    seconds = max(sound.seconds, 0.05)
    if sound.kind == "speech" and sound.value:
        return media.Speech(sound.value, seconds)
    if sound.kind == "digits" and sound.value in "0123456789*#ABCD" and sound.value:
        return media.Dtmf(sound.value, min(seconds, 0.25))
    if sound.kind == "beep":
        return media.Beep(seconds)
    return None


class Recorder:
    """Collects the sounds of a leg into a recipe, and files the recording when stopped."""

    def __init__(
        self,
        leg: Leg,
        *,
        source: str,
        dual: bool = False,
        node: TwiML | None = None,
        doc: Document | None = None,
        directions: tuple[str, ...] = ("in", "out"),
        trim: bool = True,
        callback: str | None = None,
        callback_events: tuple[str, ...] = ("completed",),
        callback_method: str = "POST",
        conference_sid: str | None = None,
    ) -> None:
        self.leg = leg
        self.source = source
        self.dual = dual
        self.directions = directions
        self.trim = trim
        if node is not None:
            callback = resolve(node.get("recordingStatusCallback"), doc)
            callback_events = (node.get("recordingStatusCallbackEvent") or "completed",)
            callback_method = method_of(node, "recordingStatusCallbackMethod")
            trim = (node.get("trim") or "trim-silence").strip().lower() != "do-not-trim"
            self.trim = trim
        self.callback = callback
        self.callback_events = status_events(callback_events)
        #: Which way the audio goes, as the Recording's ``track`` says.
        self.track = "inbound" if directions == ("in",) else "both"
        self.callback_method = callback_method
        self.conference_sid = conference_sid
        self.started = leg.clock.now()
        self.start_time = rfc2822(leg.timestamp())
        self.items: list[tuple[float, int, media.Segment]] = []
        self.stopped: float | None = None
        self.sid = context_for(leg.engine.sandbox, leg.account_sid).new_record(
            RECORDINGS, path={"AccountSid": leg.account_sid}
        )["sid"]
        self.heard_anything = False

    def attach(self, leg: Leg) -> None:
        leg.recorders.append(self)
        if "in-progress" in self.callback_events:
            leg.engine.start(self._notify("in-progress", 0))

    def detach(self) -> None:
        with contextlib.suppress(ValueError):
            self.leg.recorders.remove(self)

    def add(self, leg: Leg, direction: str, sound: Sound) -> None:
        if direction not in self.directions or self.stopped is not None:
            return
        segment = _segment(sound)
        if segment is None:
            return
        start = max(self.started, leg.clock.now() - sound.seconds)
        channel = 1 if (self.dual and direction == "out") else 0
        self.items.append((start - self.started, channel, segment))
        if direction == "in":
            self.heard_anything = True

    def drop_last_key(self) -> None:
        """Leave out the key that ended the recording."""
        if self.items and isinstance(self.items[-1][2], media.Dtmf):
            self.items.pop()

    def recipe(self, until: float) -> tuple[list[list[media.Segment]], float]:
        """The channels' segments with silence between them, and the length in seconds."""
        count = 2 if self.dual else 1
        items = sorted(self.items, key=lambda item: (item[0], item[1]))
        first = min((t for t, _, _ in items), default=0.0) if self.trim else 0.0
        last = until
        if self.trim:
            last = max((t + s.seconds for t, _, s in items), default=0.0)
        length = max(0.0, last - first)
        channels: list[list[media.Segment]] = [[] for _ in range(count)]
        cursor = [first] * count
        for t, channel, segment in items:
            at = max(t, cursor[channel])
            end = min(at + segment.seconds, first + length)
            if end <= at:
                continue
            if at > cursor[channel]:
                channels[channel].append(media.Silence(at - cursor[channel]))
            channels[channel].append(segment.resized(end - at))
            cursor[channel] = end
        for channel in range(count):
            if first + length > cursor[channel]:
                channels[channel].append(media.Silence(first + length - cursor[channel]))
        return channels, length

    def said(self) -> str:
        """What the far end said while recording (the transcription)."""
        return " ".join(
            s.text
            for _, _, s in sorted(self.items, key=lambda i: i[0])
            if isinstance(s, media.Speech) and s.text
        )

    def cut(self, until: float) -> None:
        """Keep only what was heard in the first ``until`` seconds: a key or a word still
        going on then is cut short (the words not yet said are left out)."""
        kept: list[tuple[float, int, media.Segment]] = []
        for t, channel, segment in self.items:
            if t >= until:
                continue
            if t + segment.seconds > until:
                segment = _cut(segment, until - t)
            kept.append((t, channel, segment))
        self.items = kept

    async def finish(self, at: float | None = None) -> Recording | None:
        """Stop and file the recording (None when nothing was recorded: ``absent``).

        ``at``: when it stopped, if earlier than now (a ``maxLength`` reached while the
        caller was in the middle of a word, which only arrived once said).
        """
        if self.stopped is not None:
            return None
        leg = self.leg
        now = leg.clock.now()
        self.stopped = now if at is None else max(self.started, min(at, now))
        self.detach()
        self.cut(self.stopped - self.started)
        channels, length = self.recipe(self.stopped - self.started)
        seconds = whole_seconds(length)
        if seconds <= 0 or (self.trim and not self.items):
            leg.log("note", text="the recording is empty: absent")
            _mark_absent(leg, self.sid)
            if "absent" in self.callback_events:
                await self._notify("absent", 0)
            return None
        # The audio lasts exactly the seconds reported everywhere (padded with silence).
        channels = [media.fit(channel, seconds) for channel in channels]
        recording = _file(leg, self, channels, seconds)
        leg.log("recording", recording_sid=recording.sid, duration=seconds, url=recording.url)
        if "completed" in self.callback_events:
            leg.engine.start(self._notify("completed", seconds, recording))
        return recording

    async def _notify(self, status: str, seconds: int, recording: Recording | None = None) -> None:
        if not self.callback:
            return
        leg = self.leg
        url = recording.url if recording else media_url(leg, self.sid)
        params = [
            ("AccountSid", leg.account_sid),
            *([] if self.conference_sid else [("CallSid", leg.sid)]),
            ("RecordingSid", self.sid),
            ("RecordingUrl", url),
            ("RecordingStatus", status),
            ("RecordingDuration", str(seconds)),
            ("RecordingChannels", "2" if self.dual else "1"),
            ("RecordingStartTime", self.start_time),
            ("RecordingSource", self.source),
        ]
        if self.conference_sid:
            params.insert(1, ("ConferenceSid", self.conference_sid))
        if status == "absent":
            params.append(("ErrorCode", "0"))
        await leg.engine.webhook(
            leg,
            "recording_status_callback",
            self.callback,
            self.callback_method,
            params,
            idempotency=f"{self.sid}-{status}",
        )


def status_events(values: Iterable[str]) -> tuple[str, ...]:
    """``recordingStatusCallbackEvent`` values, one each (several may share one value,
    space- or comma-separated, as in TwiML); none given: ``completed``."""
    events: list[str] = []
    for value in values:
        for word in str(value).replace(",", " ").lower().split():
            if word not in events:
                events.append(word)
    return tuple(events) or ("completed",)


def _cut(segment: media.Segment, seconds: float) -> media.Segment:
    """The first ``seconds`` of a sound: a word cut off is not said (nor transcribed)."""
    if isinstance(segment, media.Speech) and segment.seconds > 0:
        words = segment.text.split()
        said = " ".join(words[: int(len(words) * seconds / segment.seconds + 1e-9)])
        return media.Speech(said, seconds)
    return segment.resized(seconds)


def media_url(leg: Leg, sid: str) -> str:
    """Where the app fetches a recording: the sandbox's own address, no extension (WAV)."""
    base = leg.engine.sandbox.base_url.rstrip("/")
    return f"{base}/api/2010-04-01/Accounts/{leg.account_sid}/Recordings/{sid}"


def recipe_json(channels: list[list[media.Segment]]) -> list[list[list[Any]]]:
    """A recipe as stored: ``[["speech", text, s], ["dtmf", key, s], ["silence", s] ...]``."""
    out: list[list[list[Any]]] = []
    for channel in channels:
        rows: list[list[Any]] = []
        for s in channel:
            if isinstance(s, media.Speech):
                rows.append(["speech", s.text, s.seconds])
            elif isinstance(s, media.Dtmf):
                rows.append(["dtmf", s.key, s.seconds])
            elif isinstance(s, media.Beep):
                rows.append(["beep", s.seconds])
            else:
                rows.append(["silence", s.seconds])
        out.append(rows)
    return out


def recipe_from_json(raw: Any) -> list[list[media.Segment]]:
    channels: list[list[media.Segment]] = []
    for rows in raw or []:
        channel: list[media.Segment] = []
        for row in rows:
            kind = row[0]
            if kind == "speech":
                channel.append(media.Speech(str(row[1]), float(row[2])))
            elif kind == "dtmf":
                channel.append(media.Dtmf(str(row[1]), float(row[2])))
            elif kind == "beep":
                channel.append(media.Beep(float(row[1])))
            else:
                channel.append(media.Silence(float(row[1])))
        channels.append(channel)
    return channels or [[]]


def _file(
    leg: Leg, recorder: Recorder, channels: list[list[media.Segment]], seconds: int
) -> Recording:
    """Write the Recording records (account, call, conference) and return the summary."""
    engine = leg.engine
    store = engine.store
    account = leg.account_sid
    call_sid = None if recorder.source == "Conference" else leg.sid
    ctx = context_for(engine.sandbox, account)
    minutes = max(1, math.ceil(seconds / 60))
    fields = {
        "call_sid": call_sid,
        "conference_sid": recorder.conference_sid,
        "duration": str(seconds),
        "channels": 2 if recorder.dual else 1,
        "source": recorder.source,
        "status": "completed",
        "start_time": recorder.start_time,
        "price": f"-{float(_PER_MINUTE) * minutes:.5f}",
        "price_unit": "USD",
        "api_version": API_VERSION,
        "error_code": None,
    }
    sid = recorder.sid
    url = media_url(leg, sid)
    started = store.get(RECORDINGS, sid)  # listed since it started (the REST API's)
    main = ctx.new_record(RECORDINGS, path={"AccountSid": account}, **fields)
    if started is not None and started.get("date_created"):
        main["date_created"] = started["date_created"]
    _rekey(main, sid, f"/2010-04-01/Accounts/{account}/Recordings/{sid}.json")
    main["media_url"] = url
    main["_recipe"] = recipe_json(channels)
    main["_said"] = recorder.said()
    store.put(RECORDINGS, main)
    if fields["call_sid"]:
        copy = ctx.new_record(
            CALL_RECORDINGS,
            path={"AccountSid": account, "CallSid": str(call_sid)},
            **fields,
            track=recorder.track,
        )
        _rekey(copy, sid, f"/2010-04-01/Accounts/{account}/Calls/{call_sid}/Recordings/{sid}.json")
        copy["date_created"] = main["date_created"]
        store.put(CALL_RECORDINGS, copy)
    if recorder.conference_sid:
        copy = ctx.new_record(
            CONFERENCE_RECORDINGS,
            path={"AccountSid": account, "ConferenceSid": recorder.conference_sid},
            **fields,
        )
        _rekey(
            copy,
            sid,
            f"/2010-04-01/Accounts/{account}/Conferences/{recorder.conference_sid}/Recordings/{sid}.json",
        )
        store.put(CONFERENCE_RECORDINGS, copy)
    engine.sandbox.events.emit(
        "recording.completed",
        sid=sid,
        call_sid=call_sid,
        account_sid=account,
        duration=seconds,
        url=url,
    )
    return Recording(
        sid, url, seconds, 2 if recorder.dual else 1, recorder.source, recorder.start_time
    )


def list_started(leg: Leg, recorder: Recorder) -> None:
    """List a recording started through the REST API under its account while it runs
    (``in-progress``, ``duration`` -1); it is filed in full when it stops."""
    account = leg.account_sid
    ctx = context_for(leg.engine.sandbox, account)
    record = ctx.new_record(
        RECORDINGS,
        path={"AccountSid": account},
        call_sid=leg.sid,
        duration="-1",
        channels=2 if recorder.dual else 1,
        source=recorder.source,
        status="in-progress",
        start_time=recorder.start_time,
        price_unit="USD",
        api_version=API_VERSION,
    )
    sid = recorder.sid
    _rekey(record, sid, f"/2010-04-01/Accounts/{account}/Recordings/{sid}.json")
    record["media_url"] = media_url(leg, sid)
    leg.engine.store.put(RECORDINGS, record)


def _mark_absent(leg: Leg, sid: str) -> None:
    """A recording listed while it ran (see :func:`list_started`) ends ``absent``."""
    store = leg.engine.store
    for qname in (RECORDINGS, CALL_RECORDINGS):
        for record in store.find(qname, sid=sid):
            record.update(status="absent", duration="0", date_updated=rfc2822(leg.timestamp()))
            store.put(qname, record)


def _rekey(record: dict[str, Any], sid: str, uri: str) -> None:
    record["sid"] = sid
    record["_key"] = sid
    record["uri"] = uri
    subs = record.get("subresource_uris")
    if isinstance(subs, dict):
        base = uri[: -len(".json")]
        record["subresource_uris"] = {
            name: f"{base}/{path.rsplit('/', 1)[-1]}" for name, path in subs.items()
        }


def delete_everywhere(store: Store, sid: str) -> None:
    """Remove a recording from every list it appears in (its transcriptions stay: a
    Transcription is a resource of its own, deleted on its own)."""
    for qname in (RECORDINGS, CALL_RECORDINGS, CONFERENCE_RECORDINGS):
        for record in store.find(qname, sid=sid):
            store.delete(qname, sid, record.get("_parent"))


# ---------------------------------------------------------------- the whole call


def start_call_recording(leg: Leg) -> None:
    """``Record=true`` on ``POST Calls.json``: record the call from the answer to the end."""
    record = leg.record
    events = tuple(record.get("_recording_events") or ("completed",))
    recorder = Recorder(
        leg,
        source="OutboundAPI",
        dual=str(record.get("_recording_channels") or "mono") == "dual",
        trim=str(record.get("_trim") or "trim-silence") != "do-not-trim",
        callback=record.get("_recording_callback") or None,
        callback_events=events,
        callback_method=str(record.get("_recording_callback_method") or "POST"),
    )
    recorder.attach(leg)
    leg.call_recorder = recorder


async def finish_recordings(leg: Leg) -> None:
    """At the end of a call: file the whole-call recording (it goes in the last callback)."""
    recorder = leg.call_recorder
    if isinstance(recorder, Recorder):  # the one start_call_recording filed
        recording = await recorder.finish()
        if recording is not None:
            leg.record["_recording"] = {
                "sid": recording.sid,
                "url": recording.url,
                "duration": recording.duration,
            }
    for other in list(leg.recorders):
        await other.finish()


# ---------------------------------------------------------------- <Record>


async def record_verb(leg: Leg, node: TwiML, doc: Document) -> Outcome:
    """``<Record>``: beep, record what the caller says until silence, a key or the limit."""
    timeout = number(node, "timeout", 5, 0, 86400)
    max_length = number(node, "maxLength", 3600, 1, 86400)
    transcribe = flag(node, "transcribe", False)
    if transcribe and node.get("maxLength") is None:
        max_length = TRANSCRIBE_MAX
    raw_keys = node.get("finishOnKey")
    finish_keys = DEFAULT_FINISH_KEYS if raw_keys is None else raw_keys.strip()
    action = resolve(node.get("action"), doc) or doc.base
    method = method_of(node)
    if flag(node, "playBeep", True):
        leg.heard("beep")
        await leg.play(0.5, Sound("beep", seconds=0.5))
    recorder = Recorder(leg, source="RecordVerb", directions=("in",), node=node, doc=doc)
    recorder.attach(leg)
    leg.open_chance()
    leg.watching_hangup = True
    ended_by = ""
    deadline = leg.clock.now() + max_length
    try:
        leg.invite("record")
        while True:
            left = deadline - leg.clock.now()
            if left <= 0:
                ended_by = "max-length"
                break
            wait = min(left, timeout) if timeout > 0 else left
            ok, sound = await leg.until_ended(leg.listen(wait))
            if not ok:
                ended_by = "hangup"
                break
            if sound is None:
                ended_by = "timeout" if leg.clock.now() < deadline else "max-length"
                break
            if sound.kind == "digits" and sound.value in finish_keys and finish_keys:
                ended_by = sound.value
                recorder.drop_last_key()
                break
    finally:
        leg.watching_hangup = False
        leg.close_chance()
    if ended_by != "hangup" and leg.clock.now() > deadline + 1e-6:
        ended_by = "max-length"  # a word or key ran past the limit: it arrived once over
    # The recording stops at maxLength all the same, cutting that word or key short.
    recording = await recorder.finish(deadline)
    if recording is None:
        if ended_by == "hangup":
            return END
        return None
    if transcribe:
        leg.engine.start(_transcribe(leg, recorder, recording, node, doc))
    digits = "hangup" if ended_by == "hangup" else ended_by if len(ended_by) == 1 else ""
    params = [
        ("RecordingUrl", recording.url),
        ("RecordingDuration", str(recording.duration)),
        ("RecordingSid", recording.sid),
        ("Digits", digits),
    ]
    if not action:
        leg.engine.problem(
            leg, 11100, "<Record> has no action and the document no URL to return to"
        )
        return END
    if ended_by == "hangup":
        # The caller is gone: the action is told so, and what it answers is not run.
        await leg.engine.webhook(
            leg, "record_action", action, method, [*call_params(leg.record, "completed"), *params]
        )
        return END
    return Source(url=action, method=method, params=params, purpose="record_action")


async def _transcribe(
    leg: Leg, recorder: Recorder, recording: Recording, node: TwiML, doc: Document
) -> None:
    """Write the transcription (what the caller said) and tell ``transcribeCallback``."""
    engine = leg.engine
    if not TRANSCRIBE_MIN <= recording.duration <= TRANSCRIBE_MAX:
        engine.problem(
            leg,
            13617,
            f"Recording of {recording.duration} s not transcribed: Twilio transcribes 2 to 120 s",
            level="warning",
        )
        return
    await leg.clock.sleep(2.0 + recording.duration / 10)
    text: str | None = recorder.said()
    status = "completed"
    if engine.store.get(RECORDINGS, recording.sid) is None:
        engine.problem(
            leg,
            13618,
            f"Record: Recording not available for transcription: {recording.sid} was deleted",
            level="warning",
        )
        text, status = None, "failed"
    ctx = context_for(engine.sandbox, leg.account_sid)
    fields = {
        "recording_sid": recording.sid,
        "transcription_text": text,
        "status": status,
        "duration": str(recording.duration),
        "price": _TRANSCRIPTION_PRICE * -1,
        "price_unit": "USD",
        "type": "fast",
        "api_version": API_VERSION,
    }
    main = ctx.new_record(TRANSCRIPTIONS, path={"AccountSid": leg.account_sid}, **fields)
    sid = str(main["sid"])
    engine.store.put(TRANSCRIPTIONS, main)
    if status == "completed":
        _list_under_recording(leg, recording.sid, sid, fields)
    leg.log("note", text=f"transcription {sid} {status}: {text!r}")
    engine.sandbox.events.emit(
        "transcription." + status,
        sid=sid,
        recording_sid=recording.sid,
        text=text,
        account_sid=leg.account_sid,
    )
    url = resolve(node.get("transcribeCallback"), doc)
    if url:
        keep = {
            "CallSid",
            "AccountSid",
            "From",
            "To",
            "CallStatus",
            "ApiVersion",
            "Direction",
            "ForwardedFrom",
        }
        base = engine.sandbox.base_url.rstrip("/")
        params = [p for p in call_params(leg.record) if p[0] in keep]
        params += [("TranscriptionSid", sid)]
        if text is not None:
            params.append(("TranscriptionText", text))
        params += [
            ("TranscriptionStatus", status),
            (
                "TranscriptionUrl",
                f"{base}/api/2010-04-01/Accounts/{leg.account_sid}/Transcriptions/{sid}.json",
            ),
            ("RecordingSid", recording.sid),
            ("RecordingUrl", recording.url),
        ]
        await engine.webhook(leg, "transcribe_callback", url, "POST", params)


def _list_under_recording(leg: Leg, recording_sid: str, sid: str, fields: dict[str, Any]) -> None:
    """The transcription also listed under its recording."""
    account = leg.account_sid
    ctx = context_for(leg.engine.sandbox, account)
    copy = ctx.new_record(
        RECORDING_TRANSCRIPTIONS,
        path={"AccountSid": account, "RecordingSid": recording_sid},
        **fields,
    )
    uri = f"/2010-04-01/Accounts/{account}/Recordings/{recording_sid}/Transcriptions/{sid}.json"
    _rekey(copy, sid, uri)
    leg.engine.store.put(RECORDING_TRANSCRIPTIONS, copy)
