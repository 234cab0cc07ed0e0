"""The ``callbox`` command: Twilio from the shell, and a local sandbox to point it at.

Layout (one module per command group, each loaded only when its command runs, so
``callbox --help`` or ``callbox sms send --help`` imports no server, no rich and
no HTTP stack):

* ``_root``      — the ``callbox`` group: every command's name, module and summary.
* ``_group``     — the click classes: global options on every command, library errors
  turned into exit codes, the lazily loading group.
* ``_session``   — one invocation's output mode, credentials (sandbox, profile,
  environment) and REST client.
* ``_config``    — the config folder: ``profiles.json`` and the sandbox's state file,
  written atomically with mode 0600.
* ``_output``    — tables, ``--json``, ``--jsonl``, ``-q``.
* ``_errors``    — failures: exit 1 (the request or a check failed), 2 (usage).
* ``_export``    — resumable, atomic exports to CSV or JSON Lines.
* ``_types``     — click parameter types (dates, ``Name=Value`` pairs, JSON).
* ``_commands/`` — the commands, one module per group.

click and rich come with the ``cli`` extra (and the ``sandbox`` one); without them
the command says how to install them instead of failing with an import error.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["main"]

_MISSING = (
    "callbox: the command line needs click and rich: pip install 'callbox[cli]' "
    "(or pip install 'callbox[sandbox]' for the local sandbox as well)"
)


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``callbox`` script."""
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        # The one answer that needs no parsing: skip importing click (about 40 ms).
        from .._version import __version__

        print(f"callbox, version {__version__}")
        return 0
    try:
        from ._root import cli
    except ImportError as exc:
        missing = getattr(exc, "name", "") or ""
        if missing.split(".")[0] in ("click", "rich"):
            print(_MISSING, file=sys.stderr)
            return 2
        raise
    return cli.main(args=args, prog_name="callbox", standalone_mode=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
