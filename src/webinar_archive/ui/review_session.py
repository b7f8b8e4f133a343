"""The import review's editor of one session: its fields, speakers and links as found, to correct
before saving, and which known organisation each speaker joins."""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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
from .i18n import TrContext
from .speakers_table import link_kind_labels, role_labels
from .widgets import RowsFollowWidths

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


def uncertain_tip() -> str:
    return QCoreApplication.translate("ImportReview", str(UNCERTAIN_TIP))


# Names the extractor may use for a doubtful field, mapped to the editor field they mark.
_FIELD_ALIASES = {
    "time": "start_time",
    "start": "start_time",
    "speaker": "speakers",
    "organisations": "speakers",
    "link": "links",
}
# Short fields share a row with the one before them, so the form leaves the speakers room on
# a 1280x800 screen: the time and time zone beside the date, the language beside the theme.
_BESIDE = {"start_time": "date", "timezone": "date", "language": "theme"}
_BESIDE_STRETCH = {"theme": 3}
# Lines of the summary shown at once (it scrolls past them) in a dialog of SUMMARY_HEIGHT, what
# it is given on a 1280x800 screen: a long summary pushed the speakers below the dialog's fold.
# A taller dialog (a taller screen) shows more, two thirds of its extra height: the tables
# below keep their rows in view and the summary takes the room they left empty.
SUMMARY_LINES = 6
SUMMARY_HEIGHT = 720
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
        rows: dict[str, QHBoxLayout] = {}
        for name, label in _LINE_FIELDS:
            edit = QLineEdit(values[name])
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.setObjectName(f"field_{name}")
            self.fields[name] = edit
            caption = self._label(name, QCoreApplication.translate("ImportReview", str(label)))
            beside = _BESIDE.get(name)
            if beside is not None:
                rows[beside].addWidget(caption)
                rows[beside].addWidget(edit, _BESIDE_STRETCH.get(name, 1))
                continue
            rows[name] = QHBoxLayout()
            rows[name].addWidget(edit, _BESIDE_STRETCH.get(name, 1))
            form.addRow(caption, rows[name])

        self.summary_edit = QPlainTextEdit(draft.summary)
        self.summary_edit.setObjectName("field_summary")
        self.summary_preview = QTextBrowser()
        self.summary_preview.setOpenExternalLinks(True)
        self.summary_edit.textChanged.connect(self._update_preview)
        self._update_preview()
        self.summary_tabs = summary_tabs = _SummaryTabs()
        summary_tabs.addTab(self.summary_edit, "Markdown")
        summary_tabs.addTab(
            self.summary_preview, QCoreApplication.translate("ImportReview", "Preview")
        )
        self.fit_summary(SUMMARY_HEIGHT)

        self.speakers_table = QTableWidget(0, 5)
        self._speaker_rows = RowsFollowWidths(self.speakers_table)
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
        # The kind of link is picked from a list: as wide as it, no more; the address and its
        # label share the rest (a third of the width each cut the addresses short).
        self.links_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        # A speaker's organisation and the record it joins ("matches existing: …", or why an
        # acronym is not guessed) are read whole: the role takes only its width, the rest wrap
        # and their row grows to hold them.
        self.speakers_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )

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
        layout.addWidget(summary_tabs, 1)  # more in a taller dialog: fit_summary
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
        # Rows grow with wrapped text once the columns have their width: fit again then.
        self._speaker_rows.fitted.connect(lambda: _fit_rows(self.speakers_table, *SPEAKER_ROWS))

        marked: dict[str, QWidget] = {
            **self.fields,
            "summary": self.summary_edit,
            "speakers": self.speakers_table,
            "links": self.links_table,
        }
        for name, widget in marked.items():
            if name in self.uncertain:
                widget.setStyleSheet(UNCERTAIN_STYLE)
                widget.setToolTip(uncertain_tip())

    def summary_lines(self, dialog_height: int) -> int:
        """How many lines of the summary a dialog ``dialog_height`` pixels tall shows at once."""
        line = self.summary_edit.fontMetrics().lineSpacing()
        return SUMMARY_LINES + max(0, dialog_height - SUMMARY_HEIGHT) * 2 // (3 * line)

    def fit_summary(self, dialog_height: int) -> None:
        """Let the summary show :meth:`summary_lines` lines before it scrolls."""
        edit, tabs = self.summary_edit, self.summary_tabs
        frame = (
            2 * edit.frameWidth()
            + 2 * round(edit.document().documentMargin())
            + tabs.tabBar().sizeHint().height()
            + 4
        )
        line = edit.fontMetrics().lineSpacing()
        tabs.setMaximumHeight(line * self.summary_lines(dialog_height) + frame)
        tabs.hint_height = line * SUMMARY_LINES + frame
        # In a taller dialog the summary takes most of the room the form leaves, up to its
        # lines, the tables the rest (they had it all: rows of blank under a few speakers).
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            taller = self.summary_lines(dialog_height) > SUMMARY_LINES
            layout.setStretchFactor(tabs, 6 if taller else 1)
        tabs.updateGeometry()

    def _label(self, name: str, text: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        if name in self.uncertain:
            icon = QLabel()
            icon.setPixmap(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
            )
            icon.setToolTip(uncertain_tip())
            self.markers[name] = icon
            row.addWidget(icon)
        caption = QLabel(text)
        caption.setToolTip(uncertain_tip() if name in self.uncertain else "")
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
        table.setCellWidget(row, 2, _centred(roles))
        table.setItem(row, 3, QTableWidgetItem(speaker.position or ""))
        self._show_match(row)
        return row

    def role_box(self, row: int) -> QComboBox | None:
        """The role chooser of the speakers table's ``row``."""
        holder = self.speakers_table.cellWidget(row, 2)
        return holder.findChild(QComboBox) if holder is not None else None

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
        self._speaker_rows.refit()

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
            roles = self.role_box(row)
            role = roles.currentData() if roles is not None else m.AppearanceRole.SPEAKER
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


def no_title() -> str:
    return QCoreApplication.translate("ImportReview", "(no title)")


def in_session(row: int, exc: ValueError) -> str:
    return (
        QCoreApplication.translate("ImportReview", "Session %1: %2")
        .replace("%1", str(row + 1))
        .replace("%2", str(exc))
    )


def _centred(widget: QWidget) -> QWidget:
    """``widget`` at its own height, centred in a table cell whose row grows with wrapped text.

    Not the widget itself with a maximum height: Qt then caps the whole row's height at it,
    and the text of the cells before it is cut again.
    """
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    holder.setFocusProxy(widget)
    return holder


class _SummaryTabs(QTabWidget):
    """The summary's tabs ask for no more than its first lines: the rest of its height is the
    room the tables leave (asked for, it made the dialog scroll)."""

    hint_height = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.hint_height:
            hint.setHeight(min(hint.height(), self.hint_height))
        return hint


def _fit_rows(table: QTableWidget, least: int, most: int) -> None:
    """Make ``table`` at least tall enough for its rows, between ``least`` and ``most`` of them
    (more scroll): a layout short of room would otherwise squeeze it to a row and a half."""
    shown = min(max(table.rowCount(), least), most)
    default = table.verticalHeader().defaultSectionSize()
    rows = [max(default, table.rowHeight(r)) for r in range(min(table.rowCount(), shown))]
    rows += [max([default, *rows])] * (shown - len(rows))
    header = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(header + sum(rows) + 2 * table.frameWidth())


def _row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout
