"""TwiML for faxes: ``<Response>`` and ``<Receive>``.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
Each constructor and method is a typed signature and a docstring: ``row=`` makes
``TwiML`` give it its body, the shared builder in ``_element`` that reads the table.
"""

# mypy: disable-error-code="empty-body"

from __future__ import annotations

from ._element import GenericNode, TwiML

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._element import Value


class FaxResponse(TwiML, row="FaxResponse"):
    """``<Response>``: The root of a fax TwiML document."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Response>``; keywords are its attributes."""

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


class Receive(TwiML, row="Receive"):
    """``<Receive>``: Receive an incoming fax."""

    __slots__ = ()

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
        """Make ``<Receive>``; keywords are its attributes."""


__all__ = [
    "FaxResponse",
    "GenericNode",
    "Receive",
    "TwiML",
]
