"""Package namespaces whose names load on first use (PEP 562).

Each public package lists where its names live; :func:`exports` gives it the
module ``__getattr__`` and ``__dir__`` that import a name's module the first
time the name is asked for, and cache it in the package's namespace.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any


def exports(
    namespace: dict[str, Any], where: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the package whose globals are ``namespace``.

    ``where`` maps each lazily loaded name to its module, absolute or relative
    to the package (``"._pool"``).
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        if module.startswith("."):
            module = package + module
        value = getattr(__import__(module, fromlist=[name]), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__
