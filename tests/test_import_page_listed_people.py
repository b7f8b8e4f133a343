"""The last person a sentence lists, given only with a title."""

from __future__ import annotations

from webinar_archive.importers.page import extract_text


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    sessions = extract_text(text)
    return [(s.name, s.organisation, s.position) for s in sessions[0].draft.speakers]


def test_english_list_closed_by_a_titled_name() -> None:
    people = _people(
        "Moths at night\nWednesday 4 March 2026, online.\nThe evening is led by Dr Anne Morel, "
        "Senior Lecturer, University of Leeds, with Paul Gray, District Warden for the Upland "
        "Moth Unit (UMU), and Mrs Jo Reed.\nJo has kept moths for thirty years."
    )
    assert [p[0] for p in people] == ["Anne Morel", "Paul Gray", "Jo Reed"]
    assert people[2] == ("Jo Reed", None, "Mrs")


def test_german_list_closed_by_a_titled_name() -> None:
    people = _people(
        "Wildbienen im Garten\nMittwoch, 4. März 2026, online.\nEs sprechen Dr. Anna Berg, "
        "Leiterin der Gartenschule, Universität Kassel, und Frau Petra Lind.\nFragen im Chat."
    )
    assert ("Petra Lind", None, "Frau") in people


def test_a_titled_name_in_a_sentence_naming_no_speaker_is_not_added() -> None:
    people = _people(
        "Moths at night\nWednesday 4 March 2026, online.\nSpeaker: Dr Anne Morel, University "
        "of Leeds.\nThe garden was planted by the family and Mrs Jo Reed."
    )
    assert "Jo Reed" not in [p[0] for p in people]
