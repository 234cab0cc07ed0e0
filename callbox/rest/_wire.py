"""Turning a call into a request and a response into data: pure, no I/O.

Both clients run every operation through :func:`encode` and :func:`decode`;
only the sending differs.
"""

from __future__ import annotations

from ..errors import RestError, rest_error_class

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from ..description import Operation, Param, Resource
    from ._transport import Response


def signature(res: Resource, op: Operation) -> str:
    return f"{res.name}.{op.name}()"


def bind_args(
    res: Resource, op: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    """Map positional arguments onto the required parameters, in order."""
    if not args:
        return kwargs
    required = op.required
    if len(args) > len(required):
        raise TypeError(
            f"{signature(res, op)} takes at most {len(required)} positional argument(s) "
            f"({', '.join(p.py_name for p in required) or 'none'}); pass the rest by keyword"
        )
    merged = dict(kwargs)
    for param, value in zip(required, args, strict=False):
        if param.py_name in merged:
            raise TypeError(f"{signature(res, op)} got multiple values for {param.py_name!r}")
        merged[param.py_name] = value
    return merged


def check_params(
    res: Resource, op: Operation, kwargs: dict[str, Any], extra: Iterable[str] = ()
) -> None:
    """Unknown names → TypeError listing the valid ones; missing required → TypeError."""
    by_name = op.by_py_name
    skip = set(extra)
    for name in kwargs:
        if name not in by_name and name not in skip:
            valid = ", ".join(sorted(by_name)) or "none"
            raise TypeError(
                f"{signature(res, op)} got an unexpected keyword argument {name!r}; valid: {valid}"
            )
    for p in op.params:
        if p.required and kwargs.get(p.py_name) is None:
            raise TypeError(f"{signature(res, op)} is missing the required parameter {p.py_name!r}")


def _scalar(param: Param, value: Any, where: str) -> str:
    if isinstance(value, str):
        text = value
    elif value is True or value is False:
        text = "true" if value else "false"
    elif isinstance(value, (int, float)):
        text = str(value)
    elif isinstance(value, (dict, list, tuple)):
        import json

        text = json.dumps(value, separators=(",", ":"))
    else:
        import datetime as _dt

        if isinstance(value, _dt.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(_dt.timezone.utc)
            kind = param.type[2:] if param.is_array else param.type
            text = value.date().isoformat() if kind == "d" else value.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif isinstance(value, _dt.date):
            text = value.isoformat()
        else:
            text = str(value)
    if param.enum is not None and text not in param.enum:
        choices = ", ".join(repr(v) for v in param.enum)
        raise ValueError(f"{where}: {param.py_name}={value!r} is not one of {choices}")
    return text


def serialise(
    res: Resource, op: Operation, kwargs: dict[str, Any]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, str], Any]:
    """Split keyword arguments into query pairs, form pairs, headers and a JSON body."""
    query: list[tuple[str, str]] = []
    form: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    body: Any = None
    by_name = op.by_py_name
    where = signature(res, op)
    for name, value in kwargs.items():
        if value is None:
            continue
        param = by_name[name]
        if param.location == "j":
            body = value
            continue
        if param.is_array and isinstance(value, (list, tuple, set, frozenset)):
            texts = [_scalar(param, v, where) for v in value]
        else:
            texts = [_scalar(param, value, where)]
        if param.location == "h":
            headers[param.api_name] = ",".join(texts)
        else:
            target = form if param.location == "f" else query
            target.extend((param.api_name, t) for t in texts)
    return query, form, headers, body


def fill_path(template: str, values: tuple[str, ...]) -> str:
    """Put path values into a template positionally, each fully percent-encoded."""
    from urllib.parse import quote

    out = []
    rest = template
    for value in values:
        start = rest.find("{")
        end = rest.find("}", start)
        if start < 0:
            break
        out.append(rest[:start])
        out.append(quote(str(value), safe=""))
        rest = rest[end + 1 :]
    out.append(rest)
    return "".join(out)


def form_body(pairs: list[tuple[str, str]]) -> bytes:
    from urllib.parse import urlencode

    return urlencode(pairs).encode()


def query_string(pairs: list[tuple[str, str]]) -> str:
    from urllib.parse import urlencode

    return urlencode(pairs)


def decode(response: Response, method: str, url: str) -> Any:
    """The JSON of a 2xx answer, or the matching :class:`RestError`."""
    status = response.status
    if 200 <= status < 300:
        if status == 204 or not response.body:
            return None
        import json

        try:
            return json.loads(response.body)
        except ValueError as exc:
            raise RestError(status, url, f"the answer is not JSON: {exc}", method=method) from None
    raise error_from(response, method, url)


def error_from(response: Response, method: str, url: str) -> RestError:
    import json

    data: dict[str, Any] = {}
    try:
        parsed = json.loads(response.body) if response.body else {}
        if isinstance(parsed, dict):
            data = parsed
    except ValueError:
        pass
    message = (
        data.get("message")
        or data.get("detail")
        or response.text[:200]
        or f"HTTP {response.status}"
    )
    code = data.get("code")
    return rest_error_class(response.status)(
        status=response.status,
        uri=url,
        msg=str(message),
        code=int(code) if isinstance(code, (int, str)) and str(code).isdigit() else None,
        method=method,
        details=data.get("details"),
        more_info=data.get("more_info"),
    )
