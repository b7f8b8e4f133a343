"""The interface every speech-to-text engine has, and the error that says one cannot run."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from ...domain.errors import ArchiveError
from ...domain.model import TranscriptCue

# Told the milliseconds of audio heard so far; raises ``Cancelled`` to stop the engine.
HeardSoFar = Callable[[int], None]


class TranscriptionUnavailable(ArchiveError):
    """An engine, its model or the audio decoder is missing; the message says what to install."""


class Engine(Protocol):
    """Turns 16 kHz mono signed 16-bit PCM into timed cues; nothing leaves the machine."""

    name: str

    def model_name(self, language: str) -> str:
        """The model used for ``language`` (stored with the transcript it made)."""
        ...

    def transcribe(
        self, audio_chunks: Iterable[bytes], language: str, progress: HeardSoFar
    ) -> list[TranscriptCue]:
        """The cues heard in ``audio_chunks``, by start time."""
        ...
