"""TwiML for faxes: ``<Response>`` and ``<Receive>``.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
"""

from __future__ import annotations

from ._element import _PLAIN as _P
from ._element import GenericNode, TwiML, _checked
from ._element import _attr_value as _esc
from ._element import format_value as _fmt
from ._schema import ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._element import Value


class FaxResponse(TwiML):
    """``<Response>``: The root of a fax TwiML document."""

    __slots__ = ()
    _row = ROWS["FaxResponse"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Response", kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Receive"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Receive>")}"'
        if media_type is not None:
            s = media_type if media_type.__class__ is str else _fmt(media_type)
            a["mediaType"] = s
            h += f' mediaType="{s if s in _P else _esc(s, "the mediaType attribute of <Receive>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Receive", "mediaType", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Receive>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Receive", "method", s)
        if page_size is not None:
            s = page_size if page_size.__class__ is str else _fmt(page_size)
            a["pageSize"] = s
            h += f' pageSize="{s if s in _P else _esc(s, "the pageSize attribute of <Receive>")}"'
            if s not in _K2.ok and self.strict:
                _checked(_K2, "Receive", "pageSize", s)
        if store_media is not None:
            s = store_media if store_media.__class__ is str else _fmt(store_media)
            a["storeMedia"] = s
            h += f' storeMedia="{s if s in _P else _esc(s, "the storeMedia attribute of <Receive>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Receive", "storeMedia", s)
        return self._new(Receive, None, a, h, kwargs)


class Receive(TwiML):
    """``<Receive>``: Receive an incoming fax."""

    __slots__ = ()
    _row = ROWS["Receive"]

    def __init__(
        self,
        *,
        action: Value = None,
        method: Value = None,
        media_type: Value = None,
        page_size: Value = None,
        store_media: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Receive"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Receive>")}"'
        if media_type is not None:
            s = media_type if media_type.__class__ is str else _fmt(media_type)
            a["mediaType"] = s
            h += f' mediaType="{s if s in _P else _esc(s, "the mediaType attribute of <Receive>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Receive", "mediaType", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Receive>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Receive", "method", s)
        if page_size is not None:
            s = page_size if page_size.__class__ is str else _fmt(page_size)
            a["pageSize"] = s
            h += f' pageSize="{s if s in _P else _esc(s, "the pageSize attribute of <Receive>")}"'
            if s not in _K2.ok and strict:
                _checked(_K2, "Receive", "pageSize", s)
        if store_media is not None:
            s = store_media if store_media.__class__ is str else _fmt(store_media)
            a["storeMedia"] = s
            h += f' storeMedia="{s if s in _P else _esc(s, "the storeMedia attribute of <Receive>")}"'
            if s not in _K3.ok and strict:
                _checked(_K3, "Receive", "storeMedia", s)
        self._init(None, a, h, kwargs, strict)


_K0 = ROWS["Receive"].checks["mediaType"]
_K1 = ROWS["Receive"].checks["method"]
_K2 = ROWS["Receive"].checks["pageSize"]
_K3 = ROWS["Receive"].checks["storeMedia"]

ROWS["FaxResponse"].cls = FaxResponse
ROWS["Receive"].cls = Receive

__all__ = [
    "FaxResponse",
    "GenericNode",
    "Receive",
    "TwiML",
]
