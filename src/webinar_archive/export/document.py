"""The page frame shared by briefs and booklets: header, footer, outline and late page numbers.

Page totals ("page 3 of 41") and table-of-contents page numbers are not known while pages are
laid out. Instead of a second layout pass, each page draws a PDF form XObject by name and the
forms are written once the last page is done (PDF allows a form to be defined after its use).
Layout therefore runs once, pages go out as they are finished, and the numbers are exact.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .brief_text import BriefText, brief_text
from .fonts import FONTS, font_runs, register_fonts
from .languages import PAPERS

PAPER_SIZES: dict[str, tuple[float, float]] = dict(zip(PAPERS, (A4, LETTER), strict=True))

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_GREY = colors.HexColor("#5e6a75")
RULE_GREY = colors.HexColor("#c3cad1")

COVER_TEMPLATE = "cover"
BODY_TEMPLATE = "body"


@dataclass(frozen=True, slots=True)
class Mark:
    """What a flowable registers when drawn: an outline entry and/or the running header."""

    key: str | None = None  # bookmark name, unique in the document
    title: str = ""
    level: int = 0
    header: str | None = None  # running header text from this page on


def mark(flowable: Flowable, mark: Mark) -> Flowable:
    """Attach ``mark`` to ``flowable`` (read back in :meth:`ArchiveDocTemplate.afterFlowable`)."""
    flowable.wa_mark = mark
    return flowable


class Anchor(Flowable):  # type: ignore[misc]
    """An invisible point in the story carrying a :class:`Mark`.

    Marks on a Paragraph are lost when reportlab splits it across pages (the parts are new
    objects), so a title that may be long is marked through an anchor placed before it.
    """

    def __init__(self, found: Mark) -> None:
        super().__init__()
        self.wa_mark = found
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def page_form(number: int) -> str:
    return f"WaPage{number}"


def anchor_form(key: str) -> str:
    return f"WaAnchor{key}"


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    return [(found or font, part) for found, part in font_runs(text)]


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` as :func:`draw_text` draws it (fallback fonts included)."""
    return float(sum(stringWidth(part, face, size) for face, part in _runs(text, font)))


