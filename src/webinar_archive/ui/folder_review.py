"""The folder import review: the sessions a folder becomes, where each file goes, what is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.imports import FolderPlan, PlannedSession, SessionEdit
from ..domain.messages import _t
from ..domain.text import printable
from .formats import date_text
from .widgets import make_error_label

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1


class FolderReviewDialog(QDialog):
    """Shows a :class:`FolderPlan`; the sessions left checked are imported on Import.

    Nothing is saved here: the caller imports ``chosen_folders()`` once the dialog was
    accepted, and a cancel leaves the library as it was.
    """

    COL_ITEM, COL_ROLE, COL_NOTE = range(3)

    def __init__(self, plan: FolderPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(
            QCoreApplication.translate("FolderReviewDialog", "Review the folder import")
        )
        self.resize(960, 620)
        flagged = sum(1 for x in plan.sessions for f in x.files if f.warning and not f.skipped)
        headline = self._headline(plan)
        if flagged:
            headline += " " + self.tr(
                "%Ln file(s) have a problem: see the marked lines.", "", flagged
            )
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("folderPlan")
        self.tree.setAccessibleName(
            QCoreApplication.translate("FolderReviewDialog", "What will be imported")
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("FolderReviewDialog", "Session / file"),
                QCoreApplication.translate("FolderReviewDialog", "Goes to"),
                QCoreApplication.translate("FolderReviewDialog", "Notes"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(self.COL_ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(self.COL_ITEM, 380)
        self.tree.setWordWrap(True)
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for session in plan.sessions:
            self.tree.addTopLevelItem(self._session_item(session, warn_icon))
        for problem in plan.problems:
            item = QTreeWidgetItem(
                [
                    problem.item,
                    QCoreApplication.translate("FolderReviewDialog", "not imported"),
                    problem.reason,
                ]
            )
            item.setIcon(self.COL_ITEM, warn_icon)
            item.setToolTip(self.COL_NOTE, problem.reason)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        # A note is often longer than its column: the selected line's note is shown whole.
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)

        # The title, date and series of a new session can be corrected before it is made.
        self._edits: dict[str, SessionEdit] = {
            x.folder: SessionEdit(x.title, x.date, x.series)
            for x in plan.sessions
            if x.existing_id is None
        }
        self._editing: str | None = None
        self._dates_typed: dict[str, str] = {}
        self.title_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("YYYY-MM-DD")
        self.series_edit = QLineEdit()
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("FolderReviewDialog", "Title"), self.title_edit)
        form.addRow(QCoreApplication.translate("FolderReviewDialog", "Date"), self.date_edit)
        form.addRow(QCoreApplication.translate("FolderReviewDialog", "Series"), self.series_edit)
        self.form.setEnabled(False)
        for edit in (self.title_edit, self.date_edit, self.series_edit):
            edit.textEdited.connect(self._on_form_edited)
        self.error_label = make_error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self._update_import_button()

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        hint = QLabel(
            QCoreApplication.translate(
                "FolderReviewDialog",
                "Untick a session to leave its folder out; select a new one to correct its "
                "title, date or series. Nothing is saved until you click Import; files are "
                "copied into the library, the originals stay as they are.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _session_item(self, session: PlannedSession, warn_icon: object) -> QTreeWidgetItem:
        when = f"{date_text(session.date)}  " if session.date else ""
        if session.existing_id is None:
            state = QCoreApplication.translate("FolderReviewDialog", "new session")
        else:
            state = QCoreApplication.translate("FolderReviewDialog", "adds to session %1").replace(
                "%1", str(session.existing_id)
            )
        item = QTreeWidgetItem(
            [f"{when}{session.title}", state, self._session_note(session.series, session)]
        )
        item.setData(self.COL_ITEM, FOLDER_ROLE, session.folder)
        item.setToolTip(self.COL_ITEM, printable(session.folder))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(self.COL_ITEM, Qt.CheckState.Checked)
        if session.warnings:
            item.setIcon(self.COL_NOTE, warn_icon)  # type: ignore[arg-type]
            item.setToolTip(self.COL_NOTE, "\n".join(session.warnings))
        for planned in session.files:
            child = QTreeWidgetItem([planned.name, _t(planned.role), planned.warning or ""])
            if planned.warning:
                child.setToolTip(self.COL_NOTE, planned.warning)
                if not planned.skipped or planned.role in {"refused", "not imported"}:
                    child.setIcon(self.COL_NOTE, warn_icon)  # type: ignore[arg-type]
            if planned.skipped:
                child.setForeground(self.COL_ROLE, self.palette().placeholderText())
            item.addChild(child)
        return item

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        note = item.toolTip(self.COL_NOTE) if item is not None else ""
        self.note.setText(
            f"{item.text(self.COL_ITEM)}: {note}" if item is not None and note else ""
        )
        while item is not None and item.parent() is not None:
            item = item.parent()  # a file's line edits its session
        folder = item.data(self.COL_ITEM, FOLDER_ROLE) if item is not None else None
        session = next((x for x in self.plan.sessions if x.folder == folder), None)
        # A known session only gets files: its fields are edited in the catalogue.
        self._editing = folder if session is not None and session.existing_id is None else None
        self.form.setEnabled(self._editing is not None)
        edit = self._edits.get(self._editing or "")
        self.title_edit.setText(edit.title if edit else "")
        typed = self._dates_typed.get(self._editing or "")
        self.date_edit.setText(
            typed if typed is not None else edit.date.isoformat() if edit and edit.date else ""
        )
        self.series_edit.setText((edit.series or "") if edit else "")

    def _on_form_edited(self, _text: str) -> None:
        if self._editing is None:
            return
        item = next(
            x for x in self.session_items() if x.data(self.COL_ITEM, FOLDER_ROLE) == self._editing
        )
        date = self.date_edit.text().strip()
        try:
            parsed = dt.date.fromisoformat(date) if date else None
            shown = date_text(parsed)  # as the other sessions' lines show theirs
        except ValueError:
            parsed = self._edits[self._editing].date  # accept() refuses the text as it is
            shown = date
        item.setText(self.COL_ITEM, f"{shown}  {self.title_edit.text().strip()}".strip())
        self._edits[self._editing] = SessionEdit(
            self.title_edit.text().strip(), parsed, self.series_edit.text().strip() or None
        )
        self._dates_typed[self._editing] = date
        session = next(x for x in self.plan.sessions if x.folder == self._editing)
        series = self._edits[self._editing].series
        item.setText(self.COL_NOTE, self._session_note(series, session))

    def edits(self) -> dict[Path, SessionEdit]:
        """The title, date and series of each session to be created, as corrected."""
        return {Path(folder): edit for folder, edit in self._edits.items()}

    def accept(self) -> None:
        for item in self.session_items():
            if item.checkState(self.COL_ITEM) != Qt.CheckState.Checked:
                continue
            folder = item.data(self.COL_ITEM, FOLDER_ROLE)
            problem = self._problem(folder)
            if problem:
                # Said in place, and the dialog stays open: nothing typed is lost.
                self.error_label.setText(f"{Path(folder).name}: {problem}")
                self.error_label.show()
                self.tree.setCurrentItem(item)
                return
        self.error_label.hide()
        super().accept()

    def _problem(self, folder: str) -> str | None:
        typed = self._dates_typed.get(folder)
        if typed:
            try:
                dt.date.fromisoformat(typed)
            except ValueError:
                return QCoreApplication.translate(
                    "FolderReviewDialog", "the date “%1” is not a date: write it as YYYY-MM-DD."
                ).replace("%1", typed)
        if not self._edits[folder].title:
            return QCoreApplication.translate("FolderReviewDialog", "the session needs a title.")
        return None

    def _headline(self, plan: FolderPlan) -> str:
        """What the import will do, in numbers (FolderPlan.headline() in the user's language)."""
        more = sum(1 for s in plan.sessions if s.existing_id is not None and s.attaching)
        parts = [self.tr("%Ln new session(s)", "", len(plan.new_sessions))]
        if more:
            parts.append(self.tr("%Ln known session(s) get more files", "", more))
        parts.append(self.tr("%Ln file(s) to attach", "", sum(s.attaching for s in plan.sessions)))
        return (
            QCoreApplication.translate("FolderReviewDialog", "From %1: %2.")
            .replace("%1", printable(plan.root))
            .replace("%2", ", ".join(parts))
        )

    @staticmethod
    def _session_note(series: str | None, session: PlannedSession) -> str:
        notes = (
            [QCoreApplication.translate("FolderReviewDialog", "Series: %1").replace("%1", series)]
            if series
            else []
        )
        return "  ".join(notes + list(session.warnings))

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == self.COL_ITEM and item.parent() is None:
            self._update_import_button()

    def session_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [
            item
            for item in items
            if item is not None and item.data(self.COL_ITEM, FOLDER_ROLE) is not None
        ]

    def chosen_folders(self) -> list[Path]:
        """The session folders left checked, to import."""
        return [
            Path(item.data(self.COL_ITEM, FOLDER_ROLE))
            for item in self.session_items()
            if item.checkState(self.COL_ITEM) == Qt.CheckState.Checked
        ]

    def _update_import_button(self) -> None:
        chosen = {str(p) for p in self.chosen_folders()}
        work = [
            s
            for s in self.plan.sessions
            if s.folder in chosen and (s.existing_id is None or s.attaching)
        ]
        self.import_button.setEnabled(bool(work))
        self.import_button.setText(
            QCoreApplication.translate("FolderReviewDialog", "Import %1").replace(
                "%1", str(len(work))
            )
            if len(work) > 1
            else QCoreApplication.translate("FolderReviewDialog", "Import")
        )
