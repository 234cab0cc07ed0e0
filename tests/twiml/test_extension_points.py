"""Code that uses the official package's extension points runs unchanged and prints the same.

A developer ports an app from ``twilio.twiml`` by changing the imports only: elements the
builders do not model (``add_child``, ``GenericNode``, ``TwiML`` subclasses), text appended
anywhere, ``<Body>``/``<Media>`` appended to a ``MessagingResponse``, a bare ``TwiML()`` and a
``dict`` as a ``<Task>`` body.  Each story runs on both packages and the bytes must match;
callbox stays strict about the elements it knows, and ``validate`` reports the rest as
warnings.
"""

from __future__ import annotations

import pickle
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbox import twiml as ours
from callbox.twiml import (
    Body,
    GenericNode,
    MessagingResponse,
    Problem,
    Task,
    TwiML,
    TwiMLError,
    VoiceResponse,
    parse,
    validate,
)

pytest.importorskip("twilio")

from twilio.twiml import GenericNode as TheirGenericNode
from twilio.twiml import TwiML as TheirTwiML
from twilio.twiml import messaging_response as their_messaging
from twilio.twiml import voice_response as their_voice

THEIRS = SimpleNamespace(
    TwiML=TheirTwiML,
    GenericNode=TheirGenericNode,
    VoiceResponse=their_voice.VoiceResponse,
    Enqueue=their_voice.Enqueue,
    Task=their_voice.Task,
    Say=their_voice.Say,
    MessagingResponse=their_messaging.MessagingResponse,
    Message=their_messaging.Message,
    Body=their_messaging.Body,
    Media=their_messaging.Media,
)
OURS = SimpleNamespace(**{name: getattr(ours, name) for name in vars(THEIRS)})
DECL = '<?xml version="1.0" encoding="UTF-8"?>'


def same(story: Any) -> str:
    """Run ``story(lib)`` on both packages; the documents must be byte-identical."""
    mine = str(story(OURS))
    assert mine == str(story(THEIRS))
    return mine


# ---------------------------------------------------------------- add_child


def test_add_child_builds_an_element_the_builders_do_not_have() -> None:
    def story(lib: Any) -> Any:
        response = lib.VoiceResponse()
        response.say("Connecting you")
        future = response.add_child("FutureVerb", "payload", mode="fast", retry_count=3)
        future.add_child("Option", label="a", enabled=True)
        future.add_child("Say", "nested known element")
        return response

    document = same(story)
    assert document == (
        DECL + "<Response><Say>Connecting you</Say>"
        '<FutureVerb mode="fast" retryCount="3">payload<Option enabled="true" label="a" />'
        "<Say>nested known element</Say></FutureVerb></Response>"
    )
    # Built without complaint in strict mode; validate() says what Twilio does not document
    # (once: what is inside an unknown element is not checked, nothing is known about it).
    problems = validate(document)
    assert [p.warning for p in problems] == [True]
    assert problems[0] == (
        "line 1, column 73: warning: <FutureVerb> is not a TwiML element Twilio documents "
        "(kept as given)"
    )
    assert isinstance(problems[0], Problem) and problems[0].line == 1


def test_add_child_with_known_tags_matches_the_builders() -> None:
    def story(lib: Any) -> Any:
        response = lib.VoiceResponse()
        gather = response.gather(num_digits=1)
        gather.add_child("Say", "Press one", voice="alice", loop=2)
        gather.add_child("Pause", length=1)
        return response

    assert validate(same(story)) == []


def test_known_elements_keep_their_checks_through_add_child() -> None:
    gather = VoiceResponse().gather()
    with pytest.raises(TwiMLError, match="<Gather> cannot contain <Dial>"):
        gather.add_child("Dial", "+14155550100")
    with pytest.raises(TwiMLError, match="<Say voice>"):
        gather.add_child("Say", "hi", voice="robot")
    with pytest.raises(TwiMLError, match="<Say> has no attribute 'colour'"):
        gather.add_child("Say", "hi", colour="red")
    assert gather.verbs == []  # nothing half-added


def test_add_child_refuses_names_that_would_break_the_markup() -> None:
    with pytest.raises(TwiMLError, match="not a valid XML element name"):
        VoiceResponse().add_child("Bad Tag")
    with pytest.raises(TwiMLError, match="not a valid XML attribute name"):
        VoiceResponse().add_child("Custom", **{'a="1" b': "x"})


# ---------------------------------------------------------------- append


def test_append_takes_generic_nodes_and_text() -> None:
    def story(lib: Any) -> Any:
        response = lib.VoiceResponse()
        response.append(lib.GenericNode("Custom", "v", data_id="7"))
        say = lib.Say()
        say.append("Hello ")
        say.append(lib.GenericNode("mark", None, label="here"))
        say.append(" world & friends")
        response.append(say)
        response.append("\n")
        return response

    document = same(story)
    assert document.endswith(
        '<Response><Custom dataId="7">v</Custom>'
        '<Say>Hello <mark label="here" /> world &amp; friends</Say>\n</Response>'
    )
    assert [p.warning for p in validate(document)] == [True, True]


