"""Request parameters checked against the API description, before any state is touched.

Every value is held to its described type, enum and required flag, and to limits a
real store can keep: integers fit 64 bits, JSON nests at most :data:`MAX_JSON_DEPTH`
levels, URLs given for Twilio to call are ``http`` or ``https``.  A value outside them
is a Twilio-format 400 naming the parameter, never a server error further in.
"""

from __future__ import annotations

import email.utils
import json
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from callbox.description import Operation, Param

from .errors import bad_request

__all__ = ["MAX_JSON_DEPTH", "field_name", "load_json", "parse_params"]

#: The deepest nesting a JSON body or JSON-valued parameter may have.
MAX_JSON_DEPTH = 32
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1

_CALLS = "api.v2010.accounts.calls"
_MESSAGES = "api.v2010.accounts.messages"

# Twilio's codes for a few well-known missing parameters; others get 20001.
_MISSING_CODES = {"To": 21604, "Body": 21602, "From": 21603, "Url": 21205}

#: Twilio's own wording for a missing parameter of one resource: (code, message).
_MISSING_BY_RESOURCE: dict[tuple[str, str], tuple[int, str]] = {
    (_CALLS, "To"): (21201, "No 'To' number is specified"),
    (_CALLS, "From"): (21213, "No 'From' number is specified"),
    (_MESSAGES, "To"): (21604, 'A "To" phone number is required.'),
}

#: Twilio's codes for an invalid enumerated value of one resource ("Method is not valid: X").
_INVALID_BY_RESOURCE: dict[tuple[str, str], int] = {
    (_CALLS, "Method"): 21209,
    (_CALLS, "FallbackMethod"): 21209,
    (_CALLS, "StatusCallbackMethod"): 21209,
}


def field_name(param: Param) -> str:
    """The record field a parameter fills (``From`` → ``from``)."""
    return param.py_name.rstrip("_")


def _depth(value: object) -> int:
    """How deeply ``value`` nests, without recursion (so any input is safe)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
    return deepest


def load_json(text: str | bytes, what: str = "JSON body") -> Any:
    """Parse JSON a client sent: malformed, too deep or out-of-range input is a 400."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise bad_request(f"Invalid {what}: nested more than {MAX_JSON_DEPTH} levels") from None
    except (UnicodeDecodeError, ValueError):
        raise bad_request(f"Malformed {what}") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise bad_request(f"Invalid {what}: nested more than {MAX_JSON_DEPTH} levels")
    return value


def _json_or_text(param: Param, raw: str) -> Any:
    """An object-typed form value: its JSON when it parses, else the text as given."""
    try:
        too_deep = _depth(value := json.loads(raw)) > MAX_JSON_DEPTH
    except RecursionError:
        too_deep = True
    except ValueError:
        return raw
    if too_deep:
        raise bad_request(
            f"Invalid JSON in parameter {param.api_name}: nested more than {MAX_JSON_DEPTH} levels"
        )
    return value


def _int(raw: str) -> int:
    value = int(raw)
    if not _INT_MIN <= value <= _INT_MAX:
        raise ValueError(raw)
    return value


#: Parameters named like a URL that are not ones Twilio fetches over HTTP.
_NOT_HTTP = frozenset(("SipUrl", "AwsS3Url", "RedirectUrl", "AuthorizeRedirectUrl"))


def _is_url_param(param: Param) -> bool:
    """A URL Twilio will request (``StatusCallback``, ``VoiceUrl``, ``MediaUrl`` ...)."""
    name = param.api_name
    return (
        param.type in ("s", "a:s")
        and name.endswith(("Url", "URL", "Callback"))
        and name not in _NOT_HTTP
    )


def _check_url(param: Param, value: str) -> None:
    """Twilio calls only http and https URLs; anything else is refused up front."""
    if not value or urlsplit(value).scheme.lower() in ("http", "https"):
        return
    if param.api_name == "MediaUrl":
        raise bad_request(f"Invalid media URL(s): {value[:200]}", 21620)
    raise bad_request(
        f"Invalid value for parameter {param.api_name}: {value[:100]!r} "
        "is not an http or https URL",
        21205 if param.api_name.endswith(("Url", "URL")) else 20001,
    )


