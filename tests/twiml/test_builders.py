"""The shared builder behind the generated signatures: calls, caches and what they must not do.

The generated classes are typed signatures; ``TwiML`` gives them one routine driven by the
table (``_element._attributes``), which remembers plans and results.  These tests pin the
behaviour a call had when every method was written out: Python's own errors for bad calls,
values that compare equal but print differently, checks and secrets never skipped or kept.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest

from callbox.twiml import (
    Gather,
    Say,
    TwiML,
    TwiMLError,
    VoiceResponse,
    _element,
    messaging_response,
    voice_response,
)
from callbox.twiml._schema import ROWS


def body(node: TwiML) -> str:
    return node.to_xml(xml_declaration=False)


def test_signatures_and_docs_are_the_generated_ones() -> None:
    method = inspect.signature(VoiceResponse.say)
    assert list(method.parameters) == ["self", "message", "voice", "loop", "language", "kwargs"]
    assert method.parameters["voice"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert method.return_annotation == "Say"
    init = inspect.signature(Say.__init__)
    assert init.parameters["message"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert init.parameters["voice"].kind is inspect.Parameter.KEYWORD_ONLY
    assert init.parameters["strict"].default is True
    assert VoiceResponse.say.__doc__ is not None and "<Say>" in VoiceResponse.say.__doc__
    assert VoiceResponse.say.__name__ == "say"


def test_a_method_several_parents_have_is_written_once() -> None:
    assert VoiceResponse.say is Gather.say is voice_response.Prompt.say
    assert voice_response.Start.stream is voice_response.Stop.stream
    assert "say" not in vars(Gather)


def test_attributes_may_be_given_positionally_as_in_the_signature() -> None:
    r = VoiceResponse()
    r.play("https://a.example/x.mp3", 2, "1w")
    r.pause(3)
    r.say(None, "man")
    assert body(r) == (
        '<Response><Play digits="1w" loop="2">https://a.example/x.mp3</Play>'
        '<Pause length="3" /><Say voice="man" /></Response>'
    )


def test_the_text_may_be_given_by_name() -> None:
    r = VoiceResponse()
    r.say(message="Hi", voice="man")
    r.redirect(url="/next", method="GET")
    assert body(r) == (
        '<Response><Say voice="man">Hi</Say><Redirect method="GET">/next</Redirect></Response>'
    )
    assert body(Say(message="Hi")) == "<Say>Hi</Say>"


# mypy refuses these calls too (see test_typing); at run time Python's own message comes.
BAD_CALLS: list[tuple[Callable[[VoiceResponse], object], str]] = [
    (lambda r: r.redirect(), "missing 1 required positional argument: 'url'"),  # type: ignore[call-arg]
    (lambda r: r.pause(1, 2), "takes from 1 to 2 positional arguments but 3"),  # type: ignore[call-arg]
    (lambda r: r.say("x", message="y"), "multiple values for argument 'message'"),  # type: ignore[misc]
    (lambda r: voice_response.Pause(1), "takes 1 positional argument but 2 were given"),  # type: ignore[call-arg]
    (lambda r: Say("a", "b"), "takes from 1 to 2 positional arguments but 3"),  # type: ignore[call-arg]
    (lambda r: voice_response.Number(), "missing 1 required positional argument"),  # type: ignore[call-arg]
]


@pytest.mark.parametrize(("call", "message"), BAD_CALLS)
def test_bad_calls_raise_pythons_own_type_error(
    call: Callable[[VoiceResponse], object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        call(VoiceResponse())


def test_values_equal_in_python_but_printed_differently_are_never_confused() -> None:
    # True == 1 == 1.0 and they hash alike: a cache keyed on the values alone would mix them.
    outputs = []
    for _ in range(3):  # the second and third calls may come from the cache
        for loop in (1, True, 1.0, "1", 0, False):
            outputs.append(body(VoiceResponse(strict=False).play("u", loop=loop)))
    expected = [f'<Play loop="{v}">u</Play>' for v in ("1", "true", "1.0", "1", "0", "false")]
    assert outputs == expected * 3


def test_lists_and_tuples_are_joined_every_time() -> None:
    for _ in range(3):
        d = VoiceResponse().dial()
        d.number("+1", status_callback_event=["ringing", "answered"])
        d.number("+2", status_callback_event=("ringing", "answered"))
        assert body(d) == (
            '<Dial><Number statusCallbackEvent="ringing answered">+1</Number>'
            '<Number statusCallbackEvent="ringing answered">+2</Number></Dial>'
        )


def test_a_value_accepted_without_checks_is_still_refused_when_strict() -> None:
    for _ in range(3):
        VoiceResponse(strict=False).say("x", voice="robot")
        VoiceResponse(strict=False).gather(num_digits="many")
    with pytest.raises(TwiMLError, match="<Say voice>"):
        VoiceResponse().say("x", voice="robot")
    with pytest.raises(TwiMLError, match="<Gather numDigits>"):
        Gather(num_digits="many")


def test_forbidden_characters_are_refused_every_time() -> None:
    for _ in range(3):
        with pytest.raises(TwiMLError, match="action attribute of <Gather>"):
            VoiceResponse().gather(action="/a\x00")


def test_elements_built_alike_do_not_share_their_attributes() -> None:
    r = VoiceResponse()
    first, second = (r.say("x", voice="man", language="en-US") for _ in range(2))
    first.attrs["voice"] = "woman"
    third = r.say("x", voice="man", language="en-US")
    assert second.get("voice") == third.get("voice") == "man"
    assert body(first) == '<Say language="en-US" voice="woman">x</Say>'


def test_none_leaves_attributes_out_on_every_path() -> None:
    for _ in range(3):
        assert body(VoiceResponse().say("x", voice=None, loop=2)) == '<Say loop="2">x</Say>'
        assert body(Say("x", voice=None, loop=2)) == '<Say loop="2">x</Say>'


def test_sip_passwords_are_never_kept_by_any_cache() -> None:
    secrets = ["pw-method-1", "pw-extra-2", "pw-uri-3", "pw-render-4"]
    for _ in range(3):
        d = VoiceResponse(strict=False).dial()
        d.sip("sip:a@example.com", username="u", password=secrets[0])
        d.sip("sip:b@example.com", password=secrets[1], x_custom="y")  # the general path
        d.sip("sip:c@example.com").uri("sip:d@example.com", password=secrets[2])
        changed = d.sip("sip:e@example.com")
        changed.attrs["password"] = secrets[3]  # rendered from the attributes
        text = str(d)
        assert all(s in text for s in secrets)
    kept = [*_element._PLAIN, *_element._TEXT]
    for fragments in _element._FRAGMENTS.values():
        kept += [*fragments, *fragments.values()]
    for row in ROWS.values():
        kept += [str(key) for key in row.memo or ()]
    assert not [s for s in secrets if any(s in k for k in kept)]


def test_unknown_keywords_take_the_general_path_with_the_documented_ones() -> None:
    for _ in range(3):
        say = VoiceResponse(strict=False).say("x", voice="man", brand_new=1)
        assert body(say) == '<Say brandNew="1" voice="man">x</Say>'
    with pytest.raises(TwiMLError, match="has no attribute 'brandNew'"):
        VoiceResponse().say("x", voice="man", brand_new=1)


def test_messaging_and_fax_classes_get_the_same_routine() -> None:
    r = messaging_response.MessagingResponse()
    r.message("hi", to="+1", from_="+2").media("https://a.example/i.png")
    r.redirect("/next", method="POST")
    assert body(r) == (
        '<Response><Message from="+2" to="+1">hi<Media>https://a.example/i.png</Media>'
        '</Message><Redirect method="POST">/next</Redirect></Response>'
    )


def test_subclasses_inherit_the_builders_and_cannot_claim_a_row() -> None:
    class Polite(VoiceResponse):
        def say(self, message: str | None = None, **kwargs: object) -> Say:  # type: ignore[override]
            return super().say(f"Please: {message}", **kwargs)  # type: ignore[arg-type]

    r = Polite()
    r.say("wait", voice="man")
    r.pause(length=1)
    assert body(r) == '<Response><Say voice="man">Please: wait</Say><Pause length="1" /></Response>'
    with pytest.raises(TypeError, match="row="):

        class Mine(TwiML, row="Say"):
            pass

    assert ROWS["Say"].cls is Say


def test_remembered_attributes_copy_and_pickle_as_plain_dicts() -> None:
    import copy
    import pickle

    for _ in range(3):  # the third element shares the attributes remembered for the second
        r = VoiceResponse()
        say = r.say("x", voice="man", language="en-US")
    assert b"_Shared" not in pickle.dumps(r)
    for clone in (copy.deepcopy(r), pickle.loads(pickle.dumps(r))):
        assert clone == r
        clone_say = clone.verbs[0]
        assert isinstance(clone_say, TwiML)
        clone_say.attrs["voice"] = "woman"
    shallow = copy.copy(say)
    shallow.attrs["voice"] = "woman"
    assert say.get("voice") == "man"
    assert body(VoiceResponse().say("x", voice="man", language="en-US")) == (
        '<Say language="en-US" voice="man">x</Say>'
    )


def test_values_seen_once_pause_the_memo_and_change_no_result() -> None:
    """URLs with call ids fill a row's memo; it then pauses (no look-up, nothing kept) for a
    number of documents rendered, with every check and escape still done."""
    row = ROWS["Gather"]
    row.memo = {}

    def memo() -> object:  # (read afresh each time)
        return row.memo

    for n in range(_element._MEMO_PER_ROW + 3):
        for hints, shown in ((1, "1"), (True, "true")):  # equal in Python, printed apart
            gather = VoiceResponse().gather(action=f"/menu?call={n}&x", hints=hints)
            assert body(gather) == f'<Gather action="/menu?call={n}&amp;x" hints="{shown}" />'
    assert memo() is None
    with pytest.raises(TwiMLError, match="<Gather method>"):
        VoiceResponse().gather(action="/menu", method="PUT")
    with pytest.raises(TwiMLError, match="action attribute of <Gather>"):
        VoiceResponse().gather(action="/a\x00")
    for _ in range(_element._MEMO_PAUSE):
        VoiceResponse().to_xml()
    assert memo() == {}
    assert body(VoiceResponse().gather(action="/menu", hints=True)) == (
        '<Gather action="/menu" hints="true" />'
    )
    assert len(row.memo or ()) == 1
