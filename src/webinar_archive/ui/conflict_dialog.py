"""The dialog shown when a session was saved elsewhere since it was opened: theirs vs yours."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.errors import ConflictError
from ..services.sessions import FieldChange

FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "series": QT_TRANSLATE_NOOP("ConflictDialog", "Series"),
    "theme": QT_TRANSLATE_NOOP("ConflictDialog", "Theme"),
    "date": QT_TRANSLATE_NOOP("ConflictDialog", "Date"),
    "start_time": QT_TRANSLATE_NOOP("ConflictDialog", "Start time"),
    "timezone": QT_TRANSLATE_NOOP("ConflictDialog", "Time zone"),
    "duration_minutes": QT_TRANSLATE_NOOP("ConflictDialog", "Duration (minutes)"),
    "language": QT_TRANSLATE_NOOP("ConflictDialog", "Language"),
    "summary": QT_TRANSLATE_NOOP("ConflictDialog", "Summary"),
    "source_url": QT_TRANSLATE_NOOP("ConflictDialog", "Source URL"),
    "retrieved_at": QT_TRANSLATE_NOOP("ConflictDialog", "Retrieved"),
    "notes": QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "rights": QT_TRANSLATE_NOOP("ConflictDialog", "Rights"),
    "speakers": QT_TRANSLATE_NOOP("ConflictDialog", "Speakers"),
    "links": QT_TRANSLATE_NOOP("ConflictDialog", "Links"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Tags"),
}

COL_FIELD, COL_THEIRS, COL_MINE = range(3)
LONG_TEXT = 200


class ConflictChoice:
    RELOAD = "reload"
    OVERWRITE = "overwrite"


def format_value(value: Any) -> str:
    """A field's value as one cell of text (lists one item a line, long text cut)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "\n".join(format_value(v) for v in value)
    if isinstance(value, m.SpeakerDraft):
        who = f"{value.name} ({value.organisation})" if value.organisation else value.name
        return f"{who}, {value.role.value}" if value.role else who
    if isinstance(value, m.LinkDraft):
        return f"{value.kind.value}: {value.url or ''} {value.label}".strip()
    text = str(value)
    return text if len(text) <= LONG_TEXT else text[: LONG_TEXT - 1] + "…"


class ConflictDialog(QDialog):
    """Field by field what the stored session has and what this editor has; Reload or Overwrite.

    Overwrite writes the fields this editor changed over the stored session; fields only the
    other editor changed keep their new values (the table says which).
    """

    def __init__(
        self, parent: QWidget | None, error: ConflictError, changes: Sequence[FieldChange]
    ) -> None:
        super().__init__(parent)
        self.choice = ConflictChoice.RELOAD
        self.setWindowTitle(
            QCoreApplication.translate("ConflictDialog", "Session Changed Elsewhere")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ConflictDialog",
                "Someone saved this session while you were editing it. These fields now differ "
                "between their saved version and yours:",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(changes), 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictDialog", "Field"),
                QCoreApplication.translate("ConflictDialog", "Theirs (saved)"),
                QCoreApplication.translate("ConflictDialog", "Yours"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MINE, QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(changes):
            mine = format_value(change.mine)
            if not change.mine_changed:
                mine = QCoreApplication.translate(
                    "ConflictDialog", "%1\n(not changed by you: theirs is kept)"
                ).replace("%1", mine)
            for col, text in (
                (
                    COL_FIELD,
                    QCoreApplication.translate(
                        "ConflictDialog", str(FIELD_NAMES.get(change.name, change.name))
                    ),
                ),
                (COL_THEIRS, format_value(change.theirs)),
                (COL_MINE, mine),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, change.name)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)

        detail = QLabel(str(error))
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(detail)

        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Reload (discard mine)")
        )
        self.overwrite_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Overwrite (keep mine)")
        )
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.overwrite_button.clicked.connect(self._on_overwrite_button_clicked)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _on_reload_button_clicked(self) -> None:
        self.choice = ConflictChoice.RELOAD
        self.accept()

    def _on_overwrite_button_clicked(self) -> None:
        self.choice = ConflictChoice.OVERWRITE
        self.accept()

    def cell_text(self, name: str, column: int) -> str:
        """The text shown for field ``name`` in ``column`` (COL_THEIRS, COL_MINE)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_FIELD)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                cell = self.table.item(row, column)
                return cell.text() if cell is not None else ""
        raise KeyError(name)


def ask_conflict(
    parent: QWidget | None, error: ConflictError, changes: Sequence[FieldChange]
) -> str:
    """Show the conflict and return ``ConflictChoice.RELOAD`` (also when closed) or OVERWRITE."""
    dialog = ConflictDialog(parent, error, changes)
    dialog.exec()
    return dialog.choice
