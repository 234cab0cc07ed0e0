"""The parameters of the voice webhooks Twilio sends, built from a leg's record.

Every request about a call (its TwiML URL, a Gather's action, a status callback ...)
carries the same core: ``AccountSid``, ``ApiVersion``, ``CallSid``, ``CallStatus``,
``Direction``, ``From``/``To`` with their ``Caller``/``Called`` twins, and where each
number is (``FromCity``, ``CalledState``, ...); child legs add ``ParentCallSid``; calls
answered with machine detection add ``AnsweredBy``.  Verbs then add their own
(``Digits``, ``RecordingUrl``, ``DialCallStatus`` ...).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..behaviours import _e164
from ..behaviours._common import API_VERSION, rfc2822
from .documents import Pairs

__all__ = ["call_params", "status_params"]


def _place(prefix: str, address: str) -> Pairs:
    if ":" in address and not address.startswith("+"):
        return []  # client: and sip: addresses have no geography
    geo = _e164.geo(address)
    return [
        (f"{prefix}City", geo.city),
        (f"{prefix}Country", geo.country),
        (f"{prefix}State", geo.state),
        (f"{prefix}Zip", geo.zip),
    ]


def call_params(record: dict[str, Any], status: str | None = None) -> Pairs:
    """The parameters every request about a call carries (``CallStatus`` as given, or its own)."""
    from_ = str(record.get("from") or "")
    to = str(record.get("to") or "")
    pairs: Pairs = [
        ("AccountSid", str(record.get("account_sid") or "")),
        ("ApiVersion", API_VERSION),
        ("CallSid", str(record.get("sid") or "")),
        ("CallStatus", status or str(record.get("status") or "")),
        ("Called", to),
        *_place("Called", to),
        ("Caller", from_),
        *_place("Caller", from_),
        ("Direction", str(record.get("direction") or "")),
        ("From", from_),
        *_place("From", from_),
        ("To", to),
        *_place("To", to),
    ]
    if record.get("parent_call_sid"):
        pairs.append(("ParentCallSid", str(record["parent_call_sid"])))
    if record.get("forwarded_from"):
        pairs.append(("ForwardedFrom", str(record["forwarded_from"])))
    if record.get("caller_name"):
        pairs.append(("CallerName", str(record["caller_name"])))
    if record.get("answered_by"):
        pairs.append(("AnsweredBy", str(record["answered_by"])))
    return pairs


def status_params(record: dict[str, Any], status: str, sequence: int, when: datetime) -> Pairs:
    """A status callback's parameters for ``status`` (the ``sequence``-th callback, at ``when``)."""
    stamp = rfc2822(when)
    pairs = call_params(record, status)
    pairs += [
        ("CallbackSource", "call-progress-events"),
        ("SequenceNumber", str(sequence)),
        ("Timestamp", stamp),
    ]
    if status == "completed":
        seconds = int(record.get("duration") or 0)
        pairs.append(("CallDuration", str(seconds)))
        pairs.append(("Duration", str((seconds + 59) // 60)))
    if record.get("_sip_code"):
        pairs.append(("SipResponseCode", str(record["_sip_code"])))
    recording = record.get("_recording")
    if isinstance(recording, dict) and status == "completed":
        pairs += [
            ("RecordingSid", str(recording.get("sid") or "")),
            ("RecordingUrl", str(recording.get("url") or "")),
            ("RecordingDuration", str(recording.get("duration") or "0")),
        ]
    return pairs
