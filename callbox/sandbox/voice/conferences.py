"""Conferences: ``<Dial><Conference>``, and the Conferences and Participants resources.

A room (:class:`Room`) is named per account; the first participant creates its
Conference record (``init``) and its settings count for the whole room (``statusCallback``
and its events, ``maxParticipants``, ``record``).  It starts (``in-progress``) once two
people are in and one of them has ``startConferenceOnEnter`` (the default).  Until then
participants hear the ``waitUrl`` TwiML once (Twilio's hold music by default), then wait
on hold: on the virtual clock that wait passes only while the sandbox is idle, as for a
caller in a queue, so a test has time to bring the others in.  In a started room what
each participant's far end says reaches every other participant who is not on hold,
unless the speaker is muted or on hold.  Beeps (``beep``: true, onEnter, onExit) mark
arrivals and departures in a started room.

A participant leaves when their call ends, when they are kicked (``DELETE``
Participants/{CallSid}), when their call is redirected through the API, or when the room
ends: a participant with ``endConferenceOnExit`` leaves, the last one leaves, or the API
sets ``Status=completed``.  Whoever is still in then goes on with the TwiML after their
``<Dial>`` (or its ``action``, told ``DialCallStatus=answered``).  The room's
``statusCallback`` gets ``participant-join``/``-leave``/``-mute``/``-unmute``/``-hold``/
``-unhold``/``-modify``, ``conference-start``, ``conference-end`` and ``announcement-end``
as subscribed with ``statusCallbackEvent`` (``start end join leave mute hold modify
announcement``), in order.  ``record="record-from-start"`` records what the room hears
from its start to its end (a Recording with ``source`` Conference).
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Final

from ..behaviours._common import API_VERSION, context_for, rfc2822
from .bridge import DialResult
from .documents import Document, Source, Verbs, flag, method_of, number, resolve
from .legs import Engine, Leg
from .outbox import Outbox
from .parties import Sound
from .recordings import Recorder

if TYPE_CHECKING:
    from ...twiml import TwiML

__all__ = ["CONFERENCES", "PARTICIPANTS", "Member", "Room", "join"]

CONFERENCES: Final = "api.v2010.accounts.conferences"
PARTICIPANTS: Final = "api.v2010.accounts.conferences.participants"

#: Twilio's default hold music for conferences and queues (not fetched by the sandbox).
DEFAULT_WAIT_URL: Final = "https://twimlets.com/holdmusic?Bucket=com.twilio.music.classical"

MAX_PARTICIPANTS: Final = 250

#: Seconds of Twilio's hold music the sandbox plays at a time to a participant waiting for
#: the conference to start (each a hold wait: see the module docs).
TRACK_SECONDS: Final = 60.0

#: Verbs wait, hold and announcement TwiML may use: others are skipped with Twilio's 13238
#: ("Dial->Conference: Invalid Verb used in waitUrl, holdUrl, or announceUrl TwiML").
MUSIC_VERBS: Final = Verbs({"Play", "Say", "Pause", "Redirect"}, code=13238, level="error")

#: Error codes: a full conference, a participant label already in use.
CONFERENCE_FULL: Final = 16020
LABEL_IN_USE: Final = 16025

BEEP_SECONDS: Final = 0.5

_EVENT_NAMES: Final = {
    "conference-start": "start",
    "conference-end": "end",
    "participant-join": "join",
    "participant-leave": "leave",
    "participant-mute": "mute",
    "participant-unmute": "mute",
    "participant-hold": "hold",
    "participant-unhold": "hold",
    "participant-modify": "modify",
    "participant-speech-start": "speaker",
    "participant-speech-stop": "speaker",
    "announcement-end": "announcement",
    "announcement-fail": "announcement",
}

#: Why a participant left (the sandbox's word) → ``ReasonParticipantLeft``.
_LEFT_BECAUSE: Final = {
    "hangup": "participant_hung_up",
    "kicked": "participant_updated_via_api",
    "redirected": "participant_updated_via_api",
}


@dataclass
class Member:
    """One participant: their leg and their settings in the room."""

    leg: Leg
    muted: bool = False
    hold: bool = False
    start_on_enter: bool = True
    end_on_exit: bool = False
    beep: str = "true"
    label: str | None = None
    coaching: bool = False
    wait_url: str | None = None
    wait_method: str = "POST"
    #: How the participant was made to leave (kicked, ended), set from outside.
    left: asyncio.Future[str] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    #: Hold music (``HoldUrl``) playing to them.
    music: asyncio.Task[Any] | None = None

    @property
    def sid(self) -> str:
        return self.leg.sid


class Room:
    """A conference in progress."""

    def __init__(self, engine: Engine, account_sid: str, name: str) -> None:
        self.engine = engine
        self.account_sid = account_sid
        self.name = name
        ctx = context_for(engine.sandbox, account_sid)
        self.record = ctx.new_record(
            CONFERENCES,
            path={"AccountSid": account_sid},
            friendly_name=name,
            status="init",
            region="us1",
            api_version=API_VERSION,
        )
        self.sid = str(self.record["sid"])
        engine.store.put(CONFERENCES, self.record)
        self.members: dict[str, Member] = {}
        #: Calls the Participants API is dialing into this room: call SID → label.
        self.pending: dict[str, str | None] = {}
        self.configured = False
        self.started: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.ended = False
        self.reason: str | None = None
        self.max_participants = MAX_PARTICIPANTS
        self.callback: str | None = None
        self.callback_events: frozenset[str] = frozenset()
        self.callback_method = "POST"
        self.outbox = Outbox(engine, None, account_sid=account_sid, resource_sid=self.sid)
        self.sequence = 0
        self.record_mode = "do-not-record"
        self.recording_callback: str | None = None
        self.recording_events: tuple[str, ...] = ("completed",)
        self.recording_method = "POST"
        self.trim = True
        self.recorder: Recorder | None = None
        engine.sandbox.events.emit(
            "conference.status", sid=self.sid, status="init", name=name, account_sid=account_sid
        )

    def __repr__(self) -> str:
        return f"<Room {self.name} {self.sid} {len(self.members)} in>"

    def configure(self, noun: TwiML, doc: Document) -> None:
        """The first participant's settings, which count for the whole room."""
        self.configured = True
        self.callback = resolve(noun.get("statusCallback"), doc)
        self.callback_events = frozenset((noun.get("statusCallbackEvent") or "").lower().split())
        self.callback_method = method_of(noun, "statusCallbackMethod")
        self.max_participants = int(
            number(noun, "maxParticipants", MAX_PARTICIPANTS, 2, MAX_PARTICIPANTS)
        )
        mode = (noun.get("record") or "do-not-record").strip().lower()
        self.record_mode = "record-from-start" if mode in ("true", "record-from-start") else mode
        self.recording_callback = resolve(noun.get("recordingStatusCallback"), doc)
        self.recording_events = tuple(
            (noun.get("recordingStatusCallbackEvent") or "completed").lower().split()
        )
        self.recording_method = method_of(noun, "recordingStatusCallbackMethod")
        self.trim = (noun.get("trim") or "trim-silence").strip().lower() != "do-not-trim"

    # ------------------------------------------------------------ sound

    def spread(self, leg: Leg, sound: Sound) -> None:
        """What ``leg``'s far end said reaches everyone else (not from the muted or held)."""
        member = self.members.get(leg.sid)
        if member is None or member.muted or member.hold or not self.started.done():
            return
        if self.recorder is not None:
            self.recorder.add(leg, "in", sound)
        for other in list(self.members.values()):
            if other is not member and not other.hold:
                other.leg.relay(sound)

    def spreading(self, leg: Leg, seconds: float) -> None:
        """``leg``'s far end starts saying something: the others' far ends will hear it."""
        member = self.members.get(leg.sid)
        if member is None or member.muted or member.hold or not self.started.done():
            return
        for other in list(self.members.values()):
            if other is not member and not other.hold:
                other.leg.far.hearing(other.leg, seconds)

    def beep(self, exclude: Member | None = None) -> None:
        """The tone everyone in a started room hears when someone comes or goes."""
        if not self.started.done() or self.ended:
            return
        sound = Sound("beep", seconds=BEEP_SECONDS)
        listeners = [m for m in self.members.values() if m is not exclude and not m.hold]
        if self.recorder is not None and listeners:
            self.recorder.add(listeners[0].leg, "in", sound)
        for other in listeners:
            other.leg.relay(sound)

    # ------------------------------------------------------------ membership

    def add(self, member: Member) -> None:
        self.members[member.sid] = member
        self.pending.pop(member.sid, None)
        member.leg.room = self
        _store_participant(self, member)
        member.leg.log("note", text=f"joined conference {self.name} ({self.sid})")
        self.notify("participant-join", member)
        if self.started.done():
            member.leg.invite("conference")
        elif len(self.members) >= 2 and any(m.start_on_enter for m in self.members.values()):
            self.start()
        if member.beep in ("true", "onenter"):
            self.beep(exclude=member)

    def start(self) -> None:
        self.started.set_result(None)
        self.record["status"] = "in-progress"
        self.record["date_updated"] = rfc2822(self._now())
        self.engine.store.put(CONFERENCES, self.record)
        self.engine.sandbox.events.emit(
            "conference.status",
            sid=self.sid,
            status="in-progress",
            name=self.name,
            account_sid=self.account_sid,
        )
        self.notify("conference-start")
        if self.record_mode == "record-from-start":
            first = next(iter(self.members.values())).leg
            self.recorder = Recorder(
                first,
                source="Conference",
                conference_sid=self.sid,
                directions=("in",),
                trim=self.trim,
                callback=self.recording_callback,
                callback_events=self.recording_events,
                callback_method=self.recording_method,
            )
        for member in self.members.values():
            member.leg.invite("conference")

    def remove(self, member: Member, how: str) -> None:
        """``member`` leaves (``how``: hangup, kicked, redirected, ended)."""
        if self.members.pop(member.sid, None) is None:
            return
        leg = member.leg
        if leg.room is self:
            leg.room = None
        if member.music is not None:
            member.music.cancel()
            member.music = None
        self.engine.store.delete(PARTICIPANTS, member.sid, _parent(self))
        leg.log("note", text=f"left conference {self.name}: {how}")
        self.notify("participant-leave", member, left=self._left_because(how))
        if member.beep in ("true", "onexit"):
            self.beep()
        if self.ended:
            return
        kicked = how == "kicked"
        if member.end_on_exit:
            why = (
                "participant-with-end-conference-on-exit-kicked"
                if kicked
                else "participant-with-end-conference-on-exit-left"
            )
        elif not self.members and not self.pending:
            why = "last-participant-kicked" if kicked else "last-participant-left"
        else:
            return
        self.engine.start(self.end(why, member.sid, member.label))

    def _left_because(self, how: str) -> str:
        if how == "ended":
            if self.reason == "conference-ended-via-api":
                return "conference_ended_via_api"
            return "moderator_ended_conference"
        return _LEFT_BECAUSE.get(how, "participant_updated_via_api")

    async def end(
        self, reason: str, ending_call: str | None = None, ending_label: str | None = None
    ) -> None:
        """End the conference: everyone still in leaves and goes on after their Dial."""
        if self.ended:
            return
        self.ended = True
        self.reason = reason
        if self.engine.rooms.get(self._key) is self:
            self.engine.rooms.pop(self._key, None)
        for member in list(self.members.values()):
            self.remove(member, "ended")
            if not member.left.done():
                member.left.set_result("ended")
        for sid in list(self.pending):
            pending = self.engine.legs.get(sid)
            if pending is not None:
                pending.hang_up("api")
        if self.recorder is not None:
            await self.recorder.finish()
        self.record.update(
            status="completed",
            reason_conference_ended=reason,
            call_sid_ending_conference=ending_call,
            date_updated=rfc2822(self._now()),
        )
        self.engine.store.put(CONFERENCES, self.record)
        self.engine.sandbox.events.emit(
            "conference.status",
            sid=self.sid,
            status="completed",
            name=self.name,
            account_sid=self.account_sid,
            reason=reason,
        )
        self.notify("conference-end", ending_call=ending_call, ending_label=ending_label)
        await self.outbox.flush()

    @property
    def _key(self) -> str:
        return f"{self.account_sid}:{self.name}"

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.engine.clock.now(), timezone.utc)

    # ------------------------------------------------------------ callbacks

    def notify(
        self,
        event: str,
        member: Member | None = None,
        *,
        left: str | None = None,
        ending_call: str | None = None,
        ending_label: str | None = None,
    ) -> None:
        """Queue a conference status callback, if the room's callback wants this event."""
        self.engine.sandbox.events.emit(
            "conference.event",
            sid=self.sid,
            event=event,
            call_sid=member.sid if member else None,
            account_sid=self.account_sid,
        )
        if not self.callback or _EVENT_NAMES.get(event) not in self.callback_events:
            return
        when = rfc2822(self._now())
        params = [
            ("AccountSid", self.account_sid),
            ("ConferenceSid", self.sid),
            ("FriendlyName", self.name),
            ("SequenceNumber", str(self.sequence)),
            ("StatusCallbackEvent", event),
            ("Timestamp", when),
        ]
        self.sequence += 1
        if member is not None:
            params += [
                ("CallSid", member.sid),
                ("Muted", _bool(member.muted)),
                ("Hold", _bool(member.hold)),
                ("Coaching", _bool(member.coaching)),
                ("EndConferenceOnExit", _bool(member.end_on_exit)),
                ("StartConferenceOnEnter", _bool(member.start_on_enter)),
            ]
            if member.label:
                params.append(("ParticipantLabel", member.label))
        if event == "participant-leave" and member is not None:
            params.append(("ReasonParticipantLeft", left or "participant_hung_up"))
            status = "completed" if member.leg.hanging_up else "in-progress"
            params.append(("ParticipantCallStatus", status))
        if event == "conference-end":
            reason = self.reason or ""
            params.append(("ReasonConferenceEnded", reason))
            params.append(("Reason", reason))
            if ending_call:
                params.append(("CallSidEndingConference", ending_call))
            if ending_label:
                params.append(("ParticipantLabelEndingConference", ending_label))
        self.outbox.put("conference_status_callback", self.callback, self.callback_method, params)

    # ------------------------------------------------------------ changes from the API

    def update(self, member: Member, changes: dict[str, Any]) -> None:
        """Participant update: mute, hold (with hold music), announce, modify."""
        if "Muted" in changes and _truthy(changes["Muted"]) != member.muted:
            member.muted = _truthy(changes["Muted"])
            self.notify("participant-mute" if member.muted else "participant-unmute", member)
        if "Hold" in changes and _truthy(changes["Hold"]) != member.hold:
            self._hold(member, _truthy(changes["Hold"]), changes)
        modified = False
        if "EndConferenceOnExit" in changes:
            member.end_on_exit = _truthy(changes["EndConferenceOnExit"])
            modified = True
        if "BeepOnExit" in changes:
            on_exit = _truthy(changes["BeepOnExit"])
            on_enter = member.beep in ("true", "onenter")
            member.beep = {
                (True, True): "true",
                (True, False): "onenter",
                (False, True): "onexit",
                (False, False): "false",
            }[(on_enter, on_exit)]
            modified = True
        if "Coaching" in changes:
            member.coaching = _truthy(changes["Coaching"])
            modified = True
        if changes.get("WaitUrl"):
            member.wait_url = str(changes["WaitUrl"])
            member.wait_method = str(changes.get("WaitMethod") or "POST")
            modified = True
        if modified:
            self.notify("participant-modify", member)
        if changes.get("AnnounceUrl"):
            source = Source(
                url=str(changes["AnnounceUrl"]),
                method=str(changes.get("AnnounceMethod") or "POST"),
                purpose="announce_url",
            )
            self.engine.start(_announce(self, [member], source))
        _store_participant(self, member)

    def _hold(self, member: Member, hold: bool, changes: dict[str, Any]) -> None:
        member.hold = hold
        if member.music is not None:
            member.music.cancel()
            member.music = None
        self.notify("participant-hold" if hold else "participant-unhold", member)
        if not hold:
            member.leg.log("note", text="taken off hold")
            return
        member.leg.log("note", text="put on hold")
        url = changes.get("HoldUrl")
        if url:
            source = Source(
                url=str(url), method=str(changes.get("HoldMethod") or "GET"), purpose="hold_url"
            )
            member.music = self.engine.start(_music(member, source))
        else:
            member.leg.heard("play", url=DEFAULT_WAIT_URL)

    def announce(self, source: Source) -> None:
        """Play ``source`` (TwiML or audio) to everyone in the room."""
        self.engine.start(_announce(self, list(self.members.values()), source))


