"""Recordings rendered from recipes are real audio of the right length with honest content,
and the playing time of WAV and MP3 files an app serves is measured from their headers.

The checks decode independently of the module: the stdlib ``wave`` reader, a Goertzel DTMF
detector written here, and MP3 frames built bit by bit from the MPEG audio spec.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import time
import tracemalloc
import wave
from array import array
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbox.sandbox.voice.media import (
    SAMPLE_RATE,
    Beep,
    Dtmf,
    Recipe,
    Segment,
    Silence,
    Speech,
    Tone,
    duration,
    fit,
    probe_duration,
    render_mp3,
    render_wav,
    wav_length,
)

ROWS = (697, 770, 852, 941)
COLUMNS = (1209, 1336, 1477, 1633)
KEYPAD = ("123A", "456B", "789C", "*0#D")
BLOCK = 205  # the classic Goertzel block for DTMF at 8 kHz (about 25.6 ms)
HOP = BLOCK // 2


def wav_bytes(channels: list[Recipe]) -> bytes:
    return b"".join(render_wav(channels))


def read(data: bytes) -> tuple[Any, list[array[int]]]:
    """The file's parameters and one array of samples per channel."""
    with wave.open(io.BytesIO(data)) as w:
        params = w.getparams()
        frames = array("h", w.readframes(params.nframes))
    if sys.byteorder == "big":
        frames.byteswap()
    return params, [frames[c :: params.nchannels] for c in range(params.nchannels)]


def power(samples: array[int], hz: float) -> float:
    """Goertzel: the signal's power at ``hz``, relative to its total energy (1.0 = a pure sine)."""
    coeff = 2 * math.cos(2 * math.pi * hz / SAMPLE_RATE)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    energy = sum(x * x for x in samples)
    if not energy:
        return 0.0
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / (len(samples) * energy / 2)


def dtmf_presses(samples: array[int]) -> list[tuple[str, float]]:
    """Each key press found, with the time it starts, from overlapping Goertzel blocks."""
    keys: list[str | None] = []
    for start in range(0, len(samples) - BLOCK + 1, HOP):
        block = samples[start : start + BLOCK]
        loud = sum(x * x for x in block) / BLOCK > (0.05 * 32767) ** 2
        rows = [power(block, hz) for hz in ROWS] if loud else [0.0]
        columns = [power(block, hz) for hz in COLUMNS] if loud else [0.0]
        row, column = rows.index(max(rows)), columns.index(max(columns))
        hit = loud and rows[row] > 0.25 and columns[column] > 0.25
        keys.append(KEYPAD[row][column] if hit else None)
    presses = []
    for i, key in enumerate(keys):
        # A press is a run of at least two blocks with the same key.
        if key and (i == 0 or keys[i - 1] != key) and i + 1 < len(keys) and keys[i + 1] == key:
            presses.append((key, i * HOP / SAMPLE_RATE))
    return presses


def test_a_mono_recording_reads_back_with_its_exact_length() -> None:
    recipe = [Beep(), Silence(1.3), Dtmf("5"), Speech("leave a message", 2.0), Tone(440, 0.125)]
    data = wav_bytes([recipe])

    params, [samples] = read(data)

    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 8000)
    assert params.nframes == 33400 == duration(recipe) * SAMPLE_RATE
    assert len(data) == wav_length([recipe]) == 44 + 2 * 33400
    assert max(samples) > 10000  # there is sound
    assert any(samples[:4000]) and not any(samples[4000:14400])  # the beep, then silence


def test_a_dual_recording_pads_the_shorter_channel_with_silence() -> None:
    caller = [Silence(0.5), Speech("hello, I would like a table for two", 2.5)]
    app = [Beep(0.5), Tone(600, 1)]

    data = wav_bytes([caller, app])
    params, [left, right] = read(data)

    assert (params.nchannels, params.nframes) == (2, 24000)
    assert len(data) == wav_length([caller, app]) == 44 + 4 * 24000
    assert not any(left[:4000]) and any(left[4000:])
    assert any(right[:12000]) and not any(right[12000:])
    assert power(right[:4000], 1000) > 0.9  # the beep, on the app's side only
    assert power(right[5000:11000], 600) > 0.9


