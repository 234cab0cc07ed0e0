"""The REST side of voice: what Calls, Conferences, Participants, Queues, Members and
Recordings requests do beyond storing a record.  Importing this package registers the hooks.
"""

from __future__ import annotations

from . import calls, conferences, queues, recordings

__all__ = ["calls", "conferences", "queues", "recordings"]
