"""Documents built with the same calls against callbox and against the official package.

Each case gets the three modules of a library (voice, messaging, fax: ``callbox.twiml``'s
``voice_response`` ... or ``twilio.twiml``'s) and returns a document.  ``expected_xml.json``
holds what each case must print; ``tests/twiml/test_compat.py`` checks callbox against it and,
when twilio-python is installed, against the official output too.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

Case = Callable[[ModuleType, ModuleType, ModuleType], Any]
CASES: dict[str, Case] = {}


def case(fn: Case) -> Case:
    CASES[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------- everyday documents


@case
def empty_voice(v: Any, m: Any, f: Any) -> Any:
    return v.VoiceResponse()


@case
def empty_messaging(v: Any, m: Any, f: Any) -> Any:
    return m.MessagingResponse()


@case
def say_simple(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("Hello, world!")
    return r


@case
def say_attributes(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("Hi", voice="alice", loop=2, language="en-US")
    r.say("Bonjour", voice="Polly.Celine", language="fr-FR")
    r.say(voice="woman")
    return r


@case
def ivr(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("Welcome to Acme. Calls may be recorded.", voice="Polly.Joanna", language="en-US")
    g = r.gather(
        input="dtmf speech",
        num_digits=1,
        action="/ivr/menu",
        method="POST",
        timeout=5,
        hints="sales, support",
    )
    g.say("For sales press 1. For support press 2.", voice="Polly.Joanna")
    g.play("https://example.com/hold.mp3", loop=1)
    g.pause(length=1)
    r.say("We did not get your choice.")
    d = r.dial(
        caller_id="+15005550006", timeout=20, record="record-from-answer", action="/ivr/dial-done"
    )
    d.number(
        "+14155550100",
        status_callback="/status",
        status_callback_event="initiated ringing answered completed",
    )
    d.client("support-agent")
    r.redirect("/ivr/start", method="POST")
    return r


@case
def gather_with_block(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    with r.gather(num_digits=1, action="/menu") as g:
        g.say("Press 1 for sales")
        g.pause(length=2)
    r.redirect("/start")
    return r


@case
def gather_every_attribute(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.gather(
        input="speech",
        action="/a",
        method="GET",
        timeout=3,
        speech_timeout="auto",
        max_speech_time=30,
        profanity_filter=False,
        finish_on_key="#",
        num_digits=4,
        partial_result_callback="/p",
        partial_result_callback_method="POST",
        language="en-GB",
        hints="one, two",
        barge_in=True,
        debug=False,
        action_on_empty_result=True,
        speech_model="phone_call",
        enhanced=True,
    )
    return r


@case
def play_pause_hangup(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.play("https://api.twilio.com/cowbell.mp3", loop=10)
    r.play(digits="wwww3")
    r.pause(length=5)
    r.pause()
    r.hangup()
    return r


@case
def record_everything(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.record(
        action="/done",
        method="GET",
        timeout=10,
        finish_on_key="*",
        max_length=20,
        play_beep=False,
        trim="do-not-trim",
        recording_status_callback="/rs",
        recording_status_callback_method="POST",
        recording_status_callback_event="in-progress completed",
        transcribe=True,
        transcribe_callback="/t",
    )
    return r


@case
def dial_number_text(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.dial("415-123-4567", hangup_on_star=True, answer_on_bridge=True, ring_tone="us")
    r.say("Goodbye")
    return r


@case
def dial_every_noun(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    d = r.dial(
        time_limit=600, trim="trim-silence", recording_track="both", sequential=True, timeout=15
    )
    d.number("+14155550100", send_digits="ww1928", url="/screen", method="GET", byoc="BY123")
    d.number("+14155550101", machine_detection="Enable", amd_status_callback="/amd")
    d.client("jenny", url="/c", method="POST")
    d.conference("Room 1234", beep=False, start_conference_on_enter=True, muted=True)
    d.queue("support", url="/about", reservation_sid="WR1", post_work_activity_sid="WA1")
    d.sip("sip:alice@example.com", username="admin", password="1234")
    d.sim("DE8caa2affb5b5fb9d2c2dd0bd7ae4a52")
    d.application("AP123", customer_id="cust-1", copy_parent_to=True)
    d.whats_app("+14155550102")
    return r


@case
def dial_client_identity_parameters(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    d = r.dial()
    c = d.client()
    c.identity("user_jane")
    c.parameter(name="FirstName", value="Jane")
    c.parameter(name="LastName", value="Doe")
    a = d.application()
    a.application_sid("AP1234")
    a.parameter(name="ticket", value="42")
    return r


@case
def dial_conference_everything(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.dial().conference(
        "moderated",
        beep="onEnter",
        start_conference_on_enter=False,
        end_conference_on_exit=True,
        wait_url="/wait",
        wait_method="GET",
        max_participants=10,
        record="record-from-start",
        region="ie1",
        trim="trim-silence",
        status_callback="/conf",
        status_callback_method="POST",
        status_callback_event="start end join leave mute hold",
        recording_status_callback="/rec",
        recording_status_callback_method="GET",
        recording_status_callback_event="in-progress completed",
        event_callback_url="/events",
        jitter_buffer_size="small",
        participant_label="customer",
        coach="CA123",
    )
    return r


@case
def dial_sip_uri_headers(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    s = r.dial().sip()
    s.uri("sip:a@example.com", priority=1, weight=2)
    s.uri("sip:b@example.com", username="u", password="p")
    s.headers().header(name="X-Tag", value="1")
    return r


@case
def enqueue_task_leave(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    e = r.enqueue(workflow_sid="WW123", wait_url="/wait", wait_url_method="GET", action="/a")
    e.task('{"selected_language": "es"}', priority=5, timeout=200)
    r.enqueue("support", max_queue_size=10, method="POST")
    r.leave()
    return r


@case
def redirect_reject_sms(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.sms("Store location: 123 Easy St.", to="+14155550100", from_="+15005550006", action="/s")
    r.sms("Plain", method="GET", status_callback="/cb")
    r.reject(reason="busy")
    r.reject().parameter(name="why", value="spam")
    r.redirect("https://example.com/next", method="GET")
    return r


@case
def refer_sip(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.refer(action="/refer-done", method="POST").sip("sip:alice@example.com")
    return r


@case
def connect_stream_room_and_more(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    c = r.connect(action="/after")
    s = c.stream(url="wss://example.com/audio", name="s1", track="inbound_track")
    s.parameter(name="FirstName", value="Jane")
    r.connect().room("DailyStandup", participant_identity="alice")
    va = r.connect().virtual_agent(connector_name="project", language="en-US")
    va.config(name="language", value="en-us")
    va.parameter(name="customer", value="42")
    r.connect().conversation(service_instance_sid="IS123", inbound_timeout=60)
    r.connect().autopilot("UA123")
    return r


@case
def connect_conversation_relay(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    cr = r.connect().conversation_relay(
        url="wss://example.com/relay",
        welcome_greeting="Hi! How can I help?",
        tts_provider="ElevenLabs",
        voice="ZF6FPAbjXT4488VcRRnw",
        dtmf_detection=True,
        interruptible="speech",
    )
    cr.language(code="fr-FR", tts_provider="Google", voice="fr-FR-Neural2-B")
    cr.parameter(name="foo", value="bar")
    return r


@case
def start_stop(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    st = r.start(action="/s")
    st.stream(name="mystream", url="wss://example.com/a", track="both_tracks")
    st.siprec(name="rec", connector_name="SIPREC1").parameter(name="k", value="v")
    t = st.transcription(
        status_callback_url="/t", language_code="en-US", partial_results=True, track="inbound_track"
    )
    t.config(name="x", value="y")
    st.recording(recording_status_callback="/r", channels="dual", track="both")
    sp = r.stop()
    sp.stream(name="mystream")
    sp.siprec(name="rec")
    sp.transcription(name="t1")
    return r


@case
def pay_with_prompts(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    p = r.pay(
        charge_amount="10.00",
        currency="usd",
        payment_connector="Default",
        valid_card_types="visa mastercard",
        security_code=True,
        postal_code=False,
        timeout=5,
        max_attempts=3,
        token_type="one-time",
        description="Order 42",
    )
    pr = p.prompt(for_="payment-card-number", attempt="1 2")
    pr.say("Please enter your card number.")
    pr.pause(length=1)
    pr.play("https://example.com/beep.mp3")
    p.prompt(for_="expiration-date", error_type="timeout invalid-date").say("Try again")
    p.parameter(name="order", value="42")
    return r


@case
def echo_queue_hangup_parameter(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.echo()
    r.queue("support", url="/q")
    r.hangup().parameter(name="reason", value="done")
    return r


@case
def ssml_everything(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    s = r.say("Hi", voice="Polly.Joanna")
    s.break_(strength="x-weak", time="100ms")
    s.emphasis("Words to emphasize", level="moderate")
    s.lang("Words to speak", xml_lang="fr-FR")
    s.p("Words to speak")
    s.phoneme("Words to speak", alphabet="x-sampa", ph='pI"kA:n')
    s.prosody("Words to speak", pitch="-10%", rate="85%", volume="-6dB")
    s.s("Words to speak")
    s.say_as("Words to speak", interpret_as="spell-out", format="mdy")
    s.sub("Words to be substituted", alias="alias")
    s.w("Words to speak", role="amazon:VBD")
    return r


@case
def ssml_nested(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    s = r.say()
    p = s.p()
    p.s("First sentence.")
    sent = p.s()
    sent.emphasis("Important", level="strong").break_(time="1s")
    sent.prosody(rate="slow").w("word").say_as("123", interpret_as="digits")
    s.lang(xml_lang="de-DE").p("Guten Tag")
    return r


@case
def composition_with_objects(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    g = v.Gather(action="/g", method="GET")
    g.append(v.Say("Press 1"))
    r.append(v.Say("Hi", voice="man"))
    r.append(v.Pause(length=3))
    r.append(g)
    d = v.Dial(caller_id="+1")
    d.append(v.Number("+14155550100"))
    d.append(v.Conference("c"))
    r.nest(d)
    return r


@case
def escaping(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("Tom & Jerry <3 \"quotes\" 'single' > end")
    r.play("https://example.com/a.mp3?x=1&y=2")
    r.redirect("/next?a=1&b=\"2\"&c='3'<>")
    r.say("tab\tnew\nline\rcr", voice="a&b<c>\"d\"'e'".replace("a&b", "Polly.x&y"))
    r.say("x", language="en\tUS\nX\r")
    return r


@case
def unicode_kept(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("Grüße aus Köln — 日本語 😀", language="de-DE")
    r.dial().client("zoë")
    return r


@case
def numbers_and_booleans(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("x", loop=0)
    r.pause(length=0)
    r.record(play_beep=True, transcribe=False, timeout=0)
    r.say("y", loop="3")
    return r


@case
def message_simple(v: Any, m: Any, f: Any) -> Any:
    r = m.MessagingResponse()
    r.message("Hello from callbox!")
    return r


@case
def message_body_media(v: Any, m: Any, f: Any) -> Any:
    r = m.MessagingResponse()
    msg = r.message(to="+14155550100", from_="+15005550006", action="/sms/status")
    msg.body("Your order #1234 has shipped & will arrive Tuesday.")
    msg.media("https://example.com/label.png")
    return r


@case
def message_many(v: Any, m: Any, f: Any) -> Any:
    r = m.MessagingResponse()
    r.message("one", method="GET", status_callback="/s")
    mm = r.message()
    mm.body("two")
    mm.media("https://example.com/1.png")
    mm.media("https://example.com/2.png")
    r.redirect("https://example.com/sms", method="POST")
    return r


@case
def message_composition(v: Any, m: Any, f: Any) -> Any:
    r = m.MessagingResponse()
    msg = m.Message()
    msg.append(m.Body("Store Location: 123 Easy St."))
    msg.append(m.Media("https://demo.twilio.com/owl.png"))
    r.append(msg)
    r.append(m.Redirect("/next"))
    return r


@case
def fax_receive(v: Any, m: Any, f: Any) -> Any:
    r = f.FaxResponse()
    r.receive(
        action="/fax/received",
        method="POST",
        media_type="application/pdf",
        page_size="letter",
        store_media=False,
    )
    return r


@case
def fax_empty_receive(v: Any, m: Any, f: Any) -> Any:
    r = f.FaxResponse()
    r.receive()
    return r


@case
def child_to_xml_without_declaration(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.dial("+1555", caller_id="+1")
    return r.to_xml(xml_declaration=False)


@case
def standalone_element(v: Any, m: Any, f: Any) -> Any:
    return v.Say("Standalone", voice="man")


@case
def from_and_for_keywords(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.sms("x", from_="+1", to="+2")
    r.pay().prompt(for_="security-code", card_type="visa amex", require_matching_inputs=True)
    return r


@case
def response_attributes(v: Any, m: Any, f: Any) -> Any:
    return v.VoiceResponse().say("x", voice="man")


@case
def text_after_children(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    s = r.say("Hello")
    s.break_(time="1s")
    s.append("world & co")
    s.emphasis("big")
    s.append(" end")
    return r


@case
def empty_strings_are_omitted(v: Any, m: Any, f: Any) -> Any:
    r = v.VoiceResponse()
    r.say("")
    r.play("")
    r.say("x", voice="man", language=None)
    return r
