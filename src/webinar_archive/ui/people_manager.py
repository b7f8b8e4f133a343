"""People and organisations: list with counts, their sessions, rename, aliases, merge, and
removing those no session names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..services.archive import Archive
from .errors import report_exception
from .formats import date_text
from .unused_records import offer_removal
from .widgets import make_hint

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AuthorityPane(QWidget):
    """Layout of one tab: filter, list with counts, editor for the selection, its sessions."""

    def __init__(self, name_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([name_label, self.tr("Sessions")])
        self.list.setAccessibleName(name_label)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.list, 1)

        self.name_edit = QLineEdit(self)
        self.aliases_edit = QLineEdit(self)
        self.aliases_edit.setPlaceholderText(self.tr("Other spellings, separated by ';'"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.merge_button = QPushButton(self.tr("Merge Into…"), self)
        self.merge_button.setToolTip(
            self.tr("Select two entries that are the same, then choose which one to keep")
        )
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(self.tr("Sessions of the selected entry"))
        self.hint = make_hint(QLabel(self))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Aliases:"), self.aliases_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(QLabel(self.tr("Sessions:"), self))
        right_layout.addWidget(self.sessions, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)


class PeopleManagerDialog(QDialog):
    """Layout: a People tab and an Organisations tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleManager")
        self.setWindowTitle(self.tr("People and Organisations"))
        self.resize(900, 560)
        self.tabs = QTabWidget(self)
        self.people = AuthorityPane(self.tr("Person"), self)
        self.organisations = AuthorityPane(self.tr("Organisation"), self)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.remove_unused_button = close.addButton(
            self.tr("Remove Unused People and Organisations…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.remove_unused_button.setObjectName("removeUnusedButton")
        self.remove_unused_button.setToolTip(
            self.tr("Delete the people and organisations that no session names (0 sessions)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)


class AuthorityController(QObject):
    """Logic of one pane; ``kind`` is 'person' or 'organisation'."""

    changed = Signal()
    session_activated = Signal(int)

    def __init__(self, archive: Archive, pane: AuthorityPane, kind: str) -> None:
        super().__init__(pane)
        self.archive = archive
        self.pane = pane
        self.kind = kind
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.refresh)
        pane.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        pane.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        pane.save_button.clicked.connect(self._on_save_button_clicked)
        pane.merge_button.clicked.connect(self._on_merge_button_clicked)
        pane.sessions.itemActivated.connect(self._on_sessions_item_activated)
        self.refresh()

    def _records(self) -> list[Any]:
        text = self.pane.filter_edit.text()
        if self.kind == "person":
            return list(self.archive.people.people(text))
        return list(self.archive.people.organisations(text))

    @staticmethod
    def _name(record: Any) -> str:
        return str(record.display_name if isinstance(record, m.Person) else record.name)

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        lst = self.pane.list
        # Silent while rebuilding: clearing removes the items one by one, and the selection it
        # passes through (an entry a merge just removed, alone) is not one to show.
        blocker = QSignalBlocker(lst)
        lst.setSortingEnabled(False)
        lst.clear()
        for rec in self._records():
            item = _CountItem([self._name(rec), str(rec.appearance_count)])
            item.setData(0, ID_ROLE, rec.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            if rec.aliases:
                item.setToolTip(
                    0,
                    QCoreApplication.translate("PeopleManager", "Also: %1").replace(
                        "%1", "; ".join(rec.aliases)
                    ),
                )
            lst.addTopLevelItem(item)
            item.setSelected(rec.id in selected)
        lst.setSortingEnabled(True)
        blocker.unblock()
        self._on_list_selection_changed()

    def select_ids(self, ids: list[int]) -> None:
        lst = self.pane.list
        with QSignalBlocker(lst):
            lst.clearSelection()
            for i in range(lst.topLevelItemCount()):
                item = lst.topLevelItem(i)
                if item is not None and item.data(0, ID_ROLE) in ids:
                    item.setSelected(True)
        self._on_list_selection_changed()

    def selected_ids(self) -> list[int]:
        return [int(i.data(0, ID_ROLE)) for i in self.pane.list.selectedItems()]

    def _record(self, ident: int) -> Any:
        if self.kind == "person":
            return self.archive.people.person(ident)
        return self.archive.people.organisation(ident)

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_list_selection_changed(self) -> None:
        ids = self.selected_ids()
        p = self.pane
        single = len(ids) == 1
        p.name_edit.setEnabled(single)
        p.aliases_edit.setEnabled(single)
        p.save_button.setEnabled(single)
        p.merge_button.setEnabled(len(ids) == 2)
        p.sessions.clear()
        if len(ids) == 2:
            p.hint.setText(
                QCoreApplication.translate(
                    "PeopleManager",
                    "Two selected: Merge Into… keeps one and folds the other into it.",
                )
            )
        elif not ids:
            p.hint.setText(
                QCoreApplication.translate(
                    "PeopleManager",
                    "Select one entry to rename it, or two duplicates to merge them.",
                )
            )
        else:
            p.hint.clear()
        if not single:
            p.name_edit.clear()
            p.aliases_edit.clear()
            return
        rec = self._record(ids[0])
        self._shown = rec  # what a save is checked against
        p.name_edit.setText(self._name(rec))
        p.aliases_edit.setText("; ".join(rec.aliases))
        flt = (
            m.SessionFilter(person_id=rec.id)
            if self.kind == "person"
            else m.SessionFilter(organisation_id=rec.id)
        )
        for row in self.archive.sessions.list_rows(flt, limit=500):
            date = date_text(row.date)
            item = QListWidgetItem(f"{date}  {row.title}".strip())
            item.setData(ID_ROLE, row.id)
            p.sessions.addItem(item)

    def _on_sessions_item_activated(self, item: QListWidgetItem) -> None:
        self.session_activated.emit(int(item.data(ID_ROLE)))

    def _on_save_button_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.pane.name_edit.text().strip()
        aliases = [a.strip() for a in self.pane.aliases_edit.text().split(";") if a.strip()]
        try:
            # Saved over what was shown: a change made elsewhere meanwhile is a conflict.
            shown = getattr(self, "_shown", None)
            if shown is None or shown.id != ids[0]:
                shown = self._record(ids[0])
            if isinstance(shown, m.Person):
                self.archive.people.update_person(
                    ids[0], name, aliases, shown.notes, shown.sort_name, expected=shown
                )
            elif isinstance(shown, m.Organisation):
                self.archive.people.update_organisation(
                    ids[0],
                    name,
                    shown.acronym,
                    aliases,
                    shown.identifier,
                    shown.parent_id,
                    expected=shown,
                )
        except ArchiveError as exc:
            report_exception(
                self.pane,
                exc,
                QCoreApplication.translate("PeopleManager", "The change was not saved."),
            )
            return
        self.refresh()
        self.changed.emit()

    def _on_merge_button_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        names = [self._name(self._record(i)) for i in ids]
        keep_name, ok = QInputDialog.getItem(
            self.pane,
            QCoreApplication.translate("PeopleManager", "Merge"),
            QCoreApplication.translate(
                "PeopleManager",
                "Keep which one? The other becomes its alias and its sessions move to it.",
            ),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep = ids[names.index(keep_name)]
        duplicate = ids[1 - names.index(keep_name)]
        self.merge(keep, duplicate)

    def merge(self, keep_id: int, duplicate_id: int) -> None:
        try:
            if self.kind == "person":
                self.archive.people.merge_people(keep_id, duplicate_id)
            else:
                self.archive.people.merge_organisations(keep_id, duplicate_id)
        except ArchiveError as exc:
            report_exception(
                self.pane,
                exc,
                QCoreApplication.translate("PeopleManager", "The change was not saved."),
            )
            return
        self.refresh()
        self.select_ids([keep_id])
        self.changed.emit()


class _CountItem(QTreeWidgetItem):
    """Sorts the count column as a number and the name column accent-insensitively."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        col = tree.sortColumn() if tree is not None else 0
        if col == 1:
            return int(self.text(1) or 0) < int(other.text(1) or 0)
        from ..domain.text import fold

        return fold(self.text(0)) < fold(other.text(0))


class PeopleManager(QObject):
    """Owns the dialog and its two pane controllers."""

    changed = Signal()
    session_activated = Signal(int)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = PeopleManagerDialog(parent)
        self.people = AuthorityController(archive, self.dialog.people, "person")
        self.organisations = AuthorityController(archive, self.dialog.organisations, "organisation")
        self.archive = archive
        for c in (self.people, self.organisations):
            c.changed.connect(self.changed)
            c.session_activated.connect(self.session_activated)
        self.dialog.remove_unused_button.clicked.connect(self._on_remove_unused_button_clicked)

    def _on_remove_unused_button_clicked(self) -> None:
        try:
            people, orgs = self.archive.people.unused()
        except ArchiveError as exc:
            report_exception(self.dialog, exc)
            return
        if not people and not orgs:
            QMessageBox.information(
                self.dialog,
                self.tr("Remove Unused Records"),
                self.tr("Every person and organisation is named by at least one session."),
            )
            return
        offer_removal(self.dialog, self.archive, people, orgs, self._on_unused_removed)

    def _on_unused_removed(self) -> None:
        self.people.refresh()
        self.organisations.refresh()
        self.changed.emit()

    def show(self) -> None:
        self.people.refresh()
        self.organisations.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()


__all__ = ["PeopleManager", "PeopleManagerDialog"]
