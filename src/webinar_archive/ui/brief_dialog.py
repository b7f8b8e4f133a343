"""The PDF brief dialog's layout: what to export, how it looks and where it goes."""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

LOGO_PREVIEW = 48  # px: enough to recognise a logo without growing the dialog


class BriefMode(enum.Enum):
    SINGLE = "single"  # one session, one PDF
    BOOKLET = "booklet"  # several sessions in one PDF
    FOLDER = "folder"  # one PDF per session in a folder


@dataclass(frozen=True, slots=True)
class BriefChoice:
    """What the user asked for, in plain values (the controller turns it into options)."""

    mode: BriefMode
    title: str
    target: Path
    paper: str
    sections: tuple[str, ...]
    qr_codes: bool
    archive_name: str
    logo: Path | None
    remember: bool
    open_when_done: bool
    overview: bool = False  # a page of charts of the series after the cover


# The brief's sections as the dialog names them (the PDF's headings follow the brief's language).
SECTION_LABELS = {
    "picture": QT_TRANSLATE_NOOP("BriefDialog", "Picture"),
    "speakers": QT_TRANSLATE_NOOP("BriefDialog", "Speakers"),
    "summary": QT_TRANSLATE_NOOP("BriefDialog", "Summary"),
    "contributions": QT_TRANSLATE_NOOP("BriefDialog", "Contributions"),
    "materials": QT_TRANSLATE_NOOP("BriefDialog", "Materials"),
    "recording": QT_TRANSLATE_NOOP("BriefDialog", "Recording"),
    "chapters": QT_TRANSLATE_NOOP("BriefDialog", "Chapters"),
    "notes": QT_TRANSLATE_NOOP("BriefDialog", "Notes"),
    "links": QT_TRANSLATE_NOOP("BriefDialog", "Links"),
}


def section_label(key: str, fallback: str) -> str:
    return QCoreApplication.translate("BriefDialog", str(SECTION_LABELS.get(key, fallback)))


