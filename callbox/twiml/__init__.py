"""TwiML: build, check and read the XML instructions Twilio runs for calls, messages and faxes.

Build a document the way the official ``twilio`` package does, or by composing objects::

    from callbox.twiml import VoiceResponse, Gather, Say

    r = VoiceResponse()
    with r.gather(num_digits=1, action="/menu") as g:
        g.say("Press 1 for sales")
    r.redirect("/start")
    str(r)  # '<?xml version="1.0" encoding="UTF-8"?><Response><Gather ...'

    VoiceResponse().add(Say("Hi"), Gather(action="/g").add(Say("Press 1")))

Read one back with :func:`parse` (the same classes, ``parse(str(r)) == r``) and check any
document with :func:`validate` (a list of problems, empty when fine).

Design choices
--------------
* **One table, one element.** ``_schema.py`` lists every element Twilio documents, *in
  context* (``<Sip>`` under ``<Dial>`` and under ``<Refer>`` are two rows), with its
  attributes, the checks on values Twilio fixes, whether it holds text and which children it
  allows.  ``_element.TwiML`` is the only implementation; the classes in
  ``voice_response``, ``messaging_response`` and ``fax_response`` are generated from the table
  (``python -m callbox.twiml._codegen``) so that IDEs and mypy see real typed methods
  (``VoiceResponse.say``, ``Dial.number``, ``Say.prosody`` ...).  Building, validating and
  parsing all read the same table.
* **Same calls, same bytes.** Method and argument names are those of twilio-python 9.x
  (``break_``, ``say_as``, ``from_``, ``for_``, ``xml_lang``; classes ``SsmlBreak``,
  ``ReferSip``, ``SipUri`` ...).  Output matches it byte for byte: the declaration,
  attributes sorted by name, ``<Tag />`` for empty elements, booleans as ``true``/``false``,
  keywords camelCased the same way (words without ``_`` kept as given).  Text escapes
  ``& < >``; attribute values also ``"`` and tab/newline/CR as character references.
* **Deliberate differences** (where the official output is not valid TwiML): lists are
  joined with spaces (``status_callback_event=["ringing", "answered"]`` gives
  ``"ringing answered"``, not a Python repr); numbers as text are written with ``str``;
  characters XML 1.0 forbids raise :class:`TwiMLError` instead of producing a document
  nobody can parse; appending several strings keeps all of them.
* **Strict by default.** A child Twilio does not allow under its parent, an undocumented
  attribute, or a value outside a fixed set raises :class:`TwiMLError` naming the parent and
  what it allows.  ``strict=False`` on any element (inherited by the children its methods
  create) lets unknown verbs, attributes and values through for forward compatibility.
* **Fast serialisation.** A direct string build with camelCase names computed once per
  table row and escaping that only touches strings that need it.
* **Safe parsing.** :mod:`xml.parsers.expat` with DOCTYPE, entity declarations and external
  entities refused before anything expands (no XXE, no billion laughs); errors carry the line
  and column.
* Importing this package loads neither the REST client nor any server or framework.
"""

from __future__ import annotations

from ..errors import TwiMLError
from ._element import GenericNode, TwiML, escape_attr, escape_text
from ._parse import parse, validate
from .fax_response import FaxResponse, Receive
from .messaging_response import Body, Media, Message, MessagingResponse
from .voice_response import (
    AiSession,
    Application,
    ApplicationSid,
    Autopilot,
    Client,
    Conference,
    Config,
    Connect,
    Conversation,
    ConversationRelay,
    ConversationRelaySession,
    Dial,
    Echo,
    Enqueue,
    Gather,
    Hangup,
    Header,
    Headers,
    Identity,
    Language,
    Leave,
    Number,
    Parameter,
    Pause,
    Pay,
    Play,
    Prompt,
    Queue,
    Record,
    Recording,
    Redirect,
    Refer,
    ReferSip,
    Reject,
    Room,
    Say,
    Sim,
    Sip,
    Siprec,
    SipUri,
    Sms,
    SsmlBreak,
    SsmlEmphasis,
    SsmlLang,
    SsmlP,
    SsmlPhoneme,
    SsmlProsody,
    SsmlS,
    SsmlSayAs,
    SsmlSub,
    SsmlW,
    Start,
    Stop,
    Stream,
    Task,
    Transcription,
    VirtualAgent,
    VoiceResponse,
    WhatsApp,
)

#: The official package's name for the error, for code written against it.
TwiMLException = TwiMLError

__all__ = [
    "AiSession",
    "Application",
    "ApplicationSid",
    "Autopilot",
    "Body",
    "Client",
    "Conference",
    "Config",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Dial",
    "Echo",
    "Enqueue",
    "FaxResponse",
    "Gather",
    "GenericNode",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Media",
    "Message",
    "MessagingResponse",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
    "Receive",
    "Record",
    "Recording",
    "Redirect",
    "Refer",
    "ReferSip",
    "Reject",
    "Room",
    "Say",
    "Sim",
    "Sip",
    "SipUri",
    "Siprec",
    "Sms",
    "SsmlBreak",
    "SsmlEmphasis",
    "SsmlLang",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlProsody",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSub",
    "SsmlW",
    "Start",
    "Stop",
    "Stream",
    "Task",
    "Transcription",
    "TwiML",
    "TwiMLError",
    "TwiMLException",
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
    "escape_attr",
    "escape_text",
    "parse",
    "validate",
]
