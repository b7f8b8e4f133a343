"""A lead saying only how a session is held ("Live:", "En directo:") is no part of its title."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.mode_labels import without_mode_label


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("En directo: la poda del olivo joven", "La poda del olivo joven"),
        ("Na żywo: jak czytać etykiety żywności", "Jak czytać etykiety żywności"),
        ("In diretta: Il restauro della pala d'altare", "Il restauro della pala d'altare"),
        # The kind of session and whom it is for.
        ("Atelier des animateurs : monter un club de lecture", "Monter un club de lecture"),
        ("Masterclass for conductors: warming up a choir", "Warming up a choir"),
        # A kind of session with its topic names the topic: it stays.
        (
            "Taller de cerámica: técnicas básicas de torno",
            "Taller de cerámica: técnicas básicas de torno",
        ),
        # The rest too short to be a title, or a lead that names a topic, stays.
        ("Live: A night", "Live: A night"),
        (
            "Live music: how venues survived the winter",
            "Live music: how venues survived the winter",
        ),
        ("Streaming rights: what libraries may show", "Streaming rights: what libraries may show"),
    ],
)
def test_without_mode_label(title: str, expected: str) -> None:
    assert without_mode_label(title) == expected


def test_a_page_headed_live_gets_the_title_after_the_colon() -> None:
    html = (
        "<html lang='en'><head><title>Live: the spring migration over the estuary | Saltings"
        " Bird Trust</title></head><body><main><h1>Live: the spring migration over the"
        " estuary</h1><p>Saturday 18 April 2026, 07:00, streamed from the hide.</p><p>Our"
        " wardens point out the waders arriving on the morning tide.</p></main></body></html>"
    )
    record = page_record(extract_page(html.encode("utf-8"), content_type="text/html"))
    assert record["title"] == "The spring migration over the estuary"
