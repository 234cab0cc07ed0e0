"""The URLs an app hands to Twilio: its fixed routes and signed continuation URLs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._handlers import Registry
from ._tokens import Signer

__all__ = ["STEP", "Links", "Target"]

#: The route continuation URLs point at (``{prefix}step?t=TOKEN``).
STEP = "step"

#: A handler, given as the function or its registered name.
Target = Callable[..., Any] | str


class Links:
    """Builds URLs under ``base`` + ``prefix`` (``https://app.example.com`` + ``/twilio/``);
    ``overrides`` is Twilio's connection-override fragment added to each (``rc=2&...``)."""

    __slots__ = ("_fragment", "base", "prefix", "registry", "signer")

    def __init__(
        self, signer: Signer, registry: Registry, base: str, prefix: str, overrides: str = ""
    ) -> None:
        self.signer = signer
        self.registry = registry
        self.base = base.rstrip("/")
        self.prefix = prefix
        self._fragment = f"#{overrides}" if overrides else ""

    def route(self, name: str) -> str:
        """A fixed route (``voice``, ``sms``, ``status``)."""
        return f"{self.base}{self.prefix}{name}{self._fragment}"

    def step(self, target: Target, scope: str, kind: str = "c") -> str:
        """A continuation URL that runs ``target`` for ``scope`` (a call SID or pending id)."""
        token = self.signer.sign(kind, self.registry.name_of(target), scope)
        return f"{self.base}{self.prefix}{STEP}?t={token}{self._fragment}"
