"""``callbox numbers search|buy|list|update|release``.

A number you own is named by its SID (``PN…``) or the number itself (``+1…``).
"""

from __future__ import annotations

import click

from .._group import Group
from .common import client, confirm, limit_option, output, setup_error, stream_limit, yes_option

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["numbers"]

KINDS = {"local": "local", "toll-free": "toll_free", "mobile": "mobile"}
SEARCH_COLUMNS = ("phone_number", "friendly_name", "locality", "region", "iso_country")
OWNED_COLUMNS = ("sid", "phone_number", "friendly_name", "sms_url", "voice_url")

#: update's options: (option, client parameter, help).
_SETTINGS = (
    ("--friendly-name", "friendly_name", "A name for the number."),
    ("--sms-url", "sms_url", "Where incoming messages go."),
    ("--sms-method", "sms_method", "GET or POST for --sms-url."),
    ("--sms-fallback-url", "sms_fallback_url", "Tried when --sms-url fails."),
    ("--sms-application", "sms_application_sid", "A TwiML App for messages (AP…)."),
    ("--voice-url", "voice_url", "Where incoming calls go."),
    ("--voice-method", "voice_method", "GET or POST for --voice-url."),
    ("--voice-fallback-url", "voice_fallback_url", "Tried when --voice-url fails."),
    ("--voice-application", "voice_application_sid", "A TwiML App for calls (AP…)."),
    ("--status-callback", "status_callback", "Where call status changes go."),
)


def _setting_options(f: Any) -> Any:
    for option, name, text in reversed(_SETTINGS):
        if option.endswith("-method"):
            f = click.option(option, name, type=click.Choice(["GET", "POST"]), help=text)(f)
        else:
            metavar = "AP_SID" if "application" in option else None
            metavar = "URL" if "url" in option or "callback" in option else metavar
            f = click.option(option, name, metavar=metavar, help=text)(f)
    return f


def _settings(given: dict[str, Any]) -> dict[str, Any]:
    return {name: given.pop(name) for _, name, _ in _SETTINGS if given.get(name) is not None}


def owned_sid(rest: Any, number: str) -> str:
    """The ``PN…`` SID of a number the account owns, given its SID or the number."""
    if number.startswith("PN"):
        return number
    found = rest.incoming_phone_numbers.list(phone_number=number, limit=1)
    if not found:
        raise setup_error(f"the account owns no number {number} (callbox numbers list)")
    return str(found[0].sid)


@click.group(cls=Group)
def numbers() -> None:
    """Search, buy, list, update and release phone numbers."""


@numbers.command("search")
@click.argument("country", default="US")
@click.option(
    "--type",
    "kind",
    type=click.Choice(sorted(KINDS)),
    default="local",
    show_default=True,
    help="What kind of number.",
)
@click.option("--area-code", type=int, help="Only in this area code.")
@click.option("--contains", metavar="PATTERN", help="Digits or letters (* for any digit).")
@click.option("--sms", is_flag=True, help="Only numbers that can send and receive SMS.")
@click.option("--mms", is_flag=True, help="Only numbers that can send MMS.")
@click.option("--voice", is_flag=True, help="Only numbers that can take calls.")
@limit_option(default=20)
def numbers_search(
    country: str,
    kind: str,
    area_code: int | None,
    contains: str | None,
    sms: bool,
    mms: bool,
    voice: bool,
    limit: int,
) -> None:
    """Find numbers to buy in COUNTRY (default US)."""
    params: dict[str, Any] = {}
    if area_code is not None:
        params["area_code"] = area_code
    if contains:
        params["contains"] = contains
    for name, wanted in (("sms_enabled", sms), ("mms_enabled", mms), ("voice_enabled", voice)):
        if wanted:
            params[name] = True
    stock = getattr(client().available_phone_numbers(country.upper()), KINDS[kind])
    rows = stock.stream(**params, **stream_limit(limit))
    output().records(rows, SEARCH_COLUMNS, key="phone_number", empty="No numbers found.")


@numbers.command("buy")
@click.argument("number", required=False)
@click.option("--area-code", type=int, help="Buy any number in this area code instead.")
@_setting_options
def numbers_buy(number: str | None, area_code: int | None, **given: Any) -> None:
    """Buy NUMBER (E.164), or any number in --area-code."""
    if bool(number) == (area_code is not None):
        raise setup_error("give either a NUMBER or --area-code")
    params = _settings(given)
    if number:
        params["phone_number"] = number
    else:
        params["area_code"] = str(area_code)
    bought = client().incoming_phone_numbers.create(**params).to_dict()
    output().record(bought, summary=f"{bought['sid']} {bought['phone_number']} bought")


@numbers.command("list")
@click.option("--number", metavar="NUMBER", help="Only this number.")
@click.option("--name", "friendly_name", help="Only numbers with this friendly name.")
@limit_option()
def numbers_list(number: str | None, friendly_name: str | None, limit: int) -> None:
    """List the numbers the account owns."""
    params: dict[str, Any] = {
        k: v for k, v in (("phone_number", number), ("friendly_name", friendly_name)) if v
    }
    rows = client().incoming_phone_numbers.stream(**params, **stream_limit(limit))
    output().records(rows, OWNED_COLUMNS, empty="No numbers.")


@numbers.command("update")
@click.argument("number")
@_setting_options
def numbers_update(number: str, **given: Any) -> None:
    """Change where a number's messages and calls go (NUMBER: PN… or +1…)."""
    params = _settings(given)
    if not params:
        raise setup_error("nothing to change: give at least one option (see --help)")
    rest = client()
    updated = rest.incoming_phone_numbers(owned_sid(rest, number)).update(**params).to_dict()
    output().record(updated, summary=f"{updated['sid']} {updated['phone_number']} updated")


@numbers.command("release")
@click.argument("number")
@yes_option
def numbers_release(number: str, yes: bool) -> None:
    """Give a number back (NUMBER: PN… or +1…); it stops working at once."""
    rest = client()
    sid = owned_sid(rest, number)
    confirm(yes, f"Release {number}? Calls and messages to it will stop.")
    rest.incoming_phone_numbers(sid).delete()
    output().record({"sid": sid, "released": True}, summary=f"{sid} released")
