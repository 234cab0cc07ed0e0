"""TwiML documents as the interpreter sees them: where one comes from, and attribute values.

:class:`Source` names the next document (a URL with its method and fallback, or inline
TwiML); :class:`Document` is one fetched; a verb's :data:`Outcome` is ``None`` (go on),
a :class:`Source` (run that document instead) or :data:`END` (hang up).  The helpers read
attributes with Twilio's defaults and limits: a value out of range is clamped, a value
that is not a number takes the default, as Twilio treats them (with a warning).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Union

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ...twiml import TwiML

__all__ = [
    "END",
    "Document",
    "Outcome",
    "Pairs",
    "Source",
    "Verbs",
    "flag",
    "loops",
    "method_of",
    "number",
    "resolve",
]

Pairs = list[tuple[str, str]]

#: ``loop="0"`` plays this many times ("until the call ends" on Twilio).
MAX_LOOPS: Final = 1000


@dataclass(frozen=True)
class Source:
    """Where a document comes from: ``url`` (+ method, fallback) or inline ``twiml``.

    ``params`` are added to the call's own parameters when the URL is requested (a
    Gather's ``Digits``...); ``purpose`` names the request in the transcript.
    """

    url: str | None = None
    method: str = "POST"
    twiml: str | None = None
    fallback_url: str | None = None
    fallback_method: str = "POST"
    params: Pairs = field(default_factory=list)
    purpose: str = "voice_url"

    @classmethod
    def of(cls, fields: dict[str, Any], prefix: str = "voice_") -> Source | None:
        """The source a record names with ``{prefix}url``, ``{prefix}method``,
        ``{prefix}fallback_url`` and ``{prefix}fallback_method`` (None without a URL)."""
        url = fields.get(f"{prefix}url")
        if not url:
            return None
        return cls(
            url=str(url),
            method=str(fields.get(f"{prefix}method") or "POST"),
            fallback_url=fields.get(f"{prefix}fallback_url") or None,
            fallback_method=str(fields.get(f"{prefix}fallback_method") or "POST"),
        )

    def __post_init__(self) -> None:
        for name in ("method", "fallback_method"):
            value = (getattr(self, name) or "POST").upper()
            object.__setattr__(self, name, value if value in ("GET", "POST") else "POST")


@dataclass
class Document:
    """A fetched document: its root element and the URL relative URLs resolve against.

    An app may answer with an audio file instead of TwiML: ``audio_url`` then names it.
    """

    root: TwiML | None
    base: str | None
    audio_url: str | None = None


class _End:
    def __repr__(self) -> str:
        return "END"


#: A verb's result meaning "hang up now".
END: Final = _End()

Outcome = Union[Source, _End, None]


class Verbs(frozenset[str]):
    """The only verbs a document may use in some place (wait or hold music, a whisper), and
    the code of the alert a skipped one raises there."""

    code: int
    level: str

    def __new__(cls, names: Iterable[str], code: int = 12200, level: str = "warning") -> Verbs:
        verbs = super().__new__(cls, names)
        verbs.code, verbs.level = code, level
        return verbs


def resolve(url: str | None, doc: Document | None) -> str | None:
    """``url`` made absolute against the document's own URL (None or blank: None)."""
    from urllib.parse import urljoin

    if url is None or not url.strip():
        return None
    url = url.strip()
    base = doc.base if doc is not None else None
    if base and not url.lower().startswith(("http://", "https://")):
        return urljoin(base, url)
    return url


def method_of(node: TwiML, name: str = "method", default: str = "POST") -> str:
    """An HTTP method attribute (GET or POST; anything else: the default)."""
    value = (node.get(name) or default).strip().upper()
    return value if value in ("GET", "POST") else default


def flag(node: TwiML, name: str, default: bool) -> bool:
    """A true/false attribute."""
    raw = node.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() == "true"


def number(node: TwiML, name: str, default: float, low: float, high: float) -> float:
    """A numeric attribute clamped to ``[low, high]`` (not a number: the default)."""
    raw = node.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw.strip())
    except ValueError:
        return default
    if value != value:
        return default
    return min(max(value, low), high)


def loops(node: TwiML) -> int:
    """A ``loop`` attribute: how many times to play (0: as good as forever)."""
    count = int(number(node, "loop", 1, 0, MAX_LOOPS))
    return MAX_LOOPS if count == 0 else count