def draw_text(
    canv: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> None:
    """Draw user text at ``x`` (its right end with ``right``), characters ``font`` lacks in a
    system font that has them, as Paragraphs do."""
    runs = _runs(text, font)
    if right:
        x -= sum(stringWidth(part, face, size) for face, part in runs)
    for face, part in runs:
        canv.setFont(face, size)
        canv.drawString(x, y, part)
        x += stringWidth(part, face, size)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text.rstrip() + "…"


class LazyStory(list[Any]):
    """A story that pulls its next chunk of flowables only when the layout needs it.

    reportlab consumes the story from the front; feeding it one session at a time keeps only
    the flowables of the session being laid out in memory, however many sessions there are.
    """

    def __init__(self, head: Iterable[Flowable], chunks: Iterator[list[Flowable]]) -> None:
        super().__init__(head)
        self._chunks: Iterator[list[Flowable]] | None = chunks

    def _refill(self) -> None:
        # keepWithNext looks one flowable ahead, so keep at least two queued.
        while self._chunks is not None and list.__len__(self) < 2:
            chunk = next(self._chunks, None)
            if chunk is None:
                self._chunks = None
            else:
                self.extend(chunk)

    def __len__(self) -> int:
        self._refill()
        return list.__len__(self)


class SpooledStream(PDFStream):  # type: ignore[misc]
    """A finished page's deflated content, kept in a spool file until the PDF is written."""

    def __init__(self, spool: BinaryIO, offset: int, length: int) -> None:
        super().__init__(content=b"")
        # A Filter entry tells reportlab the content is already encoded.
        self.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
        self.place = (spool, offset, length)

    def format(self, document: Any) -> bytes:
        spool, offset, length = self.place
        spool.seek(offset)
        self.content = spool.read(length)
        try:
            formatted: bytes = super().format(document)
        finally:
            self.content = b""
        return formatted


class CompactCanvas(Canvas):  # type: ignore[misc]
    """A canvas that deflates each page's content as soon as the page is finished and keeps it
    on disk until the document is saved.

    reportlab keeps every finished page as uncompressed text until the document is saved,
    about 20 KB a page for a brief; deflated it is a fifth of that, and spooled to an unnamed
    temporary file it takes no memory at all until the file is written, page by page. Only the
    page objects themselves (resources, links) stay in memory, which keeps a booklet of a
    thousand sessions (3,000 pages) within a modest amount of memory.
    """

    _spool: BinaryIO | None = None

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream and self._pageCompression:
            text = page.stream
            data = zlib.compress(text.encode("utf8") if isinstance(text, str) else text)
            if self._spool is None:
                # Closed by close_spool, after the save or a layout that failed.
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115
            spool = self._spool
            offset = spool.seek(0, os.SEEK_END)
            spool.write(data)
            page.Contents = SpooledStream(spool, offset, len(data))
            page.stream = None

    def save(self) -> None:
        try:
            super().save()
        finally:
            self.close_spool()

    def close_spool(self) -> None:
        """Remove the spool file (a layout that failed never saves)."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None


class ArchiveDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Pages with the archive header and footer, outline entries and deferred page numbers."""

    def __init__(
        self,
        target: str | BinaryIO,
        *,
        paper: str,
        archive_name: str,
        generated: dt.date,
        logo: Path | None,
        title: str,
        author: str,
        subject: str,
        keywords: Iterable[str],
        header: str = "",
        cover: bool = False,
        words: BriefText | None = None,
    ) -> None:
        register_fonts()
        self.words = words or brief_text()
        pagesize = PAPER_SIZES[paper]
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            keywords=list(keywords),
            creator="Webinar Archive",
            producer="Webinar Archive (reportlab)",
            # The document's language for screen readers: the language of the brief's own words
            # (headings, labels), which the catalogue's text around them may not share.
            lang=self.words.language,
            initialFontName=FONTS.regular,
            pageCompression=1,
        )
        self.archive_name = archive_name
        self.generated = generated
        self.logo = _load_logo(logo)
        self.current_header = header
        self.anchor_pages: dict[str, int] = {}
        self.anchor_keys: set[str] = set()
        self.page_count = 0
        self.after_mark: Callable[[Mark, int], None] | None = None
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="main",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        body = PageTemplate(BODY_TEMPLATE, frames=[frame], onPageEnd=self._decorate)
        # The first template listed is the one the first page uses; a cover goes bare.
        plain = PageTemplate(COVER_TEMPLATE, frames=[frame])
        self.addPageTemplates([plain, body] if cover else [body, plain])

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        kwargs.setdefault("canvasmaker", CompactCanvas)
        try:
            super().build(flowables, **kwargs)
        finally:
            close = getattr(getattr(self, "canv", None), "close_spool", None)
            if close is not None:
                close()

    # -- outline and running header ------------------------------------------------------------

    def beforeDocument(self) -> None:
        # Viewers and screen readers announce the title, not the file name.
        self.canv.setViewerPreference("DisplayDocTitle", "true")

    def afterFlowable(self, flowable: Flowable) -> None:
        found: Mark | None = getattr(flowable, "wa_mark", None)
        if found is None:
            return
        canv = self.canv
        page = canv.getPageNumber()
        if found.header is not None:
            self.current_header = found.header
        if found.key is not None and found.key not in self.anchor_pages:
            top = self.frame._y + getattr(flowable, "height", 0) + 4
            canv.bookmarkPage(found.key, fit="XYZ", left=0, top=top)
            title = found.title if len(found.title) <= 300 else found.title[:300] + "…"
            canv.addOutlineEntry(title, found.key, level=found.level, closed=found.level > 0)
            self.anchor_pages[found.key] = page
        if self.after_mark is not None:
            self.after_mark(found, page)

    # -- page decoration -----------------------------------------------------------------------

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right = MARGIN_X, width - MARGIN_X
        canv.saveState()
        top = height - 12 * mm
        text_x = left
        if self.logo is not None:
            reader, (img_w, img_h) = self.logo
            logo_h = 8 * mm
            logo_w = min(img_w * logo_h / img_h, 40 * mm)
            canv.drawImage(
                reader, left, top - 2, logo_w, logo_h, preserveAspectRatio=True, mask="auto"
            )
            text_x = left + logo_w + 3 * mm
        canv.setFillColor(HEADER_GREY)
        half = (right - left) / 2
        name = fit_text(self.archive_name, FONTS.bold, 8, half - (text_x - left) - 4 * mm)
        draw_text(canv, text_x, top, name, FONTS.bold, 8)
        header = fit_text(self.current_header, FONTS.regular, 8, half)
        draw_text(canv, right, top, header, FONTS.regular, 8, right=True)
        canv.setFont(FONTS.regular, 8)
        canv.setStrokeColor(RULE_GREY)
        canv.setLineWidth(0.5)
        canv.line(left, top - 4, right, top - 4)
        bottom = 11 * mm
        canv.line(left, bottom + 10, right, bottom + 10)
        generated = self.words.gettext("Generated {date}")
        canv.drawString(left, bottom, generated.format(date=self.words.short_date(self.generated)))
        # The text of this form ("page N of M") is written when M is known, in _endBuild.
        canv.doForm(page_form(canv.getPageNumber()))
        canv.restoreState()

    def _endBuild(self) -> None:
        # Let reportlab finish the last page, then write the deferred forms, then save.
        self._doSave = 0
        super()._endBuild()
        canv = self.canv
        total = canv.getPageNumber() - 1
        self.page_count = total
        width = self.pagesize[0]
        for number in range(1, total + 1):
            canv.beginForm(page_form(number))
            canv.setFillColor(HEADER_GREY)
            canv.setFont(FONTS.regular, 8)
            text = self.words.gettext("page {number} of {total}")
            canv.drawRightString(
                width - MARGIN_X,
                11 * mm,
                text.format(number=self.words.number(number), total=self.words.number(total)),
            )
            canv.endForm()
        for key in self.anchor_keys:
            page = self.anchor_pages.get(key)
            canv.beginForm(anchor_form(key))
            canv.setFont(FONTS.regular, 9.5)
            canv.drawRightString(TOC_NUMBER_WIDTH, 0, str(page) if page else "–")
            canv.endForm()
        canv.save()


TOC_NUMBER_WIDTH = 14 * mm


class PageNumberOf(Flowable):  # type: ignore[misc]
    """Draws, right-aligned in a fixed-width box, the page on which anchor ``key`` lands."""

    def __init__(self, doc: ArchiveDocTemplate, key: str) -> None:
        super().__init__()
        doc.anchor_keys.add(key)
        self.key = key
        self.width = TOC_NUMBER_WIDTH
        self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, 12

    def draw(self) -> None:
        self.canv.doForm(anchor_form(self.key))


def _load_logo(path: Path | None) -> tuple[ImageReader, tuple[int, int]] | None:
    if path is None:
        return None
    reader = ImageReader(str(path))
    size: tuple[int, int] = reader.getSize()
    return reader, size
