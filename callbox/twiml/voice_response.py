"""TwiML for voice calls: ``<Response>`` and every voice verb and noun.

Generated from ``_schema.py`` by ``python -m callbox.twiml._codegen``; do not edit.
"""

from __future__ import annotations

from ._element import _PLAIN as _P
from ._element import GenericNode, TwiML, _checked
from ._element import _attr_value as _esc
from ._element import format_value as _fmt
from ._schema import ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._element import Text, Value


class VoiceResponse(TwiML):
    """``<Response>``: The root of a voice TwiML document."""

    __slots__ = ()
    _row = ROWS["VoiceResponse"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Response", kwargs, strict)

    def connect(self, action: Value = None, method: Value = None, **kwargs: Value) -> Connect:
        """Add ``<Connect>`` and return it. Connect the call to a stream, room, agent or other service."""
        a: dict[str, Any] = {}
        h = "<Connect"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Connect>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Connect>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Connect", "method", s)
        return self._new(Connect, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Dial"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Dial>")}"'
        if answer_on_bridge is not None:
            s = answer_on_bridge if answer_on_bridge.__class__ is str else _fmt(answer_on_bridge)
            a["answerOnBridge"] = s
            h += f' answerOnBridge="{s if s in _P else _esc(s, "the answerOnBridge attribute of <Dial>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Dial", "answerOnBridge", s)
        if caller_id is not None:
            s = caller_id if caller_id.__class__ is str else _fmt(caller_id)
            a["callerId"] = s
            h += f' callerId="{s if s in _P else _esc(s, "the callerId attribute of <Dial>")}"'
        if events is not None:
            s = events if events.__class__ is str else _fmt(events)
            a["events"] = s
            h += f' events="{s if s in _P else _esc(s, "the events attribute of <Dial>")}"'
        if hangup_on_star is not None:
            s = hangup_on_star if hangup_on_star.__class__ is str else _fmt(hangup_on_star)
            a["hangupOnStar"] = s
            h += f' hangupOnStar="{s if s in _P else _esc(s, "the hangupOnStar attribute of <Dial>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Dial", "hangupOnStar", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Dial>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Dial", "method", s)
        if passports is not None:
            s = passports if passports.__class__ is str else _fmt(passports)
            a["passports"] = s
            h += f' passports="{s if s in _P else _esc(s, "the passports attribute of <Dial>")}"'
        if record is not None:
            s = record if record.__class__ is str else _fmt(record)
            a["record"] = s
            h += f' record="{s if s in _P else _esc(s, "the record attribute of <Dial>")}"'
            if s not in _K2.ok and self.strict:
                _checked(_K2, "Dial", "record", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Dial>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Dial>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Dial>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Dial", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Dial>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Dial", "recordingStatusCallbackMethod", s)
        if recording_track is not None:
            s = recording_track if recording_track.__class__ is str else _fmt(recording_track)
            a["recordingTrack"] = s
            h += f' recordingTrack="{s if s in _P else _esc(s, "the recordingTrack attribute of <Dial>")}"'
            if s not in _K4.ok and self.strict:
                _checked(_K4, "Dial", "recordingTrack", s)
        if refer_method is not None:
            s = refer_method if refer_method.__class__ is str else _fmt(refer_method)
            a["referMethod"] = s
            h += (
                f' referMethod="{s if s in _P else _esc(s, "the referMethod attribute of <Dial>")}"'
            )
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Dial", "referMethod", s)
        if refer_url is not None:
            s = refer_url if refer_url.__class__ is str else _fmt(refer_url)
            a["referUrl"] = s
            h += f' referUrl="{s if s in _P else _esc(s, "the referUrl attribute of <Dial>")}"'
        if ring_tone is not None:
            s = ring_tone if ring_tone.__class__ is str else _fmt(ring_tone)
            a["ringTone"] = s
            h += f' ringTone="{s if s in _P else _esc(s, "the ringTone attribute of <Dial>")}"'
        if sequential is not None:
            s = sequential if sequential.__class__ is str else _fmt(sequential)
            a["sequential"] = s
            h += f' sequential="{s if s in _P else _esc(s, "the sequential attribute of <Dial>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Dial", "sequential", s)
        if time_limit is not None:
            s = time_limit if time_limit.__class__ is str else _fmt(time_limit)
            a["timeLimit"] = s
            h += f' timeLimit="{s if s in _P else _esc(s, "the timeLimit attribute of <Dial>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Dial", "timeLimit", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Dial>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Dial", "timeout", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Dial>")}"'
            if s not in _K6.ok and self.strict:
                _checked(_K6, "Dial", "trim", s)
        return self._new(Dial, number, a, h, kwargs)

    def echo(self, **kwargs: Value) -> Echo:
        """Add ``<Echo>`` and return it. Echo the caller's audio back (testing)."""
        return self._new(Echo, None, None, "<Echo", kwargs)

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
        a: dict[str, Any] = {}
        h = "<Enqueue"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Enqueue>")}"'
        if max_queue_size is not None:
            s = max_queue_size if max_queue_size.__class__ is str else _fmt(max_queue_size)
            a["maxQueueSize"] = s
            h += f' maxQueueSize="{s if s in _P else _esc(s, "the maxQueueSize attribute of <Enqueue>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Enqueue", "maxQueueSize", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Enqueue>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Enqueue", "method", s)
        if wait_url is not None:
            s = wait_url if wait_url.__class__ is str else _fmt(wait_url)
            a["waitUrl"] = s
            h += f' waitUrl="{s if s in _P else _esc(s, "the waitUrl attribute of <Enqueue>")}"'
        if wait_url_method is not None:
            s = wait_url_method if wait_url_method.__class__ is str else _fmt(wait_url_method)
            a["waitUrlMethod"] = s
            h += f' waitUrlMethod="{s if s in _P else _esc(s, "the waitUrlMethod attribute of <Enqueue>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Enqueue", "waitUrlMethod", s)
        if workflow_sid is not None:
            s = workflow_sid if workflow_sid.__class__ is str else _fmt(workflow_sid)
            a["workflowSid"] = s
            h += f' workflowSid="{s if s in _P else _esc(s, "the workflowSid attribute of <Enqueue>")}"'
        return self._new(Enqueue, name, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Gather"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Gather>")}"'
        if action_on_empty_result is not None:
            s = (
                action_on_empty_result
                if action_on_empty_result.__class__ is str
                else _fmt(action_on_empty_result)
            )
            a["actionOnEmptyResult"] = s
            h += f' actionOnEmptyResult="{s if s in _P else _esc(s, "the actionOnEmptyResult attribute of <Gather>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Gather", "actionOnEmptyResult", s)
        if barge_in is not None:
            s = barge_in if barge_in.__class__ is str else _fmt(barge_in)
            a["bargeIn"] = s
            h += f' bargeIn="{s if s in _P else _esc(s, "the bargeIn attribute of <Gather>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Gather", "bargeIn", s)
        if debug is not None:
            s = debug if debug.__class__ is str else _fmt(debug)
            a["debug"] = s
            h += f' debug="{s if s in _P else _esc(s, "the debug attribute of <Gather>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Gather", "debug", s)
        if enhanced is not None:
            s = enhanced if enhanced.__class__ is str else _fmt(enhanced)
            a["enhanced"] = s
            h += f' enhanced="{s if s in _P else _esc(s, "the enhanced attribute of <Gather>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Gather", "enhanced", s)
        if finish_on_key is not None:
            s = finish_on_key if finish_on_key.__class__ is str else _fmt(finish_on_key)
            a["finishOnKey"] = s
            h += f' finishOnKey="{s if s in _P else _esc(s, "the finishOnKey attribute of <Gather>")}"'
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Gather>")}"'
        if input is not None:
            s = input if input.__class__ is str else _fmt(input)
            a["input"] = s
            h += f' input="{s if s in _P else _esc(s, "the input attribute of <Gather>")}"'
            if s not in _K7.ok and self.strict:
                _checked(_K7, "Gather", "input", s)
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Gather>")}"'
        if max_speech_time is not None:
            s = max_speech_time if max_speech_time.__class__ is str else _fmt(max_speech_time)
            a["maxSpeechTime"] = s
            h += f' maxSpeechTime="{s if s in _P else _esc(s, "the maxSpeechTime attribute of <Gather>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Gather", "maxSpeechTime", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Gather>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Gather", "method", s)
        if num_digits is not None:
            s = num_digits if num_digits.__class__ is str else _fmt(num_digits)
            a["numDigits"] = s
            h += f' numDigits="{s if s in _P else _esc(s, "the numDigits attribute of <Gather>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Gather", "numDigits", s)
        if partial_result_callback is not None:
            s = (
                partial_result_callback
                if partial_result_callback.__class__ is str
                else _fmt(partial_result_callback)
            )
            a["partialResultCallback"] = s
            h += f' partialResultCallback="{s if s in _P else _esc(s, "the partialResultCallback attribute of <Gather>")}"'
        if partial_result_callback_method is not None:
            s = (
                partial_result_callback_method
                if partial_result_callback_method.__class__ is str
                else _fmt(partial_result_callback_method)
            )
            a["partialResultCallbackMethod"] = s
            h += f' partialResultCallbackMethod="{s if s in _P else _esc(s, "the partialResultCallbackMethod attribute of <Gather>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Gather", "partialResultCallbackMethod", s)
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <Gather>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Gather", "profanityFilter", s)
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Gather>")}"'
        if speech_timeout is not None:
            s = speech_timeout if speech_timeout.__class__ is str else _fmt(speech_timeout)
            a["speechTimeout"] = s
            h += f' speechTimeout="{s if s in _P else _esc(s, "the speechTimeout attribute of <Gather>")}"'
            if s not in _K8.ok and self.strict:
                _checked(_K8, "Gather", "speechTimeout", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Gather>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Gather", "timeout", s)
        return self._new(Gather, None, a, h, kwargs)

    def hangup(self, **kwargs: Value) -> Hangup:
        """Add ``<Hangup>`` and return it. End the call."""
        return self._new(Hangup, None, None, "<Hangup", kwargs)

    def leave(self, **kwargs: Value) -> Leave:
        """Add ``<Leave>`` and return it. Take the caller out of the queue they are waiting in."""
        return self._new(Leave, None, None, "<Leave", kwargs)

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""
        a: dict[str, Any] = {}
        h = "<Pause"
        if length is not None:
            s = length if length.__class__ is str else _fmt(length)
            a["length"] = s
            h += f' length="{s if s in _P else _esc(s, "the length attribute of <Pause>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Pause", "length", s)
        return self._new(Pause, None, a, h, kwargs)

    def play(
        self,
        url: Text | None = None,
        loop: Value = None,
        digits: Value = None,
        **kwargs: Value,
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""
        a: dict[str, Any] = {}
        h = "<Play"
        if digits is not None:
            s = digits if digits.__class__ is str else _fmt(digits)
            a["digits"] = s
            h += f' digits="{s if s in _P else _esc(s, "the digits attribute of <Play>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Play>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Play", "loop", s)
        return self._new(Play, url, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Queue"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Queue>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Queue", "method", s)
        if post_work_activity_sid is not None:
            s = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str
                else _fmt(post_work_activity_sid)
            )
            a["postWorkActivitySid"] = s
            h += f' postWorkActivitySid="{s if s in _P else _esc(s, "the postWorkActivitySid attribute of <Queue>")}"'
        if reservation_sid is not None:
            s = reservation_sid if reservation_sid.__class__ is str else _fmt(reservation_sid)
            a["reservationSid"] = s
            h += f' reservationSid="{s if s in _P else _esc(s, "the reservationSid attribute of <Queue>")}"'
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Queue>")}"'
        return self._new(Queue, name, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Record"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Record>")}"'
        if finish_on_key is not None:
            s = finish_on_key if finish_on_key.__class__ is str else _fmt(finish_on_key)
            a["finishOnKey"] = s
            h += f' finishOnKey="{s if s in _P else _esc(s, "the finishOnKey attribute of <Record>")}"'
        if max_length is not None:
            s = max_length if max_length.__class__ is str else _fmt(max_length)
            a["maxLength"] = s
            h += f' maxLength="{s if s in _P else _esc(s, "the maxLength attribute of <Record>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Record", "maxLength", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Record>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Record", "method", s)
        if play_beep is not None:
            s = play_beep if play_beep.__class__ is str else _fmt(play_beep)
            a["playBeep"] = s
            h += f' playBeep="{s if s in _P else _esc(s, "the playBeep attribute of <Record>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Record", "playBeep", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Record>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Record>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Record>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Record", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Record>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Record", "recordingStatusCallbackMethod", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Record>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Record", "timeout", s)
        if transcribe is not None:
            s = transcribe if transcribe.__class__ is str else _fmt(transcribe)
            a["transcribe"] = s
            h += (
                f' transcribe="{s if s in _P else _esc(s, "the transcribe attribute of <Record>")}"'
            )
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Record", "transcribe", s)
        if transcribe_callback is not None:
            s = (
                transcribe_callback
                if transcribe_callback.__class__ is str
                else _fmt(transcribe_callback)
            )
            a["transcribeCallback"] = s
            h += f' transcribeCallback="{s if s in _P else _esc(s, "the transcribeCallback attribute of <Record>")}"'
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Record>")}"'
            if s not in _K6.ok and self.strict:
                _checked(_K6, "Record", "trim", s)
        return self._new(Record, None, a, h, kwargs)

    def redirect(self, url: Text, method: Value = None, **kwargs: Value) -> Redirect:
        """Add ``<Redirect>`` and return it. Continue with TwiML from another URL."""
        a: dict[str, Any] = {}
        h = "<Redirect"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Redirect>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Redirect", "method", s)
        return self._new(Redirect, url, a, h, kwargs)

    def reject(self, reason: Value = None, **kwargs: Value) -> Reject:
        """Add ``<Reject>`` and return it. Decline an incoming call without answering (no billing)."""
        a: dict[str, Any] = {}
        h = "<Reject"
        if reason is not None:
            s = reason if reason.__class__ is str else _fmt(reason)
            a["reason"] = s
            h += f' reason="{s if s in _P else _esc(s, "the reason attribute of <Reject>")}"'
            if s not in _K9.ok and self.strict:
                _checked(_K9, "Reject", "reason", s)
        return self._new(Reject, None, a, h, kwargs)

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""
        a: dict[str, Any] = {}
        h = "<Say"
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Say>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Say>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Say", "loop", s)
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <Say>")}"'
            if s not in _K10.ok and self.strict:
                _checked(_K10, "Say", "voice", s)
        return self._new(Say, message, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Sms"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Sms>")}"'
        if from_ is not None:
            s = from_ if from_.__class__ is str else _fmt(from_)
            a["from"] = s
            h += f' from="{s if s in _P else _esc(s, "the from attribute of <Sms>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Sms>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Sms", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Sms>")}"'
        if to is not None:
            s = to if to.__class__ is str else _fmt(to)
            a["to"] = s
            h += f' to="{s if s in _P else _esc(s, "the to attribute of <Sms>")}"'
        return self._new(Sms, message, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Pay"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Pay>")}"'
        if bank_account_type is not None:
            s = bank_account_type if bank_account_type.__class__ is str else _fmt(bank_account_type)
            a["bankAccountType"] = s
            h += f' bankAccountType="{s if s in _P else _esc(s, "the bankAccountType attribute of <Pay>")}"'
            if s not in _K11.ok and self.strict:
                _checked(_K11, "Pay", "bankAccountType", s)
        if charge_amount is not None:
            s = charge_amount if charge_amount.__class__ is str else _fmt(charge_amount)
            a["chargeAmount"] = s
            h += f' chargeAmount="{s if s in _P else _esc(s, "the chargeAmount attribute of <Pay>")}"'
        if currency is not None:
            s = currency if currency.__class__ is str else _fmt(currency)
            a["currency"] = s
            h += f' currency="{s if s in _P else _esc(s, "the currency attribute of <Pay>")}"'
        if description is not None:
            s = description if description.__class__ is str else _fmt(description)
            a["description"] = s
            h += f' description="{s if s in _P else _esc(s, "the description attribute of <Pay>")}"'
        if input is not None:
            s = input if input.__class__ is str else _fmt(input)
            a["input"] = s
            h += f' input="{s if s in _P else _esc(s, "the input attribute of <Pay>")}"'
            if s not in _K12.ok and self.strict:
                _checked(_K12, "Pay", "input", s)
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Pay>")}"'
        if max_attempts is not None:
            s = max_attempts if max_attempts.__class__ is str else _fmt(max_attempts)
            a["maxAttempts"] = s
            h += f' maxAttempts="{s if s in _P else _esc(s, "the maxAttempts attribute of <Pay>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Pay", "maxAttempts", s)
        if min_postal_code_length is not None:
            s = (
                min_postal_code_length
                if min_postal_code_length.__class__ is str
                else _fmt(min_postal_code_length)
            )
            a["minPostalCodeLength"] = s
            h += f' minPostalCodeLength="{s if s in _P else _esc(s, "the minPostalCodeLength attribute of <Pay>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Pay", "minPostalCodeLength", s)
        if payment_connector is not None:
            s = payment_connector if payment_connector.__class__ is str else _fmt(payment_connector)
            a["paymentConnector"] = s
            h += f' paymentConnector="{s if s in _P else _esc(s, "the paymentConnector attribute of <Pay>")}"'
        if payment_method is not None:
            s = payment_method if payment_method.__class__ is str else _fmt(payment_method)
            a["paymentMethod"] = s
            h += f' paymentMethod="{s if s in _P else _esc(s, "the paymentMethod attribute of <Pay>")}"'
            if s not in _K13.ok and self.strict:
                _checked(_K13, "Pay", "paymentMethod", s)
        if postal_code is not None:
            s = postal_code if postal_code.__class__ is str else _fmt(postal_code)
            a["postalCode"] = s
            h += f' postalCode="{s if s in _P else _esc(s, "the postalCode attribute of <Pay>")}"'
        if security_code is not None:
            s = security_code if security_code.__class__ is str else _fmt(security_code)
            a["securityCode"] = s
            h += f' securityCode="{s if s in _P else _esc(s, "the securityCode attribute of <Pay>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Pay>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Pay>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Pay", "statusCallbackMethod", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Pay>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Pay", "timeout", s)
        if token_type is not None:
            s = token_type if token_type.__class__ is str else _fmt(token_type)
            a["tokenType"] = s
            h += f' tokenType="{s if s in _P else _esc(s, "the tokenType attribute of <Pay>")}"'
            if s not in _K14.ok and self.strict:
                _checked(_K14, "Pay", "tokenType", s)
        if valid_card_types is not None:
            s = valid_card_types if valid_card_types.__class__ is str else _fmt(valid_card_types)
            a["validCardTypes"] = s
            h += f' validCardTypes="{s if s in _P else _esc(s, "the validCardTypes attribute of <Pay>")}"'
            if s not in _K15.ok and self.strict:
                _checked(_K15, "Pay", "validCardTypes", s)
        return self._new(Pay, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Prompt"
        if attempt is not None:
            s = attempt if attempt.__class__ is str else _fmt(attempt)
            a["attempt"] = s
            h += f' attempt="{s if s in _P else _esc(s, "the attempt attribute of <Prompt>")}"'
        if card_type is not None:
            s = card_type if card_type.__class__ is str else _fmt(card_type)
            a["cardType"] = s
            h += f' cardType="{s if s in _P else _esc(s, "the cardType attribute of <Prompt>")}"'
            if s not in _K15.ok and self.strict:
                _checked(_K15, "Prompt", "cardType", s)
        if error_type is not None:
            s = error_type if error_type.__class__ is str else _fmt(error_type)
            a["errorType"] = s
            h += f' errorType="{s if s in _P else _esc(s, "the errorType attribute of <Prompt>")}"'
            if s not in _K16.ok and self.strict:
                _checked(_K16, "Prompt", "errorType", s)
        if for_ is not None:
            s = for_ if for_.__class__ is str else _fmt(for_)
            a["for"] = s
            h += f' for="{s if s in _P else _esc(s, "the for attribute of <Prompt>")}"'
            if s not in _K17.ok and self.strict:
                _checked(_K17, "Prompt", "for", s)
        if require_matching_inputs is not None:
            s = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                else _fmt(require_matching_inputs)
            )
            a["requireMatchingInputs"] = s
            h += f' requireMatchingInputs="{s if s in _P else _esc(s, "the requireMatchingInputs attribute of <Prompt>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Prompt", "requireMatchingInputs", s)
        return self._new(Prompt, None, a, h, kwargs)

    def start(self, action: Value = None, method: Value = None, **kwargs: Value) -> Start:
        """Add ``<Start>`` and return it. Start a background action (stream, siprec, transcription, recording)."""
        a: dict[str, Any] = {}
        h = "<Start"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Start>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Start>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Start", "method", s)
        return self._new(Start, None, a, h, kwargs)

    def stop(self, **kwargs: Value) -> Stop:
        """Add ``<Stop>`` and return it. Stop a background action started with <Start>."""
        return self._new(Stop, None, None, "<Stop", kwargs)

    def refer(self, action: Value = None, method: Value = None, **kwargs: Value) -> Refer:
        """Add ``<Refer>`` and return it. Transfer a SIP call with a SIP REFER."""
        a: dict[str, Any] = {}
        h = "<Refer"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Refer>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Refer>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Refer", "method", s)
        return self._new(Refer, None, a, h, kwargs)


