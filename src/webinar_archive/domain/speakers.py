"""Who speaks when in a recording, read off its chapters per speaker, and the cues they said."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Appearance, Chapter, TranscriptCue
from .query import tokens
from .text import sort_name


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


# ----------------------------------------------------------------------------------------------
# What a speaker said first, for a brief whose summary says nothing of them

QUOTE_SENTENCES = 2
QUOTE_CHARS = 300  # a few lines of a brief at most
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+")


@dataclass(frozen=True, slots=True)
class SpokenQuote:
    """The first sentences a speaker said in a recording's transcript, and when."""

    appearance_id: int
    recording_id: int
    at_ms: int
    text: str


def names_in(text: str, person_name: str) -> bool:
    """Whether ``text`` names the person: their full name or family name as whole words,
    accents and case aside ("Le Corvec" names Anaïs Le Corvec; "Anaïs" alone does not)."""
    words = tokens(text)
    family = sort_name(person_name).partition(",")[0]
    for name in {person_name, family}:
        wanted = tokens(name)
        n = len(wanted)
        if n and any(words[i : i + n] == wanted for i in range(len(words) - n + 1)):
            return True
    return False


def summary_names(summary: str, person_name: str) -> bool:
    """Whether some paragraph of the summary names the person."""
    return any(names_in(part, person_name) for part in re.split(r"\n\s*\n", summary))


def quote_wanted(summary: str, appearance: Appearance) -> bool:
    """Whether a brief should quote the speaker: nothing was written of their contribution
    and no paragraph of the summary names them."""
    return not appearance.contribution.strip() and not summary_names(
        summary, appearance.person_name
    )


def first_sentences(cues: Sequence[TranscriptCue]) -> str:
    """The first sentences of the cues' text (two, or what fits in ``QUOTE_CHARS``); text
    without sentence ends (a machine transcript has none) is cut between words with "…"."""
    text = " ".join(" ".join(c.text.split()) for c in cues).strip()
    taken = ""
    for sentence in _SENTENCE_END.split(text)[:QUOTE_SENTENCES]:
        joined = f"{taken} {sentence}".strip()
        if len(joined) > QUOTE_CHARS:
            break
        taken = joined
    if taken:
        return taken
    cut = text[:QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return cut if cut == text else cut + "…"


def first_quotes(
    recordings: Sequence[tuple[int, Sequence[TranscriptCue], Sequence[SpeakerSpan]]],
    appearance_ids: Iterable[int],
) -> dict[int, SpokenQuote]:
    """For each appearance, the first sentences they said in the first recording (of
    ``(recording id, cues, speaker spans)``) where a chapter of theirs has cues."""
    wanted = set(appearance_ids)
    found: dict[int, SpokenQuote] = {}
    for recording_id, cues, spans in recordings:
        ordered = sorted(spans, key=lambda s: s.start_ms)
        said: dict[int, list[TranscriptCue]] = {}
        for cue in sorted(cues, key=lambda c: c.start_ms):
            span = span_at(ordered, cue.start_ms)
            if span is not None and span.appearance_id in wanted - found.keys():
                said.setdefault(span.appearance_id, []).append(cue)
        for app_id, theirs in said.items():
            # Enough cues for the sentences wanted; the rest of the talk is not read.
            text = first_sentences(theirs[:20])
            if text:
                found[app_id] = SpokenQuote(app_id, recording_id, theirs[0].start_ms, text)
    return found
