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
* :mod:`.accounts` — closing a subaccount releases its numbers.
* :mod:`.lookups` — Lookups v2: validation and formatting from the phonenumbers data,
  deterministic line type and caller name.
* :mod:`.verify` — Verify v2: codes sent by SMS or call to outside phones, checks, expiry,
  Twilio's limits and errors.
* :mod:`.conversations` — Conversations bridged to SMS: messages reach SMS participants'
  phones, their texts come back as conversation messages, webhooks fire.
* :mod:`.lifecycle` — messages in flight: one scheduler moves them to their final status
  in batched, durable steps, sends their status callbacks in order, and takes them up
  again after a restart.

Imports go one way: :mod:`.messages` (and whatever else sends a text) hands new messages
to :mod:`.lifecycle`; :mod:`.phones` uses :mod:`.messages` to send replies, and a message
sent to a sandbox number reaches :func:`.phones.receive` through
:func:`.lifecycle.receiver`.  :mod:`.conversations` uses both and claims the texts that
belong to a conversation through :func:`.phones.claimer`; :mod:`.verify` uses
:mod:`.lookups` and :mod:`.messages` (and, for calls, the voice engine, imported when a
call is placed: voice imports this package).
"""

from __future__ import annotations

from . import accounts, conversations, lifecycle, lookups, messages, numbers, phones, verify
from .phones import inbox, send_from_phone, set_reachable

__all__ = [
    "accounts",
    "conversations",
    "inbox",
    "lifecycle",
    "lookups",
    "messages",
    "numbers",
    "phones",
    "send_from_phone",
    "set_reachable",
    "verify",
]
