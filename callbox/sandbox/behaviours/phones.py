"""Incoming messages: outside phones texting sandbox numbers, webhooks and TwiML replies.

:func:`send_from_phone` is what ``POST /_sandbox/phones/{number}/messages`` (and
``sb.phone(number).send_sms(...)``) runs: a person's phone texts a number owned in the
sandbox.  The sandbox then does what Twilio does:

1. stores the incoming Message (``direction`` inbound, ``status`` received, inbound price);
2. requests the number's SMS URL, or its SMS application's, or its Messaging Service's
   inbound URL (unless the service defers to the number), with Twilio's parameters
   (``MessageSid``, ``SmsSid``, ``SmsMessageSid``, ``AccountSid``, ``MessagingServiceSid``,
   ``From``, ``To``, ``Body``, ``NumMedia``, ``NumSegments``, ``MediaUrl0``/
   ``MediaContentType0``..., ``FromCity``/``FromState``/``FromZip``/``FromCountry``, the same
   for ``To``, ``SmsStatus``, ``ApiVersion``), signed with the owner's auth token;
3. on failure (connection, timeout, error status) or an unreadable answer, logs the error
   (Notification + Monitor alert: 11200, 11205, 12100, 12300, ...) and tries the fallback URL;
4. runs the TwiML answer (:mod:`._twiml_exec`): ``<Message>`` sends a reply (defaults: to the
   sender, from the number texted), ``<Redirect>`` fetches the next document, ``action``
   URLs are requested once the reply is queued.  Refused replies are logged (14101 To,
   14102 From, 14103 Body).

Twilio's default opt-out keywords work: ``STOP`` (also STOPALL, UNSUBSCRIBE, CANCEL, END,
QUIT) gets Twilio's confirmation and blocks further messages from that number to the phone
(21610), ``START`` (YES, UNSTOP) lifts the block, ``HELP`` (INFO) gets the help text; the
webhook still runs, with ``OptOutType``.

:func:`inbox` lists what the sandbox delivered to an outside phone; :func:`set_reachable`
switches one off and on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .._hooks import Ctx
from .._records import public
from ..errors import SandboxError
from . import _e164
from ._common import (
    API_VERSION,
    APPLICATIONS,
    INCOMING,
    MESSAGES,
    OPT_OUTS,
    PHONES_OFF,
    SERVICE_NUMBERS,
    SERVICES,
    auth_token_of,
    context_for,
    log_problem,
    resolve_url,
    rfc2822,
    sender_for,
)
from ._pricing import PRICE_UNIT, message_price
from ._segments import count_segments
from ._twiml_exec import Redirect, SendMessage, plan
from .lifecycle import launch, mark_in_flight, receiver
from .messages import media_content_type, new_outbound

if TYPE_CHECKING:
    from .._delivery import Delivery
    from .._state import SandboxState
    from .._store import Store

__all__ = [
    "claimer",
    "inbox",
    "opted_out",
    "public",
    "receive",
    "send_from_phone",
    "set_reachable",
]

_MAX_HOPS: Final = 5
_MAX_DEPTH: Final = 10
_TO_CODES: Final = {21211: 14101, 21408: 14101, 21610: 14101, 21612: 14101, 21614: 14101}
_FROM_CODES: Final = {21212: 14102, 21606: 14102, 21603: 14102, 21611: 14102}
_BODY_CODES: Final = {21602: 14103, 21617: 14103, 21620: 14103, 21623: 14103}


# ---------------------------------------------------------------- claimers

#: ``await claim(sandbox, record, number)``: True when it took the incoming message.
Claimer = Callable[["SandboxState", dict[str, Any], dict[str, Any]], Awaitable[bool]]
_Claim = TypeVar("_Claim", bound=Claimer)

#: Who may take an incoming message before the number's webhook runs (see :func:`claimer`).
_CLAIMERS: list[Claimer] = []


def claimer(fn: _Claim) -> _Claim:
    """Register ``await fn(sandbox, record, number)``: it may take an incoming message.

    Each stored incoming message is offered to the claimers first; one that returns True
    has taken it (a text to a conversation's proxy address becomes a conversation
    message) and the number's webhook does not run.  Modules above this one register
    themselves, so this module never imports them.
    """
    if fn not in _CLAIMERS:
        _CLAIMERS.append(fn)
    return fn


# ---------------------------------------------------------------- outside phones


def send_from_phone(
    ctx: Ctx, phone: str, to: str, body: str | None, media_urls: list[str] | None = None
) -> dict[str, Any]:
    """An outside phone texts a sandbox number; returns the incoming Message record."""
    sender = _e164.normalize(phone)
    if sender is None:
        raise SandboxError(400, 21211, f"The phone number {phone} is not a valid phone number.")
    number = _e164.normalize(to, _e164.country_of(sender))
    if number is None:
        raise SandboxError(400, 21211, f"The 'To' number {to} is not a valid phone number.")
    owned = ctx.store.find(INCOMING, phone_number=number)
    if not owned:
        raise SandboxError(404, 20404, f"No account in the sandbox owns the number {number}.")
    if not (owned[0].get("capabilities") or {}).get("sms", True):
        raise SandboxError(400, 21614, f"The number {number} cannot receive SMS messages.")
    media = [str(m) for m in media_urls or []]
    if not body and not media:
        raise SandboxError(400, 21602, "Message body is required.")
    if body and len(body) > 1600:
        raise SandboxError(
            400, 21617, "The concatenated message body exceeds the 1600 character limit."
        )
    record = _store_inbound(ctx.sandbox, owned[0], sender, body or "", media)
    ctx.sandbox.spawn(_run_inbound(ctx.sandbox, record, owned[0], 0))
    return public(record)


def set_reachable(sandbox: SandboxState, phone: str, reachable: bool = True) -> None:
    """Switch an outside phone off (``False``) or on: messages to it end ``undelivered``.

    ``sandbox`` is the running state (``Sandbox().state``); the error is 30003
    (unreachable destination handset), as a carrier reports for a phone that is off.
    """
    number = _e164.normalize(phone) or phone
    if reachable:
        sandbox.store.delete(PHONES_OFF, number)
    else:
        sandbox.store.put(PHONES_OFF, {"sid": number, "phone": number})
    sandbox.events.emit("phone.reachable", phone=number, reachable=reachable)


def inbox(ctx: Ctx, phone: str) -> list[dict[str, Any]]:
    """Messages the sandbox delivered to an outside phone, oldest first."""
    number = _e164.normalize(phone) or phone
    out = []
    for record in ctx.store.find(MESSAGES, to=number):
        if str(record.get("direction", "")).startswith("outbound") and (
            record.get("status") == "delivered"
        ):
            view = public(record)
            view["media_urls"] = list(record.get("_media_urls") or [])
            out.append(view)
    return out


@receiver
async def receive(
    sandbox: SandboxState,
    number: dict[str, Any],
    sender: str,
    body: str,
    media: list[str],
    *,
    hops: int = 0,
) -> dict[str, Any]:
    """A message arrives at a sandbox number: store it, run its webhook and the answer."""
    record = _store_inbound(sandbox, number, sender, body, media)
    if hops > _MAX_HOPS:
        sandbox.events.emit("message.loop_stopped", sid=record["sid"], hops=hops)
        return record
    await _run_inbound(sandbox, record, number, hops)
    return record


# ---------------------------------------------------------------- the incoming message


def _service_of(store: Store, number: dict[str, Any]) -> dict[str, Any] | None:
    for sender in store.find(SERVICE_NUMBERS, sid=number.get("sid")):
        service: dict[str, Any] | None = store.get(SERVICES, str(sender.get("service_sid")))
        if service is not None:
            return service
    return None


def _store_inbound(
    sandbox: SandboxState, number: dict[str, Any], sender: str, body: str, media: list[str]
) -> dict[str, Any]:
    owner = str(number["account_sid"])
    ctx = context_for(sandbox, owner)
    record = ctx.new_record(MESSAGES, path={"AccountSid": owner})
    service = _service_of(sandbox.store, number)
    segments = 1 if media else count_segments(body).segments
    now = rfc2822()
    record.update(
        {
            "to": number["phone_number"],
            "from": sender,
            "body": body,
            "num_segments": str(segments),
            "num_media": str(len(media)),
            "direction": "inbound",
            "status": "received",
            "messaging_service_sid": service["sid"] if service else None,
            "price": message_price(
                _e164.country_of(str(number["phone_number"])),
                segments,
                mms=bool(media),
                inbound=True,
            ),
            "price_unit": PRICE_UNIT,
            "error_code": None,
            "error_message": None,
            "api_version": API_VERSION,
            "date_sent": now,
            "_media_urls": media,
        }
    )
    sandbox.store.put(MESSAGES, record)
    sandbox.events.emit(
        "message.status",
        sid=record["sid"],
        status="received",
        account_sid=owner,
        to=record["to"],
        direction="inbound",
        body=body,
        media_urls=list(media),
        **{"from": sender},
    )
    _keywords(sandbox, record)
    return record


# ---------------------------------------------------------------- opt-out keywords

_OPT_OUT: Final = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
_OPT_IN: Final = frozenset({"START", "YES", "UNSTOP"})
_HELP: Final = frozenset({"HELP", "INFO"})
_REPLIES: Final = {
    "STOP": "You have successfully been unsubscribed. You will not receive any more messages "
    "from this number. Reply START to resubscribe.",
    "START": "You have successfully been re-subscribed to messages from this number. "
    "Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
    "HELP": "Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
}


def opted_out(store: Store, sender: str, recipient: str) -> bool:
    """Whether ``recipient`` texted STOP to ``sender`` (and not START since)."""
    return store.get(OPT_OUTS, f"{sender}:{recipient}") is not None


def _keywords(sandbox: SandboxState, record: dict[str, Any]) -> None:
    """Twilio's default opt-out handling: STOP / START / HELP and their automatic replies."""
    word = str(record.get("body") or "").strip().upper()
    kind = (
        "STOP"
        if word in _OPT_OUT
        else "START"
        if word in _OPT_IN
        else "HELP"
        if word in _HELP
        else None
    )
    if kind is None:
        return
    number, phone = str(record["to"]), str(record["from"])
    record["_opt_out_type"] = kind
    store = sandbox.store
    if kind == "START":
        store.delete(OPT_OUTS, f"{number}:{phone}")
    _auto_reply(sandbox, record, _REPLIES[kind])
    if kind == "STOP":
        store.put(
            OPT_OUTS,
            {
                "sid": f"{number}:{phone}",
                "account_sid": record["account_sid"],
                "number": number,
                "phone": phone,
                "date_created": rfc2822(),
            },
        )
    sandbox.events.emit("message.keyword", keyword=kind, to=number, phone=phone, sid=record["sid"])


