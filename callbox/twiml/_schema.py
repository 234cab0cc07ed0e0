"""The TwiML table: every element Twilio documents, its attributes, text and children.

One row per element *in context*: ``Sip`` under ``<Dial>`` and ``Sip`` under ``<Refer>``
share a tag but not their attributes, so they are two rows (``Sip`` and ``ReferSip``).
Building, validating and parsing all read this table; the typed classes in
``voice_response``, ``messaging_response`` and ``fax_response`` are generated from it by
``python -m callbox.twiml._codegen``.

Row fields: the row key (also the Python class name), the XML tag, the name of the parent
method that creates it, the name of the positional text parameter (``None`` when the element
holds no text), whether that text is required, the keyword parameters of the builder method
in order (Python names, as Twilio's helper libraries spell them), extra documented attribute
names accepted as keywords, and the children as row keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Python keyword names that do not follow the snake_case -> camelCase rule.
SPECIAL_NAMES = {
    "from_": "from",
    "for_": "for",
    "break_": "break",
    "xml_lang": "xml:lang",
    "interpret_as": "interpret-as",
}


def camel(name: str) -> str:
    """XML attribute name for a Python keyword: ``status_callback`` -> ``statusCallback``.

    Names without an underscore are kept as given (``fooBar`` stays ``fooBar``), the first
    word is lowercased and empty words are dropped, as the official helper does.
    """
    special = SPECIAL_NAMES.get(name)
    if special is not None:
        return special
    if "_" not in name:
        return name
    words = [w for w in name.split("_") if w]
    if not words:
        return name
    return words[0].lower() + "".join(w.capitalize() for w in words[1:])


# ---------------------------------------------------------------- value checks
class Check:
    """A test on a serialised attribute value, remembering values it already accepted.

    ``test(value)`` returns a problem or ``None``; accepted values are kept in ``ok`` (up to
    a bound) so the common case, the same few values again and again, is one set lookup.
    """

    __slots__ = ("ok", "test")

    def __init__(self, test: Callable[[str], str | None], ok: Iterable[str] = ()) -> None:
        self.test = test
        self.ok: set[str] = set(ok)

    def __call__(self, value: str) -> str | None:
        if value in self.ok:
            return None
        problem = self.test(value)
        if problem is None and len(self.ok) < 1024:
            self.ok.add(value)
        return problem


def one_of(*values: str) -> Check:
    """The value must be one of ``values`` (compared case-insensitively)."""
    allowed = {v.lower() for v in values}
    shown = ", ".join(values)

    def check(value: str) -> str | None:
        if value.lower() in allowed:
            return None
        return f"{value!r} is not one of: {shown}"

    return Check(check, values)


def words_of(*values: str) -> Check:
    """The value is a space- or comma-separated list of words from ``values``."""
    allowed = {v.lower() for v in values}
    shown = ", ".join(values)

    def check(value: str) -> str | None:
        words = [w for w in re.split(r"[\s,]+", value) if w]
        bad = [w for w in words if w.lower() not in allowed]
        if not words or bad:
            return f"{value!r} must be words from: {shown}"
        return None

    return Check(check, values)


def _integer(value: str) -> str | None:
    v = value.strip()
    if v.isdigit() or (v[:1] == "-" and v[1:].isdigit()):
        return None
    return f"{value!r} is not an integer"


def _integer_or(*words: str) -> Check:
    allowed = {w.lower() for w in words}

    def check(value: str) -> str | None:
        if value.lower() in allowed:
            return None
        return _integer(value)

    return Check(check, words)


def _voice(value: str) -> str | None:
    v = value.lower()
    if v in {"man", "woman", "alice"} or v.startswith(("polly.", "google.", "elevenlabs.")):
        return None
    return f"{value!r} is not a Twilio voice (man, woman, alice, Polly.<name>, Google.<name>)"


_voice_check = Check(_voice, ("man", "woman", "alice"))


BOOL = one_of("true", "false")
INT = Check(_integer)
METHOD = one_of("GET", "POST")
TRIM = one_of("trim-silence", "do-not-trim")
CALL_EVENTS = words_of("initiated", "ringing", "answered", "completed")
RECORDING_EVENTS = words_of("in-progress", "completed", "absent", "failed")
MEDIA_TRACK = one_of("inbound_track", "outbound_track", "both_tracks")
AMD = one_of("Enable", "DetectMessageEnd")
CARD_TYPES = words_of(
    "visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"
)

# Checks that apply to a keyword wherever it appears (Python names).
GLOBAL_CHECKS: dict[str, Check] = {
    "method": METHOD,
    "status_callback_method": METHOD,
    "recording_status_callback_method": METHOD,
    "amd_status_callback_method": METHOD,
    "partial_result_callback_method": METHOD,
    "wait_method": METHOD,
    "wait_url_method": METHOD,
    "refer_method": METHOD,
    "loop": INT,
    "num_digits": INT,
    "max_length": INT,
    "time_limit": INT,
    "max_participants": INT,
    "max_attempts": INT,
    "max_queue_size": INT,
    "min_postal_code_length": INT,
    "max_speech_time": INT,
    "recording_status_callback_event": RECORDING_EVENTS,
    "trim": TRIM,
    "hangup_on_star": BOOL,
    "answer_on_bridge": BOOL,
    "play_beep": BOOL,
    "transcribe": BOOL,
    "profanity_filter": BOOL,
    "barge_in": BOOL,
    "debug": BOOL,
    "action_on_empty_result": BOOL,
    "enhanced": BOOL,
    "muted": BOOL,
    "start_conference_on_enter": BOOL,
    "end_conference_on_exit": BOOL,
    "store_media": BOOL,
    "partial_results": BOOL,
    "enable_automatic_punctuation": BOOL,
    "require_matching_inputs": BOOL,
    "sequential": BOOL,
    "machine_detection": AMD,
}

# Checks that depend on the element (row key, Python name).
ROW_CHECKS: dict[tuple[str, str], Check] = {
    ("Say", "voice"): _voice_check,
    ("Gather", "input"): words_of("dtmf", "speech"),
    ("Gather", "timeout"): INT,
    ("Gather", "speech_timeout"): _integer_or("auto"),
    ("Record", "timeout"): INT,
    ("Dial", "timeout"): INT,
    ("Pay", "timeout"): INT,
    ("Pause", "length"): INT,
    ("Task", "priority"): INT,
    ("Task", "timeout"): INT,
    ("Dial", "record"): one_of(
        "do-not-record",
        "record-from-answer",
        "record-from-ringing",
        "record-from-answer-dual",
        "record-from-ringing-dual",
        "true",
        "false",
    ),
    ("Dial", "recording_track"): one_of("both", "inbound", "outbound"),
    ("Conference", "record"): one_of("do-not-record", "record-from-start"),
    ("Conference", "beep"): one_of("true", "false", "onEnter", "onExit"),
    ("Conference", "region"): one_of("us1", "us2", "ie1", "de1", "sg1", "br1", "au1", "jp1"),
    ("Conference", "jitter_buffer_size"): one_of("off", "small", "medium", "large"),
    ("Conference", "status_callback_event"): words_of(
        "start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"
    ),
    ("Number", "status_callback_event"): CALL_EVENTS,
    ("Client", "status_callback_event"): CALL_EVENTS,
    ("Sip", "status_callback_event"): CALL_EVENTS,
    ("Application", "status_callback_event"): CALL_EVENTS,
    ("WhatsApp", "status_callback_event"): CALL_EVENTS,
    ("Reject", "reason"): one_of("rejected", "busy"),
    ("Stream", "track"): MEDIA_TRACK,
    ("Siprec", "track"): MEDIA_TRACK,
    ("Transcription", "track"): MEDIA_TRACK,
    ("Recording", "track"): one_of("inbound", "outbound", "both"),
    ("Recording", "channels"): one_of("mono", "dual"),
    ("Pay", "input"): one_of("dtmf"),
    ("Pay", "payment_method"): one_of("credit-card", "ach-debit"),
    ("Pay", "token_type"): one_of("one-time", "reusable", "payment-method"),
    ("Pay", "bank_account_type"): one_of(
        "consumer-checking", "consumer-savings", "commercial-checking", "commercial-savings"
    ),
    ("Pay", "valid_card_types"): CARD_TYPES,
    ("Prompt", "for_"): one_of(
        "payment-card-number",
        "expiration-date",
        "security-code",
        "postal-code",
        "payment-processing",
        "bank-account-number",
        "bank-routing-number",
    ),
    ("Prompt", "card_type"): CARD_TYPES,
    ("Prompt", "error_type"): words_of(
        "timeout",
        "invalid-card-number",
        "invalid-card-type",
        "invalid-date",
        "invalid-security-code",
        "invalid-postal-code",
        "invalid-bank-routing-number",
        "invalid-bank-account-number",
        "input-matching-failed",
        "internal-error",
    ),
    ("Receive", "media_type"): one_of("application/pdf", "image/tiff"),
    ("Receive", "page_size"): one_of("letter", "legal", "a4"),
    ("SsmlBreak", "strength"): one_of("none", "x-weak", "weak", "medium", "strong", "x-strong"),
    ("SsmlEmphasis", "level"): one_of("strong", "moderate", "reduced"),
    ("SsmlPhoneme", "alphabet"): one_of(
        "ipa",
        "x-sampa",
        "x-amazon-jyutping",
        "x-amazon-pinyin",
        "x-amazon-pron-kana",
        "x-amazon-yomigana",
    ),
    ("SsmlSayAs", "interpret_as"): one_of(
        "character",
        "characters",
        "spell-out",
        "cardinal",
        "number",
        "ordinal",
        "digits",
        "fraction",
        "unit",
        "date",
        "time",
        "address",
        "expletive",
        "telephone",
    ),
}


# ---------------------------------------------------------------- rows
class Row:
    """One element in context: what it is called, what it holds and where it may go."""

    __slots__ = (
        "attr_names",
        "checks",
        "child_keys",
        "children",
        "close",
        "cls",
        "key",
        "memo",
        "method",
        "open",
        "params",
        "plans",
        "positional",
        "specs",
        "tag",
        "takes_text",
        "text",
        "text_required",
        "tolerated",
        "tolerated_keys",
        "xml_names",
    )

    def __init__(
        self,
        key: str,
        tag: str,
        method: str,
        text: str | None,
        text_required: bool,
        params: tuple[str, ...],
        extra: tuple[str, ...],
        child_keys: tuple[str, ...],
    ) -> None:
        self.key = key
        self.tag = tag
        self.method = method
        self.text = text
        self.text_required = text_required
        self.takes_text = text is not None
        self.params = params
        self.child_keys = child_keys
        #: Python keyword -> XML attribute name, for every documented attribute.
        self.xml_names = {p: camel(p) for p in (*params, *extra)}
        #: XML attribute names this element documents.
        self.attr_names = frozenset(self.xml_names.values())
        #: XML attribute name -> value check.
        self.checks: dict[str, Check] = {}
        for py, xml in self.xml_names.items():
            check = ROW_CHECKS.get((key, py)) or GLOBAL_CHECKS.get(py)
            if check is not None:
                self.checks[xml] = check
        #: Python keyword -> (XML name, value check or None): what the builders look up.
        self.specs = {py: (xml, self.checks.get(xml)) for py, xml in self.xml_names.items()}
        #: The builder method's positional parameters, in order.
        self.positional = (text, *params) if text is not None else params
        #: The builders' caches (see ``_element._attributes``): plans by the keywords
        #: given, in the order given; results by the keywords and values (``None`` while
        #: paused).
        self.plans: dict[tuple[str, ...], Any] = {}
        self.memo: dict[tuple[Any, ...], Any] | None = {}
        #: child tag -> child row (filled once every row exists).
        self.children: dict[str, Row] = {}
        #: Children Twilio does not document here but the official package lets you append
        #: (``<Body>`` straight under a messaging ``<Response>``): built without complaint,
        #: reported by ``validate`` as warnings.  Filled with ``children``.
        self.tolerated: dict[str, Row] = {}
        self.tolerated_keys: tuple[str, ...] = ()
        self.open = "<" + tag
        self.close = "</" + tag + ">"
        #: the Python class built for this row (set by the class definitions).
        self.cls: Any = None

    def allowed(self) -> str:
        """The children this element accepts, for error messages."""
        if not self.children:
            return "none"
        return ", ".join(f"<{t}>" for t in self.children)

    def __repr__(self) -> str:
        return f"Row({self.key!r}, tag={self.tag!r})"


ROWS: dict[str, Row] = {}


def _row(
    key: str,
    tag: str | None = None,
    method: str | None = None,
    text: str | None = None,
    required: bool = False,
    params: str = "",
    extra: str = "",
    children: str = "",
    tolerated: str = "",
) -> None:
    row = ROWS[key] = Row(
        key,
        tag or key,
        method or re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower(),
        text,
        required,
        tuple(params.split()),
        tuple(extra.split()),
        tuple(children.split()),
    )
    row.tolerated_keys = tuple(tolerated.split())


_STATUS = "status_callback_event status_callback status_callback_method"
_AMD = (
    "machine_detection amd_status_callback_method amd_status_callback machine_detection_timeout"
    " machine_detection_speech_threshold machine_detection_speech_end_threshold"
    " machine_detection_silence_timeout"
)
_STREAM = (
    "name connector_name url track status_callback status_callback_method audio_format sample_rate"
)
_SSML_ALL = (
    "SsmlBreak SsmlEmphasis SsmlLang SsmlP SsmlPhoneme SsmlProsody SsmlS SsmlSayAs SsmlSub SsmlW"
)
_NAME_VALUE = "name value"

# ---- roots
_row(
    "VoiceResponse",
    "Response",
    "",
    children="Connect Dial Echo Enqueue Gather Hangup Leave Pause Play Queue Record Redirect"
    " Reject Say Sms Pay Prompt Start Stop Refer",
)
_row(
    "MessagingResponse",
    "Response",
    "",
    children="Message MessagingRedirect",
    tolerated="Body Media",
)
_row("FaxResponse", "Response", "", children="Receive")

# ---- voice verbs
_row("Say", text="message", params="voice loop language", children=_SSML_ALL)
_row("Play", text="url", params="loop digits")
_row("Pause", params="length")
_row(
    "Gather",
    params="input action method timeout speech_timeout max_speech_time profanity_filter"
    " finish_on_key num_digits partial_result_callback partial_result_callback_method language"
    " hints barge_in debug action_on_empty_result speech_model enhanced",
    children="Say Pause Play",
)
_row(
    "Record",
    params="action method timeout finish_on_key max_length play_beep trim"
    " recording_status_callback recording_status_callback_method"
    " recording_status_callback_event transcribe transcribe_callback recording_configuration_id",
)
_row(
    "Dial",
    text="number",
    params="action method timeout hangup_on_star time_limit caller_id record trim"
    " recording_status_callback recording_configuration_id recording_status_callback_method"
    " recording_status_callback_event answer_on_bridge ring_tone recording_track sequential"
    " refer_url refer_method events passports",
    children="Client Conference Number Queue Sim Sip Application WhatsApp",
)
_row(
    "Enqueue",
    text="name",
    params="action max_queue_size method wait_url wait_url_method workflow_sid",
    children="Task",
)
_row("Leave")
_row("Hangup", children="Parameter")
_row("Redirect", text="url", required=True, params="method")
_row("Reject", params="reason", children="Parameter")
_row("Refer", params="action method", children="ReferSip")
_row("Sms", text="message", required=True, params="to from_ action method status_callback")
_row(
    "Connect",
    params="action method",
    children="Room Autopilot Stream VirtualAgent Conversation ConversationRelay AiSession"
    " ConversationRelaySession",
)
_row("Start", params="action method", children="Stream Siprec Transcription Recording")
# <Stop><Recording name="..."> stops a named recording (newer than the official helper).
_row("Stop", children="Stream Siprec Transcription Recording")
_row(
    "Pay",
    params="input action bank_account_type status_callback status_callback_method timeout"
    " max_attempts security_code postal_code min_postal_code_length payment_connector"
    " payment_method token_type charge_amount currency description valid_card_types language",
    children="Prompt Parameter",
)
_row(
    "Prompt",
    params="for_ error_type card_type attempt require_matching_inputs",
    children="Say Play Pause",
)
_row("Echo")
_row(
    "Queue", text="name", required=True, params="url method reservation_sid post_work_activity_sid"
)

# ---- <Dial> nouns
_row(
    "Number",
    text="phone_number",
    required=True,
    params=f"send_digits url method {_STATUS} byoc {_AMD}",
)
_row("Client", text="identity", params=f"url method {_STATUS}", children="Identity Parameter")
_row("Identity", text="client_identity", required=True)
_row(
    "Conference",
    text="name",
    required=True,
    params="muted beep start_conference_on_enter end_conference_on_exit wait_url wait_method"
    " max_participants record recording_configuration_id region coach trim"
    f" {_STATUS} recording_status_callback recording_status_callback_method"
    " recording_status_callback_event event_callback_url jitter_buffer_size participant_label",
)
_row(
    "Sip",
    text="sip_url",
    params=f"username password url method {_STATUS} {_AMD}",
    children="SipUri Headers",
)
_row("SipUri", "Uri", "uri", text="sip_url", params="priority weight username password")
_row("Headers", children="Header")
_row("Header", params=_NAME_VALUE)
_row("Sim", text="sim_sid", required=True)
_row(
    "Application",
    text="application_sid",
    params=f"url method {_STATUS} customer_id copy_parent_to",
    children="ApplicationSid Parameter",
)
_row("ApplicationSid", text="sid", required=True)
_row("WhatsApp", text="phone_number", required=True, params=f"url method {_STATUS}")
_row("Parameter", params=_NAME_VALUE)
_row("Task", text="body", required=True, params="priority timeout")
_row("ReferSip", "Sip", "sip", text="sip_url", required=True)

# ---- <Connect>, <Start>, <Stop> nouns
_row("Room", text="name", required=True, params="participant_identity")
_row("Autopilot", text="name", required=True)
_row("Stream", params=_STREAM, children="Parameter")
_row(
    "VirtualAgent",
    params="connector_name language sentiment_analysis status_callback status_callback_method",
    children="Config Parameter",
)
_row("Config", params=_NAME_VALUE)
_row(
    "Conversation",
    params="service_instance_sid inbound_autocreation routing_assignment_timeout inbound_timeout"
    " url method record trim recording_status_callback recording_status_callback_method"
    " recording_status_callback_event status_callback status_callback_method"
    " status_callback_event",
)
_row(
    "ConversationRelay",
    params="url language tts_language transcription_language tts_provider voice"
    " transcription_provider speech_model profanity_filter dtmf_detection welcome_greeting"
    " partial_prompts welcome_greeting_interruptible interruptible preemptible hints"
    " intelligence_service report_input_during_agent_speech elevenlabs_text_normalization"
    " interrupt_sensitivity debug backgroundNoiseReduction speechTimeout deepgramSmartFormat"
    " ignoreBackchannel events partial_prompt_on_hangup eager_eot_threshold asr_smart_format"
    " tts_text_normalization tts_language_text_normalization"
    " elevenlabs_language_text_normalization include_in_prompt customer_name"
    " application_reconnect echo_prompt_filtering turn_detection",
    children="Language Parameter",
)
_row(
    "Language",
    params="code tts_provider voice transcription_provider speech_model hints asr_smart_format"
    " tts_text_normalization tts_language_text_normalization",
)
_row("AiSession", params="ai_connector ai_session_configuration")
_row("ConversationRelaySession", params="connector session_configuration")
_row(
    "Siprec",
    params="name connector_name track status_callback status_callback_method",
    children="Parameter",
)
_row(
    "Transcription",
    params="name track status_callback_url status_callback_method inbound_track_label"
    " outbound_track_label partial_results language_code transcription_engine profanity_filter"
    " speech_model hints enable_automatic_punctuation intelligence_service",
    children="Config Parameter",
)
_row(
    "Recording",
    params="recording_status_callback recording_status_callback_method"
    " recording_status_callback_event trim track channels recording_configuration_id",
    extra="name",
)

# ---- SSML inside <Say>
_row("SsmlBreak", "break", "break_", params="strength time")
_row(
    "SsmlEmphasis",
    "emphasis",
    "emphasis",
    text="words",
    params="level",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlPhoneme SsmlProsody SsmlSayAs SsmlSub SsmlW",
)
_row("SsmlLang", "lang", "lang", text="words", params="xml_lang", children=_SSML_ALL)
_row(
    "SsmlP",
    "p",
    "p",
    text="words",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlPhoneme SsmlProsody SsmlS SsmlSayAs SsmlSub SsmlW",
)
_row("SsmlPhoneme", "phoneme", "phoneme", text="words", required=True, params="alphabet ph")
_row(
    "SsmlProsody",
    "prosody",
    "prosody",
    text="words",
    params="volume rate pitch",
    children=_SSML_ALL,
)
_row(
    "SsmlS",
    "s",
    "s",
    text="words",
    children="SsmlBreak SsmlEmphasis SsmlLang SsmlPhoneme SsmlProsody SsmlSayAs SsmlSub SsmlW",
)
_row("SsmlSayAs", "say-as", "say_as", text="words", required=True, params="interpret_as format")
_row("SsmlSub", "sub", "sub", text="words", required=True, params="alias")
_row(
    "SsmlW",
    "w",
    "w",
    text="words",
    params="role",
    children="SsmlBreak SsmlEmphasis SsmlPhoneme SsmlProsody SsmlSayAs SsmlSub",
)

# ---- messaging
_row(
    "Message",
    text="body",
    params="to from_ action method status_callback",
    children="Body Media",
)
_row("Body", text="message", required=True)
_row("Media", text="url", required=True)
_row("MessagingRedirect", "Redirect", "redirect", text="url", required=True, params="method")

# ---- fax
_row("Receive", params="action method media_type page_size store_media")

for _r in ROWS.values():
    _r.children = {ROWS[k].tag: ROWS[k] for k in _r.child_keys}
    _r.tolerated = {ROWS[k].tag: ROWS[k] for k in _r.tolerated_keys}

#: The three documents, by the module that builds them.
ROOTS = {
    "voice": ROWS["VoiceResponse"],
    "messaging": ROWS["MessagingResponse"],
    "fax": ROWS["FaxResponse"],
}

#: The classes each module defines (for the code generator), in order.
MODULE_ROWS = {
    "voice": [
        k
        for k in ROWS
        if k not in {"MessagingResponse", "FaxResponse", "Message", "Body", "Media"}
        and k not in {"MessagingRedirect", "Receive"}
    ],
    "messaging": ["MessagingResponse", "Message", "Body", "Media", "MessagingRedirect"],
    "fax": ["FaxResponse", "Receive"],
}
