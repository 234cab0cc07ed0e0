"""Building documents: every verb and noun, the three styles of nesting, values and escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from callbox import twiml
from callbox.twiml import (
    Dial,
    Gather,
    GenericNode,
    Message,
    MessagingResponse,
    Number,
    Pause,
    Say,
    TwiML,
    TwiMLError,
    VoiceResponse,
)
from callbox.twiml._schema import ROWS, camel

DECL = '<?xml version="1.0" encoding="UTF-8"?>'


def body(node: TwiML) -> str:
    return node.to_xml(xml_declaration=False)


# ---------------------------------------------------------------- every element


def _child_rows() -> list[tuple[str, str]]:
    return [(parent, child) for parent, row in ROWS.items() for child in row.child_keys]


@pytest.mark.parametrize(("parent", "child"), _child_rows())
def test_every_allowed_child_has_a_method_that_builds_it(parent: str, child: str) -> None:
    prow, crow = ROWS[parent], ROWS[child]
    node = prow.cls.__new__(prow.cls)
    node._setup(None, None, {}, True)
    method = getattr(node, crow.method)
    made = method("x") if crow.text_required else method()
    assert isinstance(made, crow.cls)
    assert made.name == crow.tag
    assert node.verbs == [made]
    expected = f"<{crow.tag}>x</{crow.tag}>" if crow.text_required else f"<{crow.tag} />"
    assert body(made) == expected


@pytest.mark.parametrize("key", sorted(ROWS))
def test_every_element_is_an_importable_class_that_prints_itself(key: str) -> None:
    row = ROWS[key]
    cls = row.cls
    node = cls("x") if row.text_required else cls()
    assert body(node) == (f"<{row.tag}>x</{row.tag}>" if row.text_required else f"<{row.tag} />")
    assert str(node).startswith(DECL)


def test_the_package_exports_the_documented_names() -> None:
    for name in ("VoiceResponse", "MessagingResponse", "FaxResponse", "Say", "Gather", "Dial"):
        assert name in twiml.__all__
    assert twiml.TwiMLException is TwiMLError
    assert twiml.Redirect is twiml.voice_response.Redirect
    assert twiml.messaging_response.Redirect("/x").name == "Redirect"


# ---------------------------------------------------------------- styles of building


def test_methods_chain_like_the_official_package() -> None:
    r = VoiceResponse()
    r.say("Hi", voice="alice", loop=2)
    g = r.gather(num_digits=1, action="/menu")
    g.say("Press 1")
    assert body(r) == (
        '<Response><Say loop="2" voice="alice">Hi</Say>'
        '<Gather action="/menu" numDigits="1"><Say>Press 1</Say></Gather></Response>'
    )


def test_with_block_nests_and_returns_the_element() -> None:
    r = VoiceResponse()
    with r.gather(action="/g") as g, g.say("Menu") as say:
        say.break_(time="1s")
    assert (
        body(r)
        == '<Response><Gather action="/g"><Say>Menu<break time="1s" /></Say></Gather></Response>'
    )


def test_composition_from_objects_with_add() -> None:
    r = VoiceResponse().add(Say("Hi"), Pause(length=3), Gather(action="/g").add(Say("Press 1")))
    assert body(r) == (
        '<Response><Say>Hi</Say><Pause length="3" />'
        '<Gather action="/g"><Say>Press 1</Say></Gather></Response>'
    )


def test_nesting_with_a_callback() -> None:
    r = VoiceResponse()
    dial = r.nest(Dial(caller_id="+15005550006"), lambda d: d.number("+14155550100"))
    assert isinstance(dial, Dial)
    r.add(lambda resp: resp.hangup())
    assert body(r) == (
        '<Response><Dial callerId="+15005550006"><Number>+14155550100</Number></Dial>'
        "<Hangup /></Response>"
    )


def test_append_returns_the_parent_and_nest_the_child() -> None:
    r = VoiceResponse()
    say = Say("x")
    assert r.append(say) is r
    pause = Pause()
    assert r.nest(pause) is pause


def test_text_appended_after_children_is_kept_in_order() -> None:
    say = Say("Hello")
    say.break_(time="1s")
    say.append("world")
    say.append(" & more")
    say.emphasis("big")
    assert (
        body(say) == '<Say>Hello<break time="1s" />world &amp; more<emphasis>big</emphasis></Say>'
    )


def test_add_child_builds_generic_elements_when_not_strict() -> None:
    r = VoiceResponse(strict=False)
    node = r.add_child("NewVerb", "text", some_attr="1")
    assert isinstance(node, GenericNode)
    node.add_child("Inner")
    assert body(r) == '<Response><NewVerb someAttr="1">text<Inner /></NewVerb></Response>'


def test_add_child_with_a_known_tag_is_checked_like_the_table() -> None:
    r = VoiceResponse()
    r.add_child("Say", "hello", voice="man")
    assert body(r) == '<Response><Say voice="man">hello</Say></Response>'
    with pytest.raises(TwiMLError, match="<Say voice>"):
        r.add_child("Say", "hello", voice="robot")
    with pytest.raises(TwiMLError, match="<Response> cannot contain <Number>"):
        r.add_child("Number", "+14155550100")


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("python", "xml"),
    [
        ("status_callback_event", "statusCallbackEvent"),
        ("from_", "from"),
        ("for_", "for"),
        ("xml_lang", "xml:lang"),
        ("interpret_as", "interpret-as"),
        ("fooBar", "fooBar"),
        ("Foo_bar", "fooBar"),
        ("a__b", "aB"),
        ("x_1_y", "x1Y"),
    ],
)
def test_keywords_become_xml_attribute_names(python: str, xml: str) -> None:
    assert camel(python) == xml


def test_values_booleans_numbers_and_lists() -> None:
    r = VoiceResponse()
    r.record(play_beep=False, transcribe=True, max_length=30)
    d = r.dial()
    d.number("+1", status_callback_event=["initiated", "ringing", "answered"])
    r.gather(input=("dtmf", "speech"), timeout=3)
    assert body(r) == (
        '<Response><Record maxLength="30" playBeep="false" transcribe="true" />'
        '<Dial><Number statusCallbackEvent="initiated ringing answered">+1</Number></Dial>'
        '<Gather input="dtmf speech" timeout="3" /></Response>'
    )


def test_none_leaves_an_attribute_out_and_empty_text_self_closes() -> None:
    assert body(Say(None, voice=None)) == "<Say />"
    assert body(Say("")) == "<Say />"


def test_extra_documented_keywords_pass_through_camelised() -> None:
    r = VoiceResponse()
    r.say("x", language="en-GB")
    r.dial().conference("c", participant_label="agent", jitter_buffer_size="off")
    assert 'participantLabel="agent"' in str(r)


def test_unknown_keywords_pass_through_when_not_strict() -> None:
    r = VoiceResponse(strict=False)
    r.say("x", brand_new_option=True, fooBar="y")
    assert body(r) == '<Response><Say brandNewOption="true" fooBar="y">x</Say></Response>'


def test_attributes_are_sorted_whatever_the_order_given() -> None:
    s = Say("x", voice="man", loop=1, language="en-US")
    assert body(s) == '<Say language="en-US" loop="1" voice="man">x</Say>'


# ---------------------------------------------------------------- escaping


def test_text_and_attributes_are_escaped() -> None:
    r = VoiceResponse()
    r.say("5 < 6 & 7 > 3 \"quoted\" 'single'")
    r.redirect("/next?a=1&b=<2>\"'")
    m = MessagingResponse()
    m.message('<script>alert("x")</script>', to="+1&2")
    assert body(r) == (
        "<Response><Say>5 &lt; 6 &amp; 7 &gt; 3 \"quoted\" 'single'</Say>"
        "<Redirect>/next?a=1&amp;b=&lt;2&gt;\"'</Redirect></Response>"
    )
    assert body(m) == (
        '<Response><Message to="+1&amp;2">&lt;script&gt;alert("x")&lt;/script&gt;</Message></Response>'
    )
    for document in (r, m):
        ET.fromstring(str(document).encode())


def test_quotes_and_whitespace_in_attributes_survive_a_parser() -> None:
    value = "a \"b\" 'c' <d> & e\tf\ng\rh"
    say = Say("x", voice="man", language=value)
    assert "language=\"a &quot;b&quot; 'c' &lt;d&gt; &amp; e&#09;f&#10;g&#13;h\"" in body(say)
    assert ET.fromstring(body(say)).get("language") == value


def test_an_attribute_changed_after_building_is_still_escaped() -> None:
    say = VoiceResponse().say("x", voice="man")
    say.attrs["voice"] = 'Polly."evil"'
    assert body(say) == '<Say voice="Polly.&quot;evil&quot;">x</Say>'


def test_unicode_is_kept_as_is() -> None:
    r = VoiceResponse()
    r.say("Grüße — 日本語 😀", language="de-DE")
    assert "Grüße — 日本語 😀" in str(r)
    assert str(r).encode("utf-8").decode("utf-8") == str(r)


@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x0b", "\x1f", "\ud800", "\ufffe", "\uffff"])
def test_characters_xml_forbids_are_refused_with_where(bad: str) -> None:
    with pytest.raises(TwiMLError, match="text of <Say>"):
        VoiceResponse().say(f"hi{bad}there")
    with pytest.raises(TwiMLError, match="action"):
        VoiceResponse().gather(action=f"/x{bad}")
    with pytest.raises(TwiMLError, match="action"):
        Gather(action=f"/x{bad}")
    with pytest.raises(TwiMLError, match="text of <Say>"):
        Say("ok").append(f"no{bad}")


def test_tab_newline_and_carriage_return_are_allowed() -> None:
    assert body(Say("a\tb\nc")) == "<Say>a\tb\nc</Say>"


# ---------------------------------------------------------------- objects


def test_equality_compares_tag_attributes_text_and_children() -> None:
    def build() -> VoiceResponse:
        r = VoiceResponse()
        r.gather(action="/g").say("Hi", voice="man")
        return r

    assert build() == build()
    other = build()
    assert isinstance(other.verbs[0], Gather) and isinstance(other.verbs[0].verbs[0], Say)
    other.verbs[0].verbs[0].value = "Bye"
    assert build() != other
    assert Say("x") != Pause()
    assert Say("x") != "x"


def test_repr_shows_the_class_and_xml() -> None:
    assert repr(Say("Hi")) == "<Say <Say>Hi</Say>>"


def test_xml_gives_an_elementtree_element() -> None:
    r = VoiceResponse()
    s = r.say("Hello")
    s.break_(time="1s")
    s.append("tail")
    el = r.xml()
    assert el.tag == "Response"
    assert ET.tostring(el, encoding="unicode") == body(r)


def test_elements_lists_child_elements_without_text() -> None:
    s = Say("a")
    b = s.break_()
    s.append("c")
    assert s.elements() == [b]
    assert list(s) == [b, "c"]


def test_number_and_message_classes_work_standalone() -> None:
    assert body(Number("+1", send_digits="1")) == '<Number sendDigits="1">+1</Number>'
    assert body(Message("hi").add(twiml.Media("u"))) == "<Message>hi<Media>u</Media></Message>"


def test_text_changed_after_building_is_still_checked_and_escaped() -> None:
    say = VoiceResponse().say("x")
    say.value = "a & b"
    assert body(say) == "<Say>a &amp; b</Say>"
    say.value = "bad\x07bell"
    with pytest.raises(TwiMLError, match="text of <Say>"):
        str(say)


def test_replacing_all_attributes_re_renders_them_sorted() -> None:
    say = VoiceResponse().say("x", voice="man")
    say.attrs = {"voice": "woman", "loop": "2"}
    assert body(say) == '<Say loop="2" voice="woman">x</Say>'
    say.attrs["language"] = "bad\x00"
    with pytest.raises(TwiMLError, match="attribute 'language' of <Say>"):
        str(say)


def test_sip_passwords_are_not_kept_in_the_escaping_cache() -> None:
    from callbox.twiml import _element

    VoiceResponse().dial().sip("sip:a@example.com", username="u", password="s3cret-pw")
    assert "s3cret-pw" not in _element._PLAIN


def test_documents_copy_and_pickle() -> None:
    import copy
    import pickle

    r = VoiceResponse(strict=False)
    r.gather(action="/g").say("x", voice="man")
    r.add_child("Custom", "z", some_flag=True)
    for clone in (copy.deepcopy(r), pickle.loads(pickle.dumps(r)), copy.copy(r)):
        assert clone == r
        assert str(clone) == str(r)
    deep = copy.deepcopy(r)
    assert isinstance(deep.verbs[0], Gather) and isinstance(r.verbs[0], Gather)
    deep.verbs[0].attrs["action"] = "/other"
    assert r.verbs[0].get("action") == "/g"


def test_a_named_recording_can_be_started_and_stopped() -> None:
    r = VoiceResponse()
    r.start().recording(name="consult", channels="dual", track="both")
    r.say("Recording.")
    r.stop().recording(name="consult")
    assert body(r) == (
        '<Response><Start><Recording channels="dual" name="consult" track="both" /></Start>'
        '<Say>Recording.</Say><Stop><Recording name="consult" /></Stop></Response>'
    )


def test_attribute_names_that_would_break_the_markup_are_refused() -> None:
    with pytest.raises(TwiMLError, match="not a valid XML attribute name"):
        VoiceResponse(strict=False).say("x", **{'a="1" onload': "y"})
    with pytest.raises(TwiMLError, match="not a valid XML attribute name"):
        Say("x", strict=False, **{"1abc": "y"})
    say = VoiceResponse().say("x")
    say.attrs["bad name"] = "y"
    with pytest.raises(TwiMLError, match="not a valid XML attribute name"):
        str(say)
    ok = VoiceResponse(strict=False).say("x", **{"data-x": "1", "ns:attr": "2", "émoji": "3"})
    assert body(ok) == '<Say data-x="1" ns:attr="2" émoji="3">x</Say>'
