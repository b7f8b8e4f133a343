"""A link speaks through its own sentence, not its whole paragraph; a schedule of
publications is no agenda; from short pages of our own."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.link_scope import anchor_sentence


def _links(body: str) -> dict:
    html = (
        "<html><head><link rel='canonical' href='https://example.org/e/1'></head><body><main>"
        "<h1>Air quality in small towns</h1><p>Tuesday 12 May 2026, 10:00, online.</p>"
        f"{body}</main></body></html>"
    )
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))["links"]


def test_the_sentence_holding_a_link_is_its_context() -> None:
    text = "Die Folien stehen ab 10 Uhr im Bereich Downloads bereit. Die Aufzeichnung folgt."
    assert anchor_sentence(text, "Downloads").startswith("Die Folien")
    assert anchor_sentence("Folien: Downloads", "Downloads") == "Folien: Downloads"
    # "godz. 10:00" is no end of a sentence: a lower-case or a digit follows.
    text = "Slajdy opublikujemy o godz. 10:00 w zakładce Pliki. Nagranie będzie później."
    assert anchor_sentence(text, "Pliki").startswith("Slajdy")


def test_a_link_in_a_sentence_about_slides_is_the_slides_beside_a_recording_sentence() -> None:
    html = (
        "<html><head><link rel='canonical' href='https://example.org/e/1'></head><body><main>"
        "<h1>Air quality in small towns</h1><p>Tuesday 12 May 2026, 10:00, online.</p>"
        "<p>The recording will follow on our video channel a week later. The slides will be"
        " published at 10 a.m. in our <a href='/files'>Files</a> tab.</p></main></body></html>"
    )
    (session,) = extract_page(html.encode("utf-8"), content_type="text/html")
    kinds = {link.url: link.kind.value for link in session.draft.links}
    assert kinds == {"https://example.org/files": "presentations"}


@pytest.mark.parametrize(
    "label",
    [
        "Harmonogram publikacji na 2026 r. (PDF)",
        "Release calendar 2026 (PDF)",
        "Veröffentlichungskalender 2026 (PDF)",
        "Calendrier des publications 2026 (PDF)",
    ],
)
def test_a_schedule_of_publications_is_not_the_agenda(label: str) -> None:
    links = _links(f"<p><a href='/docs/schedule-2026.pdf'>{label}</a></p>")
    assert links["agenda"] is False


def test_a_programme_of_the_session_is_still_the_agenda() -> None:
    links = _links("<p><a href='/docs/programme.pdf'>Programme of the webinar (PDF)</a></p>")
    assert links["agenda"] is True
