"""A document's label is no person: "Checkliste Testament (PDF)", "Guida Rapida (PDF, 2 MB)"
read like a name and a note in brackets, but the note is the file's type."""

from __future__ import annotations

import re

from webinar_archive.domain.model import SpeakerDraft

_FILE_NOTE = re.compile(r"\s*[(\[]\s*(?:pdf|docx?|pptx?|xlsx?|odt|odp|zip)\b", re.I)


def without_file_labels(speakers: list[SpeakerDraft], text: str) -> list[SpeakerDraft]:
    """``speakers`` without those with no position or body whose every mention in ``text`` is
    followed by a file type in brackets."""

    def label(speaker: SpeakerDraft) -> bool:
        if speaker.organisation or speaker.position:
            return False
        ends = [m.end() for m in re.finditer(re.escape(speaker.name), text)]
        return bool(ends) and all(_FILE_NOTE.match(text, end) for end in ends)

    return [s for s in speakers if not label(s)]
