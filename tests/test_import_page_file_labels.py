"""A document's label with its file type in brackets is no person."""

from __future__ import annotations

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.file_labels import without_file_labels


def test_labels_with_a_file_type_are_dropped() -> None:
    people = [SpeakerDraft("Guida Rapida"), SpeakerDraft("Anna Berg")]
    text = "Scarica la Guida Rapida (PDF, 2 MB).\nAnna Berg (pdf of her talk below)."
    # Anna Berg is also named once without a file note.
    text += "\nCon Anna Berg."
    assert [s.name for s in without_file_labels(people, text)] == ["Anna Berg"]


def test_a_person_with_a_body_stays_even_beside_a_file() -> None:
    people = [SpeakerDraft("Anna Berg", organisation="Universität Kassel")]
    assert without_file_labels(people, "Anna Berg (PDF)") == people


def test_checklist_link_under_a_list_of_speakers() -> None:
    sessions = extract_text(
        "Erben und Vererben\nDienstag, 24. März 2026, 18:30, online.\nReferenten\n"
        "Dr. Anna Berg, Universität Kassel\nPaul Graf, Steuerberater, Graf & Lind mbH\n"
        "Eine Checkliste finden Sie hier:\nCheckliste Vorsorge (PDF)\n"
    )
    assert [s.name for s in sessions[0].draft.speakers] == ["Anna Berg", "Paul Graf"]