def test_a_tone_decoder_hears_the_pressed_keys_in_order_and_nothing_else() -> None:
    pressed = "19#00*D"
    recipe: list[Segment] = [Silence(0.4)]
    starts = []
    for key in pressed:
        starts.append(duration(recipe))
        recipe += [Dtmf(key), Silence(0.1)]
    recipe += [Silence(0.5), Speech("press one for sales or two for support", 2.5), Beep()]

    _, [samples] = read(wav_bytes([recipe]))
    presses = dtmf_presses(samples)

    assert [key for key, _ in presses] == list(pressed)
    for (_, heard), start in zip(presses, starts, strict=True):
        assert abs(heard - start) < 0.04
    assert dtmf_presses(read(wav_bytes([[Silence(2)]]))[1][0]) == []


def test_repeated_keys_stay_separate_presses() -> None:
    _, [samples] = read(wav_bytes([[Dtmf("7"), Dtmf("7"), Dtmf("7")]]))

    assert [key for key, _ in dtmf_presses(samples)] == ["7", "7", "7"]


def test_speech_is_deterministic_voice_band_and_moderately_loud() -> None:
    def speak(text: str, seconds: float = 2.0) -> array[int]:
        return read(wav_bytes([[Speech(text, seconds)]]))[1][0]

    def pitch(voiced: array[int]) -> float:
        """The fundamental, from the lag (100 to 267 Hz) where the signal best repeats."""

        def likeness(lag: int) -> int:
            return sum(a * b for a, b in zip(voiced[:-lag], voiced[lag:], strict=True))

        return SAMPLE_RATE / max(range(30, 81), key=likeness)

    hello, goodbye = speak("hello world"), speak("goodbye world")
    voiced = hello[500:900]  # 50 ms inside the first syllable
    spectrum = {hz: power(voiced, hz) for hz in range(0, 4001, 20)}  # sums to 1 (Parseval)

    assert hello == speak("hello world")
    assert 100 <= pitch(voiced) <= 250
    assert pitch(voiced) != pitch(goodbye[500:900])  # each word has its own voice
    assert sum(p for hz, p in spectrum.items() if 250 <= hz <= 3400) > 0.9
    assert 0.1 < max(map(abs, hello)) / 32767 <= 0.3
    assert any(hello[:2000]) and not any(hello[-4000:])  # said early, then silence
    assert len(speak("a sentence far too long for half a second of speech", 0.5)) == 4000
    assert not any(speak("", 1.0))


def test_an_hour_long_recording_streams_fast_in_bounded_chunks() -> None:
    hour = [[Silence(3599.5), Dtmf("#")], [Beep(), Silence(3599.5)]]
    expected = wav_length(hour)

    timings = {}
    for name, channels in (("mono silence", [[Silence(3600)]]), ("dual", hour)):
        began = time.perf_counter()
        size = sum(len(chunk) for chunk in render_wav(channels))
        timings[name] = time.perf_counter() - began
        assert size == wav_length(channels)
    print(f"\nrendering an hour: {', '.join(f'{k} {v:.3f} s' for k, v in timings.items())}")

    tracemalloc.start()
    try:
        largest = total = 0
        for chunk in render_wav(hour, chunk_seconds=1.0):
            largest, total = max(largest, len(chunk)), total + len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"dual hour: {total / 1e6:.1f} MB in chunks of {largest} bytes, peak {peak / 1e3:.0f} kB")

    assert total == expected == 44 + 4 * 3600 * SAMPLE_RATE
    assert largest <= 4 * SAMPLE_RATE
    assert peak < 2_000_000
    assert all(seconds < 3 for seconds in timings.values())


def test_a_recording_fits_its_whole_seconds_padded_with_silence_or_cut() -> None:
    said = [Beep(), Speech("call me back", 1.1)]  # 1.6 s, reported as 2
    thirds = [Tone(440, 1 / 3)] * 3  # 2667 frames each: one frame too many in all

    params, [samples] = read(wav_bytes([fit(said, 2)]))
    _, [cut] = read(wav_bytes([fit(thirds, 1)]))

    assert params.nframes == 2 * SAMPLE_RATE == duration(fit(said, 2)) * SAMPLE_RATE
    assert any(samples[4000:12800]) and not any(samples[12800:])  # silence after the words
    assert round(duration(thirds) * SAMPLE_RATE) == 8001 and len(cut) == SAMPLE_RATE
    assert power(cut[-2000:], 440) > 0.9  # cut at the very end, not dropped
    assert fit([], 0) == [] and duration(fit([Dtmf("1")], 3)) == 3.0


