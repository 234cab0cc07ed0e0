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
#: An operation's parameter groups → location codes (groups come in their parameters' order).
#: ``"body"`` holds one object, the JSON body; its members get the code ``"m"``.
LOCATIONS = {"header": "h", "query": "q", "form": "f", "body": "j"}


#: Every type a file may name → its code, arrays included.
CODES = {**TYPES, **{f"{name}[]": f"a:{code}" for name, code in TYPES.items()}}


def fields(record: dict[str, Any]) -> dict[str, str]:
    """A resource's response fields, name → type code, from its ``fields`` groups."""
    out: dict[str, str] = {}
    for kind, names in record.get("fields", {}).items():
        out.update(dict.fromkeys(names, CODES[kind]))
    return out


def operations(records: dict[str, Any], on_instance: bool) -> dict[str, Operation]:
    """Operation name → :class:`Operation`, from a resource's ``list_ops`` or ``instance_ops``."""
    return {name: _operation(name, rec, on_instance) for name, rec in records.items()}


def _operation(name: str, record: dict[str, Any], on_instance: bool) -> Operation:
    params: list[Param] = []
    members: tuple[Param, ...] = ()
    for key, value in record.items():  # groups in file order: the parameters' order
        location = LOCATIONS.get(key)
        if location == "j":
            label = value["name"]
            params.append(Param(label, python_name(label), "j", "o", value.get("required", False)))
            members = tuple(_param(m, "m") for m in value.get("members", ()))
        elif location is not None:
            params.extend(_param(p, location) for p in value)
    return Operation(
        name,
        record["method"],
        on_instance,
        tuple(params),
        record.get("status", 200),
        "body" in record,
        members,
    )


def _param(record: str | dict[str, Any], location: str) -> Param:
    if isinstance(record, str):  # an optional plain string needs no more than its name
        return Param(record, python_name(record), location, "s", False)
    name = record["name"]
    enum = record.get("enum")
    return Param(
        name,
        python_name(name),
        location,
        CODES[record.get("type", "string")],
        record.get("required", False),
        None if enum is None else tuple(enum),
    )
