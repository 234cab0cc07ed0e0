"""Write ``voice_response.py``, ``messaging_response.py`` and ``fax_response.py`` from the table.

Run ``python -m callbox.twiml._codegen`` after changing ``_schema.py``; a test checks the
committed modules match what this produces.  The generated classes are typed signatures and
docstrings only: a constructor per element and one method per allowed child, a method shared
by several parents written once in a mixin.  ``_element._wire`` gives them their body at
import, the one routine that reads the row of the table.  Running this imports
``callbox.twiml``, which imports the generated modules: if one of them is broken, restore it
from git before regenerating.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._schema import MODULE_ROWS, ROWS, Row

HERE = Path(__file__).parent

MODULES = {
    "voice": (
        "voice_response",
        "TwiML for voice calls: ``<Response>`` and every voice verb and noun.",
    ),
    "messaging": (
        "messaging_response",
        "TwiML for messages: ``<Response>``, ``<Message>`` and ``<Redirect>``.",
    ),
    "fax": ("fax_response", "TwiML for faxes: ``<Response>`` and ``<Receive>``."),
}

#: Python class name for a row key when it differs (names the official package uses).
CLASS_NAMES = {"MessagingRedirect": "Redirect"}

#: One line on what each element does, for the docstrings.
SUMMARY = {
    "VoiceResponse": "The root of a voice TwiML document.",
    "MessagingResponse": "The root of a messaging TwiML document.",
    "FaxResponse": "The root of a fax TwiML document.",
    "Say": "Speak text to the caller with text-to-speech (SSML children allowed).",
    "Play": "Play an audio file, or send DTMF digits.",
    "Pause": "Wait silently for a number of seconds.",
    "Gather": "Collect digits or speech from the caller.",
    "Record": "Record the caller's voice.",
    "Dial": "Connect the call to another party.",
    "Enqueue": "Put the caller in a queue.",
    "Leave": "Take the caller out of the queue they are waiting in.",
    "Hangup": "End the call.",
    "Redirect": "Continue with TwiML from another URL.",
    "MessagingRedirect": "Continue with TwiML from another URL.",
    "Reject": "Decline an incoming call without answering (no billing).",
    "Refer": "Transfer a SIP call with a SIP REFER.",
    "Sms": "Send an SMS during a call (legacy verb).",
    "Connect": "Connect the call to a stream, room, agent or other service.",
    "Start": "Start a background action (stream, siprec, transcription, recording).",
    "Stop": "Stop a background action started with <Start>.",
    "Pay": "Take a payment over the phone.",
    "Prompt": "Customise what <Pay> says for one step.",
    "Echo": "Echo the caller's audio back (testing).",
    "Queue": "Dial into a call queue.",
    "Number": "A phone number to dial.",
    "Client": "A Twilio Client identity to dial.",
    "Identity": "The identity of the Client to dial.",
    "Conference": "A conference room to join.",
    "Sip": "A SIP endpoint to dial.",
    "SipUri": "One SIP URI to try.",
    "Headers": "SIP headers to send.",
    "Header": "One SIP header.",
    "Sim": "A Programmable Wireless SIM to dial.",
    "Application": "A TwiML App to dial.",
    "ApplicationSid": "The SID of the TwiML App to dial.",
    "WhatsApp": "A WhatsApp number to dial.",
    "Parameter": "A custom name/value parameter passed along.",
    "Task": "The TaskRouter task attributes for <Enqueue>.",
    "ReferSip": "The SIP URI a <Refer> transfers to.",
    "Room": "A Video room to join.",
    "Autopilot": "An Autopilot assistant to connect to.",
    "Stream": "A media stream over WebSocket.",
    "VirtualAgent": "A virtual agent to connect to.",
    "Config": "A name/value configuration item.",
    "Conversation": "A Conversations service to connect to.",
    "ConversationRelay": "A ConversationRelay session over WebSocket.",
    "Language": "A language for <ConversationRelay>.",
    "AiSession": "An AI session to connect to.",
    "ConversationRelaySession": "A ConversationRelay session resource to connect to.",
    "Siprec": "A SIPREC recording session.",
    "Transcription": "Real-time transcription of the call.",
    "Recording": "A call recording started with <Start>.",
    "SsmlBreak": "SSML <break>: a pause in speech.",
    "SsmlEmphasis": "SSML <emphasis>: stress words.",
    "SsmlLang": "SSML <lang>: words in another language.",
    "SsmlP": "SSML <p>: a paragraph.",
    "SsmlPhoneme": "SSML <phoneme>: a phonetic pronunciation.",
    "SsmlProsody": "SSML <prosody>: volume, rate and pitch.",
    "SsmlS": "SSML <s>: a sentence.",
    "SsmlSayAs": "SSML <say-as>: how to read a word (digits, date ...).",
    "SsmlSub": "SSML <sub>: say an alias instead of the written text.",
    "SsmlW": "SSML <w>: a word with a part-of-speech role.",
    "Message": "A message to send in reply.",
    "Body": "The text of a <Message>.",
    "Media": "A media URL to attach to a <Message>.",
    "Receive": "Receive an incoming fax.",
}


def class_name(row: Row) -> str:
    return CLASS_NAMES.get(row.key, row.key)


#: Elements whose text may also be given as something else (a ``<Task>`` body as a dict,
#: written as JSON).
TEXT_TYPES = {"Task": "Text | Mapping[str, Any]"}


def _text_param(row: Row) -> list[str]:
    if row.text is None:
        return []
    kind = TEXT_TYPES.get(row.key, "Text")
    if row.text_required:
        return [f"{row.text}: {kind}"]
    return [f"{row.text}: {kind} | None = None"]


def _def(name: str, params: list[str], returns: str, doc: str) -> list[str]:
    """A signature with its docstring as the whole body (``_wire`` supplies the rest).

    Written on one line: ruff wraps it, as compactly as the line length allows.
    """
    return [f"    def {name}({', '.join(params)}) -> {returns}:", f'        """{doc}"""']


def _method(child: Row) -> list[str]:
    params = ["self", *_text_param(child), *(f"{p}: Value = None" for p in child.params)]
    params.append("**kwargs: Value")
    doc = f"Add {_tag(child)} and return it. {SUMMARY[child.key]}"
    return _def(child.method, params, class_name(child), doc)


def _tag(row: Row) -> str:
    return f"``<{row.tag}>``"


def _mixins(keys: list[str]) -> dict[tuple[str, ...], list[str]]:
    """Children several parents of this module take, grouped by the set of those parents.

    Each group becomes one mixin class holding the methods that add them, so a method is
    written once however many parents have it.
    """
    parents: dict[str, list[str]] = {}
    for key in keys:
        for child in ROWS[key].child_keys:
            parents.setdefault(child, []).append(key)
    groups: dict[tuple[str, ...], list[str]] = {}
    for child, found in parents.items():
        if len(found) > 1:
            groups.setdefault(tuple(found), []).append(child)
    return groups


def _mixin_name(children: list[str]) -> str:
    return "_" + "".join(ROWS[c].method.strip("_").title().replace("_", "") for c in children)


def _class(row: Row, bases: list[str], own: list[str]) -> list[str]:
    name = class_name(row)
    head = f'class {name}({", ".join(bases or ["TwiML"])}, row="{row.key}"):'
    lines = [head, f'    """{_tag(row)}: {SUMMARY[row.key]}"""', "", "    __slots__ = ()", ""]
    # The text stays the only positional parameter, as in the official package; the
    # documented attributes are keyword-only so IDEs can offer them.
    params = ["self", *_text_param(row), "*", *(f"{p}: Value = None" for p in row.params)]
    params += ["strict: bool = True", "**kwargs: Value"]
    lines += _def("__init__", params, "None", f"Make {_tag(row)}; keywords are its attributes.")
    for key in own:
        lines += ["", *_method(ROWS[key])]
    return lines


def render(module: str) -> str:
    doc = MODULES[module][1]
    keys = MODULE_ROWS[module]
    uses_text = any(ROWS[k].text for k in keys for k in (k, *ROWS[k].child_keys))
    lines = [
        f'"""{doc}',
        "",
        "Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.",
        "Each constructor and method is a typed signature and a docstring: ``row=`` makes",
        "``TwiML`` give it its body, the shared builder in ``_element`` that reads the table.",
        '"""',
        "",
        '# mypy: disable-error-code="empty-body"',
        "",
        "from __future__ import annotations",
        "",
        "from ._element import GenericNode, TwiML",
        "",
        "TYPE_CHECKING = False",
        "if TYPE_CHECKING:",
        "    from ._element import Text, Value" if uses_text else "    from ._element import Value",
        "",
    ]
    if any(k in TEXT_TYPES for k in keys):
        at = lines.index("if TYPE_CHECKING:") + 1
        lines[at:at] = ["    from collections.abc import Mapping", "    from typing import Any", ""]
    groups = _mixins(keys)
    shared = {child: _mixin_name(children) for children in groups.values() for child in children}
    for parents, children in groups.items():
        names = ", ".join(f"``<{ROWS[p].tag}>``" for p in parents)
        lines += ["", f"class {_mixin_name(children)}(TwiML):"]
        methods = ", ".join(f"``{ROWS[c].method}()``" for c in children)
        lines += [f'    """{methods}: what {names} share."""', "", "    __slots__ = ()"]
        for child in children:
            lines += ["", *_method(ROWS[child])]
        lines.append("")
    for key in keys:
        row = ROWS[key]
        bases = list(dict.fromkeys(shared[c] for c in row.child_keys if c in shared))
        own = [c for c in row.child_keys if c not in shared]
        lines += ["", *_class(row, bases, own), ""]
    lines.append("")
    exported = sorted({class_name(ROWS[k]) for k in keys} | {"GenericNode", "TwiML"})
    lines.append("__all__ = [")
    lines += [f'    "{n}",' for n in exported]
    lines.append("]")
    return "\n".join(lines) + "\n"


def write(directory: Path = HERE) -> list[Path]:
    """Write the three modules into ``directory`` and format them with ruff."""
    paths = []
    for module, (filename, _) in MODULES.items():
        path = directory / f"{filename}.py"
        path.write_text(render(module), encoding="utf-8")
        paths.append(path)
    subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--quiet", *map(str, paths)],
        check=True,
        cwd=HERE.parent.parent,
    )
    return paths


def main() -> int:
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