def _auto_reply(sandbox: SandboxState, incoming: dict[str, Any], text: str) -> None:
    account_sid = str(incoming["account_sid"])
    ctx = context_for(sandbox, account_sid)
    reply = ctx.new_record(MESSAGES, path={"AccountSid": account_sid})
    try:
        new_outbound(
            ctx,
            reply,
            to_raw=str(incoming["from"]),
            from_raw=str(incoming["to"]),
            service_sid=None,
            body=text,
            media=[],
            direction="outbound-reply",
        )
    except SandboxError:
        return
    sandbox.store.put(MESSAGES, mark_in_flight(reply, hops=_MAX_HOPS))
    launch(sandbox, reply)


def _target(store: Store, number: dict[str, Any]) -> tuple[str, str, str, str]:
    """URL, method, fallback URL and fallback method for a number's incoming messages."""
    service = _service_of(store, number)
    if (
        service is not None
        and not service.get("use_inbound_webhook_on_number")
        and service.get("inbound_request_url")
    ):
        return (
            str(service.get("inbound_request_url") or ""),
            str(service.get("inbound_method") or "POST"),
            str(service.get("fallback_url") or ""),
            str(service.get("fallback_method") or "POST"),
        )
    source = number
    app_sid = number.get("sms_application_sid")
    if app_sid:
        app = store.get(APPLICATIONS, str(app_sid))
        if app is not None:
            source = app
    return (
        str(source.get("sms_url") or ""),
        str(source.get("sms_method") or "POST"),
        str(source.get("sms_fallback_url") or ""),
        str(source.get("sms_fallback_method") or "POST"),
    )


