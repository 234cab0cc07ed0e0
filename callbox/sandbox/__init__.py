"""A local Twilio-compatible server: build and test Twilio apps with no account.

``with Sandbox() as sb:`` starts one (in-memory, free port) and gives
``sb.client``; ``callbox sandbox`` runs one from the shell; the pytest plugin
offers the ``callbox_sandbox`` fixture. See docs/sandbox.md.

Layout, and why (the shape follows moto: URL table, thin HTTP layer,
stateful backends, errors that carry their Twilio code):

* ``_routes``   — the URL table, compiled once from the shipped API description
  into a segment trie: every described path answers, routing stays O(depth).
* ``_http``     — the thin HTTP layer: bounded body, content type, form/JSON
  parsing, auth, rendering; refusals are Twilio JSON errors, never 5xx.
* ``_backend``  — the generic backend: create/fetch/list/update/delete for any
  resource, validation, records and paging, all from the description, so
  nothing the description says is written twice.
* ``_accounts`` — the main account, subaccounts, API keys, who may reach what.
* ``_store``    — SQLite, one table for all records; every acknowledged write is
  committed before the answer leaves (WAL: survives ``kill -9``).
* ``_hooks``    — the contract for behaviours (``@hook(qname, op)``, ``Ctx``),
  which make single operations act like Twilio (``behaviours/``).
* ``_control``  — ``/_sandbox/...``: reset, seed numbers, events, outside phones.
* ``_runner``   — the :class:`Sandbox` class and :class:`Phone`.

Importing ``callbox`` never imports this package (nor Starlette/uvicorn);
importing this package does not import Starlette either until a server starts.
"""

from __future__ import annotations

from ._runner import Phone, Sandbox
from .errors import SandboxError, SandboxStartError

__all__ = ["Phone", "Sandbox", "SandboxError", "SandboxStartError"]
