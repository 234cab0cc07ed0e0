"""What one operation takes: :class:`Param` and :class:`Operation` (plain data, no I/O)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Param:
    """One request parameter."""

    __slots__ = ("api_name", "enum", "is_array", "location", "py_name", "required", "type")

    def __init__(
        self,
        api_name: str,
        py_name: str,
        location: str,
        type: str,
        required: bool,
        enum: tuple[Any, ...] | None = None,
    ) -> None:
        self.api_name = api_name
        self.py_name = py_name
        # "q" query, "f" form body, "h" header, "j" whole JSON body, "m" a JSON body's member
        self.location = location
        self.type = type  # s i n b o dt dr d, "a:<type>", or * (JSON members: any shape)
        self.required = required
        self.enum = enum
        self.is_array = type.startswith("a:")

    def __repr__(self) -> str:
        return f"<Param {self.py_name} ({self.api_name}, {self.location}, {self.type})>"


class Operation:
    """One HTTP operation of a resource: create, list, fetch, update or delete."""

    __slots__ = (
        "by_py_name",
        "json_body",
        "members",
        "method",
        "name",
        "on_instance",
        "params",
        "required",
        "status",
    )

    def __init__(
        self,
        name: str,
        method: str,
        on_instance: bool,
        params: tuple[Param, ...],
        status: int = 200,
        json_body: bool = False,
        members: tuple[Param, ...] = (),
    ) -> None:
        self.name = name
        self.method = method
        self.on_instance = on_instance
        self.params = params
        self.status = status
        self.json_body = json_body
        #: A JSON body's top-level members, as described (checked by the sandbox).
        self.members = members
        self.by_py_name = {p.py_name: p for p in params}
        self.required = tuple(p for p in params if p.required)

    def __repr__(self) -> str:
        return f"<Operation {self.name} {self.method}>"