@pytest.mark.parametrize(
    "make",
    [
        lambda: Dtmf("x"),
        lambda: Silence(-1),
        lambda: Silence(float("nan")),
        lambda: Speech("hi", float("inf")),
        lambda: Tone(4000, 1),
        lambda: Tone(0, 1),
    ],
)
def test_impossible_segments_are_refused_when_made(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError):
        make()


def test_recordings_have_one_or_two_channels() -> None:
    for channels in ([], [[Silence(1)]] * 3):
        with pytest.raises(ValueError):
            render_wav(channels)
        with pytest.raises(ValueError):
            wav_length(channels)


# probe_duration: WAV


def chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + b"\0" * (len(body) & 1)


def riff(*chunks: bytes) -> bytes:
    body = b"WAVE" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_the_playing_time_of_our_own_recordings() -> None:
    recipe = [Beep(), Speech("thank you", 1.5), Silence(0.8)]
    mono, dual = wav_bytes([recipe]), wav_bytes([recipe, [Silence(3)]])

    assert probe_duration(mono) == duration(recipe) == 2.8
    assert probe_duration(dual, "audio/x-wav") == 3.0
    assert probe_duration(dual[:1000], size=len(dual)) == 3.0  # only the start was read


def test_wav_chunks_other_than_fmt_and_data_are_skipped() -> None:
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    pcm = bytes(2 * 12000)
    listed = riff(
        chunk(b"fmt ", fmt),
        chunk(b"LIST", b"INFOISFT\x05\0\0\0sox!\0\0"),  # odd sizes are padded
        chunk(b"junk", b"\xff" * 7),
        chunk(b"data", pcm),
    )
    mulaw = riff(
        chunk(b"fmt ", struct.pack("<HHIIHHH", 7, 1, 8000, 8000, 1, 8, 0)),
        chunk(b"fact", struct.pack("<I", 16000)),
        chunk(b"data", bytes(16000)),
    )
    gsm = riff(
        chunk(b"fmt ", struct.pack("<HHIIHHHH", 0x31, 1, 8000, 1625, 65, 0, 2, 320)),
        chunk(b"fact", struct.pack("<I", 24000)),
        chunk(b"data", bytes(65 * 75)),
    )
    streamed = riff(chunk(b"fmt ", fmt)) + b"data\xff\xff\xff\xff" + pcm

    assert probe_duration(listed) == 1.5
    assert probe_duration(mulaw, "audio/wav") == 2.0
    assert probe_duration(gsm) == 3.0
    assert probe_duration(streamed) == 1.5
    assert probe_duration(riff(chunk(b"data", pcm), chunk(b"fmt ", fmt))) is None
    assert probe_duration(riff(chunk(b"fmt ", fmt))) is None


# probe_duration: MP3, from frames built here


def frame(header: bytes, size: int, payload: bytes = b"") -> bytes:
    """One MPEG audio frame of ``size`` bytes: the header, then ``payload`` and zeros."""
    return header + payload + bytes(size - 4 - len(payload))


# MPEG-1 layer III, 128 kbps, 44.1 kHz, stereo: 144 * 128000 / 44100 = 417 bytes (+1 padded).
V1 = bytes([0xFF, 0xFB, 0x90, 0x00])
V1_PADDED = bytes([0xFF, 0xFB, 0x92, 0x00])
# MPEG-2.5 layer III, 32 kbps, 8 kHz, mono: 72 * 32000 / 8000 = 288 bytes, 576 samples.
V25 = bytes([0xFF, 0xE3, 0x48, 0xC0])


def cbr(count: int) -> bytes:
    """``count`` MPEG-1 frames, padded and unpadded ones mixed as in a real CBR file."""
    return b"".join(frame(V1, 417) if i % 3 else frame(V1_PADDED, 418) for i in range(count))


def id3v2(body: bytes) -> bytes:
    size = len(body)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x04\x00\x00" + syncsafe + body


def test_mp3_frames_are_summed() -> None:
    assert probe_duration(cbr(100), "audio/mpeg") == pytest.approx(100 * 1152 / 44100)
    assert probe_duration(b"".join(frame(V25, 288) for _ in range(125))) == 9.0
    assert probe_duration(bytes(100) + cbr(10)) == pytest.approx(10 * 1152 / 44100)


