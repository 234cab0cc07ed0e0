"""Phone numbers: searching the stock, buying, configuring and releasing numbers.

* ``AvailablePhoneNumbers/{Country}/Local|TollFree|Mobile`` list the inventory of
  :mod:`._inventory` with Twilio's filters, never offering a number someone owns.
  ``AvailablePhoneNumbers`` lists the countries, ``AvailablePhoneNumbers/{Country}`` one.
* ``IncomingPhoneNumbers`` (and its ``Local``/``TollFree``/``Mobile`` lists) buys a number:
  ``PhoneNumber`` must be in stock and not owned (else 21422; not a valid number: 21421),
  ``AreaCode`` buys the first free local or toll-free number there (none: 21452).  Magic
  numbers behave as Twilio documents (see :mod:`._magic`).  The bought record gets the
  number's capabilities, type and place, and Twilio's defaults for methods.
* Voice/SMS URLs, methods, fallbacks, status callbacks and application SIDs are stored as
  given; an application SID must name an application of the account (else 400, 20001).
* ``AccountSid`` on an update moves the number to the acting account or one of its
  subaccounts (it leaves any Messaging Service).
* Deleting a number releases it: it is back in stock at once.
* Messaging Service senders (``Services/{sid}/PhoneNumbers``) take the number's SID, phone
  number, country and capabilities (unknown SID: 21421); Applications get Twilio's default
  methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from .._access import can_reach
from .._hooks import Ctx, HookResult, hook
from ..errors import SandboxError
from . import _e164, _inventory, _magic
from ._common import API_VERSION, APPLICATIONS, INCOMING, SERVICE_NUMBERS

if TYPE_CHECKING:
    from .._store import Store

__all__ = ["is_owned", "owned_number"]

_AVAILABLE: Final = "api.v2010.accounts.available_phone_numbers"
_KIND_BY_QNAME: Final = {
    f"{_AVAILABLE}.local": _inventory.LOCAL,
    f"{_AVAILABLE}.toll_free": _inventory.TOLL_FREE,
    f"{_AVAILABLE}.mobile": _inventory.MOBILE,
}
_TYPE_BY_KIND: Final = {
    _inventory.LOCAL: "local",
    _inventory.TOLL_FREE: "tollfree",
    _inventory.MOBILE: "mobile",
}
_SUB_KINDS: Final = {
    f"{INCOMING}.local": _inventory.LOCAL,
    f"{INCOMING}.toll_free": _inventory.TOLL_FREE,
    f"{INCOMING}.mobile": _inventory.MOBILE,
}
_COUNTRY_NAMES: Final = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "AU": "Australia",
}
_METHOD_FIELDS: Final = (
    "sms_method",
    "sms_fallback_method",
    "voice_method",
    "voice_fallback_method",
    "status_callback_method",
)


def owned_number(ctx_or_store: Ctx | Store, phone_number: str) -> dict[str, Any] | None:
    """The IncomingPhoneNumber record of a number, whoever owns it, or None."""
    store = ctx_or_store.store if isinstance(ctx_or_store, Ctx) else ctx_or_store
    found: list[dict[str, Any]] = store.find(INCOMING, phone_number=phone_number)
    return found[0] if found else None


def is_owned(store: Store, phone_number: str) -> bool:
    """Whether any account in the sandbox owns the number."""
    return owned_number(store, phone_number) is not None


def _page_size(params: dict[str, Any]) -> int:
    try:
        size = int(params.get("PageSize") or 50)
    except (TypeError, ValueError):
        size = 50
    return max(1, min(size, 1000))


def _refuse(error: _inventory.InventoryError | _magic.Refusal) -> SandboxError:
    if isinstance(error, _magic.Refusal):
        return SandboxError(error.status, error.code, error.message)
    return SandboxError(error.status, error.code, error.message)


# ---------------------------------------------------------------- searching


def _available(ctx: Ctx, params: dict[str, Any], kind: str) -> dict[str, Any]:
    country = str(ctx.path.get("CountryCode") or "US").upper()
    owned = {r.get("phone_number") for r in ctx.store.find(INCOMING)}
    try:
        found = _inventory.search(
            country, kind, params, taken=owned.__contains__, limit=_page_size(params)
        )
    except _inventory.InventoryError as exc:
        raise _refuse(exc) from None
    return {"records": [n.record() for n in found]}


@hook(f"{_AVAILABLE}.local", "list")
def list_local(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Local numbers in stock matching the filters."""
    return _available(ctx, params, _inventory.LOCAL)


