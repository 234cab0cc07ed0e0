"""Behaviours: what makes the sandbox act like Twilio for the resources apps really use.

The sandbox core answers every operation generically; the modules here register hooks
(:func:`callbox.sandbox._hooks.hook`) that give numbers, messages and calls Twilio's rules,
status progressions and webhooks.  Importing this package registers them all.
"""

from __future__ import annotations
