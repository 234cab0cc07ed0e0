"""How an API name becomes a Python name: ``StatusCallbackEvent`` → ``status_callback_event``.

One rule for the whole toolkit: the generator names resources with it and the loader
names parameters with it, so the shipped files never spell a Python name out.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

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
_PATTERNS: list[
    re.Pattern[str]
] = []  # compiled on first use: importing this module stays free of ``re``


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
    if not _PATTERNS:
        import re

        # A word starts at a capital after a lowercase letter or digit, and at the last
        # capital of a run followed by a lowercase letter (``SMSUrl`` → ``sms_url``).
        _PATTERNS.append(re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
        _PATTERNS.append(re.compile(r"[^A-Za-z0-9]+"))
    words, separators = _PATTERNS
    s = separators.sub("_", words.sub("_", name)).strip("_").lower()
    if s in _KEYWORDS:
        s += "_"
    if s[:1].isdigit():
        s = "_" + s
    return s
