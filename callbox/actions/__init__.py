"""JSON actions: place a call or send a message from one JSON object, for low-code tools.

The three actions of the Twilio "block" low-code tools use, with its field names
and its answers::

    from callbox.actions import run

    run("sendMessage", {"accountSid": "AC...", "accountToken": "...",
                        "from": "+15005550006", "to": "+14155550100", "body": "Hi"})
    # {"callback": "success", "contextWrites": {"to": {...the message record...}}}
    # {"callback": "error", "contextWrites": {"to": "[HTTP 400] Unable to create record: ..."}}

* ``makeCall`` (``calls.create``), ``sendMessage`` and ``sendMediaMessage``
  (``messages.create``); :data:`ACTIONS` lists each one's fields and types.
* Friendly errors, as the block gives them: ``Credentials are required to create a
  Client`` when ``accountSid`` or ``accountToken`` is missing, an unknown field,
  a value of the wrong type; everything else is Twilio's own answer, the
  request having been sent (a missing ``to`` or ``from`` included, so the
  message and code are Twilio's).
* The same from the shell (``callbox action sendMessage '{...}'``) and over HTTP
  (``callbox actions serve``, :func:`callbox.actions.service.create_app`).

Importing this package loads neither Starlette nor the REST client; the
service module loads Starlette.
"""

from __future__ import annotations

from ._fields import ACTIONS, CREDENTIALS, Field
from ._run import NO_CREDENTIALS, run, run_json

__all__ = ["ACTIONS", "CREDENTIALS", "NO_CREDENTIALS", "Field", "describe", "run", "run_json"]


def describe() -> dict[str, dict[str, object]]:
    """Each action's fields with their types (what ``GET /`` of the service answers)."""
    found: dict[str, dict[str, object]] = {}
    for name, (_, fields) in ACTIONS.items():
        spec: dict[str, object] = {
            c: {"type": "credentials", "required": True} for c in CREDENTIALS
        }
        spec.update({f.name: f.describe() for f in fields})
        found[name] = spec
    return found
