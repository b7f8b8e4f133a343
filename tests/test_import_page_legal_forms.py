"""A body named in running text by its legal form only ("... CIC", "... plc", "... SARL")
makes the name before it a person with that body."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record


def _speakers(text: str, lang: str = "en") -> list[dict[str, str | None]]:
    html = (
        f"<html lang='{lang}'><head><title>Talk</title></head><body>"
        "<h1>Saving for a first home</h1><p>Tuesday 10 March 2026, 19:00, online.</p>"
        f"<p>{text}</p></body></html>"
    )
    return page_record(extract_page(html.encode()))["speakers"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Join Maeve Okafor of Northgate Savings CIC for an evening of questions.",
         "Northgate Savings CIC"),
        ("Our guest is Tobias Lindgren of Harbour Homes plc, who answers questions.",
         "Harbour Homes plc"),
    ],
)  # fmt: skip
def test_person_of_a_body_named_by_its_legal_form(text: str, org: str) -> None:
    found = _speakers(text)
    assert [s["organisation"] for s in found] == [org]


def test_no_legal_form_no_body() -> None:
    assert _speakers("Join us for an evening at Northgate Savings for questions.") == []
