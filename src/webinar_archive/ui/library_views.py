"""The dialogs of library care (layout only): check, its report, backup, restore, schedule."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.integrity import CheckReport, Problem, ProblemKind, RelinkReport, RepairReport
from .i18n import TrContext

Library = TrContext("Library")

# The report's groups, in the order a user should look at them.
GROUPS: tuple[tuple[object, tuple[ProblemKind, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Library", "The database"), (ProblemKind.DATABASE, ProblemKind.FOREIGN_KEY)),
    (QT_TRANSLATE_NOOP("Library", "Missing files"), (ProblemKind.MISSING,)),
    (
        QT_TRANSLATE_NOOP("Library", "Changed or unreadable files"),
        (ProblemKind.SIZE, ProblemKind.HASH, ProblemKind.UNREADABLE),
    ),
    (QT_TRANSLATE_NOOP("Library", "Files no record knows (orphans)"), (ProblemKind.ORPHAN,)),
    (QT_TRANSLATE_NOOP("Library", "The search index"), (ProblemKind.INDEX,)),
    (
        QT_TRANSLATE_NOOP("Library", "Partial copies left by an interrupted program"),
        (ProblemKind.TEMPORARY,),
    ),
)


# The advice of each problem names the command-line way; in the app, these buttons do it.
HINTS: dict[ProblemKind, object] = {
    ProblemKind.MISSING: QT_TRANSLATE_NOOP(
        "Library",
        "In the app: Locate Missing Files… searches a folder (and its subfolders) for them; "
        "Locate… in a session's Files tab finds one file.",
    ),
    ProblemKind.SIZE: QT_TRANSLATE_NOOP(
        "Library",
        "In the app: Locate Missing Files… finds the originals; a changed copy in the library "
        "is moved to quarantine first.",
    ),
    ProblemKind.ORPHAN: QT_TRANSLATE_NOOP(
        "Library", "In the app: Repair… moves them to the quarantine folder; nothing is deleted."
    ),
    ProblemKind.INDEX: QT_TRANSLATE_NOOP("Library", "In the app: Repair… rebuilds the index."),
    ProblemKind.TEMPORARY: QT_TRANSLATE_NOOP("Library", "In the app: Repair… removes them."),
}


def _problem_html(problem: Problem) -> str:
    records = ""
    if problem.records:
        shown = ", ".join(problem.records[:5])
        more = len(problem.records) - 5
        if more > 0:
            shown += " " + QCoreApplication.translate("Library", "and %1 more").replace(
                "%1", str(more)
            )
        used_by = html.escape(QCoreApplication.translate("Library", "Used by"))
        records = f"<br><i>{used_by}</i> {html.escape(shown)}"
    to_do = html.escape(QCoreApplication.translate("Library", "What to do:"))
    return (
        f"<li><b>{html.escape(problem.path)}</b>: {html.escape(problem.detail)}{records}"
        f"<br><i>{to_do}</i> {html.escape(problem.advice)}</li>"
    )


def check_report_html(report: CheckReport) -> str:
    """The check report as rich text: problems grouped, each with what to do, then what was
    checked."""
    parts: list[str] = []
    for title, kinds in GROUPS:
        problems = report.of_kind(*kinds)
        if problems:
            heading = html.escape(QCoreApplication.translate("Library", str(title)))
            parts.append(f"<h3>{heading} ({len(problems)})</h3>")
            hint = next((HINTS[k] for k in kinds if k in HINTS), None)
            if hint is not None:
                hint_text = html.escape(QCoreApplication.translate("Library", str(hint)))
                parts.append(f"<p>{hint_text}</p>")
            parts.append("<ul>")
            parts.extend(_problem_html(p) for p in problems)
            parts.append("</ul>")
    checked = html.escape(QCoreApplication.translate("Library", "What was checked"))
    parts.append(f"<h3>{checked}</h3><ul>")
    parts.extend(f"<li>{html.escape(what)}</li>" for what in report.checks)
    files = Library.tr("%Ln recorded file(s)", "", report.files_checked)
    if report.full:
        files += " · " + QCoreApplication.translate("Library", "%1 MB read and hashed").replace(
            "%1", f"{report.bytes_hashed / 1e6:.1f}"
        )
    parts.append(f"<li>{html.escape(files)}</li>")
    counts = ", ".join(
        f"{c.kind} {c.indexed}/{c.expected}" for c in report.index_counts if c.expected or c.indexed
    )
    if counts:
        parts.append(
            "<li>"
            + html.escape(
                QCoreApplication.translate(
                    "Library", "Search index (indexed/in the catalogue): %1"
                ).replace("%1", counts)
            )
            + "</li>"
        )
    if report.temporary_removed_at_open:
        parts.append(
            "<li>"
            + html.escape(
                Library.tr(
                    "%Ln partial copy(ies) of an interrupted program were removed when the "
                    "library opened.",
                    "",
                    report.temporary_removed_at_open,
                )
            )
            + "</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


def check_headline(report: CheckReport) -> str:
    if report.ok:
        return Library.tr(
            "No problems found: the catalogue, its %Ln file(s) and the search index are sound.",
            "",
            report.files_checked,
        )
    repairable = sum(1 for p in report.problems if p.repairable)
    text = Library.tr("%Ln problem(s) found.", "", len(report.problems))
    if repairable:
        text += " " + QCoreApplication.translate(
            "Library", "Repair… can fix %1 of them without losing anything."
        ).replace("%1", str(repairable))
    return text


def repair_summary(repair: RepairReport) -> list[str]:
    """What a repair did, one line each."""
    done = [
        QCoreApplication.translate("Library", "Moved %1 to %2")
        .replace("%1", q.source)
        .replace("%2", q.target)
        for q in repair.quarantined
    ]
    done += [
        QCoreApplication.translate("Library", "Removed the partial copy %1").replace("%1", t)
        for t in repair.temporary_removed
    ]
    if repair.index_rebuilt:
        done.append(
            Library.tr("Rebuilt the search index (%Ln session(s))", "", repair.sessions_indexed)
        )
    return done


def relink_summary(report: RelinkReport) -> list[str]:
    """What a relink reconnected and what it could not find, one line each."""
    lines = []
    for item in report.relinked:
        how = (
            QCoreApplication.translate("Library", "copied back into the library")
            if item.copied_back
            else QCoreApplication.translate("Library", "linked at %1").replace("%1", item.new_path)
        )
        lines.append(
            QCoreApplication.translate("Library", "%1: found at %2, %3")
            .replace("%1", item.old_path)
            .replace("%2", item.found_at)
            .replace("%3", how)
        )
    lines += [
        QCoreApplication.translate("Library", "Not found: %1").replace("%1", path)
        for path in report.not_found
    ]
    lines += [
        QCoreApplication.translate("Library", "Error: %1").replace("%1", error)
        for error in report.errors
    ]
    return lines


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _button_box(dialog: QDialog, accept: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    """The accept button and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _ok_cancel(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK named for what it does, and Cancel."""
    buttons = _button_box(dialog, QDialogButtonBox.StandardButton.Ok)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    return buttons, ok


def _column(dialog: QDialog, *parts: QWidget | QLayout, buttons: QDialogButtonBox) -> None:
    """The dialog's parts top to bottom, the spare height above the buttons."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    layout.addWidget(buttons)


def _browse_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _path_in(edit: QLineEdit) -> Path:
    return Path(edit.text().strip()).expanduser()


class CheckDialog(QDialog):
    """Asks whether to hash every file before a check starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkLibraryDialog")
        self.setWindowTitle(QCoreApplication.translate("Library", "Check Library"))
        intro = _note(
            QCoreApplication.translate(
                "Library",
                "Checks the catalogue database, that every file a session names is there with "
                "its recorded size, files that no record knows, and the search index. "
                "Nothing is changed.",
            ),
            self,
        )
        self.full_check = QCheckBox(
            QCoreApplication.translate("Library", "Full check (hash every file)"), self
        )
        self.full_check.setToolTip(
            QCoreApplication.translate(
                "Library",
                "Reads every file to find changed content too; takes as long as copying them.",
            )
        )
        self.buttons, _ = _ok_cancel(self, QCoreApplication.translate("Library", "Check"))
        _column(self, intro, self.full_check, buttons=self.buttons)
        self.setMinimumWidth(460)


class CheckReportDialog(QDialog):
    """The report of a check: a headline, the problems grouped, Repair and Locate buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkReportDialog")
        self.setWindowTitle(QCoreApplication.translate("Library", "Library Check"))
        self.headline = QLabel(self)
        self.headline.setObjectName("checkHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.report_view = QTextBrowser(self)
        self.report_view.setObjectName("checkReport")
        self.report_view.setOpenLinks(False)
        self.repair_button = QPushButton(QCoreApplication.translate("Library", "Repair…"), self)
        self.locate_button = QPushButton(
            QCoreApplication.translate("Library", "Locate Missing Files…"), self
        )
        self.close_button = QPushButton(QCoreApplication.translate("Library", "Close"), self)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.locate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 560)

    def show_report(self, headline: str, text: str, *, repair: bool, locate: bool) -> None:
        self.headline.setText(headline)
        self.report_view.setHtml(text)
        self.repair_button.setEnabled(repair)
        self.locate_button.setEnabled(locate)


class BackupDialog(QDialog):
    """Where to write a backup archive, and whether the files go in too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(QCoreApplication.translate("Library", "Back Up Library"))
        self.archive_edit = QLineEdit(self)
        self.archive_edit.setPlaceholderText(
            QCoreApplication.translate("Library", "a .tar or .tar.gz file")
        )
        self.browse_button = QPushButton(QCoreApplication.translate("Library", "Choose…"), self)
        self.include_files = QCheckBox(QCoreApplication.translate("Library", "Include files"), self)
        self.include_files.setChecked(True)
        note = _note(
            QCoreApplication.translate(
                "Library",
                "The catalogue is always in the backup. With “Include files”, every copy kept "
                "in the library goes in too, checked against its hash; files linked in place "
                "are listed but not copied. The app can stay open while it runs.",
            ),
            self,
        )
        self.buttons, self.ok_button = _ok_cancel(
            self, QCoreApplication.translate("Library", "Back Up")
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("Library", "Archive:"),
            _browse_row(self.archive_edit, self.browse_button),
        )
        form.addRow("", self.include_files)
        _column(self, form, note, buttons=self.buttons)
        self.archive_edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(560)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.archive_edit.text().strip()))

    @property
    def archive(self) -> Path:
        return _path_in(self.archive_edit)


class RestoreDialog(QDialog):
    """Which archive to restore, and the empty folder to rebuild the library in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("Library", "Restore Backup"))
        self.archive_edit = QLineEdit(self)
        self.archive_edit.setPlaceholderText(
            QCoreApplication.translate("Library", "a backup archive (.tar, .tar.gz)")
        )
        self.archive_button = QPushButton(QCoreApplication.translate("Library", "Choose…"), self)
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText(
            QCoreApplication.translate("Library", "an empty or new folder")
        )
        self.target_button = QPushButton(QCoreApplication.translate("Library", "Choose…"), self)
        note = _note(
            QCoreApplication.translate(
                "Library",
                "A new library is built in the folder; the library open now is not changed. "
                "Every file is checked against the archive's manifest before the restore says "
                "it is done; a damaged or altered archive is refused and nothing is kept.",
            ),
            self,
        )
        self.buttons, self.ok_button = _ok_cancel(
            self, QCoreApplication.translate("Library", "Restore")
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("Library", "Backup archive:"),
            _browse_row(self.archive_edit, self.archive_button),
        )
        form.addRow(
            QCoreApplication.translate("Library", "Restore into:"),
            _browse_row(self.target_edit, self.target_button),
        )
        _column(self, form, note, buttons=self.buttons)
        self.archive_edit.textChanged.connect(self._update)
        self.target_edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(560)

    def _update(self) -> None:
        self.ok_button.setEnabled(
            bool(self.archive_edit.text().strip()) and bool(self.target_edit.text().strip())
        )

    @property
    def archive(self) -> Path:
        return _path_in(self.archive_edit)

    @property
    def target(self) -> Path:
        return _path_in(self.target_edit)


