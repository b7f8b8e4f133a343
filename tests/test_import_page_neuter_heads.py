"""Czech neuter heads of bodies in the genitive, dative or locative, back in the nominative."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.nominative import nominative_body


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rádia Vltava", "Rádio Vltava"),
        ("Rádiu Haná", "Rádio Haná"),
        ("Divadla Na Hradbách", "Divadlo Na Hradbách"),
        ("Městského divadla Kolín", "Městské divadlo Kolín"),
        # in the nominative already
        ("Rádio Vltava", "Rádio Vltava"),
    ],
)
def test_neuter_heads(name: str, expected: str) -> None:
    assert nominative_body(name) == expected


def test_moderator_from_a_radio_station() -> None:
    sessions = extract_text(
        "Jak se točí rozhlasová hra\nOnline beseda, čtvrtek 5. 3. 2026 v 18:00.\n"
        "Hostem je dramaturgyně Mgr. Eva Šimková z Divadla Na Hradbách.\n"
        "Moderuje Karel Mráz z Rádia Haná."
    )
    people = {s.name: s.organisation for s in sessions[0].draft.speakers}
    assert people.get("Karel Mráz") == "Rádio Haná"