class Say(TwiML):
    """``<Say>``: Speak text to the caller with text-to-speech (SSML children allowed)."""

    __slots__ = ()
    _row = ROWS["Say"]

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
        a: dict[str, Any] = {}
        h = "<Say"
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Say>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Say>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Say", "loop", s)
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <Say>")}"'
            if s not in _K10.ok and strict:
                _checked(_K10, "Say", "voice", s)
        self._init(message, a, h, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        return self._new(SsmlLang, words, a, h, kwargs)

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""
        return self._new(SsmlP, words, None, "<p", kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, "<s", kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        return self._new(SsmlW, words, a, h, kwargs)


class Play(TwiML):
    """``<Play>``: Play an audio file, or send DTMF digits."""

    __slots__ = ()
    _row = ROWS["Play"]

    def __init__(
        self,
        url: Text | None = None,
        *,
        loop: Value = None,
        digits: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Play"
        if digits is not None:
            s = digits if digits.__class__ is str else _fmt(digits)
            a["digits"] = s
            h += f' digits="{s if s in _P else _esc(s, "the digits attribute of <Play>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Play>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Play", "loop", s)
        self._init(url, a, h, kwargs, strict)


class Pause(TwiML):
    """``<Pause>``: Wait silently for a number of seconds."""

    __slots__ = ()
    _row = ROWS["Pause"]

    def __init__(self, *, length: Value = None, strict: bool = True, **kwargs: Value) -> None:
        a: dict[str, Any] = {}
        h = "<Pause"
        if length is not None:
            s = length if length.__class__ is str else _fmt(length)
            a["length"] = s
            h += f' length="{s if s in _P else _esc(s, "the length attribute of <Pause>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Pause", "length", s)
        self._init(None, a, h, kwargs, strict)


class Gather(TwiML):
    """``<Gather>``: Collect digits or speech from the caller."""

    __slots__ = ()
    _row = ROWS["Gather"]

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
        a: dict[str, Any] = {}
        h = "<Gather"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Gather>")}"'
        if action_on_empty_result is not None:
            s = (
                action_on_empty_result
                if action_on_empty_result.__class__ is str
                else _fmt(action_on_empty_result)
            )
            a["actionOnEmptyResult"] = s
            h += f' actionOnEmptyResult="{s if s in _P else _esc(s, "the actionOnEmptyResult attribute of <Gather>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Gather", "actionOnEmptyResult", s)
        if barge_in is not None:
            s = barge_in if barge_in.__class__ is str else _fmt(barge_in)
            a["bargeIn"] = s
            h += f' bargeIn="{s if s in _P else _esc(s, "the bargeIn attribute of <Gather>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Gather", "bargeIn", s)
        if debug is not None:
            s = debug if debug.__class__ is str else _fmt(debug)
            a["debug"] = s
            h += f' debug="{s if s in _P else _esc(s, "the debug attribute of <Gather>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Gather", "debug", s)
        if enhanced is not None:
            s = enhanced if enhanced.__class__ is str else _fmt(enhanced)
            a["enhanced"] = s
            h += f' enhanced="{s if s in _P else _esc(s, "the enhanced attribute of <Gather>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Gather", "enhanced", s)
        if finish_on_key is not None:
            s = finish_on_key if finish_on_key.__class__ is str else _fmt(finish_on_key)
            a["finishOnKey"] = s
            h += f' finishOnKey="{s if s in _P else _esc(s, "the finishOnKey attribute of <Gather>")}"'
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Gather>")}"'
        if input is not None:
            s = input if input.__class__ is str else _fmt(input)
            a["input"] = s
            h += f' input="{s if s in _P else _esc(s, "the input attribute of <Gather>")}"'
            if s not in _K7.ok and strict:
                _checked(_K7, "Gather", "input", s)
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Gather>")}"'
        if max_speech_time is not None:
            s = max_speech_time if max_speech_time.__class__ is str else _fmt(max_speech_time)
            a["maxSpeechTime"] = s
            h += f' maxSpeechTime="{s if s in _P else _esc(s, "the maxSpeechTime attribute of <Gather>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Gather", "maxSpeechTime", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Gather>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Gather", "method", s)
        if num_digits is not None:
            s = num_digits if num_digits.__class__ is str else _fmt(num_digits)
            a["numDigits"] = s
            h += f' numDigits="{s if s in _P else _esc(s, "the numDigits attribute of <Gather>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Gather", "numDigits", s)
        if partial_result_callback is not None:
            s = (
                partial_result_callback
                if partial_result_callback.__class__ is str
                else _fmt(partial_result_callback)
            )
            a["partialResultCallback"] = s
            h += f' partialResultCallback="{s if s in _P else _esc(s, "the partialResultCallback attribute of <Gather>")}"'
        if partial_result_callback_method is not None:
            s = (
                partial_result_callback_method
                if partial_result_callback_method.__class__ is str
                else _fmt(partial_result_callback_method)
            )
            a["partialResultCallbackMethod"] = s
            h += f' partialResultCallbackMethod="{s if s in _P else _esc(s, "the partialResultCallbackMethod attribute of <Gather>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Gather", "partialResultCallbackMethod", s)
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <Gather>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Gather", "profanityFilter", s)
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Gather>")}"'
        if speech_timeout is not None:
            s = speech_timeout if speech_timeout.__class__ is str else _fmt(speech_timeout)
            a["speechTimeout"] = s
            h += f' speechTimeout="{s if s in _P else _esc(s, "the speechTimeout attribute of <Gather>")}"'
            if s not in _K8.ok and strict:
                _checked(_K8, "Gather", "speechTimeout", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Gather>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Gather", "timeout", s)
        self._init(None, a, h, kwargs, strict)

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""
        a: dict[str, Any] = {}
        h = "<Say"
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Say>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Say>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Say", "loop", s)
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <Say>")}"'
            if s not in _K10.ok and self.strict:
                _checked(_K10, "Say", "voice", s)
        return self._new(Say, message, a, h, kwargs)

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""
        a: dict[str, Any] = {}
        h = "<Pause"
        if length is not None:
            s = length if length.__class__ is str else _fmt(length)
            a["length"] = s
            h += f' length="{s if s in _P else _esc(s, "the length attribute of <Pause>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Pause", "length", s)
        return self._new(Pause, None, a, h, kwargs)

    def play(
        self,
        url: Text | None = None,
        loop: Value = None,
        digits: Value = None,
        **kwargs: Value,
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""
        a: dict[str, Any] = {}
        h = "<Play"
        if digits is not None:
            s = digits if digits.__class__ is str else _fmt(digits)
            a["digits"] = s
            h += f' digits="{s if s in _P else _esc(s, "the digits attribute of <Play>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Play>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Play", "loop", s)
        return self._new(Play, url, a, h, kwargs)


class Record(TwiML):
    """``<Record>``: Record the caller's voice."""

    __slots__ = ()
    _row = ROWS["Record"]

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
        a: dict[str, Any] = {}
        h = "<Record"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Record>")}"'
        if finish_on_key is not None:
            s = finish_on_key if finish_on_key.__class__ is str else _fmt(finish_on_key)
            a["finishOnKey"] = s
            h += f' finishOnKey="{s if s in _P else _esc(s, "the finishOnKey attribute of <Record>")}"'
        if max_length is not None:
            s = max_length if max_length.__class__ is str else _fmt(max_length)
            a["maxLength"] = s
            h += f' maxLength="{s if s in _P else _esc(s, "the maxLength attribute of <Record>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Record", "maxLength", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Record>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Record", "method", s)
        if play_beep is not None:
            s = play_beep if play_beep.__class__ is str else _fmt(play_beep)
            a["playBeep"] = s
            h += f' playBeep="{s if s in _P else _esc(s, "the playBeep attribute of <Record>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Record", "playBeep", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Record>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Record>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Record>")}"'
            if s not in _K3.ok and strict:
                _checked(_K3, "Record", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Record>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Record", "recordingStatusCallbackMethod", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Record>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Record", "timeout", s)
        if transcribe is not None:
            s = transcribe if transcribe.__class__ is str else _fmt(transcribe)
            a["transcribe"] = s
            h += (
                f' transcribe="{s if s in _P else _esc(s, "the transcribe attribute of <Record>")}"'
            )
            if s not in _K1.ok and strict:
                _checked(_K1, "Record", "transcribe", s)
        if transcribe_callback is not None:
            s = (
                transcribe_callback
                if transcribe_callback.__class__ is str
                else _fmt(transcribe_callback)
            )
            a["transcribeCallback"] = s
            h += f' transcribeCallback="{s if s in _P else _esc(s, "the transcribeCallback attribute of <Record>")}"'
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Record>")}"'
            if s not in _K6.ok and strict:
                _checked(_K6, "Record", "trim", s)
        self._init(None, a, h, kwargs, strict)


class Dial(TwiML):
    """``<Dial>``: Connect the call to another party."""

    __slots__ = ()
    _row = ROWS["Dial"]

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
        a: dict[str, Any] = {}
        h = "<Dial"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Dial>")}"'
        if answer_on_bridge is not None:
            s = answer_on_bridge if answer_on_bridge.__class__ is str else _fmt(answer_on_bridge)
            a["answerOnBridge"] = s
            h += f' answerOnBridge="{s if s in _P else _esc(s, "the answerOnBridge attribute of <Dial>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Dial", "answerOnBridge", s)
        if caller_id is not None:
            s = caller_id if caller_id.__class__ is str else _fmt(caller_id)
            a["callerId"] = s
            h += f' callerId="{s if s in _P else _esc(s, "the callerId attribute of <Dial>")}"'
        if events is not None:
            s = events if events.__class__ is str else _fmt(events)
            a["events"] = s
            h += f' events="{s if s in _P else _esc(s, "the events attribute of <Dial>")}"'
        if hangup_on_star is not None:
            s = hangup_on_star if hangup_on_star.__class__ is str else _fmt(hangup_on_star)
            a["hangupOnStar"] = s
            h += f' hangupOnStar="{s if s in _P else _esc(s, "the hangupOnStar attribute of <Dial>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Dial", "hangupOnStar", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Dial>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Dial", "method", s)
        if passports is not None:
            s = passports if passports.__class__ is str else _fmt(passports)
            a["passports"] = s
            h += f' passports="{s if s in _P else _esc(s, "the passports attribute of <Dial>")}"'
        if record is not None:
            s = record if record.__class__ is str else _fmt(record)
            a["record"] = s
            h += f' record="{s if s in _P else _esc(s, "the record attribute of <Dial>")}"'
            if s not in _K2.ok and strict:
                _checked(_K2, "Dial", "record", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Dial>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Dial>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Dial>")}"'
            if s not in _K3.ok and strict:
                _checked(_K3, "Dial", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Dial>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Dial", "recordingStatusCallbackMethod", s)
        if recording_track is not None:
            s = recording_track if recording_track.__class__ is str else _fmt(recording_track)
            a["recordingTrack"] = s
            h += f' recordingTrack="{s if s in _P else _esc(s, "the recordingTrack attribute of <Dial>")}"'
            if s not in _K4.ok and strict:
                _checked(_K4, "Dial", "recordingTrack", s)
        if refer_method is not None:
            s = refer_method if refer_method.__class__ is str else _fmt(refer_method)
            a["referMethod"] = s
            h += (
                f' referMethod="{s if s in _P else _esc(s, "the referMethod attribute of <Dial>")}"'
            )
            if s not in _K0.ok and strict:
                _checked(_K0, "Dial", "referMethod", s)
        if refer_url is not None:
            s = refer_url if refer_url.__class__ is str else _fmt(refer_url)
            a["referUrl"] = s
            h += f' referUrl="{s if s in _P else _esc(s, "the referUrl attribute of <Dial>")}"'
        if ring_tone is not None:
            s = ring_tone if ring_tone.__class__ is str else _fmt(ring_tone)
            a["ringTone"] = s
            h += f' ringTone="{s if s in _P else _esc(s, "the ringTone attribute of <Dial>")}"'
        if sequential is not None:
            s = sequential if sequential.__class__ is str else _fmt(sequential)
            a["sequential"] = s
            h += f' sequential="{s if s in _P else _esc(s, "the sequential attribute of <Dial>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Dial", "sequential", s)
        if time_limit is not None:
            s = time_limit if time_limit.__class__ is str else _fmt(time_limit)
            a["timeLimit"] = s
            h += f' timeLimit="{s if s in _P else _esc(s, "the timeLimit attribute of <Dial>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Dial", "timeLimit", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Dial>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Dial", "timeout", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Dial>")}"'
            if s not in _K6.ok and strict:
                _checked(_K6, "Dial", "trim", s)
        self._init(number, a, h, kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Client"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Client>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Client", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Client>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Client>")}"'
            if s not in _K22.ok and self.strict:
                _checked(_K22, "Client", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Client>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Client", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Client>")}"'
        return self._new(Client, identity, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Conference"
        if beep is not None:
            s = beep if beep.__class__ is str else _fmt(beep)
            a["beep"] = s
            h += f' beep="{s if s in _P else _esc(s, "the beep attribute of <Conference>")}"'
            if s not in _K23.ok and self.strict:
                _checked(_K23, "Conference", "beep", s)
        if coach is not None:
            s = coach if coach.__class__ is str else _fmt(coach)
            a["coach"] = s
            h += f' coach="{s if s in _P else _esc(s, "the coach attribute of <Conference>")}"'
        if end_conference_on_exit is not None:
            s = (
                end_conference_on_exit
                if end_conference_on_exit.__class__ is str
                else _fmt(end_conference_on_exit)
            )
            a["endConferenceOnExit"] = s
            h += f' endConferenceOnExit="{s if s in _P else _esc(s, "the endConferenceOnExit attribute of <Conference>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Conference", "endConferenceOnExit", s)
        if event_callback_url is not None:
            s = (
                event_callback_url
                if event_callback_url.__class__ is str
                else _fmt(event_callback_url)
            )
            a["eventCallbackUrl"] = s
            h += f' eventCallbackUrl="{s if s in _P else _esc(s, "the eventCallbackUrl attribute of <Conference>")}"'
        if jitter_buffer_size is not None:
            s = (
                jitter_buffer_size
                if jitter_buffer_size.__class__ is str
                else _fmt(jitter_buffer_size)
            )
            a["jitterBufferSize"] = s
            h += f' jitterBufferSize="{s if s in _P else _esc(s, "the jitterBufferSize attribute of <Conference>")}"'
            if s not in _K24.ok and self.strict:
                _checked(_K24, "Conference", "jitterBufferSize", s)
        if max_participants is not None:
            s = max_participants if max_participants.__class__ is str else _fmt(max_participants)
            a["maxParticipants"] = s
            h += f' maxParticipants="{s if s in _P else _esc(s, "the maxParticipants attribute of <Conference>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Conference", "maxParticipants", s)
        if muted is not None:
            s = muted if muted.__class__ is str else _fmt(muted)
            a["muted"] = s
            h += f' muted="{s if s in _P else _esc(s, "the muted attribute of <Conference>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Conference", "muted", s)
        if participant_label is not None:
            s = participant_label if participant_label.__class__ is str else _fmt(participant_label)
            a["participantLabel"] = s
            h += f' participantLabel="{s if s in _P else _esc(s, "the participantLabel attribute of <Conference>")}"'
        if record is not None:
            s = record if record.__class__ is str else _fmt(record)
            a["record"] = s
            h += f' record="{s if s in _P else _esc(s, "the record attribute of <Conference>")}"'
            if s not in _K25.ok and self.strict:
                _checked(_K25, "Conference", "record", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Conference>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Conference>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Conference>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Conference", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Conference>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Conference", "recordingStatusCallbackMethod", s)
        if region is not None:
            s = region if region.__class__ is str else _fmt(region)
            a["region"] = s
            h += f' region="{s if s in _P else _esc(s, "the region attribute of <Conference>")}"'
            if s not in _K26.ok and self.strict:
                _checked(_K26, "Conference", "region", s)
        if start_conference_on_enter is not None:
            s = (
                start_conference_on_enter
                if start_conference_on_enter.__class__ is str
                else _fmt(start_conference_on_enter)
            )
            a["startConferenceOnEnter"] = s
            h += f' startConferenceOnEnter="{s if s in _P else _esc(s, "the startConferenceOnEnter attribute of <Conference>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Conference", "startConferenceOnEnter", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Conference>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Conference>")}"'
            if s not in _K27.ok and self.strict:
                _checked(_K27, "Conference", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Conference>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Conference", "statusCallbackMethod", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Conference>")}"'
            if s not in _K6.ok and self.strict:
                _checked(_K6, "Conference", "trim", s)
        if wait_method is not None:
            s = wait_method if wait_method.__class__ is str else _fmt(wait_method)
            a["waitMethod"] = s
            h += f' waitMethod="{s if s in _P else _esc(s, "the waitMethod attribute of <Conference>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Conference", "waitMethod", s)
        if wait_url is not None:
            s = wait_url if wait_url.__class__ is str else _fmt(wait_url)
            a["waitUrl"] = s
            h += f' waitUrl="{s if s in _P else _esc(s, "the waitUrl attribute of <Conference>")}"'
        return self._new(Conference, name, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Number"
        if amd_status_callback is not None:
            s = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                else _fmt(amd_status_callback)
            )
            a["amdStatusCallback"] = s
            h += f' amdStatusCallback="{s if s in _P else _esc(s, "the amdStatusCallback attribute of <Number>")}"'
        if amd_status_callback_method is not None:
            s = (
                amd_status_callback_method
                if amd_status_callback_method.__class__ is str
                else _fmt(amd_status_callback_method)
            )
            a["amdStatusCallbackMethod"] = s
            h += f' amdStatusCallbackMethod="{s if s in _P else _esc(s, "the amdStatusCallbackMethod attribute of <Number>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Number", "amdStatusCallbackMethod", s)
        if byoc is not None:
            s = byoc if byoc.__class__ is str else _fmt(byoc)
            a["byoc"] = s
            h += f' byoc="{s if s in _P else _esc(s, "the byoc attribute of <Number>")}"'
        if machine_detection is not None:
            s = machine_detection if machine_detection.__class__ is str else _fmt(machine_detection)
            a["machineDetection"] = s
            h += f' machineDetection="{s if s in _P else _esc(s, "the machineDetection attribute of <Number>")}"'
            if s not in _K28.ok and self.strict:
                _checked(_K28, "Number", "machineDetection", s)
        if machine_detection_silence_timeout is not None:
            s = (
                machine_detection_silence_timeout
                if machine_detection_silence_timeout.__class__ is str
                else _fmt(machine_detection_silence_timeout)
            )
            a["machineDetectionSilenceTimeout"] = s
            h += f' machineDetectionSilenceTimeout="{s if s in _P else _esc(s, "the machineDetectionSilenceTimeout attribute of <Number>")}"'
        if machine_detection_speech_end_threshold is not None:
            s = (
                machine_detection_speech_end_threshold
                if machine_detection_speech_end_threshold.__class__ is str
                else _fmt(machine_detection_speech_end_threshold)
            )
            a["machineDetectionSpeechEndThreshold"] = s
            h += f' machineDetectionSpeechEndThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechEndThreshold attribute of <Number>")}"'
        if machine_detection_speech_threshold is not None:
            s = (
                machine_detection_speech_threshold
                if machine_detection_speech_threshold.__class__ is str
                else _fmt(machine_detection_speech_threshold)
            )
            a["machineDetectionSpeechThreshold"] = s
            h += f' machineDetectionSpeechThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechThreshold attribute of <Number>")}"'
        if machine_detection_timeout is not None:
            s = (
                machine_detection_timeout
                if machine_detection_timeout.__class__ is str
                else _fmt(machine_detection_timeout)
            )
            a["machineDetectionTimeout"] = s
            h += f' machineDetectionTimeout="{s if s in _P else _esc(s, "the machineDetectionTimeout attribute of <Number>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Number>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Number", "method", s)
        if send_digits is not None:
            s = send_digits if send_digits.__class__ is str else _fmt(send_digits)
            a["sendDigits"] = s
            h += (
                f' sendDigits="{s if s in _P else _esc(s, "the sendDigits attribute of <Number>")}"'
            )
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Number>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Number>")}"'
            if s not in _K22.ok and self.strict:
                _checked(_K22, "Number", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Number>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Number", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Number>")}"'
        return self._new(Number, phone_number, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Queue"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Queue>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Queue", "method", s)
        if post_work_activity_sid is not None:
            s = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str
                else _fmt(post_work_activity_sid)
            )
            a["postWorkActivitySid"] = s
            h += f' postWorkActivitySid="{s if s in _P else _esc(s, "the postWorkActivitySid attribute of <Queue>")}"'
        if reservation_sid is not None:
            s = reservation_sid if reservation_sid.__class__ is str else _fmt(reservation_sid)
            a["reservationSid"] = s
            h += f' reservationSid="{s if s in _P else _esc(s, "the reservationSid attribute of <Queue>")}"'
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Queue>")}"'
        return self._new(Queue, name, a, h, kwargs)

    def sim(self, sim_sid: Text, **kwargs: Value) -> Sim:
        """Add ``<Sim>`` and return it. A Programmable Wireless SIM to dial."""
        return self._new(Sim, sim_sid, None, "<Sim", kwargs)

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
        a: dict[str, Any] = {}
        h = "<Sip"
        if amd_status_callback is not None:
            s = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                else _fmt(amd_status_callback)
            )
            a["amdStatusCallback"] = s
            h += f' amdStatusCallback="{s if s in _P else _esc(s, "the amdStatusCallback attribute of <Sip>")}"'
        if amd_status_callback_method is not None:
            s = (
                amd_status_callback_method
                if amd_status_callback_method.__class__ is str
                else _fmt(amd_status_callback_method)
            )
            a["amdStatusCallbackMethod"] = s
            h += f' amdStatusCallbackMethod="{s if s in _P else _esc(s, "the amdStatusCallbackMethod attribute of <Sip>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Sip", "amdStatusCallbackMethod", s)
        if machine_detection is not None:
            s = machine_detection if machine_detection.__class__ is str else _fmt(machine_detection)
            a["machineDetection"] = s
            h += f' machineDetection="{s if s in _P else _esc(s, "the machineDetection attribute of <Sip>")}"'
            if s not in _K28.ok and self.strict:
                _checked(_K28, "Sip", "machineDetection", s)
        if machine_detection_silence_timeout is not None:
            s = (
                machine_detection_silence_timeout
                if machine_detection_silence_timeout.__class__ is str
                else _fmt(machine_detection_silence_timeout)
            )
            a["machineDetectionSilenceTimeout"] = s
            h += f' machineDetectionSilenceTimeout="{s if s in _P else _esc(s, "the machineDetectionSilenceTimeout attribute of <Sip>")}"'
        if machine_detection_speech_end_threshold is not None:
            s = (
                machine_detection_speech_end_threshold
                if machine_detection_speech_end_threshold.__class__ is str
                else _fmt(machine_detection_speech_end_threshold)
            )
            a["machineDetectionSpeechEndThreshold"] = s
            h += f' machineDetectionSpeechEndThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechEndThreshold attribute of <Sip>")}"'
        if machine_detection_speech_threshold is not None:
            s = (
                machine_detection_speech_threshold
                if machine_detection_speech_threshold.__class__ is str
                else _fmt(machine_detection_speech_threshold)
            )
            a["machineDetectionSpeechThreshold"] = s
            h += f' machineDetectionSpeechThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechThreshold attribute of <Sip>")}"'
        if machine_detection_timeout is not None:
            s = (
                machine_detection_timeout
                if machine_detection_timeout.__class__ is str
                else _fmt(machine_detection_timeout)
            )
            a["machineDetectionTimeout"] = s
            h += f' machineDetectionTimeout="{s if s in _P else _esc(s, "the machineDetectionTimeout attribute of <Sip>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Sip>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Sip", "method", s)
        if password is not None:
            s = password if password.__class__ is str else _fmt(password)
            a["password"] = s
            h += f' password="{_esc(s, "the password attribute of <Sip>", False)}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Sip>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Sip>")}"'
            if s not in _K22.ok and self.strict:
                _checked(_K22, "Sip", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Sip>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Sip", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Sip>")}"'
        if username is not None:
            s = username if username.__class__ is str else _fmt(username)
            a["username"] = s
            h += f' username="{s if s in _P else _esc(s, "the username attribute of <Sip>")}"'
        return self._new(Sip, sip_url, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Application"
        if copy_parent_to is not None:
            s = copy_parent_to if copy_parent_to.__class__ is str else _fmt(copy_parent_to)
            a["copyParentTo"] = s
            h += f' copyParentTo="{s if s in _P else _esc(s, "the copyParentTo attribute of <Application>")}"'
        if customer_id is not None:
            s = customer_id if customer_id.__class__ is str else _fmt(customer_id)
            a["customerId"] = s
            h += f' customerId="{s if s in _P else _esc(s, "the customerId attribute of <Application>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Application>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Application", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Application>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Application>")}"'
            if s not in _K22.ok and self.strict:
                _checked(_K22, "Application", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Application>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Application", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Application>")}"'
        return self._new(Application, application_sid, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<WhatsApp"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <WhatsApp>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "WhatsApp", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <WhatsApp>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <WhatsApp>")}"'
            if s not in _K22.ok and self.strict:
                _checked(_K22, "WhatsApp", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <WhatsApp>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "WhatsApp", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <WhatsApp>")}"'
        return self._new(WhatsApp, phone_number, a, h, kwargs)


class Enqueue(TwiML):
    """``<Enqueue>``: Put the caller in a queue."""

    __slots__ = ()
    _row = ROWS["Enqueue"]

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
        a: dict[str, Any] = {}
        h = "<Enqueue"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Enqueue>")}"'
        if max_queue_size is not None:
            s = max_queue_size if max_queue_size.__class__ is str else _fmt(max_queue_size)
            a["maxQueueSize"] = s
            h += f' maxQueueSize="{s if s in _P else _esc(s, "the maxQueueSize attribute of <Enqueue>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Enqueue", "maxQueueSize", s)
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Enqueue>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Enqueue", "method", s)
        if wait_url is not None:
            s = wait_url if wait_url.__class__ is str else _fmt(wait_url)
            a["waitUrl"] = s
            h += f' waitUrl="{s if s in _P else _esc(s, "the waitUrl attribute of <Enqueue>")}"'
        if wait_url_method is not None:
            s = wait_url_method if wait_url_method.__class__ is str else _fmt(wait_url_method)
            a["waitUrlMethod"] = s
            h += f' waitUrlMethod="{s if s in _P else _esc(s, "the waitUrlMethod attribute of <Enqueue>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Enqueue", "waitUrlMethod", s)
        if workflow_sid is not None:
            s = workflow_sid if workflow_sid.__class__ is str else _fmt(workflow_sid)
            a["workflowSid"] = s
            h += f' workflowSid="{s if s in _P else _esc(s, "the workflowSid attribute of <Enqueue>")}"'
        self._init(name, a, h, kwargs, strict)

    def task(
        self,
        body: Text,
        priority: Value = None,
        timeout: Value = None,
        **kwargs: Value,
    ) -> Task:
        """Add ``<Task>`` and return it. The TaskRouter task attributes for <Enqueue>."""
        a: dict[str, Any] = {}
        h = "<Task"
        if priority is not None:
            s = priority if priority.__class__ is str else _fmt(priority)
            a["priority"] = s
            h += f' priority="{s if s in _P else _esc(s, "the priority attribute of <Task>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Task", "priority", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Task>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Task", "timeout", s)
        return self._new(Task, body, a, h, kwargs)


class Leave(TwiML):
    """``<Leave>``: Take the caller out of the queue they are waiting in."""

    __slots__ = ()
    _row = ROWS["Leave"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Leave", kwargs, strict)


class Hangup(TwiML):
    """``<Hangup>``: End the call."""

    __slots__ = ()
    _row = ROWS["Hangup"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Hangup", kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Redirect(TwiML):
    """``<Redirect>``: Continue with TwiML from another URL."""

    __slots__ = ()
    _row = ROWS["Redirect"]

    def __init__(
        self,
        url: Text,
        *,
        method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Redirect"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Redirect>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Redirect", "method", s)
        self._init(url, a, h, kwargs, strict)


class Reject(TwiML):
    """``<Reject>``: Decline an incoming call without answering (no billing)."""

    __slots__ = ()
    _row = ROWS["Reject"]

    def __init__(self, *, reason: Value = None, strict: bool = True, **kwargs: Value) -> None:
        a: dict[str, Any] = {}
        h = "<Reject"
        if reason is not None:
            s = reason if reason.__class__ is str else _fmt(reason)
            a["reason"] = s
            h += f' reason="{s if s in _P else _esc(s, "the reason attribute of <Reject>")}"'
            if s not in _K9.ok and strict:
                _checked(_K9, "Reject", "reason", s)
        self._init(None, a, h, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Refer(TwiML):
    """``<Refer>``: Transfer a SIP call with a SIP REFER."""

    __slots__ = ()
    _row = ROWS["Refer"]

    def __init__(
        self,
        *,
        action: Value = None,
        method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Refer"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Refer>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Refer>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Refer", "method", s)
        self._init(None, a, h, kwargs, strict)

    def sip(self, sip_url: Text, **kwargs: Value) -> ReferSip:
        """Add ``<Sip>`` and return it. The SIP URI a <Refer> transfers to."""
        return self._new(ReferSip, sip_url, None, "<Sip", kwargs)


class Sms(TwiML):
    """``<Sms>``: Send an SMS during a call (legacy verb)."""

    __slots__ = ()
    _row = ROWS["Sms"]

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
        a: dict[str, Any] = {}
        h = "<Sms"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Sms>")}"'
        if from_ is not None:
            s = from_ if from_.__class__ is str else _fmt(from_)
            a["from"] = s
            h += f' from="{s if s in _P else _esc(s, "the from attribute of <Sms>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Sms>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Sms", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Sms>")}"'
        if to is not None:
            s = to if to.__class__ is str else _fmt(to)
            a["to"] = s
            h += f' to="{s if s in _P else _esc(s, "the to attribute of <Sms>")}"'
        self._init(message, a, h, kwargs, strict)


class Connect(TwiML):
    """``<Connect>``: Connect the call to a stream, room, agent or other service."""

    __slots__ = ()
    _row = ROWS["Connect"]

    def __init__(
        self,
        *,
        action: Value = None,
        method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Connect"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Connect>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Connect>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Connect", "method", s)
        self._init(None, a, h, kwargs, strict)

    def room(self, name: Text, participant_identity: Value = None, **kwargs: Value) -> Room:
        """Add ``<Room>`` and return it. A Video room to join."""
        a: dict[str, Any] = {}
        h = "<Room"
        if participant_identity is not None:
            s = (
                participant_identity
                if participant_identity.__class__ is str
                else _fmt(participant_identity)
            )
            a["participantIdentity"] = s
            h += f' participantIdentity="{s if s in _P else _esc(s, "the participantIdentity attribute of <Room>")}"'
        return self._new(Room, name, a, h, kwargs)

    def autopilot(self, name: Text, **kwargs: Value) -> Autopilot:
        """Add ``<Autopilot>`` and return it. An Autopilot assistant to connect to."""
        return self._new(Autopilot, name, None, "<Autopilot", kwargs)

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
        a: dict[str, Any] = {}
        h = "<Stream"
        if audio_format is not None:
            s = audio_format if audio_format.__class__ is str else _fmt(audio_format)
            a["audioFormat"] = s
            h += f' audioFormat="{s if s in _P else _esc(s, "the audioFormat attribute of <Stream>")}"'
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Stream>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Stream>")}"'
        if sample_rate is not None:
            s = sample_rate if sample_rate.__class__ is str else _fmt(sample_rate)
            a["sampleRate"] = s
            h += (
                f' sampleRate="{s if s in _P else _esc(s, "the sampleRate attribute of <Stream>")}"'
            )
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Stream>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Stream>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Stream", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Stream>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Stream", "track", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Stream>")}"'
        return self._new(Stream, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<VirtualAgent"
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <VirtualAgent>")}"'
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <VirtualAgent>")}"'
        if sentiment_analysis is not None:
            s = (
                sentiment_analysis
                if sentiment_analysis.__class__ is str
                else _fmt(sentiment_analysis)
            )
            a["sentimentAnalysis"] = s
            h += f' sentimentAnalysis="{s if s in _P else _esc(s, "the sentimentAnalysis attribute of <VirtualAgent>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <VirtualAgent>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <VirtualAgent>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "VirtualAgent", "statusCallbackMethod", s)
        return self._new(VirtualAgent, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Conversation"
        if inbound_autocreation is not None:
            s = (
                inbound_autocreation
                if inbound_autocreation.__class__ is str
                else _fmt(inbound_autocreation)
            )
            a["inboundAutocreation"] = s
            h += f' inboundAutocreation="{s if s in _P else _esc(s, "the inboundAutocreation attribute of <Conversation>")}"'
        if inbound_timeout is not None:
            s = inbound_timeout if inbound_timeout.__class__ is str else _fmt(inbound_timeout)
            a["inboundTimeout"] = s
            h += f' inboundTimeout="{s if s in _P else _esc(s, "the inboundTimeout attribute of <Conversation>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Conversation>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Conversation", "method", s)
        if record is not None:
            s = record if record.__class__ is str else _fmt(record)
            a["record"] = s
            h += f' record="{s if s in _P else _esc(s, "the record attribute of <Conversation>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Conversation>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Conversation>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Conversation", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Conversation>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Conversation", "recordingStatusCallbackMethod", s)
        if routing_assignment_timeout is not None:
            s = (
                routing_assignment_timeout
                if routing_assignment_timeout.__class__ is str
                else _fmt(routing_assignment_timeout)
            )
            a["routingAssignmentTimeout"] = s
            h += f' routingAssignmentTimeout="{s if s in _P else _esc(s, "the routingAssignmentTimeout attribute of <Conversation>")}"'
        if service_instance_sid is not None:
            s = (
                service_instance_sid
                if service_instance_sid.__class__ is str
                else _fmt(service_instance_sid)
            )
            a["serviceInstanceSid"] = s
            h += f' serviceInstanceSid="{s if s in _P else _esc(s, "the serviceInstanceSid attribute of <Conversation>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Conversation>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Conversation>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Conversation>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Conversation", "statusCallbackMethod", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Conversation>")}"'
            if s not in _K6.ok and self.strict:
                _checked(_K6, "Conversation", "trim", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Conversation>")}"'
        return self._new(Conversation, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<ConversationRelay"
        if application_reconnect is not None:
            s = (
                application_reconnect
                if application_reconnect.__class__ is str
                else _fmt(application_reconnect)
            )
            a["applicationReconnect"] = s
            h += f' applicationReconnect="{s if s in _P else _esc(s, "the applicationReconnect attribute of <ConversationRelay>")}"'
        if asr_smart_format is not None:
            s = asr_smart_format if asr_smart_format.__class__ is str else _fmt(asr_smart_format)
            a["asrSmartFormat"] = s
            h += f' asrSmartFormat="{s if s in _P else _esc(s, "the asrSmartFormat attribute of <ConversationRelay>")}"'
        if backgroundNoiseReduction is not None:
            s = (
                backgroundNoiseReduction
                if backgroundNoiseReduction.__class__ is str
                else _fmt(backgroundNoiseReduction)
            )
            a["backgroundNoiseReduction"] = s
            h += f' backgroundNoiseReduction="{s if s in _P else _esc(s, "the backgroundNoiseReduction attribute of <ConversationRelay>")}"'
        if customer_name is not None:
            s = customer_name if customer_name.__class__ is str else _fmt(customer_name)
            a["customerName"] = s
            h += f' customerName="{s if s in _P else _esc(s, "the customerName attribute of <ConversationRelay>")}"'
        if debug is not None:
            s = debug if debug.__class__ is str else _fmt(debug)
            a["debug"] = s
            h += f' debug="{s if s in _P else _esc(s, "the debug attribute of <ConversationRelay>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "ConversationRelay", "debug", s)
        if deepgramSmartFormat is not None:
            s = (
                deepgramSmartFormat
                if deepgramSmartFormat.__class__ is str
                else _fmt(deepgramSmartFormat)
            )
            a["deepgramSmartFormat"] = s
            h += f' deepgramSmartFormat="{s if s in _P else _esc(s, "the deepgramSmartFormat attribute of <ConversationRelay>")}"'
        if dtmf_detection is not None:
            s = dtmf_detection if dtmf_detection.__class__ is str else _fmt(dtmf_detection)
            a["dtmfDetection"] = s
            h += f' dtmfDetection="{s if s in _P else _esc(s, "the dtmfDetection attribute of <ConversationRelay>")}"'
        if eager_eot_threshold is not None:
            s = (
                eager_eot_threshold
                if eager_eot_threshold.__class__ is str
                else _fmt(eager_eot_threshold)
            )
            a["eagerEotThreshold"] = s
            h += f' eagerEotThreshold="{s if s in _P else _esc(s, "the eagerEotThreshold attribute of <ConversationRelay>")}"'
        if echo_prompt_filtering is not None:
            s = (
                echo_prompt_filtering
                if echo_prompt_filtering.__class__ is str
                else _fmt(echo_prompt_filtering)
            )
            a["echoPromptFiltering"] = s
            h += f' echoPromptFiltering="{s if s in _P else _esc(s, "the echoPromptFiltering attribute of <ConversationRelay>")}"'
        if elevenlabs_language_text_normalization is not None:
            s = (
                elevenlabs_language_text_normalization
                if elevenlabs_language_text_normalization.__class__ is str
                else _fmt(elevenlabs_language_text_normalization)
            )
            a["elevenlabsLanguageTextNormalization"] = s
            h += f' elevenlabsLanguageTextNormalization="{s if s in _P else _esc(s, "the elevenlabsLanguageTextNormalization attribute of <ConversationRelay>")}"'
        if elevenlabs_text_normalization is not None:
            s = (
                elevenlabs_text_normalization
                if elevenlabs_text_normalization.__class__ is str
                else _fmt(elevenlabs_text_normalization)
            )
            a["elevenlabsTextNormalization"] = s
            h += f' elevenlabsTextNormalization="{s if s in _P else _esc(s, "the elevenlabsTextNormalization attribute of <ConversationRelay>")}"'
        if events is not None:
            s = events if events.__class__ is str else _fmt(events)
            a["events"] = s
            h += f' events="{s if s in _P else _esc(s, "the events attribute of <ConversationRelay>")}"'
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <ConversationRelay>")}"'
        if ignoreBackchannel is not None:
            s = ignoreBackchannel if ignoreBackchannel.__class__ is str else _fmt(ignoreBackchannel)
            a["ignoreBackchannel"] = s
            h += f' ignoreBackchannel="{s if s in _P else _esc(s, "the ignoreBackchannel attribute of <ConversationRelay>")}"'
        if include_in_prompt is not None:
            s = include_in_prompt if include_in_prompt.__class__ is str else _fmt(include_in_prompt)
            a["includeInPrompt"] = s
            h += f' includeInPrompt="{s if s in _P else _esc(s, "the includeInPrompt attribute of <ConversationRelay>")}"'
        if intelligence_service is not None:
            s = (
                intelligence_service
                if intelligence_service.__class__ is str
                else _fmt(intelligence_service)
            )
            a["intelligenceService"] = s
            h += f' intelligenceService="{s if s in _P else _esc(s, "the intelligenceService attribute of <ConversationRelay>")}"'
        if interrupt_sensitivity is not None:
            s = (
                interrupt_sensitivity
                if interrupt_sensitivity.__class__ is str
                else _fmt(interrupt_sensitivity)
            )
            a["interruptSensitivity"] = s
            h += f' interruptSensitivity="{s if s in _P else _esc(s, "the interruptSensitivity attribute of <ConversationRelay>")}"'
        if interruptible is not None:
            s = interruptible if interruptible.__class__ is str else _fmt(interruptible)
            a["interruptible"] = s
            h += f' interruptible="{s if s in _P else _esc(s, "the interruptible attribute of <ConversationRelay>")}"'
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <ConversationRelay>")}"'
        if partial_prompt_on_hangup is not None:
            s = (
                partial_prompt_on_hangup
                if partial_prompt_on_hangup.__class__ is str
                else _fmt(partial_prompt_on_hangup)
            )
            a["partialPromptOnHangup"] = s
            h += f' partialPromptOnHangup="{s if s in _P else _esc(s, "the partialPromptOnHangup attribute of <ConversationRelay>")}"'
        if partial_prompts is not None:
            s = partial_prompts if partial_prompts.__class__ is str else _fmt(partial_prompts)
            a["partialPrompts"] = s
            h += f' partialPrompts="{s if s in _P else _esc(s, "the partialPrompts attribute of <ConversationRelay>")}"'
        if preemptible is not None:
            s = preemptible if preemptible.__class__ is str else _fmt(preemptible)
            a["preemptible"] = s
            h += f' preemptible="{s if s in _P else _esc(s, "the preemptible attribute of <ConversationRelay>")}"'
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <ConversationRelay>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "ConversationRelay", "profanityFilter", s)
        if report_input_during_agent_speech is not None:
            s = (
                report_input_during_agent_speech
                if report_input_during_agent_speech.__class__ is str
                else _fmt(report_input_during_agent_speech)
            )
            a["reportInputDuringAgentSpeech"] = s
            h += f' reportInputDuringAgentSpeech="{s if s in _P else _esc(s, "the reportInputDuringAgentSpeech attribute of <ConversationRelay>")}"'
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <ConversationRelay>")}"'
        if speechTimeout is not None:
            s = speechTimeout if speechTimeout.__class__ is str else _fmt(speechTimeout)
            a["speechTimeout"] = s
            h += f' speechTimeout="{s if s in _P else _esc(s, "the speechTimeout attribute of <ConversationRelay>")}"'
        if transcription_language is not None:
            s = (
                transcription_language
                if transcription_language.__class__ is str
                else _fmt(transcription_language)
            )
            a["transcriptionLanguage"] = s
            h += f' transcriptionLanguage="{s if s in _P else _esc(s, "the transcriptionLanguage attribute of <ConversationRelay>")}"'
        if transcription_provider is not None:
            s = (
                transcription_provider
                if transcription_provider.__class__ is str
                else _fmt(transcription_provider)
            )
            a["transcriptionProvider"] = s
            h += f' transcriptionProvider="{s if s in _P else _esc(s, "the transcriptionProvider attribute of <ConversationRelay>")}"'
        if tts_language is not None:
            s = tts_language if tts_language.__class__ is str else _fmt(tts_language)
            a["ttsLanguage"] = s
            h += f' ttsLanguage="{s if s in _P else _esc(s, "the ttsLanguage attribute of <ConversationRelay>")}"'
        if tts_language_text_normalization is not None:
            s = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                else _fmt(tts_language_text_normalization)
            )
            a["ttsLanguageTextNormalization"] = s
            h += f' ttsLanguageTextNormalization="{s if s in _P else _esc(s, "the ttsLanguageTextNormalization attribute of <ConversationRelay>")}"'
        if tts_provider is not None:
            s = tts_provider if tts_provider.__class__ is str else _fmt(tts_provider)
            a["ttsProvider"] = s
            h += f' ttsProvider="{s if s in _P else _esc(s, "the ttsProvider attribute of <ConversationRelay>")}"'
        if tts_text_normalization is not None:
            s = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                else _fmt(tts_text_normalization)
            )
            a["ttsTextNormalization"] = s
            h += f' ttsTextNormalization="{s if s in _P else _esc(s, "the ttsTextNormalization attribute of <ConversationRelay>")}"'
        if turn_detection is not None:
            s = turn_detection if turn_detection.__class__ is str else _fmt(turn_detection)
            a["turnDetection"] = s
            h += f' turnDetection="{s if s in _P else _esc(s, "the turnDetection attribute of <ConversationRelay>")}"'
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <ConversationRelay>")}"'
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <ConversationRelay>")}"'
        if welcome_greeting is not None:
            s = welcome_greeting if welcome_greeting.__class__ is str else _fmt(welcome_greeting)
            a["welcomeGreeting"] = s
            h += f' welcomeGreeting="{s if s in _P else _esc(s, "the welcomeGreeting attribute of <ConversationRelay>")}"'
        if welcome_greeting_interruptible is not None:
            s = (
                welcome_greeting_interruptible
                if welcome_greeting_interruptible.__class__ is str
                else _fmt(welcome_greeting_interruptible)
            )
            a["welcomeGreetingInterruptible"] = s
            h += f' welcomeGreetingInterruptible="{s if s in _P else _esc(s, "the welcomeGreetingInterruptible attribute of <ConversationRelay>")}"'
        return self._new(ConversationRelay, None, a, h, kwargs)

    def ai_session(
        self,
        ai_connector: Value = None,
        ai_session_configuration: Value = None,
        **kwargs: Value,
    ) -> AiSession:
        """Add ``<AiSession>`` and return it. An AI session to connect to."""
        a: dict[str, Any] = {}
        h = "<AiSession"
        if ai_connector is not None:
            s = ai_connector if ai_connector.__class__ is str else _fmt(ai_connector)
            a["aiConnector"] = s
            h += f' aiConnector="{s if s in _P else _esc(s, "the aiConnector attribute of <AiSession>")}"'
        if ai_session_configuration is not None:
            s = (
                ai_session_configuration
                if ai_session_configuration.__class__ is str
                else _fmt(ai_session_configuration)
            )
            a["aiSessionConfiguration"] = s
            h += f' aiSessionConfiguration="{s if s in _P else _esc(s, "the aiSessionConfiguration attribute of <AiSession>")}"'
        return self._new(AiSession, None, a, h, kwargs)

    def conversation_relay_session(
        self,
        connector: Value = None,
        session_configuration: Value = None,
        **kwargs: Value,
    ) -> ConversationRelaySession:
        """Add ``<ConversationRelaySession>`` and return it. A ConversationRelay session resource to connect to."""
        a: dict[str, Any] = {}
        h = "<ConversationRelaySession"
        if connector is not None:
            s = connector if connector.__class__ is str else _fmt(connector)
            a["connector"] = s
            h += f' connector="{s if s in _P else _esc(s, "the connector attribute of <ConversationRelaySession>")}"'
        if session_configuration is not None:
            s = (
                session_configuration
                if session_configuration.__class__ is str
                else _fmt(session_configuration)
            )
            a["sessionConfiguration"] = s
            h += f' sessionConfiguration="{s if s in _P else _esc(s, "the sessionConfiguration attribute of <ConversationRelaySession>")}"'
        return self._new(ConversationRelaySession, None, a, h, kwargs)


class Start(TwiML):
    """``<Start>``: Start a background action (stream, siprec, transcription, recording)."""

    __slots__ = ()
    _row = ROWS["Start"]

    def __init__(
        self,
        *,
        action: Value = None,
        method: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Start"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Start>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Start>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Start", "method", s)
        self._init(None, a, h, kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Stream"
        if audio_format is not None:
            s = audio_format if audio_format.__class__ is str else _fmt(audio_format)
            a["audioFormat"] = s
            h += f' audioFormat="{s if s in _P else _esc(s, "the audioFormat attribute of <Stream>")}"'
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Stream>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Stream>")}"'
        if sample_rate is not None:
            s = sample_rate if sample_rate.__class__ is str else _fmt(sample_rate)
            a["sampleRate"] = s
            h += (
                f' sampleRate="{s if s in _P else _esc(s, "the sampleRate attribute of <Stream>")}"'
            )
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Stream>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Stream>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Stream", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Stream>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Stream", "track", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Stream>")}"'
        return self._new(Stream, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Siprec"
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Siprec>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Siprec>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Siprec>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Siprec>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Siprec", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Siprec>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Siprec", "track", s)
        return self._new(Siprec, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Transcription"
        if enable_automatic_punctuation is not None:
            s = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                else _fmt(enable_automatic_punctuation)
            )
            a["enableAutomaticPunctuation"] = s
            h += f' enableAutomaticPunctuation="{s if s in _P else _esc(s, "the enableAutomaticPunctuation attribute of <Transcription>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Transcription", "enableAutomaticPunctuation", s)
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Transcription>")}"'
        if inbound_track_label is not None:
            s = (
                inbound_track_label
                if inbound_track_label.__class__ is str
                else _fmt(inbound_track_label)
            )
            a["inboundTrackLabel"] = s
            h += f' inboundTrackLabel="{s if s in _P else _esc(s, "the inboundTrackLabel attribute of <Transcription>")}"'
        if intelligence_service is not None:
            s = (
                intelligence_service
                if intelligence_service.__class__ is str
                else _fmt(intelligence_service)
            )
            a["intelligenceService"] = s
            h += f' intelligenceService="{s if s in _P else _esc(s, "the intelligenceService attribute of <Transcription>")}"'
        if language_code is not None:
            s = language_code if language_code.__class__ is str else _fmt(language_code)
            a["languageCode"] = s
            h += f' languageCode="{s if s in _P else _esc(s, "the languageCode attribute of <Transcription>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Transcription>")}"'
        if outbound_track_label is not None:
            s = (
                outbound_track_label
                if outbound_track_label.__class__ is str
                else _fmt(outbound_track_label)
            )
            a["outboundTrackLabel"] = s
            h += f' outboundTrackLabel="{s if s in _P else _esc(s, "the outboundTrackLabel attribute of <Transcription>")}"'
        if partial_results is not None:
            s = partial_results if partial_results.__class__ is str else _fmt(partial_results)
            a["partialResults"] = s
            h += f' partialResults="{s if s in _P else _esc(s, "the partialResults attribute of <Transcription>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Transcription", "partialResults", s)
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <Transcription>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Transcription", "profanityFilter", s)
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Transcription>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Transcription>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Transcription", "statusCallbackMethod", s)
        if status_callback_url is not None:
            s = (
                status_callback_url
                if status_callback_url.__class__ is str
                else _fmt(status_callback_url)
            )
            a["statusCallbackUrl"] = s
            h += f' statusCallbackUrl="{s if s in _P else _esc(s, "the statusCallbackUrl attribute of <Transcription>")}"'
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Transcription>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Transcription", "track", s)
        if transcription_engine is not None:
            s = (
                transcription_engine
                if transcription_engine.__class__ is str
                else _fmt(transcription_engine)
            )
            a["transcriptionEngine"] = s
            h += f' transcriptionEngine="{s if s in _P else _esc(s, "the transcriptionEngine attribute of <Transcription>")}"'
        return self._new(Transcription, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Recording"
        if channels is not None:
            s = channels if channels.__class__ is str else _fmt(channels)
            a["channels"] = s
            h += f' channels="{s if s in _P else _esc(s, "the channels attribute of <Recording>")}"'
            if s not in _K30.ok and self.strict:
                _checked(_K30, "Recording", "channels", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Recording>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Recording>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Recording>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Recording", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Recording>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Recording", "recordingStatusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Recording>")}"'
            if s not in _K31.ok and self.strict:
                _checked(_K31, "Recording", "track", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Recording>")}"'
            if s not in _K6.ok and self.strict:
                _checked(_K6, "Recording", "trim", s)
        return self._new(Recording, None, a, h, kwargs)


class Stop(TwiML):
    """``<Stop>``: Stop a background action started with <Start>."""

    __slots__ = ()
    _row = ROWS["Stop"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Stop", kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Stream"
        if audio_format is not None:
            s = audio_format if audio_format.__class__ is str else _fmt(audio_format)
            a["audioFormat"] = s
            h += f' audioFormat="{s if s in _P else _esc(s, "the audioFormat attribute of <Stream>")}"'
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Stream>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Stream>")}"'
        if sample_rate is not None:
            s = sample_rate if sample_rate.__class__ is str else _fmt(sample_rate)
            a["sampleRate"] = s
            h += (
                f' sampleRate="{s if s in _P else _esc(s, "the sampleRate attribute of <Stream>")}"'
            )
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Stream>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Stream>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Stream", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Stream>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Stream", "track", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Stream>")}"'
        return self._new(Stream, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Siprec"
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Siprec>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Siprec>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Siprec>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Siprec>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Siprec", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Siprec>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Siprec", "track", s)
        return self._new(Siprec, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Transcription"
        if enable_automatic_punctuation is not None:
            s = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                else _fmt(enable_automatic_punctuation)
            )
            a["enableAutomaticPunctuation"] = s
            h += f' enableAutomaticPunctuation="{s if s in _P else _esc(s, "the enableAutomaticPunctuation attribute of <Transcription>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Transcription", "enableAutomaticPunctuation", s)
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Transcription>")}"'
        if inbound_track_label is not None:
            s = (
                inbound_track_label
                if inbound_track_label.__class__ is str
                else _fmt(inbound_track_label)
            )
            a["inboundTrackLabel"] = s
            h += f' inboundTrackLabel="{s if s in _P else _esc(s, "the inboundTrackLabel attribute of <Transcription>")}"'
        if intelligence_service is not None:
            s = (
                intelligence_service
                if intelligence_service.__class__ is str
                else _fmt(intelligence_service)
            )
            a["intelligenceService"] = s
            h += f' intelligenceService="{s if s in _P else _esc(s, "the intelligenceService attribute of <Transcription>")}"'
        if language_code is not None:
            s = language_code if language_code.__class__ is str else _fmt(language_code)
            a["languageCode"] = s
            h += f' languageCode="{s if s in _P else _esc(s, "the languageCode attribute of <Transcription>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Transcription>")}"'
        if outbound_track_label is not None:
            s = (
                outbound_track_label
                if outbound_track_label.__class__ is str
                else _fmt(outbound_track_label)
            )
            a["outboundTrackLabel"] = s
            h += f' outboundTrackLabel="{s if s in _P else _esc(s, "the outboundTrackLabel attribute of <Transcription>")}"'
        if partial_results is not None:
            s = partial_results if partial_results.__class__ is str else _fmt(partial_results)
            a["partialResults"] = s
            h += f' partialResults="{s if s in _P else _esc(s, "the partialResults attribute of <Transcription>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Transcription", "partialResults", s)
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <Transcription>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Transcription", "profanityFilter", s)
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Transcription>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Transcription>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Transcription", "statusCallbackMethod", s)
        if status_callback_url is not None:
            s = (
                status_callback_url
                if status_callback_url.__class__ is str
                else _fmt(status_callback_url)
            )
            a["statusCallbackUrl"] = s
            h += f' statusCallbackUrl="{s if s in _P else _esc(s, "the statusCallbackUrl attribute of <Transcription>")}"'
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Transcription>")}"'
            if s not in _K29.ok and self.strict:
                _checked(_K29, "Transcription", "track", s)
        if transcription_engine is not None:
            s = (
                transcription_engine
                if transcription_engine.__class__ is str
                else _fmt(transcription_engine)
            )
            a["transcriptionEngine"] = s
            h += f' transcriptionEngine="{s if s in _P else _esc(s, "the transcriptionEngine attribute of <Transcription>")}"'
        return self._new(Transcription, None, a, h, kwargs)

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
        a: dict[str, Any] = {}
        h = "<Recording"
        if channels is not None:
            s = channels if channels.__class__ is str else _fmt(channels)
            a["channels"] = s
            h += f' channels="{s if s in _P else _esc(s, "the channels attribute of <Recording>")}"'
            if s not in _K30.ok and self.strict:
                _checked(_K30, "Recording", "channels", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Recording>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Recording>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Recording>")}"'
            if s not in _K3.ok and self.strict:
                _checked(_K3, "Recording", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Recording>")}"'
            if s not in _K0.ok and self.strict:
                _checked(_K0, "Recording", "recordingStatusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Recording>")}"'
            if s not in _K31.ok and self.strict:
                _checked(_K31, "Recording", "track", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Recording>")}"'
            if s not in _K6.ok and self.strict:
                _checked(_K6, "Recording", "trim", s)
        return self._new(Recording, None, a, h, kwargs)


class Pay(TwiML):
    """``<Pay>``: Take a payment over the phone."""

    __slots__ = ()
    _row = ROWS["Pay"]

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
        a: dict[str, Any] = {}
        h = "<Pay"
        if action is not None:
            s = action if action.__class__ is str else _fmt(action)
            a["action"] = s
            h += f' action="{s if s in _P else _esc(s, "the action attribute of <Pay>")}"'
        if bank_account_type is not None:
            s = bank_account_type if bank_account_type.__class__ is str else _fmt(bank_account_type)
            a["bankAccountType"] = s
            h += f' bankAccountType="{s if s in _P else _esc(s, "the bankAccountType attribute of <Pay>")}"'
            if s not in _K11.ok and strict:
                _checked(_K11, "Pay", "bankAccountType", s)
        if charge_amount is not None:
            s = charge_amount if charge_amount.__class__ is str else _fmt(charge_amount)
            a["chargeAmount"] = s
            h += f' chargeAmount="{s if s in _P else _esc(s, "the chargeAmount attribute of <Pay>")}"'
        if currency is not None:
            s = currency if currency.__class__ is str else _fmt(currency)
            a["currency"] = s
            h += f' currency="{s if s in _P else _esc(s, "the currency attribute of <Pay>")}"'
        if description is not None:
            s = description if description.__class__ is str else _fmt(description)
            a["description"] = s
            h += f' description="{s if s in _P else _esc(s, "the description attribute of <Pay>")}"'
        if input is not None:
            s = input if input.__class__ is str else _fmt(input)
            a["input"] = s
            h += f' input="{s if s in _P else _esc(s, "the input attribute of <Pay>")}"'
            if s not in _K12.ok and strict:
                _checked(_K12, "Pay", "input", s)
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Pay>")}"'
        if max_attempts is not None:
            s = max_attempts if max_attempts.__class__ is str else _fmt(max_attempts)
            a["maxAttempts"] = s
            h += f' maxAttempts="{s if s in _P else _esc(s, "the maxAttempts attribute of <Pay>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Pay", "maxAttempts", s)
        if min_postal_code_length is not None:
            s = (
                min_postal_code_length
                if min_postal_code_length.__class__ is str
                else _fmt(min_postal_code_length)
            )
            a["minPostalCodeLength"] = s
            h += f' minPostalCodeLength="{s if s in _P else _esc(s, "the minPostalCodeLength attribute of <Pay>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Pay", "minPostalCodeLength", s)
        if payment_connector is not None:
            s = payment_connector if payment_connector.__class__ is str else _fmt(payment_connector)
            a["paymentConnector"] = s
            h += f' paymentConnector="{s if s in _P else _esc(s, "the paymentConnector attribute of <Pay>")}"'
        if payment_method is not None:
            s = payment_method if payment_method.__class__ is str else _fmt(payment_method)
            a["paymentMethod"] = s
            h += f' paymentMethod="{s if s in _P else _esc(s, "the paymentMethod attribute of <Pay>")}"'
            if s not in _K13.ok and strict:
                _checked(_K13, "Pay", "paymentMethod", s)
        if postal_code is not None:
            s = postal_code if postal_code.__class__ is str else _fmt(postal_code)
            a["postalCode"] = s
            h += f' postalCode="{s if s in _P else _esc(s, "the postalCode attribute of <Pay>")}"'
        if security_code is not None:
            s = security_code if security_code.__class__ is str else _fmt(security_code)
            a["securityCode"] = s
            h += f' securityCode="{s if s in _P else _esc(s, "the securityCode attribute of <Pay>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Pay>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Pay>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Pay", "statusCallbackMethod", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Pay>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Pay", "timeout", s)
        if token_type is not None:
            s = token_type if token_type.__class__ is str else _fmt(token_type)
            a["tokenType"] = s
            h += f' tokenType="{s if s in _P else _esc(s, "the tokenType attribute of <Pay>")}"'
            if s not in _K14.ok and strict:
                _checked(_K14, "Pay", "tokenType", s)
        if valid_card_types is not None:
            s = valid_card_types if valid_card_types.__class__ is str else _fmt(valid_card_types)
            a["validCardTypes"] = s
            h += f' validCardTypes="{s if s in _P else _esc(s, "the validCardTypes attribute of <Pay>")}"'
            if s not in _K15.ok and strict:
                _checked(_K15, "Pay", "validCardTypes", s)
        self._init(None, a, h, kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Prompt"
        if attempt is not None:
            s = attempt if attempt.__class__ is str else _fmt(attempt)
            a["attempt"] = s
            h += f' attempt="{s if s in _P else _esc(s, "the attempt attribute of <Prompt>")}"'
        if card_type is not None:
            s = card_type if card_type.__class__ is str else _fmt(card_type)
            a["cardType"] = s
            h += f' cardType="{s if s in _P else _esc(s, "the cardType attribute of <Prompt>")}"'
            if s not in _K15.ok and self.strict:
                _checked(_K15, "Prompt", "cardType", s)
        if error_type is not None:
            s = error_type if error_type.__class__ is str else _fmt(error_type)
            a["errorType"] = s
            h += f' errorType="{s if s in _P else _esc(s, "the errorType attribute of <Prompt>")}"'
            if s not in _K16.ok and self.strict:
                _checked(_K16, "Prompt", "errorType", s)
        if for_ is not None:
            s = for_ if for_.__class__ is str else _fmt(for_)
            a["for"] = s
            h += f' for="{s if s in _P else _esc(s, "the for attribute of <Prompt>")}"'
            if s not in _K17.ok and self.strict:
                _checked(_K17, "Prompt", "for", s)
        if require_matching_inputs is not None:
            s = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                else _fmt(require_matching_inputs)
            )
            a["requireMatchingInputs"] = s
            h += f' requireMatchingInputs="{s if s in _P else _esc(s, "the requireMatchingInputs attribute of <Prompt>")}"'
            if s not in _K1.ok and self.strict:
                _checked(_K1, "Prompt", "requireMatchingInputs", s)
        return self._new(Prompt, None, a, h, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Prompt(TwiML):
    """``<Prompt>``: Customise what <Pay> says for one step."""

    __slots__ = ()
    _row = ROWS["Prompt"]

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
        a: dict[str, Any] = {}
        h = "<Prompt"
        if attempt is not None:
            s = attempt if attempt.__class__ is str else _fmt(attempt)
            a["attempt"] = s
            h += f' attempt="{s if s in _P else _esc(s, "the attempt attribute of <Prompt>")}"'
        if card_type is not None:
            s = card_type if card_type.__class__ is str else _fmt(card_type)
            a["cardType"] = s
            h += f' cardType="{s if s in _P else _esc(s, "the cardType attribute of <Prompt>")}"'
            if s not in _K15.ok and strict:
                _checked(_K15, "Prompt", "cardType", s)
        if error_type is not None:
            s = error_type if error_type.__class__ is str else _fmt(error_type)
            a["errorType"] = s
            h += f' errorType="{s if s in _P else _esc(s, "the errorType attribute of <Prompt>")}"'
            if s not in _K16.ok and strict:
                _checked(_K16, "Prompt", "errorType", s)
        if for_ is not None:
            s = for_ if for_.__class__ is str else _fmt(for_)
            a["for"] = s
            h += f' for="{s if s in _P else _esc(s, "the for attribute of <Prompt>")}"'
            if s not in _K17.ok and strict:
                _checked(_K17, "Prompt", "for", s)
        if require_matching_inputs is not None:
            s = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                else _fmt(require_matching_inputs)
            )
            a["requireMatchingInputs"] = s
            h += f' requireMatchingInputs="{s if s in _P else _esc(s, "the requireMatchingInputs attribute of <Prompt>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Prompt", "requireMatchingInputs", s)
        self._init(None, a, h, kwargs, strict)

    def say(
        self,
        message: Text | None = None,
        voice: Value = None,
        loop: Value = None,
        language: Value = None,
        **kwargs: Value,
    ) -> Say:
        """Add ``<Say>`` and return it. Speak text to the caller with text-to-speech (SSML children allowed)."""
        a: dict[str, Any] = {}
        h = "<Say"
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <Say>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Say>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Say", "loop", s)
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <Say>")}"'
            if s not in _K10.ok and self.strict:
                _checked(_K10, "Say", "voice", s)
        return self._new(Say, message, a, h, kwargs)

    def play(
        self,
        url: Text | None = None,
        loop: Value = None,
        digits: Value = None,
        **kwargs: Value,
    ) -> Play:
        """Add ``<Play>`` and return it. Play an audio file, or send DTMF digits."""
        a: dict[str, Any] = {}
        h = "<Play"
        if digits is not None:
            s = digits if digits.__class__ is str else _fmt(digits)
            a["digits"] = s
            h += f' digits="{s if s in _P else _esc(s, "the digits attribute of <Play>")}"'
        if loop is not None:
            s = loop if loop.__class__ is str else _fmt(loop)
            a["loop"] = s
            h += f' loop="{s if s in _P else _esc(s, "the loop attribute of <Play>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Play", "loop", s)
        return self._new(Play, url, a, h, kwargs)

    def pause(self, length: Value = None, **kwargs: Value) -> Pause:
        """Add ``<Pause>`` and return it. Wait silently for a number of seconds."""
        a: dict[str, Any] = {}
        h = "<Pause"
        if length is not None:
            s = length if length.__class__ is str else _fmt(length)
            a["length"] = s
            h += f' length="{s if s in _P else _esc(s, "the length attribute of <Pause>")}"'
            if s not in _K5.ok and self.strict:
                _checked(_K5, "Pause", "length", s)
        return self._new(Pause, None, a, h, kwargs)


class Echo(TwiML):
    """``<Echo>``: Echo the caller's audio back (testing)."""

    __slots__ = ()
    _row = ROWS["Echo"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Echo", kwargs, strict)


class Queue(TwiML):
    """``<Queue>``: Dial into a call queue."""

    __slots__ = ()
    _row = ROWS["Queue"]

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
        a: dict[str, Any] = {}
        h = "<Queue"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Queue>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Queue", "method", s)
        if post_work_activity_sid is not None:
            s = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str
                else _fmt(post_work_activity_sid)
            )
            a["postWorkActivitySid"] = s
            h += f' postWorkActivitySid="{s if s in _P else _esc(s, "the postWorkActivitySid attribute of <Queue>")}"'
        if reservation_sid is not None:
            s = reservation_sid if reservation_sid.__class__ is str else _fmt(reservation_sid)
            a["reservationSid"] = s
            h += f' reservationSid="{s if s in _P else _esc(s, "the reservationSid attribute of <Queue>")}"'
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Queue>")}"'
        self._init(name, a, h, kwargs, strict)


class Number(TwiML):
    """``<Number>``: A phone number to dial."""

    __slots__ = ()
    _row = ROWS["Number"]

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
        a: dict[str, Any] = {}
        h = "<Number"
        if amd_status_callback is not None:
            s = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                else _fmt(amd_status_callback)
            )
            a["amdStatusCallback"] = s
            h += f' amdStatusCallback="{s if s in _P else _esc(s, "the amdStatusCallback attribute of <Number>")}"'
        if amd_status_callback_method is not None:
            s = (
                amd_status_callback_method
                if amd_status_callback_method.__class__ is str
                else _fmt(amd_status_callback_method)
            )
            a["amdStatusCallbackMethod"] = s
            h += f' amdStatusCallbackMethod="{s if s in _P else _esc(s, "the amdStatusCallbackMethod attribute of <Number>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Number", "amdStatusCallbackMethod", s)
        if byoc is not None:
            s = byoc if byoc.__class__ is str else _fmt(byoc)
            a["byoc"] = s
            h += f' byoc="{s if s in _P else _esc(s, "the byoc attribute of <Number>")}"'
        if machine_detection is not None:
            s = machine_detection if machine_detection.__class__ is str else _fmt(machine_detection)
            a["machineDetection"] = s
            h += f' machineDetection="{s if s in _P else _esc(s, "the machineDetection attribute of <Number>")}"'
            if s not in _K28.ok and strict:
                _checked(_K28, "Number", "machineDetection", s)
        if machine_detection_silence_timeout is not None:
            s = (
                machine_detection_silence_timeout
                if machine_detection_silence_timeout.__class__ is str
                else _fmt(machine_detection_silence_timeout)
            )
            a["machineDetectionSilenceTimeout"] = s
            h += f' machineDetectionSilenceTimeout="{s if s in _P else _esc(s, "the machineDetectionSilenceTimeout attribute of <Number>")}"'
        if machine_detection_speech_end_threshold is not None:
            s = (
                machine_detection_speech_end_threshold
                if machine_detection_speech_end_threshold.__class__ is str
                else _fmt(machine_detection_speech_end_threshold)
            )
            a["machineDetectionSpeechEndThreshold"] = s
            h += f' machineDetectionSpeechEndThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechEndThreshold attribute of <Number>")}"'
        if machine_detection_speech_threshold is not None:
            s = (
                machine_detection_speech_threshold
                if machine_detection_speech_threshold.__class__ is str
                else _fmt(machine_detection_speech_threshold)
            )
            a["machineDetectionSpeechThreshold"] = s
            h += f' machineDetectionSpeechThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechThreshold attribute of <Number>")}"'
        if machine_detection_timeout is not None:
            s = (
                machine_detection_timeout
                if machine_detection_timeout.__class__ is str
                else _fmt(machine_detection_timeout)
            )
            a["machineDetectionTimeout"] = s
            h += f' machineDetectionTimeout="{s if s in _P else _esc(s, "the machineDetectionTimeout attribute of <Number>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Number>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Number", "method", s)
        if send_digits is not None:
            s = send_digits if send_digits.__class__ is str else _fmt(send_digits)
            a["sendDigits"] = s
            h += (
                f' sendDigits="{s if s in _P else _esc(s, "the sendDigits attribute of <Number>")}"'
            )
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Number>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Number>")}"'
            if s not in _K22.ok and strict:
                _checked(_K22, "Number", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Number>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Number", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Number>")}"'
        self._init(phone_number, a, h, kwargs, strict)


class Client(TwiML):
    """``<Client>``: A Twilio Client identity to dial."""

    __slots__ = ()
    _row = ROWS["Client"]

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
        a: dict[str, Any] = {}
        h = "<Client"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Client>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Client", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Client>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Client>")}"'
            if s not in _K22.ok and strict:
                _checked(_K22, "Client", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Client>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Client", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Client>")}"'
        self._init(identity, a, h, kwargs, strict)

    def identity(self, client_identity: Text, **kwargs: Value) -> Identity:
        """Add ``<Identity>`` and return it. The identity of the Client to dial."""
        return self._new(Identity, client_identity, None, "<Identity", kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Identity(TwiML):
    """``<Identity>``: The identity of the Client to dial."""

    __slots__ = ()
    _row = ROWS["Identity"]

    def __init__(self, client_identity: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(client_identity, None, "<Identity", kwargs, strict)


class Conference(TwiML):
    """``<Conference>``: A conference room to join."""

    __slots__ = ()
    _row = ROWS["Conference"]

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
        a: dict[str, Any] = {}
        h = "<Conference"
        if beep is not None:
            s = beep if beep.__class__ is str else _fmt(beep)
            a["beep"] = s
            h += f' beep="{s if s in _P else _esc(s, "the beep attribute of <Conference>")}"'
            if s not in _K23.ok and strict:
                _checked(_K23, "Conference", "beep", s)
        if coach is not None:
            s = coach if coach.__class__ is str else _fmt(coach)
            a["coach"] = s
            h += f' coach="{s if s in _P else _esc(s, "the coach attribute of <Conference>")}"'
        if end_conference_on_exit is not None:
            s = (
                end_conference_on_exit
                if end_conference_on_exit.__class__ is str
                else _fmt(end_conference_on_exit)
            )
            a["endConferenceOnExit"] = s
            h += f' endConferenceOnExit="{s if s in _P else _esc(s, "the endConferenceOnExit attribute of <Conference>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Conference", "endConferenceOnExit", s)
        if event_callback_url is not None:
            s = (
                event_callback_url
                if event_callback_url.__class__ is str
                else _fmt(event_callback_url)
            )
            a["eventCallbackUrl"] = s
            h += f' eventCallbackUrl="{s if s in _P else _esc(s, "the eventCallbackUrl attribute of <Conference>")}"'
        if jitter_buffer_size is not None:
            s = (
                jitter_buffer_size
                if jitter_buffer_size.__class__ is str
                else _fmt(jitter_buffer_size)
            )
            a["jitterBufferSize"] = s
            h += f' jitterBufferSize="{s if s in _P else _esc(s, "the jitterBufferSize attribute of <Conference>")}"'
            if s not in _K24.ok and strict:
                _checked(_K24, "Conference", "jitterBufferSize", s)
        if max_participants is not None:
            s = max_participants if max_participants.__class__ is str else _fmt(max_participants)
            a["maxParticipants"] = s
            h += f' maxParticipants="{s if s in _P else _esc(s, "the maxParticipants attribute of <Conference>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Conference", "maxParticipants", s)
        if muted is not None:
            s = muted if muted.__class__ is str else _fmt(muted)
            a["muted"] = s
            h += f' muted="{s if s in _P else _esc(s, "the muted attribute of <Conference>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Conference", "muted", s)
        if participant_label is not None:
            s = participant_label if participant_label.__class__ is str else _fmt(participant_label)
            a["participantLabel"] = s
            h += f' participantLabel="{s if s in _P else _esc(s, "the participantLabel attribute of <Conference>")}"'
        if record is not None:
            s = record if record.__class__ is str else _fmt(record)
            a["record"] = s
            h += f' record="{s if s in _P else _esc(s, "the record attribute of <Conference>")}"'
            if s not in _K25.ok and strict:
                _checked(_K25, "Conference", "record", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Conference>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Conference>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Conference>")}"'
            if s not in _K3.ok and strict:
                _checked(_K3, "Conference", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Conference>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Conference", "recordingStatusCallbackMethod", s)
        if region is not None:
            s = region if region.__class__ is str else _fmt(region)
            a["region"] = s
            h += f' region="{s if s in _P else _esc(s, "the region attribute of <Conference>")}"'
            if s not in _K26.ok and strict:
                _checked(_K26, "Conference", "region", s)
        if start_conference_on_enter is not None:
            s = (
                start_conference_on_enter
                if start_conference_on_enter.__class__ is str
                else _fmt(start_conference_on_enter)
            )
            a["startConferenceOnEnter"] = s
            h += f' startConferenceOnEnter="{s if s in _P else _esc(s, "the startConferenceOnEnter attribute of <Conference>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Conference", "startConferenceOnEnter", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Conference>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Conference>")}"'
            if s not in _K27.ok and strict:
                _checked(_K27, "Conference", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Conference>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Conference", "statusCallbackMethod", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Conference>")}"'
            if s not in _K6.ok and strict:
                _checked(_K6, "Conference", "trim", s)
        if wait_method is not None:
            s = wait_method if wait_method.__class__ is str else _fmt(wait_method)
            a["waitMethod"] = s
            h += f' waitMethod="{s if s in _P else _esc(s, "the waitMethod attribute of <Conference>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Conference", "waitMethod", s)
        if wait_url is not None:
            s = wait_url if wait_url.__class__ is str else _fmt(wait_url)
            a["waitUrl"] = s
            h += f' waitUrl="{s if s in _P else _esc(s, "the waitUrl attribute of <Conference>")}"'
        self._init(name, a, h, kwargs, strict)


class Sip(TwiML):
    """``<Sip>``: A SIP endpoint to dial."""

    __slots__ = ()
    _row = ROWS["Sip"]

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
        a: dict[str, Any] = {}
        h = "<Sip"
        if amd_status_callback is not None:
            s = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                else _fmt(amd_status_callback)
            )
            a["amdStatusCallback"] = s
            h += f' amdStatusCallback="{s if s in _P else _esc(s, "the amdStatusCallback attribute of <Sip>")}"'
        if amd_status_callback_method is not None:
            s = (
                amd_status_callback_method
                if amd_status_callback_method.__class__ is str
                else _fmt(amd_status_callback_method)
            )
            a["amdStatusCallbackMethod"] = s
            h += f' amdStatusCallbackMethod="{s if s in _P else _esc(s, "the amdStatusCallbackMethod attribute of <Sip>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Sip", "amdStatusCallbackMethod", s)
        if machine_detection is not None:
            s = machine_detection if machine_detection.__class__ is str else _fmt(machine_detection)
            a["machineDetection"] = s
            h += f' machineDetection="{s if s in _P else _esc(s, "the machineDetection attribute of <Sip>")}"'
            if s not in _K28.ok and strict:
                _checked(_K28, "Sip", "machineDetection", s)
        if machine_detection_silence_timeout is not None:
            s = (
                machine_detection_silence_timeout
                if machine_detection_silence_timeout.__class__ is str
                else _fmt(machine_detection_silence_timeout)
            )
            a["machineDetectionSilenceTimeout"] = s
            h += f' machineDetectionSilenceTimeout="{s if s in _P else _esc(s, "the machineDetectionSilenceTimeout attribute of <Sip>")}"'
        if machine_detection_speech_end_threshold is not None:
            s = (
                machine_detection_speech_end_threshold
                if machine_detection_speech_end_threshold.__class__ is str
                else _fmt(machine_detection_speech_end_threshold)
            )
            a["machineDetectionSpeechEndThreshold"] = s
            h += f' machineDetectionSpeechEndThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechEndThreshold attribute of <Sip>")}"'
        if machine_detection_speech_threshold is not None:
            s = (
                machine_detection_speech_threshold
                if machine_detection_speech_threshold.__class__ is str
                else _fmt(machine_detection_speech_threshold)
            )
            a["machineDetectionSpeechThreshold"] = s
            h += f' machineDetectionSpeechThreshold="{s if s in _P else _esc(s, "the machineDetectionSpeechThreshold attribute of <Sip>")}"'
        if machine_detection_timeout is not None:
            s = (
                machine_detection_timeout
                if machine_detection_timeout.__class__ is str
                else _fmt(machine_detection_timeout)
            )
            a["machineDetectionTimeout"] = s
            h += f' machineDetectionTimeout="{s if s in _P else _esc(s, "the machineDetectionTimeout attribute of <Sip>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Sip>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Sip", "method", s)
        if password is not None:
            s = password if password.__class__ is str else _fmt(password)
            a["password"] = s
            h += f' password="{_esc(s, "the password attribute of <Sip>", False)}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Sip>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Sip>")}"'
            if s not in _K22.ok and strict:
                _checked(_K22, "Sip", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Sip>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Sip", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Sip>")}"'
        if username is not None:
            s = username if username.__class__ is str else _fmt(username)
            a["username"] = s
            h += f' username="{s if s in _P else _esc(s, "the username attribute of <Sip>")}"'
        self._init(sip_url, a, h, kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Uri"
        if password is not None:
            s = password if password.__class__ is str else _fmt(password)
            a["password"] = s
            h += f' password="{_esc(s, "the password attribute of <Uri>", False)}"'
        if priority is not None:
            s = priority if priority.__class__ is str else _fmt(priority)
            a["priority"] = s
            h += f' priority="{s if s in _P else _esc(s, "the priority attribute of <Uri>")}"'
        if username is not None:
            s = username if username.__class__ is str else _fmt(username)
            a["username"] = s
            h += f' username="{s if s in _P else _esc(s, "the username attribute of <Uri>")}"'
        if weight is not None:
            s = weight if weight.__class__ is str else _fmt(weight)
            a["weight"] = s
            h += f' weight="{s if s in _P else _esc(s, "the weight attribute of <Uri>")}"'
        return self._new(SipUri, sip_url, a, h, kwargs)

    def headers(self, **kwargs: Value) -> Headers:
        """Add ``<Headers>`` and return it. SIP headers to send."""
        return self._new(Headers, None, None, "<Headers", kwargs)


class SipUri(TwiML):
    """``<Uri>``: One SIP URI to try."""

    __slots__ = ()
    _row = ROWS["SipUri"]

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
        a: dict[str, Any] = {}
        h = "<Uri"
        if password is not None:
            s = password if password.__class__ is str else _fmt(password)
            a["password"] = s
            h += f' password="{_esc(s, "the password attribute of <Uri>", False)}"'
        if priority is not None:
            s = priority if priority.__class__ is str else _fmt(priority)
            a["priority"] = s
            h += f' priority="{s if s in _P else _esc(s, "the priority attribute of <Uri>")}"'
        if username is not None:
            s = username if username.__class__ is str else _fmt(username)
            a["username"] = s
            h += f' username="{s if s in _P else _esc(s, "the username attribute of <Uri>")}"'
        if weight is not None:
            s = weight if weight.__class__ is str else _fmt(weight)
            a["weight"] = s
            h += f' weight="{s if s in _P else _esc(s, "the weight attribute of <Uri>")}"'
        self._init(sip_url, a, h, kwargs, strict)


class Headers(TwiML):
    """``<Headers>``: SIP headers to send."""

    __slots__ = ()
    _row = ROWS["Headers"]

    def __init__(self, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(None, None, "<Headers", kwargs, strict)

    def header(self, name: Value = None, value: Value = None, **kwargs: Value) -> Header:
        """Add ``<Header>`` and return it. One SIP header."""
        a: dict[str, Any] = {}
        h = "<Header"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Header>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Header>")}"'
        return self._new(Header, None, a, h, kwargs)


class Header(TwiML):
    """``<Header>``: One SIP header."""

    __slots__ = ()
    _row = ROWS["Header"]

    def __init__(
        self,
        *,
        name: Value = None,
        value: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Header"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Header>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Header>")}"'
        self._init(None, a, h, kwargs, strict)


class Sim(TwiML):
    """``<Sim>``: A Programmable Wireless SIM to dial."""

    __slots__ = ()
    _row = ROWS["Sim"]

    def __init__(self, sim_sid: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(sim_sid, None, "<Sim", kwargs, strict)


class Application(TwiML):
    """``<Application>``: A TwiML App to dial."""

    __slots__ = ()
    _row = ROWS["Application"]

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
        a: dict[str, Any] = {}
        h = "<Application"
        if copy_parent_to is not None:
            s = copy_parent_to if copy_parent_to.__class__ is str else _fmt(copy_parent_to)
            a["copyParentTo"] = s
            h += f' copyParentTo="{s if s in _P else _esc(s, "the copyParentTo attribute of <Application>")}"'
        if customer_id is not None:
            s = customer_id if customer_id.__class__ is str else _fmt(customer_id)
            a["customerId"] = s
            h += f' customerId="{s if s in _P else _esc(s, "the customerId attribute of <Application>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Application>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Application", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Application>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Application>")}"'
            if s not in _K22.ok and strict:
                _checked(_K22, "Application", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Application>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Application", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Application>")}"'
        self._init(application_sid, a, h, kwargs, strict)

    def application_sid(self, sid: Text, **kwargs: Value) -> ApplicationSid:
        """Add ``<ApplicationSid>`` and return it. The SID of the TwiML App to dial."""
        return self._new(ApplicationSid, sid, None, "<ApplicationSid", kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class ApplicationSid(TwiML):
    """``<ApplicationSid>``: The SID of the TwiML App to dial."""

    __slots__ = ()
    _row = ROWS["ApplicationSid"]

    def __init__(self, sid: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(sid, None, "<ApplicationSid", kwargs, strict)


class WhatsApp(TwiML):
    """``<WhatsApp>``: A WhatsApp number to dial."""

    __slots__ = ()
    _row = ROWS["WhatsApp"]

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
        a: dict[str, Any] = {}
        h = "<WhatsApp"
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <WhatsApp>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "WhatsApp", "method", s)
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <WhatsApp>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <WhatsApp>")}"'
            if s not in _K22.ok and strict:
                _checked(_K22, "WhatsApp", "statusCallbackEvent", s)
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <WhatsApp>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "WhatsApp", "statusCallbackMethod", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <WhatsApp>")}"'
        self._init(phone_number, a, h, kwargs, strict)


class Parameter(TwiML):
    """``<Parameter>``: A custom name/value parameter passed along."""

    __slots__ = ()
    _row = ROWS["Parameter"]

    def __init__(
        self,
        *,
        name: Value = None,
        value: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        self._init(None, a, h, kwargs, strict)


class Task(TwiML):
    """``<Task>``: The TaskRouter task attributes for <Enqueue>."""

    __slots__ = ()
    _row = ROWS["Task"]

    def __init__(
        self,
        body: Text,
        *,
        priority: Value = None,
        timeout: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Task"
        if priority is not None:
            s = priority if priority.__class__ is str else _fmt(priority)
            a["priority"] = s
            h += f' priority="{s if s in _P else _esc(s, "the priority attribute of <Task>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Task", "priority", s)
        if timeout is not None:
            s = timeout if timeout.__class__ is str else _fmt(timeout)
            a["timeout"] = s
            h += f' timeout="{s if s in _P else _esc(s, "the timeout attribute of <Task>")}"'
            if s not in _K5.ok and strict:
                _checked(_K5, "Task", "timeout", s)
        self._init(body, a, h, kwargs, strict)


class ReferSip(TwiML):
    """``<Sip>``: The SIP URI a <Refer> transfers to."""

    __slots__ = ()
    _row = ROWS["ReferSip"]

    def __init__(self, sip_url: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(sip_url, None, "<Sip", kwargs, strict)


class Room(TwiML):
    """``<Room>``: A Video room to join."""

    __slots__ = ()
    _row = ROWS["Room"]

    def __init__(
        self,
        name: Text,
        *,
        participant_identity: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Room"
        if participant_identity is not None:
            s = (
                participant_identity
                if participant_identity.__class__ is str
                else _fmt(participant_identity)
            )
            a["participantIdentity"] = s
            h += f' participantIdentity="{s if s in _P else _esc(s, "the participantIdentity attribute of <Room>")}"'
        self._init(name, a, h, kwargs, strict)


class Autopilot(TwiML):
    """``<Autopilot>``: An Autopilot assistant to connect to."""

    __slots__ = ()
    _row = ROWS["Autopilot"]

    def __init__(self, name: Text, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(name, None, "<Autopilot", kwargs, strict)


class Stream(TwiML):
    """``<Stream>``: A media stream over WebSocket."""

    __slots__ = ()
    _row = ROWS["Stream"]

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
        a: dict[str, Any] = {}
        h = "<Stream"
        if audio_format is not None:
            s = audio_format if audio_format.__class__ is str else _fmt(audio_format)
            a["audioFormat"] = s
            h += f' audioFormat="{s if s in _P else _esc(s, "the audioFormat attribute of <Stream>")}"'
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Stream>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Stream>")}"'
        if sample_rate is not None:
            s = sample_rate if sample_rate.__class__ is str else _fmt(sample_rate)
            a["sampleRate"] = s
            h += (
                f' sampleRate="{s if s in _P else _esc(s, "the sampleRate attribute of <Stream>")}"'
            )
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Stream>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Stream>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Stream", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Stream>")}"'
            if s not in _K29.ok and strict:
                _checked(_K29, "Stream", "track", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Stream>")}"'
        self._init(None, a, h, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class VirtualAgent(TwiML):
    """``<VirtualAgent>``: A virtual agent to connect to."""

    __slots__ = ()
    _row = ROWS["VirtualAgent"]

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
        a: dict[str, Any] = {}
        h = "<VirtualAgent"
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <VirtualAgent>")}"'
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <VirtualAgent>")}"'
        if sentiment_analysis is not None:
            s = (
                sentiment_analysis
                if sentiment_analysis.__class__ is str
                else _fmt(sentiment_analysis)
            )
            a["sentimentAnalysis"] = s
            h += f' sentimentAnalysis="{s if s in _P else _esc(s, "the sentimentAnalysis attribute of <VirtualAgent>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <VirtualAgent>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <VirtualAgent>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "VirtualAgent", "statusCallbackMethod", s)
        self._init(None, a, h, kwargs, strict)

    def config(self, name: Value = None, value: Value = None, **kwargs: Value) -> Config:
        """Add ``<Config>`` and return it. A name/value configuration item."""
        a: dict[str, Any] = {}
        h = "<Config"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Config>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Config>")}"'
        return self._new(Config, None, a, h, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Config(TwiML):
    """``<Config>``: A name/value configuration item."""

    __slots__ = ()
    _row = ROWS["Config"]

    def __init__(
        self,
        *,
        name: Value = None,
        value: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<Config"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Config>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Config>")}"'
        self._init(None, a, h, kwargs, strict)


class Conversation(TwiML):
    """``<Conversation>``: A Conversations service to connect to."""

    __slots__ = ()
    _row = ROWS["Conversation"]

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
        a: dict[str, Any] = {}
        h = "<Conversation"
        if inbound_autocreation is not None:
            s = (
                inbound_autocreation
                if inbound_autocreation.__class__ is str
                else _fmt(inbound_autocreation)
            )
            a["inboundAutocreation"] = s
            h += f' inboundAutocreation="{s if s in _P else _esc(s, "the inboundAutocreation attribute of <Conversation>")}"'
        if inbound_timeout is not None:
            s = inbound_timeout if inbound_timeout.__class__ is str else _fmt(inbound_timeout)
            a["inboundTimeout"] = s
            h += f' inboundTimeout="{s if s in _P else _esc(s, "the inboundTimeout attribute of <Conversation>")}"'
        if method is not None:
            s = method if method.__class__ is str else _fmt(method)
            a["method"] = s
            h += f' method="{s if s in _P else _esc(s, "the method attribute of <Conversation>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Conversation", "method", s)
        if record is not None:
            s = record if record.__class__ is str else _fmt(record)
            a["record"] = s
            h += f' record="{s if s in _P else _esc(s, "the record attribute of <Conversation>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Conversation>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Conversation>")}"'
            if s not in _K3.ok and strict:
                _checked(_K3, "Conversation", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Conversation>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Conversation", "recordingStatusCallbackMethod", s)
        if routing_assignment_timeout is not None:
            s = (
                routing_assignment_timeout
                if routing_assignment_timeout.__class__ is str
                else _fmt(routing_assignment_timeout)
            )
            a["routingAssignmentTimeout"] = s
            h += f' routingAssignmentTimeout="{s if s in _P else _esc(s, "the routingAssignmentTimeout attribute of <Conversation>")}"'
        if service_instance_sid is not None:
            s = (
                service_instance_sid
                if service_instance_sid.__class__ is str
                else _fmt(service_instance_sid)
            )
            a["serviceInstanceSid"] = s
            h += f' serviceInstanceSid="{s if s in _P else _esc(s, "the serviceInstanceSid attribute of <Conversation>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Conversation>")}"'
        if status_callback_event is not None:
            s = (
                status_callback_event
                if status_callback_event.__class__ is str
                else _fmt(status_callback_event)
            )
            a["statusCallbackEvent"] = s
            h += f' statusCallbackEvent="{s if s in _P else _esc(s, "the statusCallbackEvent attribute of <Conversation>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Conversation>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Conversation", "statusCallbackMethod", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Conversation>")}"'
            if s not in _K6.ok and strict:
                _checked(_K6, "Conversation", "trim", s)
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <Conversation>")}"'
        self._init(None, a, h, kwargs, strict)


class ConversationRelay(TwiML):
    """``<ConversationRelay>``: A ConversationRelay session over WebSocket."""

    __slots__ = ()
    _row = ROWS["ConversationRelay"]

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
        a: dict[str, Any] = {}
        h = "<ConversationRelay"
        if application_reconnect is not None:
            s = (
                application_reconnect
                if application_reconnect.__class__ is str
                else _fmt(application_reconnect)
            )
            a["applicationReconnect"] = s
            h += f' applicationReconnect="{s if s in _P else _esc(s, "the applicationReconnect attribute of <ConversationRelay>")}"'
        if asr_smart_format is not None:
            s = asr_smart_format if asr_smart_format.__class__ is str else _fmt(asr_smart_format)
            a["asrSmartFormat"] = s
            h += f' asrSmartFormat="{s if s in _P else _esc(s, "the asrSmartFormat attribute of <ConversationRelay>")}"'
        if backgroundNoiseReduction is not None:
            s = (
                backgroundNoiseReduction
                if backgroundNoiseReduction.__class__ is str
                else _fmt(backgroundNoiseReduction)
            )
            a["backgroundNoiseReduction"] = s
            h += f' backgroundNoiseReduction="{s if s in _P else _esc(s, "the backgroundNoiseReduction attribute of <ConversationRelay>")}"'
        if customer_name is not None:
            s = customer_name if customer_name.__class__ is str else _fmt(customer_name)
            a["customerName"] = s
            h += f' customerName="{s if s in _P else _esc(s, "the customerName attribute of <ConversationRelay>")}"'
        if debug is not None:
            s = debug if debug.__class__ is str else _fmt(debug)
            a["debug"] = s
            h += f' debug="{s if s in _P else _esc(s, "the debug attribute of <ConversationRelay>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "ConversationRelay", "debug", s)
        if deepgramSmartFormat is not None:
            s = (
                deepgramSmartFormat
                if deepgramSmartFormat.__class__ is str
                else _fmt(deepgramSmartFormat)
            )
            a["deepgramSmartFormat"] = s
            h += f' deepgramSmartFormat="{s if s in _P else _esc(s, "the deepgramSmartFormat attribute of <ConversationRelay>")}"'
        if dtmf_detection is not None:
            s = dtmf_detection if dtmf_detection.__class__ is str else _fmt(dtmf_detection)
            a["dtmfDetection"] = s
            h += f' dtmfDetection="{s if s in _P else _esc(s, "the dtmfDetection attribute of <ConversationRelay>")}"'
        if eager_eot_threshold is not None:
            s = (
                eager_eot_threshold
                if eager_eot_threshold.__class__ is str
                else _fmt(eager_eot_threshold)
            )
            a["eagerEotThreshold"] = s
            h += f' eagerEotThreshold="{s if s in _P else _esc(s, "the eagerEotThreshold attribute of <ConversationRelay>")}"'
        if echo_prompt_filtering is not None:
            s = (
                echo_prompt_filtering
                if echo_prompt_filtering.__class__ is str
                else _fmt(echo_prompt_filtering)
            )
            a["echoPromptFiltering"] = s
            h += f' echoPromptFiltering="{s if s in _P else _esc(s, "the echoPromptFiltering attribute of <ConversationRelay>")}"'
        if elevenlabs_language_text_normalization is not None:
            s = (
                elevenlabs_language_text_normalization
                if elevenlabs_language_text_normalization.__class__ is str
                else _fmt(elevenlabs_language_text_normalization)
            )
            a["elevenlabsLanguageTextNormalization"] = s
            h += f' elevenlabsLanguageTextNormalization="{s if s in _P else _esc(s, "the elevenlabsLanguageTextNormalization attribute of <ConversationRelay>")}"'
        if elevenlabs_text_normalization is not None:
            s = (
                elevenlabs_text_normalization
                if elevenlabs_text_normalization.__class__ is str
                else _fmt(elevenlabs_text_normalization)
            )
            a["elevenlabsTextNormalization"] = s
            h += f' elevenlabsTextNormalization="{s if s in _P else _esc(s, "the elevenlabsTextNormalization attribute of <ConversationRelay>")}"'
        if events is not None:
            s = events if events.__class__ is str else _fmt(events)
            a["events"] = s
            h += f' events="{s if s in _P else _esc(s, "the events attribute of <ConversationRelay>")}"'
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <ConversationRelay>")}"'
        if ignoreBackchannel is not None:
            s = ignoreBackchannel if ignoreBackchannel.__class__ is str else _fmt(ignoreBackchannel)
            a["ignoreBackchannel"] = s
            h += f' ignoreBackchannel="{s if s in _P else _esc(s, "the ignoreBackchannel attribute of <ConversationRelay>")}"'
        if include_in_prompt is not None:
            s = include_in_prompt if include_in_prompt.__class__ is str else _fmt(include_in_prompt)
            a["includeInPrompt"] = s
            h += f' includeInPrompt="{s if s in _P else _esc(s, "the includeInPrompt attribute of <ConversationRelay>")}"'
        if intelligence_service is not None:
            s = (
                intelligence_service
                if intelligence_service.__class__ is str
                else _fmt(intelligence_service)
            )
            a["intelligenceService"] = s
            h += f' intelligenceService="{s if s in _P else _esc(s, "the intelligenceService attribute of <ConversationRelay>")}"'
        if interrupt_sensitivity is not None:
            s = (
                interrupt_sensitivity
                if interrupt_sensitivity.__class__ is str
                else _fmt(interrupt_sensitivity)
            )
            a["interruptSensitivity"] = s
            h += f' interruptSensitivity="{s if s in _P else _esc(s, "the interruptSensitivity attribute of <ConversationRelay>")}"'
        if interruptible is not None:
            s = interruptible if interruptible.__class__ is str else _fmt(interruptible)
            a["interruptible"] = s
            h += f' interruptible="{s if s in _P else _esc(s, "the interruptible attribute of <ConversationRelay>")}"'
        if language is not None:
            s = language if language.__class__ is str else _fmt(language)
            a["language"] = s
            h += f' language="{s if s in _P else _esc(s, "the language attribute of <ConversationRelay>")}"'
        if partial_prompt_on_hangup is not None:
            s = (
                partial_prompt_on_hangup
                if partial_prompt_on_hangup.__class__ is str
                else _fmt(partial_prompt_on_hangup)
            )
            a["partialPromptOnHangup"] = s
            h += f' partialPromptOnHangup="{s if s in _P else _esc(s, "the partialPromptOnHangup attribute of <ConversationRelay>")}"'
        if partial_prompts is not None:
            s = partial_prompts if partial_prompts.__class__ is str else _fmt(partial_prompts)
            a["partialPrompts"] = s
            h += f' partialPrompts="{s if s in _P else _esc(s, "the partialPrompts attribute of <ConversationRelay>")}"'
        if preemptible is not None:
            s = preemptible if preemptible.__class__ is str else _fmt(preemptible)
            a["preemptible"] = s
            h += f' preemptible="{s if s in _P else _esc(s, "the preemptible attribute of <ConversationRelay>")}"'
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <ConversationRelay>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "ConversationRelay", "profanityFilter", s)
        if report_input_during_agent_speech is not None:
            s = (
                report_input_during_agent_speech
                if report_input_during_agent_speech.__class__ is str
                else _fmt(report_input_during_agent_speech)
            )
            a["reportInputDuringAgentSpeech"] = s
            h += f' reportInputDuringAgentSpeech="{s if s in _P else _esc(s, "the reportInputDuringAgentSpeech attribute of <ConversationRelay>")}"'
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <ConversationRelay>")}"'
        if speechTimeout is not None:
            s = speechTimeout if speechTimeout.__class__ is str else _fmt(speechTimeout)
            a["speechTimeout"] = s
            h += f' speechTimeout="{s if s in _P else _esc(s, "the speechTimeout attribute of <ConversationRelay>")}"'
        if transcription_language is not None:
            s = (
                transcription_language
                if transcription_language.__class__ is str
                else _fmt(transcription_language)
            )
            a["transcriptionLanguage"] = s
            h += f' transcriptionLanguage="{s if s in _P else _esc(s, "the transcriptionLanguage attribute of <ConversationRelay>")}"'
        if transcription_provider is not None:
            s = (
                transcription_provider
                if transcription_provider.__class__ is str
                else _fmt(transcription_provider)
            )
            a["transcriptionProvider"] = s
            h += f' transcriptionProvider="{s if s in _P else _esc(s, "the transcriptionProvider attribute of <ConversationRelay>")}"'
        if tts_language is not None:
            s = tts_language if tts_language.__class__ is str else _fmt(tts_language)
            a["ttsLanguage"] = s
            h += f' ttsLanguage="{s if s in _P else _esc(s, "the ttsLanguage attribute of <ConversationRelay>")}"'
        if tts_language_text_normalization is not None:
            s = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                else _fmt(tts_language_text_normalization)
            )
            a["ttsLanguageTextNormalization"] = s
            h += f' ttsLanguageTextNormalization="{s if s in _P else _esc(s, "the ttsLanguageTextNormalization attribute of <ConversationRelay>")}"'
        if tts_provider is not None:
            s = tts_provider if tts_provider.__class__ is str else _fmt(tts_provider)
            a["ttsProvider"] = s
            h += f' ttsProvider="{s if s in _P else _esc(s, "the ttsProvider attribute of <ConversationRelay>")}"'
        if tts_text_normalization is not None:
            s = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                else _fmt(tts_text_normalization)
            )
            a["ttsTextNormalization"] = s
            h += f' ttsTextNormalization="{s if s in _P else _esc(s, "the ttsTextNormalization attribute of <ConversationRelay>")}"'
        if turn_detection is not None:
            s = turn_detection if turn_detection.__class__ is str else _fmt(turn_detection)
            a["turnDetection"] = s
            h += f' turnDetection="{s if s in _P else _esc(s, "the turnDetection attribute of <ConversationRelay>")}"'
        if url is not None:
            s = url if url.__class__ is str else _fmt(url)
            a["url"] = s
            h += f' url="{s if s in _P else _esc(s, "the url attribute of <ConversationRelay>")}"'
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <ConversationRelay>")}"'
        if welcome_greeting is not None:
            s = welcome_greeting if welcome_greeting.__class__ is str else _fmt(welcome_greeting)
            a["welcomeGreeting"] = s
            h += f' welcomeGreeting="{s if s in _P else _esc(s, "the welcomeGreeting attribute of <ConversationRelay>")}"'
        if welcome_greeting_interruptible is not None:
            s = (
                welcome_greeting_interruptible
                if welcome_greeting_interruptible.__class__ is str
                else _fmt(welcome_greeting_interruptible)
            )
            a["welcomeGreetingInterruptible"] = s
            h += f' welcomeGreetingInterruptible="{s if s in _P else _esc(s, "the welcomeGreetingInterruptible attribute of <ConversationRelay>")}"'
        self._init(None, a, h, kwargs, strict)

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
        a: dict[str, Any] = {}
        h = "<Language"
        if asr_smart_format is not None:
            s = asr_smart_format if asr_smart_format.__class__ is str else _fmt(asr_smart_format)
            a["asrSmartFormat"] = s
            h += f' asrSmartFormat="{s if s in _P else _esc(s, "the asrSmartFormat attribute of <Language>")}"'
        if code is not None:
            s = code if code.__class__ is str else _fmt(code)
            a["code"] = s
            h += f' code="{s if s in _P else _esc(s, "the code attribute of <Language>")}"'
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Language>")}"'
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Language>")}"'
        if transcription_provider is not None:
            s = (
                transcription_provider
                if transcription_provider.__class__ is str
                else _fmt(transcription_provider)
            )
            a["transcriptionProvider"] = s
            h += f' transcriptionProvider="{s if s in _P else _esc(s, "the transcriptionProvider attribute of <Language>")}"'
        if tts_language_text_normalization is not None:
            s = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                else _fmt(tts_language_text_normalization)
            )
            a["ttsLanguageTextNormalization"] = s
            h += f' ttsLanguageTextNormalization="{s if s in _P else _esc(s, "the ttsLanguageTextNormalization attribute of <Language>")}"'
        if tts_provider is not None:
            s = tts_provider if tts_provider.__class__ is str else _fmt(tts_provider)
            a["ttsProvider"] = s
            h += f' ttsProvider="{s if s in _P else _esc(s, "the ttsProvider attribute of <Language>")}"'
        if tts_text_normalization is not None:
            s = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                else _fmt(tts_text_normalization)
            )
            a["ttsTextNormalization"] = s
            h += f' ttsTextNormalization="{s if s in _P else _esc(s, "the ttsTextNormalization attribute of <Language>")}"'
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <Language>")}"'
        return self._new(Language, None, a, h, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Language(TwiML):
    """``<Language>``: A language for <ConversationRelay>."""

    __slots__ = ()
    _row = ROWS["Language"]

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
        a: dict[str, Any] = {}
        h = "<Language"
        if asr_smart_format is not None:
            s = asr_smart_format if asr_smart_format.__class__ is str else _fmt(asr_smart_format)
            a["asrSmartFormat"] = s
            h += f' asrSmartFormat="{s if s in _P else _esc(s, "the asrSmartFormat attribute of <Language>")}"'
        if code is not None:
            s = code if code.__class__ is str else _fmt(code)
            a["code"] = s
            h += f' code="{s if s in _P else _esc(s, "the code attribute of <Language>")}"'
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Language>")}"'
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Language>")}"'
        if transcription_provider is not None:
            s = (
                transcription_provider
                if transcription_provider.__class__ is str
                else _fmt(transcription_provider)
            )
            a["transcriptionProvider"] = s
            h += f' transcriptionProvider="{s if s in _P else _esc(s, "the transcriptionProvider attribute of <Language>")}"'
        if tts_language_text_normalization is not None:
            s = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                else _fmt(tts_language_text_normalization)
            )
            a["ttsLanguageTextNormalization"] = s
            h += f' ttsLanguageTextNormalization="{s if s in _P else _esc(s, "the ttsLanguageTextNormalization attribute of <Language>")}"'
        if tts_provider is not None:
            s = tts_provider if tts_provider.__class__ is str else _fmt(tts_provider)
            a["ttsProvider"] = s
            h += f' ttsProvider="{s if s in _P else _esc(s, "the ttsProvider attribute of <Language>")}"'
        if tts_text_normalization is not None:
            s = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                else _fmt(tts_text_normalization)
            )
            a["ttsTextNormalization"] = s
            h += f' ttsTextNormalization="{s if s in _P else _esc(s, "the ttsTextNormalization attribute of <Language>")}"'
        if voice is not None:
            s = voice if voice.__class__ is str else _fmt(voice)
            a["voice"] = s
            h += f' voice="{s if s in _P else _esc(s, "the voice attribute of <Language>")}"'
        self._init(None, a, h, kwargs, strict)


class AiSession(TwiML):
    """``<AiSession>``: An AI session to connect to."""

    __slots__ = ()
    _row = ROWS["AiSession"]

    def __init__(
        self,
        *,
        ai_connector: Value = None,
        ai_session_configuration: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<AiSession"
        if ai_connector is not None:
            s = ai_connector if ai_connector.__class__ is str else _fmt(ai_connector)
            a["aiConnector"] = s
            h += f' aiConnector="{s if s in _P else _esc(s, "the aiConnector attribute of <AiSession>")}"'
        if ai_session_configuration is not None:
            s = (
                ai_session_configuration
                if ai_session_configuration.__class__ is str
                else _fmt(ai_session_configuration)
            )
            a["aiSessionConfiguration"] = s
            h += f' aiSessionConfiguration="{s if s in _P else _esc(s, "the aiSessionConfiguration attribute of <AiSession>")}"'
        self._init(None, a, h, kwargs, strict)


class ConversationRelaySession(TwiML):
    """``<ConversationRelaySession>``: A ConversationRelay session resource to connect to."""

    __slots__ = ()
    _row = ROWS["ConversationRelaySession"]

    def __init__(
        self,
        *,
        connector: Value = None,
        session_configuration: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<ConversationRelaySession"
        if connector is not None:
            s = connector if connector.__class__ is str else _fmt(connector)
            a["connector"] = s
            h += f' connector="{s if s in _P else _esc(s, "the connector attribute of <ConversationRelaySession>")}"'
        if session_configuration is not None:
            s = (
                session_configuration
                if session_configuration.__class__ is str
                else _fmt(session_configuration)
            )
            a["sessionConfiguration"] = s
            h += f' sessionConfiguration="{s if s in _P else _esc(s, "the sessionConfiguration attribute of <ConversationRelaySession>")}"'
        self._init(None, a, h, kwargs, strict)


class Siprec(TwiML):
    """``<Siprec>``: A SIPREC recording session."""

    __slots__ = ()
    _row = ROWS["Siprec"]

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
        a: dict[str, Any] = {}
        h = "<Siprec"
        if connector_name is not None:
            s = connector_name if connector_name.__class__ is str else _fmt(connector_name)
            a["connectorName"] = s
            h += f' connectorName="{s if s in _P else _esc(s, "the connectorName attribute of <Siprec>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Siprec>")}"'
        if status_callback is not None:
            s = status_callback if status_callback.__class__ is str else _fmt(status_callback)
            a["statusCallback"] = s
            h += f' statusCallback="{s if s in _P else _esc(s, "the statusCallback attribute of <Siprec>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Siprec>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Siprec", "statusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Siprec>")}"'
            if s not in _K29.ok and strict:
                _checked(_K29, "Siprec", "track", s)
        self._init(None, a, h, kwargs, strict)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Transcription(TwiML):
    """``<Transcription>``: Real-time transcription of the call."""

    __slots__ = ()
    _row = ROWS["Transcription"]

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
        a: dict[str, Any] = {}
        h = "<Transcription"
        if enable_automatic_punctuation is not None:
            s = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                else _fmt(enable_automatic_punctuation)
            )
            a["enableAutomaticPunctuation"] = s
            h += f' enableAutomaticPunctuation="{s if s in _P else _esc(s, "the enableAutomaticPunctuation attribute of <Transcription>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Transcription", "enableAutomaticPunctuation", s)
        if hints is not None:
            s = hints if hints.__class__ is str else _fmt(hints)
            a["hints"] = s
            h += f' hints="{s if s in _P else _esc(s, "the hints attribute of <Transcription>")}"'
        if inbound_track_label is not None:
            s = (
                inbound_track_label
                if inbound_track_label.__class__ is str
                else _fmt(inbound_track_label)
            )
            a["inboundTrackLabel"] = s
            h += f' inboundTrackLabel="{s if s in _P else _esc(s, "the inboundTrackLabel attribute of <Transcription>")}"'
        if intelligence_service is not None:
            s = (
                intelligence_service
                if intelligence_service.__class__ is str
                else _fmt(intelligence_service)
            )
            a["intelligenceService"] = s
            h += f' intelligenceService="{s if s in _P else _esc(s, "the intelligenceService attribute of <Transcription>")}"'
        if language_code is not None:
            s = language_code if language_code.__class__ is str else _fmt(language_code)
            a["languageCode"] = s
            h += f' languageCode="{s if s in _P else _esc(s, "the languageCode attribute of <Transcription>")}"'
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Transcription>")}"'
        if outbound_track_label is not None:
            s = (
                outbound_track_label
                if outbound_track_label.__class__ is str
                else _fmt(outbound_track_label)
            )
            a["outboundTrackLabel"] = s
            h += f' outboundTrackLabel="{s if s in _P else _esc(s, "the outboundTrackLabel attribute of <Transcription>")}"'
        if partial_results is not None:
            s = partial_results if partial_results.__class__ is str else _fmt(partial_results)
            a["partialResults"] = s
            h += f' partialResults="{s if s in _P else _esc(s, "the partialResults attribute of <Transcription>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Transcription", "partialResults", s)
        if profanity_filter is not None:
            s = profanity_filter if profanity_filter.__class__ is str else _fmt(profanity_filter)
            a["profanityFilter"] = s
            h += f' profanityFilter="{s if s in _P else _esc(s, "the profanityFilter attribute of <Transcription>")}"'
            if s not in _K1.ok and strict:
                _checked(_K1, "Transcription", "profanityFilter", s)
        if speech_model is not None:
            s = speech_model if speech_model.__class__ is str else _fmt(speech_model)
            a["speechModel"] = s
            h += f' speechModel="{s if s in _P else _esc(s, "the speechModel attribute of <Transcription>")}"'
        if status_callback_method is not None:
            s = (
                status_callback_method
                if status_callback_method.__class__ is str
                else _fmt(status_callback_method)
            )
            a["statusCallbackMethod"] = s
            h += f' statusCallbackMethod="{s if s in _P else _esc(s, "the statusCallbackMethod attribute of <Transcription>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Transcription", "statusCallbackMethod", s)
        if status_callback_url is not None:
            s = (
                status_callback_url
                if status_callback_url.__class__ is str
                else _fmt(status_callback_url)
            )
            a["statusCallbackUrl"] = s
            h += f' statusCallbackUrl="{s if s in _P else _esc(s, "the statusCallbackUrl attribute of <Transcription>")}"'
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Transcription>")}"'
            if s not in _K29.ok and strict:
                _checked(_K29, "Transcription", "track", s)
        if transcription_engine is not None:
            s = (
                transcription_engine
                if transcription_engine.__class__ is str
                else _fmt(transcription_engine)
            )
            a["transcriptionEngine"] = s
            h += f' transcriptionEngine="{s if s in _P else _esc(s, "the transcriptionEngine attribute of <Transcription>")}"'
        self._init(None, a, h, kwargs, strict)

    def config(self, name: Value = None, value: Value = None, **kwargs: Value) -> Config:
        """Add ``<Config>`` and return it. A name/value configuration item."""
        a: dict[str, Any] = {}
        h = "<Config"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Config>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Config>")}"'
        return self._new(Config, None, a, h, kwargs)

    def parameter(self, name: Value = None, value: Value = None, **kwargs: Value) -> Parameter:
        """Add ``<Parameter>`` and return it. A custom name/value parameter passed along."""
        a: dict[str, Any] = {}
        h = "<Parameter"
        if name is not None:
            s = name if name.__class__ is str else _fmt(name)
            a["name"] = s
            h += f' name="{s if s in _P else _esc(s, "the name attribute of <Parameter>")}"'
        if value is not None:
            s = value if value.__class__ is str else _fmt(value)
            a["value"] = s
            h += f' value="{s if s in _P else _esc(s, "the value attribute of <Parameter>")}"'
        return self._new(Parameter, None, a, h, kwargs)


class Recording(TwiML):
    """``<Recording>``: A call recording started with <Start>."""

    __slots__ = ()
    _row = ROWS["Recording"]

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
        a: dict[str, Any] = {}
        h = "<Recording"
        if channels is not None:
            s = channels if channels.__class__ is str else _fmt(channels)
            a["channels"] = s
            h += f' channels="{s if s in _P else _esc(s, "the channels attribute of <Recording>")}"'
            if s not in _K30.ok and strict:
                _checked(_K30, "Recording", "channels", s)
        if recording_configuration_id is not None:
            s = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                else _fmt(recording_configuration_id)
            )
            a["recordingConfigurationId"] = s
            h += f' recordingConfigurationId="{s if s in _P else _esc(s, "the recordingConfigurationId attribute of <Recording>")}"'
        if recording_status_callback is not None:
            s = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                else _fmt(recording_status_callback)
            )
            a["recordingStatusCallback"] = s
            h += f' recordingStatusCallback="{s if s in _P else _esc(s, "the recordingStatusCallback attribute of <Recording>")}"'
        if recording_status_callback_event is not None:
            s = (
                recording_status_callback_event
                if recording_status_callback_event.__class__ is str
                else _fmt(recording_status_callback_event)
            )
            a["recordingStatusCallbackEvent"] = s
            h += f' recordingStatusCallbackEvent="{s if s in _P else _esc(s, "the recordingStatusCallbackEvent attribute of <Recording>")}"'
            if s not in _K3.ok and strict:
                _checked(_K3, "Recording", "recordingStatusCallbackEvent", s)
        if recording_status_callback_method is not None:
            s = (
                recording_status_callback_method
                if recording_status_callback_method.__class__ is str
                else _fmt(recording_status_callback_method)
            )
            a["recordingStatusCallbackMethod"] = s
            h += f' recordingStatusCallbackMethod="{s if s in _P else _esc(s, "the recordingStatusCallbackMethod attribute of <Recording>")}"'
            if s not in _K0.ok and strict:
                _checked(_K0, "Recording", "recordingStatusCallbackMethod", s)
        if track is not None:
            s = track if track.__class__ is str else _fmt(track)
            a["track"] = s
            h += f' track="{s if s in _P else _esc(s, "the track attribute of <Recording>")}"'
            if s not in _K31.ok and strict:
                _checked(_K31, "Recording", "track", s)
        if trim is not None:
            s = trim if trim.__class__ is str else _fmt(trim)
            a["trim"] = s
            h += f' trim="{s if s in _P else _esc(s, "the trim attribute of <Recording>")}"'
            if s not in _K6.ok and strict:
                _checked(_K6, "Recording", "trim", s)
        self._init(None, a, h, kwargs, strict)


class SsmlBreak(TwiML):
    """``<break>``: SSML <break>: a pause in speech."""

    __slots__ = ()
    _row = ROWS["SsmlBreak"]

    def __init__(
        self,
        *,
        strength: Value = None,
        time: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        self._init(None, a, h, kwargs, strict)


class SsmlEmphasis(TwiML):
    """``<emphasis>``: SSML <emphasis>: stress words."""

    __slots__ = ()
    _row = ROWS["SsmlEmphasis"]

    def __init__(
        self,
        words: Text | None = None,
        *,
        level: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and strict:
                _checked(_K19, "emphasis", "level", s)
        self._init(words, a, h, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        return self._new(SsmlLang, words, a, h, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        return self._new(SsmlW, words, a, h, kwargs)


class SsmlLang(TwiML):
    """``<lang>``: SSML <lang>: words in another language."""

    __slots__ = ()
    _row = ROWS["SsmlLang"]

    def __init__(
        self,
        words: Text | None = None,
        *,
        xml_lang: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        self._init(words, a, h, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        return self._new(SsmlLang, words, a, h, kwargs)

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""
        return self._new(SsmlP, words, None, "<p", kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, "<s", kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        return self._new(SsmlW, words, a, h, kwargs)


class SsmlP(TwiML):
    """``<p>``: SSML <p>: a paragraph."""

    __slots__ = ()
    _row = ROWS["SsmlP"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(words, None, "<p", kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        return self._new(SsmlLang, words, a, h, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, "<s", kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        return self._new(SsmlW, words, a, h, kwargs)


class SsmlPhoneme(TwiML):
    """``<phoneme>``: SSML <phoneme>: a phonetic pronunciation."""

    __slots__ = ()
    _row = ROWS["SsmlPhoneme"]

    def __init__(
        self,
        words: Text,
        *,
        alphabet: Value = None,
        ph: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        self._init(words, a, h, kwargs, strict)


class SsmlProsody(TwiML):
    """``<prosody>``: SSML <prosody>: volume, rate and pitch."""

    __slots__ = ()
    _row = ROWS["SsmlProsody"]

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
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        self._init(words, a, h, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        return self._new(SsmlLang, words, a, h, kwargs)

    def p(self, words: Text | None = None, **kwargs: Value) -> SsmlP:
        """Add ``<p>`` and return it. SSML <p>: a paragraph."""
        return self._new(SsmlP, words, None, "<p", kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def s(self, words: Text | None = None, **kwargs: Value) -> SsmlS:
        """Add ``<s>`` and return it. SSML <s>: a sentence."""
        return self._new(SsmlS, words, None, "<s", kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        return self._new(SsmlW, words, a, h, kwargs)


class SsmlS(TwiML):
    """``<s>``: SSML <s>: a sentence."""

    __slots__ = ()
    _row = ROWS["SsmlS"]

    def __init__(self, words: Text | None = None, *, strict: bool = True, **kwargs: Value) -> None:
        self._init(words, None, "<s", kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def lang(self, words: Text | None = None, xml_lang: Value = None, **kwargs: Value) -> SsmlLang:
        """Add ``<lang>`` and return it. SSML <lang>: words in another language."""
        a: dict[str, Any] = {}
        h = "<lang"
        if xml_lang is not None:
            s = xml_lang if xml_lang.__class__ is str else _fmt(xml_lang)
            a["xml:lang"] = s
            h += f' xml:lang="{s if s in _P else _esc(s, "the xml:lang attribute of <lang>")}"'
        return self._new(SsmlLang, words, a, h, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)

    def w(self, words: Text | None = None, role: Value = None, **kwargs: Value) -> SsmlW:
        """Add ``<w>`` and return it. SSML <w>: a word with a part-of-speech role."""
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        return self._new(SsmlW, words, a, h, kwargs)


class SsmlSayAs(TwiML):
    """``<say-as>``: SSML <say-as>: how to read a word (digits, date ...)."""

    __slots__ = ()
    _row = ROWS["SsmlSayAs"]

    def __init__(
        self,
        words: Text,
        *,
        interpret_as: Value = None,
        format: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and strict:
                _checked(_K21, "say-as", "interpret-as", s)
        self._init(words, a, h, kwargs, strict)


class SsmlSub(TwiML):
    """``<sub>``: SSML <sub>: say an alias instead of the written text."""

    __slots__ = ()
    _row = ROWS["SsmlSub"]

    def __init__(
        self,
        words: Text,
        *,
        alias: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        self._init(words, a, h, kwargs, strict)


class SsmlW(TwiML):
    """``<w>``: SSML <w>: a word with a part-of-speech role."""

    __slots__ = ()
    _row = ROWS["SsmlW"]

    def __init__(
        self,
        words: Text | None = None,
        *,
        role: Value = None,
        strict: bool = True,
        **kwargs: Value,
    ) -> None:
        a: dict[str, Any] = {}
        h = "<w"
        if role is not None:
            s = role if role.__class__ is str else _fmt(role)
            a["role"] = s
            h += f' role="{s if s in _P else _esc(s, "the role attribute of <w>")}"'
        self._init(words, a, h, kwargs, strict)

    def break_(self, strength: Value = None, time: Value = None, **kwargs: Value) -> SsmlBreak:
        """Add ``<break>`` and return it. SSML <break>: a pause in speech."""
        a: dict[str, Any] = {}
        h = "<break"
        if strength is not None:
            s = strength if strength.__class__ is str else _fmt(strength)
            a["strength"] = s
            h += f' strength="{s if s in _P else _esc(s, "the strength attribute of <break>")}"'
            if s not in _K18.ok and self.strict:
                _checked(_K18, "break", "strength", s)
        if time is not None:
            s = time if time.__class__ is str else _fmt(time)
            a["time"] = s
            h += f' time="{s if s in _P else _esc(s, "the time attribute of <break>")}"'
        return self._new(SsmlBreak, None, a, h, kwargs)

    def emphasis(
        self,
        words: Text | None = None,
        level: Value = None,
        **kwargs: Value,
    ) -> SsmlEmphasis:
        """Add ``<emphasis>`` and return it. SSML <emphasis>: stress words."""
        a: dict[str, Any] = {}
        h = "<emphasis"
        if level is not None:
            s = level if level.__class__ is str else _fmt(level)
            a["level"] = s
            h += f' level="{s if s in _P else _esc(s, "the level attribute of <emphasis>")}"'
            if s not in _K19.ok and self.strict:
                _checked(_K19, "emphasis", "level", s)
        return self._new(SsmlEmphasis, words, a, h, kwargs)

    def phoneme(
        self,
        words: Text,
        alphabet: Value = None,
        ph: Value = None,
        **kwargs: Value,
    ) -> SsmlPhoneme:
        """Add ``<phoneme>`` and return it. SSML <phoneme>: a phonetic pronunciation."""
        a: dict[str, Any] = {}
        h = "<phoneme"
        if alphabet is not None:
            s = alphabet if alphabet.__class__ is str else _fmt(alphabet)
            a["alphabet"] = s
            h += f' alphabet="{s if s in _P else _esc(s, "the alphabet attribute of <phoneme>")}"'
            if s not in _K20.ok and self.strict:
                _checked(_K20, "phoneme", "alphabet", s)
        if ph is not None:
            s = ph if ph.__class__ is str else _fmt(ph)
            a["ph"] = s
            h += f' ph="{s if s in _P else _esc(s, "the ph attribute of <phoneme>")}"'
        return self._new(SsmlPhoneme, words, a, h, kwargs)

    def prosody(
        self,
        words: Text | None = None,
        volume: Value = None,
        rate: Value = None,
        pitch: Value = None,
        **kwargs: Value,
    ) -> SsmlProsody:
        """Add ``<prosody>`` and return it. SSML <prosody>: volume, rate and pitch."""
        a: dict[str, Any] = {}
        h = "<prosody"
        if pitch is not None:
            s = pitch if pitch.__class__ is str else _fmt(pitch)
            a["pitch"] = s
            h += f' pitch="{s if s in _P else _esc(s, "the pitch attribute of <prosody>")}"'
        if rate is not None:
            s = rate if rate.__class__ is str else _fmt(rate)
            a["rate"] = s
            h += f' rate="{s if s in _P else _esc(s, "the rate attribute of <prosody>")}"'
        if volume is not None:
            s = volume if volume.__class__ is str else _fmt(volume)
            a["volume"] = s
            h += f' volume="{s if s in _P else _esc(s, "the volume attribute of <prosody>")}"'
        return self._new(SsmlProsody, words, a, h, kwargs)

    def say_as(
        self,
        words: Text,
        interpret_as: Value = None,
        format: Value = None,
        **kwargs: Value,
    ) -> SsmlSayAs:
        """Add ``<say-as>`` and return it. SSML <say-as>: how to read a word (digits, date ...)."""
        a: dict[str, Any] = {}
        h = "<say-as"
        if format is not None:
            s = format if format.__class__ is str else _fmt(format)
            a["format"] = s
            h += f' format="{s if s in _P else _esc(s, "the format attribute of <say-as>")}"'
        if interpret_as is not None:
            s = interpret_as if interpret_as.__class__ is str else _fmt(interpret_as)
            a["interpret-as"] = s
            h += f' interpret-as="{s if s in _P else _esc(s, "the interpret-as attribute of <say-as>")}"'
            if s not in _K21.ok and self.strict:
                _checked(_K21, "say-as", "interpret-as", s)
        return self._new(SsmlSayAs, words, a, h, kwargs)

    def sub(self, words: Text, alias: Value = None, **kwargs: Value) -> SsmlSub:
        """Add ``<sub>`` and return it. SSML <sub>: say an alias instead of the written text."""
        a: dict[str, Any] = {}
        h = "<sub"
        if alias is not None:
            s = alias if alias.__class__ is str else _fmt(alias)
            a["alias"] = s
            h += f' alias="{s if s in _P else _esc(s, "the alias attribute of <sub>")}"'
        return self._new(SsmlSub, words, a, h, kwargs)


_K0 = ROWS["Connect"].checks["method"]
_K1 = ROWS["Dial"].checks["answerOnBridge"]
_K2 = ROWS["Dial"].checks["record"]
_K3 = ROWS["Dial"].checks["recordingStatusCallbackEvent"]
_K4 = ROWS["Dial"].checks["recordingTrack"]
_K5 = ROWS["Dial"].checks["timeLimit"]
_K6 = ROWS["Dial"].checks["trim"]
_K7 = ROWS["Gather"].checks["input"]
_K8 = ROWS["Gather"].checks["speechTimeout"]
_K9 = ROWS["Reject"].checks["reason"]
_K10 = ROWS["Say"].checks["voice"]
_K11 = ROWS["Pay"].checks["bankAccountType"]
_K12 = ROWS["Pay"].checks["input"]
_K13 = ROWS["Pay"].checks["paymentMethod"]
_K14 = ROWS["Pay"].checks["tokenType"]
_K15 = ROWS["Pay"].checks["validCardTypes"]
_K16 = ROWS["Prompt"].checks["errorType"]
_K17 = ROWS["Prompt"].checks["for"]
_K18 = ROWS["SsmlBreak"].checks["strength"]
_K19 = ROWS["SsmlEmphasis"].checks["level"]
_K20 = ROWS["SsmlPhoneme"].checks["alphabet"]
_K21 = ROWS["SsmlSayAs"].checks["interpret-as"]
_K22 = ROWS["Client"].checks["statusCallbackEvent"]
_K23 = ROWS["Conference"].checks["beep"]
_K24 = ROWS["Conference"].checks["jitterBufferSize"]
_K25 = ROWS["Conference"].checks["record"]
_K26 = ROWS["Conference"].checks["region"]
_K27 = ROWS["Conference"].checks["statusCallbackEvent"]
_K28 = ROWS["Number"].checks["machineDetection"]
_K29 = ROWS["Stream"].checks["track"]
_K30 = ROWS["Recording"].checks["channels"]
_K31 = ROWS["Recording"].checks["track"]

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
