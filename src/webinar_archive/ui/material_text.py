"""The text extracted from a document's pages, as the Files tab shows it (escaped HTML)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def pages_html(pages: Sequence[str], slides: bool) -> str:
    """One heading per slide (or page) with its text, line breaks kept; a note when empty."""
    label = (
        QCoreApplication.translate("MainController", "Slide %1")
        if slides
        else QCoreApplication.translate("MainController", "Page %1")
    )
    parts = [
        f"<h4>{html.escape(label.replace('%1', str(i + 1)))}</h4>"
        f"<p>{html.escape(p.strip()).replace(chr(10), '<br>')}</p>"
        for i, p in enumerate(pages)
        if p.strip()
    ]
    if not parts:
        empty = QCoreApplication.translate("MainController", "No text could be extracted.")
        parts = [f"<p><i>{html.escape(empty)}</i></p>"]
    return "".join(parts)