async def _music(member: Member, source: Source) -> None:
    leg = member.leg
    leg.on_hold = True
    try:
        await leg.engine.run(leg, source, allowed=MUSIC_VERBS)
    finally:
        leg.on_hold = False


async def _announce(room: Room, members: list[Member], source: Source) -> None:
    """Fetch an announcement once and play it to ``members``; then ``announcement-end``."""
    if not members:
        return
    engine = room.engine
    doc = await engine.fetch(members[0].leg, source)
    if doc is None:
        room.notify("announcement-fail")
        return
    await asyncio.gather(
        *(engine.execute(m.leg, doc, MUSIC_VERBS) for m in members), return_exceptions=True
    )
    room.notify("announcement-end")


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _truthy(value: object) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1")


def _parent(room: Room) -> str:
    return f"{room.account_sid}/{room.sid}"


def _store_participant(room: Room, member: Member) -> dict[str, Any]:
    ctx = context_for(room.engine.sandbox, room.account_sid)
    record = ctx.new_record(
        PARTICIPANTS,
        path={"AccountSid": room.account_sid, "ConferenceSid": room.sid},
        call_sid=member.sid,
        conference_sid=room.sid,
        label=member.label,
        muted=member.muted,
        hold=member.hold,
        start_conference_on_enter=member.start_on_enter,
        end_conference_on_exit=member.end_on_exit,
        coaching=member.coaching,
        status="connected",
    )
    stored = room.engine.store.get(PARTICIPANTS, member.sid, _parent(room))
    if stored is not None:
        record["date_created"] = stored.get("date_created")
    room.engine.store.put(PARTICIPANTS, record)
    return record


