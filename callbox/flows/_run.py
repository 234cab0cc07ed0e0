"""Serve an app with uvicorn: what ``callbox flows run module:app`` calls."""

from __future__ import annotations

import importlib
import sys
from typing import Any

from ._errors import FlowError

__all__ = ["load", "run"]


def load(target: str | Any) -> Any:
    """The app ``target`` names (``"package.module:attribute"``, dots allowed after the
    colon), or ``target`` itself if it is not a string."""
    if not isinstance(target, str):
        return target
    module_name, sep, attribute = target.partition(":")
    if not sep or not module_name or not attribute:
        raise FlowError(f"name the app as module:attribute (myapp.flows:app), not {target!r}")
    if "" not in sys.path and "." not in sys.path:
        sys.path.insert(0, "")  # as `python -m` and uvicorn do: the current folder imports
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise FlowError(f"cannot import module {module_name!r}: {exc}") from exc
        raise
    found: Any = module
    for part in attribute.split("."):
        try:
            found = getattr(found, part)
        except AttributeError:
            raise FlowError(f"module {module_name!r} has no attribute {attribute!r}") from None
    if not callable(found):
        raise FlowError(f"{target} is not an ASGI application (got {type(found).__name__})")
    return found


def run(
    target: str | Any,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    log_level: str = "info",
    workers: int | None = None,
) -> None:
    """Serve the app with uvicorn until interrupted (``host`` defaults to 127.0.0.1: put a
    proxy or tunnel in front to reach Twilio).  ``workers`` > 1 needs a shared store
    (``sqlite://`` or ``redis://``) and ``target`` as a string."""
    import uvicorn

    app = load(target)
    if workers and workers > 1:
        from ._app import App

        if not isinstance(target, str):
            raise FlowError("run(workers=...) needs the app named as module:attribute")
        if isinstance(app, App) and not app.store.shared:
            raise FlowError(
                f"{workers} workers cannot share {app.store!r}: use a sqlite:// or redis:// store"
            )
        uvicorn.run(target, host=host, port=port, log_level=log_level, workers=workers)
        return
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
