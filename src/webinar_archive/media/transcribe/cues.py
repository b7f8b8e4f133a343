"""Grouping recognised words into sentence-sized transcript cues by the pauses between them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...domain.model import TranscriptCue

# A pause this long ends a cue: people breathe between sentences, rarely inside one.
PAUSE_MS = 500
# Without a pause a cue still ends here, so a subtitle stays readable on screen.
MAX_CUE_MS = 7_000
MAX_CUE_WORDS = 16


@dataclass(frozen=True, slots=True)
class Word:
    """A word heard, with where it starts and ends in the recording."""

    start_ms: int
    end_ms: int
    text: str


def group_words(
    words: Iterable[Word],
    pause_ms: int = PAUSE_MS,
    max_ms: int = MAX_CUE_MS,
    max_words: int = MAX_CUE_WORDS,
) -> list[TranscriptCue]:
    """Cues of consecutive words, split at pauses and at the length a subtitle can hold."""
    cues: list[TranscriptCue] = []
    current: list[Word] = []

    def flush() -> None:
        if current:
            text = " ".join(w.text for w in current)
            cues.append(TranscriptCue(current[0].start_ms, current[-1].end_ms, text))
            current.clear()

    for word in sorted(words, key=lambda w: w.start_ms):
        if current and (
            word.start_ms - current[-1].end_ms >= pause_ms
            or word.end_ms - current[0].start_ms > max_ms
            or len(current) >= max_words
        ):
            flush()
        current.append(word)
    flush()
    return cues
