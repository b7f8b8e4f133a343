"""A part of a body or a position written in the organisation field goes to the position."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.body_parts import split_part


@pytest.mark.parametrize(
    ("position", "org", "expected"),
    [
        (
            "Reader",
            "Department of Geography, University of Eastmoor",
            ("Reader, Department of Geography", "University of Eastmoor"),
        ),
        (
            None,
            "Fakultät für Physik, Universität Nordheim",
            ("Fakultät für Physik", "Universität Nordheim"),
        ),
        (
            "chercheuse",
            "Faculté des sciences, Université de Bellerive",
            ("chercheuse, Faculté des sciences", "Université de Bellerive"),
        ),
        (
            None,
            "Escuela de Enfermería, Hospital General de Torrealta",
            ("Escuela de Enfermería", "Hospital General de Torrealta"),
        ),
        (
            None,
            "Ingenieurin für Tragwerksplanung, Stadtwerke Ostheim",
            ("Ingenieurin für Tragwerksplanung", "Stadtwerke Ostheim"),
        ),
        (None, "analityk firmy DataPol sp. z o.o.", ("analityk", "DataPol sp. z o.o.")),
        ("Research Nurse (NVHC)", None, ("Research Nurse", "NVHC")),
    ],
)
def test_part_or_position_moves_to_the_position(
    position: str | None, org: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert split_part(position, org) == expected


@pytest.mark.parametrize(
    ("position", "org"),
    [
        # a legal form after the comma closes the body's name
        (None, "Holzbau Kern, GmbH"),
        # an institute named alone is the body itself; a town after the comma is no body
        (None, "Institut national d'agronomie de Belcourt"),
        (None, "Instituto de Tecnología Cerámica, Valencia"),
        # a body and its town
        ("Director", "Museum of Rails, Eastmoor"),
        # a body of a kind with no position in front
        (None, "společnosti AquaMetrik s.r.o."),
        # a bracket after a position that is no short form
        ("Nurse (retired)", None),
        # a short form with a body given already
        ("Research Nurse (NVHC)", "Northvale Health Care"),
    ],
)
def test_bodies_stay_whole(position: str | None, org: str | None) -> None:
    assert split_part(position, org) == (position, org)
