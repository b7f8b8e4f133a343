"""PDF preview with QtPdf: page thumbnails rendered a few at a time, a zoomable page view, and the
search terms highlighted on the page shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.query import Term
from ..domain.search import match_spans
from .widgets import theme_icon

THUMB_WIDTH = 96
# The page's least readable width: a narrower preview (beside the search results at 1280 px)
# gives the page the thumbnails' column too; the page number and arrows still move through it.
PAGE_LEAST = 300
THUMBS_PER_TICK = 3  # rendering is on the GUI thread; small batches keep it responsive


def render_page(document: QPdfDocument, page: int, width: int) -> QImage:
    """Render ``page`` (0-based) scaled to ``width`` pixels, white page background."""
    size = document.pagePointSize(page)
    if size.width() <= 0:
        return QImage()
    height = max(1, round(width * size.height() / size.width()))
    image = document.render(page, QSize(width, height))
    if image.isNull():
        return image
    # Transparent PDF backgrounds render as black in icon views; paint them on white.
    canvas = QImage(image.size(), QImage.Format.Format_RGB32)
    canvas.fill(Qt.GlobalColor.white)
    from PySide6.QtGui import QPainter

    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)
    painter.end()
    return canvas


def first_page_pixmap(path: Path, width: int) -> QPixmap:
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return QPixmap()
    pixmap = QPixmap.fromImage(render_page(document, 0, width))
    document.close()
    return pixmap


class PdfPreview(QWidget):
    """Thumbnails on the left, the page on the right, zoom and page navigation on top."""

    page_changed = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.material_id: int | None = None
        self._next_thumb = 0
        self._requested_page = 0
        self._keep_page: int | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pdfTitle")
        self.prev_action = self.toolbar.addAction(
            theme_icon("go-previous", QStyle.StandardPixmap.SP_ArrowBack), self.tr("Previous Page")
        )
        self.prev_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.toolbar.addWidget(self.page_spin)
        self.page_count_label = QLabel(self)
        self.toolbar.addWidget(self.page_count_label)
        self.next_action = self.toolbar.addAction(
            theme_icon("go-next", QStyle.StandardPixmap.SP_ArrowForward), self.tr("Next Page")
        )
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.toolbar.addSeparator()
        self.zoom_out_action = self.toolbar.addAction(
            theme_icon("zoom-out", QStyle.StandardPixmap.SP_ArrowDown), self.tr("Zoom Out")
        )
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self.toolbar.addAction(
            theme_icon("zoom-in", QStyle.StandardPixmap.SP_ArrowUp), self.tr("Zoom In")
        )
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width_action = self.toolbar.addAction(
            theme_icon("zoom-fit-width", QStyle.StandardPixmap.SP_TitleBarMaxButton),
            self.tr("Fit Width"),
        )
        self.fit_page_action = self.toolbar.addAction(
            theme_icon("zoom-fit-best", QStyle.StandardPixmap.SP_TitleBarNormalButton),
            self.tr("Fit Page"),
        )
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.title_label)

        self.thumbnails = QListWidget(self)
        self.thumbnails.setObjectName("pdfThumbnails")
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.thumbnails.setSpacing(6)
        self.thumbnails.setUniformItemSizes(True)
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 36)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # The view paints the model's results on every page and frames the current one.
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self._terms: tuple[Term, ...] = ()
        self._matches: dict[int, str] = {}  # page -> the text highlighted there
        self._framed_page = -1

        pages = QHBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.setSpacing(2)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(pages, 1)

        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._on_thumb_timer_timeout)
        self.prev_action.triggered.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_action.triggered.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(1.25))
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(0.8))
        self.fit_width_action.triggered.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_action.triggered.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        self.page_spin.valueChanged.connect(self._on_page_spin_value_changed)
        self.thumbnails.currentRowChanged.connect(self._on_thumbnails_current_row_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_page_changed)
        # A fitted zoom changes with the view's width and the scroll offset stays: without
        # this, a dock growing after a jump shows another page than the one asked for.
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

    # --------------------------------------------------------------- document

    def load(self, path: Path, material_id: int | None = None, title: str = "") -> bool:
        self._thumb_timer.stop()
        self.thumbnails.clear()
        self.document.close()
        self._matches.clear()
        self.material_id = material_id
        self.title_label.setText(title or path.name)
        self.document.load(str(path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self.page_count_label.setText("")
            return False
        count = self.document.pageCount()
        self.page_spin.setMaximum(max(1, count))
        self.page_count_label.setText(self.tr(" of %1").replace("%1", str(count)))
        placeholder = QPixmap(self.thumbnails.iconSize())
        placeholder.fill(Qt.GlobalColor.white)
        for page in range(count):
            item = QListWidgetItem(QIcon(placeholder), str(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self._next_thumb = 0
        self._thumb_timer.start()
        self._matches.clear()
        self._update_highlight(0)
        return True

    # --------------------------------------------------------------- search highlight

    def set_search_terms(self, terms: tuple[Term, ...]) -> None:
        """Highlight ``terms`` (of the current search) in the document, the page shown first."""
        self._terms = terms
        self._matches.clear()
        self._update_highlight(self._requested_page)

    def highlighted_text(self) -> str:
        """The text highlighted ('' when nothing is)."""
        return self.search_model.searchString()

    def highlighted_page(self) -> int:
        """The page whose first hit is framed (-1 when none is)."""
        return self._framed_page

    def _update_highlight(self, page: int) -> None:
        """Highlight the words of the page shown; on a page without any, those of the next
        page that has some (so scrolling on keeps the hits in sight)."""
        count = self.document.pageCount()
        text, found_on = "", -1
        if self._terms and count:
            for p in [*range(page, count), *range(0, min(page, count))]:
                text = self._match_on_page(p)
                if text:
                    found_on = p
                    break
        if text != self.search_model.searchString():
            self.search_model.setSearchString(text)
        self._framed_page = found_on
        if not text:
            self.view.setCurrentSearchResultIndex(-1)
            return
        # Frame that page's first hit: the plain highlight alone is pale on a white page.
        before = sum(len(self.search_model.resultsOnPage(p)) for p in range(found_on))
        self.view.setCurrentSearchResultIndex(before)

    def _match_on_page(self, page: int) -> str:
        """The page's words matching the terms, as printed (so "lodz" finds "Łódź").

        QtPdf searches one literal string, accents and all: take the page's text as written,
        preferring the longest match (a phrase over a word) that does not cross a line.
        Remembered per page until the document or the terms change.
        """
        if page in self._matches:
            return self._matches[page]
        text = self.document.getAllText(page).text()
        found = [text[a:b] for a, b in match_spans(text, self._terms)]
        found = [f for f in found if "\n" not in f and "\r" not in f]
        self._matches[page] = max(found, key=len) if found else ""
        return self._matches[page]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.thumbnails.setVisible(
            event.size().width() >= self.thumbnails.minimumWidth() + PAGE_LEAST
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched in (self.view, self.view.viewport())
            and self.view.zoomMode() != QPdfView.ZoomMode.Custom
            and self.document.pageCount()
            and self._keep_page is None
        ):
            self._keep_page = self._requested_page
            QTimer.singleShot(0, self._restore_kept_page)
        return super().eventFilter(watched, event)

    def _restore_kept_page(self) -> None:
        page, self._keep_page = self._keep_page, None
        if page is not None and self.current_page() != page:
            self.go_to_page(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A view laid out while hidden keeps a stale fit; fit again once it has its size.
        QTimer.singleShot(0, self.refit)

    def refit(self) -> None:
        mode = self.view.zoomMode()
        if mode != QPdfView.ZoomMode.Custom:
            page = self._requested_page
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomMode(mode)
            self.go_to_page(page)

    def page_count(self) -> int:
        return self.document.pageCount()

    def thumbnails_done(self) -> bool:
        return not self._thumb_timer.isActive()

    def _on_thumb_timer_timeout(self) -> None:
        count = self.document.pageCount()
        end = min(count, self._next_thumb + THUMBS_PER_TICK)
        for page in range(self._next_thumb, end):
            image = render_page(self.document, page, THUMB_WIDTH)
            if not image.isNull():
                self.thumbnails.item(page).setIcon(QIcon(QPixmap.fromImage(image)))
        self._next_thumb = end
        if end >= count:
            self._thumb_timer.stop()

    # --------------------------------------------------------------- navigation

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (0-based), clamped to the document."""
        count = self.document.pageCount()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        self._requested_page = page
        if self._keep_page is not None:
            self._keep_page = page  # asked for now: this is the page to keep across the resize
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def zoom_by(self, factor: float) -> None:
        zoom = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, zoom * factor)))

    def _on_page_spin_value_changed(self, value: int) -> None:
        if value - 1 != self.current_page():
            self.go_to_page(value - 1)

    def _on_thumbnails_current_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.current_page():
            self.go_to_page(row)

    def _on_navigator_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        if self.thumbnails.currentRow() != page:
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(page)
            self.thumbnails.blockSignals(False)
        self.prev_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.document.pageCount() - 1)
        if self.view.isVisible() and self._keep_page is None:
            self._requested_page = page
        self._update_highlight(page)
        self.page_changed.emit(page)
