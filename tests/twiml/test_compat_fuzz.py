"""Random documents built with the same calls on both libraries print the same bytes.

Hypothesis walks the official package's builder methods (names and parameters read from
twilio-python itself), calling each with random keyword values, and replays the same calls
on callbox with ``strict=False`` (random values are rarely ones Twilio accepts).
"""

from __future__ import annotations

import inspect
from typing import Any
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("twilio")

from twilio.twiml import fax_response as tf
from twilio.twiml import messaging_response as tm
from twilio.twiml import voice_response as tv

from callbox.twiml import fax_response, messaging_response, voice_response
from callbox.twiml._schema import ROWS

ROOTS = [
    (tv.VoiceResponse, voice_response.VoiceResponse),
    (tm.MessagingResponse, messaging_response.MessagingResponse),
    (tf.FaxResponse, fax_response.FaxResponse),
]

# Text without characters XML forbids (twilio-python would print them; callbox refuses).
SAFE = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
) | st.sampled_from(["&", "<", ">", '"', "'", "\t", "\n", " "])
VALUES = st.one_of(
    st.text(SAFE, max_size=12),
    st.integers(-5, 500),
    st.booleans(),
    st.sampled_from(["POST", "GET", "true", "dtmf speech", "Polly.Amy", "a&b", '"q"']),
)


#: Parameter names that are element text somewhere.
TEXT = {row.text for row in ROWS.values() if row.text}


def methods(cls: type) -> list[tuple[str, list[inspect.Parameter]]]:
    found = []
    for name, fn in vars(cls).items():
        if name.startswith("_") or not callable(fn):
            continue
        params = [p for p in inspect.signature(fn).parameters.values() if p.name != "self"]
        found.append((name, params))
    return sorted(found)


@st.composite
def calls(draw: st.DrawFn) -> tuple[int, list[tuple[list[int], str, list[Any], dict[str, Any]]]]:
    """A root and a list of (path to parent, method, args, kwargs)."""
    root = draw(st.integers(0, len(ROOTS) - 1))
    classes: list[type] = [ROOTS[root][0]]
    paths: list[list[int]] = [[]]
    steps = []
    for _ in range(draw(st.integers(1, 8))):
        index = draw(st.integers(0, len(classes) - 1))
        options = methods(classes[index])
        if not options:
            continue
        name, params = draw(st.sampled_from(options))
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for p in params:
            if p.kind is p.VAR_KEYWORD:
                continue
            required = p.default is p.empty
            if required:
                args.append(draw(st.text(SAFE, min_size=1, max_size=12)))
            elif draw(st.integers(0, 3)) == 0:
                # The official package only prints text given as str.
                kwargs[p.name] = draw(st.text(SAFE, max_size=12) if p.name in TEXT else VALUES)
        steps.append((paths[index], name, args, kwargs))
        classes.append(_returned_class(classes[index], name, args))
        paths.append([*paths[index], len(steps) - 1])
    return root, steps


def _returned_class(cls: type, name: str, args: list[Any]) -> type:
    """The official class a builder method returns (learnt by calling it once)."""
    node = cls(*(["x"] if _needs_arg(cls) else []))
    return type(getattr(node, name)(*args))


def _needs_arg(cls: type) -> bool:
    params = list(inspect.signature(cls).parameters.values())  # __init__'s, without self
    return any(p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD for p in params)


def replay(
    root_cls: type, steps: list[tuple[list[int], str, list[Any], dict[str, Any]]], **root_kw: Any
) -> str:
    root = root_cls(**root_kw)
    made: list[Any] = []
    for path, name, args, kwargs in steps:
        parent = root if not path else made[path[-1]]
        made.append(getattr(parent, name)(*args, **kwargs))
    return str(root)


@settings(max_examples=300, deadline=None)
@given(calls())
def test_random_documents_print_identically(plan: tuple[int, list[Any]]) -> None:
    root, steps = plan
    theirs, ours = ROOTS[root]
    mine = replay(ours, steps, strict=False)
    assert mine == replay(theirs, steps)
    ElementTree.fromstring(mine.encode("utf-8"))  # always well-formed
