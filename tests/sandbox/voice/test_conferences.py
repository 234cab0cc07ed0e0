"""Conference calls: people dial into a room, hear each other, and the app watches and
steers the room through its status callback and the Conferences/Participants API."""

from __future__ import annotations

import email.utils
from typing import Any

from callbox.sandbox import CallHandle, Sandbox, Transcript, hang_up, say, silence

from .conftest import NUMBER, TwimlApp

ALICE = "+14155550201"
BOB = "+14155550202"
CAROL = "+14155550203"
CUSTOMER = "+14155550299"
HOLD_MUSIC = "https://twimlets.com/holdmusic?Bucket=com.twilio.music.classical"


def heard(transcript: Transcript) -> list[tuple[str, str]]:
    """What the person heard, in order: (what, text or URL)."""
    return [(h.what, str(h)) for h in transcript.heard]


def speech(transcript: Transcript) -> list[str]:
    """What the person heard other people say."""
    return [h.text for h in transcript.heard if h.what == "speech"]


def joins(sandbox: Sandbox, call: CallHandle) -> None:
    """Wait until ``call`` is in the conference."""
    sandbox.wait_for_event("conference.event", event="participant-join", call_sid=call.sid)


def by_caller(documents: dict[str, str]) -> Any:
    """A voice URL whose TwiML depends on who calls."""
    return lambda form: documents[form["From"]]


