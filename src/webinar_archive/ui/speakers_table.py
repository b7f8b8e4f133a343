"""Editable tables of a session's speakers and links, with completers, combos and reordering."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.organisations import completion_keys
from ..domain.text import fold
from .widgets import CompletionEntries, FoldingCompleter, set_completion_words, sorted_entries

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def role_labels() -> dict[m.AppearanceRole, str]:
    return {
        m.AppearanceRole.SPEAKER: QCoreApplication.translate("SpeakersTable", "Speaker"),
        m.AppearanceRole.MODERATOR: QCoreApplication.translate("SpeakersTable", "Moderator"),
        m.AppearanceRole.OPENING: QCoreApplication.translate("SpeakersTable", "Opening"),
        m.AppearanceRole.CLOSING: QCoreApplication.translate("SpeakersTable", "Closing"),
        m.AppearanceRole.PANELLIST: QCoreApplication.translate("SpeakersTable", "Panellist"),
        m.AppearanceRole.DISCUSSANT: QCoreApplication.translate("SpeakersTable", "Discussant"),
        m.AppearanceRole.CHAIR: QCoreApplication.translate("SpeakersTable", "Chair"),
        m.AppearanceRole.KEYNOTE: QCoreApplication.translate("SpeakersTable", "Keynote"),
        m.AppearanceRole.OTHER: QCoreApplication.translate("SpeakersTable", "Other"),
    }


def link_kind_labels() -> dict[m.LinkKind, str]:
    return {
        m.LinkKind.RECORDING: QCoreApplication.translate("SpeakersTable", "Recording"),
        m.LinkKind.PRESENTATIONS: QCoreApplication.translate("SpeakersTable", "Presentations"),
        m.LinkKind.AGENDA: QCoreApplication.translate("SpeakersTable", "Agenda"),
        m.LinkKind.MORE_INFO: QCoreApplication.translate("SpeakersTable", "More information"),
        m.LinkKind.OTHER: QCoreApplication.translate("SpeakersTable", "Other"),
    }


class CompleterDelegate(QStyledItemDelegate):
    """A line edit completing from shared entries, matched accents and case aside.

    ``entries_wanted`` is emitted each time an editor opens: whoever fills the entries may
    read them only then (tens of thousands of names a large library would otherwise read at
    start-up, while the table scrolls). Entries that arrive while an editor is open with text
    in it are offered at once."""

    entries_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = CompletionEntries(parent=self)

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """(name, folded keys) pairs: the keys may hold aliases and acronyms too."""
        self.entries.set_entries(entries)
        editor = QApplication.focusWidget()
        # Typed into before they arrived (not merely opened on a name): offer them now.
        if isinstance(editor, QLineEdit) and editor.isModified() and editor.text():
            completer = editor.completer()
            if isinstance(completer, FoldingCompleter) and completer.model() is self.entries:
                completer.setCompletionPrefix(editor.text())
                completer.complete()

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setCompleter(FoldingCompleter(self.entries, editor))
        editor.setFrame(False)
        self.entries_wanted.emit()
        return editor


class EnumDelegate(QStyledItemDelegate):
    """A combo over an enum's labels; the model keeps the enum value in VALUE_ROLE."""

    def __init__(self, labels: dict[Any, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.labels.items():
            combo.addItem(label, value)
        # One click is enough: commit as soon as a role is picked.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        pos = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, self.labels[value], Qt.ItemDataRole.DisplayRole)


class RowTable(QWidget):
    """A table of rows with Add, Remove, Move up/down and drag reordering; emits ``committed``."""

    committed = Signal()
    EDIT_TRIGGERS = (
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.read_only = False
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(self.EDIT_TRIGGERS)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        # Long names and organisations wrap onto more lines rather than being cut: the pane has
        # height to spare, and a cut "DG GROW, E…" hides what the row is about.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self._column_weights: dict[int, int] = {}
        # Widths are shared out once the view's size has settled (a hidden tab is resized late).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns)
        self.view.horizontalHeader().sectionResized.connect(self._on_header_section_resized)

        self.add_button = QPushButton(QCoreApplication.translate("RowTable", "Add"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("RowTable", "Remove"), self)
        self.up_button = QPushButton(QCoreApplication.translate("RowTable", "Move Up"), self)
        self.down_button = QPushButton(QCoreApplication.translate("RowTable", "Move Down"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.model.itemChanged.connect(self._on_model_changed)
        self.model.rowsRemoved.connect(self._on_model_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --------------------------------------------------------------- rows

    def share_columns(self, weights: dict[int, int]) -> None:
        """Give the columns in ``weights`` the width the others leave, in those proportions."""
        self._column_weights = dict(weights)
        header = self.view.horizontalHeader()
        for col in weights:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.view, self.view.viewport()) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._fit_columns()
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def _on_header_section_resized(self, col: int, _old: int, _new: int) -> None:
        # A column sized to its contents (the role) changed: share out what is left again.
        if self._column_weights and col not in self._column_weights:
            self._fit_columns()

    def _fit_columns(self) -> None:
        weights = self._column_weights
        if not weights:
            return
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in weights and not header.isSectionHidden(c)
        )
        available = max(0, self.view.viewport().width() - others)
        total = sum(weights.values())
        shown = sorted(weights)
        # Each column first gets room for its header and its longest word (a word wider than
        # its column is cut, not wrapped); what is left is shared by weight.
        floors = {col: self._widest_word(col) for col in shown}
        needed = sum(floors.values())
        if needed > available:
            floors = {col: w * available // needed for col, w in floors.items()}
        rest = available - sum(floors.values())
        used = 0
        for col in shown[:-1]:
            width = floors[col] + rest * weights[col] // total
            header.resizeSection(col, width)
            used += width
        header.resizeSection(shown[-1], available - used)

    def _widest_word(self, col: int) -> int:
        """The width of column ``col``'s header or of the longest word in its cells."""
        view = self.view
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        style = view.style()
        label = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        widest = header.fontMetrics().horizontalAdvance(label) + 4 * margin
        # The item view's text margins (the focus frame's, each side, plus one) and a little air.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        for row in range(self.model.rowCount()):
            for word in self.text(row, col).split():
                widest = max(widest, metrics.horizontalAdvance(word) + 2 * margin + 4)
        return widest

    def _items(self, values: list[tuple[str, Any]]) -> list[QStandardItem]:
        items = []
        for text, value in values:
            item = QStandardItem(text)
            item.setData(value, VALUE_ROLE)
            item.setToolTip(text)
            item.setDropEnabled(False)  # drops land between rows, never onto a cell
            items.append(item)
        return items

    def _set_rows(self, rows: list[list[tuple[str, Any]]]) -> None:
        self._loading = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            for row in rows:
                self.model.appendRow(self._items(row))
        finally:
            self._loading = False
        self._update_buttons()
        self._fit_timer.start()  # the longest words may have changed

    def _new_row(self) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def text(self, row: int, col: int) -> str:
        item = self.model.item(row, col)
        return item.text().strip() if item is not None else ""

    def value(self, row: int, col: int) -> Any:
        item = self.model.item(row, col)
        return item.data(VALUE_ROLE) if item is not None else None

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def move_row(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not (0 <= target < self.model.rowCount()):
            return
        self._loading = True
        try:
            items = self.model.takeRow(row)
            self.model.insertRow(target, items)
        finally:
            self._loading = False
        self.view.selectRow(target)
        self.committed.emit()

    def _on_add_button_clicked(self) -> None:
        self._loading = True
        try:
            self.model.appendRow(self._items(self._new_row()))
        finally:
            self._loading = False
        row = self.model.rowCount() - 1
        self.view.selectRow(row)
        self.view.edit(self.model.index(row, 0))

    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.removeRow(row)

    def _on_model_changed(self, *_args: object) -> None:
        if not self._loading:
            # After a drag the model inserts then removes; commit once both happened.
            QTimer.singleShot(0, self.committed.emit)
            self._fit_timer.start()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self.EDIT_TRIGGERS
        )
        self.view.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if read_only
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        editable = not self.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)


def person_entries(people: Iterable[tuple[str, Sequence[str]]]) -> list[tuple[str, str]]:
    """Each person's name and folded keys (aliases too) for completion, from (display name,
    aliases). Any thread: the editor folds a large library's tens of thousands of names on
    the query thread."""
    return sorted_entries(
        (name, " | ".join(fold(n) for n in (name, *aliases))) for name, aliases in people
    )


def organisation_entries(
    organisations: Iterable[tuple[str, str | None, Sequence[str]]],
) -> list[tuple[str, str]]:
    """Typing a name, an acronym or an alias offers the organisation's name, from (name,
    acronym, aliases) (any thread)."""
    return sorted_entries(
        (name, completion_keys(name, acronym, tuple(aliases)))
        for name, acronym, aliases in organisations
    )


class SpeakersTable(RowTable):
    """Person, organisation at that session, role, position, contribution.

    ``names_wanted``: a person or organisation cell is being edited, so its completer needs
    the names (``set_people`` / ``set_organisations``)."""

    COL_PERSON, COL_ORG, COL_ROLE, COL_POSITION, COL_CONTRIBUTION = range(5)
    names_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("SpeakersTable", "Person"),
                QCoreApplication.translate("SpeakersTable", "Organisation"),
                QCoreApplication.translate("SpeakersTable", "Role"),
                QCoreApplication.translate("SpeakersTable", "Position"),
                QCoreApplication.translate("SpeakersTable", "Contribution"),
            ],
            parent,
        )
        self.setObjectName("speakersTable")
        self.roles = role_labels()
        self.person_delegate = CompleterDelegate(self.view)
        self.org_delegate = CompleterDelegate(self.view)
        self.person_delegate.entries_wanted.connect(self.names_wanted)
        self.org_delegate.entries_wanted.connect(self.names_wanted)
        self.role_delegate = EnumDelegate(self.roles, self.view)
        self.view.setItemDelegateForColumn(self.COL_PERSON, self.person_delegate)
        self.view.setItemDelegateForColumn(self.COL_ORG, self.org_delegate)
        self.view.setItemDelegateForColumn(self.COL_ROLE, self.role_delegate)
        # Every column stays in view in a narrow pane; names and organisations get the most.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(self.COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.share_columns(
            {self.COL_PERSON: 3, self.COL_ORG: 4, self.COL_POSITION: 2, self.COL_CONTRIBUTION: 2}
        )

    def set_people(self, entries: Iterable[tuple[str, str]]) -> None:
        """The people offered, as :func:`person_entries` gives them."""
        self.person_delegate.set_entries(entries)

    def set_organisations(self, entries: Iterable[tuple[str, str]]) -> None:
        """The organisations offered, as :func:`organisation_entries` gives them."""
        self.org_delegate.set_entries(entries)

    def set_speakers(self, speakers: Iterable[m.SpeakerDraft]) -> None:
        self._set_rows(
            [
                [
                    (s.name, s.person_id),
                    (s.organisation or "", s.organisation_id),
                    (self.roles[s.role], s.role),
                    (s.position or "", None),
                    (s.contribution, None),
                ]
                for s in speakers
            ]
        )

    def _new_row(self) -> list[tuple[str, Any]]:
        role = m.AppearanceRole.SPEAKER
        return [("", None), ("", None), (self.roles[role], role), ("", None), ("", None)]

    def speakers(self) -> list[m.SpeakerDraft]:
        """Rows with a person name, in table order; an unchanged name keeps its pinned person."""
        result = []
        for row in range(self.model.rowCount()):
            name = self.text(row, self.COL_PERSON)
            if not name:
                continue
            org = self.text(row, self.COL_ORG) or None
            role = self.value(row, self.COL_ROLE) or m.AppearanceRole.SPEAKER
            result.append(
                m.SpeakerDraft(
                    name=name,
                    organisation=org,
                    role=m.AppearanceRole(role),
                    position=self.text(row, self.COL_POSITION) or None,
                    contribution=self.text(row, self.COL_CONTRIBUTION),
                    person_id=self.value(row, self.COL_PERSON),
                    organisation_id=self.value(row, self.COL_ORG) if org else None,
                )
            )
        return result

    def _on_model_changed(self, *args: object) -> None:
        # A retyped name no longer means the person pinned before: match it by name on save.
        item = args[0] if args and isinstance(args[0], QStandardItem) else None
        if (
            item is not None
            and not self._loading
            and item.column()
            in (
                self.COL_PERSON,
                self.COL_ORG,
            )
        ):
            self._loading = True
            try:
                item.setData(None, VALUE_ROLE)
            finally:
                self._loading = False
        super()._on_model_changed(*args)


class LinksTable(RowTable):
    """Kind, URL and label of each link."""

    COL_KIND, COL_URL, COL_LABEL = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("SpeakersTable", "Kind"),
                QCoreApplication.translate("SpeakersTable", "URL"),
                QCoreApplication.translate("SpeakersTable", "Label"),
            ],
            parent,
        )
        self.setObjectName("linksTable")
        self.kinds = link_kind_labels()
        self.kind_delegate = EnumDelegate(self.kinds, self.view)
        self.view.setItemDelegateForColumn(self.COL_KIND, self.kind_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.share_columns({self.COL_URL: 3, self.COL_LABEL: 2})

    def set_links(self, links: Iterable[m.LinkDraft]) -> None:
        self._set_rows(
            [[(self.kinds[x.kind], x.kind), (x.url or "", None), (x.label, None)] for x in links]
        )

    def _new_row(self) -> list[tuple[str, Any]]:
        kind = m.LinkKind.MORE_INFO
        return [(self.kinds[kind], kind), ("", None), ("", None)]

    def links(self) -> list[m.LinkDraft]:
        result = []
        for row in range(self.model.rowCount()):
            url = self.text(row, self.COL_URL)
            label = self.text(row, self.COL_LABEL)
            if not url and not label:
                continue
            kind = self.value(row, self.COL_KIND) or m.LinkKind.OTHER
            result.append(m.LinkDraft(m.LinkKind(kind), url or None, label))
        return result


__all__ = ["LinksTable", "SpeakersTable", "role_labels", "set_completion_words"]
