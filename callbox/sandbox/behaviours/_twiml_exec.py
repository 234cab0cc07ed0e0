"""Reading an app's answer to a messaging webhook into the actions Twilio would take.

What Twilio does with the answer to an incoming-message webhook, and what this module
reproduces:

* ``text/xml``, ``application/xml`` or ``text/html`` with a ``<Response>``: the verbs run in
  order.  ``<Message>`` sends a message (``to`` defaults to the sender of the incoming
  message, ``from`` to the number it was sent to; the text is the element's text or its
  ``<Body>``, pictures its ``<Media>`` children; ``action``/``method`` name a URL to call
  once it is sent, whose answer runs in turn; ``statusCallback`` receives its status
  changes).  ``<Redirect>`` fetches another URL (``method``, default POST) and runs that
  document instead; verbs after it never run.
* ``text/plain``: the text is sent back as a message.
* An empty body: nothing happens (no reply).
* Malformed XML or a root that is not ``<Response>``: error 12100 (document parse failure);
  anything else: error 12300 (invalid Content-Type).  Elements Twilio does not know are
  skipped and reported as warning 12200 (schema validation warning).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Union

__all__ = ["Plan", "Problem", "Redirect", "SendMessage", "plan"]

_XML_TYPES: Final = frozenset({"text/xml", "application/xml", "text/html", ""})
_MAX_BODY: Final = 1600


@dataclass(frozen=True)
class SendMessage:
    """``<Message>``: send a message (None fields take the defaults of the conversation)."""

    body: str
    media: tuple[str, ...] = ()
    to: str | None = None
    from_: str | None = None
    action: str | None = None
    method: str = "POST"
    status_callback: str | None = None


@dataclass(frozen=True)
class Redirect:
    """``<Redirect>``: fetch ``url`` and run its answer instead."""

    url: str
    method: str = "POST"


@dataclass(frozen=True)
class Problem:
    """Something Twilio would log about the answer: code, level (error/warning), text."""

    code: int
    message: str
    level: str = "error"


Action = Union[SendMessage, Redirect]


@dataclass
class Plan:
    """The actions to take, and the problems to log."""

    actions: list[Action] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """An error (not just a warning) stopped the document from running."""
        return any(p.level == "error" for p in self.problems)


def _method(value: str | None) -> str:
    method = (value or "POST").strip().upper()
    return method if method in ("GET", "POST") else "POST"


def plan(body: bytes | str, content_type: str) -> Plan:
    """What to do with an app's answer of ``content_type`` (see the module docs)."""
    from ...errors import TwiMLError
    from ...twiml import parse, validate

    result = Plan()
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    media_type = content_type.split(";", 1)[0].strip().lower()
    if not text.strip():
        return result
    if media_type == "text/plain":
        result.actions.append(SendMessage(body=text.strip()[:_MAX_BODY]))
        return result
    if media_type not in _XML_TYPES:
        result.problems.append(
            Problem(12300, f"Invalid Content-Type {content_type!r}: expected TwiML (text/xml)")
        )
        return result
    try:
        doc = parse(text, strict=False, kind="messaging")
    except TwiMLError as exc:
        result.problems.append(Problem(12100, f"Document parse failure: {exc}"))
        return result
    except ValueError as exc:
        result.problems.append(Problem(12100, f"Document parse failure: {exc}"))
        return result
    for issue in validate(text, kind="messaging"):
        result.problems.append(Problem(12200, f"Schema validation warning: {issue}", "warning"))
    for verb in doc.verbs:
        if isinstance(verb, str):
            continue
        attrs = verb.attrs
        if verb.name == "Message":
            parts: list[str] = [verb.value or ""]
            media: list[str] = []
            for child in verb.verbs:
                if isinstance(child, str):
                    parts.append(child)
                elif child.name == "Body":
                    parts.append(child.value or "")
                elif child.name == "Media" and (child.value or "").strip():
                    media.append((child.value or "").strip())
            result.actions.append(
                SendMessage(
                    body="".join(parts).strip(),
                    media=tuple(media),
                    to=attrs.get("to") or None,
                    from_=attrs.get("from") or None,
                    action=attrs.get("action") or None,
                    method=_method(attrs.get("method")),
                    status_callback=attrs.get("statusCallback") or None,
                )
            )
        elif verb.name == "Redirect":
            url = (verb.value or "").strip()
            if url:
                result.actions.append(Redirect(url=url, method=_method(attrs.get("method"))))
                break  # nothing after a redirect runs
        # Other elements were reported by validate() and are skipped.
    return result
