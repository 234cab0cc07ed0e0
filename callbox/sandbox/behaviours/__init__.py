"""Behaviours: what makes the sandbox act like Twilio for the resources apps really use.

The sandbox core answers every operation generically; the modules here register hooks
(:func:`callbox.sandbox._hooks.hook`) that give numbers, messages and calls Twilio's rules,
status progressions and webhooks.  Importing this package registers them all.  Calls,
conferences, queues and recordings have a package of their own, :mod:`callbox.sandbox.voice`.

* :mod:`.numbers` — AvailablePhoneNumbers search, buying and releasing numbers, Messaging
  Service senders, Applications.
* :mod:`.messages` — sending messages: checks, segments, prices, status progression and
  signed status callbacks.
* :mod:`.phones` — outside phones: incoming messages, the number's webhook, TwiML replies,
  STOP/START/HELP, inboxes, switching a phone off.

Imports go one way: :mod:`.phones` uses :mod:`.messages` to send replies, and a message
sent to a sandbox number reaches :func:`.phones.receive` through
:func:`.messages.receiver`.
"""

from __future__ import annotations

from . import messages, numbers, phones
from .phones import inbox, send_from_phone, set_reachable

__all__ = ["inbox", "messages", "numbers", "phones", "send_from_phone", "set_reachable"]
