"""A running order as a document is the agenda; a session kept "on demand" is recorded."""

from __future__ import annotations

from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.links import classify


def _links(body: str) -> dict[str, bool]:
    html = (
        "<html><head><title>Talk</title></head><body><h1>Pruning old apple trees</h1>"
        f"<p>Saturday 14 March 2026, 10:00, online.</p>{body}</body></html>"
    )
    return page_record(extract_page(html.encode()))["links"]


def test_running_order_document_is_the_agenda() -> None:
    assert classify("Running order (PDF)", "https://x.example/files/ro.pdf") == LinkKind.AGENDA
    # in running text, with no document behind it, the words mean nothing of the kind
    assert classify("Running order", "https://x.example/news/") != LinkKind.AGENDA


def test_on_demand_is_a_recording() -> None:
    links = _links("<p>The talk stays available on demand on our channel until June.</p>")
    assert links["recording"]
    assert not _links("<p>Tickets are printed on request at the desk.</p>")["recording"]