@hook(f"{_AVAILABLE}.toll_free", "list")
def list_toll_free(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Toll-free numbers in stock matching the filters."""
    return _available(ctx, params, _inventory.TOLL_FREE)


@hook(f"{_AVAILABLE}.mobile", "list")
def list_mobile(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Mobile numbers in stock matching the filters."""
    return _available(ctx, params, _inventory.MOBILE)


def _country_record(ctx: Ctx, country: str) -> dict[str, Any]:
    base = f"/2010-04-01/Accounts/{ctx.scope}/AvailablePhoneNumbers/{country}"
    kinds = {
        "local": "Local",
        "toll_free": "TollFree",
        "mobile": "Mobile",
    }
    return {
        "country_code": country,
        "country": _COUNTRY_NAMES.get(country, country),
        "uri": f"{base}.json",
        "beta": False,
        "subresource_uris": {
            key: f"{base}/{name}.json"
            for key, name in kinds.items()
            if _inventory.numbers_for(country, name)
        },
    }


@hook(_AVAILABLE, "list")
def list_countries(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """The countries the sandbox has numbers for."""
    return {"records": [_country_record(ctx, c) for c in _inventory.COUNTRIES]}


@hook(_AVAILABLE, "fetch")
def fetch_country(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """One country's entry (404 for a country without numbers)."""
    country = str(ctx.path.get("CountryCode") or "").upper()
    if country not in _inventory.COUNTRIES:
        raise SandboxError(
            404, 20404, f"The requested resource AvailablePhoneNumbers/{country} was not found"
        )
    return _country_record(ctx, country)


# ---------------------------------------------------------------- buying


def _choose(ctx: Ctx, params: dict[str, Any], kind: str | None) -> tuple[str, Any]:
    """The number to buy and its stock entry (None for a magic number)."""
    raw = params.get("PhoneNumber")
    area = params.get("AreaCode")
    owned = {r.get("phone_number") for r in ctx.store.find(INCOMING)}
    if raw not in (None, ""):
        text = str(raw).strip()
        refusal = _magic.buy_by_number(text)
        if refusal is not None:
            raise _refuse(refusal)
        if text == _magic.MAGIC_SUCCESS:
            return text, None
        number = _e164.normalize(text)
        if number is None or ":" in number:
            raise SandboxError(400, 21421, f"PhoneNumber {text} is invalid.")
        entry = _inventory.find_number(number)
        if entry is None or number in owned or (kind is not None and entry.kind != kind):
            raise SandboxError(400, 21422, f"PhoneNumber {number} is not available.")
        return number, entry
    if area not in (None, ""):
        code = str(area).strip()
        magic = _magic.buy_by_area_code(code)
        if isinstance(magic, _magic.Refusal):
            raise _refuse(magic)
        if isinstance(magic, str):
            return magic, None
        kinds = [kind] if kind else [_inventory.LOCAL, _inventory.TOLL_FREE]
        for country in ("US", "CA"):
            for each in kinds:
                try:
                    found = _inventory.search(
                        country, each, {"AreaCode": code}, taken=owned.__contains__, limit=1
                    )
                except _inventory.InventoryError as exc:
                    if exc.status == 400:
                        raise _refuse(exc) from None
                    continue
                if found:
                    return found[0].phone_number, found[0]
        raise SandboxError(400, 21452, f"No phone numbers found in area code {code}")
    raise SandboxError(400, 21452, "A 'PhoneNumber' or 'AreaCode' is required to buy a number.")


def _check_application(ctx: Ctx, value: object, field: str) -> None:
    if value in (None, ""):
        return
    app = ctx.store.get(APPLICATIONS, str(value))
    if app is None or app.get("account_sid") != ctx.scope:
        raise SandboxError(400, 20001, f"{field} {value} is not an application of this account")


def _fill_number(
    ctx: Ctx, params: dict[str, Any], record: dict[str, Any], kind: str | None
) -> None:
    number, entry = _choose(ctx, params, kind)
    _check_application(ctx, params.get("SmsApplicationSid"), "SmsApplicationSid")
    _check_application(ctx, params.get("VoiceApplicationSid"), "VoiceApplicationSid")
    record["phone_number"] = number
    if entry is not None:
        friendly = entry.friendly_name
        capabilities = entry.incoming_capabilities()
        number_type = _TYPE_BY_KIND[entry.kind]
        address = entry.address_requirements
    else:  # a magic test number
        friendly = f"({number[2:5]}) {number[5:8]}-{number[8:]}"
        capabilities = {"voice": True, "sms": True, "mms": True, "fax": False}
        number_type = "local"
        address = "none"
    record["friendly_name"] = params.get("FriendlyName") or friendly
    record["capabilities"] = capabilities
    record["type"] = number_type
    record["address_requirements"] = address
    record["origin"] = "twilio"
    record["status"] = "in-use"
    record["beta"] = False
    record["api_version"] = params.get("ApiVersion") or API_VERSION
    record["voice_caller_id_lookup"] = bool(params.get("VoiceCallerIdLookup") or False)
    record["voice_receive_mode"] = params.get("VoiceReceiveMode") or "voice"
    record["emergency_status"] = params.get("EmergencyStatus") or "Inactive"
    record["emergency_address_status"] = "unregistered"
    for field in _METHOD_FIELDS:
        if not record.get(field):
            record[field] = "POST"
        record[field] = str(record[field]).upper()
    for field in ("sms_url", "sms_fallback_url", "voice_url", "voice_fallback_url"):
        if record.get(field) is None:
            record[field] = ""
    if record.get("status_callback") is None:
        record["status_callback"] = ""
    ctx.events.emit("number.bought", account_sid=ctx.scope, phone_number=number, sid=record["sid"])


@hook(INCOMING, "create")
def buy(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Buy a number (``PhoneNumber`` or ``AreaCode``)."""
    assert record is not None
    _fill_number(ctx, params, record, None)
    return record


def _buy_kind(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Buy through ``IncomingPhoneNumbers/Local|TollFree|Mobile``; listed on the main list too."""
    assert record is not None
    kind = _SUB_KINDS[ctx.resource.qualified_name] if ctx.resource is not None else None
    _fill_number(ctx, params, record, kind)
    main = dict(record)
    main.pop("_key", None)
    main.pop("_parent", None)
    for key in ("uri", "url"):
        value = main.get(key)
        if isinstance(value, str):
            for sub in ("/Local", "/TollFree", "/Mobile"):
                value = value.replace(f"IncomingPhoneNumbers{sub}/", "IncomingPhoneNumbers/")
            main[key] = value
    ctx.store.put(INCOMING, main)
    return record


for _qname in _SUB_KINDS:
    hook(_qname, "create")(_buy_kind)


def _list_kind(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """``IncomingPhoneNumbers/Local`` etc. list the account's numbers of that type."""
    kind = _SUB_KINDS[ctx.resource.qualified_name] if ctx.resource is not None else None
    wanted = _TYPE_BY_KIND.get(kind or "", None)
    rows = [
        r
        for r in reversed(ctx.store.find(INCOMING, account_sid=ctx.scope))
        if wanted is None or r.get("type") == wanted
    ]
    for name, field in (("PhoneNumber", "phone_number"), ("FriendlyName", "friendly_name")):
        if params.get(name):
            rows = [r for r in rows if str(params[name]) in str(r.get(field) or "")]
    return {"records": rows}


for _qname in _SUB_KINDS:
    hook(_qname, "list")(_list_kind)


@hook(INCOMING, "update")
def configure(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Check application SIDs, keep methods upper-case, move a number to another account."""
    assert record is not None
    _check_application(ctx, params.get("SmsApplicationSid"), "SmsApplicationSid")
    _check_application(ctx, params.get("VoiceApplicationSid"), "VoiceApplicationSid")
    for field in _METHOD_FIELDS:
        if record.get(field):
            record[field] = str(record[field]).upper()
    target = params.get("AccountSid")
    if target and target != record.get("account_sid"):
        _transfer(ctx, record, str(target))
    return record


def _transfer(ctx: Ctx, record: dict[str, Any], target: str) -> None:
    """Move a number between the acting account and its subaccounts (Twilio's AccountSid)."""
    if not can_reach(ctx.sandbox, ctx.account, target):
        raise SandboxError(
            400, 20001, f"AccountSid {target} is not this account or one of its subaccounts"
        )
    old = str(record.get("account_sid") or "")
    ctx.store.delete(INCOMING, str(record["sid"]), record.get("_parent"))
    for sender in ctx.store.find(SERVICE_NUMBERS, sid=record.get("sid")):
        ctx.store.delete(SERVICE_NUMBERS, str(sender["sid"]), sender.get("_parent"))
    record["account_sid"] = target
    record["_scope"] = record["_parent"] = target
    record.pop("_key", None)
    for key in ("uri", "url"):
        if isinstance(record.get(key), str):
            record[key] = record[key].replace(old, target)
    ctx.events.emit("number.transferred", sid=record["sid"], from_account=old, to_account=target)


@hook(INCOMING, "delete")
def release(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Releasing a number puts it back in stock (and out of any Messaging Service)."""
    if record is not None:
        for sender in ctx.store.find(SERVICE_NUMBERS, sid=record.get("sid")):
            ctx.store.delete(SERVICE_NUMBERS, str(sender["sid"]), sender.get("_parent"))
        ctx.events.emit(
            "number.released", account_sid=ctx.scope, phone_number=record.get("phone_number")
        )
    return None


# ---------------------------------------------------------------- services and apps


@hook(SERVICE_NUMBERS, "create")
def add_sender(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Add one of the account's numbers to a Messaging Service's sender pool."""
    assert record is not None
    sid = str(params.get("PhoneNumberSid") or "")
    number = ctx.store.get(INCOMING, sid)
    if number is None or number.get("account_sid") != ctx.scope:
        raise SandboxError(400, 21421, f"PhoneNumberSid {sid} is invalid.")
    old = record.get("sid")
    for key in ("url", "uri"):
        if isinstance(record.get(key), str) and old:
            record[key] = record[key].replace(str(old), sid)
    record["sid"] = sid
    record.pop("_key", None)
    record["phone_number"] = number.get("phone_number")
    record["country_code"] = _e164.country_of(str(number.get("phone_number"))) or "US"
    caps = number.get("capabilities") or {}
    record["capabilities"] = [k.upper() if k in ("sms", "mms") else k for k, v in caps.items() if v]
    return record


@hook(APPLICATIONS, "create")
def new_application(ctx: Ctx, params: dict[str, Any], record: dict[str, Any] | None) -> HookResult:
    """Applications get Twilio's default methods."""
    assert record is not None
    for field in _METHOD_FIELDS:
        if field in record and not record.get(field):
            record[field] = "POST"
    if "api_version" in record and not record.get("api_version"):
        record["api_version"] = API_VERSION
    return record
