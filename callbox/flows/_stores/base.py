"""What a flow store keeps, and the contract every store meets.

A store holds three things, all keyed by strings:

* **state**: per call (its SID) or SMS conversation, a set of fields whose values are JSON
  text.  A handler's changes are applied field by field when it finishes, so two handlers
  of one call that run at once (a status callback during a Gather) only collide if they
  change the same field (then the last to finish wins).  State expires ``state_ttl``
  seconds after its last change.
* **claims and answers** for idempotency: a webhook delivery carries Twilio's
  ``I-Twilio-Idempotency-Token``; the first instance to :meth:`Store.begin` it holds a
  claim (a lease it renews while the handler runs), and :meth:`Store.commit` replaces the
  claim with the answer (kept ``answer_ttl`` seconds) and applies the state changes in the
  same atomic step.  A second delivery of the token gets ``done`` and the stored answer,
  or ``busy`` while the first is still running; a claim whose owner died expires with its
  lease, and the next delivery takes it over.
* **bindings** of an outbound call's pending id (made before Twilio gave the call a SID)
  to its SID, set once: the first call to present the pending id owns it.

Every method is a coroutine; a store may be used by many requests at once.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Begin", "Changes", "Store"]

#: Field changes to apply: JSON text to set, None to delete.
Changes = Mapping[str, "str | None"]


@dataclass(frozen=True)
class Begin:
    """The outcome of :meth:`Store.begin`.

    ``run``: this caller holds the claim (or there is no token) and ``state`` is the
    scope's state; ``done``: the token was answered, ``answer`` is what was answered;
    ``busy``: another live owner holds the claim.
    """

    status: Literal["run", "done", "busy"]
    answer: str | None = None
    state: dict[str, str] = field(default_factory=dict)


class Store(abc.ABC):
    """The interface of a flow store (see the module documentation)."""

    #: Safe for many processes (SQLite on one host, Redis anywhere).
    shared: bool = False

    async def open(self) -> None:  # noqa: B027 - optional hook
        """Connect (called before the first use; calling it again does nothing)."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    @abc.abstractmethod
    async def begin(self, token: str | None, owner: str, lease: float, scope: str | None) -> Begin:
        """Claim ``token`` for ``owner`` for ``lease`` seconds and read ``scope``'s state.

        With no token there is nothing to claim: ``run`` with the state.
        """

    @abc.abstractmethod
    async def renew(self, token: str, owner: str, lease: float) -> bool:
        """Extend ``owner``'s claim; False if it no longer holds it."""

    @abc.abstractmethod
    async def commit(
        self,
        token: str | None,
        owner: str,
        answer: str,
        answer_ttl: float,
        scope: str | None,
        changes: Changes,
        state_ttl: float,
    ) -> bool:
        """Store ``answer`` for ``token`` and apply ``changes`` to ``scope``, atomically,
        if ``owner`` still holds the claim and its lease has not lapsed (True); otherwise
        change nothing (False).  A lapsed claim is refused even if nobody took it over
        (Redis cannot tell it from none): the caller claims the token again first."""

    @abc.abstractmethod
    async def load(self, scope: str) -> dict[str, str]:
        """A scope's state (field -> JSON text); empty when there is none."""

    @abc.abstractmethod
    async def save(self, scope: str, changes: Changes, state_ttl: float) -> None:
        """Apply changes to a scope's state outside any webhook (live control, tests)."""

    @abc.abstractmethod
    async def drop(self, scope: str) -> None:
        """Forget a scope's state."""

    @abc.abstractmethod
    async def bind(self, pending: str, sid: str, state_ttl: float) -> str:
        """Bind ``pending`` to ``sid`` unless it is bound already; the SID it is bound to.

        On the first binding the pending scope's state is copied to ``sid``'s.
        """
