"""TwiML for faxes: ``<Response>`` and ``<Receive>``.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
"""

from __future__ import annotations

from ._element import GenericNode, TwiML
from ._schema import ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._element import Value


class FaxResponse(TwiML):
    """``<Response>``: The root of a fax TwiML document."""

    __slots__ = ()
    _row = ROWS["FaxResponse"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def receive(
        self,
        action: Value = None,
        method: Value = None,
        media_type: Value = None,
        page_size: Value = None,
        store_media: Value = None,
        **kwargs: Value,
    ) -> Receive:
        """Add ``<Receive>`` and return it. Receive an incoming fax."""
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if media_type is not None:
            a["mediaType"] = media_type
        if method is not None:
            a["method"] = method
        if page_size is not None:
            a["pageSize"] = page_size
        if store_media is not None:
            a["storeMedia"] = store_media
        return self._new(Receive, None, a, kwargs)


class Receive(TwiML):
    """``<Receive>``: Receive an incoming fax."""

    __slots__ = ()
    _row = ROWS["Receive"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


ROWS["FaxResponse"].cls = FaxResponse
ROWS["Receive"].cls = Receive

__all__ = [
    "FaxResponse",
    "GenericNode",
    "Receive",
    "TwiML",
]
