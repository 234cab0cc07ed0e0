"""The click classes every callbox command is made of.

:class:`Command` adds the global options (``--profile``, ``--sandbox [URL]``,
``--json``, ``--jsonl``, ``-q``) to each command, so they work before or after
the command's name, and turns library errors into one-line failures with the
right exit code. :class:`Group` makes its subcommands of that class.
:class:`LazyGroup` knows its subcommands by name and imports a command's module
only when that command runs (or shows its help): ``callbox --help`` loads none.
"""

from __future__ import annotations

import importlib

import click

from ._errors import translate
from ._session import MODES, session_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

__all__ = ["CONTEXT", "Command", "Group", "LazyGroup", "global_params"]

#: Context settings shared by every command.
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _set_profile(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        session_of(ctx).profile = value


def _set_sandbox(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        session_of(ctx).sandbox = value


def _set_mode(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        assert param.name in MODES
        session_of(ctx).mode = param.name


def _complete_profiles(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[str]:
    from ._config import Profiles

    try:
        names = Profiles.load().profiles
    except ValueError:
        return []
    return [name for name in sorted(names) if name.startswith(incomplete)]


def global_params() -> list[click.Parameter]:
    """Fresh instances of the options every command accepts."""
    return [
        click.Option(
            ["--profile", "-p"],
            metavar="NAME",
            expose_value=False,
            callback=_set_profile,
            shell_complete=_complete_profiles,
            help="Use the credentials of this profile (callbox profiles list).",
        ),
        click.Option(
            ["--sandbox"],
            metavar="[URL]",
            expose_value=False,
            callback=_set_sandbox,
            help="Send requests to a local sandbox: the one `callbox sandbox` runs, or URL.",
        ),
        click.Option(
            ["--json", "json"],
            is_flag=True,
            expose_value=False,
            callback=_set_mode,
            help="Print JSON.",
        ),
        click.Option(
            ["--jsonl", "jsonl"],
            is_flag=True,
            expose_value=False,
            callback=_set_mode,
            help="Print JSON Lines: one record per line.",
        ),
        click.Option(
            ["--quiet", "-q", "quiet"],
            is_flag=True,
            expose_value=False,
            callback=_set_mode,
            help="Print only SIDs (or nothing); errors still go to stderr.",
        ),
    ]


def _missing_from(params: list[click.Parameter]) -> list[click.Parameter]:
    """The global options a command does not define itself (its own ``--quiet`` wins)."""
    taken = {opt for p in params for opt in (*p.opts, *p.secondary_opts)}
    return [p for p in global_params() if not taken & {*p.opts, *p.secondary_opts}]


def _looks_like_url(token: str) -> bool:
    if "://" in token or token.isdigit():
        return True
    host, sep, port = token.rpartition(":")
    return bool(sep and host and port.isdigit())


def optional_values(args: Sequence[str]) -> list[str]:
    """Let ``--sandbox`` go without its value: ``--sandbox sms`` is not a URL."""
    out = list(args)
    for i, token in enumerate(out):
        if token == "--":
            break
        if token == "--sandbox" and (i + 1 == len(out) or not _looks_like_url(out[i + 1])):
            out[i] = "--sandbox="
    return out


class Command(click.Command):
    """A command with the global options, whose library errors exit cleanly.

    ``plain=True`` leaves the global options out (commands that talk to no API
    and print no records: ``sandbox``, ``demo``, ``completion``).
    """

    def __init__(self, *args: Any, plain: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", CONTEXT)
        super().__init__(*args, **kwargs)
        if not plain:
            self.params.extend(_missing_from(self.params))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, optional_values(args))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(130) from None
        except Exception as exc:
            failure = translate(exc, as_json=session_of(ctx).as_json)
            if failure is None:
                raise
            raise failure from None


class Group(click.Group):
    """A command group whose commands (and subgroups) are :class:`Command`/:class:`Group`."""

    command_class = Command
    group_class = type  # subgroups are of this class too

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", CONTEXT)
        super().__init__(*args, **kwargs)


class LazyGroup(Group):
    """A group whose commands are imported when first used.

    ``sections`` is a sequence of ``(title, [(name, "module:attribute", short help)])``;
    the help page lists them under their titles without importing anything.
    """

    def __init__(
        self,
        *args: Any,
        sections: Sequence[tuple[str, Sequence[tuple[str, str, str]]]] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.sections = sections
        self.lazy = {name: (where, short) for _, rows in sections for name, where, short in rows}
        self.params.extend(global_params())

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, optional_values(args))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = self.commands.get(cmd_name)
        if found is not None or cmd_name not in self.lazy:
            return found
        module_name, _, attribute = self.lazy[cmd_name][0].partition(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        for title, rows in self.sections:
            with formatter.section(title):
                formatter.write_dl([(name, short) for name, _, short in rows])
