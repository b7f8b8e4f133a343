"""A list item that is a whole sentence about the session's slides or recording says they
are there, as a paragraph does; a programme line naming a talk does not. Short pages of our
own, in languages and shapes other than the pages the rule was written for."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record


def _links(items: str) -> dict[str, bool]:
    html = (
        "<html><body><h1>Hedgehogs in winter gardens</h1>"
        "<p>Wednesday 4 March 2026, 18:00, online.</p>"
        "<p>Speaker: Ann Lee, University of Leeds.</p>"
        f"<h2>Good to know</h2><ul>{items}</ul></body></html>"
    )
    record = page_record(extract_page(html.encode("utf-8"), content_type="text/html"))
    links: dict[str, bool] = record["links"]
    return links


@pytest.mark.parametrize(
    ("items", "kind"),
    [
        ("<li>Free of charge.</li><li>The slides will be e-mailed to everyone who took part.</li>",
         "presentations"),
        ("<li>Die Aufzeichnung steht danach in unserer Mediathek bereit.</li>", "recording"),
        ("<li>Las presentaciones estarán disponibles en esta página tras la sesión.</li>",
         "presentations"),
        ("<li>Záznam bude ke zhlédnutí na našem kanálu YouTube.</li>", "recording"),
    ],
)  # fmt: skip
def test_a_sentence_in_a_list_item_says_it_is_there(items: str, kind: str) -> None:
    assert _links(items)[kind] is True


@pytest.mark.parametrize(
    "items",
    [
        # A programme line: a time, then the talk.
        "<li>18:10 Presentation of the survey results online</li>",
        # A topic, not a sentence.
        "<li>Präsentation der Studie und Diskussion</li>",
        # Said to be absent.
        "<li>La sesión no se grabará.</li>",
    ],
)
def test_programme_lines_and_absences_in_list_items_do_not_count(items: str) -> None:
    links = _links(items)
    assert links["presentations"] is False
    assert links["recording"] is False
