"""TaskRouter capability tokens for a worker, a task queue and a workspace."""

from __future__ import annotations

from . import TaskRouterCapabilityToken

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["TaskQueueCapabilityToken", "WorkerCapabilityToken", "WorkspaceCapabilityToken"]


class WorkerCapabilityToken(TaskRouterCapabilityToken):
    """For a worker's client: its channel, itself, activities, tasks and reservations.

    By default it may read activities, tasks and its reservations; pass
    ``allow_update_activities=True`` / ``allow_update_reservations=True`` to let it
    change its activity or accept/reject reservations.
    """

    CHANNEL_PREFIX = "WK"

    def __init__(
        self,
        account_sid: str,
        auth_token: str | bytes,
        workspace_sid: str,
        worker_sid: str,
        ttl: float = 3600,
        *,
        allow_fetch_activities: bool = True,
        allow_fetch_reservations: bool = True,
        allow_fetch_worker_reservations: bool = True,
        allow_update_activities: bool = False,
        allow_update_reservations: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(account_sid, auth_token, workspace_sid, worker_sid, ttl=ttl, **options)
        if allow_fetch_activities:
            self.allow_fetch_activities()
        if allow_fetch_reservations:
            self.allow_fetch_reservations()
        if allow_fetch_worker_reservations:
            self.allow_fetch_worker_reservations()
        if allow_update_activities:
            self.allow_update_activities()
        if allow_update_reservations:
            self.allow_update_reservations()

    @property
    def resource_url(self) -> str:
        return f"{self.workspace_url}/Workers/{self.channel_id}"

    def allow_fetch_activities(self) -> None:
        self.add_policy(self.workspace_url + "/Activities", "GET")

    def allow_fetch_reservations(self) -> None:
        self.add_policy(self.workspace_url + "/Tasks/**", "GET")

    def allow_fetch_worker_reservations(self) -> None:
        self.add_policy(self.resource_url + "/Reservations/**", "GET")

    def allow_update_activities(self) -> None:
        self.add_policy(self.resource_url, "POST", post_filter={"ActivitySid": {"required": True}})

    def allow_update_reservations(self) -> None:
        self.add_policy(self.workspace_url + "/Tasks/**", "POST")
        self.add_policy(self.resource_url + "/Reservations/**", "POST")

    def _extra_claims(self) -> dict[str, Any]:
        return {"worker_sid": self.channel_id}


class TaskQueueCapabilityToken(TaskRouterCapabilityToken):
    """For a dashboard watching one task queue."""

    CHANNEL_PREFIX = "WQ"

    def __init__(
        self,
        account_sid: str,
        auth_token: str | bytes,
        workspace_sid: str,
        task_queue_sid: str,
        ttl: float = 3600,
        **options: Any,
    ) -> None:
        super().__init__(account_sid, auth_token, workspace_sid, task_queue_sid, ttl=ttl, **options)

    @property
    def resource_url(self) -> str:
        return f"{self.workspace_url}/TaskQueues/{self.channel_id}"

    def _extra_claims(self) -> dict[str, Any]:
        return {"taskqueue_sid": self.channel_id}


class WorkspaceCapabilityToken(TaskRouterCapabilityToken):
    """For a dashboard over a whole workspace."""

    CHANNEL_PREFIX = "WS"

    def __init__(
        self,
        account_sid: str,
        auth_token: str | bytes,
        workspace_sid: str,
        ttl: float = 3600,
        **options: Any,
    ) -> None:
        super().__init__(account_sid, auth_token, workspace_sid, workspace_sid, ttl=ttl, **options)

    @property
    def resource_url(self) -> str:
        return self.workspace_url
