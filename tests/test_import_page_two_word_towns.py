"""A town's name of two words after "z", "ze" or "from" is where someone comes from."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.places import bare_place


@pytest.mark.parametrize(
    ("preposition", "phrase"),
    [("z", "Nowego Targu"), ("ze", "Starého Plzence"), ("z", "Białej Podlaskiej"),
     ("z", "Horní Lhoty"), ("from", "New Haven"), ("aus", "Bad Ornau")],
)  # fmt: skip
def test_two_word_towns_are_places(preposition: str, phrase: str) -> None:
    assert bare_place(preposition, phrase)


@pytest.mark.parametrize(
    ("preposition", "phrase"),
    [("z", "Polskiej Akademii"), ("z", "Wojewódzkiej Stacji"), ("ze", "Státního Fondu"),
     ("z", "Miejskiego Ośrodka"), ("from", "Green Energy"), ("z", "Urzędu Gminy")],
)  # fmt: skip
def test_an_adjective_and_a_body_s_head_are_no_town(preposition: str, phrase: str) -> None:
    assert not bare_place(preposition, phrase)


@pytest.mark.parametrize(
    ("page", "people"),
    [
        ("<html lang='pl'><body><h1>Pszczoły</h1><p>12 marca 2026</p><p>Wykład poprowadzi "
         "Jan Kowal z Nowego Targu, a pytania zbierze Anna Lis z Fundacji Pszczoła.</p>",
         [("Jan Kowal", None), ("Anna Lis", "Fundacja Pszczoła")]),
        ("<html lang='cs'><body><h1>Včely</h1><p>12. března 2026</p><p>Přednáší Jan Novák "
         "ze Starého Plzence a Eva Malá ze Spolku včelařů.</p>",
         [("Jan Novák", None), ("Eva Malá", "Spolek včelařů")]),
    ],
)  # fmt: skip
def test_a_person_from_a_two_word_town_has_no_body(
    page: str, people: list[tuple[str, str | None]]
) -> None:
    record = page_record(extract_page((page + "</body></html>").encode()))
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == people
