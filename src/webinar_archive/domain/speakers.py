"""Who speaks when in a recording, read off its chapters per speaker, and the cues they said."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Chapter, TranscriptCue


@dataclass(frozen=True, slots=True)
class SpeakerSpan:
    """A stretch of a recording one speaker has: a chapter tied to their appearance."""

    start_ms: int
    end_ms: int | None  # None: to the end of the recording
    appearance_id: int
    speaker: str

    def covers(self, ms: int) -> bool:
        return self.start_ms <= ms and (self.end_ms is None or ms < self.end_ms)


def speaker_spans(chapters: Sequence[Chapter], names: Mapping[int, str]) -> list[SpeakerSpan]:
    """The spans of the chapters tied to an appearance (``names``: appearance id -> name).

    A chapter without an end runs until the next chapter starts (whoever it belongs to), as
    the player shows it; a chapter whose appearance is not in ``names`` has no speaker.
    """
    ordered = sorted(chapters, key=lambda c: (c.start_ms, c.id))
    starts = [c.start_ms for c in ordered]
    spans: list[SpeakerSpan] = []
    for chapter in ordered:
        if chapter.appearance_id is None or chapter.appearance_id not in names:
            continue
        end = chapter.end_ms
        if end is None:
            end = next((s for s in starts if s > chapter.start_ms), None)
        spans.append(
            SpeakerSpan(chapter.start_ms, end, chapter.appearance_id, names[chapter.appearance_id])
        )
    return spans


def span_at(spans: Sequence[SpeakerSpan], ms: int) -> SpeakerSpan | None:
    """The span playing at ``ms``; of nested ones, the one that started last."""
    found: SpeakerSpan | None = None
    for span in spans:
        if span.start_ms > ms:
            break
        if span.covers(ms):
            found = span
    return found


def with_speakers(
    cues: Iterable[TranscriptCue], spans: Sequence[SpeakerSpan]
) -> list[TranscriptCue]:
    """The cues, each with the speaker of the chapter it starts in (None outside them)."""
    ordered = sorted(spans, key=lambda s: s.start_ms)
    result = []
    for cue in cues:
        span = span_at(ordered, cue.start_ms)
        speaker = span.speaker if span is not None else None
        result.append(cue if cue.speaker == speaker else dataclasses.replace(cue, speaker=speaker))
    return result


def runs(cues: Sequence[TranscriptCue]) -> list[tuple[str | None, list[TranscriptCue]]]:
    """The cues cut where the speaker changes: (speaker, their cues in a row)."""
    out: list[tuple[str | None, list[TranscriptCue]]] = []
    for cue in cues:
        if out and out[-1][0] == cue.speaker:
            out[-1][1].append(cue)
        else:
            out.append((cue.speaker, [cue]))
    return out
