"""How an API name becomes a Python name: ``StatusCallbackEvent`` → ``status_callback_event``.

One rule for the whole toolkit: the generator names resources with it and the loader
names parameters with it, so the shipped files never spell a Python name out.
"""

from __future__ import annotations

_KEYWORDS = frozenset(
    [
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "false",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "none",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "true",
        "try",
        "while",
        "with",
        "yield",
    ]
)
_CACHE: dict[str, str] = {}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LOWER = frozenset(_LETTERS)
# A character's kind: 2 a capital, 1 a lowercase letter or digit, absent anything else.
_KIND = {**dict.fromkeys(_LETTERS.upper(), 2), **dict.fromkeys(_LETTERS + "0123456789", 1)}


def python_name(name: str) -> str:
    """The snake_case Python name of an API name (a trailing ``>``/``<`` reads ``_after``/``_before``)."""
    cached = _CACHE.get(name)
    if cached is None:
        cached = _CACHE[name] = _convert(name)
    return cached


def _convert(name: str) -> str:
    if name.endswith(">"):
        return _convert(name[:-1]) + "_after"
    if name.endswith("<"):
        return _convert(name[:-1]) + "_before"
    # A word starts at a capital after a lowercase letter or digit, and at the last capital
    # of a run followed by a lowercase letter (``SMSUrl`` → ``sms_url``); anything but ASCII
    # letters and digits separates words. One pass, no regular expressions: this runs for
    # every parameter the first time its operation is used, and compiling patterns would
    # cost more than the names themselves.
    out = []
    before = 0
    kind_of = _KIND.get
    for i, c in enumerate(name):
        kind = kind_of(c, 0)
        if kind == 2:
            if before == 1 or (before == 2 and name[i + 1 : i + 2] in _LOWER):
                out.append("_")
        elif kind == 0:
            c = "_"
        out.append(c)
        before = kind
    s = "".join(out)
    if "_" in s:
        s = "_".join(filter(None, s.split("_")))
    s = s.lower()
    if s in _KEYWORDS:
        s += "_"
    if s[:1].isdigit():
        s = "_" + s
    return s