def room_for(engine: Engine, account_sid: str, name: str) -> Room:
    """The account's room of that name in progress, or a new one."""
    key = f"{account_sid}:{name}"
    room = engine.rooms.get(key)
    if room is None or room.ended:
        room = engine.rooms[key] = Room(engine, account_sid, name)
    assert isinstance(room, Room)
    return room


def find_room(engine: Engine, account_sid: str, sid_or_name: str) -> Room | None:
    """A room in progress by SID or name."""
    for room in engine.rooms.values():
        if (
            isinstance(room, Room)
            and room.account_sid == account_sid
            and sid_or_name in (room.sid, room.name)
        ):
            return room
    return None


def find_member(room: Room, call_sid_or_label: str) -> Member | None:
    """A participant by call SID or label."""
    member = room.members.get(call_sid_or_label)
    if member is not None:
        return member
    for candidate in room.members.values():
        if candidate.label and candidate.label == call_sid_or_label:
            return candidate
    return None


def find_pending(room: Room, call_sid_or_label: str) -> str | None:
    """The call SID of a participant the API is still dialing, by call SID or label."""
    for sid, label in room.pending.items():
        if call_sid_or_label in (sid, label):
            return sid
    return None


#: A participant being dialed in: its call's status → the participant's status.
_DIALING = {"initiated": "connecting", "ringing": "ringing"}


