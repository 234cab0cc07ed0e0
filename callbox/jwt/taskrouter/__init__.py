"""TaskRouter capability tokens: which TaskRouter REST and event URLs a client may use.

An HS256 JWT signed with the auth token, ``iss`` the account SID, carrying
``account_sid``, ``workspace_sid``, ``channel`` (and ``friendly_name``, the
same), ``version: v1`` and ``policies``: a list of ``{url, method, allow,
query_filter, post_filter}``. URLs end in ``/**`` to cover sub-resources.
The per-role tokens are in :mod:`callbox.jwt.taskrouter.capabilities`.
"""

from __future__ import annotations

from .._base import GENERATE, Jwt, _Generate
from .._errors import TokenError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

__all__ = ["TaskRouterCapabilityToken"]


class TaskRouterCapabilityToken(Jwt):
    """Base for worker, task queue and workspace tokens (use those instead)."""

    VERSION = "v1"
    DOMAIN = "https://taskrouter.twilio.com"
    EVENTS_BASE_URL = "https://event-bridge.twilio.com/v1/wschannels"
    ALGORITHM = "HS256"
    CHANNEL_PREFIX = ""

    def __init__(
        self,
        account_sid: str,
        auth_token: str | bytes,
        workspace_sid: str,
        channel_id: str,
        *,
        ttl: float = 3600,
        nbf: int | float | datetime | _Generate | None = GENERATE,
        valid_until: int | float | datetime | None = None,
        allow_web_sockets: bool = True,
        allow_fetch_self: bool = True,
        allow_update_self: bool = False,
        allow_delete_self: bool = False,
        allow_fetch_subresources: bool = False,
        allow_update_subresources: bool = False,
        allow_delete_subresources: bool = False,
    ) -> None:
        super().__init__(
            secret_key=auth_token,
            issuer=account_sid,
            algorithm=self.ALGORITHM,
            nbf=nbf,
            ttl=ttl,
            valid_until=valid_until,
        )
        self._check("account", account_sid, "AC")
        self._check("workspace", workspace_sid, "WS")
        if not self.channel_prefix:
            raise TokenError(
                "use WorkerCapabilityToken, TaskQueueCapabilityToken or WorkspaceCapabilityToken"
            )
        self._check("channel", channel_id, self.channel_prefix)
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.workspace_sid = workspace_sid
        self.channel_id = channel_id
        self.policies: list[dict[str, Any]] = []
        if allow_web_sockets:
            self.allow_web_sockets()
        if allow_fetch_self:
            self.allow_fetch_self()
        if allow_update_self:
            self.allow_update_self()
        if allow_delete_self:
            self.allow_delete_self()
        if allow_fetch_subresources:
            self.allow_fetch_subresources()
        if allow_delete_subresources:
            self.allow_delete_subresources()
        if allow_update_subresources:
            self.allow_update_subresources()

    @staticmethod
    def _check(what: str, sid: str, prefix: str) -> None:
        if not sid or not sid.startswith(prefix):
            raise TokenError(f"invalid {what} SID {sid!r}: it should start with {prefix}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.channel_id} policies={len(self.policies)}>"

    @property
    def channel_prefix(self) -> str:
        """The SID prefix of this token's channel (``WK``, ``WQ``, ``WS``)."""
        return self.CHANNEL_PREFIX

    @property
    def workspace_url(self) -> str:
        """The workspace's REST URL."""
        return f"{self.DOMAIN}/{self.VERSION}/Workspaces/{self.workspace_sid}"

    @property
    def resource_url(self) -> str:
        """The REST URL of the resource this token is for."""
        raise NotImplementedError

    def add_policy(
        self,
        url: str,
        method: str,
        allow: bool = True,
        query_filter: dict[str, Any] | None = None,
        post_filter: dict[str, Any] | None = None,
    ) -> None:
        """Allow (or deny) ``method`` on ``url``, optionally only with some parameters."""
        self.policies.append(
            {
                "url": url,
                "method": method,
                "allow": allow,
                "query_filter": query_filter or {},
                "post_filter": post_filter or {},
            }
        )

    def _make_policy(
        self,
        url: str,
        method: str,
        allowed: bool,
        query_filter: dict[str, Any] | None = None,
        post_filter: dict[str, Any] | None = None,
    ) -> None:
        """The official package's name for :meth:`add_policy` (subclasses call it)."""
        self.add_policy(url, method.upper(), allowed, query_filter, post_filter)

    def allow_web_sockets(self, channel_id: str | None = None) -> None:
        """Let the client connect to its event channel (GET and POST)."""
        url = f"{self.EVENTS_BASE_URL}/{self.account_sid}/{channel_id or self.channel_id}"
        self.add_policy(url, "GET")
        self.add_policy(url, "POST")

    def allow_fetch_self(self) -> None:
        self.add_policy(self.resource_url, "GET")

    def allow_update_self(self) -> None:
        self.add_policy(self.resource_url, "POST")

    def allow_delete_self(self) -> None:
        self.add_policy(self.resource_url, "DELETE")

    def allow_fetch_subresources(self) -> None:
        self.add_policy(self.resource_url + "/**", "GET")

    def allow_update_subresources(self) -> None:
        self.add_policy(self.resource_url + "/**", "POST")

    def allow_delete_subresources(self) -> None:
        self.add_policy(self.resource_url + "/**", "DELETE")

    def _extra_claims(self) -> dict[str, Any]:
        return {}

    def _generate_payload(self, now: int | None = None) -> dict[str, Any]:
        return {
            "account_sid": self.account_sid,
            "workspace_sid": self.workspace_sid,
            "channel": self.channel_id,
            "version": self.VERSION,
            "friendly_name": self.channel_id,
            "policies": [dict(policy) for policy in self.policies],
            **self._extra_claims(),
        }
