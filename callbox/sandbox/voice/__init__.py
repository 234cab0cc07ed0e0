"""Voice in the sandbox: calls that fetch and run the app's TwiML, outside phones that
answer and act, conferences, queues and recordings, all on a clock that can skip idle time.

Importing this package is light (the script steps and the transcript); the server loads
:mod:`.rest` (REST hooks and the start hook that takes up calls a previous process left
unfinished) and :mod:`.control` (control API routes, recording media).  From the bottom up:

* ``clock``, ``script``, ``transcript``, ``media`` — time, what people do, what happened,
  audio;
* ``parties``, ``phones`` — who is at the far end of a call and how outside phones answer;
* ``documents``, ``params``, ``outbox`` — TwiML sources and attributes, webhook
  parameters, ordered callbacks;
* ``legs`` — one live call: record, status, transcript, the line, control;
* ``prompts``, ``bridge``, ``recordings``, ``conferences``, ``queues``, ``dial``, ``verbs``,
  ``program`` — the TwiML interpreter;
* ``engine`` — places, receives and ends calls;
* ``rest``, ``control`` — the REST hooks and the control API.
"""

from __future__ import annotations

from .script import Step, hang_up, press, say, silence
from .transcript import Heard, Transcript

__all__ = ["Heard", "Step", "Transcript", "hang_up", "press", "say", "silence"]
