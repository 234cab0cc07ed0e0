"""A local Twilio-compatible server: build and test Twilio apps with no account.

``with Sandbox() as sb:`` starts one (in-memory, free port) and gives
``sb.client``; ``callbox sandbox`` runs one from the shell; the pytest plugin
offers the ``callbox_sandbox`` fixture. See docs/sandbox.md.

Layout, and why (the shape follows moto: URL table, thin HTTP layer,
stateful backends, errors that carry their Twilio code), from the bottom up:
each module imports only modules above it and ``errors``. tests/test_layering.py
fails on an import cycle, or on an import of a private ``callbox.rest`` module
beyond its allowlist; ``lint-imports`` (``make lint``) checks the same contracts
between all the parts.

* ``_store``    — SQLite, one table for all records; every acknowledged write is
  committed before the answer leaves (WAL: survives ``kill -9``).
* ``_events``   — the event log (``/_sandbox/events``, ``wait_for_event``).
* ``_state``    — :class:`SandboxState`: the store, the event log, settings and
  background tasks of one running sandbox.
* ``_routes``   — the URL table, compiled once from the shipped API description
  (:mod:`callbox.description`) into a segment trie: every described path
  answers, routing stays O(depth).
* ``_records``  — records as the description shapes them: SIDs, dates, links,
  keys and owners, with no HTTP and no hooks.
* ``_access``   — who may reach what: an account, its subaccounts, API keys.
* ``_hooks``    — the contract for behaviours (``@hook(qname, op)``, ``Ctx``),
  which make single operations act like Twilio (``behaviours/``).
* ``_params``   — request parameters checked against the description (types, enums,
  64-bit integers, JSON depth, http(s) URLs, JSON body members).
* ``_backend``  — the generic backend: create/fetch/list/update/delete for any
  resource, paging and filters, all from the description, so nothing the
  description says is written twice.
* ``_accounts`` — the main account, subaccounts, API keys and authentication.
* ``_http``     — the thin HTTP layer: bounded body, content type, form/JSON
  parsing, auth, rendering; refusals are Twilio JSON errors, never 5xx.
* ``_delivery`` — signed webhooks to apps (status callbacks, incoming messages).
* ``behaviours/`` — the hooks for numbers, messages, outside phones and calls.
* ``_control``  — ``/_sandbox/...``: reset, seed numbers, events, outside phones.
* ``_guard``    — refuses DNS-rebound and cross-site requests before any route.
* ``console/``  — the browser console at ``/`` (routes, the API catalog, static files).
* ``_app``      — the Starlette application that puts the API and control together.
* ``_server``   — uvicorn with the sandbox's guards: the read deadline, Twilio-JSON
  refusals from the HTTP parser, the optional ``fast`` parser and loop.
* ``_runner``   — the :class:`Sandbox` class and :class:`Phone`.
* ``server``    — public: the app factory and uvicorn runner ``callbox sandbox`` uses.
* ``_mock``     — :func:`mock`: the sandbox in this process, every client bound to it
  with no socket and no thread per REST call.

Importing ``callbox`` never imports this package (nor Starlette/uvicorn);
importing this package does not import Starlette either until a server starts.
"""

from __future__ import annotations

from ._mock import InProcessSandbox, mock
from ._phone import CallHandle, Phone
from ._runner import Sandbox
from .errors import SandboxError, SandboxStartError
from .voice import Heard, Step, Transcript, hang_up, press, say, silence

__all__ = [
    "CallHandle",
    "Heard",
    "InProcessSandbox",
    "Phone",
    "Sandbox",
    "SandboxError",
    "SandboxStartError",
    "Step",
    "Transcript",
    "hang_up",
    "mock",
    "press",
    "say",
    "silence",
]
