"""Records returned by the API, and pages of them.

An :class:`Instance` keeps the JSON it came from and converts a field (dates,
decimals) only when it is read, so paging through 50,000 records costs no
more than decoding their JSON.
"""

from __future__ import annotations

from ._engine import InstanceContext, path_names

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterator
    from typing import Any

    from ..description import Resource
    from ._engine import Dispatch, Node


def parse_rfc2822(value: str) -> _dt.datetime | str:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return value


def parse_iso8601(value: str) -> _dt.datetime | str:
    import datetime as _dt

    try:
        return _dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return value


def parse_date(value: str) -> _dt.date | str:
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return value


_CONVERT = {"dr": parse_rfc2822, "dt": parse_iso8601, "d": parse_date}


class Instance:
    """One API record: attribute access by field name, ``fetch``/``update``/``delete``.

    A field the description lists reads as None when the answer leaves it out, as the
    stubs promise; a name that is neither a field, a child resource nor an operation
    raises :class:`AttributeError`.
    """

    __slots__ = ("_cache", "_client", "_data", "_parent_values", "_resource")

    def __init__(
        self,
        client: Dispatch,
        resource: Resource,
        parent_values: tuple[str, ...],
        data: dict[str, Any],
    ) -> None:
        self._client = client
        self._resource = resource
        self._parent_values = parent_values
        self._data = data
        self._cache: dict[str, Any] | None = None

    # -- data

    def __getattr__(self, name: str) -> Any:
        data = self._data
        key = name
        if key not in data:
            if name.endswith("_") and name[:-1] in data:
                key = name[:-1]
            else:
                return self._absent(name)
        kind = self._resource.fields.get(key)
        convert = _CONVERT.get(kind) if kind else None
        value = data[key]
        if convert is None or not isinstance(value, str):
            return value
        cache = self._cache
        if cache is None:
            cache = self._cache = {}
        elif key in cache:
            return cache[key]
        cache[key] = result = convert(value)
        return result

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON data (a copy)."""
        return dict(self._data)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        return self.to_dict()

    def __dir__(self) -> list[str]:
        names = {("from_" if k == "from" else k) for k in (*self._data, *self._resource.fields)}
        names |= set(self._resource.instance_children)
        names |= set(self._resource.instance_ops)
        return sorted(names | {"to_dict"})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Instance):
            return NotImplemented
        return self._resource is other._resource and self._data == other._data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        label = self._resource.qualified_name
        ident = self._data.get("sid") or next(
            (self._data.get(k) for k in path_names(self._resource) if self._data.get(k)), None
        )
        return f"<{label} {ident}>" if ident else f"<{label}>"

    # -- navigation

    def _context(self) -> Node:
        res = self._resource
        try:
            values = self._parent_values + tuple(str(self._data[k]) for k in path_names(res))
        except KeyError as exc:
            raise AttributeError(
                f"{res.qualified_name} record has no {exc} to address it by"
            ) from None
        return InstanceContext(self._client, res, values)

    def _absent(self, name: str) -> Any:
        """A name not in the record's data: a field left out, a child or an operation.

        A field wins over a child resource of the same name, as in the stubs; the
        child stays reachable from the context (``client.<...>(sid).<child>``).
        """
        res = self._resource
        if name in res.fields or (name.endswith("_") and name[:-1] in res.fields):
            return None
        if name in res.instance_children or name in res.instance_ops:
            return getattr(self._context(), name)
        raise AttributeError(f"{res.qualified_name} record has no field {name!r}")

    def fetch(self) -> Any:
        """Fetch the record again (a coroutine on the async client)."""
        return self._context().fetch()

    def update(self, *args: Any, **kwargs: Any) -> Any:
        """Update the record (a coroutine on the async client)."""
        return self._context().update(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        """Delete the record (a coroutine on the async client)."""
        return self._context().delete(*args, **kwargs)


class Page:
    """One page of records, with the links to its neighbours."""

    __slots__ = ("_client", "_node", "next_page_url", "previous_page_url", "records", "url")

    def __init__(
        self,
        client: Dispatch,
        node: Node,
        records: list[Instance],
        url: str,
        next_page_url: str | None,
        previous_page_url: str | None,
    ) -> None:
        self._client = client
        self._node = node
        self.records = records
        self.url = url
        self.next_page_url = next_page_url
        self.previous_page_url = previous_page_url

    def __iter__(self) -> Iterator[Instance]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, i: int) -> Instance:
        return self.records[i]

    def next_page(self) -> Any:
        """The next page, or None (a coroutine on the async client)."""
        return self._client._page_at(self._node, self.next_page_url)

    def previous_page(self) -> Any:
        """The previous page, or None (a coroutine on the async client)."""
        return self._client._page_at(self._node, self.previous_page_url)

    def __repr__(self) -> str:
        return f"<Page {len(self.records)} records of {self._node._res.qualified_name}>"
