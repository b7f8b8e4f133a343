"""The Overview window: opened from the View menu, counted off the GUI thread, kept current."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ..domain import model as m
from .errors import show_failure
from .shell import Shell
from .tasks import TaskFailure

if TYPE_CHECKING:
    from ..domain.overview import Overview
    from .dashboard_view import OverviewDialog


class DashboardController(QObject):
    """Opens the overview, asks the archive for its figures on the query thread, and turns a
    click on a bar into the catalogue showing those sessions."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.archive = shell.archive
        self.window = shell.window
        self.dialog: OverviewDialog | None = None
        self._stale = False
        self.action = QAction(QCoreApplication.translate("Overview", "&Overview…"), self.window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "Overview",
                "Charts of the archive: sessions by year, series, organisation and speaker, and "
                "what is missing",
            )
        )
        self.action.triggered.connect(self.show)
        self.window.view_menu.addSeparator()
        self.window.view_menu.addAction(self.action)
        for signal in (shell.catalogue_changed, shell.people_changed, shell.sessions_imported):
            signal.connect(self._on_catalogue_changed)
        shell.sessions_changed.connect(self._on_catalogue_changed)

    def show(self) -> None:
        if self.dialog is None:
            # Its charts (QtCharts) are imported when the Overview is first opened.
            from .dashboard_view import OverviewDialog

            self.dialog = OverviewDialog(self.window)
            self.dialog.filter_chosen.connect(self.shell.filter_requested)
            self.dialog.scope_changed.connect(lambda _series: self.refresh())
            self.dialog.save_requested.connect(self.save_png)
        self.dialog.show()
        self.dialog.raise_()
        self.refresh()

    def _on_catalogue_changed(self, *_args: object) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Count again on the query thread; the window keeps the old figures until then."""
        dialog = self.dialog
        if dialog is None:
            return
        series_id = dialog.scope.currentData()
        archive = self.archive

        def count() -> tuple[Overview, list[m.Series]]:
            return archive.overview.overview(series_id), archive.sessions.series()

        self.shell.tasks.query(count, self._on_counted, self._on_failed)

    def _on_counted(self, answer: tuple[Overview, list[m.Series]]) -> None:
        overview, series = answer
        if self.dialog is None:
            return
        self.dialog.set_series_choices([s for s in series if s.session_count])
        if overview.series_id == self.dialog.scope.currentData():
            self.dialog.show_overview(overview)
        self._stale = False

    def _on_failed(self, failure: TaskFailure) -> None:
        show_failure(
            self.dialog or self.window,
            QCoreApplication.translate("Overview", "The overview could not be counted"),
            failure.message,
            failure.details,
        )

    def save_png(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.overview is None:
            return
        start = str(Path.home() / "overview.png")
        path, _ = QFileDialog.getSaveFileName(
            dialog,
            QCoreApplication.translate("Overview", "Save the Overview as PNG"),
            start,
            QCoreApplication.translate("Overview", "PNG images (*.png)"),
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not dialog.image().save(path, "PNG"):
            show_failure(
                dialog,
                QCoreApplication.translate("Overview", "The overview was not saved"),
                QCoreApplication.translate(
                    "Overview",
                    "Could not write %1. Check that the folder exists and is writable, or choose "
                    "another place.",
                ).replace("%1", path),
            )
