"""A document labelled as the plan of the session, in any case of its noun, is its agenda."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page.links import classify


@pytest.mark.parametrize(
    ("label", "href", "expected"),
    [
        ("Plan szkolenia (PDF)", "/pliki/plan-szkolenia.pdf", LinkKind.AGENDA),
        ("Plan zajęć", "/docs/plan-zajec.pdf", LinkKind.AGENDA),
        ("Plán semináře (PDF)", "/soubory/plan.pdf", LinkKind.AGENDA),
        # A plan of something else, or a page rather than a document, is no agenda.
        ("Plan dojazdu (PDF)", "/pliki/dojazd.pdf", LinkKind.OTHER),
        ("Plan szkolenia", "/szkolenia/plan", LinkKind.OTHER),
    ],
)
def test_a_plan_of_the_session_is_its_agenda(label: str, href: str, expected: LinkKind) -> None:
    assert classify(label, href) == expected
