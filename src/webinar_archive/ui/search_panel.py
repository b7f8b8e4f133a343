"""The search results view: sessions in rank order, each with its hits and highlighted snippets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.search import Hit, SearchResults, SessionHits

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3

MARK_STYLE = "background-color:#ffe26b; color:#1f1a00; font-weight:600"
_NO_PARENT = 0xFFFFFFFF  # internalId of a session row; a hit row holds its session's row


def hit_html(hit: Hit, label_colour: str) -> str:
    """The hit as rich text: its place in small grey type, then the snippet, matches marked.

    ``Hit.snippet_html`` is already escaped; Qt's rich text knows no ``<mark>``, so the marks
    become styled spans.
    """
    snippet = hit.snippet_html.replace("<mark>", f'<span style="{MARK_STYLE}">').replace(
        "</mark>", "</span>"
    )
    label = hit.label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<span style="color:{label_colour}; font-size:small">{label}</span><br>{snippet}'


def session_header(session: SessionHits) -> str:
    # The date first: a long title is elided at its end, and the date stays readable.
    date = session.date.isoformat() if session.date else ""
    return f"{date}  ·  {session.title}" if date else session.title


class SearchResultsModel(QAbstractItemModel):
    """Two levels: matched sessions (rank order) and their hits. Pages are appended."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionHits] = []
        self.total = 0
        self.query = ""
        self.ranking = "relevance"

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self.sessions = list(results.sessions)
        self.total = results.total
        self.query = results.query
        self.ranking = results.ranking
        self.endResetModel()

    def append(self, results: SearchResults) -> None:
        """Add the next page (sessions already shown are skipped)."""
        known = {s.session_id for s in self.sessions}
        new = [s for s in results.sessions if s.session_id not in known]
        self.total = results.total
        if not new:
            return
        first = len(self.sessions)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.sessions.extend(new)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.sessions = []
        self.total = 0
        self.query = ""
        self.ranking = "relevance"
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        return len(self.sessions) < self.total

    # ------------------------------------------------------------------ model API

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self.sessions):
                return self.createIndex(row, 0, _NO_PARENT)
            return QModelIndex()
        if parent.internalId() != _NO_PARENT:
            return QModelIndex()
        if row < len(self.sessions[parent.row()].hits):
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, child: Any = None) -> Any:
        if child is None or not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sessions)
        if parent.internalId() == _NO_PARENT:
            return len(self.sessions[parent.row()].hits)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def session_of(self, index: QModelIndex | QPersistentModelIndex) -> SessionHits | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _NO_PARENT else int(index.internalId())
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def hit_of(self, index: QModelIndex | QPersistentModelIndex) -> Hit | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        session = self.session_of(index)
        if session is None or not 0 <= index.row() < len(session.hits):
            return None
        return session.hits[index.row()]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        session = self.session_of(index)
        if session is None:
            return None
        hit = self.hit_of(index)
        if role == SESSION_ROLE:
            return session.session_id
        if role == HIT_ROLE:
            return hit
        if hit is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return session_header(session)
            if role == Qt.ItemDataRole.FontRole:
                font = QApplication.font()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.label}: {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.label
        if role == HTML_ROLE:
            colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
            return hit_html(hit, colour)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as two lines of rich text (label, snippet); session rows as usual."""

    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: float,
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(2)
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE)))
        doc.setTextWidth(max(width, 50.0))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.rect
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        opt.text = text
        doc = self._document(opt, index, rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(HTML_ROLE) is None:
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + 6)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = float(opt.rect.width())
        if isinstance(view, QTreeView):
            # A hit row is as wide as the viewport less two indentations (session, hit).
            width = float(view.viewport().width() - 2 * view.indentation() - 2)
        doc = self._document(opt, index, width)
        return QSize(int(width), int(doc.size().height()) + 4)


class SearchPanel(QWidget):
    """The results list with its total; it asks for more when scrolled to the end."""

    hit_activated = Signal(int, object)  # session id, Hit or None for the session row
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.model = SearchResultsModel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.view = QTreeView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setIndentation(14)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.modelReset.connect(self._on_rows_inserted)
        self._loading = False
        self._width = 0
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Row heights depend on the width the snippets wrap to: lay them out again on resize.
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            width = self.view.viewport().width()
            if width != self._width:
                self._width = width
                QTimer.singleShot(0, self.view.doItemsLayout)
        return super().eventFilter(watched, event)

    def set_results(self, results: SearchResults) -> None:
        self._loading = False
        self.model.set_results(results)
        self.view.expandAll()
        self.view.scrollToTop()
        self._update_summary()
        self._ask_more_if_short()

    def append(self, results: SearchResults) -> None:
        self._loading = False
        self.model.append(results)
        self._update_summary()
        self._ask_more_if_short()

    def clear(self) -> None:
        self._loading = False
        self.model.clear()
        self.summary.clear()

    def show_message(self, text: str) -> None:
        self.summary.setText(text)

    def _update_summary(self) -> None:
        total = self.model.total
        if total == 0:
            text = self.tr("No session matches.")
        elif total == 1:
            text = self.tr("1 session matches")
        else:
            text = self.tr("%Ln session(s) match", "", total)
        shown = len(self.model.sessions)
        if 0 < shown < total:
            text += self.tr(" (%1 shown; scroll for more)").replace("%1", f"{shown:,}")
        tip = ""
        if total and self.model.ranking == "tiered":
            text += self.tr(" · common words: title matches first")
            tip = self.tr(
                "These words are in too many sessions to rank by relevance. Sessions with them "
                "in the title come first, then those with them among the speakers, "
                "organisations, series, theme or tags, then the rest. A small group is ranked "
                "by relevance, a large one lists the most recently added first. Add a word or "
                "a filter to narrow the search."
            )
        self.summary.setText(text)
        self.summary.setToolTip(tip)

    def _on_rows_inserted(self, *args: object) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if not self.view.isExpanded(index):
                self.view.expand(index)

    def _on_view_activated(self, index: QModelIndex) -> None:
        session = self.model.session_of(index)
        if session is not None:
            self.hit_activated.emit(session.session_id, self.model.hit_of(index))

    def _on_scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if value >= bar.maximum() - 4:
            self._request_more()

    def _ask_more_if_short(self) -> None:
        # A first page shorter than the view shows no scroll bar to pull on.
        bar = self.view.verticalScrollBar()
        if self.isVisible() and bar.maximum() == 0:
            self._request_more()

    def _request_more(self) -> None:
        if self.model.has_more and not self._loading:
            self._loading = True
            self.more_requested.emit()

    def loading_failed(self) -> None:
        self._loading = False