def _webhook_params(record: dict[str, Any]) -> list[tuple[str, str]]:
    to_geo = _e164.geo(str(record["to"]))
    from_geo = _e164.geo(str(record["from"]))
    sid = str(record["sid"])
    pairs = [
        ("ToCountry", to_geo.country),
        ("ToState", to_geo.state),
        ("SmsMessageSid", sid),
        ("NumMedia", str(record.get("num_media") or "0")),
        ("ToCity", to_geo.city),
        ("FromZip", from_geo.zip),
        ("SmsSid", sid),
        ("FromState", from_geo.state),
        ("SmsStatus", "received"),
        ("FromCity", from_geo.city),
        ("Body", str(record.get("body") or "")),
        ("FromCountry", from_geo.country),
        ("To", str(record["to"])),
    ]
    if record.get("messaging_service_sid"):
        pairs.append(("MessagingServiceSid", str(record["messaging_service_sid"])))
    pairs += [
        ("ToZip", to_geo.zip),
        ("NumSegments", str(record.get("num_segments") or "1")),
        ("MessageSid", sid),
        ("AccountSid", str(record["account_sid"])),
        ("From", str(record["from"])),
        ("ApiVersion", API_VERSION),
    ]
    if record.get("_opt_out_type"):
        pairs.append(("OptOutType", str(record["_opt_out_type"])))
    for i, url in enumerate(record.get("_media_urls") or []):
        pairs.append((f"MediaContentType{i}", media_content_type(str(url))))
        pairs.append((f"MediaUrl{i}", str(url)))
    return pairs


