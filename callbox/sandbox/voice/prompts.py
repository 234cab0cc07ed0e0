"""What a call plays to the person on the line: speech, DTMF tones, audio files, silence.

Each takes the time it takes on a phone line (speech at about 150 words a minute, keys
half a second each, a file as long as it plays when the sandbox could measure it) and is
logged as ``heard`` in the call's transcript.  ``interruptible`` prompts (those inside a
``<Gather>``) stop when the far end presses a key or speaks, and return False.
"""

from __future__ import annotations

from typing import Final

from .legs import Leg
from .parties import Sound
from .script import KEY_SECONDS, speaking_time

__all__ = ["UNKNOWN_MEDIA_SECONDS", "play_digits", "play_url", "say_text"]

#: Seconds a ``<Play>`` of a file the sandbox could not measure is taken to last.
UNKNOWN_MEDIA_SECONDS: Final = 10.0


async def say_text(
    leg: Leg, text: str, *, voice: str = "", language: str = "en-US", interruptible: bool = False
) -> bool:
    """Speak ``text`` to the far end; False if the far end spoke or pressed first."""
    leg.heard("say", text=text, voice=voice, language=language)
    seconds = speaking_time(text)
    return await leg.play(seconds, Sound("speech", text, 1.0, seconds), interruptible=interruptible)


async def play_digits(leg: Leg, digits: str, interruptible: bool = False) -> bool:
    """Play DTMF tones (``w``: half a second of silence, ``W``: a second)."""
    leg.heard("digits", text=digits)
    for key in digits.replace("W", "ww"):
        sound = None if key == "w" else Sound("digits", key, seconds=KEY_SECONDS)
        if not await leg.play(
            0.5 if key == "w" else KEY_SECONDS, sound, interruptible=interruptible
        ):
            return False
    return True


async def play_url(leg: Leg, url: str, times: int, interruptible: bool = False) -> bool:
    """Play a media file ``times`` times."""
    seconds = await leg.engine.media_seconds(leg, url)
    for _ in range(times):
        leg.heard("play", url=url)
        if not await leg.play(seconds or UNKNOWN_MEDIA_SECONDS, None, interruptible=interruptible):
            return False
    return True
