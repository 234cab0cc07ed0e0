"""The sandbox in a server you run yourself: the pieces ``callbox sandbox`` is built from.

:func:`create_app` gives the ASGI application (mount it, or hand it to any ASGI server);
:func:`listen`, :func:`make_server` and :func:`tune_process` run it under uvicorn with the
sandbox's guards, as the command does. Importing this module imports Starlette (uvicorn
loads when a server is made).
"""

from __future__ import annotations

from ._app import create_app
from ._guard import allowed_host
from ._runner import console_url
from ._server import listen, make_server, tune_process

__all__ = ["allowed_host", "console_url", "create_app", "listen", "make_server", "tune_process"]
