"""Conversations bridged to SMS: participants' phones get the messages and answer in them.

* **Defaults**: each account gets, on first use, a default Conversation Service ("Default
  Conversations Service") and a Messaging Service ("Default Conversations Messaging
  Service"), named in ``GET /v1/Configuration``.  A conversation is ``active`` unless
  ``State`` says otherwise, belongs to the default service (or the one in its path) and
  sends through the default Messaging Service (or its ``MessagingServiceSid``).  A
  ``UniqueName`` is unique per account (50353) and stands for the SID in paths.
* **Participants**: a chat participant has an ``Identity`` (unique in the conversation:
  50433); an SMS participant has ``MessagingBinding.Address`` (their phone, E.164: else
  50407) and ``MessagingBinding.ProxyAddress`` (a number of the account: else 50408), shown
  as ``messaging_binding`` ``{"type": "sms", "address", "proxy_address"}``.  An
  address/proxy pair may be in one open conversation only (50416).
* **Messages** get ``index`` 0, 1, 2... per conversation, ``author`` (default ``system``)
  and the author's ``participant_sid``.  Each message reaches every SMS participant but its
  author as a text from their proxy address (through the conversation's Messaging Service);
  a text from a participant's phone to their proxy address becomes a message of that
  conversation (``author`` the phone number), which reaches the other SMS participants.
  Such texts are still Messages of the account, as on Twilio, but the number's SMS webhook
  does not run for them.  Deleting a conversation deletes its participants and messages.
* **Webhooks**: ``onConversationAdded``, ``onParticipantAdded`` and ``onMessageAdded`` go to
  the conversation's scoped webhooks (``Conversations/{sid}/Webhooks``, target ``webhook``,
  with ``Configuration.Filters``), its service's (``Services/{sid}/Configuration/Webhooks``)
  and, for the default service, the account's (``Configuration/Webhooks``): the
  ``PostWebhookUrl`` when its ``Filters`` name the event.  Form-encoded (or a query string
  with ``Method=GET``) with Twilio's parameters, signed with the account's auth token.  As
  on Twilio, actions through the REST API fire them only with the ``X-Twilio-Webhook-
  Enabled: true`` header; texts from phones always do.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from .._hooks import Ctx, HookResult, alias, hook
from .._records import parent_of, resource_by_name
from ..errors import SandboxError
from . import _e164
from ._common import (
    INCOMING,
    MESSAGES,
    SERVICES,
    auth_token_of,
    context_for,
    iso8601,
    log_failed_callback,
    log_problem,
    sender_for,
)
from .lifecycle import launch, mark_in_flight
from .messages import media_content_type, new_outbound
from .phones import claimer

if TYPE_CHECKING:
    from .._state import SandboxState
    from .._store import Store

__all__ = ["CONVERSATIONS", "default_services"]

CONFIGURATION: Final = "conversations.v1.configuration"
CONFIGURATION_WEBHOOKS: Final = "conversations.v1.configuration.webhooks"
CHAT_SERVICES: Final = "conversations.v1.services"
SERVICE_WEBHOOKS: Final = "conversations.v1.services.configuration.webhooks"
CONVERSATIONS: Final = "conversations.v1.conversations"
_SCOPED: Final = "conversations.v1.services.conversations"
#: The conversation resources: the default service's paths and the service-scoped ones.
_CONVERSATION_KINDS: Final = (CONVERSATIONS, _SCOPED)

_OPEN: Final = frozenset({"active", "inactive", "initializing"})


def _kind(qname: str) -> str:
    """The conversation resource a participant/message/webhook resource hangs under."""
    return _SCOPED if qname.startswith(_SCOPED) else CONVERSATIONS


def _part(kind: str) -> str:
    return f"{kind}.participants"


def _msg(kind: str) -> str:
    return f"{kind}.messages"


def _hooks_of(kind: str) -> str:
    return f"{kind}.webhooks"


def _gone(what: str) -> SandboxError:
    return SandboxError(404, 20404, f"The requested resource {what} was not found")


# ---------------------------------------------------------------- defaults


def default_services(sandbox: SandboxState, account_sid: str) -> tuple[str, str]:
    """The account's default Conversation Service and Messaging Service (made on first use)."""
    ctx = context_for(sandbox, account_sid)
    parent = parent_of(resource_by_name(CONFIGURATION), account_sid, {})
    config = sandbox.store.get(CONFIGURATION, "_", parent)
    if config is None:
        config = ctx.new_record(CONFIGURATION, path={})
    chat, messaging = (
        config.get("default_chat_service_sid"),
        config.get("default_messaging_service_sid"),
    )
    if chat and messaging:
        return str(chat), str(messaging)
    if not chat:
        service = ctx.new_record(
            CHAT_SERVICES, path={}, friendly_name="Default Conversations Service"
        )
        sandbox.store.put(CHAT_SERVICES, service)
        chat = config["default_chat_service_sid"] = service["sid"]
    if not messaging:
        service = ctx.new_record(
            SERVICES, path={}, friendly_name="Default Conversations Messaging Service"
        )
        sandbox.store.put(SERVICES, service)
        messaging = config["default_messaging_service_sid"] = service["sid"]
    config["default_inactive_timer"] = config.get("default_inactive_timer")
    config["default_closed_timer"] = config.get("default_closed_timer")
    sandbox.store.put(CONFIGURATION, config)
    return str(chat), str(messaging)


