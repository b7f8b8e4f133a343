"""The session table's view: its look, and how its columns share the width it is given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
)

from .session_table_model import (
    COL_DATE,
    COL_DURATION,
    COL_MATERIALS,
    COL_SERIES,
    COL_SPEAKERS,
    COL_STATUS,
    COL_THEME,
    COL_TITLE,
)


class SessionTableView(QTableView):
    """Rows of sessions, whole rows selected; the title column keeps its share of the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionTable")
        self.setAccessibleName(self.tr("Sessions"))
        # Tab moves on to the editor; arrows move within the table (Tab would walk the cells
        # and select the next session at the end of each row).
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vheader = self.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hheader = self.horizontalHeader()
        hheader.setHighlightSections(False)
        hheader.setSectionsMovable(True)
        hheader.setStretchLastSection(False)
        hheader.setSortIndicatorShown(True)
        # A header that must be cut says so with "…" (and its tooltip has it whole), rather than
        # showing a fragment such as "teriały" for "Materiały".
        hheader.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The widths the user (or the first fit) gave the other columns; in a narrow table they
        # give way to the title, and get these back when there is room again.
        self._column_widths: dict[int, int] = {}
        self._sharing_width = False
        hheader.sectionResized.connect(self._on_header_section_resized)
        # The sorted column's header needs room for its arrow: the others share again, the
        # title's width left as it is (a width the user gave it, or one being restored).
        hheader.sortIndicatorChanged.connect(lambda *_: self.share_width(keep_title=True))
        self.viewport().installEventFilter(self)

    def configure_columns(self) -> None:
        """Default widths and hidden columns; the user's saved header state replaces them."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.setSectionHidden(COL_THEME, True)
        self.fit_columns()

    def fit_columns(self, hide_when_narrow: bool = False) -> None:
        """Share the visible width between the shown columns (title and speakers get most)."""
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        fixed = {
            COL_DATE: fm.horizontalAdvance("2020-09-11") + 24,
            COL_MATERIALS: self.header_width(COL_MATERIALS, sorted_too=True),
            COL_DURATION: self.header_width(COL_DURATION, sorted_too=True),
            COL_STATUS: max(
                fm.horizontalAdvance(self.tr("Catalogued")) + 24,
                self.header_width(COL_STATUS, sorted_too=True),
            ),
        }
        weights = {COL_TITLE: 7, COL_SERIES: 3, COL_SPEAKERS: 4, COL_THEME: 3}
        # Leave room for the vertical scroll bar that a long list brings.
        width = self.viewport().width() - self.verticalScrollBar().sizeHint().width()

        def layout() -> tuple[list[int], int, int]:
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            available = width - sum(fixed.get(c, 0) for c in shown)
            return shown, available, sum(weights.get(c, 0) for c in shown) or 1

        shown, available, total = layout()
        if hide_when_narrow:
            # In a narrow table the title matters most; the header menu brings columns back.
            for optional in (COL_STATUS, COL_DURATION, COL_SERIES):
                if available * weights[COL_TITLE] // total >= 220:
                    break
                header.setSectionHidden(optional, True)
                shown, available, total = layout()
        for col in shown:
            if col in fixed:
                self.setColumnWidth(col, fixed[col])
            else:
                share = available * weights.get(col, 0) // total
                self.setColumnWidth(col, max(share, 80 if col != COL_TITLE else 160))

    def _on_header_section_resized(self, col: int, _old: int, new: int) -> None:
        if not self._sharing_width and col != COL_TITLE:
            self._column_widths[col] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.share_width()
        return super().eventFilter(watched, event)

    def header_width(self, col: int, sorted_too: bool = False) -> int:
        """The width column ``col`` needs to show its header whole, in the language shown (with
        room for the sort arrow when it is the sorted column, or ``sorted_too``)."""
        header = self.horizontalHeader()
        model = self.model()
        text = str(model.headerData(col, Qt.Orientation.Horizontal) or "") if model else ""
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = header.fontMetrics().horizontalAdvance(text) + 4 * margin
        if sorted_too or (header.isSortIndicatorShown() and header.sortIndicatorSection() == col):
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return width

    def _readable_width(self, col: int) -> int:
        """Its header whole; for the date, the date too (a cut date says nothing)."""
        width = self.header_width(col)
        if col == COL_DATE:
            width = max(width, self.fontMetrics().horizontalAdvance("2020-09-11") + 12)
        return width

    def share_width(self, keep_title: bool = False) -> None:
        """Keep the title at least 40 % of a narrow table: the other columns shrink first, down
        to their headers' widths (and the date's); then the title gives way, down to 30 %, so
        that headers stay whole; only below that are headers cut (with "…")."""
        header = self.horizontalHeader()
        width = self.viewport().width()
        others = [
            c for c in range(header.count()) if c != COL_TITLE and not header.isSectionHidden(c)
        ]
        wanted = {c: self._column_widths.get(c, header.sectionSize(c)) for c in others}
        least = header.minimumSectionSize()
        floors = {c: max(least, min(w, self._readable_width(c))) for c, w in wanted.items()}
        title = max(160, int(width * 0.4))
        whole = sum(floors.values())
        room = max(width - title, min(whole, width - max(160, int(width * 0.3))))
        total = sum(wanted.values())
        self._sharing_width = True
        try:
            for col, w in wanted.items():
                if total <= room or total == 0:
                    share = w
                elif whole <= room:
                    # Each gives up part of what it has beyond its header.
                    share = floors[col] + (w - floors[col]) * (room - whole) // (total - whole)
                else:
                    share = max(least, w * room // total)
                if header.sectionSize(col) != share:
                    header.resizeSection(col, share)
            if keep_title:
                return
            # So narrow that the others cannot shrink enough: the title keeps its share and
            # the rest scrolls sideways, rather than a title cut to a few letters.
            cramped = len(others) * least > room
            mode = QHeaderView.ResizeMode.Interactive if cramped else QHeaderView.ResizeMode.Stretch
            if header.sectionResizeMode(COL_TITLE) != mode:
                header.setSectionResizeMode(COL_TITLE, mode)
            if cramped:
                header.resizeSection(COL_TITLE, title)
        finally:
            self._sharing_width = False

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        model = self.model()
        menu = QMenu(self)
        for col in range(header.count()):
            action = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != COL_TITLE)
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Fit Columns to Window"), lambda: self.fit_columns())
        menu.exec(header.mapToGlobal(pos))
