"""A document's label is no person: a link "Checkliste Testament (PDF)", "Guida Rapida (PDF,
2 MB)" reads like a name and a note in brackets, but the link is the file and the note its
type. A person whose line only offers their file ("Anna Weber (<a>PDF</a>)") stays."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft

_FILE_NOTE = re.compile(r"\s*[(\[]\s*(?:pdf|docx?|pptx?|xlsx?|odt|odp|zip)\b", re.I)


def without_file_labels(
    speakers: list[SpeakerDraft], link_texts: Iterable[str]
) -> list[SpeakerDraft]:
    """``speakers`` without those with no position or body whose name is the label of a link
    that gives a file type in brackets after it."""
    labels = [t for t in link_texts if _FILE_NOTE.search(t)]

    def label(speaker: SpeakerDraft) -> bool:
        if speaker.organisation or speaker.position:
            return False
        name = re.escape(speaker.name)
        return any(re.match(rf"\s*{name}{_FILE_NOTE.pattern}", t, re.I) for t in labels)

    return [s for s in speakers if not label(s)]
