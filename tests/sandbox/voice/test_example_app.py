"""The example voice app (``examples/voice_app.py``) against the sandbox: menu, voicemail
the app downloads as a real WAV file, the transcription; unsigned requests refused."""

from __future__ import annotations

import importlib.util
import io
import threading
import wave
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from callbox.sandbox import Sandbox, press, say, silence
from callbox.sandbox.behaviours._serve import serve

from .conftest import CALLER, NUMBER

ROOT = Path(__file__).resolve().parents[3]


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "voice_app_example", ROOT / "examples/voice_app.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_caller_leaves_a_voicemail_in_the_example_app(sandbox: Sandbox) -> None:
    events: list[tuple[str, dict[str, Any]]] = []
    seen = threading.Event()

    def on_event(kind: str, fields: dict[str, Any]) -> None:
        events.append((kind, fields))
        if kind == "transcription":
            seen.set()

    app = _example().create_app(sandbox.auth_token, on_event=on_event)
    with serve(app) as served:
        sandbox.seed_number(NUMBER, voice_url=f"{served.url}/voice")
        message = "Hi, this is Sam, please call me back about the order."
        transcript = sandbox.phone(CALLER).call(
            NUMBER, script=[press("2"), say(message), silence(6)]
        )
        assert seen.wait(10)

    assert transcript.status == "completed"
    assert transcript.heard[0].text.startswith("Thanks for calling. Press 1")
    kinds = [kind for kind, _ in events]
    assert kinds == ["pressed", "voicemail", "transcription"]
    voicemail = events[1][1]
    with wave.open(io.BytesIO(voicemail["audio"])) as audio:
        seconds = audio.getnframes() / audio.getframerate()
        assert audio.getframerate() == 8000 and audio.getnchannels() == 1
    assert seconds == int(voicemail["RecordingDuration"])
    assert events[2][1]["TranscriptionText"] == message


def test_the_example_app_answers_the_hours_and_refuses_unsigned_requests(
    sandbox: Sandbox,
) -> None:
    app = _example().create_app(sandbox.auth_token)
    with serve(app) as served:
        sandbox.seed_number(NUMBER, voice_url=f"{served.url}/voice")
        transcript = sandbox.phone(CALLER).call(NUMBER, script=[press("1")])
        forged = httpx.post(f"{served.url}/voice", data={"CallSid": "CA" + "0" * 32})
    assert transcript.heard[-1].text.startswith("We are open from noon")
    assert forged.status_code == 403
