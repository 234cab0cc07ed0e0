"""TwiML for voice calls: ``<Response>`` and every voice verb and noun.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
Each constructor and method is a typed signature and a docstring: ``row=`` makes
``TwiML`` give it its body, the shared builder in ``_element`` that reads the table.
"""

# mypy: disable-error-code="empty-body"

from __future__ import annotations

from ._element import GenericNode, TwiML

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from ._element import Text, Value


class _PausePlaySay(TwiML):
    """``pause()``, ``play()``, ``say()``: what ``<Response>``, ``<Gather>``, ``<Prompt>`` share."""

    __slots__ = ()

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""

    def play(
        self, url: Text | None = None, loop: Value = None, digits: Value = None, **kwargs: Value
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""


class _Queue(TwiML):
    """``queue()``: what ``<Response>``, ``<Dial>`` share."""

    __slots__ = ()

    def queue(
        self,
        name: Text,
        url: Value = None,
        method: Value = None,
        reservation_sid: Value = None,
        post_work_activity_sid: Value = None,
        **kwargs: Value,
    ) -> Queue:
        """Add ``<Queue>`` and return it. Dial into a call queue."""


class _Prompt(TwiML):
    """``prompt()``: what ``<Response>``, ``<Pay>`` share."""

    __slots__ = ()

    def prompt(
        self,
        for_: Value = None,
        error_type: Value = None,
        card_type: Value = None,
        attempt: Value = None,
        require_matching_inputs: Value = None,
        **kwargs: Value,
    ) -> Prompt:
        """Add ``<Prompt>`` and return it. Customise what <Pay> says for one step."""


class _BreakEmphasisPhonemeProsodySayAsSub(TwiML):
    """``break_()``, ``emphasis()``, ``phoneme()``, ``prosody()``, ``say_as()``, ``sub()``: what ``<Say>``, ``<emphasis>``, ``<lang>``, ``<p>``, ``<prosody>``, ``<s>``, ``<w>`` share."""

    __slots__ = ()

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""

    def emphasis(
        self, words: Text | None = None, level: Value = None, **kwargs: Value
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""

    def phoneme(
        self, words: Text, alphabet: Value = None, ph: Value = None, **kwargs: Value
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""

    def say_as(
        self, words: Text, interpret_as: Value = None, format: Value = None, **kwargs: Value
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""


class _LangW(TwiML):
    """``lang()``, ``w()``: what ``<Say>``, ``<emphasis>``, ``<lang>``, ``<p>``, ``<prosody>``, ``<s>`` share."""

    __slots__ = ()

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""


class _P(TwiML):
    """``p()``: what ``<Say>``, ``<lang>``, ``<prosody>`` share."""

    __slots__ = ()

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""


class _S(TwiML):
    """``s()``: what ``<Say>``, ``<lang>``, ``<p>``, ``<prosody>`` share."""

    __slots__ = ()

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""


class _Parameter(TwiML):
    """``parameter()``: what ``<Hangup>``, ``<Reject>``, ``<Pay>``, ``<Client>``, ``<Application>``, ``<Stream>``, ``<VirtualAgent>``, ``<ConversationRelay>``, ``<Siprec>``, ``<Transcription>`` share."""

    __slots__ = ()

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""


class _Stream(TwiML):
    """``stream()``: what ``<Connect>``, ``<Start>``, ``<Stop>`` share."""

    __slots__ = ()

    def stream(
        self,
        name: Value = None,
        connector_name: Value = None,
        url: Value = None,
        track: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        audio_format: Value = None,
        sample_rate: Value = None,
        **kwargs: Value,
    ) -> Stream:
        """Add ``<Stream>`` and return it. A media stream over WebSocket."""


class _SiprecTranscriptionRecording(TwiML):
    """``siprec()``, ``transcription()``, ``recording()``: what ``<Start>``, ``<Stop>`` share."""

    __slots__ = ()

    def siprec(
        self,
        name: Value = None,
        connector_name: Value = None,
        track: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        **kwargs: Value,
    ) -> Siprec:
        """Add ``<Siprec>`` and return it. A SIPREC recording session."""

    def transcription(
        self,
        name: Value = None,
        track: Value = None,
        status_callback_url: Value = None,
        status_callback_method: Value = None,
        inbound_track_label: Value = None,
        outbound_track_label: Value = None,
        partial_results: Value = None,
        language_code: Value = None,
        transcription_engine: Value = None,
        profanity_filter: Value = None,
        speech_model: Value = None,
        hints: Value = None,
        enable_automatic_punctuation: Value = None,
        intelligence_service: Value = None,
        **kwargs: Value,
    ) -> Transcription:
        """Add ``<Transcription>`` and return it. Real-time transcription of the call."""

    def recording(
        self,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        trim: Value = None,
        track: Value = None,
        channels: Value = None,
        recording_configuration_id: Value = None,
        **kwargs: Value,
    ) -> Recording:
        """Add ``<Recording>`` and return it. A call recording started with <Start>."""


class _Config(TwiML):
    """``config()``: what ``<VirtualAgent>``, ``<Transcription>`` share."""

    __slots__ = ()

    def config(self, name: Value = None, value: Value = None, **kwargs: Value) -> Config:
        """Add ``<Config>`` and return it. A name/value configuration item."""


class VoiceResponse(_PausePlaySay, _Queue, _Prompt, row="VoiceResponse"):
    """``<Response>``: The root of a voice TwiML document."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Response>``; keywords are its attributes."""

    def connect(self, action: Value = None, method: Value = None, **kwargs: Value) -> Connect:
        """Add ``<Connect>`` and return it. Connect the call to a stream, room, agent or other service."""

    def dial(
        self,
        number: Text | None = None,
        action: Value = None,
        method: Value = None,
        timeout: Value = None,
        hangup_on_star: Value = None,
        time_limit: Value = None,
        caller_id: Value = None,
        record: Value = None,
        trim: Value = None,
        recording_status_callback: Value = None,
        recording_configuration_id: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        answer_on_bridge: Value = None,
        ring_tone: Value = None,
        recording_track: Value = None,
        sequential: Value = None,
        refer_url: Value = None,
        refer_method: Value = None,
        events: Value = None,
        passports: Value = None,
        **kwargs: Value,
    ) -> Dial:
        """Add ``<Dial>`` and return it. Connect the call to another party."""

    def echo(self, **kwargs: Value) -> Echo:
        """Add ``<Echo>`` and return it. Echo the caller's audio back (testing)."""

    def enqueue(
        self,
        name: Text | None = None,
        action: Value = None,
        max_queue_size: Value = None,
        method: Value = None,
        wait_url: Value = None,
        wait_url_method: Value = None,
        workflow_sid: Value = None,
        **kwargs: Value,
    ) -> Enqueue:
        """Add ``<Enqueue>`` and return it. Put the caller in a queue."""

    def gather(
        self,
        input: Value = None,
        action: Value = None,
        method: Value = None,
        timeout: Value = None,
        speech_timeout: Value = None,
        max_speech_time: Value = None,
        profanity_filter: Value = None,
        finish_on_key: Value = None,
        num_digits: Value = None,
        partial_result_callback: Value = None,
        partial_result_callback_method: Value = None,
        language: Value = None,
        hints: Value = None,
        barge_in: Value = None,
        debug: Value = None,
        action_on_empty_result: Value = None,
        speech_model: Value = None,
        enhanced: Value = None,
        **kwargs: Value,
    ) -> Gather:
        """Add ``<Gather>`` and return it. Collect digits or speech from the caller."""

    def hangup(self, **kwargs: Value) -> Hangup:
        """Add ``<Hangup>`` and return it. End the call."""

    def leave(self, **kwargs: Value) -> Leave:
        """Add ``<Leave>`` and return it. Take the caller out of the queue they are waiting in."""

    def record(
        self,
        action: Value = None,
        method: Value = None,
        timeout: Value = None,
        finish_on_key: Value = None,
        max_length: Value = None,
        play_beep: Value = None,
        trim: Value = None,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        transcribe: Value = None,
        transcribe_callback: Value = None,
        recording_configuration_id: Value = None,
        **kwargs: Value,
    ) -> Record:
        """Add ``<Record>`` and return it. Record the caller's voice."""

    def redirect(self, url: Text, method: Value = None, **kwargs: Value) -> Redirect:
        """Add ``<Redirect>`` and return it. Continue with TwiML from another URL."""

    def reject(self, reason: Value = None, **kwargs: Value) -> Reject:
        """Add ``<Reject>`` and return it. Decline an incoming call without answering (no billing)."""

    def sms(
        self,
        message: Text,
        to: Value = None,
        from_: Value = None,
        action: Value = None,
        method: Value = None,
        status_callback: Value = None,
        **kwargs: Value,
    ) -> Sms:
        """Add ``<Sms>`` and return it. Send an SMS during a call (legacy verb)."""

    def pay(
        self,
        input: Value = None,
        action: Value = None,
        bank_account_type: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        timeout: Value = None,
        max_attempts: Value = None,
        security_code: Value = None,
        postal_code: Value = None,
        min_postal_code_length: Value = None,
        payment_connector: Value = None,
        payment_method: Value = None,
        token_type: Value = None,
        charge_amount: Value = None,
        currency: Value = None,
        description: Value = None,
        valid_card_types: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Pay:
        """Add ``<Pay>`` and return it. Take a payment over the phone."""

    def start(self, action: Value = None, method: Value = None, **kwargs: Value) -> Start:
        """Add ``<Start>`` and return it. Start a background action (stream, siprec, transcription, recording)."""

    def stop(self, **kwargs: Value) -> Stop:
        """Add ``<Stop>`` and return it. Stop a background action started with <Start>."""

    def refer(self, action: Value = None, method: Value = None, **kwargs: Value) -> Refer:
        """Add ``<Refer>`` and return it. Transfer a SIP call with a SIP REFER."""


class Say(_BreakEmphasisPhonemeProsodySayAsSub, _LangW, _P, _S, row="Say"):
    """``<Say>``: Speak text to the caller with text-to-speech (SSML children allowed)."""

    __slots__ = ()

    def __init__(
        self,
        message: Text | None = None,
        *,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Say>``; keywords are its attributes."""


class Play(TwiML, row="Play"):
    """``<Play>``: Play an audio file, or send DTMF digits."""

    __slots__ = ()

    def __init__(
        self,
        url: Text | None = None,
        *,
        loop: Value = None,
        digits: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Play>``; keywords are its attributes."""


class Pause(TwiML, row="Pause"):
    """``<Pause>``: Wait silently for a number of seconds."""

    __slots__ = ()

    def __init__(self, *, length: Value = None, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Pause>``; keywords are its attributes."""


class Gather(_PausePlaySay, row="Gather"):
    """``<Gather>``: Collect digits or speech from the caller."""

    __slots__ = ()

    def __init__(
        self,
        *,
        input: Value = None,
        action: Value = None,
        method: Value = None,
        timeout: Value = None,
        speech_timeout: Value = None,
        max_speech_time: Value = None,
        profanity_filter: Value = None,
        finish_on_key: Value = None,
        num_digits: Value = None,
        partial_result_callback: Value = None,
        partial_result_callback_method: Value = None,
        language: Value = None,
        hints: Value = None,
        barge_in: Value = None,
        debug: Value = None,
        action_on_empty_result: Value = None,
        speech_model: Value = None,
        enhanced: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Gather>``; keywords are its attributes."""


class Record(TwiML, row="Record"):
    """``<Record>``: Record the caller's voice."""

    __slots__ = ()

    def __init__(
        self,
        *,
        action: Value = None,
        method: Value = None,
        timeout: Value = None,
        finish_on_key: Value = None,
        max_length: Value = None,
        play_beep: Value = None,
        trim: Value = None,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        transcribe: Value = None,
        transcribe_callback: Value = None,
        recording_configuration_id: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Record>``; keywords are its attributes."""


class Dial(_Queue, row="Dial"):
    """``<Dial>``: Connect the call to another party."""

    __slots__ = ()

    def __init__(
        self,
        number: Text | None = None,
        *,
        action: Value = None,
        method: Value = None,
        timeout: Value = None,
        hangup_on_star: Value = None,
        time_limit: Value = None,
        caller_id: Value = None,
        record: Value = None,
        trim: Value = None,
        recording_status_callback: Value = None,
        recording_configuration_id: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        answer_on_bridge: Value = None,
        ring_tone: Value = None,
        recording_track: Value = None,
        sequential: Value = None,
        refer_url: Value = None,
        refer_method: Value = None,
        events: Value = None,
        passports: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Dial>``; keywords are its attributes."""

    def client(
        self,
        identity: Text | None = None,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        **kwargs: Value,
    ) -> Client:
        """Add ``<Client>`` and return it. A Twilio Client identity to dial."""

    def conference(
        self,
        name: Text,
        muted: Value = None,
        beep: Value = None,
        start_conference_on_enter: Value = None,
        end_conference_on_exit: Value = None,
        wait_url: Value = None,
        wait_method: Value = None,
        max_participants: Value = None,
        record: Value = None,
        recording_configuration_id: Value = None,
        region: Value = None,
        coach: Value = None,
        trim: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        event_callback_url: Value = None,
        jitter_buffer_size: Value = None,
        participant_label: Value = None,
        **kwargs: Value,
    ) -> Conference:
        """Add ``<Conference>`` and return it. A conference room to join."""

    def number(
        self,
        phone_number: Text,
        send_digits: Value = None,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        byoc: Value = None,
        machine_detection: Value = None,
        amd_status_callback_method: Value = None,
        amd_status_callback: Value = None,
        machine_detection_timeout: Value = None,
        machine_detection_speech_threshold: Value = None,
        machine_detection_speech_end_threshold: Value = None,
        machine_detection_silence_timeout: Value = None,
        **kwargs: Value,
    ) -> Number:
        """Add ``<Number>`` and return it. A phone number to dial."""

    def sim(self, sim_sid: Text, **kwargs: Value) -> Sim:
        """Add ``<Sim>`` and return it. A Programmable Wireless SIM to dial."""

    def sip(
        self,
        sip_url: Text | None = None,
        username: Value = None,
        password: Value = None,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        machine_detection: Value = None,
        amd_status_callback_method: Value = None,
        amd_status_callback: Value = None,
        machine_detection_timeout: Value = None,
        machine_detection_speech_threshold: Value = None,
        machine_detection_speech_end_threshold: Value = None,
        machine_detection_silence_timeout: Value = None,
        **kwargs: Value,
    ) -> Sip:
        """Add ``<Sip>`` and return it. A SIP endpoint to dial."""

    def application(
        self,
        application_sid: Text | None = None,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        customer_id: Value = None,
        copy_parent_to: Value = None,
        **kwargs: Value,
    ) -> Application:
        """Add ``<Application>`` and return it. A TwiML App to dial."""

    def whats_app(
        self,
        phone_number: Text,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        **kwargs: Value,
    ) -> WhatsApp:
        """Add ``<WhatsApp>`` and return it. A WhatsApp number to dial."""


class Enqueue(TwiML, row="Enqueue"):
    """``<Enqueue>``: Put the caller in a queue."""

    __slots__ = ()

    def __init__(
        self,
        name: Text | None = None,
        *,
        action: Value = None,
        max_queue_size: Value = None,
        method: Value = None,
        wait_url: Value = None,
        wait_url_method: Value = None,
        workflow_sid: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Enqueue>``; keywords are its attributes."""

    def task(
        self,
        body: Text | Mapping[str, Any],
        priority: Value = None,
        timeout: Value = None,
        **kwargs: Value,
    ) -> Task:
        """Add ``<Task>`` and return it. The TaskRouter task attributes for <Enqueue>."""


class Leave(TwiML, row="Leave"):
    """``<Leave>``: Take the caller out of the queue they are waiting in."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Leave>``; keywords are its attributes."""


class Hangup(_Parameter, row="Hangup"):
    """``<Hangup>``: End the call."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Hangup>``; keywords are its attributes."""


class Redirect(TwiML, row="Redirect"):
    """``<Redirect>``: Continue with TwiML from another URL."""

    __slots__ = ()

    def __init__(
        self, url: Text, *, method: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Redirect>``; keywords are its attributes."""


class Reject(_Parameter, row="Reject"):
    """``<Reject>``: Decline an incoming call without answering (no billing)."""

    __slots__ = ()

    def __init__(self, *, reason: Value = None, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Reject>``; keywords are its attributes."""


class Refer(TwiML, row="Refer"):
    """``<Refer>``: Transfer a SIP call with a SIP REFER."""

    __slots__ = ()

    def __init__(
        self, *, action: Value = None, method: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Refer>``; keywords are its attributes."""

    def sip(self, sip_url: Text, **kwargs: Value) -> ReferSip:
        """Add ``<Sip>`` and return it. The SIP URI a <Refer> transfers to."""


class Sms(TwiML, row="Sms"):
    """``<Sms>``: Send an SMS during a call (legacy verb)."""

    __slots__ = ()

    def __init__(
        self,
        message: Text,
        *,
        to: Value = None,
        from_: Value = None,
        action: Value = None,
        method: Value = None,
        status_callback: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Sms>``; keywords are its attributes."""


class Connect(_Stream, row="Connect"):
    """``<Connect>``: Connect the call to a stream, room, agent or other service."""

    __slots__ = ()

    def __init__(
        self, *, action: Value = None, method: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Connect>``; keywords are its attributes."""

    def room(self, name: Text, participant_identity: Value = None, **kwargs: Value) -> Room:
        """Add ``<Room>`` and return it. A Video room to join."""

    def autopilot(self, name: Text, **kwargs: Value) -> Autopilot:
        """Add ``<Autopilot>`` and return it. An Autopilot assistant to connect to."""

    def virtual_agent(
        self,
        connector_name: Value = None,
        language: Value = None,
        sentiment_analysis: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        **kwargs: Value,
    ) -> VirtualAgent:
        """Add ``<VirtualAgent>`` and return it. A virtual agent to connect to."""

    def conversation(
        self,
        service_instance_sid: Value = None,
        inbound_autocreation: Value = None,
        routing_assignment_timeout: Value = None,
        inbound_timeout: Value = None,
        url: Value = None,
        method: Value = None,
        record: Value = None,
        trim: Value = None,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        status_callback_event: Value = None,
        **kwargs: Value,
    ) -> Conversation:
        """Add ``<Conversation>`` and return it. A Conversations service to connect to."""

    def conversation_relay(
        self,
        url: Value = None,
        language: Value = None,
        tts_language: Value = None,
        transcription_language: Value = None,
        tts_provider: Value = None,
        voice: Value = None,
        transcription_provider: Value = None,
        speech_model: Value = None,
        profanity_filter: Value = None,
        dtmf_detection: Value = None,
        welcome_greeting: Value = None,
        partial_prompts: Value = None,
        welcome_greeting_interruptible: Value = None,
        interruptible: Value = None,
        preemptible: Value = None,
        hints: Value = None,
        intelligence_service: Value = None,
        report_input_during_agent_speech: Value = None,
        elevenlabs_text_normalization: Value = None,
        interrupt_sensitivity: Value = None,
        debug: Value = None,
        backgroundNoiseReduction: Value = None,
        speechTimeout: Value = None,
        deepgramSmartFormat: Value = None,
        ignoreBackchannel: Value = None,
        events: Value = None,
        partial_prompt_on_hangup: Value = None,
        eager_eot_threshold: Value = None,
        asr_smart_format: Value = None,
        tts_text_normalization: Value = None,
        tts_language_text_normalization: Value = None,
        elevenlabs_language_text_normalization: Value = None,
        include_in_prompt: Value = None,
        customer_name: Value = None,
        application_reconnect: Value = None,
        echo_prompt_filtering: Value = None,
        turn_detection: Value = None,
        **kwargs: Value,
    ) -> ConversationRelay:
        """Add ``<ConversationRelay>`` and return it. A ConversationRelay session over WebSocket."""

    def ai_session(
        self, ai_connector: Value = None, ai_session_configuration: Value = None, **kwargs: Value
    ) -> AiSession:
        """Add ``<AiSession>`` and return it. An AI session to connect to."""

    def conversation_relay_session(
        self, connector: Value = None, session_configuration: Value = None, **kwargs: Value
    ) -> ConversationRelaySession:
        """Add ``<ConversationRelaySession>`` and return it. A ConversationRelay session resource to connect to."""


class Start(_Stream, _SiprecTranscriptionRecording, row="Start"):
    """``<Start>``: Start a background action (stream, siprec, transcription, recording)."""

    __slots__ = ()

    def __init__(
        self, *, action: Value = None, method: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Start>``; keywords are its attributes."""


class Stop(_Stream, _SiprecTranscriptionRecording, row="Stop"):
    """``<Stop>``: Stop a background action started with <Start>."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Stop>``; keywords are its attributes."""


class Pay(_Prompt, _Parameter, row="Pay"):
    """``<Pay>``: Take a payment over the phone."""

    __slots__ = ()

    def __init__(
        self,
        *,
        input: Value = None,
        action: Value = None,
        bank_account_type: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        timeout: Value = None,
        max_attempts: Value = None,
        security_code: Value = None,
        postal_code: Value = None,
        min_postal_code_length: Value = None,
        payment_connector: Value = None,
        payment_method: Value = None,
        token_type: Value = None,
        charge_amount: Value = None,
        currency: Value = None,
        description: Value = None,
        valid_card_types: Value = None,
        language: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Pay>``; keywords are its attributes."""


class Prompt(_PausePlaySay, row="Prompt"):
    """``<Prompt>``: Customise what <Pay> says for one step."""

    __slots__ = ()

    def __init__(
        self,
        *,
        for_: Value = None,
        error_type: Value = None,
        card_type: Value = None,
        attempt: Value = None,
        require_matching_inputs: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Prompt>``; keywords are its attributes."""


class Echo(TwiML, row="Echo"):
    """``<Echo>``: Echo the caller's audio back (testing)."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Echo>``; keywords are its attributes."""


class Queue(TwiML, row="Queue"):
    """``<Queue>``: Dial into a call queue."""

    __slots__ = ()

    def __init__(
        self,
        name: Text,
        *,
        url: Value = None,
        method: Value = None,
        reservation_sid: Value = None,
        post_work_activity_sid: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Queue>``; keywords are its attributes."""


class Number(TwiML, row="Number"):
    """``<Number>``: A phone number to dial."""

    __slots__ = ()

    def __init__(
        self,
        phone_number: Text,
        *,
        send_digits: Value = None,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        byoc: Value = None,
        machine_detection: Value = None,
        amd_status_callback_method: Value = None,
        amd_status_callback: Value = None,
        machine_detection_timeout: Value = None,
        machine_detection_speech_threshold: Value = None,
        machine_detection_speech_end_threshold: Value = None,
        machine_detection_silence_timeout: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Number>``; keywords are its attributes."""


class Client(_Parameter, row="Client"):
    """``<Client>``: A Twilio Client identity to dial."""

    __slots__ = ()

    def __init__(
        self,
        identity: Text | None = None,
        *,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Client>``; keywords are its attributes."""

    def identity(self, client_identity: Text, **kwargs: Value) -> Identity:
        """Add ``<Identity>`` and return it. The identity of the Client to dial."""


class Identity(TwiML, row="Identity"):
    """``<Identity>``: The identity of the Client to dial."""

    __slots__ = ()

    def __init__(self, client_identity: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Identity>``; keywords are its attributes."""


class Conference(TwiML, row="Conference"):
    """``<Conference>``: A conference room to join."""

    __slots__ = ()

    def __init__(
        self,
        name: Text,
        *,
        muted: Value = None,
        beep: Value = None,
        start_conference_on_enter: Value = None,
        end_conference_on_exit: Value = None,
        wait_url: Value = None,
        wait_method: Value = None,
        max_participants: Value = None,
        record: Value = None,
        recording_configuration_id: Value = None,
        region: Value = None,
        coach: Value = None,
        trim: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        event_callback_url: Value = None,
        jitter_buffer_size: Value = None,
        participant_label: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Conference>``; keywords are its attributes."""


class Sip(TwiML, row="Sip"):
    """``<Sip>``: A SIP endpoint to dial."""

    __slots__ = ()

    def __init__(
        self,
        sip_url: Text | None = None,
        *,
        username: Value = None,
        password: Value = None,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        machine_detection: Value = None,
        amd_status_callback_method: Value = None,
        amd_status_callback: Value = None,
        machine_detection_timeout: Value = None,
        machine_detection_speech_threshold: Value = None,
        machine_detection_speech_end_threshold: Value = None,
        machine_detection_silence_timeout: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Sip>``; keywords are its attributes."""

    def uri(
        self,
        sip_url: Text | None = None,
        priority: Value = None,
        weight: Value = None,
        username: Value = None,
        password: Value = None,
        **kwargs: Value,
    ) -> SipUri:
        """Add ``<Uri>`` and return it. One SIP URI to try."""

    def headers(self, **kwargs: Value) -> Headers:
        """Add ``<Headers>`` and return it. SIP headers to send."""


class SipUri(TwiML, row="SipUri"):
    """``<Uri>``: One SIP URI to try."""

    __slots__ = ()

    def __init__(
        self,
        sip_url: Text | None = None,
        *,
        priority: Value = None,
        weight: Value = None,
        username: Value = None,
        password: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Uri>``; keywords are its attributes."""


class Headers(TwiML, row="Headers"):
    """``<Headers>``: SIP headers to send."""

    __slots__ = ()

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Headers>``; keywords are its attributes."""

    def header(self, name: Value = None, value: Value = None, **kwargs: Value) -> Header:
        """Add ``<Header>`` and return it. One SIP header."""


class Header(TwiML, row="Header"):
    """``<Header>``: One SIP header."""

    __slots__ = ()

    def __init__(
        self, *, name: Value = None, value: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Header>``; keywords are its attributes."""


class Sim(TwiML, row="Sim"):
    """``<Sim>``: A Programmable Wireless SIM to dial."""

    __slots__ = ()

    def __init__(self, sim_sid: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Sim>``; keywords are its attributes."""


class Application(_Parameter, row="Application"):
    """``<Application>``: A TwiML App to dial."""

    __slots__ = ()

    def __init__(
        self,
        application_sid: Text | None = None,
        *,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        customer_id: Value = None,
        copy_parent_to: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Application>``; keywords are its attributes."""

    def application_sid(self, sid: Text, **kwargs: Value) -> ApplicationSid:
        """Add ``<ApplicationSid>`` and return it. The SID of the TwiML App to dial."""


class ApplicationSid(TwiML, row="ApplicationSid"):
    """``<ApplicationSid>``: The SID of the TwiML App to dial."""

    __slots__ = ()

    def __init__(self, sid: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<ApplicationSid>``; keywords are its attributes."""


class WhatsApp(TwiML, row="WhatsApp"):
    """``<WhatsApp>``: A WhatsApp number to dial."""

    __slots__ = ()

    def __init__(
        self,
        phone_number: Text,
        *,
        url: Value = None,
        method: Value = None,
        status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<WhatsApp>``; keywords are its attributes."""


class Parameter(TwiML, row="Parameter"):
    """``<Parameter>``: A custom name/value parameter passed along."""

    __slots__ = ()

    def __init__(
        self, *, name: Value = None, value: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Parameter>``; keywords are its attributes."""


class Task(TwiML, row="Task"):
    """``<Task>``: The TaskRouter task attributes for <Enqueue>."""

    __slots__ = ()

    def __init__(
        self,
        body: Text | Mapping[str, Any],
        *,
        priority: Value = None,
        timeout: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Task>``; keywords are its attributes."""


class ReferSip(TwiML, row="ReferSip"):
    """``<Sip>``: The SIP URI a <Refer> transfers to."""

    __slots__ = ()

    def __init__(self, sip_url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Sip>``; keywords are its attributes."""


class Room(TwiML, row="Room"):
    """``<Room>``: A Video room to join."""

    __slots__ = ()

    def __init__(
        self,
        name: Text,
        *,
        participant_identity: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Room>``; keywords are its attributes."""


class Autopilot(TwiML, row="Autopilot"):
    """``<Autopilot>``: An Autopilot assistant to connect to."""

    __slots__ = ()

    def __init__(self, name: Text, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<Autopilot>``; keywords are its attributes."""


class Stream(_Parameter, row="Stream"):
    """``<Stream>``: A media stream over WebSocket."""

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Value = None,
        connector_name: Value = None,
        url: Value = None,
        track: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        audio_format: Value = None,
        sample_rate: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Stream>``; keywords are its attributes."""


class VirtualAgent(_Config, _Parameter, row="VirtualAgent"):
    """``<VirtualAgent>``: A virtual agent to connect to."""

    __slots__ = ()

    def __init__(
        self,
        *,
        connector_name: Value = None,
        language: Value = None,
        sentiment_analysis: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<VirtualAgent>``; keywords are its attributes."""


class Config(TwiML, row="Config"):
    """``<Config>``: A name/value configuration item."""

    __slots__ = ()

    def __init__(
        self, *, name: Value = None, value: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<Config>``; keywords are its attributes."""


class Conversation(TwiML, row="Conversation"):
    """``<Conversation>``: A Conversations service to connect to."""

    __slots__ = ()

    def __init__(
        self,
        *,
        service_instance_sid: Value = None,
        inbound_autocreation: Value = None,
        routing_assignment_timeout: Value = None,
        inbound_timeout: Value = None,
        url: Value = None,
        method: Value = None,
        record: Value = None,
        trim: Value = None,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        status_callback_event: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Conversation>``; keywords are its attributes."""


class ConversationRelay(_Parameter, row="ConversationRelay"):
    """``<ConversationRelay>``: A ConversationRelay session over WebSocket."""

    __slots__ = ()

    def __init__(
        self,
        *,
        url: Value = None,
        language: Value = None,
        tts_language: Value = None,
        transcription_language: Value = None,
        tts_provider: Value = None,
        voice: Value = None,
        transcription_provider: Value = None,
        speech_model: Value = None,
        profanity_filter: Value = None,
        dtmf_detection: Value = None,
        welcome_greeting: Value = None,
        partial_prompts: Value = None,
        welcome_greeting_interruptible: Value = None,
        interruptible: Value = None,
        preemptible: Value = None,
        hints: Value = None,
        intelligence_service: Value = None,
        report_input_during_agent_speech: Value = None,
        elevenlabs_text_normalization: Value = None,
        interrupt_sensitivity: Value = None,
        debug: Value = None,
        backgroundNoiseReduction: Value = None,
        speechTimeout: Value = None,
        deepgramSmartFormat: Value = None,
        ignoreBackchannel: Value = None,
        events: Value = None,
        partial_prompt_on_hangup: Value = None,
        eager_eot_threshold: Value = None,
        asr_smart_format: Value = None,
        tts_text_normalization: Value = None,
        tts_language_text_normalization: Value = None,
        elevenlabs_language_text_normalization: Value = None,
        include_in_prompt: Value = None,
        customer_name: Value = None,
        application_reconnect: Value = None,
        echo_prompt_filtering: Value = None,
        turn_detection: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<ConversationRelay>``; keywords are its attributes."""

    def language(
        self,
        code: Value = None,
        tts_provider: Value = None,
        voice: Value = None,
        transcription_provider: Value = None,
        speech_model: Value = None,
        hints: Value = None,
        asr_smart_format: Value = None,
        tts_text_normalization: Value = None,
        tts_language_text_normalization: Value = None,
        **kwargs: Value,
    ) -> Language:
        """Add ``<Language>`` and return it. A language for <ConversationRelay>."""


class Language(TwiML, row="Language"):
    """``<Language>``: A language for <ConversationRelay>."""

    __slots__ = ()

    def __init__(
        self,
        *,
        code: Value = None,
        tts_provider: Value = None,
        voice: Value = None,
        transcription_provider: Value = None,
        speech_model: Value = None,
        hints: Value = None,
        asr_smart_format: Value = None,
        tts_text_normalization: Value = None,
        tts_language_text_normalization: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Language>``; keywords are its attributes."""


class AiSession(TwiML, row="AiSession"):
    """``<AiSession>``: An AI session to connect to."""

    __slots__ = ()

    def __init__(
        self,
        *,
        ai_connector: Value = None,
        ai_session_configuration: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<AiSession>``; keywords are its attributes."""


class ConversationRelaySession(TwiML, row="ConversationRelaySession"):
    """``<ConversationRelaySession>``: A ConversationRelay session resource to connect to."""

    __slots__ = ()

    def __init__(
        self,
        *,
        connector: Value = None,
        session_configuration: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<ConversationRelaySession>``; keywords are its attributes."""


class Siprec(_Parameter, row="Siprec"):
    """``<Siprec>``: A SIPREC recording session."""

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Value = None,
        connector_name: Value = None,
        track: Value = None,
        status_callback: Value = None,
        status_callback_method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Siprec>``; keywords are its attributes."""


class Transcription(_Config, _Parameter, row="Transcription"):
    """``<Transcription>``: Real-time transcription of the call."""

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Value = None,
        track: Value = None,
        status_callback_url: Value = None,
        status_callback_method: Value = None,
        inbound_track_label: Value = None,
        outbound_track_label: Value = None,
        partial_results: Value = None,
        language_code: Value = None,
        transcription_engine: Value = None,
        profanity_filter: Value = None,
        speech_model: Value = None,
        hints: Value = None,
        enable_automatic_punctuation: Value = None,
        intelligence_service: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Transcription>``; keywords are its attributes."""


class Recording(TwiML, row="Recording"):
    """``<Recording>``: A call recording started with <Start>."""

    __slots__ = ()

    def __init__(
        self,
        *,
        recording_status_callback: Value = None,
        recording_status_callback_method: Value = None,
        recording_status_callback_event: Value = None,
        trim: Value = None,
        track: Value = None,
        channels: Value = None,
        recording_configuration_id: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<Recording>``; keywords are its attributes."""


class SsmlBreak(TwiML, row="SsmlBreak"):
    """``<break>``: SSML <break>: a pause in speech."""

    __slots__ = ()

    def __init__(
        self, *, strength: Value = None, time: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<break>``; keywords are its attributes."""


class SsmlEmphasis(_BreakEmphasisPhonemeProsodySayAsSub, _LangW, row="SsmlEmphasis"):
    """``<emphasis>``: SSML <emphasis>: stress words."""

    __slots__ = ()

    def __init__(
        self,
        words: Text | None = None,
        *,
        level: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<emphasis>``; keywords are its attributes."""


class SsmlLang(_BreakEmphasisPhonemeProsodySayAsSub, _LangW, _P, _S, row="SsmlLang"):
    """``<lang>``: SSML <lang>: words in another language."""

    __slots__ = ()

    def __init__(
        self,
        words: Text | None = None,
        *,
        xml_lang: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<lang>``; keywords are its attributes."""


class SsmlP(_BreakEmphasisPhonemeProsodySayAsSub, _LangW, _S, row="SsmlP"):
    """``<p>``: SSML <p>: a paragraph."""

    __slots__ = ()

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<p>``; keywords are its attributes."""


class SsmlPhoneme(TwiML, row="SsmlPhoneme"):
    """``<phoneme>``: SSML <phoneme>: a phonetic pronunciation."""

    __slots__ = ()

    def __init__(
        self,
        words: Text,
        *,
        alphabet: Value = None,
        ph: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<phoneme>``; keywords are its attributes."""


class SsmlProsody(_BreakEmphasisPhonemeProsodySayAsSub, _LangW, _P, _S, row="SsmlProsody"):
    """``<prosody>``: SSML <prosody>: volume, rate and pitch."""

    __slots__ = ()

    def __init__(
        self,
        words: Text | None = None,
        *,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<prosody>``; keywords are its attributes."""


class SsmlS(_BreakEmphasisPhonemeProsodySayAsSub, _LangW, row="SsmlS"):
    """``<s>``: SSML <s>: a sentence."""

    __slots__ = ()

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        """Make ``<s>``; keywords are its attributes."""


class SsmlSayAs(TwiML, row="SsmlSayAs"):
    """``<say-as>``: SSML <say-as>: how to read a word (digits, date ...)."""

    __slots__ = ()

    def __init__(
        self,
        words: Text,
        *,
        interpret_as: Value = None,
        format: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        """Make ``<say-as>``; keywords are its attributes."""


class SsmlSub(TwiML, row="SsmlSub"):
    """``<sub>``: SSML <sub>: say an alias instead of the written text."""

    __slots__ = ()

    def __init__(
        self, words: Text, *, alias: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<sub>``; keywords are its attributes."""


class SsmlW(_BreakEmphasisPhonemeProsodySayAsSub, row="SsmlW"):
    """``<w>``: SSML <w>: a word with a part-of-speech role."""

    __slots__ = ()

    def __init__(
        self, words: Text | None = None, *, role: Value = None, strict: bool = True, **kwargs: Value
    ) -> None:
        """Make ``<w>``; keywords are its attributes."""


__all__ = [
    "AiSession",
    "Application",
    "ApplicationSid",
    "Autopilot",
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
    "Gather",
    "GenericNode",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
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
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
]
