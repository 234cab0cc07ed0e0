"""TwiML for voice calls: ``<Response>`` and every voice verb and noun.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
"""

from __future__ import annotations

from ._element import GenericNode, TwiML
from ._schema import ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._element import Text, Value


class VoiceResponse(TwiML):
    """``<Response>``: The root of a voice TwiML document."""

    __slots__ = ()
    _row = ROWS["VoiceResponse"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def connect(self, action: Value = None, method: Value = None, **kwargs: Value) -> Connect:
        """Add ``<Connect>`` and return it. Connect the call to a stream, room, agent or other service."""
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if method is not None:
            a["method"] = method
        return self._new(Connect, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if answer_on_bridge is not None:
            a["answerOnBridge"] = answer_on_bridge
        if caller_id is not None:
            a["callerId"] = caller_id
        if events is not None:
            a["events"] = events
        if hangup_on_star is not None:
            a["hangupOnStar"] = hangup_on_star
        if method is not None:
            a["method"] = method
        if passports is not None:
            a["passports"] = passports
        if record is not None:
            a["record"] = record
        if recording_configuration_id is not None:
            a["recordingConfigurationId"] = recording_configuration_id
        if recording_status_callback is not None:
            a["recordingStatusCallback"] = recording_status_callback
        if recording_status_callback_event is not None:
            a["recordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback_method is not None:
            a["recordingStatusCallbackMethod"] = recording_status_callback_method
        if recording_track is not None:
            a["recordingTrack"] = recording_track
        if refer_method is not None:
            a["referMethod"] = refer_method
        if refer_url is not None:
            a["referUrl"] = refer_url
        if ring_tone is not None:
            a["ringTone"] = ring_tone
        if sequential is not None:
            a["sequential"] = sequential
        if time_limit is not None:
            a["timeLimit"] = time_limit
        if timeout is not None:
            a["timeout"] = timeout
        if trim is not None:
            a["trim"] = trim
        return self._new(Dial, number, a, kwargs)

    def echo(self, **kwargs: Value) -> Echo:
        """Add ``<Echo>`` and return it. Echo the caller's audio back (testing)."""
        return self._new(Echo, None, None, kwargs)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if max_queue_size is not None:
            a["maxQueueSize"] = max_queue_size
        if method is not None:
            a["method"] = method
        if wait_url is not None:
            a["waitUrl"] = wait_url
        if wait_url_method is not None:
            a["waitUrlMethod"] = wait_url_method
        if workflow_sid is not None:
            a["workflowSid"] = workflow_sid
        return self._new(Enqueue, name, a, kwargs)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if action_on_empty_result is not None:
            a["actionOnEmptyResult"] = action_on_empty_result
        if barge_in is not None:
            a["bargeIn"] = barge_in
        if debug is not None:
            a["debug"] = debug
        if enhanced is not None:
            a["enhanced"] = enhanced
        if finish_on_key is not None:
            a["finishOnKey"] = finish_on_key
        if hints is not None:
            a["hints"] = hints
        if input is not None:
            a["input"] = input
        if language is not None:
            a["language"] = language
        if max_speech_time is not None:
            a["maxSpeechTime"] = max_speech_time
        if method is not None:
            a["method"] = method
        if num_digits is not None:
            a["numDigits"] = num_digits
        if partial_result_callback is not None:
            a["partialResultCallback"] = partial_result_callback
        if partial_result_callback_method is not None:
            a["partialResultCallbackMethod"] = partial_result_callback_method
        if profanity_filter is not None:
            a["profanityFilter"] = profanity_filter
        if speech_model is not None:
            a["speechModel"] = speech_model
        if speech_timeout is not None:
            a["speechTimeout"] = speech_timeout
        if timeout is not None:
            a["timeout"] = timeout
        return self._new(Gather, None, a, kwargs)

    def hangup(self, **kwargs: Value) -> Hangup:
        """Add ``<Hangup>`` and return it. End the call."""
        return self._new(Hangup, None, None, kwargs)

    def leave(self, **kwargs: Value) -> Leave:
        """Add ``<Leave>`` and return it. Take the caller out of the queue they are waiting in."""
        return self._new(Leave, None, None, kwargs)

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""
        a: dict[str, Value] = {}
        if length is not None:
            a["length"] = length
        return self._new(Pause, None, a, kwargs)

    def play(
        self,
        url: Text | None = None,
        loop: Value = None,
        digits: Value = None,
        **kwargs: Value,
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""
        a: dict[str, Value] = {}
        if digits is not None:
            a["digits"] = digits
        if loop is not None:
            a["loop"] = loop
        return self._new(Play, url, a, kwargs)

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
        a: dict[str, Value] = {}
        if method is not None:
            a["method"] = method
        if post_work_activity_sid is not None:
            a["postWorkActivitySid"] = post_work_activity_sid
        if reservation_sid is not None:
            a["reservationSid"] = reservation_sid
        if url is not None:
            a["url"] = url
        return self._new(Queue, name, a, kwargs)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if finish_on_key is not None:
            a["finishOnKey"] = finish_on_key
        if max_length is not None:
            a["maxLength"] = max_length
        if method is not None:
            a["method"] = method
        if play_beep is not None:
            a["playBeep"] = play_beep
        if recording_configuration_id is not None:
            a["recordingConfigurationId"] = recording_configuration_id
        if recording_status_callback is not None:
            a["recordingStatusCallback"] = recording_status_callback
        if recording_status_callback_event is not None:
            a["recordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback_method is not None:
            a["recordingStatusCallbackMethod"] = recording_status_callback_method
        if timeout is not None:
            a["timeout"] = timeout
        if transcribe is not None:
            a["transcribe"] = transcribe
        if transcribe_callback is not None:
            a["transcribeCallback"] = transcribe_callback
        if trim is not None:
            a["trim"] = trim
        return self._new(Record, None, a, kwargs)

    def redirect(self, url: Text, method: Value = None, **kwargs: Value) -> Redirect:
        """Add ``<Redirect>`` and return it. Continue with TwiML from another URL."""
        a: dict[str, Value] = {}
        if method is not None:
            a["method"] = method
        return self._new(Redirect, url, a, kwargs)

    def reject(self, reason: Value = None, **kwargs: Value) -> Reject:
        """Add ``<Reject>`` and return it. Decline an incoming call without answering (no billing)."""
        a: dict[str, Value] = {}
        if reason is not None:
            a["reason"] = reason
        return self._new(Reject, None, a, kwargs)

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""
        a: dict[str, Value] = {}
        if language is not None:
            a["language"] = language
        if loop is not None:
            a["loop"] = loop
        if voice is not None:
            a["voice"] = voice
        return self._new(Say, message, a, kwargs)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if from_ is not None:
            a["from"] = from_
        if method is not None:
            a["method"] = method
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if to is not None:
            a["to"] = to
        return self._new(Sms, message, a, kwargs)

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
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if bank_account_type is not None:
            a["bankAccountType"] = bank_account_type
        if charge_amount is not None:
            a["chargeAmount"] = charge_amount
        if currency is not None:
            a["currency"] = currency
        if description is not None:
            a["description"] = description
        if input is not None:
            a["input"] = input
        if language is not None:
            a["language"] = language
        if max_attempts is not None:
            a["maxAttempts"] = max_attempts
        if min_postal_code_length is not None:
            a["minPostalCodeLength"] = min_postal_code_length
        if payment_connector is not None:
            a["paymentConnector"] = payment_connector
        if payment_method is not None:
            a["paymentMethod"] = payment_method
        if postal_code is not None:
            a["postalCode"] = postal_code
        if security_code is not None:
            a["securityCode"] = security_code
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if timeout is not None:
            a["timeout"] = timeout
        if token_type is not None:
            a["tokenType"] = token_type
        if valid_card_types is not None:
            a["validCardTypes"] = valid_card_types
        return self._new(Pay, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if attempt is not None:
            a["attempt"] = attempt
        if card_type is not None:
            a["cardType"] = card_type
        if error_type is not None:
            a["errorType"] = error_type
        if for_ is not None:
            a["for"] = for_
        if require_matching_inputs is not None:
            a["requireMatchingInputs"] = require_matching_inputs
        return self._new(Prompt, None, a, kwargs)

    def start(self, action: Value = None, method: Value = None, **kwargs: Value) -> Start:
        """Add ``<Start>`` and return it. Start a background action (stream, siprec, transcription, recording)."""
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if method is not None:
            a["method"] = method
        return self._new(Start, None, a, kwargs)

    def stop(self, **kwargs: Value) -> Stop:
        """Add ``<Stop>`` and return it. Stop a background action started with <Start>."""
        return self._new(Stop, None, None, kwargs)

    def refer(self, action: Value = None, method: Value = None, **kwargs: Value) -> Refer:
        """Add ``<Refer>`` and return it. Transfer a SIP call with a SIP REFER."""
        a: dict[str, Value] = {}
        if action is not None:
            a["action"] = action
        if method is not None:
            a["method"] = method
        return self._new(Refer, None, a, kwargs)


class Say(TwiML):
    """``<Say>``: Speak text to the caller with text-to-speech (SSML children allowed)."""

    __slots__ = ()
    _row = ROWS["Say"]

    def __init__(
        self,
        message: Text | None = None,
        *,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        self._setup(message, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Value] = {}
        if xml_lang is not None:
            a["xml:lang"] = xml_lang
        return self._new(SsmlLang, words, a, kwargs)

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""
        return self._new(SsmlP, words, None, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Value] = {}
        if role is not None:
            a["role"] = role
        return self._new(SsmlW, words, a, kwargs)


class Play(TwiML):
    """``<Play>``: Play an audio file, or send DTMF digits."""

    __slots__ = ()
    _row = ROWS["Play"]

    def __init__(self, url: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(url, None, kwargs, strict)


class Pause(TwiML):
    """``<Pause>``: Wait silently for a number of seconds."""

    __slots__ = ()
    _row = ROWS["Pause"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Gather(TwiML):
    """``<Gather>``: Collect digits or speech from the caller."""

    __slots__ = ()
    _row = ROWS["Gather"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""
        a: dict[str, Value] = {}
        if language is not None:
            a["language"] = language
        if loop is not None:
            a["loop"] = loop
        if voice is not None:
            a["voice"] = voice
        return self._new(Say, message, a, kwargs)

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""
        a: dict[str, Value] = {}
        if length is not None:
            a["length"] = length
        return self._new(Pause, None, a, kwargs)

    def play(
        self,
        url: Text | None = None,
        loop: Value = None,
        digits: Value = None,
        **kwargs: Value,
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""
        a: dict[str, Value] = {}
        if digits is not None:
            a["digits"] = digits
        if loop is not None:
            a["loop"] = loop
        return self._new(Play, url, a, kwargs)


class Record(TwiML):
    """``<Record>``: Record the caller's voice."""

    __slots__ = ()
    _row = ROWS["Record"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Dial(TwiML):
    """``<Dial>``: Connect the call to another party."""

    __slots__ = ()
    _row = ROWS["Dial"]

    def __init__(self, number: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(number, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if method is not None:
            a["method"] = method
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if url is not None:
            a["url"] = url
        return self._new(Client, identity, a, kwargs)

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
        a: dict[str, Value] = {}
        if beep is not None:
            a["beep"] = beep
        if coach is not None:
            a["coach"] = coach
        if end_conference_on_exit is not None:
            a["endConferenceOnExit"] = end_conference_on_exit
        if event_callback_url is not None:
            a["eventCallbackUrl"] = event_callback_url
        if jitter_buffer_size is not None:
            a["jitterBufferSize"] = jitter_buffer_size
        if max_participants is not None:
            a["maxParticipants"] = max_participants
        if muted is not None:
            a["muted"] = muted
        if participant_label is not None:
            a["participantLabel"] = participant_label
        if record is not None:
            a["record"] = record
        if recording_configuration_id is not None:
            a["recordingConfigurationId"] = recording_configuration_id
        if recording_status_callback is not None:
            a["recordingStatusCallback"] = recording_status_callback
        if recording_status_callback_event is not None:
            a["recordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback_method is not None:
            a["recordingStatusCallbackMethod"] = recording_status_callback_method
        if region is not None:
            a["region"] = region
        if start_conference_on_enter is not None:
            a["startConferenceOnEnter"] = start_conference_on_enter
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if trim is not None:
            a["trim"] = trim
        if wait_method is not None:
            a["waitMethod"] = wait_method
        if wait_url is not None:
            a["waitUrl"] = wait_url
        return self._new(Conference, name, a, kwargs)

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
        a: dict[str, Value] = {}
        if amd_status_callback is not None:
            a["amdStatusCallback"] = amd_status_callback
        if amd_status_callback_method is not None:
            a["amdStatusCallbackMethod"] = amd_status_callback_method
        if byoc is not None:
            a["byoc"] = byoc
        if machine_detection is not None:
            a["machineDetection"] = machine_detection
        if machine_detection_silence_timeout is not None:
            a["machineDetectionSilenceTimeout"] = machine_detection_silence_timeout
        if machine_detection_speech_end_threshold is not None:
            a["machineDetectionSpeechEndThreshold"] = machine_detection_speech_end_threshold
        if machine_detection_speech_threshold is not None:
            a["machineDetectionSpeechThreshold"] = machine_detection_speech_threshold
        if machine_detection_timeout is not None:
            a["machineDetectionTimeout"] = machine_detection_timeout
        if method is not None:
            a["method"] = method
        if send_digits is not None:
            a["sendDigits"] = send_digits
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if url is not None:
            a["url"] = url
        return self._new(Number, phone_number, a, kwargs)

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
        a: dict[str, Value] = {}
        if method is not None:
            a["method"] = method
        if post_work_activity_sid is not None:
            a["postWorkActivitySid"] = post_work_activity_sid
        if reservation_sid is not None:
            a["reservationSid"] = reservation_sid
        if url is not None:
            a["url"] = url
        return self._new(Queue, name, a, kwargs)

    def sim(self, sim_sid: Text, **kwargs: Value) -> Sim:
        """Add ``<Sim>`` and return it. A Programmable Wireless SIM to dial."""
        return self._new(Sim, sim_sid, None, kwargs)

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
        a: dict[str, Value] = {}
        if amd_status_callback is not None:
            a["amdStatusCallback"] = amd_status_callback
        if amd_status_callback_method is not None:
            a["amdStatusCallbackMethod"] = amd_status_callback_method
        if machine_detection is not None:
            a["machineDetection"] = machine_detection
        if machine_detection_silence_timeout is not None:
            a["machineDetectionSilenceTimeout"] = machine_detection_silence_timeout
        if machine_detection_speech_end_threshold is not None:
            a["machineDetectionSpeechEndThreshold"] = machine_detection_speech_end_threshold
        if machine_detection_speech_threshold is not None:
            a["machineDetectionSpeechThreshold"] = machine_detection_speech_threshold
        if machine_detection_timeout is not None:
            a["machineDetectionTimeout"] = machine_detection_timeout
        if method is not None:
            a["method"] = method
        if password is not None:
            a["password"] = password
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if url is not None:
            a["url"] = url
        if username is not None:
            a["username"] = username
        return self._new(Sip, sip_url, a, kwargs)

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
        a: dict[str, Value] = {}
        if copy_parent_to is not None:
            a["copyParentTo"] = copy_parent_to
        if customer_id is not None:
            a["customerId"] = customer_id
        if method is not None:
            a["method"] = method
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if url is not None:
            a["url"] = url
        return self._new(Application, application_sid, a, kwargs)

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
        a: dict[str, Value] = {}
        if method is not None:
            a["method"] = method
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if url is not None:
            a["url"] = url
        return self._new(WhatsApp, phone_number, a, kwargs)


class Enqueue(TwiML):
    """``<Enqueue>``: Put the caller in a queue."""

    __slots__ = ()
    _row = ROWS["Enqueue"]

    def __init__(self, name: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(name, None, kwargs, strict)

    def task(
        self,
        body: Text,
        priority: Value = None,
        timeout: Value = None,
        **kwargs: Value,
    ) -> Task:
        """Add ``<Task>`` and return it. The TaskRouter task attributes for <Enqueue>."""
        a: dict[str, Value] = {}
        if priority is not None:
            a["priority"] = priority
        if timeout is not None:
            a["timeout"] = timeout
        return self._new(Task, body, a, kwargs)


class Leave(TwiML):
    """``<Leave>``: Take the caller out of the queue they are waiting in."""

    __slots__ = ()
    _row = ROWS["Leave"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Hangup(TwiML):
    """``<Hangup>``: End the call."""

    __slots__ = ()
    _row = ROWS["Hangup"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Redirect(TwiML):
    """``<Redirect>``: Continue with TwiML from another URL."""

    __slots__ = ()
    _row = ROWS["Redirect"]

    def __init__(self, url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(url, None, kwargs, strict)


class Reject(TwiML):
    """``<Reject>``: Decline an incoming call without answering (no billing)."""

    __slots__ = ()
    _row = ROWS["Reject"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Refer(TwiML):
    """``<Refer>``: Transfer a SIP call with a SIP REFER."""

    __slots__ = ()
    _row = ROWS["Refer"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def sip(self, sip_url: Text, **kwargs: Value) -> ReferSip:
        """Add ``<Sip>`` and return it. The SIP URI a <Refer> transfers to."""
        return self._new(ReferSip, sip_url, None, kwargs)


class Sms(TwiML):
    """``<Sms>``: Send an SMS during a call (legacy verb)."""

    __slots__ = ()
    _row = ROWS["Sms"]

    def __init__(self, message: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(message, None, kwargs, strict)


class Connect(TwiML):
    """``<Connect>``: Connect the call to a stream, room, agent or other service."""

    __slots__ = ()
    _row = ROWS["Connect"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def room(self, name: Text, participant_identity: Value = None, **kwargs: Value) -> Room:
        """Add ``<Room>`` and return it. A Video room to join."""
        a: dict[str, Value] = {}
        if participant_identity is not None:
            a["participantIdentity"] = participant_identity
        return self._new(Room, name, a, kwargs)

    def autopilot(self, name: Text, **kwargs: Value) -> Autopilot:
        """Add ``<Autopilot>`` and return it. An Autopilot assistant to connect to."""
        return self._new(Autopilot, name, None, kwargs)

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
        a: dict[str, Value] = {}
        if audio_format is not None:
            a["audioFormat"] = audio_format
        if connector_name is not None:
            a["connectorName"] = connector_name
        if name is not None:
            a["name"] = name
        if sample_rate is not None:
            a["sampleRate"] = sample_rate
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if track is not None:
            a["track"] = track
        if url is not None:
            a["url"] = url
        return self._new(Stream, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if connector_name is not None:
            a["connectorName"] = connector_name
        if language is not None:
            a["language"] = language
        if sentiment_analysis is not None:
            a["sentimentAnalysis"] = sentiment_analysis
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        return self._new(VirtualAgent, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if inbound_autocreation is not None:
            a["inboundAutocreation"] = inbound_autocreation
        if inbound_timeout is not None:
            a["inboundTimeout"] = inbound_timeout
        if method is not None:
            a["method"] = method
        if record is not None:
            a["record"] = record
        if recording_status_callback is not None:
            a["recordingStatusCallback"] = recording_status_callback
        if recording_status_callback_event is not None:
            a["recordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback_method is not None:
            a["recordingStatusCallbackMethod"] = recording_status_callback_method
        if routing_assignment_timeout is not None:
            a["routingAssignmentTimeout"] = routing_assignment_timeout
        if service_instance_sid is not None:
            a["serviceInstanceSid"] = service_instance_sid
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_event is not None:
            a["statusCallbackEvent"] = status_callback_event
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if trim is not None:
            a["trim"] = trim
        if url is not None:
            a["url"] = url
        return self._new(Conversation, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if application_reconnect is not None:
            a["applicationReconnect"] = application_reconnect
        if asr_smart_format is not None:
            a["asrSmartFormat"] = asr_smart_format
        if backgroundNoiseReduction is not None:
            a["backgroundNoiseReduction"] = backgroundNoiseReduction
        if customer_name is not None:
            a["customerName"] = customer_name
        if debug is not None:
            a["debug"] = debug
        if deepgramSmartFormat is not None:
            a["deepgramSmartFormat"] = deepgramSmartFormat
        if dtmf_detection is not None:
            a["dtmfDetection"] = dtmf_detection
        if eager_eot_threshold is not None:
            a["eagerEotThreshold"] = eager_eot_threshold
        if echo_prompt_filtering is not None:
            a["echoPromptFiltering"] = echo_prompt_filtering
        if elevenlabs_language_text_normalization is not None:
            a["elevenlabsLanguageTextNormalization"] = elevenlabs_language_text_normalization
        if elevenlabs_text_normalization is not None:
            a["elevenlabsTextNormalization"] = elevenlabs_text_normalization
        if events is not None:
            a["events"] = events
        if hints is not None:
            a["hints"] = hints
        if ignoreBackchannel is not None:
            a["ignoreBackchannel"] = ignoreBackchannel
        if include_in_prompt is not None:
            a["includeInPrompt"] = include_in_prompt
        if intelligence_service is not None:
            a["intelligenceService"] = intelligence_service
        if interrupt_sensitivity is not None:
            a["interruptSensitivity"] = interrupt_sensitivity
        if interruptible is not None:
            a["interruptible"] = interruptible
        if language is not None:
            a["language"] = language
        if partial_prompt_on_hangup is not None:
            a["partialPromptOnHangup"] = partial_prompt_on_hangup
        if partial_prompts is not None:
            a["partialPrompts"] = partial_prompts
        if preemptible is not None:
            a["preemptible"] = preemptible
        if profanity_filter is not None:
            a["profanityFilter"] = profanity_filter
        if report_input_during_agent_speech is not None:
            a["reportInputDuringAgentSpeech"] = report_input_during_agent_speech
        if speech_model is not None:
            a["speechModel"] = speech_model
        if speechTimeout is not None:
            a["speechTimeout"] = speechTimeout
        if transcription_language is not None:
            a["transcriptionLanguage"] = transcription_language
        if transcription_provider is not None:
            a["transcriptionProvider"] = transcription_provider
        if tts_language is not None:
            a["ttsLanguage"] = tts_language
        if tts_language_text_normalization is not None:
            a["ttsLanguageTextNormalization"] = tts_language_text_normalization
        if tts_provider is not None:
            a["ttsProvider"] = tts_provider
        if tts_text_normalization is not None:
            a["ttsTextNormalization"] = tts_text_normalization
        if turn_detection is not None:
            a["turnDetection"] = turn_detection
        if url is not None:
            a["url"] = url
        if voice is not None:
            a["voice"] = voice
        if welcome_greeting is not None:
            a["welcomeGreeting"] = welcome_greeting
        if welcome_greeting_interruptible is not None:
            a["welcomeGreetingInterruptible"] = welcome_greeting_interruptible
        return self._new(ConversationRelay, None, a, kwargs)

    def ai_session(
        self,
        ai_connector: Value = None,
        ai_session_configuration: Value = None,
        **kwargs: Value,
    ) -> AiSession:
        """Add ``<AiSession>`` and return it. An AI session to connect to."""
        a: dict[str, Value] = {}
        if ai_connector is not None:
            a["aiConnector"] = ai_connector
        if ai_session_configuration is not None:
            a["aiSessionConfiguration"] = ai_session_configuration
        return self._new(AiSession, None, a, kwargs)

    def conversation_relay_session(
        self,
        connector: Value = None,
        session_configuration: Value = None,
        **kwargs: Value,
    ) -> ConversationRelaySession:
        """Add ``<ConversationRelaySession>`` and return it. A ConversationRelay session resource to connect to."""
        a: dict[str, Value] = {}
        if connector is not None:
            a["connector"] = connector
        if session_configuration is not None:
            a["sessionConfiguration"] = session_configuration
        return self._new(ConversationRelaySession, None, a, kwargs)


class Start(TwiML):
    """``<Start>``: Start a background action (stream, siprec, transcription, recording)."""

    __slots__ = ()
    _row = ROWS["Start"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if audio_format is not None:
            a["audioFormat"] = audio_format
        if connector_name is not None:
            a["connectorName"] = connector_name
        if name is not None:
            a["name"] = name
        if sample_rate is not None:
            a["sampleRate"] = sample_rate
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if track is not None:
            a["track"] = track
        if url is not None:
            a["url"] = url
        return self._new(Stream, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if connector_name is not None:
            a["connectorName"] = connector_name
        if name is not None:
            a["name"] = name
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if track is not None:
            a["track"] = track
        return self._new(Siprec, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if enable_automatic_punctuation is not None:
            a["enableAutomaticPunctuation"] = enable_automatic_punctuation
        if hints is not None:
            a["hints"] = hints
        if inbound_track_label is not None:
            a["inboundTrackLabel"] = inbound_track_label
        if intelligence_service is not None:
            a["intelligenceService"] = intelligence_service
        if language_code is not None:
            a["languageCode"] = language_code
        if name is not None:
            a["name"] = name
        if outbound_track_label is not None:
            a["outboundTrackLabel"] = outbound_track_label
        if partial_results is not None:
            a["partialResults"] = partial_results
        if profanity_filter is not None:
            a["profanityFilter"] = profanity_filter
        if speech_model is not None:
            a["speechModel"] = speech_model
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if status_callback_url is not None:
            a["statusCallbackUrl"] = status_callback_url
        if track is not None:
            a["track"] = track
        if transcription_engine is not None:
            a["transcriptionEngine"] = transcription_engine
        return self._new(Transcription, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if channels is not None:
            a["channels"] = channels
        if recording_configuration_id is not None:
            a["recordingConfigurationId"] = recording_configuration_id
        if recording_status_callback is not None:
            a["recordingStatusCallback"] = recording_status_callback
        if recording_status_callback_event is not None:
            a["recordingStatusCallbackEvent"] = recording_status_callback_event
        if recording_status_callback_method is not None:
            a["recordingStatusCallbackMethod"] = recording_status_callback_method
        if track is not None:
            a["track"] = track
        if trim is not None:
            a["trim"] = trim
        return self._new(Recording, None, a, kwargs)


class Stop(TwiML):
    """``<Stop>``: Stop a background action started with <Start>."""

    __slots__ = ()
    _row = ROWS["Stop"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if audio_format is not None:
            a["audioFormat"] = audio_format
        if connector_name is not None:
            a["connectorName"] = connector_name
        if name is not None:
            a["name"] = name
        if sample_rate is not None:
            a["sampleRate"] = sample_rate
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if track is not None:
            a["track"] = track
        if url is not None:
            a["url"] = url
        return self._new(Stream, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if connector_name is not None:
            a["connectorName"] = connector_name
        if name is not None:
            a["name"] = name
        if status_callback is not None:
            a["statusCallback"] = status_callback
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if track is not None:
            a["track"] = track
        return self._new(Siprec, None, a, kwargs)

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
        a: dict[str, Value] = {}
        if enable_automatic_punctuation is not None:
            a["enableAutomaticPunctuation"] = enable_automatic_punctuation
        if hints is not None:
            a["hints"] = hints
        if inbound_track_label is not None:
            a["inboundTrackLabel"] = inbound_track_label
        if intelligence_service is not None:
            a["intelligenceService"] = intelligence_service
        if language_code is not None:
            a["languageCode"] = language_code
        if name is not None:
            a["name"] = name
        if outbound_track_label is not None:
            a["outboundTrackLabel"] = outbound_track_label
        if partial_results is not None:
            a["partialResults"] = partial_results
        if profanity_filter is not None:
            a["profanityFilter"] = profanity_filter
        if speech_model is not None:
            a["speechModel"] = speech_model
        if status_callback_method is not None:
            a["statusCallbackMethod"] = status_callback_method
        if status_callback_url is not None:
            a["statusCallbackUrl"] = status_callback_url
        if track is not None:
            a["track"] = track
        if transcription_engine is not None:
            a["transcriptionEngine"] = transcription_engine
        return self._new(Transcription, None, a, kwargs)


class Pay(TwiML):
    """``<Pay>``: Take a payment over the phone."""

    __slots__ = ()
    _row = ROWS["Pay"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if attempt is not None:
            a["attempt"] = attempt
        if card_type is not None:
            a["cardType"] = card_type
        if error_type is not None:
            a["errorType"] = error_type
        if for_ is not None:
            a["for"] = for_
        if require_matching_inputs is not None:
            a["requireMatchingInputs"] = require_matching_inputs
        return self._new(Prompt, None, a, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Prompt(TwiML):
    """``<Prompt>``: Customise what <Pay> says for one step."""

    __slots__ = ()
    _row = ROWS["Prompt"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""
        a: dict[str, Value] = {}
        if language is not None:
            a["language"] = language
        if loop is not None:
            a["loop"] = loop
        if voice is not None:
            a["voice"] = voice
        return self._new(Say, message, a, kwargs)

    def play(
        self,
        url: Text | None = None,
        loop: Value = None,
        digits: Value = None,
        **kwargs: Value,
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""
        a: dict[str, Value] = {}
        if digits is not None:
            a["digits"] = digits
        if loop is not None:
            a["loop"] = loop
        return self._new(Play, url, a, kwargs)

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""
        a: dict[str, Value] = {}
        if length is not None:
            a["length"] = length
        return self._new(Pause, None, a, kwargs)


class Echo(TwiML):
    """``<Echo>``: Echo the caller's audio back (testing)."""

    __slots__ = ()
    _row = ROWS["Echo"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Queue(TwiML):
    """``<Queue>``: Dial into a call queue."""

    __slots__ = ()
    _row = ROWS["Queue"]

    def __init__(self, name: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(name, None, kwargs, strict)


class Number(TwiML):
    """``<Number>``: A phone number to dial."""

    __slots__ = ()
    _row = ROWS["Number"]

    def __init__(self, phone_number: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(phone_number, None, kwargs, strict)


class Client(TwiML):
    """``<Client>``: A Twilio Client identity to dial."""

    __slots__ = ()
    _row = ROWS["Client"]

    def __init__(
        self,
        identity: Text | None = None,
        *,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        self._setup(identity, None, kwargs, strict)

    def identity(self, client_identity: Text, **kwargs: Value) -> Identity:
        """Add ``<Identity>`` and return it. The identity of the Client to dial."""
        return self._new(Identity, client_identity, None, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Identity(TwiML):
    """``<Identity>``: The identity of the Client to dial."""

    __slots__ = ()
    _row = ROWS["Identity"]

    def __init__(self, client_identity: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(client_identity, None, kwargs, strict)


class Conference(TwiML):
    """``<Conference>``: A conference room to join."""

    __slots__ = ()
    _row = ROWS["Conference"]

    def __init__(self, name: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(name, None, kwargs, strict)


class Sip(TwiML):
    """``<Sip>``: A SIP endpoint to dial."""

    __slots__ = ()
    _row = ROWS["Sip"]

    def __init__(
        self,
        sip_url: Text | None = None,
        *,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        self._setup(sip_url, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if password is not None:
            a["password"] = password
        if priority is not None:
            a["priority"] = priority
        if username is not None:
            a["username"] = username
        if weight is not None:
            a["weight"] = weight
        return self._new(SipUri, sip_url, a, kwargs)

    def headers(self, **kwargs: Value) -> Headers:
        """Add ``<Headers>`` and return it. SIP headers to send."""
        return self._new(Headers, None, None, kwargs)


class SipUri(TwiML):
    """``<Uri>``: One SIP URI to try."""

    __slots__ = ()
    _row = ROWS["SipUri"]

    def __init__(
        self,
        sip_url: Text | None = None,
        *,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        self._setup(sip_url, None, kwargs, strict)


class Headers(TwiML):
    """``<Headers>``: SIP headers to send."""

    __slots__ = ()
    _row = ROWS["Headers"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def header(self, name: Value = None, value: Value = None, **kwargs: Value) -> Header:
        """Add ``<Header>`` and return it. One SIP header."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Header, None, a, kwargs)


class Header(TwiML):
    """``<Header>``: One SIP header."""

    __slots__ = ()
    _row = ROWS["Header"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Sim(TwiML):
    """``<Sim>``: A Programmable Wireless SIM to dial."""

    __slots__ = ()
    _row = ROWS["Sim"]

    def __init__(self, sim_sid: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(sim_sid, None, kwargs, strict)


class Application(TwiML):
    """``<Application>``: A TwiML App to dial."""

    __slots__ = ()
    _row = ROWS["Application"]

    def __init__(
        self,
        application_sid: Text | None = None,
        *,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        self._setup(application_sid, None, kwargs, strict)

    def application_sid(self, sid: Text, **kwargs: Value) -> ApplicationSid:
        """Add ``<ApplicationSid>`` and return it. The SID of the TwiML App to dial."""
        return self._new(ApplicationSid, sid, None, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class ApplicationSid(TwiML):
    """``<ApplicationSid>``: The SID of the TwiML App to dial."""

    __slots__ = ()
    _row = ROWS["ApplicationSid"]

    def __init__(self, sid: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(sid, None, kwargs, strict)


class WhatsApp(TwiML):
    """``<WhatsApp>``: A WhatsApp number to dial."""

    __slots__ = ()
    _row = ROWS["WhatsApp"]

    def __init__(self, phone_number: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(phone_number, None, kwargs, strict)


class Parameter(TwiML):
    """``<Parameter>``: A custom name/value parameter passed along."""

    __slots__ = ()
    _row = ROWS["Parameter"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Task(TwiML):
    """``<Task>``: The TaskRouter task attributes for <Enqueue>."""

    __slots__ = ()
    _row = ROWS["Task"]

    def __init__(self, body: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(body, None, kwargs, strict)


class ReferSip(TwiML):
    """``<Sip>``: The SIP URI a <Refer> transfers to."""

    __slots__ = ()
    _row = ROWS["ReferSip"]

    def __init__(self, sip_url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(sip_url, None, kwargs, strict)


class Room(TwiML):
    """``<Room>``: A Video room to join."""

    __slots__ = ()
    _row = ROWS["Room"]

    def __init__(self, name: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(name, None, kwargs, strict)


class Autopilot(TwiML):
    """``<Autopilot>``: An Autopilot assistant to connect to."""

    __slots__ = ()
    _row = ROWS["Autopilot"]

    def __init__(self, name: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(name, None, kwargs, strict)


class Stream(TwiML):
    """``<Stream>``: A media stream over WebSocket."""

    __slots__ = ()
    _row = ROWS["Stream"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class VirtualAgent(TwiML):
    """``<VirtualAgent>``: A virtual agent to connect to."""

    __slots__ = ()
    _row = ROWS["VirtualAgent"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def config(self, name: Value = None, value: Value = None, **kwargs: Value) -> Config:
        """Add ``<Config>`` and return it. A name/value configuration item."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Config, None, a, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Config(TwiML):
    """``<Config>``: A name/value configuration item."""

    __slots__ = ()
    _row = ROWS["Config"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Conversation(TwiML):
    """``<Conversation>``: A Conversations service to connect to."""

    __slots__ = ()
    _row = ROWS["Conversation"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class ConversationRelay(TwiML):
    """``<ConversationRelay>``: A ConversationRelay session over WebSocket."""

    __slots__ = ()
    _row = ROWS["ConversationRelay"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

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
        a: dict[str, Value] = {}
        if asr_smart_format is not None:
            a["asrSmartFormat"] = asr_smart_format
        if code is not None:
            a["code"] = code
        if hints is not None:
            a["hints"] = hints
        if speech_model is not None:
            a["speechModel"] = speech_model
        if transcription_provider is not None:
            a["transcriptionProvider"] = transcription_provider
        if tts_language_text_normalization is not None:
            a["ttsLanguageTextNormalization"] = tts_language_text_normalization
        if tts_provider is not None:
            a["ttsProvider"] = tts_provider
        if tts_text_normalization is not None:
            a["ttsTextNormalization"] = tts_text_normalization
        if voice is not None:
            a["voice"] = voice
        return self._new(Language, None, a, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Language(TwiML):
    """``<Language>``: A language for <ConversationRelay>."""

    __slots__ = ()
    _row = ROWS["Language"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class AiSession(TwiML):
    """``<AiSession>``: An AI session to connect to."""

    __slots__ = ()
    _row = ROWS["AiSession"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class ConversationRelaySession(TwiML):
    """``<ConversationRelaySession>``: A ConversationRelay session resource to connect to."""

    __slots__ = ()
    _row = ROWS["ConversationRelaySession"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class Siprec(TwiML):
    """``<Siprec>``: A SIPREC recording session."""

    __slots__ = ()
    _row = ROWS["Siprec"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Transcription(TwiML):
    """``<Transcription>``: Real-time transcription of the call."""

    __slots__ = ()
    _row = ROWS["Transcription"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)

    def config(self, name: Value = None, value: Value = None, **kwargs: Value) -> Config:
        """Add ``<Config>`` and return it. A name/value configuration item."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Config, None, a, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Value] = {}
        if name is not None:
            a["name"] = name
        if value is not None:
            a["value"] = value
        return self._new(Parameter, None, a, kwargs)


class Recording(TwiML):
    """``<Recording>``: A call recording started with <Start>."""

    __slots__ = ()
    _row = ROWS["Recording"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class SsmlBreak(TwiML):
    """``<break>``: SSML <break>: a pause in speech."""

    __slots__ = ()
    _row = ROWS["SsmlBreak"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(None, None, kwargs, strict)


class SsmlEmphasis(TwiML):
    """``<emphasis>``: SSML <emphasis>: stress words."""

    __slots__ = ()
    _row = ROWS["SsmlEmphasis"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Value] = {}
        if xml_lang is not None:
            a["xml:lang"] = xml_lang
        return self._new(SsmlLang, words, a, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Value] = {}
        if role is not None:
            a["role"] = role
        return self._new(SsmlW, words, a, kwargs)


class SsmlLang(TwiML):
    """``<lang>``: SSML <lang>: words in another language."""

    __slots__ = ()
    _row = ROWS["SsmlLang"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Value] = {}
        if xml_lang is not None:
            a["xml:lang"] = xml_lang
        return self._new(SsmlLang, words, a, kwargs)

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""
        return self._new(SsmlP, words, None, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Value] = {}
        if role is not None:
            a["role"] = role
        return self._new(SsmlW, words, a, kwargs)


class SsmlP(TwiML):
    """``<p>``: SSML <p>: a paragraph."""

    __slots__ = ()
    _row = ROWS["SsmlP"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Value] = {}
        if xml_lang is not None:
            a["xml:lang"] = xml_lang
        return self._new(SsmlLang, words, a, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Value] = {}
        if role is not None:
            a["role"] = role
        return self._new(SsmlW, words, a, kwargs)


class SsmlPhoneme(TwiML):
    """``<phoneme>``: SSML <phoneme>: a phonetic pronunciation."""

    __slots__ = ()
    _row = ROWS["SsmlPhoneme"]

    def __init__(self, words: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)


class SsmlProsody(TwiML):
    """``<prosody>``: SSML <prosody>: volume, rate and pitch."""

    __slots__ = ()
    _row = ROWS["SsmlProsody"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Value] = {}
        if xml_lang is not None:
            a["xml:lang"] = xml_lang
        return self._new(SsmlLang, words, a, kwargs)

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""
        return self._new(SsmlP, words, None, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Value] = {}
        if role is not None:
            a["role"] = role
        return self._new(SsmlW, words, a, kwargs)


class SsmlS(TwiML):
    """``<s>``: SSML <s>: a sentence."""

    __slots__ = ()
    _row = ROWS["SsmlS"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Value] = {}
        if xml_lang is not None:
            a["xml:lang"] = xml_lang
        return self._new(SsmlLang, words, a, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Value] = {}
        if role is not None:
            a["role"] = role
        return self._new(SsmlW, words, a, kwargs)


class SsmlSayAs(TwiML):
    """``<say-as>``: SSML <say-as>: how to read a word (digits, date ...)."""

    __slots__ = ()
    _row = ROWS["SsmlSayAs"]

    def __init__(self, words: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)


class SsmlSub(TwiML):
    """``<sub>``: SSML <sub>: say an alias instead of the written text."""

    __slots__ = ()
    _row = ROWS["SsmlSub"]

    def __init__(self, words: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)


class SsmlW(TwiML):
    """``<w>``: SSML <w>: a word with a part-of-speech role."""

    __slots__ = ()
    _row = ROWS["SsmlW"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._setup(words, None, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Value] = {}
        if strength is not None:
            a["strength"] = strength
        if time is not None:
            a["time"] = time
        return self._new(SsmlBreak, None, a, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Value] = {}
        if level is not None:
            a["level"] = level
        return self._new(SsmlEmphasis, words, a, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Value] = {}
        if alphabet is not None:
            a["alphabet"] = alphabet
        if ph is not None:
            a["ph"] = ph
        return self._new(SsmlPhoneme, words, a, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Value] = {}
        if pitch is not None:
            a["pitch"] = pitch
        if rate is not None:
            a["rate"] = rate
        if volume is not None:
            a["volume"] = volume
        return self._new(SsmlProsody, words, a, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Value] = {}
        if format is not None:
            a["format"] = format
        if interpret_as is not None:
            a["interpret-as"] = interpret_as
        return self._new(SsmlSayAs, words, a, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Value] = {}
        if alias is not None:
            a["alias"] = alias
        return self._new(SsmlSub, words, a, kwargs)


ROWS["VoiceResponse"].cls = VoiceResponse
ROWS["Say"].cls = Say
ROWS["Play"].cls = Play
ROWS["Pause"].cls = Pause
ROWS["Gather"].cls = Gather
ROWS["Record"].cls = Record
ROWS["Dial"].cls = Dial
ROWS["Enqueue"].cls = Enqueue
ROWS["Leave"].cls = Leave
ROWS["Hangup"].cls = Hangup
ROWS["Redirect"].cls = Redirect
ROWS["Reject"].cls = Reject
ROWS["Refer"].cls = Refer
ROWS["Sms"].cls = Sms
ROWS["Connect"].cls = Connect
ROWS["Start"].cls = Start
ROWS["Stop"].cls = Stop
ROWS["Pay"].cls = Pay
ROWS["Prompt"].cls = Prompt
ROWS["Echo"].cls = Echo
ROWS["Queue"].cls = Queue
ROWS["Number"].cls = Number
ROWS["Client"].cls = Client
ROWS["Identity"].cls = Identity
ROWS["Conference"].cls = Conference
ROWS["Sip"].cls = Sip
ROWS["SipUri"].cls = SipUri
ROWS["Headers"].cls = Headers
ROWS["Header"].cls = Header
ROWS["Sim"].cls = Sim
ROWS["Application"].cls = Application
ROWS["ApplicationSid"].cls = ApplicationSid
ROWS["WhatsApp"].cls = WhatsApp
ROWS["Parameter"].cls = Parameter
ROWS["Task"].cls = Task
ROWS["ReferSip"].cls = ReferSip
ROWS["Room"].cls = Room
ROWS["Autopilot"].cls = Autopilot
ROWS["Stream"].cls = Stream
ROWS["VirtualAgent"].cls = VirtualAgent
ROWS["Config"].cls = Config
ROWS["Conversation"].cls = Conversation
ROWS["ConversationRelay"].cls = ConversationRelay
ROWS["Language"].cls = Language
ROWS["AiSession"].cls = AiSession
ROWS["ConversationRelaySession"].cls = ConversationRelaySession
ROWS["Siprec"].cls = Siprec
ROWS["Transcription"].cls = Transcription
ROWS["Recording"].cls = Recording
ROWS["SsmlBreak"].cls = SsmlBreak
ROWS["SsmlEmphasis"].cls = SsmlEmphasis
ROWS["SsmlLang"].cls = SsmlLang
ROWS["SsmlP"].cls = SsmlP
ROWS["SsmlPhoneme"].cls = SsmlPhoneme
ROWS["SsmlProsody"].cls = SsmlProsody
ROWS["SsmlS"].cls = SsmlS
ROWS["SsmlSayAs"].cls = SsmlSayAs
ROWS["SsmlSub"].cls = SsmlSub
ROWS["SsmlW"].cls = SsmlW

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
