"""One rule decides when two spellings name the same organisation: acronyms and full names."""

from __future__ import annotations

import pytest

from webinar_archive.domain.organisations import acronym_of, initials, same_organisation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CEBR", "Council of European BioRegions (CEBR)"),
        ("Council of European BioRegions", "Council of European BioRegions (CEBR)"),
        ("CEBR", "Council of European BioRegions"),
        ("cebr", "Council of European BioRegions (CEBR)"),
        ("Université de Liège", "universite de liege"),
        ("DG GROW", "dg grow"),
        ("European Union [EU]", "EU"),
    ],
)
def test_spellings_of_one_organisation_match_both_ways(a: str, b: str) -> None:
    """Acronym, bracketed acronym, initials, accents and case: each pair names one body."""
    assert same_organisation(a, b)
    assert same_organisation(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("DG GROW", "DG REGIO"),
        ("Cardiff University", "Council of European BioRegions (CEBR)"),
        ("CEBR", "Centre for Economics and Business Research (CEBRE)"),
        ("Regional Council of Lapland", "Regional Council of Kainuu"),
        # Full names decide when both sides have one, whatever their acronyms or initials.
        ("Regional Innovation Agency (RIA)", "Rural Investment Alliance"),
        ("Regional Innovation Agency (RIA)", "Rural Investment Alliance (RIA)"),
        ("Regional Innovation Agency", "Rural Investment Alliance"),
        ("", "CEBR"),
    ],
)
def test_different_organisations_do_not_match(a: str, b: str) -> None:
    assert not same_organisation(a, b)
    assert not same_organisation(b, a)


def test_acronym_of_and_initials() -> None:
    assert acronym_of("Council of European BioRegions (CEBR)") == "CEBR"
    assert acronym_of("DG GROW") == "DG GROW"
    assert acronym_of("Cardiff University") is None
    assert initials("Council of European BioRegions") == "CEBR"
