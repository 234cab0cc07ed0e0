"""What Twilio reported to a continuation: keys pressed, a recording, a dial's outcome..."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["Result"]

FINAL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


class Result:
    """The parameters of the request that ran a continuation, by meaning.

    Every continuation handler gets one (``async def menu(call, result)``); the raw
    parameters are in :attr:`params`.  Attributes that the request did not carry are
    ``None`` (or ``""`` for text).
    """

    __slots__ = ("params",)

    def __init__(self, params: Mapping[str, str]) -> None:
        self.params = dict(params)

    def __repr__(self) -> str:
        shown = {k: self.params[k] for k in _SHOWN if k in self.params}
        return f"Result({shown!r})"

    def get(self, name: str, default: str | None = None) -> str | None:
        """A raw parameter (``result.get("Digits")``)."""
        return self.params.get(name, default)

    # ------------------------------------------------------------ Gather

    @property
    def digits(self) -> str:
        """Keys the caller pressed (without the finishing key); ``""`` for none."""
        return self.params.get("Digits", "")

    @property
    def speech(self) -> str:
        """What the caller said (a speech Gather); ``""`` for nothing."""
        return self.params.get("SpeechResult", "")

    @property
    def confidence(self) -> float | None:
        """How sure speech recognition was (0 to 1), when the caller spoke."""
        try:
            return float(self.params["Confidence"])
        except (KeyError, ValueError):
            return None

    @property
    def empty(self) -> bool:
        """No keys and no speech: the caller gave no input."""
        return not self.digits and not self.speech

    # ------------------------------------------------------------ Record, transcription

    @property
    def recording_url(self) -> str:
        return self.params.get("RecordingUrl", "")

    @property
    def recording_sid(self) -> str:
        return self.params.get("RecordingSid", "")

    @property
    def recording_duration(self) -> int | None:
        return _int(self.params.get("RecordingDuration"))

    @property
    def transcription(self) -> str:
        """The transcribed text (a transcription callback)."""
        return self.params.get("TranscriptionText", "")

    @property
    def transcription_status(self) -> str:
        return self.params.get("TranscriptionStatus", "")

    # ------------------------------------------------------------ Dial, conference, queue

    @property
    def dial_status(self) -> str:
        """``completed``, ``answered``, ``busy``, ``no-answer``, ``failed`` or ``canceled``."""
        return self.params.get("DialCallStatus", "")

    @property
    def dial_sid(self) -> str:
        return self.params.get("DialCallSid", "")

    @property
    def dial_duration(self) -> int | None:
        return _int(self.params.get("DialCallDuration"))

    @property
    def queue_result(self) -> str:
        """How an ``<Enqueue>`` ended: ``bridged``, ``hangup``, ``leave``, ``queue-full``..."""
        return self.params.get("QueueResult", "")

    @property
    def queue_time(self) -> int | None:
        return _int(self.params.get("QueueTime"))

    # ------------------------------------------------------------ the call

    @property
    def status(self) -> str:
        """The call's status (``in-progress``, or a final one in a status callback)."""
        return self.params.get("CallStatus", "")

    @property
    def duration(self) -> int:
        """Seconds the call lasted (status callbacks of ended calls; else 0)."""
        return _int(self.params.get("CallDuration")) or 0

    @property
    def answered_by(self) -> str:
        """Machine detection's verdict (``human``, ``machine_start``...), when asked for."""
        return self.params.get("AnsweredBy", "")


_SHOWN = (
    "Digits",
    "SpeechResult",
    "RecordingUrl",
    "TranscriptionText",
    "DialCallStatus",
    "QueueResult",
    "CallStatus",
)
