"""TwiML: build, check and read the XML instructions Twilio runs for calls, messages and faxes.

Build a document the way the official ``twilio`` package does, or by composing objects::

    from callbox.twiml import VoiceResponse, Gather, Say

    r = VoiceResponse()
    with r.gather(num_digits=1, action="/menu") as g:
        g.say("Press 1 for sales")
    r.redirect("/start")
    str(r)  # '<?xml version="1.0" encoding="UTF-8"?><Response><Gather ...'

    VoiceResponse().add(Say("Hi"), Gather(action="/g").add(Say("Press 1")))
    r.nest(Gather(action="/g"), lambda g: g.say("Press 1"))

Read one back with :func:`parse` (the same classes, ``parse(str(r)) == r``) and check any
document with :func:`validate` (a list of :class:`Problem` strings, empty when fine; those with
``warning`` set are constructions the builders allow but Twilio's schema does not document).
A parsed tree is read
with ``node.name``, ``node.get("numDigits")``, ``node.value`` (leading text), ``node.text``
(all text inside), ``node.elements()`` and ``node.verbs`` (children with the text between).

Design choices
--------------
* **One table, one element.** ``_schema.py`` lists every element Twilio documents, *in
  context* (``<Sip>`` under ``<Dial>`` and under ``<Refer>`` are two rows), with its
  attributes, the checks on values Twilio fixes, whether it holds text and which children it
  allows.  ``_element.TwiML`` is the only implementation; the classes in
  ``voice_response``, ``messaging_response`` and ``fax_response`` are generated from the table
  (``python -m callbox.twiml._codegen``; a test keeps them in sync) so that IDEs and mypy see
  real typed methods (``VoiceResponse.say``, ``Dial.number``, ``Say.prosody`` ...).  They
  hold signatures and docstrings only, a method several parents share written once in a
  mixin; ``class Say(..., row="Say")`` makes ``TwiML`` give each the one routine that reads
  the row (``_element._attributes``), with the typed signature kept as ``__wrapped__`` for
  ``inspect`` and ``help`` and for Python's own ``TypeError`` on a bad call.
  Building, validating and parsing all read the same table.
* **Same calls, same bytes.** Module, class, method and argument names are those of
  twilio-python 9.x (``break_``, ``say_as``, ``from_``, ``for_``, ``xml_lang``; classes
  ``SsmlBreak``, ``ReferSip``, ``SipUri`` ...; ``append``, ``nest``, ``add_child``, ``to_xml``,
  ``xml``).  The output matches it byte for byte: the declaration, attributes sorted by name,
  ``<Tag />`` for empty elements, booleans as ``true``/``false``, keywords camelCased the same
  way (names without ``_`` kept as given).  Text escapes ``& < >``; attribute values also
  ``"`` and tab/newline/CR as character references.  ``tests/twiml`` compares 40 documents
  and random call sequences with the official package.
* **Deliberate differences**, where the official output is not usable TwiML: lists are
  joined with spaces (``status_callback_event=["ringing", "answered"]`` gives
  ``"ringing answered"``, not a Python repr); numbers given as text are written with ``str``;
  characters XML 1.0 forbids raise :class:`TwiMLError` naming the element and attribute
  instead of producing a document no parser accepts; appending several strings keeps all of
  them.  As in the official output a raw CR in text is written as is, so a parser reads it
  back as LF.
* **Strict about what it knows.** A known element Twilio does not allow under its parent,
  an undocumented attribute of a known element, or a value outside a set Twilio fixes raises
  :class:`TwiMLError` naming the parent and what it allows.  The official package's extension
  points stay open, as there: ``add_child(name, value, **attrs)`` and ``append`` of elements
  outside the table (``GenericNode``, subclasses of ``TwiML`` that set ``self.name``), text
  appended anywhere, ``<Body>``/``<Media>`` appended straight to a ``MessagingResponse``, a
  bare ``TwiML()``.  :func:`validate` reports those as warnings (:class:`Problem` with
  ``warning`` true) and :func:`parse` keeps them.  ``strict=False`` on any element (inherited
  by the children its methods create) lets everything through; attribute and element names
  that would break the markup are refused even then.  A ``dict`` given as element text (a
  ``<Task>`` body) is written as JSON, as in the official package.
  ``VoiceResponse.prompt`` and ``.queue`` exist because the official package has them;
  ``<Recording name>`` and ``<Stop><Recording>`` are newer than it and are here too.
* **Fast serialisation.** No ElementTree: the builder turns the keywords given into checked
  attribute strings and renders the opening tag as it goes (in name order, from a plan made
  once per set of keywords), and ``to_xml`` joins strings.  A builder's result is
  remembered per element (strings, integers and booleans, compared by type, checked under
  ``strict``; never anything with a SIP password), so the same
  ``say(voice=..., language=...)`` again costs a dictionary lookup; an element whose memo
  fills up with values seen once (URLs with a call id) stops looking up for a while.  Each
  attribute keeps the escaped, checked ``name="value"`` of values it has seen, so a call with
  one new value does that value's work only.  Escaping also consults bounded caches of
  attribute values known to need none (SIP passwords are never cached) and of texts with
  their escaped form; text and attributes changed after building are checked and escaped
  when rendered, so no cache can let raw markup through.  Constructors take the same
  keyword-only attributes as the methods and do the same.  Measured on the development
  machine (2026-12-01, in one run with the version whose generated methods inlined this
  work): the 11-element IVR document of ``bench/`` ~6.6x faster than twilio-python (inlined
  5.6x), the message reply with Body and Media ~6.5x (inlined 5.0x), and the IVR document
  with a new call id in four URLs every time ~4.7x, as fast as the inlined version.
* **Safe parsing.** :mod:`xml.parsers.expat` with DOCTYPE, entity declarations and external
  entities refused before anything expands (no XXE, no billion laughs); errors carry the line
  (from 1) and column (from 0, as expat counts).  The root class is guessed from the children
  (``<Message>`` -> messaging, ``<Receive>`` -> fax) unless ``kind=`` says.  Layout
  whitespace between elements is dropped, except inside ``<Say>``.  Parsing (one pass
  over expat events) or validating the IVR document takes ~32 us.
* Importing this package loads neither the REST client nor any server, framework or JSON
  and HTTP stack.
"""

from __future__ import annotations

from ..errors import TwiMLError
from ._element import GenericNode, TwiML
from ._parse import Problem, parse, validate
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
    "Problem",
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
    "parse",
    "validate",
]
