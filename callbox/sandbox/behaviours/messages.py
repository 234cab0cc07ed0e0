"""Outbound messages: Twilio's checks on ``Messages.json`` and the status progression.

Creating a message checks, in Twilio's terms:

* ``To``: a valid number (E.164, or national in the sender's country; ``whatsapp:`` and
  other channel prefixes kept) else 21211; magic recipients answer as documented.
* ``From``: a number the account owns with SMS capability, one of its short codes, an
  alphanumeric sender ID (not towards the US or Canada: 21612), or the magic
  +15005550006; else 21606 (21212 when it is not a number at all).  Or
  ``MessagingServiceSid`` (unknown: 21701; no senders: 21704): the sender is picked from the
  service's pool, the same one for the same recipient (sticky sender), preferring the
  recipient's country.  Neither: 21603.
* ``To`` and ``From`` differ (21266); a recipient who texted STOP to the sender is refused
  (21610) until they text START.
* A ``Body``, ``MediaUrl`` or ``ContentSid`` is required (21602); bodies are at most 1600
  characters (21617); at most 10 media URLs (21623), each http(s) (21620).
* ``num_segments`` counts GSM-7 / UCS-2 segments (:mod:`._segments`), after Twilio's smart
  encoding when ``SmartEncoded`` (or the service's ``smart_encoding``) is on; MMS count 1.

The message is answered as ``queued`` (``accepted`` through a service; ``scheduled`` with
``ScheduleType=fixed``, which needs a ``MessagingServiceSid`` (35118) and a ``SendAt``
(35111) at most 35 days ahead and not past (35115)) and then, in the background, moves ``queued → sending → sent →
delivered`` (``undelivered`` with 30006 for landlines and numbers without SMS, 30003 for a
phone switched off with :func:`.phones.set_reachable`; ``failed`` with 30002 when the
account is suspended or closed before the message leaves), with a
short pause between steps (:func:`._common.step_delay`).  Each change after the first is
stored, logged as a ``message.status`` event and POSTed to the ``StatusCallback`` (or the
service's or application's), one after the other so they arrive in order, signed with the
account's auth token.  ``price`` is set when the message is sent.  A message to a number
owned in the sandbox arrives there as an incoming message (and runs that number's
webhook: :func:`.phones.receive`, registered with :func:`receiver`, since phones imports
this module and not the other way round); one to any other number lands in that outside
phone's inbox.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Final

from .._hooks import Ctx, HookResult, hook
from ..errors import SandboxError
from . import _e164, _magic
from ._common import (
    API_VERSION,
    APPLICATIONS,
    INCOMING,
    MEDIA,
    MESSAGES,
    OPT_OUTS,
    SERVICE_NUMBERS,
    SERVICES,
    SHORT_CODES,
)
from ._pricing import PRICE_UNIT
from ._segments import count_segments, smart_encode
from .lifecycle import launch, mark_in_flight, seconds_until

if TYPE_CHECKING:
    from .._store import Store

__all__ = ["media_content_type", "new_outbound"]

_MAX_BODY: Final = 1600
_MAX_MEDIA: Final = 10
_FINAL: Final = frozenset({"delivered", "undelivered", "failed", "received", "canceled", "read"})
_MEDIA_TYPES: Final = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "mp4": "video/mp4",
    "mp3": "audio/mpeg",
    "pdf": "application/pdf",
    "vcf": "text/vcard",
}


def _refusal(refusal: _magic.Refusal) -> SandboxError:
    return SandboxError(refusal.status, refusal.code, refusal.message)


def _flag(value: object) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1")


def media_content_type(url: str) -> str:
    """The MIME type of a media URL, from its file extension (Twilio's ``MediaContentType``)."""
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _MEDIA_TYPES.get(ext, "application/octet-stream")


def _sticky_pick(senders: list[dict[str, Any]], to: str) -> dict[str, Any]:
    """The same sender for the same recipient, preferring the recipient's country."""
    country = _e164.country_of(to)
    local = [s for s in senders if s.get("country_code") == country] or senders
    index = int.from_bytes(hashlib.sha1(to.encode()).digest()[:4], "big") % len(local)
    return local[index]


def _owned_sender(store: Store, account_sid: str, number: str) -> dict[str, Any] | None:
    for record in store.find(INCOMING, phone_number=number):
        if record.get("account_sid") == account_sid:
            found: dict[str, Any] = record
            return found
    return None


def resolve_sender(
    store: Store, account_sid: str, from_raw: str | None, service_sid: str | None, to: str
) -> tuple[str, dict[str, Any] | None]:
    """The ``From`` a message goes out with, and the service it goes through (or None)."""
    service: dict[str, Any] | None = None
    if service_sid:
        service = store.get(SERVICES, service_sid)
        if service is None or service.get("account_sid") != account_sid:
            raise SandboxError(400, 21701, f"The Messaging Service Sid {service_sid} is invalid.")
    if from_raw:
        text = from_raw.strip()
        channel, bare = _e164.split_channel(text)
        refusal = _magic.message_from(bare)
        if refusal is not None:
            raise _refusal(refusal)
        if bare == _magic.MAGIC_SUCCESS:
            return text, service
        if _e164.is_short_code(bare):
            if store.find(SHORT_CODES, short_code=bare, account_sid=account_sid):
                return bare, service
            raise SandboxError(
                400,
                21606,
                f"The 'From' phone number provided ({bare}) is not a valid message-capable "
                "Twilio phone number for this destination/account",
            )
        number = _e164.normalize(bare)
        if number is None:
            if channel is None and _e164.is_alphanumeric_sender(bare):
                if _e164.country_of(to) in ("US", "CA"):
                    raise SandboxError(
                        400,
                        21612,
                        f"The 'To' phone number: {to}, is not currently reachable using the "
                        f"'From' phone number: {bare} via SMS.",
                    )
                return bare, service
            raise SandboxError(
                400,
                21212,
                f"The 'From' number {text} is not a valid phone number, shortcode, "
                "or alphanumeric sender ID.",
            )
        owned = _owned_sender(store, account_sid, number)
        if owned is None or not (owned.get("capabilities") or {}).get("sms", True):
            raise SandboxError(
                400,
                21606,
                f"The 'From' phone number provided ({number}) is not a valid message-capable "
                "Twilio phone number for this destination/account",
            )
        return (f"{channel}:{number}" if channel else number), service
    if service is not None:
        senders = store.find(SERVICE_NUMBERS, service_sid=service["sid"])
        if not senders:
            raise SandboxError(
                400,
                21704,
                f"The Messaging Service {service['sid']} contains no phone numbers "
                "to send the message with.",
            )
        return str(_sticky_pick(senders, to)["phone_number"]), service
    raise SandboxError(400, 21603, 'A "From" phone number is required.')


def _check_content(body: str | None, media: list[str], content_sid: object) -> None:
    if not body and not media and not content_sid:
        raise SandboxError(400, 21602, "Message body is required.")
    if body and len(body) > _MAX_BODY:
        raise SandboxError(
            400, 21617, "The concatenated message body exceeds the 1600 character limit."
        )
    if len(media) > _MAX_MEDIA:
        raise SandboxError(
            400, 21623, f"The number of media files ({len(media)}) exceeds the limit of 10."
        )
    for url in media:
        if not str(url).lower().startswith(("http://", "https://")):
            raise SandboxError(400, 21620, f"Invalid media URL(s): {url}")


def new_outbound(
    ctx: Ctx,
    record: dict[str, Any],
    *,
    to_raw: str,
    from_raw: str | None,
    service_sid: str | None,
    body: str | None,
    media: list[str],
    content_sid: object = None,
    smart: bool = False,
    status_callback: str | None = None,
    direction: str = "outbound-api",
    scheduled: bool = False,
) -> dict[str, Any]:
    """Check an outbound message and fill ``record``; raise :class:`SandboxError` if refused.

    The status is ``queued``, ``accepted`` through a Messaging Service, or ``scheduled``.
    """
    store = ctx.store
    hint = None
    if from_raw:
        hint = _e164.country_of(_e164.normalize(_e164.split_channel(from_raw)[1]) or "")
    to = _e164.normalize(to_raw, hint)
    if to is None:
        raise SandboxError(400, 21211, f"The 'To' number {to_raw} is not a valid phone number.")
    from_, service = resolve_sender(store, ctx.scope, from_raw, service_sid, to)
    if from_ == to:
        raise SandboxError(400, 21266, "'To' and 'From' number cannot be the same: " + to)
    if store.get(OPT_OUTS, f"{_e164.split_channel(from_)[1]}:{_e164.split_channel(to)[1]}"):
        raise SandboxError(400, 21610, "Attempt to send to unsubscribed recipient")
    refusal = _magic.message_to(_e164.split_channel(to)[1], from_)
    if refusal is not None:
        raise _refusal(refusal)
    _check_content(body, media, content_sid)
    text = body or ""
    if smart or (service is not None and service.get("smart_encoding")):
        text = smart_encode(text)
    segments = 1 if media else count_segments(text).segments
    record.update(
        {
            "to": to,
            "from": from_,
            "body": text,
            "num_segments": str(segments),
            "num_media": str(len(media)),
            "direction": direction,
            "status": "scheduled" if scheduled else "accepted" if service is not None else "queued",
            "messaging_service_sid": service["sid"] if service is not None else None,
            "price": None,
            "price_unit": PRICE_UNIT,
            "error_code": None,
            "error_message": None,
            "api_version": API_VERSION,
            "date_sent": None,
            "_media_urls": list(media),
            "_status_callback": status_callback
            or (service.get("status_callback") if service is not None else None)
            or None,
        }
    )
    sid = str(record["sid"])
    for url in media:
        item = ctx.new_record(
            MEDIA,
            path={"AccountSid": ctx.scope, "MessageSid": sid},
            content_type=media_content_type(url),
            parent_sid=sid,
        )
        item["_url"] = url
        store.put(MEDIA, item)
    ctx.events.emit(
        "message.status",
        sid=sid,
        status=record["status"],
        account_sid=ctx.scope,
        to=to,
        direction=direction,
        body=text,
        media_urls=list(media),
        **{"from": from_},
    )
    return record


@hook(MESSAGES, "create")
def send(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """``POST Messages.json``: check, answer queued, then progress in the background."""
    assert record is not None
    media = params.get("MediaUrl") or []
    if isinstance(media, str):
        media = [media]
    scheduled = str(params.get("ScheduleType") or "").lower() == "fixed"
    if scheduled:
        _check_schedule(params)
    callback = params.get("StatusCallback")
    app_sid = params.get("ApplicationSid")
    if not callback and app_sid:
        app = ctx.store.get(APPLICATIONS, str(app_sid))
        if app is not None:
            callback = app.get("message_status_callback") or app.get("sms_status_callback")
    new_outbound(
        ctx,
        record,
        to_raw=str(params.get("To") or ""),
        from_raw=str(params["From"]) if params.get("From") else None,
        service_sid=str(params["MessagingServiceSid"])
        if params.get("MessagingServiceSid")
        else None,
        body=params.get("Body"),
        media=[str(m) for m in media],
        content_sid=params.get("ContentSid"),
        smart=_flag(params.get("SmartEncoded")),
        status_callback=str(callback) if callback else None,
        scheduled=scheduled,
    )
    mark_in_flight(record, send_at=params.get("SendAt") if scheduled else None)
    sandbox = ctx.sandbox
    ctx.after_commit(lambda: launch(sandbox, record))
    return record


#: The latest ``SendAt`` Twilio accepts, in seconds from now (35 days).
MAX_SCHEDULE_AHEAD: Final = 35 * 86400


def _check_schedule(params: dict[str, Any]) -> None:
    """Twilio's checks on ``ScheduleType=fixed`` (35118, 35111, 35115).

    Twilio also wants ``SendAt`` at least a few minutes ahead; the sandbox accepts any
    time that is not past, so tests can schedule a message a second ahead.
    """
    if not params.get("MessagingServiceSid"):
        raise SandboxError(400, 35118, "MessagingServiceSid is required to schedule a message.")
    send_at = params.get("SendAt")
    if not send_at:
        raise SandboxError(400, 35111, "SendAt timestamp is missing.")
    ahead = seconds_until(send_at)
    if ahead != ahead or ahead < -1 or ahead > MAX_SCHEDULE_AHEAD:
        raise SandboxError(
            400,
            35115,
            "Scheduling does not support this timestamp: SendAt must be in the future "
            "and at most 35 days ahead.",
        )


@hook(MESSAGES, "update")
def change(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Redact a body (only once final) or cancel a scheduled message."""
    assert record is not None
    stored = ctx.store.get(MESSAGES, str(record["sid"])) or record
    status = params.get("Status")
    if status is not None:
        if status != "canceled" or stored.get("status") != "scheduled":
            raise SandboxError(
                400, 20001, "Only a scheduled message can be changed, to Status canceled."
            )
        record["status"] = "canceled"
        record["_flight"] = None
    if "Body" in params:
        if params["Body"] not in ("", None):
            raise SandboxError(400, 20001, "A message's Body can only be redacted (set to '').")
        if stored.get("status") not in _FINAL | {"sent"}:
            raise SandboxError(
                400, 20001, "A message can be redacted only once it has been sent or received."
            )
        record["body"] = ""
    return record
