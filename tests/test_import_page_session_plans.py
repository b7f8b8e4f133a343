"""The plan of a session named in another case than the word lists hold ("plan konferencji",
"Sprechstundenplan"), and consultation hours as a kind of session, whose plan is the agenda.
Short examples of our own, in languages other than the page the rule was written for."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page.inflected_meetings import inflected_meeting_noun
from webinar_archive.importers.page.links import classify


@pytest.mark.parametrize(
    ("label", "href", "expected"),
    [
        ("Plan zebrania (PDF)", "/pliki/plan-zebrania.pdf", LinkKind.AGENDA),
        ("Sprechstundenplan (PDF)", "/dateien/sprechstunde.pdf", LinkKind.AGENDA),
        ("Plán konzultací (PDF)", "/soubory/plan-konzultaci.pdf", LinkKind.AGENDA),
        ("Planning de la permanence (PDF)", "/docs/permanence.pdf", LinkKind.AGENDA),
        # A plan of a room or of the way there is no session's.
        ("Plan sali (PDF)", "/pliki/sala.pdf", LinkKind.OTHER),
        ("Lageplan (PDF)", "/dateien/lageplan.pdf", LinkKind.OTHER),
    ],
)
def test_the_plan_of_a_session_in_any_case_is_its_agenda(
    label: str, href: str, expected: LinkKind
) -> None:
    assert classify(label, href) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("spotkania", True),
        ("semináře", True),
        ("konferencji", True),
        ("Sprechstunden", True),
        ("dojazdu", False),
        ("sali", False),
        ("kurz", True),
        ("kurzu", True),  # "plán kurzu", a course's plan
        ("sálu", False),
    ],
)
def test_inflected_meeting_nouns(word: str, expected: bool) -> None:
    assert inflected_meeting_noun(word) is expected
