"""The import review dialog: what an import found, checked and corrected before it is saved."""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.imports import ExtractedLike
from ..domain.organisations import OrganisationMatch
from ..services.link_fetch import fetchable
from .formats import date_text
from .i18n import TrContext
from .speakers_table import link_kind_labels, role_labels
from .widgets import fit_to_screen, make_error_label

log = logging.getLogger(__name__)

UNCERTAIN_STYLE = "background-color: #fff3b0;"
UNCERTAIN_TIP = QT_TRANSLATE_NOOP(
    "ImportReview", "The page did not say this clearly: check it before importing."
)
ImportReview = TrContext("ImportReview")
# What the library holds for an organisation as named; None when it was not looked up.
MatchOrganisation = Callable[[str], OrganisationMatch | None]
COL_LIBRARY = 4  # the speakers table's column saying which organisation record is joined
# Rows the review's tables show without scrolling: the speakers are what the review is most
# often for (a name or an organisation to correct), so they get the most room.
SPEAKER_ROWS = (3, 6)
LINK_ROWS = (2, 4)


def _uncertain_tip() -> str:
    return QCoreApplication.translate("ImportReview", str(UNCERTAIN_TIP))


# Names the extractor may use for a doubtful field, mapped to the editor field they mark.
_FIELD_ALIASES = {
    "time": "start_time",
    "start": "start_time",
    "speaker": "speakers",
    "organisations": "speakers",
    "link": "links",
}
_LINE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ImportReview", "Title")),
    ("series", QT_TRANSLATE_NOOP("ImportReview", "Series")),
    ("date", QT_TRANSLATE_NOOP("ImportReview", "Date")),
    ("start_time", QT_TRANSLATE_NOOP("ImportReview", "Time")),
    ("timezone", QT_TRANSLATE_NOOP("ImportReview", "Time zone")),
    ("theme", QT_TRANSLATE_NOOP("ImportReview", "Theme")),
    ("language", QT_TRANSLATE_NOOP("ImportReview", "Language")),
    ("tags", QT_TRANSLATE_NOOP("ImportReview", "Tags")),
)


