"""The last of several people named in one sentence, given only with a title: "led by Dr X,
Senior Lecturer, ..., with Y, ..., and Mrs Z." Nothing is said of Z but the title, yet the
sentence lists Z with people who take part; the title is Z's role, as the records write it."""

from __future__ import annotations

import re

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .context import split_sentences
from .names import HONORIFIC_BEFORE, name_runs

# "..., and", "und", "et", "e", "y", "i", "oraz", "a": the word closing a list.
_LIST_END = re.compile(r"(?:,|(?<![^\W\d_])(?:and|und|sowie|et|e|y|i|oraz|a))\s*$", re.I)


def add_listed_people(speakers: list[SpeakerDraft], text: str, lang: str | None) -> None:
    """Add, in place and after the people named before them, those a sentence lists last with
    only a title, when it names people already found before them."""
    known = {fold(s.name) for s in speakers}
    for sentence in split_sentences(text):
        for run in name_runs(sentence, lang):
            if fold(run.text) in known or len(run.text.split()) < 2:
                continue
            before = sentence[: run.start]
            hon = HONORIFIC_BEFORE.search(before)
            if hon is None or not _LIST_END.search(before[: hon.start()]):
                continue
            if sentence[run.end :].strip(" .;!") != "":
                continue  # more is said of them: the other rules read it
            earlier = [s for s in speakers if s.name in before]
            if not earlier:
                continue
            at = speakers.index(earlier[-1]) + 1
            speakers.insert(at, SpeakerDraft(run.text, position=hon.group(1).strip()))
            known.add(fold(run.text))
