"""What Twilio would refuse is refused while building, with a message that says what is allowed."""

from __future__ import annotations

import pytest

from callbox.twiml import (
    Dial,
    FaxResponse,
    Gather,
    Message,
    MessagingResponse,
    Number,
    Say,
    TwiMLError,
    VoiceResponse,
)
from callbox.twiml.messaging_response import Redirect as SmsRedirect


def test_a_gather_inside_a_gather_names_parent_and_allowed_children() -> None:
    g = VoiceResponse().gather()
    with pytest.raises(TwiMLError) as caught:
        g.append(Gather())
    message = str(caught.value)
    assert "<Gather> cannot contain <Gather>" in message
    assert "<Say>, <Pause>, <Play>" in message


def test_a_dial_inside_a_gather_is_refused() -> None:
    with pytest.raises(TwiMLError, match="<Gather> cannot contain <Dial>"):
        Gather().append(Dial("+1"))


def test_gather_has_no_method_for_children_it_cannot_hold() -> None:
    assert not hasattr(Gather(), "dial")
    assert not hasattr(Gather(), "gather")


def test_a_message_inside_a_voice_response_is_refused() -> None:
    with pytest.raises(TwiMLError, match="<Response> cannot contain <Message>"):
        VoiceResponse().append(Message("hi"))


def test_voice_verbs_inside_a_messaging_response_are_refused() -> None:
    with pytest.raises(TwiMLError, match="allowed children of <Response>: <Message>, <Redirect>"):
        MessagingResponse().append(Say("hi"))
    MessagingResponse().append(SmsRedirect("/next"))


def test_a_number_outside_dial_is_refused() -> None:
    with pytest.raises(TwiMLError, match="<Response> cannot contain <Number>"):
        VoiceResponse().append(Number("+1"))
    with pytest.raises(TwiMLError, match="<Say> cannot contain <Number>"):
        Say("x").append(Number("+1"))


def test_fax_response_takes_only_receive() -> None:
    with pytest.raises(TwiMLError, match="<Receive>"):
        FaxResponse().append(Say("x"))


def test_text_where_twilio_expects_none_is_kept_as_the_official_package_does() -> None:
    # append() of text is one of the official package's extension points; validate()
    # reports it instead.
    assert str(VoiceResponse().append("loose text")).endswith("<Response>loose text</Response>")
    assert str(Gather().append("x")).endswith("<Gather>x</Gather>")


def test_things_that_are_not_twiml_are_refused() -> None:
    with pytest.raises(TwiMLError, match="only contain TwiML elements and text"):
        VoiceResponse().append(42)  # type: ignore[arg-type]
    with pytest.raises(TwiMLError, match="only contain TwiML elements and text"):
        VoiceResponse().add(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda: VoiceResponse().gather(input="keypad"), "<Gather input>"),
        (lambda: VoiceResponse().gather(input="dtmf voice"), "<Gather input>"),
        (lambda: VoiceResponse().say("x", voice="robot"), "<Say voice>"),
        (lambda: Say("x", voice="robot"), "<Say voice>"),
        (lambda: VoiceResponse().record(trim="cut"), "<Record trim>"),
        (lambda: VoiceResponse().dial(record="always"), "<Dial record>"),
        (lambda: VoiceResponse().redirect("/x", method="PUT"), "<Redirect method>"),
        (lambda: VoiceResponse().say("x", loop="often"), "<Say loop>"),
        (lambda: VoiceResponse().pause(length="long"), "<Pause length>"),
        (lambda: VoiceResponse().reject(reason="nope"), "<Reject reason>"),
        (lambda: VoiceResponse().dial().conference("c", beep="loud"), "<Conference beep>"),
        (
            lambda: VoiceResponse().dial().number("+1", status_callback_event="started"),
            "<Number statusCallbackEvent>",
        ),
        (lambda: VoiceResponse().record(play_beep="maybe"), "<Record playBeep>"),
        (lambda: VoiceResponse().connect().stream(track="left"), "<Stream track>"),
        (lambda: VoiceResponse().pay(payment_method="cash"), "<Pay paymentMethod>"),
        (lambda: VoiceResponse().pay().prompt(for_="pin"), "<Prompt for>"),
        (lambda: VoiceResponse().say().break_(strength="huge"), "<break strength>"),
        (lambda: VoiceResponse().say().say_as("1", interpret_as="roman"), "<say-as interpret-as>"),
        (lambda: FaxResponse().receive(media_type="image/png"), "<Receive mediaType>"),
    ],
)
def test_values_twilio_fixes_are_checked(build: object, fragment: str) -> None:
    with pytest.raises(TwiMLError, match=fragment):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    "build",
    [
        lambda: VoiceResponse().gather(input="speech dtmf"),
        lambda: VoiceResponse().gather(input=["dtmf", "speech"], speech_timeout="auto"),
        lambda: VoiceResponse().say("x", voice="Polly.Joanna-Neural"),
        lambda: VoiceResponse().say("x", voice="Google.en-US-Standard-C"),
        lambda: VoiceResponse().say("x", voice="woman", loop=0),
        lambda: VoiceResponse().record(trim="trim-silence", play_beep=True),
        lambda: VoiceResponse().dial(record="record-from-ringing-dual", method="get"),
        lambda: VoiceResponse().dial().conference("c", beep="onExit"),
    ],
)
def test_accepted_values_pass(build: object) -> None:
    build()  # type: ignore[operator]


def test_unknown_attribute_lists_the_documented_ones() -> None:
    with pytest.raises(TwiMLError) as caught:
        VoiceResponse().say("x", colour="blue")
    message = str(caught.value)
    assert "<Say> has no attribute 'colour'" in message
    assert "language, loop, voice" in message
    assert "strict=False" in message


def test_strict_false_allows_unknown_children_attributes_and_values() -> None:
    r = VoiceResponse(strict=False)
    g = r.gather(input="telepathy", future_option="on")
    g.append(Gather())
    g.say("x", voice="NewVendor.Voice")
    r.append(Message("odd but allowed"))
    r.append("text")
    r.add_child("Teleport", to="mars")
    assert str(r) == (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        '<Gather futureOption="on" input="telepathy"><Gather />'
        '<Say voice="NewVendor.Voice">x</Say></Gather>'
        "<Message>odd but allowed</Message>text"
        '<Teleport to="mars" /></Response>'
    )


def test_children_built_by_methods_inherit_strictness() -> None:
    lenient = VoiceResponse(strict=False).dial()
    assert lenient.strict is False
    lenient.number("+1", unknown_flag=True)
    strict = VoiceResponse().dial()
    with pytest.raises(TwiMLError):
        strict.number("+1", unknown_flag=True)


def test_errors_are_value_errors_and_callbox_errors() -> None:
    from callbox.errors import CallboxError

    with pytest.raises(ValueError):
        VoiceResponse().say("x", voice="robot")
    with pytest.raises(CallboxError):
        VoiceResponse().say("x", voice="robot")
