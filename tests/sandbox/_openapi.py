"""The shipped API description written back out as an OpenAPI document, so a schema
fuzzer (schemathesis) can drive the sandbox with what the description allows and with
what it does not.  Paths carry the sandbox's host label (``/api/2010-04-01/...``)."""

from __future__ import annotations

from typing import Any

from callbox.description import Operation, Param
from callbox.sandbox._routes import Route, routes

_SCALARS: dict[str, dict[str, Any]] = {
    "s": {"type": "string"},
    "i": {"type": "integer"},
    "n": {"type": "number"},
    "b": {"type": "boolean"},
    "o": {"type": "object"},
    "dt": {"type": "string", "format": "date-time"},
    "dr": {"type": "string"},
    "d": {"type": "string", "format": "date"},
    "*": {},
}


def _schema(param: Param) -> dict[str, Any]:
    kind = param.type[2:] if param.is_array else param.type
    schema = dict(_SCALARS.get(kind, {"type": "string"}))
    if param.enum:
        schema["enum"] = list(param.enum)
    return {"type": "array", "items": schema} if param.is_array else schema


def _operation(route: Route, op: Operation) -> dict[str, Any]:
    parameters: list[dict[str, Any]] = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in route.params
    ]
    form: dict[str, Any] = {}
    required: list[str] = []
    for param in op.params:
        if param.location in ("q", "h"):
            where = "query" if param.location == "q" else "header"
            parameters.append(
                {
                    "name": param.api_name,
                    "in": where,
                    "required": param.required,
                    "schema": _schema(param),
                }
            )
        elif param.location == "f":
            form[param.api_name] = _schema(param)
            if param.required:
                required.append(param.api_name)
    out: dict[str, Any] = {
        "operationId": f"{route.label}{route.path}:{op.method}",
        "parameters": parameters,
        "responses": {"default": {"description": "any"}},
    }
    if op.json_body:
        members = {m.api_name: _schema(m) for m in op.members}
        body: dict[str, Any] = {"type": "object", "properties": members}
        needed = [m.api_name for m in op.members if m.required]
        if needed:
            body["required"] = needed
        out["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    elif form:
        body = {"type": "object", "properties": form}
        if required:
            body["required"] = required
        out["requestBody"] = {
            "required": bool(required),
            "content": {"application/x-www-form-urlencoded": {"schema": body}},
        }
    return out


def openapi() -> dict[str, Any]:
    """Every described operation of every route, as OpenAPI 3.0."""
    paths: dict[str, dict[str, Any]] = {}
    for route in routes():
        item = paths.setdefault(f"/{route.label}{route.path}", {})
        for op in route.resource.ops(route.instance).values():
            item.setdefault(op.method.lower(), _operation(route, op))
    return {
        "openapi": "3.0.3",
        "info": {"title": "callbox sandbox (from the shipped description)", "version": "1"},
        "paths": paths,
    }
