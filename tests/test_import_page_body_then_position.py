"""A body, a comma and then a position in one field: split at the comma."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.body_then_position import split_body_then_position


@pytest.mark.parametrize(
    ("position", "org", "want"),
    [
        (None, "Agence Verte, responsable du pôle observatoire",
         ("responsable du pôle observatoire", "Agence Verte")),
        (None, "Soil Association, head of standards", ("head of standards", "Soil Association")),
        (None, "Fundacja Zielone Pola, koordynatorka projektu",
         ("koordynatorka projektu", "Fundacja Zielone Pola")),
        ("Moderation", "Verband Nord, Referentin für Bildung",
         ("Moderation", "Verband Nord")),
    ],
)  # fmt: skip
def test_a_position_after_the_body_is_split_off(
    position: str | None, org: str, want: tuple[str, str]
) -> None:
    assert split_body_then_position(position, org) == want


@pytest.mark.parametrize(
    "org",
    [
        "Roux Conseil, SARL",  # a legal form after the comma
        "Hill Bakery, Ltd",
        "Museum of Rails, Eastmoor",  # a body and its town
        "Institut Pasteur, Lille",
    ],
)
def test_a_body_with_no_position_after_it_stays(org: str) -> None:
    assert split_body_then_position(None, org) == (None, org)
