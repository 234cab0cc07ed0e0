"""The ``callbox`` command: ``callbox sandbox`` runs a local Twilio, ``callbox demo`` shows it.

click and rich come with the ``sandbox`` extra; without them the command says
how to install them instead of failing with an import error.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["main"]

_MISSING = "callbox: the command line needs the sandbox extra: pip install 'callbox[sandbox]'"


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``callbox`` script."""
    try:
        from ._commands import cli
    except ImportError as exc:
        missing = getattr(exc, "name", "") or ""
        if missing.split(".")[0] in ("click", "rich", "starlette", "uvicorn", "multipart"):
            print(_MISSING, file=sys.stderr)
            return 2
        raise
    return cli.main(args=argv, prog_name="callbox", standalone_mode=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
