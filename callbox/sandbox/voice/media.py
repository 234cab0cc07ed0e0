"""Recorded audio rendered from small recipes, and the playing time of media an app serves.

The sandbox never stores a recording as audio: an hour of dual-channel 8 kHz PCM is 115 MB.
It keeps a *recipe* instead, one short list of segments per channel (:class:`Silence`,
:class:`Dtmf`, :class:`Beep`, :class:`Speech`, :class:`Tone`), and :func:`render_wav` turns
it into a 16-bit 8 kHz WAV file, in bounded chunks, whenever the app fetches the recording.
Rendering is deterministic, so :func:`wav_length` gives the ``Content-Length`` up front.

The content is synthetic but honest: keys are the standard DTMF tone pairs (a tone decoder
finds them), a beep is a 1000 Hz tone, and speech, with no text-to-speech at hand, is one
voice-band burst per syllable whose pitch and vowel come from a hash of the word.

:func:`probe_duration` answers the opposite question for ``<Play>``: how long the WAV or MP3
file that an app serves plays.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import math
import re
import struct
import sys
from abc import ABC, abstractmethod
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import Any, Final, NamedTuple, cast

__all__ = [
    "SAMPLE_RATE",
    "Beep",
    "Dtmf",
    "Recipe",
    "Segment",
    "Silence",
    "Speech",
    "Tone",
    "duration",
    "fit",
    "probe_duration",
    "render_mp3",
    "render_wav",
    "wav_length",
]

SAMPLE_RATE: Final = 8000
"""Frames per second of every rendered recording (Twilio records calls at 8 kHz)."""

_FULL: Final = 32767
_BIG_ENDIAN: Final = sys.byteorder == "big"
_MAX_SECONDS: Final = 86400.0  # a day, Twilio's longest call; also rules out inf and nan
_PIECE: Final = 4 * SAMPLE_RATE  # most frames a segment hands over at once
_RAMP: Final = SAMPLE_RATE // 250  # 4 ms fade at each end of a tone, so edges don't click
_WAV_HEADER: Final = 44
_WAV_MAX_DATA: Final = 0xFFFFFFFF - 36  # RIFF sizes are 32-bit

_BEEP_HZ: Final = 1000  # Twilio documents no frequency; 1 kHz is the usual recording beep
_TONE_LEVEL: Final = 0.5
_DTMF_LEVEL: Final = 0.3  # per tone of the pair, so the sum peaks at 0.6 of full scale
_DTMF_PAUSE: Final = 0.05  # trailing silence in each key press, so repeated keys stay apart
_DTMF_ROWS: Final = (697, 770, 852, 941)
_DTMF_COLUMNS: Final = (1209, 1336, 1477, 1633)
_DTMF: Final = {
    key: (_DTMF_ROWS[i // 4], _DTMF_COLUMNS[i % 4]) for i, key in enumerate("123A456B789C*0#D")
}

_SPEECH_LEVEL: Final = 0.25  # peak, of full scale
_SYLLABLE: Final = 0.25  # seconds per syllable at a natural rate
_VOICED: Final = 0.7  # share of a syllable that is voiced; the rest is a pause
_STEPS: Final = 8  # loudness steps of a syllable's envelope
_WORD = re.compile(r"[\w']+")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# First two formants (Hz) of the vowels in "heed", "head", "hod", "hawed", "who'd".
_FORMANTS: Final = ((270, 2290), (530, 1840), (730, 1090), (570, 840), (300, 870))


def _check_seconds(seconds: float) -> None:
    if not 0 <= seconds <= _MAX_SECONDS:
        raise ValueError(f"seconds must be between 0 and {_MAX_SECONDS:g}, not {seconds!r}")


class Segment(ABC):
    """A stretch of one channel of a recording, ``seconds`` long."""

    __slots__ = ()
    seconds: float

    def __post_init__(self) -> None:
        _check_seconds(self.seconds)

    def resized(self, seconds: float) -> Segment:
        """The same sound lasting ``seconds`` instead (a tone cut short, speech sped up)."""
        changed: Segment = dataclasses.replace(cast(Any, self), seconds=seconds)
        return changed

    @abstractmethod
    def _pcm(self, frames: int) -> Iterator[bytes]:
        """The segment's ``frames`` samples, little-endian, in pieces of at most ``_PIECE``."""


Recipe = Sequence[Segment]


