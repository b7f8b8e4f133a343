"""A subject after a word for a teaching chair belongs to the position."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record


def _people(lang: str, sentence: str) -> list[tuple[str, str | None, str | None]]:
    page = f"<html lang='{lang}'><body><h1>Succession law</h1><p>{sentence}</p></body></html>"
    record = page_record(extract_page(page.encode()))
    return [(s["name"], s["organisation"], s["role"]) for s in record["speakers"]]


@pytest.mark.parametrize(
    ("lang", "sentence", "person"),
    [
        ("es", "El 12 de marzo de 2026 interviene Ana Ruiz, catedrática de Derecho Mercantil.",
         ("Ana Ruiz", None, "catedrática de Derecho Mercantil")),
        ("it", "Il 12 marzo 2026 con Luigi Pardo, professore di Diritto Civile.",
         ("Luigi Pardo", None, "professore di Diritto Civile")),
        ("de", "Am 12. März 2026 mit Prof. Dr. Eva Roth, Professorin für Baurecht.",
         ("Eva Roth", None, "Professorin für Baurecht")),
    ],
)  # fmt: skip
def test_a_subject_after_a_chair_word_is_no_body(
    lang: str, sentence: str, person: tuple[str, None, str]
) -> None:
    assert _people(lang, sentence) == [person]


def test_a_university_after_the_subject_stays_the_body() -> None:
    people = _people(
        "es",
        "El 12 de marzo de 2026 interviene Luis Pardo, catedrático de Derecho Civil de la "
        "Universidad de Soria.",
    )
    assert people == [("Luis Pardo", "Universidad de Soria", "catedrático de Derecho Civil")]
