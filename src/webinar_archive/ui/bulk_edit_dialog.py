"""The Edit Selected… dialog: per field what the selection shares or "(various)", the change to
make, and a preview of its first changes with the number of sessions affected."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.bulk import (
    MAX_SHIFT_DAYS,
    SCALAR_FIELDS,
    AddedSpeaker,
    BulkEdit,
    BulkPreview,
    SharedValues,
    TextReplace,
)
from ..domain.vocabulary import SessionStatus

FIELD_LABELS = {
    "series": QT_TRANSLATE_NOOP("BulkEditDialog", "Series"),
    "theme": QT_TRANSLATE_NOOP("BulkEditDialog", "Theme"),
    "language": QT_TRANSLATE_NOOP("BulkEditDialog", "Language"),
    "status": QT_TRANSLATE_NOOP("BulkEditDialog", "Status"),
    "rights": QT_TRANSLATE_NOOP("BulkEditDialog", "Rights"),
    "timezone": QT_TRANSLATE_NOOP("BulkEditDialog", "Time zone"),
}
PREVIEW_ROWS = 20  # the first changes shown; the count says how many sessions change in all


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


class BulkEditDialog(QDialog):
    """Layout and the edit it describes; ``edit_changed`` (debounced) asks for a new preview,
    which the controller computes off the GUI thread and hands back to ``show_preview``."""

    edit_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        shared: SharedValues,
        selected: int,
        shown: int,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(QCoreApplication.translate("BulkEditDialog", "Edit Selected Sessions"))
        self.shared = shared
        layout = QVBoxLayout(self)

        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(
            QCoreApplication.translate("BulkEditDialog", "The %1 selected sessions").replace(
                "%1", f"{selected:,}"
            )
        )
        if shown > selected:
            self.scope_combo.addItem(
                QCoreApplication.translate(
                    "BulkEditDialog", "All %1 sessions shown (the whole search or filter)"
                ).replace("%1", f"{shown:,}")
            )
        self.scope_combo.setEnabled(self.scope_combo.count() > 1)
        self.scope_combo.setAccessibleName(
            QCoreApplication.translate("BulkEditDialog", "Sessions to edit")
        )
        layout.addWidget(self.scope_combo)

        fields = QGroupBox(
            QCoreApplication.translate("BulkEditDialog", "Set on every session"), self
        )
        grid = QGridLayout(fields)
        grid.addWidget(QLabel(QCoreApplication.translate("BulkEditDialog", "<i>Now</i>")), 0, 2)
        self.checks: dict[str, QCheckBox] = {}
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.now_labels: dict[str, QLabel] = {}
        for row, name in enumerate(SCALAR_FIELDS, start=1):
            check = QCheckBox(
                QCoreApplication.translate("BulkEditDialog", str(FIELD_LABELS[name])), fields
            )
            editor: QLineEdit | QComboBox
            if name == "status":
                editor = QComboBox(fields)
                for status in SessionStatus:
                    editor.addItem(status.value.capitalize(), status.value)
                editor.currentIndexChanged.connect(lambda _i, c=check: c.setChecked(True))
            else:
                editor = QLineEdit(fields)
                editor.setPlaceholderText(
                    QCoreApplication.translate("BulkEditDialog", "empty: clear it")
                )
                editor.textEdited.connect(lambda _t, c=check: c.setChecked(True))
            editor.setEnabled(False)
            editor.setAccessibleName(
                QCoreApplication.translate("BulkEditDialog", "New %1").replace(
                    "%1",
                    QCoreApplication.translate("BulkEditDialog", str(FIELD_LABELS[name])).lower(),
                )
            )
            check.toggled.connect(editor.setEnabled)
            now = QLabel(self._now_text(name), fields)
            now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(check, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(now, row, 2)
            self.checks[name], self.editors[name], self.now_labels[name] = check, editor, now
        row = len(SCALAR_FIELDS) + 1
        shift_label = QLabel(QCoreApplication.translate("BulkEditDialog", "Shift dates by"), fields)
        grid.addWidget(shift_label, row, 0)
        self.shift_spin = QSpinBox(fields)
        shift_label.setBuddy(self.shift_spin)
        self.shift_spin.setRange(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS)
        self.shift_spin.setSuffix(QCoreApplication.translate("BulkEditDialog", " days"))
        grid.addWidget(self.shift_spin, row, 1)
        layout.addWidget(fields)

        more = QGroupBox(QCoreApplication.translate("BulkEditDialog", "Tags and speakers"), self)
        more_grid = QGridLayout(more)
        self.add_tags_edit = QLineEdit(more)
        self.add_tags_edit.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "tags to add, separated by commas")
        )
        self.remove_tags_edit = QLineEdit(more)
        self.remove_tags_edit.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "tags to remove, separated by commas")
        )
        self.tags_label = QLabel(self._tags_text(), more)
        self.tags_label.setWordWrap(True)
        self.speaker_edit = QLineEdit(more)
        self.speaker_edit.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "person to add to every session")
        )
        self.organisation_edit = QLineEdit(more)
        self.organisation_edit.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "their organisation (optional)")
        )
        for row, (text, edit) in enumerate(
            (
                (QCoreApplication.translate("BulkEditDialog", "Add tags"), self.add_tags_edit),
                (
                    QCoreApplication.translate("BulkEditDialog", "Remove tags"),
                    self.remove_tags_edit,
                ),
            )
        ):
            label = QLabel(text, more)
            label.setBuddy(edit)
            more_grid.addWidget(label, row, 0)
            more_grid.addWidget(edit, row, 1, 1, 2)
        more_grid.addWidget(self.tags_label, 2, 1, 1, 2)
        self.speaker_edit.setAccessibleName(
            QCoreApplication.translate("BulkEditDialog", "Speaker to add")
        )
        self.organisation_edit.setAccessibleName(
            QCoreApplication.translate("BulkEditDialog", "Organisation of the speaker to add")
        )
        more_grid.addWidget(
            QLabel(QCoreApplication.translate("BulkEditDialog", "Add speaker"), more), 3, 0
        )
        more_grid.addWidget(self.speaker_edit, 3, 1)
        more_grid.addWidget(self.organisation_edit, 3, 2)
        layout.addWidget(more)

        replace = QGroupBox(
            QCoreApplication.translate("BulkEditDialog", "Search and replace"), self
        )
        replace_grid = QGridLayout(replace)
        self.title_find = QLineEdit(replace)
        self.title_find.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "find in titles")
        )
        self.title_replace = QLineEdit(replace)
        self.title_replace.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "replace with")
        )
        self.summary_find = QLineEdit(replace)
        self.summary_find.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "find in summaries")
        )
        self.summary_replace = QLineEdit(replace)
        self.summary_replace.setPlaceholderText(
            QCoreApplication.translate("BulkEditDialog", "replace with")
        )
        for edit, name in (
            (self.title_find, QCoreApplication.translate("BulkEditDialog", "Find in titles")),
            (
                self.title_replace,
                QCoreApplication.translate("BulkEditDialog", "Replace in titles with"),
            ),
            (self.summary_find, QCoreApplication.translate("BulkEditDialog", "Find in summaries")),
            (
                self.summary_replace,
                QCoreApplication.translate("BulkEditDialog", "Replace in summaries with"),
            ),
        ):
            edit.setAccessibleName(name)
        self.regex_check = QCheckBox(
            QCoreApplication.translate(
                "BulkEditDialog", "Regular expression (\\1 in the replacement)"
            ),
            replace,
        )
        replace_grid.addWidget(
            QLabel(QCoreApplication.translate("BulkEditDialog", "Title"), replace), 0, 0
        )
        replace_grid.addWidget(self.title_find, 0, 1)
        replace_grid.addWidget(self.title_replace, 0, 2)
        replace_grid.addWidget(
            QLabel(QCoreApplication.translate("BulkEditDialog", "Summary"), replace), 1, 0
        )
        replace_grid.addWidget(self.summary_find, 1, 1)
        replace_grid.addWidget(self.summary_replace, 1, 2)
        replace_grid.addWidget(self.regex_check, 2, 1, 1, 2)
        layout.addWidget(replace)

        self.preview_label = QLabel(
            QCoreApplication.translate("BulkEditDialog", "Nothing to change yet."), self
        )
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("bulkEditProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: palette(link-visited); font-weight: bold;")
        self.problem_label.hide()
        self.preview_tree = QTreeWidget(self)
        self.preview_tree.setRootIsDecorated(False)
        self.preview_tree.setHeaderLabels(
            [
                QCoreApplication.translate("BulkEditDialog", "Session"),
                QCoreApplication.translate("BulkEditDialog", "Field"),
                QCoreApplication.translate("BulkEditDialog", "Now"),
                QCoreApplication.translate("BulkEditDialog", "After"),
            ]
        )
        self.preview_tree.setMinimumHeight(140)
        self.preview_tree.setAccessibleName(
            QCoreApplication.translate("BulkEditDialog", "The first changes")
        )
        layout.addWidget(self.preview_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.preview_tree, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(QCoreApplication.translate("BulkEditDialog", "Apply"))
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.edit_changed)
        for line in (
            *[e for e in self.editors.values() if isinstance(e, QLineEdit)],
            self.add_tags_edit,
            self.remove_tags_edit,
            self.speaker_edit,
            self.organisation_edit,
            self.title_find,
            self.title_replace,
            self.summary_find,
            self.summary_replace,
        ):
            line.textChanged.connect(self._changed)
        for check in (*self.checks.values(), self.regex_check):
            check.toggled.connect(self._changed)
        status_box = self.editors["status"]
        assert isinstance(status_box, QComboBox)
        status_box.currentIndexChanged.connect(self._changed)
        self.shift_spin.valueChanged.connect(self._changed)
        self.scope_combo.currentIndexChanged.connect(self._changed)
        self.resize(760, 720)

    # ------------------------------------------------------------ what the selection shares

    def set_shared(self, shared: SharedValues) -> None:
        """Show what another set of sessions shares (the scope changed)."""
        self.shared = shared
        for name, label in self.now_labels.items():
            label.setText(self._now_text(name))
        self.tags_label.setText(self._tags_text())

    def _now_text(self, name: str) -> str:
        if name in self.shared.various:
            return QCoreApplication.translate("BulkEditDialog", "(various)")
        value = self.shared.values.get(name)
        if value is None:
            return QCoreApplication.translate("BulkEditDialog", "(none)")
        return value.capitalize() if name == "status" else value

    def _tags_text(self) -> str:
        parts = []
        if self.shared.tags_all:
            parts.append(
                QCoreApplication.translate("BulkEditDialog", "All have: %1").replace(
                    "%1", ", ".join(self.shared.tags_all)
                )
            )
        if self.shared.tags_some:
            parts.append(
                QCoreApplication.translate("BulkEditDialog", "Some have: %1").replace(
                    "%1", ", ".join(self.shared.tags_some)
                )
            )
        return "; ".join(parts) or QCoreApplication.translate("BulkEditDialog", "No tags yet.")

    # ------------------------------------------------------------ the edit

    @property
    def all_shown(self) -> bool:
        """The whole search or filter, not only the selected rows."""
        return self.scope_combo.currentIndex() == 1

    def edit(self) -> BulkEdit:
        values: dict[str, str | SessionStatus | None] = {}
        for name, check in self.checks.items():
            if not check.isChecked():
                continue
            editor = self.editors[name]
            if isinstance(editor, QComboBox):
                values[name] = SessionStatus(editor.currentData())
            else:
                values[name] = editor.text()
        regex = self.regex_check.isChecked()
        title = (
            TextReplace(self.title_find.text(), self.title_replace.text(), regex)
            if self.title_find.text()
            else None
        )
        summary = (
            TextReplace(self.summary_find.text(), self.summary_replace.text(), regex)
            if self.summary_find.text()
            else None
        )
        speaker = self.speaker_edit.text().strip()
        speakers = (
            (AddedSpeaker(speaker, self.organisation_edit.text().strip() or None),)
            if speaker
            else ()
        )
        return BulkEdit(
            shift_days=self.shift_spin.value(),
            add_tags=_split(self.add_tags_edit.text()),
            remove_tags=_split(self.remove_tags_edit.text()),
            add_speakers=speakers,
            title=title,
            summary=summary,
            **values,  # type: ignore[arg-type]
        )

    def _changed(self, *_args: object) -> None:
        self.apply_button.setEnabled(False)
        self._timer.start()

    # ------------------------------------------------------------ the preview

    def show_preview(self, preview: BulkPreview) -> None:
        self.problem_label.hide()
        self.preview_tree.clear()
        if preview.affected == 0:
            self.preview_label.setText(
                QCoreApplication.translate(
                    "BulkEditDialog", "No session would change (they already are as asked)."
                )
            )
        else:
            self.preview_label.setText(
                QCoreApplication.translate(
                    "BulkEditDialog", "%1 of %2 sessions will change. The first changes:"
                )
                .replace("%1", f"{preview.affected:,}")
                .replace("%2", f"{preview.selected:,}")
            )
        for change in preview.changes[:PREVIEW_ROWS]:
            item = QTreeWidgetItem(
                [
                    f"#{change.session_id}",
                    QCoreApplication.translate(
                        "BulkEditDialog",
                        str(FIELD_LABELS.get(change.field, change.field.capitalize())),
                    ),
                    change.old,
                    change.new,
                ]
            )
            for column in (2, 3):
                item.setToolTip(column, item.text(column))
            self.preview_tree.addTopLevelItem(item)
        self.apply_button.setEnabled(preview.affected > 0)

    def show_problem(self, message: str) -> None:
        """Why the edit cannot be applied (a bad expression, a title left empty...)."""
        self.preview_tree.clear()
        self.preview_label.setText(
            QCoreApplication.translate("BulkEditDialog", "Nothing can be applied yet:")
        )
        self.problem_label.setText(message)
        self.problem_label.show()
        self.apply_button.setEnabled(False)

    def show_nothing(self) -> None:
        self.preview_tree.clear()
        self.problem_label.hide()
        self.preview_label.setText(
            QCoreApplication.translate("BulkEditDialog", "Nothing to change yet.")
        )
        self.apply_button.setEnabled(False)
