"""How the command fails: exit 1 when a request or a check failed, 2 for a usage error.

Every failure is one or two lines on stderr, never a traceback: an API error gives
Twilio's code, the message and its ``more_info`` link; with ``--json``/``--jsonl``
the same facts are one JSON object, for scripts.
"""

from __future__ import annotations

import click

from ..errors import ConfigurationError, RestError, TransportError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any

__all__ = ["ApiFailure", "Failed", "SetupError", "sandbox_missing", "translate"]


class _Failure(click.ClickException):
    """A failure with an optional JSON form for machine-readable modes."""

    def __init__(self, message: str, *, as_json: bool = False, **facts: Any) -> None:
        super().__init__(message)
        self.as_json = as_json
        self.facts = facts

    def lines(self) -> list[str]:
        return [f"Error: {self.message}"]

    def show(self, file: IO[Any] | None = None) -> None:
        if self.as_json:
            import json

            body = {"error": {"message": self.message, **self.facts}}
            click.echo(json.dumps(body), err=True, file=file)
            return
        for line in self.lines():
            click.echo(line, err=True, file=file)


class Failed(_Failure):
    """A request or a check failed (exit 1)."""

    exit_code = 1


class SetupError(_Failure):
    """The command cannot run as invoked: missing credentials, an unknown profile (exit 2)."""

    exit_code = 2


#: The sandbox's dependencies: an ImportError naming one means the sandbox is not installed
#: (as does one naming ``callbox.sandbox``, the part the callbox-sandbox distribution adds).
_SANDBOX_DEPENDENCIES = ("starlette", "uvicorn", "multipart", "phonenumbers")


def sandbox_missing(exc: ImportError, what: str) -> SetupError | None:
    """The install hint for an ImportError of the sandbox that means "not installed"
    (None when it is something else, a bug to show as it is)."""
    name = exc.name or ""
    if name == "callbox.sandbox" or name.split(".")[0] in _SANDBOX_DEPENDENCIES:
        return SetupError(f"{what} needs the sandbox: pip install 'callbox[sandbox]'")
    return None


class ApiFailure(Failed):
    """Twilio (or the sandbox) answered with an error."""

    def __init__(self, error: RestError, *, as_json: bool = False) -> None:
        super().__init__(
            error.msg or f"HTTP {error.status}",
            as_json=as_json,
            status=error.status,
            code=error.code,
            more_info=error.more_info,
        )
        self.error = error

    def lines(self) -> list[str]:
        err = self.error
        code = f"Error {err.code}" if err.code is not None else "Error"
        out = [f"{code} (HTTP {err.status}): {self.message}"]
        if err.more_info:
            out.append(f"More info: {err.more_info}")
        return out


def translate(exc: BaseException, *, as_json: bool = False) -> click.ClickException | None:
    """The command-line failure for a library exception, or None if it is not one we know."""
    if isinstance(exc, RestError):
        return ApiFailure(exc, as_json=as_json)
    if isinstance(exc, TransportError):
        return Failed(f"no answer: {exc}", as_json=as_json)
    if isinstance(exc, ConfigurationError):
        return SetupError(str(exc), as_json=as_json)
    return None
