"""Briefs for screen readers: the document language, the title shown, real text, an outline."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from webinar_archive.cli import run


def test_brief_declares_its_language_and_title(tmp_path: Path) -> None:
    """/Lang is set, viewers show the title, and the outline lets a reader jump by section."""
    library = tmp_path / "lib"
    assert run(["--library", str(library), "demo"]) == 0
    out = tmp_path / "brief.pdf"
    assert run(["--library", str(library), "brief", "1", "-o", str(out)]) == 0
    reader = PdfReader(out)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata is not None and reader.metadata.title
    assert reader.outline, "no outline to navigate by"
    assert "Valentina Pinna" in reader.pages[0].extract_text()
