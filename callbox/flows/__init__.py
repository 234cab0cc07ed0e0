"""Call flows: phone menus and SMS conversations written as Python handlers.

::

    from callbox.flows import App

    app = App(store="redis://127.0.0.1:6379/0")      # or "memory://", "sqlite:///flows.db"

    @app.incoming_call
    async def answer(call):
        with call.gather(menu, num_digits=1) as g:
            g.say("Press 1 for sales, 2 to leave a message.")
        call.say("We did not get that. Goodbye.")

    @app.handler
    async def menu(call, result):
        if result.digits == "1":
            call.dial("+14155550199")
        else:
            call.record(on_recording=saved, max_length=60)

``App`` is an ASGI application (uvicorn, or mounted in Starlette/FastAPI) and
``app.wsgi`` its WSGI twin (Flask, Django: ``app.django_view``).  docs/flows.md explains
the model; in short:

* a handler answers one webhook: it builds TwiML on the ``call`` (the verbs of
  :class:`callbox.twiml.VoiceResponse`), may await anything first, and names the handlers
  that continue the call (``gather(menu)``, ``record(on_recording=...)``,
  ``dial(on_end=...)``);
* continuations are handler *names* in URLs signed with HMAC (the handler, the call, an
  expiry, a nonce): a caller cannot reach another handler or another call's state;
* ``call.state`` / ``msg.state`` persist in the store between requests; any instance can
  take any request, and a duplicate delivery (Twilio's ``I-Twilio-Idempotency-Token``)
  runs its handler once and gets the same TwiML;
* a handler that raises is logged and the caller hears a polite error.

Modules, from the bottom up: ``_errors``, ``_tokens`` (signed continuation tokens),
``_stores/`` (memory, SQLite, Redis), ``_results``, ``_state``, ``_handlers`` (the
registry), ``_links`` (URLs), ``_call`` and ``_message`` (what handlers work on),
``_core`` (the dispatcher every front end shares), ``_asgi`` and ``_wsgi`` (front ends),
``_control`` (REST: live calls, registration), ``_app`` (:class:`App`), ``_run``.
Importing ``callbox`` never imports this package; this package imports no web framework
and loads redis-py only when a Redis store opens.
"""

from __future__ import annotations

from ._app import App
from ._call import Call
from ._control import LiveCall
from ._core import Reply, Settings
from ._errors import FlowError
from ._message import Message
from ._results import Result
from ._run import load, run
from ._state import State
from ._stores import Begin, MemoryStore, RedisStore, SQLiteStore, Store, open_store
from ._tokens import Signer, Ticket, TokenError

__all__ = [
    "App",
    "Begin",
    "Call",
    "FlowError",
    "LiveCall",
    "MemoryStore",
    "Message",
    "RedisStore",
    "Reply",
    "Result",
    "SQLiteStore",
    "Settings",
    "Signer",
    "State",
    "Store",
    "Ticket",
    "TokenError",
    "load",
    "open_store",
    "run",
]