def _dialing(room: Room, leg: Leg) -> None:
    """Show a participant the API placed as ``connecting``, then ``ringing``, until it joins."""
    status = _DIALING.get(leg.status)
    if status is None or leg.sid not in room.pending:
        return
    record = room.engine.store.get(PARTICIPANTS, leg.sid, _parent(room))
    if record is not None and record.get("status") != status:
        record["status"] = status
        room.engine.store.put(PARTICIPANTS, record)


async def follow_dial_in(room: Room, call_sid: str) -> None:
    """Watch a call the Participants API placed: if it never joins (busy, no answer ...),
    its participant goes away, and a room nobody ever joined ends with it."""
    engine = room.engine
    leg = engine.legs.get(call_sid)
    for _ in range(10):
        if leg is not None:
            break
        await asyncio.sleep(0)
        leg = engine.legs.get(call_sid)
    if leg is not None:
        leg.on_status.append(lambda leg: _dialing(room, leg))
        _dialing(room, leg)
        await asyncio.shield(leg.done)
    if call_sid not in room.pending:
        return  # it joined (and maybe left since)
    room.pending.pop(call_sid, None)
    engine.store.delete(PARTICIPANTS, call_sid, _parent(room))
    if not room.ended and not room.members and not room.pending:
        await room.end("last-participant-left", call_sid)


