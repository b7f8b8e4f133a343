"""A link's label with its file type in brackets is no person."""

from __future__ import annotations

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.file_labels import without_file_labels


def test_link_labels_with_a_file_type_are_dropped() -> None:
    people = [SpeakerDraft("Guida Rapida"), SpeakerDraft("Anna Berg")]
    kept = without_file_labels(people, ["Guida Rapida (PDF, 2 MB)", "PDF"])
    assert [s.name for s in kept] == ["Anna Berg"]


def test_a_person_with_a_body_stays_even_as_a_label() -> None:
    people = [SpeakerDraft("Anna Berg", organisation="Universität Kassel")]
    assert without_file_labels(people, ["Anna Berg (PDF)"]) == people


def _names(html_main: str) -> list[str]:
    html = (
        "<html lang='de'><head><title>Erben</title></head><body><main><h1>Erben und Vererben"
        f"</h1><p>Dienstag, 24. März 2026, 18:30, online.</p>{html_main}</main></body></html>"
    )
    draft = extract_page(html.encode("utf-8"), content_type="text/html")[0].draft
    return [s.name for s in draft.speakers]


def test_checklist_link_under_a_list_of_speakers() -> None:
    names = _names(
        "<h2>Referenten</h2><ul><li>Dr. Anna Berg, Universität Kassel</li>"
        "<li>Paul Graf, Steuerberater, Graf &amp; Lind mbH</li></ul>"
        "<p>Eine Checkliste finden Sie hier: <a href='/c.pdf'>Checkliste Vorsorge (PDF)</a></p>"
    )
    assert names == ["Anna Berg", "Paul Graf"]


def test_a_speaker_offering_a_file_stays() -> None:
    names = _names("<ul><li>Anna Weber (<a href='/f/a.pdf'>PDF</a>)</li></ul>")
    assert names == ["Anna Weber"]