def test_mp3_tags_are_skipped() -> None:
    # The tag holds a frame-like header that must not be taken for audio.
    tag = id3v2(b"APIC" + V1 + bytes(600) + b"\xff" * 50)
    id3v1 = b"TAG" + bytes(125)

    assert probe_duration(tag + cbr(50)) == pytest.approx(50 * 1152 / 44100)
    assert probe_duration(tag + tag + cbr(50) + id3v1) == pytest.approx(50 * 1152 / 44100)


def test_mp3_frame_counts_in_xing_and_vbri_headers_are_used() -> None:
    xing = b"Xing" + struct.pack(">II", 1, 2000)  # flags: frame count present
    info_without_count = b"Info" + struct.pack(">I", 0)
    vbri = b"VBRI" + struct.pack(">HHHII", 1, 0, 75, 0, 1500)

    assert probe_duration(frame(V1, 417, bytes(32) + xing) + cbr(3)) == pytest.approx(
        2000 * 1152 / 44100
    )
    assert probe_duration(frame(V25, 288, bytes(9) + xing) + frame(V25, 288)) == 144.0
    with_crc = bytes([0xFF, 0xFA, 0x90, 0x00])  # the tag comes after a 2-byte checksum
    assert probe_duration(frame(with_crc, 417, bytes(2 + 32) + xing) + cbr(3)) == pytest.approx(
        2000 * 1152 / 44100
    )
    assert probe_duration(frame(V1, 417, bytes(32) + vbri) + cbr(3)) == pytest.approx(
        1500 * 1152 / 44100
    )
    assert probe_duration(frame(V1, 417, bytes(32) + info_without_count) + cbr(4)) == (
        pytest.approx(4 * 1152 / 44100)
    )


def test_a_cut_off_mp3_is_estimated_from_its_bitrate() -> None:
    whole = cbr(500)
    seconds = 500 * 1152 / 44100

    assert probe_duration(cbr(10) + frame(V1, 417)[:200]) == pytest.approx(
        (10 + 200 / 417) * 1152 / 44100
    )
    assert probe_duration(whole[:8000], size=len(whole)) == pytest.approx(seconds, rel=0.01)


def test_what_is_not_wav_or_mp3_has_no_duration() -> None:
    assert probe_duration(b"") is None
    assert probe_duration(b"<html><body>Not found</body></html>", "text/html") is None
    assert probe_duration(b"\x89PNG\r\n\x1a\n" + bytes(500)) is None
    assert probe_duration(cbr(10), "audio/wav") is None  # labelled WAV, but it isn't one
    assert probe_duration(b"RIFF\0\0\0\0WAVE") is None


PREFIXES = [b"", b"RIFF\0\0\0\0WAVEfmt ", b"ID3\x03\x00\x00\x00\x00\x00\x10", V1, V25]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PREFIXES),
    st.binary(max_size=2000),
    st.none() | st.sampled_from(["audio/mpeg", "audio/wav", "text/plain", ""]),
    st.none() | st.integers(0, 10**10),
)
def test_garbage_never_raises(
    prefix: bytes, body: bytes, kind: str | None, size: int | None
) -> None:
    seconds = probe_duration(prefix + body, kind, size=size)

    assert seconds is None or (seconds >= 0 and math.isfinite(seconds))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_damaged_files_never_raise(data: st.DataObject) -> None:
    original = bytearray(
        data.draw(st.sampled_from([wav_bytes([[Beep(0.1)]]), id3v2(b"x") + cbr(4)]))
    )
    for _ in range(data.draw(st.integers(1, 8))):
        original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(original)))

    seconds = probe_duration(bytes(original[:cut]))

    assert seconds is None or (seconds >= 0 and math.isfinite(seconds))


# MP3 output


def test_mp3_output_needs_lameenc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lameenc", None)  # makes the import fail

    assert render_mp3([[Beep()]]) is None


def test_an_mp3_recording_plays_about_as_long_as_the_recipe() -> None:
    pytest.importorskip("lameenc")
    recipe = [Beep(), Speech("please leave a message", 3), Dtmf("#"), Silence(1.25)]

    mp3 = render_mp3([recipe, [Silence(5)]])

    assert mp3 is not None
    seconds = probe_duration(mp3, "audio/mpeg")
    assert seconds is not None
    assert duration(recipe) <= seconds < duration(recipe) + 0.25  # encoder delay and padding
