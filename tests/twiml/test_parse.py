"""Reading TwiML back: same classes, round trips, clear errors and no entity tricks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbox.twiml import (
    Dial,
    FaxResponse,
    Gather,
    MessagingResponse,
    Number,
    Say,
    TwiML,
    TwiMLError,
    VoiceResponse,
    parse,
    validate,
)
from callbox.twiml.messaging_response import Redirect as SmsRedirect
from callbox.twiml.voice_response import ReferSip, SsmlBreak


def ivr() -> VoiceResponse:
    r = VoiceResponse()
    r.say("Welcome", voice="Polly.Joanna", language="en-US")
    with r.gather(input="dtmf speech", num_digits=1, action="/menu") as g:
        g.say("Press 1").break_(time="1s")
        g.play("https://example.com/a.mp3?x=1&y=2", loop=2)
    d = r.dial(caller_id="+15005550006", record="record-from-answer")
    d.number("+14155550100", status_callback_event=["initiated", "answered"])
    d.client().identity("agent")
    r.redirect("/start")
    return r


def test_round_trip_gives_an_equal_tree_of_the_same_classes() -> None:
    r = ivr()
    back = parse(str(r))
    assert back == r
    assert str(back) == str(r)
    assert isinstance(back, VoiceResponse)
    assert isinstance(back.verbs[1], Gather)
    assert isinstance(back.verbs[2], Dial)
    assert isinstance(back.verbs[2].verbs[0], Number)
    assert isinstance(back.verbs[1].verbs[0], Say)
    assert isinstance(back.verbs[1].verbs[0].verbs[0], SsmlBreak)


def test_parsed_trees_are_usable_by_a_call_engine() -> None:
    doc = parse(str(ivr()))
    gather = doc.elements()[1]
    assert gather.name == "Gather"
    assert gather.attrs["numDigits"] == "1"
    assert gather.attrs["input"] == "dtmf speech"
    assert doc.elements()[3].value == "/start"


def test_get_and_text_read_a_parsed_document_without_touching_it() -> None:
    doc = parse(
        '<Response><Gather numDigits="1"><Say voice="man">Press <emphasis>one</emphasis> now'
        "</Say></Gather></Response>"
    )
    gather = doc.elements()[0]
    assert gather.get("numDigits") == "1"
    assert gather.get("timeout") is None
    assert gather.get("timeout", "5") == "5"
    assert gather.elements()[0].text == "Press one now"
    assert doc.text == "Press one now"


def test_messaging_and_fax_roots_are_recognised() -> None:
    m = MessagingResponse()
    msg = m.message(to="+1")
    msg.body("hi")
    msg.media("https://example.com/x.png")
    m.redirect("/next")
    back = parse(str(m))
    assert isinstance(back, MessagingResponse)
    assert isinstance(back.verbs[1], SmsRedirect)
    assert back == m
    f = FaxResponse()
    f.receive(action="/r")
    assert isinstance(parse(str(f)), FaxResponse)
    assert isinstance(
        parse("<Response><Redirect>/x</Redirect></Response>", kind="messaging"), MessagingResponse
    )


def test_same_tag_in_two_contexts_gets_the_right_class() -> None:
    r = VoiceResponse()
    r.refer().sip("sip:a@example.com")
    r.dial().sip("sip:b@example.com", username="u")
    back = parse(str(r))
    assert isinstance(back.verbs[0], TwiML) and isinstance(back.verbs[1], TwiML)
    assert isinstance(back.verbs[0].verbs[0], ReferSip)
    assert type(back.verbs[1].verbs[0]).__name__ == "Sip"


def test_pretty_printed_documents_drop_layout_whitespace() -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Gather action="/g" numDigits="1">
        <Say>Press 1</Say>
    </Gather>
    <Dial>
        <Number>+14155550100</Number>
    </Dial>
</Response>
"""
    r = VoiceResponse()
    r.gather(action="/g", num_digits=1).say("Press 1")
    r.dial().number("+14155550100")
    assert parse(text) == r


def test_speech_keeps_the_spaces_between_words() -> None:
    back = parse("<Response><Say>Hello <emphasis>big</emphasis> world</Say></Response>")
    say = back.verbs[0]
    assert isinstance(say, Say)
    assert say.value == "Hello "
    assert say.verbs[1] == " world"


