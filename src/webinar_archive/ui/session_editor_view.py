"""The session editor's widgets: the form, the summary, speakers, links and files tabs."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import (
    QDate,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from .fitting_tabs import FittingTabBar
from .materials_panel import MaterialsPanel
from .session_table_model import status_label
from .speakers_table import LinksTable, SpeakersTable
from .widgets import (
    CommitPlainTextEdit,
    ElidedLabel,
    TagsLineEdit,
    make_completer,
    make_completer_on_focus,
    make_hint,
)

NO_DATE = QDate(1900, 1, 1)


class SessionEditorView(QWidget):
    """Layout only: the form, summary, speakers, links and files tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Select a session to see and edit its details."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        make_hint(self.placeholder)

        page = QWidget(self)
        # Two lines of title and one of series, date and speakers for every session, so the
        # tabs below stay put when the selection moves (the whole text is in the tooltip).
        self.heading = ElidedLabel(2, page)
        self.heading.setObjectName("editorHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = ElidedLabel(1, page)
        self.subheading.setObjectName("editorSubheading")
        self.trash_banner = QLabel(
            self.tr("This session is in the trash. Restore it to edit it."), page
        )
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setStyleSheet(
            "QLabel#trashBanner { background: palette(alternate-base); padding: 4px; }"
        )
        self.trash_banner.hide()

        self.tabs = QTabWidget(page)
        # At the editor's least width (beside the search results at 1280 px) the five names do
        # not fit: the longest are shortened rather than scrolled ("Details" was hidden behind
        # two arrows).
        FittingTabBar(self.tabs)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_summary(), self.tr("Summary"))
        self.speakers = SpeakersTable(page)
        self.tabs.addTab(self.speakers, self.tr("Speakers"))
        self.links = LinksTable(page)
        self.tabs.addTab(self.links, self.tr("Links"))
        self.files = MaterialsPanel(page)
        self.tabs.addTab(self.files, self.tr("Files"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.tabs, 1)

        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def set_read_only(self, read_only: bool) -> None:
        """A trashed session is shown but not edited (restore it first)."""
        for edit in (
            self.title_edit,
            self.series_edit,
            self.theme_edit,
            self.time_edit,
            self.timezone_edit,
            self.language_edit,
            self.rights_edit,
            self.source_edit,
            self.tags_edit,
        ):
            edit.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        self.summary_edit.setReadOnly(read_only)
        self.date_edit.setReadOnly(read_only)
        self.duration_spin.setReadOnly(read_only)
        self.status_combo.setEnabled(not read_only)
        self.speakers.set_read_only(read_only)
        self.links.set_read_only(read_only)
        self.files.set_read_only(read_only)

    def _build_details(self) -> QWidget:
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.series_edit = QLineEdit()
        self.series_edit.setCompleter(make_completer([], self.series_edit))
        self.theme_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.date_edit.setMaximumWidth(
            self.date_edit.fontMetrics().horizontalAdvance("0000-00-00") + 60
        )
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("hh:mm"))
        self.time_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^$|^\d{1,2}:\d{2}$"), self.time_edit)
        )
        self.time_edit.setMaximumWidth(80)
        self.timezone_edit = QLineEdit()
        self.timezone_edit.setPlaceholderText(self.tr("e.g. Europe/Brussels"))
        self.timezone_edit.setCompleter(
            make_completer_on_focus(zoneinfo.available_timezones, self.timezone_edit)
        )
        time_box = _hbox(self.time_edit, QLabel(self.tr("Time zone:")), self.timezone_edit)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("Unknown"))
        self.duration_spin.setMaximumWidth(self.date_edit.maximumWidth())
        self.language_edit = QLineEdit()
        self.language_edit.setPlaceholderText(self.tr("e.g. en"))
        self.language_edit.setCompleter(
            make_completer(
                ["en", "fr", "de", "es", "it", "pl", "pt", "nl", "fi", "sv", "da", "cs", "el"],
                self.language_edit,
            )
        )
        self.language_edit.setMaximumWidth(80)
        self.status_combo = QComboBox()
        for status in m.SessionStatus:
            self.status_combo.addItem(status_label(status), status)
        lang_box = _hbox(self.language_edit, QLabel(self.tr("Status:")), self.status_combo)
        self.rights_edit = QLineEdit()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText("https://")
        self.tags_edit = TagsLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated tags"))
        self.notes_edit = CommitPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Private notes about this session"))

        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&eries:"), self.series_edit)
        form.addRow(self.tr("T&heme:"), self.theme_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Start time:"), time_box)
        form.addRow(self.tr("D&uration:"), self.duration_spin)
        form.addRow(self.tr("&Language:"), lang_box)
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        form.addRow(self.tr("Source &URL:"), self.source_edit)
        form.addRow(self.tr("&Rights:"), self.rights_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_host)
        return scroll

    def _build_summary(self) -> QWidget:
        self.summary_tabs = QTabWidget()
        self.summary_tabs.setTabPosition(QTabWidget.TabPosition.South)
        self.summary_edit = CommitPlainTextEdit()
        self.summary_edit.setObjectName("summaryEdit")
        self.summary_edit.setPlaceholderText(self.tr("Summary in Markdown"))
        self.summary_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.summary_preview = QTextBrowser()
        self.summary_preview.setOpenExternalLinks(True)
        self.summary_tabs.addTab(self.summary_preview, self.tr("Preview"))
        self.summary_tabs.addTab(self.summary_edit, self.tr("Edit"))
        return self.summary_tabs


def _hbox(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row; the last one takes the spare width."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    layout.setStretch(len(widgets) - 1, 1)
    return box