class _Conversation:
    """What the TwiML of one incoming message runs against."""

    def __init__(
        self,
        sandbox: SandboxState,
        record: dict[str, Any],
        params: list[tuple[str, str]],
        hops: int,
    ) -> None:
        self.sandbox = sandbox
        self.record = record
        self.account_sid = str(record["account_sid"])
        self.params = params
        self.remote = str(record["from"])
        self.local = str(record["to"])
        self.token = auth_token_of(sandbox, self.account_sid)
        self.hops = hops

    async def fetch(
        self, url: str, method: str, params: list[tuple[str, str]], kind: str
    ) -> Delivery:
        result = await sender_for(self.sandbox).send(
            url, params, auth_token=self.token, method=method
        )
        self.sandbox.events.emit(
            "webhook.request",
            purpose=kind,
            params=dict(result.params) if result.method == "POST" else dict(params),
            sid=self.record["sid"],
            account_sid=self.account_sid,
            **result.event(),
        )
        if not result.ok:
            self.problem(
                result.error_code or 11200, f"HTTP retrieval failure: {result.describe()}", result
            )
        return result

    def problem(
        self, code: int, text: str, delivery: Delivery | None = None, level: str = "error"
    ) -> None:
        log_problem(
            self.sandbox,
            self.account_sid,
            code,
            text,
            level=level,
            delivery=delivery,
            resource_sid=str(self.record["sid"]),
            service_sid=self.record.get("messaging_service_sid"),
        )


async def _run_inbound(
    sandbox: SandboxState, record: dict[str, Any], number: dict[str, Any], hops: int
) -> None:
    for claim in _CLAIMERS:
        if await claim(sandbox, record, number):
            return
    url, method, fallback, fallback_method = _target(sandbox.store, number)
    if not url:
        sandbox.events.emit("message.unhandled", sid=record["sid"], to=record["to"])
        return
    convo = _Conversation(sandbox, record, _webhook_params(record), hops)
    result = await convo.fetch(url, method, convo.params, "incoming_message")
    if result.ok and await _run_answer(convo, result, 0):
        return
    if fallback:
        result = await convo.fetch(fallback, fallback_method, convo.params, "incoming_fallback")
        if result.ok:
            await _run_answer(convo, result, 0)


async def _run_answer(convo: _Conversation, delivery: Delivery, depth: int) -> bool:
    """Run an answer's TwiML; False if it could not be run at all (use the fallback)."""
    todo = plan(delivery.body, delivery.headers.get("content-type", "text/xml"))
    for problem in todo.problems:
        convo.problem(problem.code, problem.message, delivery, problem.level)
    if todo.failed:
        return False
    base = delivery.url
    for action in todo.actions:
        if isinstance(action, SendMessage):
            reply = _send_reply(convo, action, base)
            if reply is not None and action.action and depth < _MAX_DEPTH:
                status = str(reply.get("status") or "queued")
                params = [
                    ("MessageSid", str(reply["sid"])),
                    ("SmsSid", str(reply["sid"])),
                    ("AccountSid", convo.account_sid),
                    ("From", str(reply.get("from") or "")),
                    ("To", str(reply.get("to") or "")),
                    ("Body", str(reply.get("body") or "")),
                    ("MessageStatus", status),
                    ("SmsStatus", status),
                    ("ApiVersion", API_VERSION),
                ]
                answer = await convo.fetch(
                    resolve_url(action.action, base), action.method, params, "message_action"
                )
                if answer.ok:
                    await _run_answer(convo, answer, depth + 1)
        elif isinstance(action, Redirect):
            if depth >= _MAX_DEPTH:
                convo.problem(11215, "Too many redirects", delivery)
                return True
            answer = await convo.fetch(
                resolve_url(action.url, base), action.method, convo.params, "redirect"
            )
            if answer.ok:
                await _run_answer(convo, answer, depth + 1)
            return True
    return True


def _send_reply(convo: _Conversation, action: SendMessage, base: str) -> dict[str, Any] | None:
    sandbox = convo.sandbox
    ctx = context_for(sandbox, convo.account_sid)
    record = ctx.new_record(MESSAGES, path={"AccountSid": convo.account_sid})
    callback = resolve_url(action.status_callback, base) if action.status_callback else None
    try:
        new_outbound(
            ctx,
            record,
            to_raw=action.to or convo.remote,
            from_raw=action.from_ or convo.local,
            service_sid=None,
            body=action.body,
            media=list(action.media),
            status_callback=callback,
            direction="outbound-reply",
        )
    except SandboxError as exc:
        code = _TO_CODES.get(exc.code) or _FROM_CODES.get(exc.code) or _BODY_CODES.get(exc.code)
        convo.problem(code or exc.code, f"<Message> refused: {exc.message} (error {exc.code})")
        return None
    record["date_created"] = record.get("date_created") or rfc2822()
    sandbox.store.put(MESSAGES, mark_in_flight(record, hops=convo.hops))
    launch(sandbox, record)
    return record
