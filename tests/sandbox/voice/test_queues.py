"""Call queues: callers wait in ``<Enqueue>`` to wait music, agents take them with
``<Dial><Queue>``, the app moves them with the Members API.

The callers' line runs ``<Enqueue>``; the agents' line runs ``<Dial><Queue>``.  Waits in a
queue are hold waits on the virtual clock: they are skipped only once the sandbox has been
idle for a moment, so a test that acts promptly finds its callers still waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from starlette.responses import Response

from callbox.errors import NotFoundError
from callbox.sandbox import Sandbox, hang_up, press, say, silence

from .conftest import CALLER, NUMBER, TwimlApp

#: The agents' line, and the phones that call in.
AGENTS = "+14155550124"
CALLER_2 = "+14155550101"
AGENT = "+14155550199"

SUPPORT = (
    '<Response><Enqueue waitUrl="/wait" action="/after">support</Enqueue>'
    "<Say>Not reached.</Say></Response>"
)
AGENT_DESK = (
    '<Response><Dial action="/dialed"><Queue url="/about">support</Queue></Dial></Response>'
)


def wait_fetches(
    app: TwimlApp, call_sid: str, until: Callable[[dict[str, str]], bool]
) -> list[dict[str, str]]:
    """The wait URL requests of one caller, waiting until one of them satisfies ``until``."""
    count = 1
    while True:
        mine = [h.form for h in app.wait_for("/wait", count) if h.form["CallSid"] == call_sid]
        if any(until(form) for form in mine):
            return mine
        count += 1


def test_an_agent_takes_the_caller_who_waited_longest(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", '<Response><Say>Please hold.</Say><Pause length="10"/></Response>')
    app.twiml("/about", "<Response><Say>An agent is taking your call.</Say></Response>")
    app.twiml(
        "/after",
        lambda form: f"<Response><Say>Goodbye after {form['QueueResult']}.</Say></Response>",
    )
    app.twiml("/agent", AGENT_DESK)
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    sandbox.seed_number(AGENTS, voice_url=app.url("/agent"))

    first = sandbox.phone(CALLER).call(
        NUMBER, script=[say("My router is blinking red.")], wait=False
    )
    first.wait_for("Please hold.")
    second = sandbox.phone(CALLER_2).call(NUMBER, script=[], wait=False)
    second.wait_for("Please hold.")
    # The first caller's music runs out and is fetched again, now with two in the queue.
    head, *again = wait_fetches(app, first.sid, lambda f: f["CurrentQueueSize"] == "2")
    joined = wait_fetches(app, second.sid, lambda f: True)[0]

    queue = sandbox.client.queues.list()[0]
    assert queue.sid is not None
    assert queue.friendly_name == "support"
    assert head["QueueSid"] == queue.sid and head["MaxQueueSize"] == "1000"
    assert (head["QueuePosition"], head["CurrentQueueSize"], head["QueueTime"]) == ("1", "1", "0")
    assert head["AvgQueueTime"] == "0"
    later = again[-1]
    assert (later["QueuePosition"], later["CurrentQueueSize"]) == ("1", "2")
    assert int(later["AvgQueueTime"]) <= int(later["QueueTime"])
    times = [int(f["QueueTime"]) for f in [head, *again]]
    assert times == sorted(times) and times[-1] >= 10  # a whole wait document went by
    assert (joined["QueuePosition"], joined["CurrentQueueSize"]) == ("2", "2")
    assert joined["QueueSid"] == queue.sid
    assert all(h.signed for h in app.requests("/wait"))

    agent = sandbox.phone(AGENT).call(
        AGENTS, script=[say("Support, this is Dana."), silence(5), hang_up()]
    )

    assert agent.status == "completed"
    assert "My router is blinking red." in [str(h) for h in agent.heard]
    caller = first.wait()
    heard = [str(h) for h in caller.heard]
    assert heard[-3:] == [
        "An agent is taking your call.",
        "Support, this is Dana.",
        "Goodbye after bridged.",
    ]
    about = app.requests("/about")[0]
    assert about.signed
    assert about.form["CallSid"] == first.sid
    assert about.form["QueueSid"] == queue.sid
    assert about.form["DequeingCallSid"] == agent.sid
    assert int(about.form["QueueTime"]) >= 0
    after = app.requests("/after")[0].form
    assert after["CallSid"] == first.sid and after["QueueResult"] == "bridged"
    assert after["QueueSid"] == queue.sid
    dialed = app.requests("/dialed")[0].form
    assert dialed["CallSid"] == agent.sid
    assert dialed["DialCallStatus"] == "completed" and dialed["DialCallSid"] == first.sid

    # The second caller is now at the front, alone.
    assert sandbox.client.queues(queue.sid).members(second.sid).fetch().position == 1
    second.hang_up()
    second.wait()


def test_when_the_caller_hangs_up_on_the_agent_the_agent_goes_on(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", "<Response><Say>Please hold.</Say></Response>")
    app.twiml("/agent", AGENT_DESK)
    app.twiml(
        "/dialed",
        lambda form: (
            f"<Response><Say>That call was {form['DialCallDuration']} seconds.</Say></Response>"
        ),
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    sandbox.seed_number(AGENTS, voice_url=app.url("/agent"))
    caller = sandbox.phone(CALLER).call(
        NUMBER, script=[say("Thanks, that fixed it."), hang_up()], wait=False
    )
    caller.wait_for("Please hold.")

    agent = sandbox.phone(AGENT).call(AGENTS, script=[])

    assert [str(h) for h in agent.heard] == ["Thanks, that fixed it.", "That call was 2 seconds."]
    dialed = app.requests("/dialed")[0].form
    assert dialed["DialCallStatus"] == "completed" and dialed["DialCallSid"] == caller.sid
    assert caller.wait().status == "completed"
    after = app.wait_for("/after")[0].form
    assert after["QueueResult"] == "bridged" and after["CallStatus"] == "completed"


def test_a_caller_presses_1_to_leave_the_queue_and_the_call_goes_on(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml(
        "/wait",
        '<Response><Gather numDigits="1" action="/choice">'
        "<Say>Press 1 to leave a message instead.</Say></Gather></Response>",
    )
    app.twiml("/choice", "<Response><Leave/></Response>")
    app.twiml("/after", "<Response><Say>Please leave your message.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("1")])

    assert transcript.status == "completed"
    assert transcript.said.splitlines() == [
        "Press 1 to leave a message instead.",
        "Please leave your message.",
    ]
    after = app.requests("/after")[0]
    assert after.signed and after.form["QueueResult"] == "leave"
    assert after.form["QueueSid"] == sandbox.client.queues.list()[0].sid
    assert int(after.form["QueueTime"]) >= 0
    assert app.requests("/choice")[0].form["Digits"] == "1"
    assert sandbox.client.queues.list()[0].current_size == 0


def test_without_an_action_leave_falls_through_to_the_next_verb(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml(
        "/voice",
        '<Response><Enqueue waitUrl="/wait">support</Enqueue>'
        "<Say>Nobody is free, goodbye.</Say></Response>",
    )
    app.twiml("/wait", "<Response><Say>All agents are busy.</Say><Leave/></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said.splitlines() == ["All agents are busy.", "Nobody is free, goodbye."]
    assert [h.path for h in app.requests()] == ["/voice", "/wait"]


def test_the_app_sees_its_queue_and_sends_the_front_caller_elsewhere(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", "<Response><Say>Please hold.</Say></Response>")
    app.twiml("/after", "<Response><Say>Not run: the call goes to the new URL.</Say></Response>")
    app.twiml("/callback-desk", "<Response><Say>We will call you back.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    first = sandbox.phone(CALLER).call(NUMBER, script=[], wait=False)
    first.wait_for("Please hold.")
    second = sandbox.phone(CALLER_2).call(NUMBER, script=[], wait=False)
    second.wait_for("Please hold.")
    queue = sandbox.client.queues.list()[0]
    assert queue.sid is not None

    fetched = sandbox.client.queues(queue.sid).fetch()
    members = sandbox.client.queues(queue.sid).members.list()
    one = sandbox.client.queues(queue.sid).members(second.sid).fetch()

    assert fetched.current_size == 2 and fetched.max_size == 1000
    assert [(m.call_sid, m.position) for m in members] == [(first.sid, 1), (second.sid, 2)]
    assert members[0].wait_time is not None and members[1].wait_time is not None
    assert fetched.average_wait_time is not None
    assert members[1].wait_time <= members[0].wait_time
    assert fetched.average_wait_time <= members[0].wait_time
    assert members[0].date_enqueued is not None and members[0].queue_sid == queue.sid
    assert (one.call_sid, one.position) == (second.sid, 2)

    sandbox.client.queues(queue.sid).members("Front").update(
        url=app.url("/callback-desk"), method="POST"
    )

    moved = first.wait()
    assert moved.said.splitlines()[-1] == "We will call you back."
    assert "Not run: the call goes to the new URL." not in moved.said
    after = app.requests("/after")[0].form
    assert after["CallSid"] == first.sid and after["QueueResult"] == "redirected"
    assert after["QueueSid"] == queue.sid
    assert int(after["QueueTime"]) >= members[0].wait_time
    assert app.requests("/callback-desk")[0].form["CallSid"] == first.sid
    left = sandbox.client.queues(queue.sid).members.list()
    assert [(m.call_sid, m.position) for m in left] == [(second.sid, 1)]
    second.hang_up()
    second.wait()
    with pytest.raises(NotFoundError):
        sandbox.client.queues(queue.sid).members("Front").update(url=app.url("/callback-desk"))


def test_the_calls_api_moves_a_waiting_caller_out_of_the_queue(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", "<Response><Say>Please hold.</Say></Response>")
    app.twiml("/moved", "<Response><Say>A manager will help you.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    caller = sandbox.phone(CALLER).call(NUMBER, script=[], wait=False)
    caller.wait_for("Please hold.")

    sandbox.client.calls(caller.sid).update(url=app.url("/moved"))

    assert caller.wait().said.splitlines()[-1] == "A manager will help you."
    after = app.wait_for("/after")[0].form
    assert after["QueueResult"] == "redirected" and after["CallStatus"] == "in-progress"
    queue = sandbox.client.queues.list()[0]
    assert queue.sid is not None
    assert after["QueueSid"] == queue.sid
    assert sandbox.client.queues(queue.sid).members.list() == []


def test_a_full_queue_turns_the_next_caller_away_at_once(sandbox: Sandbox, app: TwimlApp) -> None:
    sandbox.client.queues.create(friendly_name="vip", max_size=1)
    app.twiml(
        "/voice",
        '<Response><Enqueue waitUrl="/wait" action="/after">vip</Enqueue></Response>',
    )
    app.twiml("/wait", "<Response><Say>Please hold.</Say></Response>")
    app.twiml(
        "/after",
        lambda form: f"<Response><Say>Sorry, {form['QueueResult']}.</Say></Response>",
    )
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    holding = sandbox.phone(CALLER).call(NUMBER, script=[], wait=False)
    holding.wait_for("Please hold.")

    turned_away = sandbox.phone(CALLER_2).call(NUMBER)

    assert turned_away.said == "Sorry, queue-full."
    after = app.requests("/after")[0].form
    assert after["CallSid"] == turned_away.sid and after["QueueResult"] == "queue-full"
    assert "QueueSid" not in after and "QueueTime" not in after
    assert {h.form["CallSid"] for h in app.requests("/wait")} == {holding.sid}
    holding.hang_up()
    holding.wait()


def test_a_caller_who_hangs_up_while_waiting_leaves_the_queue(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", "<Response><Say>Please hold.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    caller = sandbox.phone(CALLER).call(NUMBER, script=[], wait=False)
    caller.wait_for("Please hold.")
    queue = sandbox.client.queues.list()[0]
    assert queue.sid is not None
    assert [m.call_sid for m in sandbox.client.queues(queue.sid).members.list()] == [caller.sid]

    caller.hang_up()

    transcript = caller.wait()
    assert transcript.status == "completed"
    after = app.wait_for("/after")[0]
    assert after.signed and after.form["QueueResult"] == "hangup"
    assert after.form["QueueSid"] == queue.sid and after.form["CallStatus"] == "completed"
    assert sandbox.client.queues(queue.sid).members.list() == []
    assert sandbox.client.queues(queue.sid).fetch().current_size == 0


def test_a_wait_document_that_hangs_up_ends_the_call(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", "<Response><Say>We are closed.</Say><Hangup/></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.status == "completed"
    assert transcript.said == "We are closed."
    assert len(app.requests("/wait")) == 1
    assert app.wait_for("/after")[0].form["QueueResult"] == "hangup"


def test_an_agent_on_an_empty_queue_waits_for_the_next_caller(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.client.queues.create(friendly_name="support")
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", "<Response><Say>Please hold.</Say></Response>")
    app.twiml("/about", "<Response><Say>Connecting you.</Say></Response>")
    app.twiml("/after", "<Response><Say>Thank you for waiting.</Say></Response>")
    app.twiml("/agent", AGENT_DESK)
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    sandbox.seed_number(AGENTS, voice_url=app.url("/agent"))
    agent = sandbox.phone(AGENT).call(
        AGENTS, script=[say("Hello, support."), hang_up()], wait=False
    )

    caller = sandbox.phone(CALLER).call(NUMBER, script=[], wait=False)

    heard = [str(h) for h in caller.wait().heard]
    assert heard == ["Connecting you.", "Hello, support.", "Thank you for waiting."]
    agent.wait()
    dialed = app.wait_for("/dialed")[0].form
    assert dialed["DialCallStatus"] == "completed" and dialed["DialCallSid"] == caller.sid
    assert app.requests("/about")[0].form["DequeingCallSid"] == agent.sid
    assert app.requests("/after")[0].form["QueueResult"] == "bridged"


def test_an_agent_on_an_empty_queue_gives_up_after_the_dial_timeout(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    sandbox.client.queues.create(friendly_name="support")
    app.twiml(
        "/agent",
        '<Response><Dial action="/dialed" timeout="20"><Queue>support</Queue></Dial></Response>',
    )
    app.twiml(
        "/dialed",
        lambda form: f"<Response><Say>Dial {form['DialCallStatus']}.</Say></Response>",
    )
    sandbox.seed_number(AGENTS, voice_url=app.url("/agent"))
    started = time.monotonic()

    agent = sandbox.phone(AGENT).call(AGENTS)

    assert time.monotonic() - started < 10  # the 20 seconds passed on the virtual clock
    assert agent.said == "Dial no-answer."
    assert "DialCallSid" not in app.requests("/dialed")[0].form
    assert int(sandbox.client.calls(agent.sid).fetch().duration or 0) >= 20


def test_dialing_a_queue_that_does_not_exist_fails(sandbox: Sandbox, app: TwimlApp) -> None:
    app.twiml(
        "/agent",
        '<Response><Dial action="/dialed"><Queue>nobody-made-this</Queue></Dial></Response>',
    )
    app.twiml(
        "/dialed",
        lambda form: f"<Response><Say>Dial {form['DialCallStatus']}.</Say></Response>",
    )
    sandbox.seed_number(AGENTS, voice_url=app.url("/agent"))

    agent = sandbox.phone(AGENT).call(AGENTS)

    assert agent.said == "Dial failed."
    assert sandbox.client.queues.list() == []


def test_without_a_wait_url_the_caller_hears_twilios_hold_music(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", '<Response><Enqueue action="/after">support</Enqueue></Response>')
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))
    caller = sandbox.phone(CALLER).call(NUMBER, script=[], wait=False)

    music = caller.wait_for("com.twilio.sounds.music")

    assert music.what == "play"
    queue = sandbox.client.queues.list()[0]
    assert queue.sid is not None
    assert sandbox.client.queues(queue.sid).fetch().current_size == 1
    caller.hang_up()
    transcript = caller.wait()
    assert [h.what for h in transcript.heard] == ["play"]
    app.wait_for("/after")
    assert [h.path for h in app.requests()] == ["/voice", "/after"]


def test_a_broken_wait_url_takes_the_caller_out_of_the_queue_with_an_error(
    sandbox: Sandbox, app: TwimlApp
) -> None:
    app.twiml("/voice", SUPPORT)
    app.twiml("/wait", lambda form: Response("oops", status_code=500))
    app.twiml("/after", "<Response><Say>Please call again later.</Say></Response>")
    sandbox.seed_number(NUMBER, voice_url=app.url("/voice"))

    transcript = sandbox.phone(CALLER).call(NUMBER)

    assert transcript.said.splitlines()[-1] == "Please call again later."
    assert app.requests("/after")[0].form["QueueResult"] == "error"
    assert len(app.requests("/wait")) == 1
    assert [n.error_code for n in sandbox.client.notifications.list()] == ["11200"]
