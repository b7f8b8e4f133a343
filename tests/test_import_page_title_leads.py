"""Labels and series names before a title's colon, labels stacked on a quoted name, and a
news item's own date beside the day of the session it reports on; short pages of our own."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.date_cues import byline_date
from webinar_archive.importers.page.title_leads import standing_lead, without_kind_label


def _record(html: str) -> dict:
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Virtuelle Sprechstunde: Wie melde ich mein Balkonkraftwerk an?",
         "Wie melde ich mein Balkonkraftwerk an?"),
        ("Live Q&A: Choosing a heat pump for an old house",
         "Choosing a heat pump for an old house"),
        ("Permanence en ligne : Créer son association pas à pas",
         "Créer son association pas à pas"),
        ("Konsultacje online: Jak rozliczyć dotację na fotowoltaikę",
         "Jak rozliczyć dotację na fotowoltaikę"),
        # Not a label: the lead is the topic, or the rest is not a title of its own.
        ("Online safety: what parents should know", "Online safety: what parents should know"),
        ("Bodenschutz: Neue Regeln für Gärten und Höfe",
         "Bodenschutz: Neue Regeln für Gärten und Höfe"),
        ("Live: A night", "Live: A night"),
    ],
)  # fmt: skip
def test_a_lead_naming_a_kind_of_session_is_no_part_of_the_title(title: str, expected: str) -> None:
    assert without_kind_label(title) == expected


def test_a_series_line_over_the_heading_is_not_joined_to_the_title() -> None:
    lines = ["Mardis du climat", "Les sols vivants", "Une conférence en ligne."]
    assert standing_lead("Mardis du climat : Les sols vivants", lines, ["Les sols vivants"]) == (
        "Les sols vivants",
        "Mardis du climat",
    )
    # The lead must stand alone on the page, the rest be given alone by another source.
    assert (
        standing_lead("Mardis du climat : Les sols vivants", lines[1:], ["Les sols vivants"])
        is None
    )
    assert standing_lead("Mardis du climat : Les sols vivants", lines, ["Les sols"]) is None


def test_a_page_whose_title_tag_joins_kicker_and_heading_gets_the_heading() -> None:
    record = _record(
        "<html lang='it'><head><title>Scienza al caffè: Perché le api danzano - Museo di Storia"
        " Naturale di Ortano</title></head><body><main><p class='kicker'>Scienza al caffè</p>"
        "<h1>Perché le api danzano</h1><p>Giovedì 14 maggio 2026, ore 18:00, online.</p>"
        "<p>Un incontro per famiglie sulle danze delle api e su come si orientano tra i fiori"
        " del parco, con molte domande dal pubblico.</p></main></body></html>"
    )
    assert record["title"] == "Perché le api danzano"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Rückblick: Online-Seminar „Regenwasser im Garten nutzen“",
            "Regenwasser im Garten nutzen",
        ),
        ("Relacja: webinarium „Jak czytać mapy powodziowe”", "Jak czytać mapy powodziowe"),
    ],
)
def test_a_recap_label_over_a_kind_word_and_a_quoted_name_leaves_the_name(
    heading: str, expected: str
) -> None:
    record = _record(
        f"<html><head><title>{heading}</title></head><body><main><h1>{heading}</h1>"
        "<p>12.05.2026</p><p>Around two hundred people took part and asked many questions"
        " about the topic; the answers are collected in our FAQ.</p></main></body></html>"
    )
    assert record["title"] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("News | 12.03.2026", True),
        ("Notizia · 3 novembre 2025", True),
        ("Aktualności – 4.05.2026", True),
        ("Webinar · 12.03.2026", False),
        ("Termin: 12.03.2026", False),
        ("12.03.2026", False),
    ],
)
def test_a_date_beside_a_word_for_a_news_item_is_a_byline(line: str, expected: bool) -> None:
    start = next(k for k, c in enumerate(line) if c.isdigit())
    assert byline_date(line, start, len(line)) is expected


@pytest.mark.parametrize(
    ("byline", "sentence", "expected"),
    [
        ("Novinky · 20. 11. 2025", "Ve středu 12. listopadu se připojilo přes sto lidí.",
         "2025-11-12"),
        ("News | 02/12/2025", "On Thursday 20 November over a hundred members joined us.",
         "2025-11-20"),
    ],
)  # fmt: skip
def test_a_news_item_dated_after_its_session_gives_the_session_day(
    byline: str, sentence: str, expected: str
) -> None:
    record = _record(
        "<html><body><main><h1>Energy clubs online: what members asked</h1>"
        f"<p>{byline}</p><p>{sentence} The questions and answers are listed below, with the"
        " slides of both talks.</p></main></body></html>"
    )
    assert record["date"] == expected
