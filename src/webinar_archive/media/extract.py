"""Text and page counts of documents (PDF, PPTX with speaker notes, ODP, plain text) for search."""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.input_files import TEXT_DOCUMENT_LIMIT, InputFileError
from ..domain.messages import _t

log = logging.getLogger(__name__)

MAX_TEXT_PER_PAGE = 200_000
MAX_TITLE = 300


@dataclass(slots=True)
class Extracted:
    page_count: int | None = None
    pages: list[str] = field(default_factory=list)
    title: str | None = None
    warning: str | None = None


def extract(path: Path, name: str | None = None) -> Extracted:
    """Read what a document says, page by page; a damaged file gives a warning, never an error.

    ``name`` is how warnings call the file (its original name; the stored copy is a hash).
    """
    shown = name or path.name
    suffix = Path(shown).suffix.lower() or path.suffix.lower()
    try:
        if suffix == ".pdf":
            return _pdf(path, shown)
        if suffix == ".pptx":
            return _pptx(path)
        if suffix == ".odp":
            return _odp(path, shown)
        if suffix in {".txt", ".md"}:
            return Extracted(None, [_read_text(path)])
    except InputFileError as exc:
        return Extracted(
            warning=_t("{shown}: {reason} Its text was not extracted.").format(
                shown=shown, reason=exc.reason
            )
        )
    except Exception as exc:  # each reader has its own errors; one bad file must not stop the rest
        # The caller reports the warning; a log line as well would say it twice on a terminal.
        log.debug("cannot extract text from %s", shown, exc_info=True)
        reason = _describe(exc).replace(str(path), shown)  # the user's name, not the stored hash
        if isinstance(exc, zipfile.BadZipFile) or "Package not found" in reason:
            reason = _t("it is not a {upper} file: not a complete zip archive").format(
                upper=suffix.lstrip(".").upper()
            )
        return Extracted(
            warning=_t("{shown} could not be read ({reason}); text not extracted.").format(
                shown=shown, reason=reason
            )
        )
    return Extracted()


def _describe(exc: Exception) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text if len(text) < 200 else text[:197] + "…"


def _short_title(title: str | None) -> str | None:
    """A document's own title, as long as a title may be (some tools put a paragraph there)."""
    if not title:
        return None
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"


def _read_text(path: Path) -> str:
    from .text_encoding import read_legacy_text

    return read_legacy_text(path, TEXT_DOCUMENT_LIMIT, _t("a text document"))


def _pdf(path: Path, name: str) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                return Extracted(
                    warning=_t("{name} is encrypted; its text was not extracted.").format(name=name)
                )
        pages: list[str] = []
        warning = None
        for number, page in enumerate(reader.pages, start=1):
            try:
                pages.append((page.extract_text() or "")[:MAX_TEXT_PER_PAGE])
            except Exception as exc:
                pages.append("")
                warning = _t("Page {number} of {name} could not be read ({describe}).").format(
                    number=number, name=name, describe=_describe(exc)
                )
        title = None
        try:
            meta = reader.metadata
            title = str(meta.title).strip() if meta is not None and meta.title else None
        except Exception:
            title = None
        return Extracted(len(pages), pages, _short_title(title), warning)
    except PdfReadError as exc:
        return Extracted(
            warning=_t("{name} is not a readable PDF ({describe}).").format(
                name=name, describe=_describe(exc)
            )
        )


def _pptx(path: Path) -> Extracted:
    from pptx import Presentation

    deck = Presentation(str(path))
    pages: list[str] = []
    for slide in deck.slides:
        parts: list[str] = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text.strip()
            if notes:
                parts.append(notes)
        pages.append("\n".join(p for p in parts if p.strip())[:MAX_TEXT_PER_PAGE])
    return Extracted(len(pages), pages, _short_title(deck.core_properties.title))


def _odp(path: Path, name: str) -> Extracted:
    if not zipfile.is_zipfile(path):
        return Extracted(warning=_t("{name} is not an OpenDocument file.").format(name=name))
    from odf import teletype
    from odf.draw import Page
    from odf.opendocument import load

    doc = load(str(path))
    pages = [teletype.extractText(page)[:MAX_TEXT_PER_PAGE] for page in doc.getElementsByType(Page)]
    return Extracted(len(pages), pages)