async def join(leg: Leg, node: TwiML, doc: Document) -> DialResult:
    """``<Dial><Conference>``: be in the room until leaving it (see the module docs)."""
    noun = next(n for n in node.elements() if n.name == "Conference")
    name = " ".join(noun.text.split())
    engine = leg.engine
    if not name:
        engine.problem(leg, 12200, "<Conference> needs a room name", level="warning")
        return DialResult("failed")
    room = room_for(engine, leg.account_sid, name)
    if not room.configured:
        room.configure(noun, doc)
    if len(room.members) >= room.max_participants:
        engine.problem(
            leg,
            CONFERENCE_FULL,
            f"Conference is full: {name} has its {room.max_participants} participants",
        )
        return DialResult("failed")
    wait_raw = noun.get("waitUrl")
    if wait_raw is None:
        wait_url: str | None = DEFAULT_WAIT_URL
    else:
        wait_url = resolve(wait_raw, doc)  # "" plays nothing
    member = Member(
        leg,
        muted=flag(noun, "muted", False),
        start_on_enter=flag(noun, "startConferenceOnEnter", True),
        end_on_exit=flag(noun, "endConferenceOnExit", False),
        beep=(noun.get("beep") or "true").strip().lower(),
        label=(noun.get("participantLabel") or "").strip() or None,
        coaching=bool((noun.get("coach") or "").strip()),
        wait_url=wait_url,
        wait_method=method_of(noun, "waitMethod", "POST" if wait_raw else "GET"),
    )
    if member.label and find_member(room, member.label) is not None:
        engine.problem(
            leg, LABEL_IN_USE, f"Participant label {member.label!r} already in use", level="warning"
        )
        return DialResult("failed")
    if leg.direction == "inbound":
        engine.answer(leg)
    leg.watching_hangup = True
    waiting: asyncio.Task[Any] | None = None
    try:
        room.add(member)
        if not room.started.done() and not member.left.done():
            waiting = engine.start(_wait_music(member))
            first: list[asyncio.Future[Any]] = [room.started, member.left, leg.ending]
            await asyncio.wait(first, return_when=asyncio.FIRST_COMPLETED)
            waiting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waiting
        if room.started.done() and not member.left.done() and not leg.ending.done():
            then: list[asyncio.Future[Any]] = [member.left, leg.ending]
            await asyncio.wait(then, return_when=asyncio.FIRST_COMPLETED)
    finally:
        leg.watching_hangup = False
        leg.close_chance()
        if waiting is not None and not waiting.done():
            waiting.cancel()
        if member.left.done():
            how = member.left.result()
        elif leg.ending.done() or leg.hanging_up:
            how = "hangup"
        else:
            how = "redirected"  # the API gave the call new TwiML
        room.remove(member, how)
    return DialResult("answered")


async def _wait_music(member: Member) -> None:
    """Before the conference starts: the waitUrl TwiML once, then a wait on hold."""
    leg = member.leg
    if member.wait_url == DEFAULT_WAIT_URL:
        leg.heard("play", url=DEFAULT_WAIT_URL)
    elif member.wait_url:
        leg.on_hold = True
        try:
            source = Source(url=member.wait_url, method=member.wait_method, purpose="wait_url")
            await leg.engine.run(leg, source, allowed=MUSIC_VERBS)
        finally:
            leg.on_hold = False
    while True:
        await leg.pause(TRACK_SECONDS, hold=True)
