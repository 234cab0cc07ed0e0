"""``callbox completion bash|zsh|fish``: the shell completion script (click's own)."""

from __future__ import annotations

import click

from .._group import Command

__all__ = ["completion"]

_HOW = {
    "bash": 'eval "$(callbox completion bash)"      # in ~/.bashrc',
    "zsh": 'eval "$(callbox completion zsh)"       # in ~/.zshrc',
    "fish": "callbox completion fish > ~/.config/fish/completions/callbox.fish",
}


@click.command(cls=Command, plain=True)
@click.argument("shell", type=click.Choice(sorted(_HOW)))
def completion(shell: str) -> None:
    """Print the completion script for SHELL; commands, options, profile names complete.

    \b
    eval "$(callbox completion bash)"      # in ~/.bashrc
    eval "$(callbox completion zsh)"       # in ~/.zshrc
    callbox completion fish > ~/.config/fish/completions/callbox.fish
    """
    from click.shell_completion import get_completion_class

    from .._root import cli

    found = get_completion_class(shell)
    assert found is not None
    click.echo(found(cli, {}, "callbox", "_CALLBOX_COMPLETE").source())
