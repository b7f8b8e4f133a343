"""A session imported from a saved copy of a page records the page's web address, never a path."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from input_helpers import run_cli
from webinar_archive.services.archive import Archive

BODY = (
    "<h1>Regions in the recovery</h1><p>Date: 2 October 2020</p>"
    "<p>Speakers: Anaïs Le Corvec (CEBR), Kevin Morgan (Cardiff University)</p>"
)
CANONICAL = "https://clusters.example.eu/events/regions-in-the-recovery"


def _page(head: str) -> str:
    return f"<html><head><title>Regions</title>{head}</head><body>{BODY}</body></html>"


DECLARED = {
    "canonical": f'<link rel="canonical" href="{CANONICAL}">',
    "og-url": f'<meta property="og:url" content="{CANONICAL}">',
    "json-ld": (
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@type": "Event", "url": CANONICAL})
        + "</script>"
    ),
}


@pytest.mark.parametrize("how", sorted(DECLARED))
def test_a_saved_copy_takes_the_address_the_page_declares(
    archive: Archive, tmp_path: Path, how: str
) -> None:
    saved = tmp_path / "downloads" / "regions.html"
    saved.parent.mkdir()
    saved.write_text(_page(DECLARED[how]), encoding="utf-8")
    preview = archive.page_import.preview(saved)
    assert preview.sessions[0].draft.source_url == CANONICAL
    assert preview.page is not None and preview.page.url == CANONICAL
    report = archive.page_import.save(preview)
    session = archive.sessions.get(report.created[0])
    assert session.source_url == CANONICAL
    assert "regions.html" in session.notes and str(saved.parent) not in session.notes


def test_a_saved_copy_without_an_address_leaves_the_source_empty(tmp_path: Path) -> None:
    """Through the CLI: no file: URL or path in the session or its snapshot; the notes name
    the saved copy by file name only."""
    saved = tmp_path / "tmp-download" / "webinar page.html"
    saved.parent.mkdir()
    saved.write_text(_page(""), encoding="utf-8")
    lib = tmp_path / "lib"
    code, _, err = run_cli(lib, "import", "page", str(saved), "--yes")
    assert code == 0, err
    code, out, _ = run_cli(lib, "show", "1", "--json")
    session = json.loads(out)
    assert session["source_url"] is None
    assert "saved copy of the page (webinar page.html)" in session["notes"]
    assert "file:" not in out and str(saved.parent) not in out
    with sqlite3.connect(lib / "catalogue.sqlite") as db:
        rows = db.execute("select url, stored_path from page_snapshot").fetchall()
    assert len(rows) == 1 and rows[0][0] is None  # the copy itself is kept, nameless
    assert (lib / rows[0][1]).read_bytes() == saved.read_bytes()


def test_the_note_on_a_saved_copy_is_in_the_language_of_the_import(tmp_path: Path) -> None:
    """Imported with --language pl, the note that names the saved copy is Polish, like every
    other word of that import (it was written in English)."""
    saved = tmp_path / "strona.html"
    saved.write_text(_page(""), encoding="utf-8")
    lib = tmp_path / "lib"
    code, _, err = run_cli(lib, "--language", "pl", "import", "page", str(saved), "--yes")
    assert code == 0, err
    code, out, _ = run_cli(lib, "show", "1", "--json")
    assert json.loads(out)["notes"] == "Zaimportowano z zapisanej kopii strony (strona.html)."