@dataclass(frozen=True, slots=True)
class Silence(Segment):
    """Nothing heard for ``seconds``."""

    seconds: float

    def _pcm(self, frames: int) -> Iterator[bytes]:
        return _silence(frames)


@dataclass(frozen=True, slots=True)
class Dtmf(Segment):
    """One key press: the key's row and column tones, then a 50 ms pause within ``seconds``."""

    key: str
    seconds: float = 0.25

    def __post_init__(self) -> None:
        if self.key not in _DTMF:
            raise ValueError(f"not a DTMF key: {self.key!r} (0-9, *, #, A-D)")
        _check_seconds(self.seconds)

    def _pcm(self, frames: int) -> Iterator[bytes]:
        pause = min(round(_DTMF_PAUSE * SAMPLE_RATE), frames // 2)
        return chain(_tone(_DTMF[self.key], _DTMF_LEVEL, frames - pause), _silence(pause))


@dataclass(frozen=True, slots=True)
class Beep(Segment):
    """The beep before a recording starts: a 1000 Hz tone."""

    seconds: float = 0.5

    def _pcm(self, frames: int) -> Iterator[bytes]:
        return _tone((_BEEP_HZ,), _TONE_LEVEL, frames)


@dataclass(frozen=True, slots=True)
class Tone(Segment):
    """A steady sine of a whole number of hertz (below the 4 kHz Nyquist limit)."""

    hz: int
    seconds: float

    def __post_init__(self) -> None:
        if not 0 < self.hz < SAMPLE_RATE // 2:
            raise ValueError(f"hz must be between 1 and {SAMPLE_RATE // 2 - 1}, not {self.hz!r}")
        _check_seconds(self.seconds)

    def _pcm(self, frames: int) -> Iterator[bytes]:
        return _tone((self.hz,), _TONE_LEVEL, frames)


@dataclass(frozen=True, slots=True)
class Speech(Segment):
    """Someone saying ``text`` within ``seconds``: a syllable-like burst per syllable.

    Words are spoken at about four syllables a second from the start of the segment, sped up
    when they would not fit, and silence fills the rest.
    """

    text: str
    seconds: float

    def _pcm(self, frames: int) -> Iterator[bytes]:
        return _speech(self.text, frames)


def _frames(segment: Segment) -> int:
    return round(segment.seconds * SAMPLE_RATE)


def _length(recipe: Recipe) -> int:
    return sum(_frames(segment) for segment in recipe)


def duration(recipe: Recipe) -> float:
    """Seconds the recipe lasts once rendered (whole frames, so exact to 1/8000 s)."""
    return _length(recipe) / SAMPLE_RATE


def fit(recipe: Recipe, seconds: float) -> list[Segment]:
    """The recipe made exactly ``seconds`` long (to the frame): silence is added at the end,
    or the end is cut off (a segment cut in two keeps its first part, shortened).

    A recording reported as a whole number of seconds then plays exactly that long.
    """
    _check_seconds(seconds)
    target = round(seconds * SAMPLE_RATE)
    out: list[Segment] = []
    frames = 0
    for segment in recipe:
        size = _frames(segment)
        if frames + size > target:
            if target > frames:
                out.append(segment.resized((target - frames) / SAMPLE_RATE))
            frames = target
            break
        out.append(segment)
        frames += size
    if target > frames:
        out.append(Silence((target - frames) / SAMPLE_RATE))
    return out


def _check_channels(channels: Sequence[Recipe]) -> int:
    """Frames per channel of the rendered file; raises ValueError if it can't be a WAV."""
    if len(channels) not in (1, 2):
        raise ValueError(f"a recording has 1 or 2 channels, not {len(channels)}")
    frames = max(_length(recipe) for recipe in channels)
    if frames * 2 * len(channels) > _WAV_MAX_DATA:
        raise ValueError("recording too long for a WAV file")
    return frames


def wav_length(channels: Sequence[Recipe]) -> int:
    """Bytes of the file :func:`render_wav` produces, for ``Content-Length``."""
    return _WAV_HEADER + _check_channels(channels) * 2 * len(channels)


def render_wav(channels: Sequence[Recipe], *, chunk_seconds: float = 1.0) -> Iterator[bytes]:
    """A 16-bit PCM WAV file of one recipe per channel: the header, then the audio in chunks.

    Two channels are interleaved, the first recipe on the left, and the shorter one is padded
    with silence. Each chunk holds ``chunk_seconds`` of audio, so
    memory stays bounded however long the recording is. Raises ValueError up front for a
    recipe that can't be rendered.
    """
    frames = _check_channels(channels)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        _WAV_HEADER - 8 + frames * 2 * len(channels),
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        len(channels),
        SAMPLE_RATE,
        SAMPLE_RATE * 2 * len(channels),
        2 * len(channels),
        16,
        b"data",
        frames * 2 * len(channels),
    )
    return chain(
        (header,), _render_pcm(channels, frames, max(1, round(chunk_seconds * SAMPLE_RATE)))
    )


