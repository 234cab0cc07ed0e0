"""Write ``voice_response.py``, ``messaging_response.py`` and ``fax_response.py`` from the table.

Run ``python -m callbox.twiml._codegen`` after changing ``_schema.py``; a test checks the
committed modules match what this produces.  The generated classes are thin: typed
constructors and one typed method per allowed child, each collecting the given attributes
and calling ``TwiML._new``.  Running it imports ``callbox.twiml``, which imports the
generated modules: if one of them is broken, restore it from git before regenerating.
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


def _text_param(row: Row, for_method: bool) -> list[str]:
    if row.text is None:
        return []
    if row.text_required:
        return [f"{row.text}: Text"]
    return [f"{row.text}: Text | None = None"]


class _Checks:
    """Module-level names for the value checks the generated methods use."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.lines: list[str] = []

    def name(self, row: Row, xml: str) -> str:
        check = row.checks[xml]
        found = self.names.get(id(check))
        if found is None:
            found = self.names[id(check)] = f"_K{len(self.names)}"
            self.lines.append(f'{found} = ROWS["{row.key}"].checks["{xml}"]')
        return found


def _attribute_lines(row: Row, checks: _Checks, strict: str) -> list[str]:
    """Collect the given attributes of ``row`` into ``a`` and render them into ``h``.

    The hot path of every document built: only the attributes given are kept, in name
    order, already as strings, checked, and rendered into the opening tag as they come.
    """
    lines = ["        a: dict[str, Any] = {}", f'        h = "{row.open}"']
    for p in sorted(row.params, key=row.xml_names.__getitem__):
        xml = row.xml_names[p]
        lines.append(f"        if {p} is not None:")
        lines.append(f"            s = {p} if {p}.__class__ is str else _fmt({p})")
        lines.append(f'            a["{xml}"] = s')
        where = f"the {xml} attribute of <{row.tag}>"
        esc = f'_esc(s, "{where}")'
        if xml == "password":  # a secret: never kept in the escaping cache
            esc = f'_esc(s, "{where}", False)'
            lines.append(f"            h += f' {xml}=\"{{{esc}}}\"'")
        else:
            lines.append(f"            h += f' {xml}=\"{{s if s in _P else {esc}}}\"'")
        if xml in row.checks:
            k = checks.name(row, xml)
            lines.append(f"            if s not in {k}.ok and {strict}:")
            lines.append(f'                _checked({k}, "{row.tag}", "{xml}", s)')
    return lines


def _method(parent: Row, child: Row, checks: _Checks) -> list[str]:
    params = ["self", *_text_param(child, True)]
    params += [f"{p}: Value = None" for p in child.params]
    params.append("**kwargs: Value")
    name = class_name(child)
    text = child.text or "None"
    sig = f"    def {child.method}({', '.join(params)}) -> {name}:"
    lines = [sig] if len(sig) <= 100 else _wrap(f"    def {child.method}(", params, f") -> {name}:")
    lines.append(f'        """Add {_tag(child)} and return it. {SUMMARY[child.key]}"""')
    if not child.params:
        lines.append(f'        return self._new({name}, {text}, None, "{child.open}", kwargs)')
        return lines
    lines += _attribute_lines(child, checks, "self.strict")
    lines.append(f"        return self._new({name}, {text}, a, h, kwargs)")
    return lines


def _tag(row: Row) -> str:
    return f"``<{row.tag}>``"


def _wrap(head: str, params: list[str], tail: str) -> list[str]:
    out = [head]
    out += [f"        {p}," for p in params]
    out.append("    " + tail)
    return out


def _class(row: Row, checks: _Checks) -> list[str]:
    name = class_name(row)
    lines = [f"class {name}(TwiML):", f'    """{_tag(row)}: {SUMMARY[row.key]}"""', ""]
    lines += ["    __slots__ = ()", f'    _row = ROWS["{row.key}"]', ""]
    # The text stays the only positional parameter, as in the official package; the
    # documented attributes are keyword-only so IDEs can offer them.
    params = ["self", *_text_param(row, False), "*"]
    params += [f"{p}: Value = None" for p in row.params]
    params += ["strict: bool = True", "**kwargs: Value"]
    text = row.text or "None"
    sig = f"    def __init__({', '.join(params)}) -> None:"
    lines += [sig] if len(sig) <= 100 else _wrap("    def __init__(", params, ") -> None:")
    if row.params:
        lines += _attribute_lines(row, checks, "strict")
        lines.append(f"        self._init({text}, a, h, kwargs, strict)")
    else:
        lines.append(f'        self._init({text}, None, "{row.open}", kwargs, strict)')
    for key in row.child_keys:
        lines.append("")
        lines += _method(row, ROWS[key], checks)
    return lines


def render(module: str) -> str:
    doc = MODULES[module][1]
    keys = MODULE_ROWS[module]
    uses_text = any(ROWS[k].text for k in keys for k in (k, *ROWS[k].child_keys))
    lines = [
        f'"""{doc}',
        "",
        "Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from ._element import _PLAIN as _P",
        "from ._element import GenericNode, TwiML, _checked",
        "from ._element import _attr_value as _esc",
        "from ._element import format_value as _fmt",
        "from ._schema import ROWS",
        "",
        "TYPE_CHECKING = False",
        "if TYPE_CHECKING:",
        "    from typing import Any",
        "",
        "    from ._element import Text, Value" if uses_text else "    from ._element import Value",
        "",
    ]
    checks = _Checks()
    for key in keys:
        lines += ["", *_class(ROWS[key], checks), ""]
    lines.append("")
    lines += checks.lines
    lines.append("")
    for key in keys:
        lines.append(f'ROWS["{key}"].cls = {class_name(ROWS[key])}')
    lines.append("")
    names = sorted({class_name(ROWS[k]) for k in keys} | {"GenericNode", "TwiML"})
    lines.append("__all__ = [")
    lines += [f'    "{n}",' for n in names]
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
