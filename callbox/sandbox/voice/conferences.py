"""Conferences: ``<Dial><Conference>``, and the Conferences and Participants resources.

A room (:class:`Room`) is named per account; the first participant creates its
Conference record (``init``).  It starts (``in-progress``) once two people are in and one
of them has ``startConferenceOnEnter`` (the default); until then participants hear the
``waitUrl`` TwiML once, then wait on hold.  In a started room what each participant's far
end says reaches every other participant who is not on hold, unless the speaker is muted.
Beeps (``beep``: true, onEnter, onExit) mark arrivals and departures.

A participant leaves when their call ends, when they are kicked (``DELETE``
Participants/{CallSid}: their TwiML goes on after the ``<Dial>``), or when the room ends:
a participant with ``endConferenceOnExit`` leaves, the last one leaves, or the API sets
``Status=completed``.  The room's ``statusCallback`` (its first participant's) gets
``conference-start``, ``conference-end``, ``participant-join``/``-leave``/``-mute``/
``-unmute``/``-hold``/``-unhold`` as subscribed with ``statusCallbackEvent``
(``start end join leave mute hold``).  ``record="record-from-start"`` records the room from
its start to its end.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ..behaviours._common import API_VERSION, context_for, rfc2822
from .bridge import DialResult
from .documents import Document, Source, flag, method_of, number, resolve
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
    left: asyncio.Future[str] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )

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
        self.started: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.ended = False
        self.max_participants = MAX_PARTICIPANTS
        self.callback: str | None = None
        self.callback_events: frozenset[str] = frozenset()
        self.callback_method = "POST"
        self.outbox = Outbox(engine, None, account_sid=account_sid, resource_sid=self.sid)
        self.sequence = 0
        self.record_mode = "do-not-record"
        self.recorder: Any = None
        engine.sandbox.events.emit(
            "conference.status", sid=self.sid, status="init", name=name, account_sid=account_sid
        )

    def __repr__(self) -> str:
        return f"<Room {self.name} {self.sid} {len(self.members)} in>"

    # ------------------------------------------------------------ sound

    def spread(self, leg: Leg, sound: Sound) -> None:
        """What ``leg``'s far end said reaches everyone else (not from the muted or held)."""
        member = self.members.get(leg.sid)
        if member is None or member.muted or member.hold or not self.started.done():
            return
        for other in self.members.values():
            if other is not member and not other.hold:
                other.leg.relay(sound)

    def beep(self, exclude: Member | None = None) -> None:
        for other in self.members.values():
            if other is not exclude and not other.hold:
                other.leg.relay(Sound("beep", seconds=0.5))

    # ------------------------------------------------------------ membership

    def add(self, member: Member) -> None:
        first = not self.members
        already = self.started.done()
        self.members[member.sid] = member
        member.leg.room = self
        _store_participant(self, member, "connected")
        member.leg.log("note", text=f"joined conference {self.name} ({self.sid})")
        self.notify("participant-join", member)
        if member.beep in ("true", "onenter") and not first:
            self.beep(exclude=member)
        if already:
            member.leg.invite("conference")
        elif len(self.members) >= 2 and any(m.start_on_enter for m in self.members.values()):
            self.start()

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
            self.recorder = Recorder(first, source="Conference", conference_sid=self.sid)
            for member in self.members.values():
                member.leg.recorders.append(self.recorder)
        for member in self.members.values():
            member.leg.invite("conference")

    def remove(self, member: Member, reason: str) -> None:
        if self.members.pop(member.sid, None) is None:
            return
        member.leg.room = None
        if self.recorder is not None:
            with contextlib.suppress(ValueError):
                member.leg.recorders.remove(self.recorder)
        self.engine.store.delete(PARTICIPANTS, member.sid, _parent(self))
        member.leg.log("note", text=f"left conference {self.name}: {reason}")
        self.notify("participant-leave", member, reason=reason)
        if member.beep in ("true", "onexit"):
            self.beep()
        if self.ended:
            return
        if member.end_on_exit:
            kicked = reason == "participant_updated_via_api" or reason == "kicked"
            why = (
                "participant-with-end-conference-on-exit-kicked"
                if kicked
                else "participant-with-end-conference-on-exit-left"
            )
            self.engine.start(self.end(why, member.sid))
        elif not self.members and self.started.done():
            why = "last-participant-kicked" if reason == "kicked" else "last-participant-left"
            self.engine.start(self.end(why, member.sid))
        elif not self.members:
            self.engine.start(self.end("last-participant-left", member.sid))

    async def end(self, reason: str, ending_call: str | None = None) -> None:
        """End the conference: everyone still in leaves and goes on after their Dial."""
        if self.ended:
            return
        self.ended = True
        for member in list(self.members.values()):
            if not member.left.done():
                member.left.set_result("conference-ended")
        self.engine.rooms.pop(self._key, None)
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
        self.notify("conference-end", reason=reason, ending_call=ending_call)
        await self.outbox.flush()

    @property
    def _key(self) -> str:
        return f"{self.account_sid}:{self.name}"

    def _now(self) -> Any:
        from datetime import datetime, timezone

        return datetime.fromtimestamp(self.engine.clock.now(), timezone.utc)

    # ------------------------------------------------------------ callbacks

    def notify(
        self,
        event: str,
        member: Member | None = None,
        *,
        reason: str | None = None,
        ending_call: str | None = None,
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
        when = email.utils.format_datetime(self._now()).replace("-0000", "+0000")
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
        if event == "participant-leave" and reason:
            params.append(("ReasonParticipantLeft", reason))
            params.append(
                (
                    "ParticipantCallStatus",
                    "completed" if member and member.leg.hanging_up else "in-progress",
                )
            )
        if event == "conference-end":
            params.append(("ReasonConferenceEnded", reason or ""))
            if ending_call:
                params.append(("CallSidEndingConference", ending_call))
            params.append(("Reason", reason or ""))
        self.outbox.put("conference_status_callback", self.callback, self.callback_method, params)

    # ------------------------------------------------------------ changes from the API

    def update(self, member: Member, changes: dict[str, Any], doc_base: str | None = None) -> None:
        """Participant update: mute, hold (with hold music), announce, end on exit."""
        if "Muted" in changes and bool(changes["Muted"]) != member.muted:
            member.muted = bool(changes["Muted"])
            self.notify("participant-mute" if member.muted else "participant-unmute", member)
        if "Hold" in changes and bool(changes["Hold"]) != member.hold:
            member.hold = bool(changes["Hold"])
            self.notify("participant-hold" if member.hold else "participant-unhold", member)
            if member.hold:
                url = changes.get("HoldUrl")
                if url:
                    source = Source(
                        url=str(url),
                        method=str(changes.get("HoldMethod") or "GET"),
                        purpose="hold_url",
                    )
                    self.engine.start(_music(member, source))
                else:
                    member.leg.heard("play", url=DEFAULT_WAIT_URL)
        if "EndConferenceOnExit" in changes:
            member.end_on_exit = bool(changes["EndConferenceOnExit"])
            self.notify("participant-modify", member)
        if changes.get("AnnounceUrl"):
            source = Source(
                url=str(changes["AnnounceUrl"]),
                method=str(changes.get("AnnounceMethod") or "POST"),
                purpose="announce_url",
            )
            self.engine.start(_announce([member], source, self))
        _store_participant(self, member, "connected")

    def announce(self, source: Source) -> None:
        self.engine.start(_announce(list(self.members.values()), source, self))


async def _music(member: Member, source: Source) -> None:
    leg = member.leg
    leg.on_hold = True
    try:
        await leg.engine.run(leg, source)
    finally:
        leg.on_hold = False


async def _announce(members: list[Member], source: Source, room: Room) -> None:
    """Play an announcement (TwiML or audio at ``source``) to ``members``."""
    if not members:
        return
    await room.engine.run(members[0].leg, source)
    room.notify("announcement-end")


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _parent(room: Room) -> str:
    return f"{room.account_sid}/{room.sid}"


def _store_participant(room: Room, member: Member, status: str) -> dict[str, Any]:
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
        status=status,
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
    return room


def find_room(engine: Engine, account_sid: str, sid_or_name: str) -> Room | None:
    """A room in progress by SID or name."""
    for room in engine.rooms.values():
        if (
            isinstance(room, Room)
            and room.account_sid == account_sid
            and sid_or_name
            in (
                room.sid,
                room.name,
            )
        ):
            return room
    return None


def find_member(room: Room, call_sid_or_label: str) -> Member | None:
    member = room.members.get(call_sid_or_label)
    if member is not None:
        return member
    for candidate in room.members.values():
        if candidate.label and candidate.label == call_sid_or_label:
            return candidate
    return None


async def join(leg: Leg, node: TwiML, doc: Document) -> DialResult:
    """``<Dial><Conference>``: be in the room until leaving it (see the module docs)."""
    noun = next(n for n in node.elements() if n.name == "Conference")
    name = " ".join(noun.text.split())
    engine = leg.engine
    if not name:
        engine.problem(leg, 12200, "<Conference> needs a room name", level="warning")
        return DialResult("failed")
    room = room_for(engine, leg.account_sid, name)
    if not room.members:
        room.callback = resolve(noun.get("statusCallback"), doc)
        room.callback_events = frozenset((noun.get("statusCallbackEvent") or "").split())
        room.callback_method = method_of(noun, "statusCallbackMethod")
        room.max_participants = int(
            number(noun, "maxParticipants", MAX_PARTICIPANTS, 2, MAX_PARTICIPANTS)
        )
        room.record_mode = (noun.get("record") or "do-not-record").strip().lower()
    if len(room.members) >= room.max_participants:
        engine.problem(
            leg, 16025, f"Conference {name} is full ({room.max_participants})", level="warning"
        )
        return DialResult("failed")
    wait_raw = noun.get("waitUrl")
    member = Member(
        leg,
        muted=flag(noun, "muted", False),
        start_on_enter=flag(noun, "startConferenceOnEnter", True),
        end_on_exit=flag(noun, "endConferenceOnExit", False),
        beep=(noun.get("beep") or "true").strip().lower(),
        label=(noun.get("participantLabel") or None),
        wait_url=resolve(wait_raw, doc)
        if wait_raw
        else (None if wait_raw == "" else DEFAULT_WAIT_URL),
        wait_method=method_of(noun, "waitMethod", "POST" if wait_raw else "GET"),
    )
    if member.label and find_member(room, member.label) is not None:
        engine.problem(
            leg, 16025, f"Participant label {member.label!r} already in use", level="warning"
        )
        return DialResult("failed")
    if leg.direction == "inbound":
        engine.answer(leg)
    leg.watching_hangup = True
    waiting: asyncio.Task[Any] | None = None
    reason = "participant_hung_up"
    try:
        room.add(member)
        if not room.started.done():
            waiting = engine.start(_wait_music(member))
            first: list[asyncio.Future[Any]] = [room.started, member.left, leg.ending]
            await asyncio.wait(first, return_when=asyncio.FIRST_COMPLETED)
            waiting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waiting
        if room.started.done() and not member.left.done() and not leg.ending.done():
            then: list[asyncio.Future[Any]] = [member.left, leg.ending]
            await asyncio.wait(then, return_when=asyncio.FIRST_COMPLETED)
        if member.left.done():
            reason = {
                "kicked": "participant_updated_via_api",
                "conference-ended": "conference_ended_via_api"
                if room.record.get("reason_conference_ended") == "conference-ended-via-api"
                else "moderator_ended_conference",
            }.get(member.left.result(), "participant_updated_via_api")
    finally:
        leg.watching_hangup = False
        leg.close_chance()
        if waiting is not None and not waiting.done():
            waiting.cancel()
        room.remove(member, reason)
    return DialResult("answered")


async def _wait_music(member: Member) -> None:
    """Before the conference starts: the waitUrl TwiML once, then silence (on hold)."""
    leg = member.leg
    if not member.wait_url:
        return
    if member.wait_url == DEFAULT_WAIT_URL:
        leg.heard("play", url=DEFAULT_WAIT_URL)
        return
    leg.on_hold = True
    try:
        await leg.engine.run(
            leg, Source(url=member.wait_url, method=member.wait_method, purpose="wait_url")
        )
    finally:
        leg.on_hold = False
