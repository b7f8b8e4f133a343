"""A listed person written with an initial that is no title, then a family name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.initials import initial_runs


def _people(lang: str, items: str) -> list[tuple[str, str | None]]:
    page = (
        f"<html lang='{lang}'><body><h1>Bees in spring</h1><p>12 March 2026</p>"
        f"<h2>Speakers</h2><ul>{items}</ul></body></html>"
    )
    record = page_record(extract_page(page.encode()))
    return [(s["name"], s["organisation"]) for s in record["speakers"]]


def test_an_initial_and_a_family_name_with_a_body_is_a_name() -> None:
    people = _people("en", "<li>J. Brown, Bee Society</li><li>K. L. Novak (Hive Labs)</li>")
    assert people == [("J. Brown", "Bee Society"), ("K. L. Novak", "Hive Labs")]


@pytest.mark.parametrize("line", ["B. Ausblick", "C. Panel – 10:30", "A. Begrüßung"])
def test_a_lettered_programme_item_is_no_name(line: str) -> None:
    assert initial_runs(line, "de") == []


def test_an_initial_with_a_body_after_a_comma_is_a_run() -> None:
    assert [r.text for r in initial_runs("R. Lindqvist, Vattenverket", "en")] == ["R. Lindqvist"]


def test_a_name_written_short_after_it_was_written_in_full_is_the_same_person() -> None:
    people = _people(
        "en",
        "<li>Hanna Lindqvist-Berg, Bee Society</li>"
        "<li><a href='/docs/slides.pdf'>H. Lindqvist-Berg</a>, slides</li>"
        "<li>J. Brown, Hive Labs</li>",
    )
    assert people == [("Hanna Lindqvist-Berg", "Bee Society"), ("J. Brown", "Hive Labs")]