def test_bytes_and_declared_encodings_are_read() -> None:
    r = VoiceResponse()
    r.say("Grüße 日本")
    assert parse(str(r).encode("utf-8")) == r
    latin = '<?xml version="1.0" encoding="ISO-8859-1"?><Response><Say>Gr\xfc\xdfe</Say></Response>'
    for source in (latin.encode("latin-1"), latin):
        say = parse(source).verbs[0]
        assert isinstance(say, Say) and say.value == "Grüße"


def test_malformed_xml_reports_line_and_column() -> None:
    with pytest.raises(TwiMLError, match=r"line 3, column \d+: malformed XML"):
        parse("<Response>\n<Say>hi</Say>\n<Play></Say>\n</Response>")
    with pytest.raises(TwiMLError, match="line 1"):
        parse("")
    with pytest.raises(TwiMLError, match="malformed XML"):
        parse("<Response><Say>&undefined;</Say></Response>")


def test_an_unknown_root_is_refused() -> None:
    with pytest.raises(TwiMLError, match=r"line 2, column 0: unknown root element <html>"):
        parse('<?xml version="1.0"?>\n<html><body/></html>')


def test_strict_parsing_refuses_what_twilio_would() -> None:
    with pytest.raises(TwiMLError, match=r"line 1, column 18: <Gather> cannot contain <Dial>"):
        parse("<Response><Gather><Dial>+1</Dial></Gather></Response>")
    with pytest.raises(TwiMLError, match="has no attribute 'colour'"):
        parse('<Response><Say colour="red">x</Say></Response>')
    with pytest.raises(TwiMLError, match="<Say voice>"):
        parse('<Response><Say voice="robot">x</Say></Response>')


def test_strict_parsing_keeps_what_the_builders_allow_and_lists_it_as_warnings() -> None:
    warnings: list[str] = []
    doc = parse("<Response><Teleport to='mars'/>stray</Response>", problems=warnings)
    assert str(doc).endswith('<Response><Teleport to="mars" />stray</Response>')
    assert warnings == [
        "line 1, column 10: warning: <Teleport> is not a TwiML element Twilio documents "
        "(kept as given)",
        "line 1, column 0: warning: <Response> holds no text in Twilio's schema ('stray')",
    ]


def test_lenient_parsing_keeps_unknown_things() -> None:
    text = '<Response><Teleport to="mars">now</Teleport><Say colour="red">x</Say></Response>'
    back = parse(text, strict=False)
    assert str(back) == '<?xml version="1.0" encoding="UTF-8"?>' + text
    assert back.strict is False


def test_non_text_input_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        validate(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind"):
        parse("<Response/>", kind="video")


# ---------------------------------------------------------------- hostile documents


def test_external_entities_are_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    evil = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<Response><Say>&xxe;</Say></Response>"
    )
    with pytest.raises(TwiMLError, match="DOCTYPE") as caught:
        parse(evil)
    assert "TOP-SECRET" not in str(caught.value)
    problems = validate(evil)
    assert len(problems) == 1 and "DOCTYPE" in problems[0]


def test_billion_laughs_is_refused_before_expanding() -> None:
    lol = ['<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        lol.append(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">')
    bomb = (
        "<?xml version='1.0'?><!DOCTYPE r ["
        + "".join(lol)
        + "]><Response><Say>&lol9;</Say></Response>"
    )
    with pytest.raises(TwiMLError, match=r"line 1, column \d+: TwiML may not contain a DOCTYPE"):
        parse(bomb)


def test_parameter_entities_and_external_dtds_are_refused() -> None:
    for evil in (
        '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><Response/>',
        '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x">%p;]><Response/>',
        "<!DOCTYPE Response><Response/>",
    ):
        with pytest.raises(TwiMLError, match="DOCTYPE"):
            parse(evil)


# ---------------------------------------------------------------- validate


