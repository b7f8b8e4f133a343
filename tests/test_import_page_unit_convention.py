"""Institutes and chairs named with their body are where in the body the person works: the
unit goes to the role and the body is the organisation, like departments and faculties."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.body_parts import split_part


@pytest.mark.parametrize(
    ("position", "org", "want"),
    [
        (None, "Institut für Bodenkunde, Universität Nordheim",
         ("Institut für Bodenkunde", "Universität Nordheim")),
        ("prof. UKL", "Katedra Geologii, Uniwersytet Kaliski",
         ("prof. UKL, Katedra Geologii", "Uniwersytet Kaliski")),
        (None, "Lehrstuhl für Statik, Technische Universität Weißfeld",
         ("Lehrstuhl für Statik", "Technische Universität Weißfeld")),
        ("researcher", "Institute of Marine Biology, University of Kelport",
         ("researcher, Institute of Marine Biology", "University of Kelport")),
        (None, "Ústav fyzikální chemie, Univerzita Horní Lhota",
         ("Ústav fyzikální chemie", "Univerzita Horní Lhota")),
        (None, "Istituto di Geoscienze, Università di Valbruna",
         ("Istituto di Geoscienze", "Università di Valbruna")),
    ],
)  # fmt: skip
def test_an_institute_or_chair_before_its_body_goes_to_the_role(
    position: str | None, org: str, want: tuple[str, str]
) -> None:
    assert split_part(position, org) == want