class _NameDelegate(QStyledItemDelegate):
    """Speaker names complete from the people already in the library."""

    def __init__(self, names: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._names = sorted(set(names), key=str.casefold)

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self._names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class SessionEditor(QWidget):
    """All fields of one extracted session; ``draft()`` reads them back."""

    def __init__(
        self,
        extracted: ExtractedLike,
        people_names: Sequence[str],
        parent: QWidget | None = None,
        match_organisation: MatchOrganisation | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = copy.deepcopy(extracted.draft)
        self._match_organisation = match_organisation
        self.uncertain = {_FIELD_ALIASES.get(f, f) for f in extracted.uncertain}
        self.fields: dict[str, QLineEdit] = {}
        self.markers: dict[str, QLabel] = {}
        draft = self._original

        form = QFormLayout()
        values = {
            "title": draft.title,
            "series": draft.series or "",
            "date": draft.date.isoformat() if draft.date else "",
            "start_time": draft.start_time.strftime("%H:%M") if draft.start_time else "",
            "timezone": draft.timezone or "",
            "theme": draft.theme or "",
            "language": draft.language or "",
            "tags": ", ".join(draft.tags),
        }
        placeholders = {
            "date": "YYYY-MM-DD",
            "start_time": "HH:MM",
            "language": QCoreApplication.translate("ImportReview", "e.g. en"),
            "tags": QCoreApplication.translate("ImportReview", "comma-separated"),
        }
        for name, label in _LINE_FIELDS:
            edit = QLineEdit(values[name])
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.setObjectName(f"field_{name}")
            self.fields[name] = edit
            form.addRow(
                self._label(name, QCoreApplication.translate("ImportReview", str(label))), edit
            )

        self.summary_edit = QPlainTextEdit(draft.summary)
        self.summary_edit.setObjectName("field_summary")
        self.summary_preview = QTextBrowser()
        self.summary_preview.setOpenExternalLinks(True)
        self.summary_edit.textChanged.connect(self._update_preview)
        self._update_preview()
        summary_tabs = QTabWidget()
        summary_tabs.addTab(self.summary_edit, "Markdown")
        summary_tabs.addTab(
            self.summary_preview, QCoreApplication.translate("ImportReview", "Preview")
        )

        self.speakers_table = QTableWidget(0, 5)
        self.speakers_table.setObjectName("field_speakers")
        self.speakers_table.setAccessibleName(
            QCoreApplication.translate("ImportReview", "Speakers")
        )
        self.speakers_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportReview", "Name"),
                QCoreApplication.translate("ImportReview", "Organisation"),
                QCoreApplication.translate("ImportReview", "Role"),
                QCoreApplication.translate("ImportReview", "Position"),
                QCoreApplication.translate("ImportReview", "In the library"),
            ]
        )
        self.speakers_table.setItemDelegateForColumn(0, _NameDelegate(people_names, self))
        for speaker in draft.speakers:
            self.add_speaker(speaker)
        self.speakers_table.setColumnHidden(COL_LIBRARY, match_organisation is None)
        self.speakers_table.itemChanged.connect(self._on_speakers_table_item_changed)
        self.add_speaker_button = QPushButton(
            QCoreApplication.translate("ImportReview", "Add speaker")
        )
        self.remove_speaker_button = QPushButton(
            QCoreApplication.translate("ImportReview", "Remove speaker")
        )
        self.add_speaker_button.clicked.connect(lambda: self.add_speaker(None))
        self.remove_speaker_button.clicked.connect(lambda: self._remove_rows(self.speakers_table))

        self.links_table = QTableWidget(0, 3)
        self.links_table.setObjectName("field_links")
        self.links_table.setAccessibleName(QCoreApplication.translate("ImportReview", "Links"))
        self.links_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportReview", "Kind"),
                QCoreApplication.translate("ImportReview", "Address"),
                QCoreApplication.translate("ImportReview", "Label"),
            ]
        )
        for link in draft.links:
            self.add_link(link)
        self.add_link_button = QPushButton(QCoreApplication.translate("ImportReview", "Add link"))
        self.remove_link_button = QPushButton(
            QCoreApplication.translate("ImportReview", "Remove link")
        )
        self.add_link_button.clicked.connect(lambda: self.add_link(None))
        self.remove_link_button.clicked.connect(lambda: self._remove_rows(self.links_table))

        for table in (self.speakers_table, self.links_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)

        self.warnings_label = QLabel("\n".join(f"⚠ {w}" for w in extracted.warnings))
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(bool(extracted.warnings))
        self.warnings_label.setStyleSheet("color: #8a5a00;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings_label)
        layout.addLayout(form)
        layout.addWidget(
            self._label("summary", QCoreApplication.translate("ImportReview", "Summary"))
        )
        layout.addWidget(summary_tabs, 2)
        layout.addWidget(
            self._label("speakers", QCoreApplication.translate("ImportReview", "Speakers"))
        )
        layout.addWidget(self.speakers_table, 2)
        layout.addLayout(_row(self.add_speaker_button, self.remove_speaker_button))
        layout.addWidget(self._label("links", QCoreApplication.translate("ImportReview", "Links")))
        layout.addWidget(self.links_table, 1)
        layout.addLayout(_row(self.add_link_button, self.remove_link_button))
        _fit_rows(self.speakers_table, *SPEAKER_ROWS)
        _fit_rows(self.links_table, *LINK_ROWS)

        marked: dict[str, QWidget] = {
            **self.fields,
            "summary": self.summary_edit,
            "speakers": self.speakers_table,
            "links": self.links_table,
        }
        for name, widget in marked.items():
            if name in self.uncertain:
                widget.setStyleSheet(UNCERTAIN_STYLE)
                widget.setToolTip(_uncertain_tip())

    def _label(self, name: str, text: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        if name in self.uncertain:
            icon = QLabel()
            icon.setPixmap(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
            )
            icon.setToolTip(_uncertain_tip())
            self.markers[name] = icon
            row.addWidget(icon)
        caption = QLabel(text)
        caption.setToolTip(_uncertain_tip() if name in self.uncertain else "")
        row.addWidget(caption)
        row.addStretch(1)
        return holder

    def _update_preview(self) -> None:
        self.summary_preview.setMarkdown(self.summary_edit.toPlainText())

    def is_marked(self, name: str) -> bool:
        return name in self.markers

    def add_speaker(self, speaker: m.SpeakerDraft | None) -> int:
        table = self.speakers_table
        row = table.rowCount()
        table.insertRow(row)
        speaker = speaker or m.SpeakerDraft(name="")
        name = QTableWidgetItem(speaker.name)
        # The original record rides along so contribution and pinned ids survive the edit.
        name.setData(Qt.ItemDataRole.UserRole, speaker)
        table.setItem(row, 0, name)
        table.setItem(row, 1, QTableWidgetItem(speaker.organisation or ""))
        roles = QComboBox()
        for role, role_label in role_labels().items():
            roles.addItem(role_label, role)
        roles.setCurrentIndex(list(m.AppearanceRole).index(speaker.role))
        table.setCellWidget(row, 2, roles)
        table.setItem(row, 3, QTableWidgetItem(speaker.position or ""))
        self._show_match(row)
        return row

    def _on_speakers_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            self._show_match(item.row())

    def _show_match(self, row: int) -> None:
        """Say which organisation record the row's organisation joins when saved, if any."""
        if self._match_organisation is None:
            return
        name = _text(self.speakers_table, row, 1)
        match = self._match_organisation(name) if name else None
        cell = QTableWidgetItem(_match_text(match) if match is not None else "")
        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if match is not None and match.ambiguous:
            cell.setForeground(Qt.GlobalColor.darkRed)
        cell.setToolTip(cell.text())
        self.speakers_table.setItem(row, COL_LIBRARY, cell)

    def add_link(self, link: m.LinkDraft | None) -> int:
        table = self.links_table
        row = table.rowCount()
        table.insertRow(row)
        link = link or m.LinkDraft(m.LinkKind.OTHER, "")
        kinds = QComboBox()
        for kind, kind_label in link_kind_labels().items():
            kinds.addItem(kind_label, kind)
        kinds.setCurrentIndex(list(m.LinkKind).index(link.kind))
        table.setCellWidget(row, 0, kinds)
        table.setItem(row, 1, QTableWidgetItem(link.url or ""))
        table.setItem(row, 2, QTableWidgetItem(link.label))
        return row

    @staticmethod
    def _remove_rows(table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)

    def draft(self) -> m.SessionDraft:
        """The edited session; ValueError names the first field that cannot be read."""
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        if not text["title"]:
            raise ValueError(QCoreApplication.translate("ImportReview", "A session needs a title."))
        date = None
        if text["date"]:
            try:
                date = dt.date.fromisoformat(text["date"])
            except ValueError:
                raise ValueError(
                    QCoreApplication.translate(
                        "ImportReview", "Date: “%1” is not YYYY-MM-DD."
                    ).replace("%1", text["date"])
                ) from None
        start = None
        if text["start_time"]:
            try:
                start = dt.time.fromisoformat(text["start_time"])
            except ValueError:
                raise ValueError(
                    QCoreApplication.translate("ImportReview", "Time: “%1” is not HH:MM.").replace(
                        "%1", text["start_time"]
                    )
                ) from None
        result = copy.deepcopy(self._original)
        result.title = text["title"]
        result.series = text["series"] or None
        result.date = date
        result.start_time = start
        result.timezone = text["timezone"] or None
        result.theme = text["theme"] or None
        result.language = text["language"] or None
        result.tags = [t.strip() for t in text["tags"].split(",") if t.strip()]
        result.summary = self.summary_edit.toPlainText()
        result.speakers = self._speakers()
        result.links = self._links()
        return result

    def _speakers(self) -> list[m.SpeakerDraft]:
        table = self.speakers_table
        speakers = []
        for row in range(table.rowCount()):
            name = _text(table, row, 0)
            if not name:
                continue
            item = table.item(row, 0)
            original = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            roles = table.cellWidget(row, 2)
            role = roles.currentData() if isinstance(roles, QComboBox) else m.AppearanceRole.SPEAKER
            organisation = _text(table, row, 1) or None
            speaker = m.SpeakerDraft(
                name=name,
                organisation=organisation,
                role=role,
                position=_text(table, row, 3) or None,
            )
            if isinstance(original, m.SpeakerDraft):
                speaker.contribution = original.contribution
                # A pinned record only stays pinned while the name (or organisation) is unchanged.
                if original.name == name:
                    speaker.person_id = original.person_id
                if original.organisation == organisation:
                    speaker.organisation_id = original.organisation_id
            speakers.append(speaker)
        return speakers

    def _links(self) -> list[m.LinkDraft]:
        table = self.links_table
        links = []
        for row in range(table.rowCount()):
            url, label = _text(table, row, 1), _text(table, row, 2)
            if not url and not label:
                continue
            kinds = table.cellWidget(row, 0)
            kind = kinds.currentData() if isinstance(kinds, QComboBox) else m.LinkKind.OTHER
            links.append(m.LinkDraft(kind, url or None, label))
        return links


def _match_text(match: OrganisationMatch) -> str:
    if match.organisation_id is not None:
        return QCoreApplication.translate("ImportReview", "matches existing: %1").replace(
            "%1", match.known[0][1]
        )
    if match.ambiguous:
        return (
            QCoreApplication.translate(
                "ImportReview",
                "\u201c%1\u201d could be any of %2: not guessed, saved as a new organisation; "
                "write the full name to link one",
            )
            .replace("%1", match.name)
            .replace("%2", ", ".join(f"\u201c{shown}\u201d" for shown in match.candidates))
        )
    return QCoreApplication.translate("ImportReview", "new organisation")


def _no_title() -> str:
    return QCoreApplication.translate("ImportReview", "(no title)")


def _in_session(row: int, exc: ValueError) -> str:
    return (
        QCoreApplication.translate("ImportReview", "Session %1: %2")
        .replace("%1", str(row + 1))
        .replace("%2", str(exc))
    )


def _fit_rows(table: QTableWidget, least: int, most: int) -> None:
    """Make ``table`` at least tall enough for its rows, between ``least`` and ``most`` of them
    (more scroll): a layout short of room would otherwise squeeze it to a row and a half."""
    shown = min(max(table.rowCount(), least), most)
    row = max(
        [table.verticalHeader().defaultSectionSize()]
        + [table.rowHeight(r) for r in range(min(table.rowCount(), shown))]
    )
    header = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(header + shown * row + 2 * table.frameWidth())


def _row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


class ImportReviewDialog(QDialog):
    """Check and correct what an import found before anything is saved.

    Works on copies: the drafts handed in are never changed, and the caller saves ``drafts()``
    only when the dialog was accepted.
    """

    def __init__(
        self,
        drafts: Sequence[ExtractedLike],
        people_names: Sequence[str] = (),
        parent: QWidget | None = None,
        refusal: str | None = None,
        match_organisation: MatchOrganisation | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportReview", "Review the Import"))
        # A page that does not read as a session page is shown, but Import waits for the
        # user to say it is one all the same.
        self.refusal = refusal
        self.overridden = False
        fit_to_screen(self, 1100, 1000)
        self.editors: list[SessionEditor] = []
        self.session_list = QListWidget()
        self.session_list.setObjectName("sessions")
        self.stack = QStackedWidget()
        for extracted in drafts:
            editor = SessionEditor(extracted, people_names, self, match_organisation)
            self.editors.append(editor)
            self.stack.addWidget(editor)
            item = QListWidgetItem(self._caption(extracted.draft, extracted.warnings))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if extracted.uncertain or extracted.warnings:
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(_uncertain_tip())
            self.session_list.addItem(item)
            editor.fields["title"].textChanged.connect(
                lambda text, it=item: it.setText(text or _no_title())
            )
        self.session_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.session_list.setVisible(len(drafts) > 1)
        if drafts:
            self.session_list.setCurrentRow(0)

        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(QCoreApplication.translate("ImportReview", "Import"))
        self.refusal_label = QLabel(
            QCoreApplication.translate(
                "ImportReview",
                "Not imported: %1. Check the page; if it does describe a session, "
                "choose Import Anyway.",
            ).replace("%1", refusal)
            if refusal
            else ""
        )
        self.refusal_label.setObjectName("refusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.refusal_label.setVisible(bool(refusal))
        self.anyway_button = self.buttons.addButton(
            QCoreApplication.translate("ImportReview", "Import Anyway"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.anyway_button.setVisible(bool(refusal))
        self.anyway_button.clicked.connect(self.override_refusal)
        # The files behind the links (not pages, not video platforms) come after the import.
        files = {url for x in drafts for url, _, _ in fetchable(x.draft.links)}
        self.fetch_check = QCheckBox(
            ImportReview.tr(
                "Download the files behind %n link(s) to slides, agendas and recordings after "
                "importing",
                "",
                len(files),
            )
        )
        self.fetch_check.setChecked(bool(files))
        self.fetch_check.setVisible(bool(files))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.session_list.itemChanged.connect(self._update_import_button)
        self._update_import_button()

        # On a short screen the session's fields scroll rather than squeeze the tables.
        scroll = QScrollArea()
        scroll.setObjectName("session_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        splitter = QSplitter()
        splitter.addWidget(self.session_list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.refusal_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.fetch_check)
        layout.addWidget(self.buttons)

    @staticmethod
    def _caption(draft: m.SessionDraft, warnings: Sequence[str]) -> str:
        when = f"{date_text(draft.date)}  " if draft.date else ""
        return f"{when}{draft.title or _no_title()}"

    def chosen_rows(self) -> list[int]:
        return [
            row
            for row in range(self.session_list.count())
            if self.session_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, row: int, chosen: bool) -> None:
        state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        self.session_list.item(row).setCheckState(state)

    def override_refusal(self) -> None:
        """The user says the page is a session page after all: Import becomes possible."""
        self.overridden = True
        self.anyway_button.hide()
        self.refusal_label.hide()
        self._update_import_button()

    def _update_import_button(self, *_args: object) -> None:
        count = len(self.chosen_rows())
        blocked = bool(self.refusal) and not self.overridden
        self.import_button.setEnabled(count > 0 and not blocked)
        self.import_button.setText(
            ImportReview.tr("Import %n", "", count)
            if len(self.editors) > 1
            else QCoreApplication.translate("ImportReview", "Import")
        )

    def fetch_requested(self) -> bool:
        """Whether the linked files are to be downloaded once the sessions are saved."""
        return not self.fetch_check.isHidden() and self.fetch_check.isChecked()

    def drafts(self) -> list[m.SessionDraft]:
        """The edited drafts of the chosen sessions (ValueError if one cannot be read)."""
        result = []
        for row in self.chosen_rows():
            try:
                result.append(self.editors[row].draft())
            except ValueError as exc:
                raise ValueError(_in_session(row, exc)) from None
        return result

    def accept(self) -> None:
        if self.refusal and not self.overridden:
            return
        for row in self.chosen_rows():
            try:
                self.editors[row].draft()
            except ValueError as exc:
                # Show the problem in place and stay open: nothing is lost by a typo.
                self.error_label.setText(_in_session(row, exc))
                self.error_label.show()
                self.session_list.setCurrentRow(row)
                return
        self.error_label.hide()
        super().accept()