def _convert(param: Param, raw: Any) -> Any:
    kind = param.type[2:] if param.is_array else param.type
    if not isinstance(raw, str):
        raw = json.dumps(raw) if kind not in ("s",) else str(raw)
    try:
        if kind == "i":
            return _int(raw)
        if kind == "n":
            value = float(raw)
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError(raw)
            return value
        if kind == "b":
            low = raw.strip().lower()
            if low in ("true", "1"):
                return True
            if low in ("false", "0"):
                return False
            raise ValueError(raw)
        if kind == "dt":
            text = raw.strip()
            try:
                datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                if email.utils.parsedate_to_datetime(text) is None:
                    raise
            return text
        if kind == "d":
            date.fromisoformat(raw.strip()[:10])
            return raw.strip()
        if kind == "o":
            return _json_or_text(param, raw)
    except (ValueError, TypeError, OverflowError):
        raise bad_request(f"Invalid value for parameter {param.api_name}: {raw[:100]!r}") from None
    if _is_url_param(param):
        _check_url(param, raw)
    return raw


_JSON_KINDS: dict[str, tuple[type, ...]] = {
    "s": (str,),
    "dt": (str,),
    "dr": (str,),
    "d": (str,),
    "i": (int,),
    "n": (int, float),
    "b": (bool,),
    "o": (dict,),
}
_JSON_NAMES = {"s": "a string", "i": "an integer", "n": "a number", "b": "a boolean"}


def _member_ok(kind: str, value: object) -> bool:
    if kind == "*":
        return True
    if kind.startswith("a:"):
        return isinstance(value, list) and all(_member_ok(kind[2:], v) for v in value)
    if isinstance(value, bool) and kind not in ("b", "o"):
        return False  # JSON true is not the number 1
    if kind == "i" and isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
        return False
    return isinstance(value, _JSON_KINDS.get(kind, (object,)))


def _check_members(op: Operation, body: object) -> None:
    """A JSON body's top-level members against the described schema."""
    if not op.members:
        return
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON body: expected a JSON object")
    for member in op.members:
        value = body.get(member.api_name)
        if value is None:
            if member.required:
                raise bad_request(f"Missing required parameter {member.api_name} in the JSON body")
            continue
        if not _member_ok(member.type, value):
            kind = member.type[2:] if member.is_array else member.type
            shape = _JSON_NAMES.get(kind, "an object" if kind == "o" else "a string")
            expected = f"a list of {shape.split(' ', 1)[1]}s" if member.is_array else shape
            raise bad_request(f"Invalid value for parameter {member.api_name}: expected {expected}")
        if member.enum and not member.is_array and value not in member.enum:
            raise bad_request(
                f"Invalid value {str(value)[:100]!r} for parameter {member.api_name}; "
                f"expected one of: {', '.join(map(str, member.enum))}"
            )
        if _is_url_param(member) and isinstance(value, str):
            _check_url(member, value)


def parse_params(
    op: Operation,
    query: dict[str, list[str]],
    form: dict[str, list[str]],
    body: object,
    headers: dict[str, str] | None = None,
    qualified_name: str = "",
) -> dict[str, Any]:
    """Check and convert the request's parameters against the operation's description."""
    out: dict[str, Any] = {}
    for param in op.params:
        if param.location == "h":
            value = (headers or {}).get(param.api_name.lower())
            if value is not None:
                out[param.api_name] = value
            continue
        if param.location == "j":
            if body is not None:
                _check_members(op, body)
                out[param.api_name] = body
            elif param.required:
                raise bad_request("A JSON request body is required")
            continue
        source = query if param.location == "q" else form
        raw = source.get(param.api_name)
        if raw is None and param.location != "q":
            raw = query.get(param.api_name)  # Twilio reads the query string for POSTs too
        if raw and not param.is_array and raw[-1] == "" and not param.required:
            if param.type == "s":
                out[param.api_name] = ""
            continue
        if not raw or (not param.is_array and raw[-1] == ""):
            if param.required:
                own = _MISSING_BY_RESOURCE.get((qualified_name, param.api_name))
                if own is not None:
                    raise bad_request(own[1], own[0])
                where = "query" if param.location == "q" else "post body"
                code = _MISSING_CODES.get(param.api_name, 20001)
                raise bad_request(
                    f"Missing required parameter {param.api_name} in the {where}", code
                )
            continue
        values = [_convert(param, v) for v in (raw if param.is_array else raw[-1:])]
        if param.enum:
            values = [_enum_value(param, v, qualified_name) for v in values]
        out[param.api_name] = values if param.is_array else values[0]
    return out


def _enum_value(param: Param, value: Any, qualified_name: str) -> Any:
    allowed = {str(e).lower(): e for e in param.enum or ()}
    hit = allowed.get(str(value).lower())
    if hit is not None:
        return hit
    invalid = _INVALID_BY_RESOURCE.get((qualified_name, param.api_name))
    if invalid is not None:
        raise bad_request(f"{param.api_name} is not valid: {str(value)[:100].upper()}", invalid)
    raise bad_request(
        f"Invalid value {str(value)[:100]!r} for parameter {param.api_name}; "
        f"expected one of: {', '.join(map(str, param.enum or ()))}"
    )
