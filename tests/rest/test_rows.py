"""stream() decodes a page's records one at a time: same records, whatever the page looks like."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbox.rest._rows import PageRows

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
records = st.lists(st.dictionaries(st.text(max_size=8), values, max_size=5), max_size=6)
others = st.dictionaries(st.text(max_size=8).filter(lambda k: k != "items"), values, max_size=4)


@settings(max_examples=100, deadline=None)
@given(
    rows=records,
    fields=others,
    where=st.integers(0, 4),
    layout=st.sampled_from(
        [{}, {"indent": 2}, {"separators": (",", ":")}, {"ensure_ascii": False}]
    ),
)
def test_any_page_gives_the_same_records_and_fields_as_json_loads(
    rows: list[Any], fields: dict[str, Any], where: int, layout: dict[str, Any]
) -> None:
    items = list(fields.items())
    items.insert(min(where, len(items)), ("items", rows))
    text = json.dumps(dict(items), **layout)
    page = PageRows(text, "items")
    assert list(page) == rows
    assert page.fields == fields


def test_links_after_the_records_are_read_once_the_records_are() -> None:
    page = PageRows('{"items": [{"sid": "a"}, {"sid": "b"}], "next_page_uri": "/n"}', "items")
    walk = iter(page)
    assert next(walk) == {"sid": "a"} and page.fields == {}
    assert list(walk) == [{"sid": "b"}]
    assert page.fields == {"next_page_uri": "/n"}


def test_the_array_named_by_meta_key_is_used_when_the_resource_key_is_absent() -> None:
    page = PageRows('{"meta": {"key": "roles"}, "roles": [{"sid": "r"}]}', "services")
    assert list(page) == [{"sid": "r"}]


@pytest.mark.parametrize(
    "text",
    [
        '{"items": [{"sid": "a"}, {"sid": ',
        '{"items": [{"sid": "a"} {"sid": "b"}]}',
        '{"items": [{"sid": "a"}], "next": }',
        '{"items" [1]}',
        "{items: []}",
    ],
)
def test_broken_json_is_an_error_not_a_short_page(text: str) -> None:
    with pytest.raises(ValueError):
        list(PageRows(text, "items"))


def test_a_non_object_answer_has_no_records() -> None:
    assert list(PageRows("[1, 2]", "items")) == []
    assert list(PageRows("{}", "items")) == []