def test_validate_lists_every_problem_with_its_place() -> None:
    text = (
        "<Response>\n"
        '  <Gather input="keypad"><Dial>+1</Dial></Gather>\n'
        '  <Say voice="robot" colour="red">hi</Say>\n'
        "  <Redirect/>\n"
        "  <Message>wrong document</Message>\n"
        "  oops\n"
        "</Response>"
    )
    problems = validate(text, kind="voice")
    assert problems == [
        "line 2, column 2: <Gather input>: 'keypad' must be words from: dtmf, speech",
        "line 2, column 25: <Gather> cannot contain <Dial>; allowed children of <Gather>: "
        "<Say>, <Pause>, <Play>",
        "line 3, column 2: <Say voice>: 'robot' is not a Twilio voice "
        "(man, woman, alice, Polly.<name>, Google.<name>)",
        "line 3, column 2: <Say> has no attribute 'colour'",
        "line 4, column 2: <Redirect> needs text (url)",
        "line 5, column 2: <Response> cannot contain <Message>; allowed children of <Response>: "
        "<Connect>, <Dial>, <Echo>, <Enqueue>, <Gather>, <Hangup>, <Leave>, <Pause>, <Play>, "
        "<Queue>, <Record>, <Redirect>, <Reject>, <Say>, <Sms>, <Pay>, <Prompt>, <Start>, "
        "<Stop>, <Refer>",
        "line 1, column 0: warning: <Response> holds no text in Twilio's schema ('oops')",
    ]
    assert [p.warning for p in problems] == [False] * 6 + [True]
    assert (problems[1].line, problems[1].column) == (2, 25)


def test_validate_accepts_what_the_builders_make() -> None:
    assert validate(str(ivr())) == []
    assert (
        validate("<Response><Message>hi<Media>https://x/y.png</Media></Message></Response>") == []
    )


def test_validate_never_raises_for_bad_documents() -> None:
    for bad in (
        "",
        "<",
        "not xml",
        "<Response>",
        "<a/>",
        b"\xff\xfe",
        "<Response><Say>\x00</Say></Response>",
    ):
        problems = validate(bad)
        assert problems and all(isinstance(p, str) for p in problems)


def test_documents_from_other_tools_validate() -> None:
    template = """<?xml version="1.0" encoding="UTF-8"?>
<!-- generated by a template -->
<Response>
  <Say voice="alice" language="en-GB">Hello</Say>
  <Dial timeout="10" callerId="+15005550006">
    <Conference beep="onEnter" startConferenceOnEnter="true">Room</Conference>
  </Dial>
</Response>"""
    assert validate(template) == []


# ---------------------------------------------------------------- properties

_xml_chars = st.characters(
    blacklist_categories=["Cs"],
    blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
    "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff\r",
)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(_xml_chars, min_size=1) | st.sampled_from([" ", "\t", "\n  ", "&", "<>"]),
    attr=st.text(_xml_chars | st.just("\r")),
)
def test_any_text_and_attribute_round_trip(text: str, attr: str) -> None:
    r = VoiceResponse()
    r.say(text, language=attr or None)
    r.redirect(text)
    r.dial().number(text, url=attr or None)
    back = parse(str(r))
    assert back == r


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_validate_survives_any_string(text: str) -> None:
    assert isinstance(validate(text), list)
    assert isinstance(validate("<Response><Say>" + text + "</Say></Response>"), list)


def test_say_round_trips_mixed_ssml() -> None:
    s = Say("Hi ")
    s.emphasis("there", level="strong")
    s.append(", friend")
    r = VoiceResponse().append(s)
    assert parse(str(r)) == r


def test_the_first_telling_child_decides_the_kind_of_document() -> None:
    doc = parse("<Response><Redirect>/a</Redirect><Message>hi</Message></Response>")
    assert isinstance(doc, MessagingResponse)
    assert isinstance(doc.verbs[0], SmsRedirect)
    assert validate("<Response><Redirect>/a</Redirect><Receive/></Response>") == [
        "line 1, column 10: <Response> cannot contain <Redirect>; "
        "allowed children of <Response>: <Receive>"
    ]
    assert isinstance(parse("<Response><Redirect>/a</Redirect></Response>"), VoiceResponse)


def test_validate_reports_problems_found_before_the_xml_breaks() -> None:
    problems = validate('<Response><Say voice="robot">x</Say><Play>')
    assert len(problems) == 2
    assert "<Say voice>" in problems[0]
    assert "malformed XML" in problems[1]
