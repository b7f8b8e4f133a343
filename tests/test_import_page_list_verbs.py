"""Verbs of taking part that open a list of speakers are no part of the first name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Partecipano Giulia Ferri, direttrice della Fondazione Ponti, e altri.", "Giulia Ferri"),
        ("Participent Claire Morel, cheffe de projet à l'Agence Rivages.", "Claire Morel"),
        ("Participan Lucía Ortega, técnica de la Fundación Olas.", "Lucía Ortega"),
    ],
)
def test_list_verb_before_a_name(line, name):
    text = f"Webinar sul verde urbano\n\nWebinar online, 3 marzo 2027, ore 17:00.\n\n{line}"
    sessions = extract_text(text)
    names = [s.name for s in sessions[0].draft.speakers]
    assert name in names
    assert not any(n.startswith("Partic") for n in names)
