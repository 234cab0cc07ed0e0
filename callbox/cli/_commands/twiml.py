"""``callbox twiml validate|render``: check TwiML, or print it as Twilio's libraries write it.

Both read a file, or stdin for ``-`` (the default). Problems name the line,
column and element (``line 3, column 2: <Gather numDigits>: 'x' is not an
integer``), checked against the same schema the builders use
(:func:`callbox.twiml.validate`).
"""

from __future__ import annotations

import re

import click

from .._group import Group
from .common import failed, output, read_file

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from callbox.twiml import TwiML

__all__ = ["twiml"]

_WHERE = re.compile(r"^line (\d+), column (\d+): (.*)$", re.S)
_KIND = click.option(
    "--kind",
    type=click.Choice(["voice", "messaging", "fax"]),
    help="What the document answers (default: guessed from its verbs).",
)
_SOURCE = click.argument("source", default="-", metavar="[FILE]")


def _read(source: str) -> tuple[str, bytes]:
    name = "<stdin>" if source == "-" else source
    return name, read_file(source, binary=True)


def _problem(name: str, text: str) -> dict[str, Any]:
    found = _WHERE.match(text)
    if found is None:
        return {"file": name, "line": None, "column": None, "message": text}
    line, column, message = found.groups()
    return {"file": name, "line": int(line), "column": int(column), "message": message}


@click.group(cls=Group)
def twiml() -> None:
    """Validate and render TwiML documents."""


@twiml.command("validate")
@_SOURCE
@_KIND
def twiml_validate(source: str, kind: str | None) -> None:
    """Check a TwiML document; exits 1 and lists every problem if it has any."""
    from callbox.twiml import validate

    name, xml = _read(source)
    problems = [_problem(name, p) for p in validate(xml, kind=kind)]
    out = output()
    if out.mode in ("json", "jsonl"):
        out.record({"file": name, "valid": not problems, "problems": problems})
    elif out.mode == "table":
        for p in problems:
            where = f"{p['file']}:{p['line']}:{p['column']}" if p["line"] else p["file"]
            click.echo(f"{where}: {p['message']}")
        if not problems:
            click.echo(f"{name}: valid TwiML")
    if problems:
        raise click.exceptions.Exit(1)


@twiml.command("render")
@_SOURCE
@_KIND
@click.option("--pretty/--compact", default=False, help="Indent nested verbs, one per line.")
@click.option("--declaration/--no-declaration", default=True, help="Start with <?xml ...?>.")
def twiml_render(source: str, kind: str | None, pretty: bool, declaration: bool) -> None:
    """Print a document as callbox's (and Twilio's) builders write it.

    The document is read strictly: the first problem stops it, with its line,
    column and element (exit 1).
    """
    from callbox.errors import TwiMLError
    from callbox.twiml import parse

    name, xml = _read(source)
    try:
        document = parse(xml, kind=kind)
    except TwiMLError as exc:
        raise failed(f"{name}: {exc}") from None
    head = '<?xml version="1.0" encoding="UTF-8"?>' if declaration else ""
    if pretty:
        body = "\n".join(_indented(document, 0))
        click.echo(head + ("\n" if head else "") + body)
    else:
        click.echo(document.to_xml(xml_declaration=declaration))


def _indented(node: TwiML, depth: int) -> list[str]:
    """The element, one child element per line, indented; text-bearing ones kept whole."""
    pad = "  " * depth
    xml = node.to_xml(xml_declaration=False)
    children = node.elements()
    mixed = node.value or any(isinstance(c, str) and c.strip() for c in node.verbs)
    if not children or mixed:
        return [pad + xml]
    first = children[0].to_xml(xml_declaration=False)
    opening = xml[: xml.index(first)]
    closing = f"</{node.name}>"
    lines = [pad + opening]
    for child in children:
        lines.extend(_indented(child, depth + 1))
    lines.append(pad + closing)
    return lines
