"""The error flows raise for mistakes in an app's code (never for a caller's input)."""

from __future__ import annotations

from ..errors import CallboxError

__all__ = ["FlowError"]


class FlowError(CallboxError):
    """A flow is used wrongly: an unregistered handler, TwiML where none can be played,
    a value the store cannot keep.  The message says what to change."""
