"""Running one action: check the payload, create the record, answer in the block's shape."""

from __future__ import annotations

import threading

from ..errors import RestError, TransportError
from ._fields import ACTIONS, CREDENTIALS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from ..rest import Client
    from ._fields import Field

__all__ = ["NO_CREDENTIALS", "error", "run", "run_json", "success"]

NO_CREDENTIALS = "Credentials are required to create a Client"
_KINDS = {
    "string": "a string",
    "select": "a string",
    "number": "a number",
    "boolean": "true or false",
    "list": "a string or an array of strings",
    "urls": "a string or an array of strings",
}
_CLIENTS: dict[tuple[str, str, str | None], Client] = {}
_CLIENTS_LOCK = threading.Lock()
_MAX_CLIENTS = 32


class Refused(Exception):
    """The payload cannot be sent: its message is the block's error text."""


def success(record: Mapping[str, Any]) -> dict[str, Any]:
    return {"callback": "success", "contextWrites": {"to": dict(record)}}


def error(message: str) -> dict[str, Any]:
    return {"callback": "error", "contextWrites": {"to": message}}


def _absent(value: Any) -> bool:
    return value is None or value == ""


def _value(field: Field, value: Any) -> Any:
    """The field's value as the client takes it; :class:`Refused` for a wrong type."""
    kind = field.kind
    if kind in ("string", "select") and isinstance(value, str):
        return value
    if kind == "number" and not isinstance(value, bool):
        number: Any = value
        if isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                number = None
        if isinstance(number, (int, float)) and number == number:  # not NaN
            return int(number) if float(number).is_integer() else number
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
    if kind in ("list", "urls"):
        if isinstance(value, str):
            return value.replace(",", " ").split() if kind == "list" else [value]
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return list(value)
    shown = "" if field.name in CREDENTIALS else f", not {_shown(value)}"
    raise Refused(f'Field "{field.name}" must be {_KINDS[kind]}{shown}')


def _shown(value: Any) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def read_payload(
    name: str, payload: Any, credentials: tuple[str, str] | None = None
) -> tuple[str, str, dict[str, Any]]:
    """Account SID, auth token and the client's parameters; :class:`Refused` if unusable."""
    fields = ACTIONS[name][1]
    if not isinstance(payload, dict):
        raise Refused(f"The input must be a JSON object with {name}'s fields")
    known = {f.name: f for f in fields}
    for key in payload:
        if key not in known and key not in CREDENTIALS:
            valid = ", ".join([*CREDENTIALS, *known])
            raise Refused(f'Unknown field "{key}"; {name} takes: {valid}')
    sid, token = payload.get("accountSid"), payload.get("accountToken")
    for key, value in (("accountSid", sid), ("accountToken", token)):
        if not _absent(value) and not isinstance(value, str):
            raise Refused(f'Field "{key}" must be a string')
    if _absent(sid) or _absent(token):
        if credentials is None or not _absent(sid) or not _absent(token):
            raise Refused(NO_CREDENTIALS)
        sid, token = credentials
    params: dict[str, Any] = {}
    for field in fields:
        value = payload.get(field.name)
        if _absent(value):
            if field.required:
                # Sent empty: Twilio says what is missing, with its own code and words.
                params[field.param] = ""
            continue
        params[field.param] = _value(field, value)
    return str(sid), str(token), params


def _client(sid: str, token: str, base_url: str | None) -> Client:
    key = (sid, token, base_url)
    with _CLIENTS_LOCK:
        found = _CLIENTS.get(key)
        if found is None:
            from urllib.parse import urlsplit

            from ..rest import Client

            host = urlsplit(base_url).hostname or "" if base_url else ""
            local = host in ("localhost", "::1") or host.startswith("127.")
            found = Client(sid, token, base_url=base_url, proxy="" if local else None)
            if len(_CLIENTS) >= _MAX_CLIENTS:
                _CLIENTS.pop(next(iter(_CLIENTS))).close()
            _CLIENTS[key] = found
        return found


def run(
    name: str,
    payload: Any,
    *,
    base_url: str | None = None,
    credentials: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """Run action ``name`` (``makeCall``, ``sendMessage``, ``sendMediaMessage``) on ``payload``.

    Returns ``{"callback": "success", "contextWrites": {"to": <the record>}}`` or
    ``{"callback": "error", "contextWrites": {"to": "<what went wrong>"}}``; API
    errors read ``[HTTP 400] Unable to create record: <Twilio's message>``.
    ``base_url`` sends the request to a sandbox (else ``CALLBOX_BASE_URL`` or Twilio);
    ``credentials`` (account SID, auth token) stand in when the payload has none.
    An unknown ``name`` raises :class:`ValueError` naming the actions.
    """
    if name not in ACTIONS:
        raise ValueError(f"unknown action {name!r}; actions: {', '.join(ACTIONS)}")
    try:
        sid, token, params = read_payload(name, payload, credentials)
    except Refused as exc:
        return error(str(exc))
    resource = ACTIONS[name][0]
    client = _client(sid, token, base_url)
    try:
        record = getattr(client, resource).create(**params)
    except RestError as exc:
        return error(f"[HTTP {exc.status}] Unable to create record: {exc.msg}")
    except TransportError as exc:
        return error(f"Unable to create record: no answer from the API ({exc})")
    except (TypeError, ValueError) as exc:
        return error(f"Unable to create record: {exc}")
    return success(record.to_dict())


def run_json(
    name: str,
    text: str | bytes,
    *,
    base_url: str | None = None,
    credentials: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """:func:`run` on a JSON text; text that is not JSON is the block's error, not an exception."""
    import json

    if name not in ACTIONS:
        raise ValueError(f"unknown action {name!r}; actions: {', '.join(ACTIONS)}")
    try:
        payload = json.loads(text)
    except ValueError as exc:
        return error(f"The input is not JSON: {exc}")
    return run(name, payload, base_url=base_url, credentials=credentials)
