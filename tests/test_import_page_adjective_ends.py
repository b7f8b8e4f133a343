"""A body's name cut after an adjective in the genitive takes back the noun it needs."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page.adjective_ends import complete_bodies, completed_body


@pytest.mark.parametrize(
    ("org", "text", "expected"),
    [
        (
            "Okresní hospodářská komora Berounského",
            "za Okresní hospodářskou komoru Berounského okresu promluví",
            "Okresní hospodářská komora Berounského okresu",
        ),
        (
            "Starostwo Lipnickiego",
            "ze Starostwa Lipnickiego powiatu przyjdzie",
            "Starostwo Lipnickiego powiatu",
        ),
        # a name that does not end on such an adjective stays
        ("Krajský úřad Kraje Vysočina", "z Krajského úřadu Kraje Vysočina přijde", None),
        # the word after it is a small word of the sentence, not a noun of the name
        ("Agentura Jihočeského", "z Agentury Jihočeského nebo jiné", None),
        # the page has no lower-case word after the adjective
        ("Komora Jihočeského", "z Komory Jihočeského. Dále", None),
    ],
)
def test_completed_body(org: str, text: str, expected: str | None) -> None:
    assert completed_body(org, text) == (expected or org)


def test_only_on_polish_and_czech_pages() -> None:
    people = [SpeakerDraft("Ann Lee", organisation="Museo Diego")]
    complete_bodies(people, "at the Museo Diego collection today", "en")
    assert people[0].organisation == "Museo Diego"
