"""Per-call and per-conversation state: a dict that knows what a handler changed.

Values are anything JSON can hold.  A value that is not is refused when it is set, so the
error points at the line that set it.  Fields are decoded when first read; when the
handler returns, each field it read or set is encoded again and written back only if it
differs from what the store had (so ``state["path"].append(...)`` is kept too).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

from ._errors import FlowError

__all__ = ["META", "State"]

#: Fields flows keeps for itself start with this; they are invisible through the mapping.
META = "~"


def _encode(key: str, value: Any) -> str:
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise FlowError(
            f"state[{key!r}] must be JSON-serialisable (str, int, float, bool, None, list, "
            f"dict): {exc}"
        ) from None


class State(MutableMapping[str, Any]):
    """The state of one call or SMS conversation, as a handler sees it."""

    __slots__ = ("_deleted", "_raw", "_values")

    def __init__(self, raw: Mapping[str, str] | None = None) -> None:
        self._raw: dict[str, str] = dict(raw or {})
        self._values: dict[str, Any] = {}
        self._deleted: set[str] = set()

    def __repr__(self) -> str:
        return f"State({dict(self)!r})"

    @staticmethod
    def _check(key: str) -> None:
        if not isinstance(key, str):
            raise FlowError(f"state keys are strings, not {type(key).__name__}")
        if key.startswith(META):
            raise FlowError(f"state keys starting with {META!r} are reserved (got {key!r})")

    def _get(self, key: str) -> Any:
        if key in self._values:
            return self._values[key]
        if key not in self._raw:
            raise KeyError(key)
        value = json.loads(self._raw[key])
        self._values[key] = value
        return value

    def _set(self, key: str, value: Any) -> None:
        _encode(key, value)
        self._values[key] = value
        self._deleted.discard(key)

    def _delete(self, key: str) -> None:
        if key not in self._values and key not in self._raw:
            raise KeyError(key)
        self._values.pop(key, None)
        self._raw.pop(key, None)
        self._deleted.add(key)

    def _keys(self) -> list[str]:
        return [k for k in dict.fromkeys([*self._raw, *self._values]) if k not in self._deleted]

    # ------------------------------------------------------------ the mapping

    def __getitem__(self, key: str) -> Any:
        if not isinstance(key, str) or key.startswith(META):
            raise KeyError(key)
        return self._get(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._check(key)
        self._set(key, value)

    def __delitem__(self, key: str) -> None:
        self._check(key)
        self._delete(key)

    def __iter__(self) -> Iterator[str]:
        return (k for k in self._keys() if not k.startswith(META))

    def __len__(self) -> int:
        return sum(1 for k in self._keys() if not k.startswith(META))

    # ------------------------------------------------------------ flows' own fields

    def meta(self, name: str) -> Any:
        try:
            return self._get(META + name)
        except KeyError:
            return None

    def set_meta(self, name: str, value: Any) -> None:
        key = META + name
        if value is not None:
            self._set(key, value)
        elif key in self._values or key in self._raw:
            self._delete(key)

    def clear_all(self) -> None:
        """Forget every field (flows' own too)."""
        for key in self._keys():
            self._delete(key)

    def changes(self) -> dict[str, str | None]:
        """Fields to write back: JSON text for changed ones, None for deleted ones."""
        found: dict[str, str | None] = dict.fromkeys(self._deleted)
        for key, value in self._values.items():
            text = _encode(key, value)
            if self._raw.get(key) != text:
                found[key] = text
        return found
