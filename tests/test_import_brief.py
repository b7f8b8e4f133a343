"""The brief of a session imported from a saved example page: no local path, no bare links."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pypdf import PdfReader

from webinar_archive.services.archive import Archive

PAGE = Path(__file__).parent / "data" / "pages" / "100.html"


def test_brief_of_an_imported_saved_page(archive: Archive, tmp_path: Path) -> None:
    """Imported from a saved copy in a download folder, printed and read back with pypdf."""
    saved = tmp_path / "Downloads" / "s3 cooperation.html"
    saved.parent.mkdir()
    shutil.copyfile(PAGE, saved)
    preview = archive.page_import.preview(saved)
    [session_id] = archive.page_import.save(preview).created
    session = archive.sessions.get(session_id)
    target = tmp_path / "brief.pdf"
    archive.briefs.brief(session_id, target)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    flat = re.sub(r"\s+", " ", text)
    assert "file:" not in flat and str(tmp_path) not in flat and "Downloads" not in flat
    assert "https://ce4big.lifescience.pl/s3-international-and-territorial-cooperation/" in flat
    assert session.links and all(link.url for link in session.links)
    links = text.split("\nLinks\n", 1)[1]
    for link in session.links:
        # Each entry: "Kind · label" on one line, its address on the next.
        line = next(x for x in links.splitlines() if x.endswith(link.label))
        following = links.split(line + "\n", 1)[1]
        assert following.startswith("http"), f"{link.label} is printed without its address"
    assert "Slides: Valentina Pinna, DG GROW" in flat
    assert not re.search(r"(?im)(·\s*|^)(here|read more|click)\b", links)
