"""The catalogue browser: a tree of sidebar nodes with counts, each standing for a SessionFilter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeView,
    QWidget,
)

from ..domain import model as m
from ..domain.search import SavedSearch
from .formats import number_text
from .widgets import theme_icon

if TYPE_CHECKING:
    from ..services.archive import Archive

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
FACET_ROLE = Qt.ItemDataRole.UserRole + 3  # (facet name, value) of a search-result facet
SAVED_ROLE = Qt.ItemDataRole.UserRole + 4  # SavedSearch of a saved-search node

# Node kinds; groups are headers that filter nothing themselves.
KIND_ALL = "all"
KIND_GROUP = "group"
KIND_FILTER = "filter"
KIND_TRASH = "trash"
KIND_LAZY = "lazy"  # placeholder under a group filled when first expanded
KIND_MORE = "more"  # "More…" under Speakers / Organisations
KIND_FACET = "facet"  # a value of the current search result; clicking narrows the query
KIND_SAVED = "saved"  # a saved search; clicking runs it

TOP_N = 50


_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "all": ("view-list", QStyle.StandardPixmap.SP_DirIcon),
    "recent": ("document-open-recent", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    "series": ("media-playlist-consecutive", QStyle.StandardPixmap.SP_FileDialogListView),
    "years": ("x-office-calendar", QStyle.StandardPixmap.SP_FileDialogInfoView),
    "speakers": ("system-users", QStyle.StandardPixmap.SP_DirHomeIcon),
    "organisations": ("network-workgroup", QStyle.StandardPixmap.SP_DriveNetIcon),
    "tags": ("bookmark-new", QStyle.StandardPixmap.SP_FileDialogContentsView),
    "incomplete": ("dialog-warning", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "trash": ("user-trash", QStyle.StandardPixmap.SP_TrashIcon),
    "search": ("edit-find", QStyle.StandardPixmap.SP_FileDialogContentsView),
    "saved": ("folder-saved-search", QStyle.StandardPixmap.SP_DialogSaveButton),
}

FACET_LABELS = {
    "series": QT_TRANSLATE_NOOP("Browser", "Series"),
    "year": QT_TRANSLATE_NOOP("Browser", "Years"),
    "organisation": QT_TRANSLATE_NOOP("Browser", "Organisations"),
    "speaker": QT_TRANSLATE_NOOP("Browser", "Speakers"),
    "tag": QT_TRANSLATE_NOOP("Browser", "Tags"),
}


def node_icon(key: str) -> QIcon:
    theme, fallback = _ICONS[key]
    return theme_icon(theme, fallback)


@dataclass(frozen=True, slots=True)
class BrowserCounts:
    """Everything the browser shows but the lazily filled speakers and organisations: read in
    one go (on the query thread at start-up, since on a large library it takes a while)."""

    all: int
    recent: int
    saved: list[SavedSearch]
    series: list[m.Series]
    years: list[tuple[int, int]]
    tags: list[tuple[str, int]]
    incomplete: dict[str, int]
    trash: int


INCOMPLETE = ("no-recording", "no-slides", "speaker-no-org")


def read_counts(archive: Archive) -> BrowserCounts:
    s = archive.sessions
    return BrowserCounts(
        all=s.count(),
        recent=s.count(m.SessionFilter(recent_days=30)),
        saved=list(archive.search.saved_searches()),
        series=list(s.series()),
        years=list(s.years()),
        tags=list(s.tags()),
        incomplete={w: s.count(m.SessionFilter(incomplete=w)) for w in INCOMPLETE},
        trash=s.count(m.SessionFilter(trash=True)),
    )


class BrowserModel(QStandardItemModel):
    """Two columns: name and count. Speakers and Organisations are filled lazily."""

    def __init__(self, archive: Archive, parent: Any = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self.setColumnCount(2)
        self.groups: dict[str, QStandardItem] = {}
        # Facets of the active search (None: no query), shown in a branch at the top.
        self.search_facets: dict[str, list[tuple[str, int]]] | None = None
        self.search_total = 0
        self.trash_count = 0  # as last shown

    def _row(
        self,
        name: str,
        count: int | None,
        kind: str,
        flt: m.SessionFilter | None = None,
        icon: str | None = None,
    ) -> list[QStandardItem]:
        item = QStandardItem(name)
        if icon is not None:
            item.setIcon(node_icon(icon))
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(flt, FILTER_ROLE)
        item.setToolTip(name)
        num = QStandardItem("" if count is None else number_text(count))
        num.setEditable(False)
        num.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        num.setData(kind, KIND_ROLE)
        num.setData(flt, FILTER_ROLE)
        num.setForeground(QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText)))
        if kind == KIND_GROUP:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
            item.setSelectable(False)
            num.setSelectable(False)
        return [item, num]

    def rebuild(self, counts: BrowserCounts | None = None) -> None:
        """Show ``counts`` (read now when None)."""
        c = counts if counts is not None else read_counts(self._archive)
        self.trash_count = c.trash
        self.removeRows(0, self.rowCount())
        self.groups.clear()
        root = self.invisibleRootItem()
        if self.search_facets is not None:
            self._fill_search_group()
        root.appendRow(
            self._row(
                QCoreApplication.translate("Browser", "All sessions"),
                c.all,
                KIND_ALL,
                m.SessionFilter(),
                "all",
            )
        )
        root.appendRow(
            self._row(
                QCoreApplication.translate("Browser", "Recently added"),
                c.recent,
                KIND_FILTER,
                m.SessionFilter(recent_days=30),
                "recent",
            )
        )
        saved = c.saved
        if saved:
            group = self._group("saved", QCoreApplication.translate("Browser", "Saved searches"))
            for search in saved:
                row = self._row(search.name, None, KIND_SAVED)
                row[0].setData(search, SAVED_ROLE)
                row[0].setToolTip(search.query)
                row[0].setSelectable(False)
                row[1].setSelectable(False)
                group[0].appendRow(row)

        series = self._group("series", QCoreApplication.translate("Browser", "Series"))
        for ser in c.series:
            if ser.session_count:
                series[0].appendRow(
                    self._row(
                        ser.name, ser.session_count, KIND_FILTER, m.SessionFilter(series_id=ser.id)
                    )
                )
        years = self._group("years", QCoreApplication.translate("Browser", "Years"))
        for year, count in c.years:
            years[0].appendRow(self._row(str(year), count, KIND_FILTER, m.SessionFilter(year=year)))
        for key, label in (
            ("speakers", QCoreApplication.translate("Browser", "Speakers")),
            ("organisations", QCoreApplication.translate("Browser", "Organisations")),
        ):
            group = self._group(key, label)
            group[0].appendRow(
                self._row(QCoreApplication.translate("Browser", "Loading…"), None, KIND_LAZY)
            )
        tags = self._group("tags", QCoreApplication.translate("Browser", "Tags"))
        for tag, count in c.tags:
            tags[0].appendRow(self._row(tag, count, KIND_FILTER, m.SessionFilter(tag=tag)))

        incomplete = self._group("incomplete", QCoreApplication.translate("Browser", "Incomplete"))
        for which, label in (
            ("no-recording", QCoreApplication.translate("Browser", "No recording")),
            ("no-slides", QCoreApplication.translate("Browser", "No slides")),
            (
                "speaker-no-org",
                QCoreApplication.translate("Browser", "Speaker without organisation"),
            ),
        ):
            flt = m.SessionFilter(incomplete=which)
            incomplete[0].appendRow(self._row(label, c.incomplete[which], KIND_FILTER, flt))
        trash = m.SessionFilter(trash=True)
        root.appendRow(
            self._row(
                QCoreApplication.translate("Browser", "Trash"),
                c.trash,
                KIND_TRASH,
                trash,
                "trash",
            )
        )

    def set_search_facets(
        self, facets: dict[str, list[tuple[str, int]]] | None, total: int = 0
    ) -> None:
        """Show (or, with None, remove) the "Search results" branch with these facets."""
        self.search_facets = facets
        self.search_total = total
        old = self.groups.pop("search", None)
        if old is not None:
            self.removeRow(old.row())
        if facets is not None:
            self._fill_search_group()

    def _fill_search_group(self) -> None:
        assert self.search_facets is not None
        group = self._row(
            QCoreApplication.translate("Browser", "Search results"),
            self.search_total,
            KIND_GROUP,
            icon="search",
        )
        self.invisibleRootItem().insertRow(0, group)
        self.groups["search"] = group[0]
        for name, values in self.search_facets.items():
            if not values:
                continue
            label = QCoreApplication.translate("Browser", str(FACET_LABELS.get(name, name)))
            branch = self._row(label, None, KIND_GROUP)
            branch[0].setFont(QFont())
            branch[0].setData(name, FACET_ROLE)
            group[0].appendRow(branch)
            for value, count in values:
                row = self._row(value, count, KIND_FACET)
                row[0].setData((name, value), FACET_ROLE)
                row[0].setToolTip(
                    QCoreApplication.translate("Browser", "Narrow the search to %1").replace(
                        "%1", value
                    )
                )
                for item in row:
                    item.setSelectable(False)
                branch[0].appendRow(row)

    def _group(self, key: str, label: str) -> list[QStandardItem]:
        row = self._row(label, None, KIND_GROUP, icon=key)
        self.invisibleRootItem().appendRow(row)
        self.groups[key] = row[0]
        return row

    def fill_lazy(self, group: QStandardItem, everything: bool = False) -> None:
        """Fill Speakers or Organisations: the top ``TOP_N`` by appearances, or all of them."""
        key = next((k for k, v in self.groups.items() if v is group), None)
        if key not in ("speakers", "organisations"):
            return
        group.removeRows(0, group.rowCount())
        entries: list[tuple[str, int, m.SessionFilter]]
        if key == "speakers":
            entries = [
                (p.display_name, p.appearance_count, m.SessionFilter(person_id=p.id))
                for p in self._archive.people.people()
                if p.appearance_count
            ]
        else:
            entries = [
                (o.name, o.appearance_count, m.SessionFilter(organisation_id=o.id))
                for o in self._archive.people.organisations()
                if o.appearance_count
            ]
        if not everything:
            entries.sort(key=lambda e: (-e[1], e[0].casefold()))
        shown = entries if everything or len(entries) <= TOP_N else entries[:TOP_N]
        for name, count, flt in shown:
            group.appendRow(self._row(name, count, KIND_FILTER, flt))
        if len(shown) < len(entries):
            more = self._row(
                QCoreApplication.translate("Browser", "More… (%1 in all)").replace(
                    "%1", number_text(len(entries))
                ),
                None,
                KIND_MORE,
            )
            more[0].setForeground(QBrush(QPalette().color(QPalette.ColorRole.Link)))
            group.appendRow(more)

    def index_of_filter(self, flt: m.SessionFilter) -> QModelIndex:
        """Find the node showing ``flt`` (to keep the selection across a rebuild)."""
        stack = [self.invisibleRootItem()]
        while stack:
            parent = stack.pop()
            for r in range(parent.rowCount()):
                child = parent.child(r, 0)
                if child.data(FILTER_ROLE) == flt:
                    return child.index()
                stack.append(child)
        return QModelIndex()


class BrowserView(QTreeView):
    """Layout of the tree; the controller decides what a selection means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueBrowser")
        self.setAccessibleName(
            QCoreApplication.translate("Browser", "Browse by series, year, speaker and more")
        )
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAnimated(True)
        self.setIndentation(14)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # saved searches
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setMinimumWidth(icon_size * 12)

    def configure_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
