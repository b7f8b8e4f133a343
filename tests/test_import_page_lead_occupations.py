"""A German job noun with an article before it is no first name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.lead_occupations import lead_noun


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Buchbinderin Ada Morn", "Es zeigt die Buchbinderin Ada Morn, wie", "Buchbinderin"),
        ("Gärtner Tim Roth", "Dann erklärt unser Gärtner Tim Roth die Beete.", "Gärtner"),
        ("Kuratorin Eva Sand", "mit der Kuratorin Dr. Eva Sand", "Kuratorin"),
        # No article: a first name of three words stays whole.
        ("Hans Peter Roth", "Referent: Hans Peter Roth", None),
        ("Anna-Lena Maria Berg", "die Anna-Lena Maria Berg", None),
        ("Ada Morn", "die Ada Morn", None),
    ],
)
def test_lead_noun(name, text, expected):
    assert lead_noun(name, text) == expected


def test_german_page_with_job_nouns_before_names():
    text = (
        "Handgebundene Bücher\n\n"
        "Online-Vortrag am Donnerstag, 11. März 2027, 19 Uhr.\n\n"
        "Es sprechen die Buchbinderin Ada Morn, Inhaberin der Werkstatt Falz GmbH, und "
        "Dr. Jens Quast von der Universität Hohenau."
    )
    sessions = extract_text(text)
    people = {s.name: (s.organisation, s.position) for s in sessions[0].draft.speakers}
    assert "Buchbinderin Ada Morn" not in people
    assert people["Ada Morn"][1] is not None
    assert people["Ada Morn"][1].startswith("Buchbinderin")
