"""A list page's records decoded one at a time, for ``stream()``.

``json.loads`` of a 1,000-record page builds every record before the first is
used: about 2.5 MiB of dicts and strings per page, on top of the page's text.
:class:`PageRows` walks the top-level object itself and hands the records array
to the C scanner one element at a time, so streaming holds the page's text and
the records the caller keeps, not the whole decoded page. The fields around the
array (paging links, ``meta``) are decoded whole, wherever they stand.
"""

from __future__ import annotations

from json import JSONDecoder

# Both exist on every interpreter (the C versions where available); typeshed omits them.
from json.decoder import scanstring  # type: ignore[attr-defined]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any

_scan: Callable[[str, int], tuple[Any, int]] = JSONDecoder().scan_once  # type: ignore[attr-defined]
_BLANK = " \t\n\r"


def _skip(s: str, i: int) -> int:
    """The index of the first character at or after ``i`` that is not JSON whitespace."""
    while s[i] in _BLANK:
        i += 1
    return i


class PageRows:
    """Iterate once over the records of ``text``; ``fields`` holds the rest of the page.

    ``key`` names the array to stream (the resource's list key). When the page's
    ``meta.key`` names a different array, that one is used instead, decoded whole.
    Malformed JSON raises :class:`ValueError`.
    """

    __slots__ = ("fields", "key", "text")

    def __init__(self, text: str, key: str | None) -> None:
        self.text = text
        self.key = key
        self.fields: dict[str, Any] = {}

    def __iter__(self) -> Iterator[Any]:
        s, key, fields = self.text, self.key, self.fields
        self.text = ""  # the iterator's frame keeps it for as long as it runs
        streamed = False
        try:
            i = _skip(s, 0)
            if s[i] != "{":
                return  # not an object: no records (a bare value is accepted and ignored)
            i = _skip(s, i + 1)
            while s[i] != "}":
                if s[i] != '"':
                    raise ValueError(f"expected a field name at {i}")
                name, i = scanstring(s, i + 1)
                i = _skip(s, i)
                if s[i] != ":":
                    raise ValueError(f"expected ':' at {i}")
                i = _skip(s, i + 1)
                if name == key and s[i] == "[" and not streamed:
                    streamed = True
                    i = _skip(s, i + 1)
                    if s[i] == "]":
                        i += 1
                    else:
                        while True:
                            row, i = _scan(s, i)
                            yield row
                            i = _skip(s, i)
                            if s[i] == ",":
                                i = _skip(s, i + 1)
                            elif s[i] == "]":
                                i += 1
                                break
                            else:
                                raise ValueError(f"expected ',' or ']' at {i}")
                else:
                    fields[name], i = _scan(s, i)
                i = _skip(s, i)
                if s[i] == ",":
                    i = _skip(s, i + 1)
                elif s[i] != "}":
                    raise ValueError(f"expected ',' or '}}' at {i}")
        except IndexError:
            raise ValueError("the JSON ends too early") from None
        except StopIteration as stop:  # how the C scanner says "no value here"
            raise ValueError(f"expected a value at {stop.value}") from None
        if not streamed:
            meta = fields.get("meta")
            other = meta.get("key") if isinstance(meta, dict) else None
            rows = fields.get(other or key or "")
            if isinstance(rows, list):
                yield from rows