def test_appended_text_in_an_element_that_holds_none_is_a_warning() -> None:
    def story(lib: Any) -> Any:
        return lib.VoiceResponse().append("loose text")

    document = same(story)
    assert validate(document) == [
        "line 1, column 38: warning: <Response> holds no text in Twilio's schema ('loose text')"
    ]


def test_known_elements_in_the_wrong_place_are_still_refused() -> None:
    with pytest.raises(TwiMLError, match="<Response> cannot contain <Body>"):
        VoiceResponse().append(Body("not a voice verb"))
    with pytest.raises(TwiMLError, match="<Response> cannot contain <Task>"):
        VoiceResponse().append(GenericNode("Task", "{}"))
    # strict=False remains the way to build anything at all.
    assert "<Body>" in str(VoiceResponse(strict=False).append(Body("x")))


# ---------------------------------------------------------------- messaging


def test_body_and_media_appended_to_a_messaging_response() -> None:
    def story(lib: Any) -> Any:
        response = lib.MessagingResponse()
        response.append(lib.Body("Store Location: 123 Easy St."))
        response.append(lib.Media("https://demo.example.com/owl.png"))
        return response

    document = same(story)
    assert document == (
        DECL + "<Response><Body>Store Location: 123 Easy St.</Body>"
        "<Media>https://demo.example.com/owl.png</Media></Response>"
    )
    problems = validate(document)
    assert [p.warning for p in problems] == [True, True]
    assert "<Body> directly under <Response> is not in Twilio's schema" in problems[0]
    # It reads back into the same tree, as a messaging document.
    again = parse(document)
    assert isinstance(again, MessagingResponse)
    assert isinstance(again.elements()[0], Body)
    assert str(again) == document


def test_message_composed_from_objects_as_in_twilios_docs() -> None:
    def story(lib: Any) -> Any:
        response = lib.MessagingResponse()
        message = lib.Message()
        message.append(lib.Body("Hello World!"))
        message.append(lib.Media("https://demo.example.com/owl.png"))
        response.append(message)
        response.redirect("https://demo.example.com/welcome/sms/")
        return response

    assert validate(same(story)) == []


def test_add_child_body_on_a_messaging_response() -> None:
    def story(lib: Any) -> Any:
        response = lib.MessagingResponse()
        response.add_child("Body", "hi")
        return response

    assert same(story).endswith("<Response><Body>hi</Body></Response>")


# ---------------------------------------------------------------- bare TwiML


def test_a_bare_twiml_object() -> None:
    def story(lib: Any) -> Any:
        node = lib.TwiML()
        assert node.value is None
        assert node.to_xml() == DECL + "<TwiML />"
        assert node.to_xml(xml_declaration=False) == "<TwiML />"
        return node

    assert same(story) == DECL + "<TwiML />"


def test_a_bare_twiml_object_filled_by_hand() -> None:
    def story(lib: Any) -> Any:
        node = lib.TwiML(some_flag=True, mode="x")
        node.value = "text & more"
        node.append(lib.GenericNode("Child", "c"))
        node.append(" tail")
        return node

    assert same(story) == (
        DECL + '<TwiML mode="x" someFlag="true">text &amp; more<Child>c</Child> tail</TwiML>'
    )


def test_a_twiml_subclass_names_itself_like_in_the_official_package() -> None:
    def story(lib: Any) -> Any:
        class Whisper(lib.TwiML):  # type: ignore[misc]
            def __init__(self, words: str, **kwargs: Any) -> None:
                super().__init__(**kwargs)
                self.name = "Whisper"
                self.value = words

        class Unnamed(lib.TwiML):  # type: ignore[misc]
            pass

        response = lib.VoiceResponse()
        response.append(Whisper("psst", volume_level="low"))
        response.append(Unnamed())
        return response

    document = same(story)
    assert document.endswith(
        '<Response><Whisper volumeLevel="low">psst</Whisper><Unnamed /></Response>'
    )


def test_elements_of_the_table_keep_their_name() -> None:
    with pytest.raises(TwiMLError, match="keeps its name"):
        VoiceResponse().say("x").name = "Play"