class BackupSettingsDialog(QDialog):
    """Automatic catalogue copies: how often, how many to keep, and the copies there are."""

    COL_DATE, COL_NAME, COL_SIZE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(QCoreApplication.translate("Library", "Backup Settings"))
        intro = _note(
            QCoreApplication.translate(
                "Library",
                "When the library is opened and the newest automatic copy is older than this, "
                "the catalogue is copied to the library's backups folder. Copies made before "
                "upgrades and archives you wrote with Back Up… are never deleted.",
            ),
            self,
        )
        self.every_days = QSpinBox(self)
        self.every_days.setRange(0, 365)
        self.every_days.setSuffix(QCoreApplication.translate("Library", " days"))
        self.every_days.setSpecialValueText(QCoreApplication.translate("Library", "Off"))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 1000)
        self.keep.setSuffix(QCoreApplication.translate("Library", " copies"))
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("Library", "Copy the catalogue every:"), self.every_days
        )
        form.addRow(QCoreApplication.translate("Library", "Keep the last:"), self.keep)
        self.copies_label = QLabel(QCoreApplication.translate("Library", "Automatic copies"), self)
        self.copies = QTreeWidget(self)
        self.copies.setObjectName("automaticCopies")
        self.copies_label.setBuddy(self.copies)  # the label names the list for screen readers
        self.copies.setRootIsDecorated(False)
        self.copies.setHeaderLabels(
            [
                QCoreApplication.translate("Library", "Made"),
                QCoreApplication.translate("Library", "File"),
                QCoreApplication.translate("Library", "Size"),
            ]
        )
        header = self.copies.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(
            QCoreApplication.translate("Library", "Open Folder"), self
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        self.buttons = _button_box(self, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copies_label)
        layout.addWidget(self.copies, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.buttons)
        self.every_days.valueChanged.connect(self._update)
        self._update()
        self.resize(620, 460)

    def _update(self) -> None:
        self.keep.setEnabled(self.every_days.value() > 0)

    def show_copies(self, folder: Path, copies: Sequence[tuple[str, str, str]]) -> None:
        """The automatic copies as (date, file name, size), newest first."""
        self.folder_label.setText(
            QCoreApplication.translate("Library", "In %1").replace("%1", str(folder))
        )
        self.copies.clear()
        for made, name, size in copies:
            item = QTreeWidgetItem([made, name, size])
            item.setTextAlignment(self.COL_SIZE, Qt.AlignmentFlag.AlignRight)
            self.copies.addTopLevelItem(item)
        if not copies:
            item = QTreeWidgetItem(
                [QCoreApplication.translate("Library", "No automatic copy yet"), "", ""]
            )
            item.setDisabled(True)
            self.copies.addTopLevelItem(item)
