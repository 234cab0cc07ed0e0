"""The words the shipped files use (docs/description.md), decoded into the codes objects carry.

Files spell types and parameter locations out (``"date-time"``, ``"form"``) so a reviewer
reads them without a key; :class:`Param` and ``Resource.fields`` keep the short codes
(``"dt"``, ``"f"``) that the client, the sandbox and the CLI compare against.
"""

from __future__ import annotations

from ._model import Operation, Param
from ._names import python_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Type names in the files → codes; ``"<type>[]"`` is an array of it (code ``"a:<code>"``).
TYPES = {
    "string": "s",
    "integer": "i",
    "number": "n",
    "boolean": "b",
    "object": "o",
    "date-time": "dt",
    "date-time-rfc-2822": "dr",
    "date": "d",
    "any": "*",
}
#: Parameter locations in the files → codes (JSON body members sit apart, code ``"m"``).
LOCATIONS = {"query": "q", "form": "f", "header": "h", "body": "j"}


def type_code(name: str) -> str:
    """``"date-time"`` → ``"dt"``, ``"string[]"`` → ``"a:s"``."""
    if name.endswith("[]"):
        return "a:" + TYPES[name[:-2]]
    return TYPES[name]


def fields(record: dict[str, Any]) -> dict[str, str]:
    """A resource's response fields, name → type code, from its ``fields`` groups."""
    return {
        field: type_code(kind)
        for kind, names in record.get("fields", {}).items()
        for field in names
    }


def operations(records: dict[str, Any], on_instance: bool) -> dict[str, Operation]:
    """Operation name → :class:`Operation`, from a resource's ``list_ops`` or ``instance_ops``."""
    return {
        name: Operation(
            name,
            rec["method"],
            on_instance,
            tuple(_param(p, LOCATIONS[p["in"]]) for p in rec.get("params", ())),
            rec.get("status", 200),
            rec.get("json_body", False),
            tuple(_param(m, "m") for m in rec.get("members", ())),
        )
        for name, rec in records.items()
    }


def _param(rec: dict[str, Any], location: str) -> Param:
    name = rec["name"]
    enum = rec.get("enum")
    return Param(
        name,
        python_name(name),
        location,
        type_code(rec.get("type", "string")),
        rec.get("required", False),
        None if enum is None else tuple(enum),
    )
