"""Full-text search in the main window: queries off the GUI thread, results, facets, saved ones."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.query import parse
from ..domain.search import Hit, SavedSearch, SearchResults
from . import errors
from .browser import FACET_ROLE, KIND_FACET, KIND_ROLE, KIND_SAVED, SAVED_ROLE
from .formats import number_text
from .tasks import Progress, TaskContext, TaskFailure

if TYPE_CHECKING:
    from .shell import Shell

log = logging.getLogger(__name__)

T = TypeVar("T")

SEARCH_DELAY_MS = 250
PAGE_SIZE = 30
HITS_PER_SESSION = 5
FACET_LIMIT = 15

# The query field each facet narrows by.
FACET_FIELDS = {
    "series": "series",
    "year": "year",
    "organisation": "org",
    "speaker": "speaker",
    "tag": "tag",
}

# Editor tabs (SessionEditorView.tabs) that show the field a session-level hit is in.
TAB_DETAILS = 0
TAB_SUMMARY = 1
TAB_SPEAKERS = 2
HIT_TABS = {
    "summary": TAB_SUMMARY,
    "speaker": TAB_SPEAKERS,
    "organisation": TAB_SPEAKERS,
}


def facet_filter(name: str, value: str) -> str:
    """The query fragment that keeps only sessions with this facet value."""
    field = FACET_FIELDS.get(name, name)
    if name == "year":
        return f"{field}:{value}"
    clean = " ".join(value.replace('"', " ").split())
    return f'{field}:"{clean}"' if " " in clean or ":" in clean else f"{field}:{clean}"


def narrowed(query: str, fragment: str) -> str:
    """``query`` with ``fragment`` added once."""
    query = query.strip()
    if fragment in query.split() or query.endswith(fragment):
        return query
    return f"{query} {fragment}".strip()


class SearchController(QObject):
    """Runs the toolbar query and keeps the table, results view and sidebar in step with it.

    Searches only read, each service call in its own unit of work returning plain dataclasses,
    so they run as queries of the task runner; only the latest query's answer is applied.
    """

    applied = Signal(str)  # the query whose results are now shown ("" when cleared)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.archive = shell.archive
        self.window = shell.window
        self.panel = self.window.search_panel
        self.query = ""
        self.tasks = shell.tasks
        self._timer = QTimer(self)  # the box acts once typing pauses
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        # Answers awaited: query id -> what: "first" page, "more" pages or "facets".
        self._handlers: dict[int, str] = {}
        self._failure = ""  # the message of the current query's failure, once it failed
        self._connect()

    def _connect(self) -> None:
        w = self.window
        w.search_edit.textChanged.connect(self._timer.start)
        w.search_edit.returnPressed.connect(self._on_timer_timeout)
        w.clear_filter_action.triggered.connect(self._on_clear_filter_action_triggered)
        w.find_action.triggered.connect(self._on_find_action_triggered)
        self.shell.search_cleared.connect(self._on_shell_search_cleared)
        self.panel.hit_activated.connect(self.activate_hit)
        self.panel.more_requested.connect(self.load_more)
        w.browser.clicked.connect(self._on_browser_clicked)
        w.browser.activated.connect(self._on_browser_clicked)
        w.browser.customContextMenuRequested.connect(self._on_browser_context_menu)
        w.save_search_action.triggered.connect(self.ask_save_search)
        w.reindex_action.triggered.connect(self.rebuild_index)

    # ================================================================ the search box

    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        text = self.window.search_edit.text().strip()
        if text != self.query:
            self.run(text)

    def apply_search_box_now(self) -> None:
        """Act on the search box without waiting for the typing pause."""
        self._on_timer_timeout()

    def _on_clear_filter_action_triggered(self) -> None:
        self.window.search_edit.clear()
        self._on_timer_timeout()
        self.window.table.setFocus()

    def _on_find_action_triggered(self) -> None:
        self.window.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search_edit.selectAll()

    def _on_shell_search_cleared(self) -> None:
        edit = self.window.search_edit
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
        self.run("")

    # ================================================================ running a query

    @property
    def busy(self) -> bool:
        """A query is on its way (tests wait on this)."""
        return bool(self._handlers)

    def run(self, text: str) -> None:
        """Apply ``text`` (already stripped) as the search; empty text ends the search."""
        for key in self._handlers:
            self.tasks.discard(key)  # answers still on their way are now stale
        self._handlers.clear()
        self._failure = ""
        self.query = text
        self.window.save_search_action.setEnabled(bool(text))
        self.window.pdf_preview.set_search_terms(parse(text).terms if text else ())
        if not text:
            self.shell.search_applied.emit(None)
            self.panel.clear()
            self.window.search_dock.hide()
            self._show_facets(None, 0)
            self.applied.emit("")
            return
        search = self.archive.search

        def job() -> tuple[list[int], SearchResults]:
            return search.session_ids(text), search.search(text, PAGE_SIZE, 0, HITS_PER_SESSION)

        # The facets count the whole result, which takes longest for common words: they follow
        # in a job of their own so that the table and the results do not wait for them.
        self._submit(job, self._apply, "first")
        self._submit(lambda: search.facets(text, FACET_LIMIT), self._apply_facets, "facets")

    def _submit(self, fn: Callable[[], T], handler: Callable[[T], None], what: str) -> None:
        key = 0

        def succeeded(result: T) -> None:
            self._handlers.pop(key, None)
            handler(result)

        def failed(failure: TaskFailure) -> None:
            self._handlers.pop(key, None)
            self._on_query_failed(what, failure.message)

        key = self.tasks.query(fn, succeeded, failed)
        self._handlers[key] = what

    def _on_query_failed(self, what: str, message: str) -> None:
        # As-you-type lookups fail in place (status bar, results list), never in a dialog.
        if what == "facets":
            if message == self._failure:
                return  # the search's own failure said it already, and is more to the point
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SearchController",
                    "Counting the search results by series, year and people failed: %1",
                ).replace("%1", message),
                10000,
            )
            return
        self._failure = message
        self.panel.loading_failed()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("SearchController", "Search failed: %1").replace(
                "%1", message
            ),
            10000,
        )
        if what == "first":
            self.panel.clear()
            self.panel.show_message(
                QCoreApplication.translate("SearchController", "Search failed: %1").replace(
                    "%1", message
                )
            )

    def _apply(self, result: tuple[list[int], SearchResults]) -> None:
        ids, results = result
        self.shell.search_applied.emit(tuple(ids))
        self.window.show_search_results()
        self.panel.set_results(results)
        self.applied.emit(self.query)

    def _apply_facets(self, result: dict[str, list[tuple[str, int]]]) -> None:
        # Queries run one at a time and answers arrive in order, so the results of the
        # same query are in the panel already: their total is the facets' too.
        self._show_facets(result, self.panel.model.total)

    def load_more(self) -> None:
        """Append the next page of results (scrolled to the end of the list)."""
        model = self.panel.model
        if not self.query or not model.has_more:
            self.panel.loading_failed()
            return
        if "more" in self._handlers.values():
            return  # a page is on its way already
        text, offset = self.query, len(model.sessions)
        search = self.archive.search
        self._submit(
            lambda: search.search(text, PAGE_SIZE, offset, HITS_PER_SESSION),
            self.panel.append,
            "more",
        )

    def shutdown(self) -> None:
        self._timer.stop()
        for key in self._handlers:
            self.tasks.discard(key)
        self._handlers.clear()

    # ================================================================ sidebar

    def _show_facets(self, facets: dict[str, list[tuple[str, int]]] | None, total: int) -> None:
        self.shell.facets_found.emit(facets, total)

    def _on_browser_clicked(self, index: QModelIndex) -> None:
        item = index.siblingAtColumn(0)
        kind = item.data(KIND_ROLE)
        if kind == KIND_FACET:
            name, value = item.data(FACET_ROLE)
            self.set_query(narrowed(self.window.search_edit.text(), facet_filter(name, value)))
        elif kind == KIND_SAVED:
            saved = item.data(SAVED_ROLE)
            if isinstance(saved, SavedSearch):
                self.set_query(saved.query)

    def set_query(self, text: str) -> None:
        """Put ``text`` in the search box and run it now."""
        edit = self.window.search_edit
        edit.setText(text)
        self.apply_search_box_now()

    # ================================================================ saved searches

    def ask_save_search(self) -> None:
        query = self.window.search_edit.text().strip()
        if not query:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SearchController", "Type a search first, then save it."
                ),
                5000,
            )
            return
        name, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("SearchController", "Save Search"),
            QCoreApplication.translate("SearchController", "Name of the saved search:"),
            text=query,
        )
        if ok:
            self.save_search(name, query)

    def save_search(self, name: str, query: str) -> SavedSearch | None:
        try:
            saved = self.archive.search.save_search(name, query)
        except ArchiveError as exc:
            errors.show_failure(
                self.window,
                QCoreApplication.translate("SearchController", "The search could not be saved."),
                exc,
            )
            return None
        self.shell.browser_refresh_requested.emit(["saved"])
        return saved

    def rename_saved_search(self, saved: SavedSearch, name: str) -> SavedSearch | None:
        """Save the query under the new name, then drop the old name."""
        if " ".join(name.split()) == saved.name:
            return saved
        renamed = self.save_search(name, saved.query)
        if renamed is not None and renamed.id != saved.id:
            self.delete_saved_search(saved)
        return renamed

    def delete_saved_search(self, saved: SavedSearch) -> None:
        self.archive.search.delete_saved_search(saved.id)
        self.shell.browser_refresh_requested.emit([])

    def _on_browser_context_menu(self, pos: Any) -> None:
        browser = self.window.browser
        item = browser.indexAt(pos).siblingAtColumn(0)
        saved = item.data(SAVED_ROLE) if item.data(KIND_ROLE) == KIND_SAVED else None
        if isinstance(saved, SavedSearch):
            self.saved_search_menu(saved).exec(browser.viewport().mapToGlobal(pos))

    def saved_search_menu(self, saved: SavedSearch) -> QMenu:
        """Run, Rename…, Delete for one saved search (its right-click menu)."""
        menu = QMenu(self.window.browser)
        menu.addAction(
            QCoreApplication.translate("SearchController", "Run"),
            lambda: self.set_query(saved.query),
        )
        menu.addAction(
            QCoreApplication.translate("SearchController", "Rename…"),
            lambda: self._ask_rename(saved),
        )
        menu.addAction(
            QCoreApplication.translate("SearchController", "Delete"),
            lambda: self._ask_delete(saved),
        )
        return menu

    def _ask_rename(self, saved: SavedSearch) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("SearchController", "Rename Saved Search"),
            QCoreApplication.translate("SearchController", "New name:"),
            QLineEdit.EchoMode.Normal,
            saved.name,
        )
        if ok:
            self.rename_saved_search(saved, name)

    def _ask_delete(self, saved: SavedSearch) -> None:
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("SearchController", "Delete Saved Search"),
            QCoreApplication.translate("SearchController", "Delete the saved search “%1”?").replace(
                "%1", saved.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_saved_search(saved)

    # ================================================================ index

    def rebuild_index(self) -> int:
        """Rebuild the search index on the main task runner (progress, cancel)."""
        search = self.archive.search
        last: list[Progress] = []

        def job(ctx: TaskContext) -> int:
            def report(step: Progress) -> bool:
                last[:] = [step]
                return ctx.report(step)

            return search.reindex(report)

        def stopped() -> None:
            # Each batch was committed: the index is part-built and search says so until a
            # rebuild (this action again, or the next open of the library) goes on with it.
            if not last or not 0 < last[0].done < last[0].total:
                return  # stopped before the old index was emptied, or after the last batch
            message = QCoreApplication.translate(
                "SearchController",
                "Rebuilding the search index was stopped at %1 of %2 sessions; search waits "
                "until it is finished: Tools > Rebuild Search Index goes on from there.",
            )
            done, total = number_text(last[0].done), number_text(last[0].total)
            message = message.replace("%1", done).replace("%2", total)
            # After the task bar's own "was cancelled", which this one completes.
            QTimer.singleShot(0, lambda: self.window.statusBar().showMessage(message, 15000))

        def done(count: int) -> None:
            self.window.statusBar().showMessage(
                self.tr("The search index was rebuilt: %Ln session(s).", "", count),
                8000,
            )
            if self.query:
                self.run(self.query)

        return self.tasks.submit(
            QCoreApplication.translate("SearchController", "Rebuilding the search index"),
            job,
            done,
            on_cancelled=stopped,
        )

    # ================================================================ opening a hit

    def activate_hit(self, session_id: int, hit: Hit | None) -> None:
        """Show where ``hit`` is: its session, then the page, the moment or the field."""
        self.shell.session_requested.emit(session_id, True)
        if hit is None:
            return
        editor = self.window.editor
        try:
            if hit.kind in ("slide", "page") and hit.material_id is not None:
                self._open_material(hit.material_id, hit.page_no or 1)
            elif hit.recording_id is not None and hit.time_ms is not None:
                self.play_at(hit.recording_id, hit.time_ms)
            else:
                editor.tabs.setCurrentIndex(HIT_TABS.get(hit.kind, TAB_DETAILS))
        except ArchiveError as exc:
            self.window.statusBar().showMessage(str(exc), 10000)

    def _open_material(self, material_id: int, page_no: int) -> None:
        material = self.archive.files.material(material_id)
        if material.kind is m.MaterialKind.PDF:
            self.window.show_pdf_page(material_id, page_no)
            w = self.window
            if w.search_dock.isVisible() and w.preview_dock.isVisible():
                # Stacked with the results, the page needs at least half the height to be read.
                height = w.height()
                w.resizeDocks(
                    [w.preview_dock, w.search_dock],
                    [int(height * 0.5), int(height * 0.4)],
                    Qt.Orientation.Vertical,
                )
            return
        # Slides without a PDF: their extracted text, one heading per slide, in the Files tab.
        files = self.window.editor.files
        self.window.editor.tabs.setCurrentWidget(files)
        files.select_material(material_id)

    def play_at(self, recording_id: int, time_ms: int) -> None:
        """Open the player on ``recording_id`` at ``time_ms`` (no resume offer in between)."""
        self.shell.play_requested.emit(recording_id, time_ms)
