"""Polish bodies in the feminine genitive with a head noun no table holds, back to the
nominative."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page.feminine_heads import feminine_nominative
from webinar_archive.importers.page.nominative import nominative_body


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Komendy Miejskiej Policji w Zalesiu", "Komenda Miejska Policji w Zalesiu"),
        ("Wojewódzkiej Stacji Sanitarnej w Borku", "Wojewódzka Stacja Sanitarna w Borku"),
        ("Prokuratury Okręgowej w Lesznie", "Prokuratura Okręgowa w Lesznie"),
        ("Stoczni Północnej", "Stocznia Północna"),
        ("Filharmonii Bałtyckiej", "Filharmonia Bałtycka"),
        ("Galerii Miejskiej BWA", "Galeria Miejska BWA"),
    ],
)
def test_a_feminine_body_in_the_genitive(written: str, nominative: str) -> None:
    assert nominative_body(written) == nominative


@pytest.mark.parametrize(
    "name",
    [
        "Wody Polskie",  # a plural in the nominative
        "Komenda Powiatowa PSP",  # already nominative
        "Policji",  # no adjective marks the case
        "Zespół Szkół nr 3",
        "Instytut Badawczy Leśnictwa",
    ],
)
def test_other_names_are_left(name: str) -> None:
    assert nominative_body(name) == name


def test_a_head_the_table_knows_is_left_to_the_table() -> None:
    assert feminine_nominative("Rady Miejskiej", known={"rada"}) == "Rady Miejskiej"
    assert feminine_nominative("Rady Miejskiej") == "Rada Miejska"


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        # a soft "-nia" head of the table only drops its "a" in the genitive
        ("Spółdzielni Mieszkaniowej Zacisze", "Spółdzielnia Mieszkaniowa Zacisze"),
        ("Uczelni Państwowej w Nysie", "Uczelnia Państwowa w Nysie"),
        ("Poradni Psychologicznej Ostoja", "Poradnia Psychologiczna Ostoja"),
        ("Przychodni Rejonowej Nr 3", "Przychodnia Rejonowa Nr 3"),
        ("Spółdzielnię Mleczarską Mlekpol", "Spółdzielnia Mleczarska Mlekpol"),
        # the other heads of the table keep their "-ii"/"-ji"
        ("Fundacji Wolne Rzeki", "Fundacja Wolne Rzeki"),
        ("Akademii Sztuk Pięknych", "Akademia Sztuk Pięknych"),
        ("Kancelarii Prawnej Lis", "Kancelaria Prawna Lis"),
    ],
)
def test_the_table_s_soft_feminine_heads_back_to_the_nominative(
    written: str, nominative: str
) -> None:
    assert nominative_body(written) == nominative
