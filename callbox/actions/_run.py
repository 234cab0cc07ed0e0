"""Running one action: check the payload, create the record, answer in the block's shape."""

from __future__ import annotations

import threading
from urllib.parse import quote

from ..errors import TransportError
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
    "decimal": "a string or a number",
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


def _value(field: Field, value: Any) -> str | list[str]:
    """The field's value as form text; :class:`Refused` for a value of the wrong type."""
    kind = field.kind
    if kind in ("string", "select", "decimal") and isinstance(value, str):
        return value
    if kind == "decimal" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if kind == "number" and not isinstance(value, bool):
        number: Any = value
        if isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                number = None
        if isinstance(number, (int, float)) and number == number:  # not NaN
            return str(int(number)) if float(number).is_integer() else str(number)
    if kind == "boolean":
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower()
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
    """Account SID, auth token and the form to send; :class:`Refused` if unusable."""
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
    form: dict[str, Any] = {}
    for field in fields:
        value = payload.get(field.name)
        # Absent fields are left out, required ones too: Twilio says what is missing,
        # with its own code and words, as it did for the block.
        if not _absent(value):
            form[field.param] = _value(field, value)
    return str(sid), str(token), form


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
    client = _client(sid, token, base_url)
    # The form goes as the block sent it: the client's own checks (enums, required
    # parameters) would answer in other words than Twilio's, which the block promises.
    api: Any = client.api
    path = f"/2010-04-01/Accounts/{quote(sid, safe='')}/{ACTIONS[name][0]}.json"
    try:
        response = client.request("POST", api.base_url + path, data=params)
    except TransportError as exc:
        return error(f"Unable to create record: no answer from the API ({exc})")
    data = _json(response.body)
    if 200 <= response.status < 300 and isinstance(data, dict):
        return success(data)
    message = data.get("message") if isinstance(data, dict) else None
    if not message:
        message = response.body.decode("utf-8", "replace")[:200] or f"HTTP {response.status}"
    return error(f"[HTTP {response.status}] Unable to create record: {message}")


def _json(body: bytes) -> Any:
    import json

    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


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