class BriefDialog(QDialog):
    """Options and target of one export; the controller fills it, browses and runs it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        count: int,
        sections: Sequence[tuple[str, str]],
        papers: Sequence[str],
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.count = count
        self.setWindowTitle(
            self.tr("Export Brief") if count == 1 else self.tr("Export %n Briefs", "", count)
        )
        self._file_target = ""
        self._folder_target = ""
        self._logo: Path | None = None

        # ------------------------------------------------------------ what
        what = QGroupBox(self.tr("What to export"), self)
        what_layout = QVBoxLayout(what)
        self.summary_label = QLabel(what)
        self.summary_label.setWordWrap(True)
        what_layout.addWidget(self.summary_label)
        self.booklet_radio = QRadioButton(self.tr("One booklet: cover, contents, all briefs"), what)
        self.folder_radio = QRadioButton(self.tr("One PDF per session, into a folder"), what)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.booklet_radio)
        self.mode_group.addButton(self.folder_radio)
        self.booklet_radio.setChecked(True)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(24, 0, 0, 0)  # under the booklet radio it belongs to
        self.title_label = QLabel(self.tr("&Title:"), what)
        self.title_edit = QLineEdit(title, what)
        self.title_label.setBuddy(self.title_edit)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.title_edit, 1)
        what_layout.addWidget(self.booklet_radio)
        what_layout.addLayout(title_row)
        self.overview_check = QCheckBox(
            self.tr("An overview page after the cover: charts of the series"), what
        )
        overview_row = QHBoxLayout()
        overview_row.setContentsMargins(24, 0, 0, 0)
        overview_row.addWidget(self.overview_check)
        what_layout.addLayout(overview_row)
        self.overview_check.setVisible(False)  # series booklets only: set_series_booklet
        self._series_booklet = False
        what_layout.addWidget(self.folder_radio)
        if count == 1:
            self.summary_label.setText(self.tr("“%1”, as one PDF.").replace("%1", title))
            for widget in (self.booklet_radio, self.folder_radio, self.title_label):
                widget.hide()
            self.title_edit.hide()
        else:
            self.summary_label.setText(self.tr("%n sessions selected.", "", count))

        # ------------------------------------------------------------ how
        look = QGroupBox(self.tr("Layout"), self)
        form = QFormLayout(look)
        self.paper_combo = QComboBox(look)
        self.paper_combo.addItems(list(papers))
        paper_row = QHBoxLayout()  # a two-item list needs no full-width combo
        paper_row.addWidget(self.paper_combo)
        paper_row.addStretch(1)
        paper_label = QLabel(self.tr("&Paper size:"), look)
        paper_label.setBuddy(self.paper_combo)
        form.addRow(paper_label, paper_row)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.section_checks: dict[str, QCheckBox] = {}
        rows = (len(sections) + 2) // 3
        for i, (key, label) in enumerate(sections):
            check = QCheckBox(section_label(key, label), look)
            check.setObjectName(f"section_{key}")
            check.setChecked(True)
            self.section_checks[key] = check
            grid.addWidget(check, i % rows, i // rows)  # column by column, in reading order
        form.addRow(self.tr("Sections:"), grid)
        self.qr_check = QCheckBox(self.tr("QR codes for links and the recording"), look)
        form.addRow("", self.qr_check)
        self.archive_name_edit = QLineEdit(look)
        form.addRow(self.tr("&Archive name:"), self.archive_name_edit)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel(look)
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_name = QLabel(look)
        self.logo_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logo_button = QPushButton(self.tr("Choose…"), look)
        self.logo_clear = QPushButton(self.tr("Clear"), look)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        # A row given a layout gets no buddy, so the mnemonic goes to the Choose… button.
        logo_label = QLabel(self.tr("&Logo:"), look)
        logo_label.setBuddy(self.logo_button)
        form.addRow(logo_label, logo_row)
        self.set_logo(None)

        # ------------------------------------------------------------ where
        where = QGroupBox(self.tr("Save to"), self)
        where_layout = QVBoxLayout(where)
        target_row = QHBoxLayout()
        self.target_edit = QLineEdit(where)
        self.target_edit.setMinimumWidth(360)
        self.target_button = QPushButton(self.tr("Browse…"), where)
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.target_button)
        where_layout.addLayout(target_row)
        self.open_check = QCheckBox(self.tr("Open the PDF when done"), where)
        self.open_check.setChecked(True)
        where_layout.addWidget(self.open_check)
        self.remember_check = QCheckBox(self.tr("Remember these options for this library"), self)
        self.remember_check.setChecked(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, Qt.Orientation.Horizontal, self
        )
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(look)
        layout.addWidget(where)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.buttons)

        self.folder_radio.toggled.connect(self._on_folder_radio_toggled)
        self.target_edit.textChanged.connect(self._on_target_edit_text_changed)
        self._on_folder_radio_toggled(False)

    # ------------------------------------------------------------ filling and reading

    def mode(self) -> BriefMode:
        if self.count == 1:
            return BriefMode.SINGLE
        return BriefMode.FOLDER if self.folder_radio.isChecked() else BriefMode.BOOKLET

    def set_mode(self, mode: BriefMode) -> None:
        (self.folder_radio if mode is BriefMode.FOLDER else self.booklet_radio).setChecked(True)

    def set_options(
        self,
        *,
        paper: str,
        sections: Collection[str],
        qr_codes: bool,
        archive_name: str,
        logo: Path | None,
    ) -> None:
        index = self.paper_combo.findText(paper)
        self.paper_combo.setCurrentIndex(max(index, 0))
        for key, check in self.section_checks.items():
            check.setChecked(key in sections)
        self.qr_check.setChecked(qr_codes)
        self.archive_name_edit.setText(archive_name)
        self.set_logo(logo)

    def set_targets(self, file: Path, folder: Path) -> None:
        """The default PDF path and output folder; the field shows the one the mode needs."""
        self._file_target = str(file)
        self._folder_target = str(folder)
        self._on_folder_radio_toggled(self.folder_radio.isChecked())
        self.fit_target()

    def set_target(self, path: Path) -> None:
        self.target_edit.setText(str(path))
        self.fit_target()

    def fit_target(self) -> None:
        """Make the path field as wide as its path (up to half the screen): a path cut at its
        start hides the folder the PDF goes to."""
        edit = self.target_edit
        needed = edit.fontMetrics().horizontalAdvance(edit.text()) + 24
        screen = self.screen()
        limit = screen.availableGeometry().width() // 2 if screen is not None else 960
        edit.setMinimumWidth(max(360, min(needed, limit)))
        edit.setCursorPosition(0)

    def target(self) -> Path | None:
        text = self.target_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_logo(self, path: Path | None) -> None:
        self._logo = path
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText("—")
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - 4,
                    LOGO_PREVIEW - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_name.setText(path.name if path is not None else self.tr("No logo"))
        self.logo_name.setToolTip(str(path) if path is not None else "")
        self.logo_clear.setEnabled(path is not None)

    def logo(self) -> Path | None:
        return self._logo

    def sections(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.section_checks.items() if check.isChecked())

    def choice(self) -> BriefChoice | None:
        """The user's answer, or None while no target is given."""
        target = self.target()
        if target is None:
            return None
        return BriefChoice(
            mode=self.mode(),
            title=self.title_edit.text().strip(),
            target=target,
            paper=self.paper_combo.currentText(),
            sections=self.sections(),
            qr_codes=self.qr_check.isChecked(),
            archive_name=self.archive_name_edit.text().strip(),
            logo=self._logo,
            remember=self.remember_check.isChecked(),
            open_when_done=self.open_check.isChecked(),
            overview=self._series_booklet and self.overview_check.isChecked(),
        )

    def set_series_booklet(self) -> None:
        """The sessions are one whole series: its booklet may have an overview page."""
        self._series_booklet = True
        self.overview_check.setVisible(True)

    # ------------------------------------------------------------ slots

    def _on_folder_radio_toggled(self, folder: bool) -> None:
        self.overview_check.setEnabled(not folder)
        self.title_edit.setEnabled(not folder)
        self.title_label.setEnabled(not folder)
        self.open_check.setText(
            self.tr("Open the folder when done") if folder else self.tr("Open the PDF when done")
        )
        self.target_edit.setText(self._folder_target if folder else self._file_target)

    def _on_target_edit_text_changed(self, text: str) -> None:
        # Typed paths are kept per mode, so switching back and forth loses nothing.
        if self.mode() is BriefMode.FOLDER:
            self._folder_target = text
        else:
            self._file_target = text
        self.export_button.setEnabled(bool(text.strip()))