def test_three_callers_hear_each_other_and_the_app_follows_the_room(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml(
        "/voice",
        '<Response><Dial><Conference statusCallback="/room-events" '
        'statusCallbackEvent="start end join leave">room</Conference></Dial></Response>',
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    # Alice dials in first and waits alone; the room exists but has not started.
    alice = sandbox.phone(ALICE).call(NUMBER, wait=False)
    joins(sandbox, alice)
    [room] = sandbox.client.conferences.list(friendly_name="room")
    assert room.sid is not None
    assert room.status == "init"
    # Bob's arrival starts it; Carol joins the conversation.
    bob = sandbox.phone(BOB).call(NUMBER, wait=False)
    joins(sandbox, bob)
    assert sandbox.client.conferences(room.sid).fetch().status == "in-progress"
    carol = sandbox.phone(CAROL).call(NUMBER, wait=False)
    joins(sandbox, carol)
    assert {p.call_sid for p in sandbox.client.conferences(room.sid).participants.list()} == {
        alice.sid,
        bob.sid,
        carol.sid,
    }

    alice.say("Hi, this is Alice")
    bob.say("Bob here")
    carol.say("Carol here")
    for person in (alice, bob, carol):
        person.hang_up()
        person.wait()

    assert heard(alice.transcript) == [
        ("play", HOLD_MUSIC),  # alone, before the room started
        ("beep", ""),  # Bob joins
        ("beep", ""),  # Carol joins
        ("speech", "Bob here"),
        ("speech", "Carol here"),
    ]
    assert heard(bob.transcript) == [
        ("beep", ""),
        ("speech", "Hi, this is Alice"),
        ("speech", "Carol here"),
        ("beep", ""),  # Alice leaves
    ]
    assert heard(carol.transcript) == [
        ("speech", "Hi, this is Alice"),
        ("speech", "Bob here"),
        ("beep", ""),
        ("beep", ""),
    ]
    ended = sandbox.client.conferences(room.sid).fetch()
    assert ended.status == "completed"
    assert ended.reason_conference_ended == "last-participant-left"
    assert ended.call_sid_ending_conference == carol.sid
    assert sandbox.client.conferences(room.sid).participants.list() == []

    hits = app.wait_for("/room-events", 8)
    assert all(h.signed for h in hits)
    forms = [h.form for h in hits]
    assert [f["StatusCallbackEvent"] for f in forms] == [
        "participant-join",
        "participant-join",
        "conference-start",
        "participant-join",
        "participant-leave",
        "participant-leave",
        "participant-leave",
        "conference-end",
    ]
    assert [f["SequenceNumber"] for f in forms] == [str(n) for n in range(8)]
    assert {(f["ConferenceSid"], f["FriendlyName"], f["AccountSid"]) for f in forms} == {
        (room.sid, "room", sandbox.account_sid)
    }
    people = [f for f in forms if f["StatusCallbackEvent"].startswith("participant-")]
    assert [f["CallSid"] for f in people] == [alice.sid, bob.sid, carol.sid] * 2
    for form in people:
        assert form["Muted"] == form["Hold"] == form["Coaching"] == "false"
        assert form["StartConferenceOnEnter"] == "true"
        assert form["EndConferenceOnExit"] == "false"
    for form in people[3:]:
        assert form["ReasonParticipantLeft"] == "participant_hung_up"
        assert form["ParticipantCallStatus"] == "completed"
    start, end = forms[2], forms[-1]
    assert "CallSid" not in start and "CallSid" not in end
    assert end["ReasonConferenceEnded"] == "last-participant-left"
    assert end["CallSidEndingConference"] == carol.sid
    stamps = [email.utils.parsedate_to_datetime(f["Timestamp"]) for f in forms]
    assert stamps == sorted(stamps) and stamps[0].utcoffset() is not None


def test_the_team_waits_for_the_host_who_ends_the_call_for_everyone(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    member = (
        '<Response><Dial><Conference startConferenceOnEnter="false" waitUrl="/wait">'
        "standup</Conference></Dial><Say>The host ended the call.</Say></Response>"
    )
    host = (
        '<Response><Dial><Conference endConferenceOnExit="true">standup</Conference></Dial>'
        "</Response>"
    )
    app.twiml("/voice", by_caller({ALICE: member, BOB: member, CAROL: host}))
    app.twiml("/wait", "<Response><Say>Please hold for the host.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    alice = sandbox.phone(ALICE).call(
        NUMBER, script=[say("Morning all"), silence(60), hang_up()], wait=False
    )
    bob = sandbox.phone(BOB).call(
        NUMBER, script=[silence(2), say("Hi team"), silence(60), hang_up()], wait=False
    )
    joins(sandbox, alice)
    joins(sandbox, bob)
    [room] = sandbox.client.conferences.list(friendly_name="standup")
    assert room.sid is not None
    assert room.status == "init"  # two people in, but nobody may start it
    waiting = sandbox.client.conferences(room.sid).participants.list()
    assert [(p.status, p.start_conference_on_enter) for p in waiting] == [("connected", False)] * 2

    carol = sandbox.phone(CAROL).call(
        NUMBER, script=[silence(4), say("Let's begin"), silence(3), hang_up()]
    )
    alice_heard, bob_heard = alice.wait(), bob.wait()

    # Each waiting caller fetched the wait music once, then held in silence.
    waits = app.requests("/wait")
    assert sorted(w.form["From"] for w in waits) == [ALICE, BOB]
    assert all(w.signed and w.form["CallSid"] in (alice.sid, bob.sid) for w in waits)
    assert heard(alice_heard) == [
        ("say", "Please hold for the host."),
        ("beep", ""),  # the host joins: the call starts
        ("speech", "Hi team"),
        ("speech", "Let's begin"),
        ("beep", ""),  # the host leaves...
        ("say", "The host ended the call."),  # ...and Alice's TwiML goes on
    ]
    assert speech(bob_heard) == ["Morning all", "Let's begin"]
    assert speech(carol) == ["Morning all", "Hi team"]
    assert alice_heard.status == bob_heard.status == carol.status == "completed"
    ended = sandbox.client.conferences(room.sid).fetch()
    assert ended.reason_conference_ended == "participant-with-end-conference-on-exit-left"
    assert ended.call_sid_ending_conference == carol.sid


def test_a_muted_caller_hears_the_room_but_nobody_hears_them(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    listener = '<Response><Dial><Conference muted="true">talk</Conference></Dial></Response>'
    speaker = "<Response><Dial><Conference>talk</Conference></Dial></Response>"
    app.twiml("/voice", by_caller({ALICE: listener, BOB: speaker}))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    alice = sandbox.phone(ALICE).call(
        NUMBER, script=[say("Can anyone hear me"), silence(5), hang_up()], wait=False
    )
    joins(sandbox, alice)
    bob = sandbox.phone(BOB).call(NUMBER, script=[silence(2), say("Hello?"), silence(5), hang_up()])

    assert speech(alice.wait()) == ["Hello?"]
    assert speech(bob) == []
    assert ("caller", "Can anyone hear me") in [
        (e["kind"], e.get("text")) for e in alice.transcript.events
    ]


def test_a_gather_in_the_wait_music_is_skipped_with_twilios_13238(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml(
        "/voice",
        '<Response><Dial><Conference startConferenceOnEnter="false" waitUrl="/wait">'
        "lobby</Conference></Dial></Response>",
    )
    app.twiml(
        "/wait",
        '<Response><Gather action="/never"><Say>Press a key</Say></Gather>'
        "<Say>Please hold.</Say></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    call = sandbox.phone(ALICE).call(NUMBER, wait=False)
    call.wait_for("Please hold.")
    call.hang_up()
    waiting = call.wait()

    assert heard(waiting) == [("say", "Please hold.")]
    [alert] = [e for e in waiting.of("error") if e["code"] == 13238]
    assert "<Gather> is not allowed here" in alert["message"]
    assert app.requests("/never") == []


def test_the_app_dials_a_customer_in_then_mutes_and_holds_them(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml(
        "/voice",
        '<Response><Dial><Conference statusCallback="/support-events" '
        'statusCallbackEvent="join mute hold">support</Conference></Dial></Response>',
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    sandbox.phone(CUSTOMER, answer="live")
    agent = sandbox.phone(ALICE).call(NUMBER, wait=False)
    joins(sandbox, agent)

    # The app dials the customer into the agent's conference, named by its friendly name.
    added = sandbox.client.conferences("support").participants.create(
        from_=NUMBER, to=CUSTOMER, label="customer"
    )
    customer = sandbox.phone(CUSTOMER).wait_for_call()
    assert customer.sid == added.call_sid and added.status == "queued"
    ringing = sandbox.client.conferences("support").participants("customer").fetch()
    assert (ringing.call_sid, ringing.status) == (customer.sid, "ringing")
    customer.answer()
    joins(sandbox, customer)
    [room] = sandbox.client.conferences.list(friendly_name="support", status="in-progress")
    assert room.sid is not None
    assert added.conference_sid == room.sid
    people = sandbox.client.conferences(room.sid).participants
    assert {(p.call_sid, p.status) for p in people.list()} == {
        (agent.sid, "connected"),
        (customer.sid, "connected"),
    }
    assert people("customer").fetch().call_sid == customer.sid  # by label

    muted = people("customer").update(muted=True)
    assert muted.muted is True and people.list(muted=True)[0].call_sid == customer.sid
    customer.say("Hello? Is anyone there?")
    people(customer.sid).update(muted=False)
    customer.say("Now can you hear me?")

    people("customer").update(hold=True)
    agent.say("Let me check on that")
    people("customer").update(hold=False)
    agent.say("Thanks for waiting")
    agent.hang_up()
    customer.hang_up()
    agent_heard, customer_heard = agent.wait(), customer.wait()

    assert speech(agent_heard) == ["Now can you hear me?"]
    assert speech(customer_heard) == ["Thanks for waiting"]
    assert ("play", HOLD_MUSIC) in heard(customer_heard)
    hits = app.wait_for("/support-events", 6)
    assert all(h.signed for h in hits)
    assert [(h.form["StatusCallbackEvent"], h.form["CallSid"]) for h in hits] == [
        ("participant-join", agent.sid),
        ("participant-join", customer.sid),
        ("participant-mute", customer.sid),
        ("participant-unmute", customer.sid),
        ("participant-hold", customer.sid),
        ("participant-unhold", customer.sid),
    ]
    assert hits[2].form["Muted"] == "true" and hits[2].form["ParticipantLabel"] == "customer"
    assert hits[4].form["Hold"] == "true"
    call = sandbox.client.calls(customer.sid).fetch()
    assert (call.direction, call.from_, call.to) == ("outbound-api", NUMBER, CUSTOMER)


def test_a_kicked_caller_goes_on_with_their_twiml_and_the_api_ends_the_room(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml(
        "/voice",
        lambda form: (
            '<Response><Dial action="/left"><Conference participantLabel="{label}" '
            'statusCallback="/events" statusCallbackEvent="leave end">'
            "briefing</Conference></Dial></Response>"
        ).format(label="reporter" if form["From"] == ALICE else "editor"),
    )
    app.twiml("/left", "<Response><Say>Goodbye.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    reporter = sandbox.phone(ALICE).call(NUMBER, wait=False)
    joins(sandbox, reporter)
    editor = sandbox.phone(BOB).call(NUMBER, wait=False)
    joins(sandbox, editor)
    [room] = sandbox.client.conferences.list(friendly_name="briefing")
    assert room.sid is not None

    sandbox.client.conferences(room.sid).participants("reporter").delete()
    kicked = reporter.wait()
    assert sandbox.client.conferences(room.sid).fetch().status == "in-progress"
    assert [p.call_sid for p in sandbox.client.conferences(room.sid).participants.list()] == [
        editor.sid
    ]
    ended = sandbox.client.conferences(room.sid).update(status="completed")
    assert ended.status == "completed"
    left = editor.wait()

    assert kicked.status == "completed"
    assert heard(kicked)[-1] == ("say", "Goodbye.")
    assert heard(left)[-1] == ("say", "Goodbye.")
    actions = app.requests("/left")
    assert [a.form["CallSid"] for a in actions] == [reporter.sid, editor.sid]
    for action in actions:
        assert action.signed and action.form["DialCallStatus"] == "answered"
        assert "DialCallSid" not in action.form and "DialCallDuration" not in action.form
    final = sandbox.client.conferences(room.sid).fetch()
    assert final.reason_conference_ended == "conference-ended-via-api"
    assert final.call_sid_ending_conference is None
    events = [h.form for h in app.wait_for("/events", 3)]
    assert [(e["StatusCallbackEvent"], e.get("ReasonParticipantLeft")) for e in events] == [
        ("participant-leave", "participant_updated_via_api"),
        ("participant-leave", "conference_ended_via_api"),
        ("conference-end", None),
    ]
    assert events[0]["ParticipantLabel"] == "reporter"
    assert events[0]["ParticipantCallStatus"] == "in-progress"
    assert events[2]["ReasonConferenceEnded"] == "conference-ended-via-api"


def test_kicking_the_host_ends_the_room_for_everyone(sandbox: Sandbox, app: TwimlApp) -> None:
    host = (
        '<Response><Dial><Conference participantLabel="host" endConferenceOnExit="true">'
        "panel</Conference></Dial></Response>"
    )
    guest = "<Response><Dial><Conference>panel</Conference></Dial></Response>"
    app.twiml("/voice", by_caller({ALICE: host, BOB: guest}))
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    alice = sandbox.phone(ALICE).call(NUMBER, wait=False)
    joins(sandbox, alice)
    bob = sandbox.phone(BOB).call(NUMBER, wait=False)
    joins(sandbox, bob)
    [room] = sandbox.client.conferences.list(friendly_name="panel")
    assert room.sid is not None

    sandbox.client.conferences("panel").participants("host").delete()

    assert alice.wait().status == bob.wait().status == "completed"
    ended = sandbox.client.conferences(room.sid).fetch()
    assert ended.reason_conference_ended == "participant-with-end-conference-on-exit-kicked"
    assert ended.call_sid_ending_conference == alice.sid


def test_an_announcement_plays_to_the_whole_room(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml(
        "/voice",
        '<Response><Dial><Conference statusCallback="/events" '
        'statusCallbackEvent="announcement">auction</Conference></Dial></Response>',
    )
    app.twiml("/announce", "<Response><Say>Last call.</Say><Hangup/></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    alice = sandbox.phone(ALICE).call(NUMBER, wait=False)
    joins(sandbox, alice)
    bob = sandbox.phone(BOB).call(NUMBER, wait=False)
    joins(sandbox, bob)
    [room] = sandbox.client.conferences.list(friendly_name="auction")
    assert room.sid is not None

    sandbox.client.conferences(room.sid).update(announce_url=app.url("/announce"))

    assert alice.wait_for("Last call.").what == bob.wait_for("Last call.").what == "say"
    [done] = app.wait_for("/events")
    assert done.signed and done.form["StatusCallbackEvent"] == "announcement-end"
    [fetched] = app.requests("/announce")  # fetched once for the whole room
    assert fetched.signed and fetched.form["CallSid"] in (alice.sid, bob.sid)
    for person in (alice, bob):
        person.hang_up()
        assert person.wait().status == "completed"  # <Hangup> is no announcement verb


def test_a_customer_who_never_answers_never_joins(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.seed_number(NUMBER)
    sandbox.phone(CUSTOMER, answer="busy")

    added = sandbox.client.conferences("callback-room").participants.create(
        from_=NUMBER, to=CUSTOMER, label="customer"
    )
    assert (added.label, added.status) == ("customer", "queued")
    assert added.call_sid and added.conference_sid
    sandbox.wait_for_event("conference.status", sid=added.conference_sid, status="completed")

    assert sandbox.client.calls(added.call_sid).fetch().status == "busy"
    assert sandbox.client.conferences(added.conference_sid).participants.list() == []
    room = sandbox.client.conferences(added.conference_sid).fetch()
    assert (room.friendly_name, room.status) == ("callback-room", "completed")


def test_a_full_room_turns_the_next_caller_away(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml(
        "/voice",
        '<Response><Dial><Conference maxParticipants="2">duo</Conference></Dial>'
        "<Say>Sorry, the room is full.</Say></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    alice = sandbox.phone(ALICE).call(NUMBER, wait=False)
    joins(sandbox, alice)
    bob = sandbox.phone(BOB).call(NUMBER, wait=False)
    joins(sandbox, bob)

    turned_away = sandbox.phone(CAROL).call(NUMBER, script=[say("Let me in")])

    assert heard(turned_away) == [("say", "Sorry, the room is full.")]
    assert turned_away.status == "completed"
    [note] = sandbox.client.calls(turned_away.sid).notifications.list()
    assert note.error_code == "16020"
    [room] = sandbox.client.conferences.list(friendly_name="duo")
    assert room.sid is not None
    assert room.status == "in-progress"
    assert {p.call_sid for p in sandbox.client.conferences(room.sid).participants.list()} == {
        alice.sid,
        bob.sid,
    }
    alice.say("Still just us")
    alice.hang_up()
    bob.hang_up()
    assert speech(bob.wait()) == ["Still just us"]
    alice.wait()


def record_a_meeting(sandbox: Sandbox, app: TwimlApp) -> str:
    """Alice and Bob meet in a recorded room; the room's SID."""
    app.twiml(
        "/voice",
        '<Response><Dial><Conference record="record-from-start" '
        'recordingStatusCallback="/recorded">minutes</Conference></Dial></Response>',
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    alice = sandbox.phone(ALICE).call(
        NUMBER, script=[say("Welcome to the recorded call"), silence(1), hang_up()], wait=False
    )
    joins(sandbox, alice)
    sandbox.phone(BOB).call(NUMBER, script=[silence(3), say("Glad to be here"), hang_up()])
    alice.wait()
    [room] = sandbox.client.conferences.list(friendly_name="minutes")
    assert room.sid is not None
    return str(room.sid)


def test_a_recorded_conference_files_one_recording_of_the_room(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    room_sid = record_a_meeting(sandbox, app)

    [recording] = sandbox.client.recordings.list()
    assert (recording.source, recording.conference_sid) == ("Conference", room_sid)
    assert recording.call_sid is None and recording.status == "completed"
    assert recording.duration == "5"  # from Alice's first word to Bob's last
    [listed] = sandbox.client.conferences(room_sid).recordings.list()
    assert listed.sid == recording.sid
    [callback] = app.wait_for("/recorded")
    assert callback.signed
    assert callback.form["RecordingSid"] == recording.sid
    assert callback.form["ConferenceSid"] == room_sid
    assert callback.form["RecordingSource"] == "Conference"
    assert callback.form["RecordingStatus"] == "completed"


def test_a_conference_recording_callback_names_no_call(sandbox: Sandbox, app: TwimlApp) -> None:
    record_a_meeting(sandbox, app)

    [callback] = app.wait_for("/recorded")

    assert "CallSid" not in callback.form  # Twilio's Conference table has ConferenceSid only