@hook(CONFIGURATION, "fetch")
def configuration(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """The configuration names the default services (made now if they are not yet)."""
    assert record is not None
    chat, messaging = default_services(ctx.sandbox, ctx.scope)
    record["default_chat_service_sid"] = record.get("default_chat_service_sid") or chat
    record["default_messaging_service_sid"] = (
        record.get("default_messaging_service_sid") or messaging
    )
    return record


# ---------------------------------------------------------------- conversations


def _by_unique_name(ctx: Ctx, value: str) -> str | None:
    if value.startswith("CH") and len(value) == 34:
        return None
    for kind in _CONVERSATION_KINDS:
        for record in ctx.store.find(kind, unique_name=value):
            if record.get("_scope") == ctx.scope:
                return str(record["sid"])
    return None


for _kind_name in _CONVERSATION_KINDS:
    alias(_kind_name)(_by_unique_name)
    for _child in (_part(_kind_name), _msg(_kind_name), _hooks_of(_kind_name)):
        alias(_child, path="ConversationSid")(_by_unique_name)


def _webhooks_enabled(params: dict[str, Any]) -> bool:
    return str(params.get("X-Twilio-Webhook-Enabled") or "").strip().lower() == "true"


def new_conversation(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Defaults, a unique ``UniqueName``, and ``onConversationAdded``."""
    assert record is not None
    chat, messaging = default_services(ctx.sandbox, ctx.scope)
    service_sid = ctx.path.get("ChatServiceSid")
    if service_sid:
        service = ctx.store.get(CHAT_SERVICES, service_sid)
        if service is None or service.get("_scope") != ctx.scope:
            raise _gone(f"/v1/Services/{service_sid}")
    unique = params.get("UniqueName")
    if unique and _by_unique_name(ctx, str(unique)):
        raise SandboxError(
            409, 50353, f"Conversation with provided unique name already exists: {unique}"
        )
    record["chat_service_sid"] = service_sid or chat
    record["messaging_service_sid"] = params.get("MessagingServiceSid") or messaging
    record["state"] = params.get("State") or "active"
    record["attributes"] = params.get("Attributes") or "{}"
    record["timers"] = {}
    record["_next_index"] = 0
    ctx.events.emit("conversation.added", sid=record["sid"], account_sid=ctx.scope)
    if _webhooks_enabled(params):
        pairs = _conversation_params("onConversationAdded", record, "API")
        _fire_later(ctx, record, "onConversationAdded", pairs)
    return record


def forget_conversation(
    ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None
) -> HookResult:
    """Deleting a conversation deletes its participants, messages and webhooks."""
    assert record is not None
    kind = CONVERSATIONS if ctx.resource is None else ctx.resource.qualified_name
    for child in (_part(kind), _msg(kind), _hooks_of(kind)):
        for item in ctx.store.find(child, conversation_sid=record["sid"]):
            if item.get("_scope") == ctx.scope:
                ctx.store.delete(child, str(item["_key"]), item.get("_parent"))
    return None


for _kind_name in _CONVERSATION_KINDS:
    hook(_kind_name, "create")(new_conversation)
    hook(_kind_name, "delete")(forget_conversation)


def _conversation_of(ctx: Ctx, kind: str) -> dict[str, Any]:
    """The conversation in the path (404 if it is not the acting account's)."""
    sid = str(ctx.path.get("ConversationSid") or "")
    found = ctx.store.get(kind, sid)
    service = ctx.path.get("ChatServiceSid")
    if (
        found is None
        or found.get("_scope") != ctx.scope
        or (service and found.get("chat_service_sid") != service)
    ):
        raise _gone(f"/v1/Conversations/{sid}")
    return found


# ---------------------------------------------------------------- participants


def _address(raw: object, code: int, name: str) -> tuple[str, str]:
    """A binding address as (channel type, address), or the error ``code``."""
    text = str(raw or "").strip()
    channel, bare = _e164.split_channel(text)
    number = _e164.normalize(bare)
    if number is None or ":" in number or channel not in (None, "sms", "whatsapp"):
        raise SandboxError(400, code, f"Invalid {name}: {text[:80]!r} is not an E.164 number")
    if channel == "whatsapp":
        return "whatsapp", f"whatsapp:{number}"
    return "sms", number


def _participants(store: Store, kind: str, conversation_sid: str) -> list[dict[str, Any]]:
    return list(store.find(_part(kind), conversation_sid=conversation_sid))


def new_participant(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """A chat participant (``Identity``) or an SMS one (``MessagingBinding.*``)."""
    assert record is not None
    kind = _kind(ctx.resource.qualified_name if ctx.resource else CONVERSATIONS)
    conversation = _conversation_of(ctx, kind)
    identity = params.get("Identity")
    address_raw = params.get("MessagingBinding.Address")
    existing = _participants(ctx.store, kind, str(conversation["sid"]))
    if address_raw:
        kind_name, address = _address(address_raw, 50407, "MessagingBinding.Address")
        proxy_raw = params.get("MessagingBinding.ProxyAddress")
        if not proxy_raw:
            raise SandboxError(
                400, 50408, "MessagingBinding.ProxyAddress is required for an SMS participant"
            )
        _, proxy = _address(proxy_raw, 50408, "MessagingBinding.ProxyAddress")
        bare_proxy = _e164.split_channel(proxy)[1]
        owned = [
            n
            for n in ctx.store.find(INCOMING, phone_number=bare_proxy)
            if n.get("account_sid") == ctx.scope
        ]
        if not owned:
            raise SandboxError(
                400,
                50408,
                f"Invalid MessagingBinding.ProxyAddress: {bare_proxy} is not a number of "
                "this account",
            )
        if _pair_in_use(ctx, address, proxy):
            raise SandboxError(
                409,
                50416,
                "The requested participant and proxy address pair is already in use "
                f"({address}, {proxy})",
            )
        record["messaging_binding"] = {
            "type": kind_name,
            "address": address,
            "proxy_address": proxy,
        }
        record["_address"], record["_proxy"] = address, proxy
    elif identity:
        if any(p.get("identity") == identity for p in existing):
            raise SandboxError(409, 50433, f"Participant already exists: {identity}")
        record["messaging_binding"] = None
    else:
        raise SandboxError(400, 20001, "Either Identity or MessagingBinding.Address is required")
    record["identity"] = identity
    record["attributes"] = params.get("Attributes") or "{}"
    ctx.events.emit(
        "conversation.participant",
        sid=record["sid"],
        conversation_sid=conversation["sid"],
        account_sid=ctx.scope,
    )
    if _webhooks_enabled(params):
        pairs = _participant_params(conversation, record, "API")
        _fire_later(ctx, conversation, "onParticipantAdded", pairs)
    return record


def _pair_in_use(ctx: Ctx, address: str, proxy: str) -> bool:
    for kind in _CONVERSATION_KINDS:
        for other in ctx.store.find(_part(kind), _address=address, _proxy=proxy):
            if other.get("_scope") != ctx.scope:
                continue
            conversation = ctx.store.get(kind, str(other.get("conversation_sid")))
            if conversation is not None and conversation.get("state") in _OPEN:
                return True
    return False


for _kind_name in _CONVERSATION_KINDS:
    hook(_part(_kind_name), "create")(new_participant)


# ---------------------------------------------------------------- messages


def _author_of(participants: list[dict[str, Any]], author: str) -> dict[str, Any] | None:
    for participant in participants:
        if participant.get("identity") == author or participant.get("_address") == author:
            return participant
    return None


def _next_index(store: Store, kind: str, conversation: dict[str, Any]) -> int:
    index = int(conversation.get("_next_index") or 0)
    conversation["_next_index"] = index + 1
    conversation["date_updated"] = iso8601()
    store.put(kind, conversation)
    return index


def new_message(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Index, author and participant; then the SMS participants' phones get it."""
    assert record is not None
    kind = _kind(ctx.resource.qualified_name if ctx.resource else CONVERSATIONS)
    conversation = _conversation_of(ctx, kind)
    if not params.get("Body") and not params.get("MediaSid") and not params.get("ContentSid"):
        raise SandboxError(400, 20001, "A message needs a Body, a MediaSid or a ContentSid")
    author = str(params.get("Author") or "system")
    participants = _participants(ctx.store, kind, str(conversation["sid"]))
    sender = _author_of(participants, author)
    record["author"] = author
    record["participant_sid"] = sender["sid"] if sender else None
    record["attributes"] = params.get("Attributes") or "{}"
    record["index"] = _next_index(ctx.store, kind, conversation)
    sandbox, account_sid = ctx.sandbox, ctx.scope
    shown = dict(record)
    fire = _webhooks_enabled(params)
    ctx.after_commit(
        lambda: _after_message(sandbox, account_sid, kind, conversation, shown, "API", fire)
    )
    return record


def list_messages(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Oldest first unless ``Order=desc``, as Twilio lists a conversation's messages.

    The core pages newest first; a conversation whose messages fit on one page is listed
    whole in the order asked (longer ones keep the core's order, see docs/sandbox.md).
    """
    kind = _kind(ctx.resource.qualified_name if ctx.resource else CONVERSATIONS)
    conversation = _conversation_of(ctx, kind)
    if params.get("PageToken") or params.get("Page"):
        return None
    rows = [
        m
        for m in ctx.store.find(_msg(kind), conversation_sid=conversation["sid"])
        if m.get("_scope") == ctx.scope
    ]
    if len(rows) > int(params.get("PageSize") or 50):
        return None
    rows.sort(key=lambda m: int(m.get("index") or 0), reverse=params.get("Order") == "desc")
    return {"records": rows}


for _kind_name in _CONVERSATION_KINDS:
    hook(_msg(_kind_name), "create")(new_message)
    hook(_msg(_kind_name), "list")(list_messages)


async def _after_message(
    sandbox: SandboxState,
    account_sid: str,
    kind: str,
    conversation: dict[str, Any],
    message: dict[str, Any],
    source: str,
    fire: bool,
) -> None:
    _fan_out(sandbox, account_sid, kind, conversation, message)
    sandbox.events.emit(
        "conversation.message",
        sid=message["sid"],
        conversation_sid=conversation["sid"],
        account_sid=account_sid,
        index=message.get("index"),
        author=message.get("author"),
        body=message.get("body"),
        source=source,
    )
    if fire:
        pairs = _message_params(conversation, message, source)
        await _fire(sandbox, account_sid, conversation, "onMessageAdded", pairs)


def _fan_out(
    sandbox: SandboxState,
    account_sid: str,
    kind: str,
    conversation: dict[str, Any],
    message: dict[str, Any],
) -> None:
    """Text the message to every SMS participant but its author, from their proxy."""
    body = str(message.get("body") or "")
    if not body:
        return
    ctx = context_for(sandbox, account_sid)
    for participant in _participants(sandbox.store, kind, str(conversation["sid"])):
        address, proxy = participant.get("_address"), participant.get("_proxy")
        if not address or not proxy or participant["sid"] == message.get("participant_sid"):
            continue
        text = ctx.new_record(MESSAGES, path={"AccountSid": account_sid})
        try:
            new_outbound(
                ctx,
                text,
                to_raw=str(address),
                from_raw=str(proxy),
                service_sid=str(conversation.get("messaging_service_sid") or "") or None,
                body=body,
                media=[],
            )
        except SandboxError as exc:
            log_problem(
                sandbox,
                account_sid,
                exc.code,
                f"Conversation message {message['sid']} not delivered to {address}: {exc.message}",
                resource_sid=str(message["sid"]),
            )
            continue
        text["_conversation_message_sid"] = message["sid"]
        sandbox.store.put(MESSAGES, mark_in_flight(text))
        launch(sandbox, text)


@claimer
async def from_phone(sandbox: SandboxState, record: dict[str, Any], number: dict[str, Any]) -> bool:
    """A text from an SMS participant to their proxy address joins their conversation."""
    account_sid = str(number.get("account_sid") or "")
    sender, proxy = str(record.get("from") or ""), str(record.get("to") or "")
    for kind in _CONVERSATION_KINDS:
        for participant in sandbox.store.find(_part(kind), _address=sender, _proxy=proxy):
            if participant.get("_scope") != account_sid:
                continue
            conversation = sandbox.store.get(kind, str(participant.get("conversation_sid")))
            if conversation is None or conversation.get("state") not in _OPEN:
                continue
            if conversation.get("state") != "active":
                conversation["state"] = "active"
            message = _store_incoming(sandbox, account_sid, kind, conversation, participant, record)
            await _after_message(sandbox, account_sid, kind, conversation, message, "SMS", True)
            return True
    return False


def _store_incoming(
    sandbox: SandboxState,
    account_sid: str,
    kind: str,
    conversation: dict[str, Any],
    participant: dict[str, Any],
    text: dict[str, Any],
) -> dict[str, Any]:
    ctx = context_for(sandbox, account_sid)
    path = {"ConversationSid": str(conversation["sid"])}
    if kind == _SCOPED:
        path["ChatServiceSid"] = str(conversation.get("chat_service_sid"))
    message = ctx.new_record(_msg(kind), path=path)
    media = [
        {
            "sid": "ME" + str(text["sid"])[2:],
            "content_type": media_content_type(str(url)),
            "filename": str(url).rsplit("/", 1)[-1],
            "size": 0,
        }
        for url in text.get("_media_urls") or []
    ]
    message.update(
        {
            "author": text.get("from"),
            "body": text.get("body"),
            "participant_sid": participant["sid"],
            "attributes": "{}",
            "media": media or None,
            "index": _next_index(sandbox.store, kind, conversation),
            "_sms_sid": text["sid"],
        }
    )
    sandbox.store.put(_msg(kind), message)
    return message


# ---------------------------------------------------------------- conversation webhooks


def new_webhook(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """A conversation-scoped webhook keeps its ``Configuration.*`` as ``configuration``."""
    assert record is not None
    kind = _kind(ctx.resource.qualified_name if ctx.resource else CONVERSATIONS)
    _conversation_of(ctx, kind)
    target = str(params.get("Target") or "")
    url = params.get("Configuration.Url")
    if target == "webhook" and not url:
        raise SandboxError(400, 20001, "Configuration.Url is required for target webhook")
    if url and not str(url).lower().startswith(("http://", "https://")):
        raise SandboxError(400, 20001, f"Configuration.Url is not an http(s) URL: {url}")
    record["configuration"] = _configuration({}, params)
    return record


def change_webhook(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    assert record is not None
    current = record.get("configuration") if isinstance(record.get("configuration"), dict) else {}
    record["configuration"] = _configuration(current or {}, params)
    return record


def _configuration(current: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    merged = dict(current)
    for name, key in (
        ("Configuration.Url", "url"),
        ("Configuration.Method", "method"),
        ("Configuration.Filters", "filters"),
        ("Configuration.Triggers", "triggers"),
        ("Configuration.FlowSid", "flow_sid"),
        ("Configuration.ReplayAfter", "replay_after"),
    ):
        if name in params:
            merged[key] = params[name]
    merged["method"] = str(merged.get("method") or "POST").upper()
    for key in ("filters", "triggers"):
        value = merged.get(key)
        merged[key] = [value] if isinstance(value, str) else list(value or [])
    return merged


for _kind_name in _CONVERSATION_KINDS:
    hook(_hooks_of(_kind_name), "create")(new_webhook)
    hook(_hooks_of(_kind_name), "update")(change_webhook)


def _filters(value: object) -> set[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return {part.strip() for item in items for part in str(item).split(",") if part.strip()}


def _targets(
    sandbox: SandboxState, account_sid: str, conversation: dict[str, Any], event: str
) -> list[tuple[str, str]]:
    """(url, method) of every webhook that wants ``event`` for this conversation."""
    store = sandbox.store
    kind = _kind_for(conversation)
    found: list[tuple[str, str]] = []
    for hook_record in store.find(_hooks_of(kind), conversation_sid=conversation["sid"]):
        config = hook_record.get("configuration") or {}
        if (
            hook_record.get("_scope") == account_sid
            and hook_record.get("target") == "webhook"
            and config.get("url")
            and event in _filters(config.get("filters"))
        ):
            found.append((str(config["url"]), str(config.get("method") or "POST")))
    service_sid = str(conversation.get("chat_service_sid") or "")
    service_parent = parent_of(
        resource_by_name(SERVICE_WEBHOOKS), account_sid, {"ChatServiceSid": service_sid}
    )
    settings = [store.get(SERVICE_WEBHOOKS, "_", service_parent)]
    chat, _ = default_services(sandbox, account_sid)
    if service_sid == chat:
        account_parent = parent_of(resource_by_name(CONFIGURATION_WEBHOOKS), account_sid, {})
        settings.append(store.get(CONFIGURATION_WEBHOOKS, "_", account_parent))
    for setting in settings:
        if (
            setting
            and setting.get("post_webhook_url")
            and event in _filters(setting.get("filters"))
        ):
            found.append(
                (str(setting["post_webhook_url"]), str(setting.get("method") or "POST").upper())
            )
    return found


def _kind_for(conversation: dict[str, Any]) -> str:
    """Which resource a conversation record is (service-scoped ones carry their path)."""
    url = str(conversation.get("url") or "")
    return _SCOPED if "/Services/" in url else CONVERSATIONS


def _fire_later(
    ctx: Ctx, conversation: dict[str, Any], event: str, pairs: list[tuple[str, str]]
) -> None:
    sandbox, account_sid, snapshot = ctx.sandbox, ctx.scope, dict(conversation)
    ctx.after_commit(lambda: _fire(sandbox, account_sid, snapshot, event, pairs))


async def _fire(
    sandbox: SandboxState,
    account_sid: str,
    conversation: dict[str, Any],
    event: str,
    pairs: list[tuple[str, str]],
) -> None:
    """POST (or GET) one post-event webhook to each target that wants it, in turn."""
    token = auth_token_of(sandbox, account_sid)
    for url, method in _targets(sandbox, account_sid, conversation, event):
        result = await sender_for(sandbox).send(url, pairs, auth_token=token, method=method)
        sandbox.events.emit(
            "webhook.request",
            purpose="conversations",
            event_type=event,
            url=result.url,
            method=result.method,
            params=dict(pairs),
            status_code=result.status,
            error_code=result.error_code,
            sid=conversation["sid"],
            account_sid=account_sid,
        )
        if not result.ok:
            log_failed_callback(sandbox, account_sid, result, str(conversation["sid"]))


def _base_params(event: str, conversation: dict[str, Any], source: str) -> list[tuple[str, str]]:
    pairs = [
        ("AccountSid", str(conversation.get("account_sid") or "")),
        ("EventType", event),
        ("Source", source),
        ("ConversationSid", str(conversation["sid"])),
        ("ChatServiceSid", str(conversation.get("chat_service_sid") or "")),
        ("MessagingServiceSid", str(conversation.get("messaging_service_sid") or "")),
        ("RetryCount", "0"),
    ]
    return pairs


def _conversation_params(
    event: str, conversation: dict[str, Any], source: str
) -> list[tuple[str, str]]:
    pairs = _base_params(event, conversation, source)
    pairs += [
        ("FriendlyName", str(conversation.get("friendly_name") or "")),
        ("UniqueName", str(conversation.get("unique_name") or "")),
        ("Attributes", str(conversation.get("attributes") or "{}")),
        ("State", str(conversation.get("state") or "")),
        ("DateCreated", str(conversation.get("date_created") or "")),
    ]
    return pairs


def _participant_params(
    conversation: dict[str, Any], participant: dict[str, Any], source: str
) -> list[tuple[str, str]]:
    pairs = _base_params("onParticipantAdded", conversation, source)
    pairs += [
        ("ParticipantSid", str(participant["sid"])),
        ("Attributes", str(participant.get("attributes") or "{}")),
        ("DateCreated", str(participant.get("date_created") or "")),
    ]
    if participant.get("identity"):
        pairs.append(("Identity", str(participant["identity"])))
    binding = participant.get("messaging_binding")
    if isinstance(binding, dict):
        pairs += [
            ("MessagingBinding.Type", str(binding.get("type") or "sms")),
            ("MessagingBinding.Address", str(binding.get("address") or "")),
            ("MessagingBinding.ProxyAddress", str(binding.get("proxy_address") or "")),
        ]
    return pairs


def _message_params(
    conversation: dict[str, Any], message: dict[str, Any], source: str
) -> list[tuple[str, str]]:
    pairs = _base_params("onMessageAdded", conversation, source)
    pairs += [
        ("MessageSid", str(message["sid"])),
        ("Index", str(message.get("index"))),
        ("Author", str(message.get("author") or "")),
        ("Body", str(message.get("body") or "")),
        ("Attributes", str(message.get("attributes") or "{}")),
        ("DateCreated", str(message.get("date_created") or "")),
    ]
    if message.get("participant_sid"):
        pairs.append(("ParticipantSid", str(message["participant_sid"])))
    if message.get("media"):
        pairs.append(("Media", json.dumps(message["media"])))
    return pairs