def _render_pcm(channels: Sequence[Recipe], frames: int, chunk_frames: int) -> Iterator[bytes]:
    streams = [
        _regroup(_pcm(recipe, frames - _length(recipe)), 2 * chunk_frames) for recipe in channels
    ]
    if len(streams) == 1:
        yield from streams[0]
        return
    for left, right in zip(*streams, strict=True):
        both = array("h", bytes(2 * len(left)))
        both[0::2] = array("h", left)
        both[1::2] = array("h", right)
        yield both.tobytes()


def _pcm(recipe: Recipe, padding: int) -> Iterator[bytes]:
    """Little-endian samples of a recipe then ``padding`` frames of silence, in pieces."""
    for segment in recipe:
        yield from segment._pcm(_frames(segment))
    yield from _silence(padding)


def _regroup(pieces: Iterable[bytes], size: int) -> Iterator[bytes]:
    """The same bytes in chunks of exactly ``size``, the last one shorter."""
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


def render_mp3(channels: Sequence[Recipe]) -> bytes | None:
    """The recording as a constant 32 kbps-per-channel MP3, or None without ``lameenc``.

    MP3 can't be exact: the file plays a little longer than the recipe (LAME's encoder delay
    and padding to a whole 72 ms frame).
    """
    frames = _check_channels(channels)
    try:
        lameenc = importlib.import_module("lameenc")
    except ImportError:
        return None
    encoder = lameenc.Encoder()
    encoder.set_channels(len(channels))
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_bit_rate(32 * len(channels))
    encoder.set_quality(5)
    encoder.silence()
    mp3 = bytearray()
    for chunk in _render_pcm(channels, frames, _PIECE):
        mp3 += encoder.encode(chunk)
    mp3 += encoder.flush()
    return bytes(mp3)


# Synthesis. Samples are built as native arrays and stored little-endian, as WAV wants.


def _le(samples: Iterable[int]) -> bytes:
    values = array("h", samples)
    if _BIG_ENDIAN:
        values.byteswap()
    return values.tobytes()


def _from_le(pcm: bytes) -> array[int]:
    values = array("h", pcm)
    if _BIG_ENDIAN:
        values.byteswap()
    return values


def _silence(frames: int) -> Iterator[bytes]:
    while frames > 0:
        size = min(frames, _PIECE)
        yield bytes(2 * size)
        frames -= size


@lru_cache(maxsize=32)
def _cycle(freqs: tuple[int, ...], level: float) -> bytes:
    """One exact period of a sum of whole-hertz sines: ``SAMPLE_RATE / gcd`` frames, ≤ 1 s."""
    period = SAMPLE_RATE // math.gcd(SAMPLE_RATE, *freqs)
    steps = [2 * math.pi * f / SAMPLE_RATE for f in freqs]
    amplitude = level * _FULL
    return _le(round(amplitude * sum(math.sin(w * i) for w in steps)) for i in range(period))