class Whisper(TwiML):
    """A custom element written the official package's way."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self.name = "Whisper"
        self.value = words


def test_custom_elements_copy_and_pickle() -> None:
    response = VoiceResponse()
    response.append(Whisper("psst"))
    response.add_child("Custom", "c", a="1")
    again = pickle.loads(pickle.dumps(response))
    assert str(again) == str(response)


# ---------------------------------------------------------------- <Task> bodies


TASK = {
    "account_sid": "AC" + "1" * 32,
    "selected_language": "es",
    "priority": 5,
    "vip": True,
    "notes": None,
    "skills": ["billing", "español"],
    "quote": 'a "b" <c> & d',
}


def test_a_dict_task_body_is_written_as_json() -> None:
    def story(lib: Any) -> Any:
        response = lib.VoiceResponse()
        enqueue = response.enqueue(workflow_sid="WW" + "0" * 32)
        enqueue.task(TASK, priority=5, timeout=200)
        return response

    document = same(story)
    assert '{"account_sid": "AC' in document and "'" not in document
    assert validate(document) == []
    task = parse(document).elements()[0].elements()[0]
    import json

    assert json.loads(task.text) == TASK


def test_a_dict_task_body_through_the_class_and_set_later() -> None:
    def story(lib: Any) -> Any:
        response = lib.VoiceResponse()
        enqueue = lib.Enqueue(workflow_sid="WW1")
        enqueue.append(lib.Task({"n": 1}))
        later = lib.Task("placeholder")
        later.value = {"set": "after"}
        enqueue.append(later)
        response.append(enqueue)
        return response

    assert same(story).endswith(
        '<Enqueue workflowSid="WW1"><Task>{"n": 1}</Task><Task>{"set": "after"}</Task>'
        "</Enqueue></Response>"
    )


def test_a_task_body_that_is_not_json_says_so() -> None:
    with pytest.raises(TwiMLError, match=r"<Task> is a dict that is not JSON"):
        Task({"when": object()})


# ---------------------------------------------------------------- random trees


TAGS = ["Custom", "ext-thing", "Say", "Pause", "Play", "Body"]
ATTR_NAMES = ["mode", "data_id", "level", "x_y_z"]


@st.composite
def extension_steps(draw: st.DrawFn) -> list[tuple[int, str, str | None, dict[str, str]]]:
    """Steps (parent index, tag or "#text", text, attributes) over add_child and append."""
    steps: list[tuple[int, str, str | None, dict[str, str]]] = []
    for _ in range(draw(st.integers(1, 10))):
        parent = draw(st.integers(0, len(steps)))
        tag = draw(st.sampled_from([*TAGS, "#text"]))
        # Not only spaces: parse() drops layout whitespace between elements.
        words = st.text(st.sampled_from("ab &<>\"'é"), min_size=1, max_size=6)
        text = draw(st.none() | words.filter(str.strip))
        attrs: dict[str, str] = {}
        if tag not in ("Say", "Pause", "Play", "Body", "#text"):
            attrs = draw(st.dictionaries(st.sampled_from(ATTR_NAMES), st.text("xy&<", max_size=3)))
        steps.append((parent, tag, text, attrs))
    return steps


def build_tree(lib: Any, steps: list[tuple[int, str, str | None, dict[str, str]]]) -> Any:
    root = lib.VoiceResponse()
    nodes = [root]
    # Whether each node's content ends with text: the official package keeps only the last
    # of adjacent strings (a documented difference), so the stories stay where both agree.
    ends_in_text = [False]
    for parent_index, tag, text, attrs in steps:
        index = min(parent_index, len(nodes) - 1)
        parent = nodes[index]
        if tag == "#text":
            if text and not ends_in_text[index]:
                parent.append(text)
                ends_in_text[index] = True
            continue
        nodes.append(parent.add_child(tag, text, **attrs))
        ends_in_text[index] = False
        ends_in_text.append(bool(text))
    return root


def misplaced(steps: list[tuple[int, str, str | None, dict[str, str]]]) -> bool:
    """Whether the steps put a known element where the table forbids it."""
    allowed: dict[str, set[str]] = {"Response": {"Say", "Pause", "Play"}}
    allowed.update({"Say": set(), "Pause": set(), "Play": set(), "Body": set()})
    tags = ["Response"]
    for parent_index, tag, _text, _attrs in steps:
        if tag == "#text":
            continue
        parent = tags[min(parent_index, len(tags) - 1)]
        if tag in ("Say", "Pause", "Play", "Body") and tag not in allowed.get(parent, {tag}):
            return True
        tags.append(tag)
    return False


@settings(max_examples=200, deadline=None)
@given(extension_steps())
def test_random_extension_trees_match_or_are_refused_for_a_known_reason(
    steps: list[tuple[int, str, str | None, dict[str, str]]],
) -> None:
    theirs = str(build_tree(THEIRS, steps))
    if misplaced(steps):
        with pytest.raises(TwiMLError, match="cannot contain"):
            build_tree(OURS, steps)
        return
    mine = str(build_tree(OURS, steps))
    assert mine == theirs
    assert all(p.warning for p in validate(mine))
    assert str(parse(mine)) == mine
