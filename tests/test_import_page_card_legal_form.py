"""A speaker's card whose line under the name ends with a legal form's dot ("S.p.A.",
"S.S.", "Ltd.") is still the card's line, not a sentence."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page, page_record


def _speakers(cards: str) -> list[dict[str, str | None]]:
    html = (
        "<html><head><title>Talk</title></head><body><h1>Hedges for farmland birds</h1>"
        "<p>Thursday 12 March 2026, 18:00, online.</p><h2>Speakers</h2>"
        f"{cards}</body></html>"
    )
    return page_record(extract_page(html.encode()))["speakers"]


def test_card_line_ending_in_a_legal_form() -> None:
    found = _speakers(
        "<div><h3>Ruth Abernethy</h3><p>head of sales at Hedgerow Supplies Ltd.</p></div>"
        "<div><h3>Ines Marchetti</h3><p>agronoma, Verdi Campi S.p.A.</p></div>"
    )
    assert [s["name"] for s in found] == ["Ruth Abernethy", "Ines Marchetti"]
    assert found[1]["organisation"] == "Verdi Campi S.p.A."


def test_a_sentence_under_a_name_is_no_card() -> None:
    found = _speakers(
        "<div><h3>Ruth Abernethy</h3><p>Ruth Abernethy planted hedges for thirty years.</p></div>"
    )
    assert all(s["organisation"] is None for s in found)