def _tone(freqs: tuple[int, ...], level: float, frames: int) -> Iterator[bytes]:
    """A steady tone, tiled from its cached period, with short fades at both ends."""
    cycle = _cycle(freqs, level)
    ramp = min(_RAMP, frames // 2)
    for start in range(0, frames, _PIECE):
        stop = min(start + _PIECE, frames)
        offset = start % (len(cycle) // 2) * 2
        pcm = (cycle * ((offset + 2 * (stop - start)) // len(cycle) + 1))[
            offset : offset + 2 * (stop - start)
        ]
        if start < ramp or stop > frames - ramp:
            values = _from_le(pcm)
            for t in chain(range(start, min(stop, ramp)), range(max(start, frames - ramp), stop)):
                values[t - start] = round(values[t - start] * (min(t, frames - 1 - t) + 0.5) / ramp)
            pcm = _le(values)
        yield pcm


@cache
def _voice(period: int, vowel: int) -> tuple[bytes, ...]:
    """One pitch period of a voiced vowel at each envelope step, from silent to loudest.

    The harmonics of ``SAMPLE_RATE / period`` Hz up to 3.4 kHz are shaped by the vowel's two
    formants, and those below 300 Hz are weakened, as on a telephone line.
    """
    f1, f2 = _FORMANTS[vowel]
    partials = []
    for h in range(1, period * 3400 // SAMPLE_RATE + 1):
        f = h * SAMPLE_RATE / period
        gain = 0.05 + 1 / (1 + ((f - f1) / 150) ** 2) + 0.5 / (1 + ((f - f2) / 200) ** 2)
        partials.append((2 * math.pi * h / period, gain * (0.3 if f < 300 else 1), h * h / 3))
    wave = [sum(g * math.sin(w * i + p) for w, g, p in partials) for i in range(period)]
    scale = _SPEECH_LEVEL * _FULL / max(map(abs, wave))
    return tuple(_le(round(x * scale * k / _STEPS) for x in wave) for k in range(_STEPS + 1))


def _speech(text: str, frames: int) -> Iterator[bytes]:
    """Each word's syllables as voiced bursts, half a syllable's pause after each word."""
    plan: list[tuple[int, int] | None] = []  # (period, vowel) per syllable, None for a pause
    for word in _WORD.findall(text.lower()):
        digest = hashlib.blake2b(word.encode(), digest_size=16).digest()
        syllables = min(max(len(_VOWEL_GROUP.findall(word)), 1), 6)
        base = 32 + digest[0] % 49  # pitch period: 100 to 250 Hz
        for k in range(syllables):
            jitter = digest[1 + k] % 7 - 3  # a little intonation
            plan.append((min(max(base + jitter, 32), 80), digest[8 + k] % len(_FORMANTS)))
        plan.append(None)
    units = len(plan) - plan.count(None) / 2
    unit = min(_SYLLABLE * SAMPLE_RATE, frames / units) if units else 0
    done = 0.0
    spoken = 0
    for item in plan:
        done += unit if item else unit / 2
        end = min(round(done), frames)
        size, spoken = end - spoken, end
        if item is None:
            yield from _silence(size)
            continue
        period, vowel = item
        steps = _voice(period, vowel)
        count = round(size * _VOICED) // period
        yield b"".join(
            steps[round(_STEPS * math.sin(math.pi * (p + 0.5) / count))] for p in range(count)
        )
        yield bytes(2 * (size - count * period))
    yield from _silence(frames - spoken)


# Probing media an app serves for <Play>.

_WAV_TYPES: Final = frozenset({"audio/wav", "audio/wave", "audio/x-wav", "audio/vnd.wave"})
_PCM_FORMATS: Final = frozenset({1, 3, 6, 7, 0xFFFE})  # PCM, float, A-law, mu-law, extensible
_MP3_RATES: Final = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_MP3_KBPS_V1: Final = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_MP3_KBPS_V2: Final = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_MP3_SYNC_WINDOW: Final = 64 * 1024  # how far past the tags the first frame may start


def probe_duration(
    data: bytes, content_type: str | None = None, *, size: int | None = None
) -> float | None:
    """Seconds a WAV or MP3 file plays, or None when it is neither (never raises).

    WAV is read from its chunks; MP3 from its frame headers: a Xing/Info or VBRI frame count
    when there is one, else the sum of the frames, a cut-off last frame counting in part.
    ``size`` is the whole file's size when ``data`` is only its beginning: the rest is
    estimated at the bitrate seen so far. ``content_type`` naming WAV rules MP3 out; the
    bytes decide otherwise, since servers often label audio loosely.
    """
    total = len(data) if size is None else max(size, len(data))
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return _wav_duration(data, total)
    if (content_type or "").split(";")[0].strip().lower() in _WAV_TYPES:
        return None
    return _mp3_duration(data, total)


def _wav_duration(data: bytes, total: int) -> float | None:
    fmt: tuple[int, int, int, int] | None = None  # format tag, rate, bytes/s, block align
    samples: int | None = None  # per channel, from a "fact" chunk
    pos = 12
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4]
        length = int.from_bytes(data[pos + 4 : pos + 8], "little")
        body = pos + 8
        if kind == b"fmt " and length >= 16 and body + 16 <= len(data):
            tag, _, rate, byte_rate, align = struct.unpack_from("<HHIIH", data, body)
            fmt = (tag, rate, byte_rate, align)
        elif kind == b"fact" and length >= 4 and body + 4 <= len(data):
            samples = int.from_bytes(data[body : body + 4], "little")
        elif kind == b"data":
            if fmt is None:
                return None
            tag, rate, byte_rate, align = fmt
            # 0 and 0xFFFFFFFF are what streaming writers leave when they can't seek back.
            available = total - body
            used = available if length in (0, 0xFFFFFFFF) else min(length, available)
            if tag in _PCM_FORMATS and rate and align:
                return used // align / rate
            if samples is not None and rate:
                return samples / rate
            return used / byte_rate if byte_rate else None
        pos = body + length + (length & 1)
    return None


class _Frame(NamedTuple):
    version: int  # 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5
    rate: int
    size: int  # bytes
    samples: int
    xing: int  # where a Xing/Info tag would start, from the frame's start


def _frame(data: bytes, pos: int) -> _Frame | None:
    """The MPEG audio layer III frame header at ``pos``, if one is there."""
    if pos + 4 > len(data):
        return None
    b1, b2, b3, b4 = data[pos : pos + 4]
    version, layer = (b2 >> 3) & 3, (b2 >> 1) & 3
    index, rate_index = b3 >> 4, (b3 >> 2) & 3
    if b1 != 0xFF or b2 < 0xE0 or version == 1 or layer != 1:
        return None
    if index in (0, 15) or rate_index == 3:  # free format, bad bitrate, reserved rate
        return None
    mono = b4 >> 6 == 3
    rate = _MP3_RATES[version][rate_index]
    if version == 3:
        kbps, samples, side_info = _MP3_KBPS_V1[index], 1152, 17 if mono else 32
    else:
        kbps, samples, side_info = _MP3_KBPS_V2[index], 576, 9 if mono else 17
    size = samples // 8 * kbps * 1000 // rate + ((b3 >> 1) & 1)
    crc = 0 if b2 & 1 else 2
    return _Frame(version, rate, size, samples, 4 + crc + side_info)


def _after_id3(data: bytes) -> int:
    """Where the audio starts after any ID3v2 tags."""
    pos = 0
    while data[pos : pos + 3] == b"ID3" and pos + 10 <= len(data):
        sizes = data[pos + 6 : pos + 10]
        if any(b & 0x80 for b in sizes):
            break
        length = (sizes[0] << 21) | (sizes[1] << 14) | (sizes[2] << 7) | sizes[3]
        pos += 10 + length + (10 if data[pos + 5] & 0x10 else 0)  # footer
    return pos


def _first_frame(data: bytes, start: int, end: int) -> tuple[int, _Frame] | None:
    """The first frame that the next frame confirms (or that runs to the end), and where."""
    limit = min(end, start + _MP3_SYNC_WINDOW)
    pos = data.find(b"\xff", start, limit)
    while pos >= 0:
        frame = _frame(data, pos)
        if frame is not None:
            following = _frame(data, pos + frame.size)
            if pos + frame.size + 4 > end or (following is not None and following[:2] == frame[:2]):
                return pos, frame
        pos = data.find(b"\xff", pos + 1, limit)
    return None


def _mp3_duration(data: bytes, total: int) -> float | None:
    start = _after_id3(data)
    end = len(data)
    if total == end and end - start >= 128 and data[end - 128 : end - 125] == b"TAG":
        end -= 128  # ID3v1
    found = _first_frame(data, start, end)
    if found is None:
        return None
    first, head = found
    xing = first + head.xing
    vbri = first + 36
    if data[xing : xing + 4] in (b"Xing", b"Info") and xing + 12 <= end:
        if data[xing + 7] & 1:  # the frame count is there
            return int.from_bytes(data[xing + 8 : xing + 12], "big") * head.samples / head.rate
        first += head.size  # an Info frame without a count is no audio
    elif data[vbri : vbri + 4] == b"VBRI" and vbri + 18 <= end:
        return int.from_bytes(data[vbri + 14 : vbri + 18], "big") * head.samples / head.rate
    frames = 0.0
    pos = first
    while (frame := _frame(data, pos)) is not None and frame[:2] == head[:2] and pos < end:
        frames += min(end - pos, frame.size) / frame.size  # a cut-off last frame plays in part
        pos += frame.size
    pos = min(pos, end)
    if total > len(data) and pos > first:
        frames += (total - len(data)) * frames / (pos - first)
    return frames * head.samples / head.rate
