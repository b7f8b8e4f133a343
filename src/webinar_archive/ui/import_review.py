"""The import review dialog: what an import found, checked and corrected before it is saved."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.imports import ExtractedLike
from ..services.link_fetch import fetchable
from .formats import date_text
from .review_session import (
    ImportReview,
    MatchOrganisation,
    SessionEditor,
    in_session,
    no_title,
    uncertain_tip,
)
from .widgets import fit_to_screen, make_error_label

log = logging.getLogger(__name__)


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
                item.setToolTip(uncertain_tip())
            self.session_list.addItem(item)
            editor.fields["title"].textChanged.connect(
                lambda text, it=item: it.setText(text or no_title())
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
        # Tab moves through the fields inside (the area scrolls to the one focused); the area
        # itself is no stop of its own.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(QCoreApplication.translate("ImportReview", "Session found"))
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The summary shows more lines in a taller dialog (on a taller screen).
        for editor in self.editors:
            editor.fit_summary(event.size().height())
        super().resizeEvent(event)

    @staticmethod
    def _caption(draft: m.SessionDraft, warnings: Sequence[str]) -> str:
        when = f"{date_text(draft.date)}  " if draft.date else ""
        return f"{when}{draft.title or no_title()}"

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
                raise ValueError(in_session(row, exc)) from None
        return result

    def accept(self) -> None:
        if self.refusal and not self.overridden:
            return
        for row in self.chosen_rows():
            try:
                self.editors[row].draft()
            except ValueError as exc:
                # Show the problem in place and stay open: nothing is lost by a typo.
                self.error_label.setText(in_session(row, exc))
                self.error_label.show()
                self.session_list.setCurrentRow(row)
                return
        self.error_label.hide()
        super().accept()
