"""A sector, area or zone named after a place belongs to the position and names no body."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record


def _people(lang: str, sentence: str) -> list[tuple[str, str | None, str | None]]:
    page = f"<html lang='{lang}'><body><h1>Wildlife</h1><p>{sentence}</p></body></html>"
    record = page_record(extract_page(page.encode()))
    return [(s["name"], s["organisation"], s["role"]) for s in record["speakers"]]


@pytest.mark.parametrize(
    ("lang", "sentence", "role"),
    [
        ("fr", "Le 12 mars 2026, avec Marc Dubois, garde du secteur Haute Vallée.",
         "garde du secteur Haute Vallée"),
        ("fr", "Le 12 mars 2026, présentée par Marc Dubois, technicien de la zone Plaine du "
         "Forez.", "technicien de la zone Plaine du Forez"),
        ("es", "El 12 de marzo de 2026 con Marta Gil, guarda del sector Alto Tajo.",
         "guarda del sector Alto Tajo"),
    ],
)  # fmt: skip
def test_an_area_named_after_a_place_stays_in_the_position(
    lang: str, sentence: str, role: str
) -> None:
    people = _people(lang, sentence)
    assert [(o, r) for _, o, r in people] == [(None, role)]


def test_a_body_after_a_position_stays_the_body() -> None:
    people = _people(
        "fr", "Le 12 mars 2026, avec Marc Dubois, directeur du Parc national des Lacs."
    )
    assert people == [("Marc Dubois", "Parc national des Lacs", "directeur")]
