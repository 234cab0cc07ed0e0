"""JSON actions: place a call or send a message from one JSON object, for low-code tools.

The three actions of the Twilio "block" low-code tools use, with its field names
and its answers::

    from callbox.actions import run

    run("sendMessage", {"accountSid": "AC...", "accountToken": "...",
                        "from": "+15005550006", "to": "+14155550100", "body": "Hi"})
    # {"callback": "success", "contextWrites": {"to": {...the message record...}}}
    # {"callback": "error", "contextWrites": {"to": "[HTTP 400] Unable to create record: ..."}}

* ``makeCall`` (``POST …/Calls.json``), ``sendMessage`` and ``sendMediaMessage``
  (``POST …/Messages.json``); :data:`ACTIONS` lists each one's fields and types.
* Friendly errors, as the block gives them: ``Credentials are required to create a
  Client`` when ``accountSid`` or ``accountToken`` is missing, an unknown field, a
  value of the wrong type. Everything else is Twilio's own answer: the fields go
  to the API as the block sent them (not through the client's checks of enums and
  required parameters), so a missing ``from`` or a ``method`` of ``test`` comes back
  in Twilio's words and with its status, ``[HTTP 400] Unable to create record: ...``.
* The record in a success is the API's JSON, as Twilio returns it (snake_case).
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
