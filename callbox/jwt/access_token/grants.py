"""Access token grants: what a client SDK may do, one grant per Twilio product.

Each grant is stored under its ``key`` in the token's ``grants`` claim, with
the claim names Twilio documents (``incoming.allow``, ``outgoing.application_sid``,
``room``, ``service_sid`` ...). Unset options are left out.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "AccessTokenGrant",
    "ChatGrant",
    "PlaybackGrant",
    "SyncGrant",
    "TaskRouterGrant",
    "VideoGrant",
    "VoiceGrant",
]


def _present(**values: Any) -> dict[str, Any]:
    return {name: value for name, value in values.items() if value}


class AccessTokenGrant:
    """Base class of grants: a ``key`` in ``grants`` and the claims under it."""

    @property
    def key(self) -> str:
        raise NotImplementedError

    def to_payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.to_payload()!r}>"


class VoiceGrant(AccessTokenGrant):
    """Programmable Voice: receive calls, place calls through a TwiML App, push."""

    def __init__(
        self,
        incoming_allow: bool | None = None,
        outgoing_application_sid: str | None = None,
        outgoing_application_params: dict[str, Any] | None = None,
        push_credential_sid: str | None = None,
        endpoint_id: str | None = None,
    ) -> None:
        self.incoming_allow = incoming_allow
        self.outgoing_application_sid = outgoing_application_sid
        self.outgoing_application_params = outgoing_application_params
        self.push_credential_sid = push_credential_sid
        self.endpoint_id = endpoint_id

    @property
    def key(self) -> str:
        return "voice"

    def to_payload(self) -> dict[str, Any]:
        grant: dict[str, Any] = {}
        if self.incoming_allow is True:
            grant["incoming"] = {"allow": True}
        if self.outgoing_application_sid:
            outgoing: dict[str, Any] = {"application_sid": self.outgoing_application_sid}
            if self.outgoing_application_params:
                outgoing["params"] = dict(self.outgoing_application_params)
            grant["outgoing"] = outgoing
        grant.update(_present(push_credential_sid=self.push_credential_sid))
        grant.update(_present(endpoint_id=self.endpoint_id))
        return grant


class VideoGrant(AccessTokenGrant):
    """Programmable Video: join a room (any room when ``room`` is not set)."""

    def __init__(self, room: str | None = None) -> None:
        self.room = room

    @property
    def key(self) -> str:
        return "video"

    def to_payload(self) -> dict[str, Any]:
        return _present(room=self.room)


class ChatGrant(AccessTokenGrant):
    """Conversations / Chat: a service, the endpoint, a role and push credentials."""

    def __init__(
        self,
        service_sid: str | None = None,
        endpoint_id: str | None = None,
        deployment_role_sid: str | None = None,
        push_credential_sid: str | None = None,
    ) -> None:
        self.service_sid = service_sid
        self.endpoint_id = endpoint_id
        self.deployment_role_sid = deployment_role_sid
        self.push_credential_sid = push_credential_sid

    @property
    def key(self) -> str:
        return "chat"

    def to_payload(self) -> dict[str, Any]:
        return _present(
            service_sid=self.service_sid,
            endpoint_id=self.endpoint_id,
            deployment_role_sid=self.deployment_role_sid,
            push_credential_sid=self.push_credential_sid,
        )


class SyncGrant(AccessTokenGrant):
    """Sync: a service and the endpoint (stored under ``data_sync``)."""

    def __init__(self, service_sid: str | None = None, endpoint_id: str | None = None) -> None:
        self.service_sid = service_sid
        self.endpoint_id = endpoint_id

    @property
    def key(self) -> str:
        return "data_sync"

    def to_payload(self) -> dict[str, Any]:
        return _present(service_sid=self.service_sid, endpoint_id=self.endpoint_id)


class TaskRouterGrant(AccessTokenGrant):
    """TaskRouter: a workspace, a worker and a role (stored under ``task_router``)."""

    def __init__(
        self,
        workspace_sid: str | None = None,
        worker_sid: str | None = None,
        role: str | None = None,
    ) -> None:
        self.workspace_sid = workspace_sid
        self.worker_sid = worker_sid
        self.role = role

    @property
    def key(self) -> str:
        return "task_router"

    def to_payload(self) -> dict[str, Any]:
        return _present(
            workspace_sid=self.workspace_sid, worker_sid=self.worker_sid, role=self.role
        )


class PlaybackGrant(AccessTokenGrant):
    """Live: the playback grant returned by the PlayerStreamer API, stored under ``player``."""

    def __init__(self, grant: dict[str, Any] | None = None) -> None:
        self.grant = grant

    @property
    def key(self) -> str:
        return "player"

    def to_payload(self) -> dict[str, Any]:
        return dict(self.grant or {})
