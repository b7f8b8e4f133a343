"""Full-text search in the main window: queries off the GUI thread, results, facets, saved ones."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.search import Hit, SavedSearch, SearchResults
from .browser import FACET_ROLE, KIND_FACET, KIND_ROLE, KIND_SAVED, SAVED_ROLE
from .errors import show_error
from .tasks import Cancelled, JobContext

if TYPE_CHECKING:
    from .main_controller import MainController

log = logging.getLogger(__name__)

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

COLLAPSED_FACETS = ("speaker", "organisation")

# Editor tabs (SessionEditorView.tabs) that show the field a session-level hit is in.
TAB_DETAILS = 0
TAB_SUMMARY = 1
TAB_SPEAKERS = 2
HIT_TABS = {
    "summary": TAB_SUMMARY,
    "speaker": TAB_SPEAKERS,
    "organisation": TAB_SPEAKERS,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchController", text)


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


class _Reply(QObject):
    """Carries a worker's answer back to the GUI thread (queued by Qt)."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Query(QRunnable):
    """One read-only search call on the pool; skipped when a newer query has come meanwhile."""

    def __init__(
        self, key: int, wanted: Callable[[int], bool], fn: Callable[[], Any], reply: _Reply
    ) -> None:
        super().__init__()
        self._key = key
        self._wanted = wanted
        self._fn = fn
        self._reply = reply

    def run(self) -> None:
        if not self._wanted(self._key):
            return
        try:
            result = self._fn()
        except Exception as exc:  # reported in the status bar, never a crash
            log.exception("Search failed")
            self._reply.failed.emit(self._key, str(exc) or type(exc).__name__)
        else:
            self._reply.done.emit(self._key, result)


class SearchController(QObject):
    """Runs the toolbar query and keeps the table, results view and sidebar in step with it.

    Searches only read, each service call in its own unit of work returning plain dataclasses,
    so they run on a pool thread of their own; only the latest query's answer is applied.
    """

    applied = Signal(str)  # the query whose results are now shown ("" when cleared)

    def __init__(self, main: MainController) -> None:
        super().__init__(main)
        self.main = main
        self.archive = main.archive
        self.window = main.window
        self.panel = self.window.search_panel
        self.query = ""
        self._keys = itertools.count(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reply = _Reply(self)
        self._reply.done.connect(self._on_reply_done)
        self._reply.failed.connect(self._on_reply_failed)
        # Answers awaited: key -> (handler, what: "first" page, "more" pages or "facets").
        self._handlers: dict[int, tuple[Callable[[Any], None], str]] = {}
        self._connect()

    def _connect(self) -> None:
        w = self.window
        self.panel.hit_activated.connect(self.activate_hit)
        self.panel.more_requested.connect(self.load_more)
        w.browser.clicked.connect(self._on_browser_clicked)
        w.browser.activated.connect(self._on_browser_clicked)
        w.browser.customContextMenuRequested.connect(self._on_browser_context_menu)
        w.save_search_action.triggered.connect(self.ask_save_search)
        w.reindex_action.triggered.connect(self.rebuild_index)

    # ================================================================ running a query

    @property
    def busy(self) -> bool:
        """A query is on its way (tests wait on this)."""
        return bool(self._handlers)

    def run(self, text: str) -> None:
        """Apply ``text`` (already stripped) as the search; empty text ends the search."""
        self._handlers.clear()  # answers still on their way are now stale
        self.query = text
        self.window.save_search_action.setEnabled(bool(text))
        if not text:
            self.main.set_search_ids(None)
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

    def _submit(self, fn: Callable[[], Any], handler: Callable[[Any], None], what: str) -> None:
        key = next(self._keys)
        self._handlers[key] = (handler, what)
        self._pool.start(_Query(key, self._handlers.__contains__, fn, self._reply))

    def _on_reply_done(self, key: int, result: object) -> None:
        entry = self._handlers.pop(key, None)
        if entry is None:
            return  # a stale query's answer
        entry[0](result)

    def _on_reply_failed(self, key: int, message: str) -> None:
        entry = self._handlers.pop(key, None)
        if entry is None:
            return
        if entry[1] == "facets":
            self.window.statusBar().showMessage(
                _tr("Counting the search results by series, year and people failed: %1").replace(
                    "%1", message
                ),
                10000,
            )
            return
        self.panel.loading_failed()
        self.window.statusBar().showMessage(_tr("Search failed: %1").replace("%1", message), 10000)
        if entry[1] == "first":
            self.panel.clear()
            self.panel.show_message(_tr("Search failed: %1").replace("%1", message))

    def _apply(self, result: object) -> None:
        assert isinstance(result, tuple)
        ids: list[int] = result[0]
        results: SearchResults = result[1]
        self.main.set_search_ids(tuple(ids))
        self.window.show_search_results()
        self.panel.set_results(results)
        self.applied.emit(self.query)

    def _apply_facets(self, result: object) -> None:
        # The pool runs one job at a time and answers arrive in order, so the results of the
        # same query are in the panel already: their total is the facets' too.
        assert isinstance(result, dict)
        self._show_facets(result, self.panel.model.total)

    def load_more(self) -> None:
        """Append the next page of results (scrolled to the end of the list)."""
        model = self.panel.model
        if not self.query or not model.has_more:
            self.panel.loading_failed()
            return
        if any(what == "more" for _h, what in self._handlers.values()):
            return  # a page is on its way already
        text, offset = self.query, len(model.sessions)
        search = self.archive.search
        self._submit(
            lambda: search.search(text, PAGE_SIZE, offset, HITS_PER_SESSION),
            self.panel.append,
            "more",
        )

    def shutdown(self) -> None:
        self._handlers.clear()
        self._pool.clear()
        self._pool.waitForDone()

    # ================================================================ sidebar

    def _show_facets(self, facets: dict[str, list[tuple[str, int]]] | None, total: int) -> None:
        browser = self.window.browser
        model = self.main.browser_model
        browser.selectionModel().blockSignals(True)
        model.set_search_facets(facets, total)
        browser.selectionModel().blockSignals(False)
        group = model.groups.get("search")
        if group is not None:
            browser.setExpanded(group.index(), True)
            for r in range(group.rowCount()):
                child = group.child(r, 0)
                # Speakers and organisations are long lists: open on demand.
                if child is not None and child.data(FACET_ROLE) not in COLLAPSED_FACETS:
                    browser.setExpanded(child.index(), True)
            browser.scrollToTop()

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
        self.main.apply_search_box_now()

    # ================================================================ saved searches

    def ask_save_search(self) -> None:
        query = self.window.search_edit.text().strip()
        if not query:
            self.window.statusBar().showMessage(_tr("Type a search first, then save it."), 5000)
            return
        name, ok = QInputDialog.getText(
            self.window, _tr("Save Search"), _tr("Name of the saved search:"), text=query
        )
        if ok:
            self.save_search(name, query)

    def save_search(self, name: str, query: str) -> SavedSearch | None:
        try:
            saved = self.archive.search.save_search(name, query)
        except ArchiveError as exc:
            show_error(self.window, str(exc))
            return None
        self.main.refresh_browser(self.main.expanded_groups() | {"saved"})
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
        self.main.refresh_browser()

    def _on_browser_context_menu(self, pos: Any) -> None:
        browser = self.window.browser
        item = browser.indexAt(pos).siblingAtColumn(0)
        saved = item.data(SAVED_ROLE) if item.data(KIND_ROLE) == KIND_SAVED else None
        if isinstance(saved, SavedSearch):
            self.saved_search_menu(saved).exec(browser.viewport().mapToGlobal(pos))

    def saved_search_menu(self, saved: SavedSearch) -> QMenu:
        """Run, Rename…, Delete for one saved search (its right-click menu)."""
        menu = QMenu(self.window.browser)
        menu.addAction(_tr("Run"), lambda: self.set_query(saved.query))
        menu.addAction(_tr("Rename…"), lambda: self._ask_rename(saved))
        menu.addAction(_tr("Delete"), lambda: self._ask_delete(saved))
        return menu

    def _ask_rename(self, saved: SavedSearch) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            _tr("Rename Saved Search"),
            _tr("New name:"),
            QLineEdit.EchoMode.Normal,
            saved.name,
        )
        if ok:
            self.rename_saved_search(saved, name)

    def _ask_delete(self, saved: SavedSearch) -> None:
        answer = QMessageBox.question(
            self.window,
            _tr("Delete Saved Search"),
            _tr("Delete the saved search “%1”?").replace("%1", saved.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_saved_search(saved)

    # ================================================================ index

    def rebuild_index(self) -> int:
        """Rebuild the search index on the main task runner (progress, cancel)."""
        search = self.archive.search

        def job(ctx: JobContext) -> int:
            def progress(done: int, total: int) -> bool:
                label = _tr("Indexing session %1 of %2").replace("%1", f"{done:,}")
                if not ctx.progress(label.replace("%2", f"{total:,}"), done, total):
                    raise Cancelled
                return True

            return search.reindex(progress)

        def done(count: object) -> None:
            self.window.statusBar().showMessage(
                _tr("The search index was rebuilt: %1 sessions.").replace("%1", f"{count:,}"),
                8000,
            )
            if self.query:
                self.run(self.query)

        return self.main.tasks.submit(
            _tr("Rebuilding the search index"), job, done, self.main._on_task_failed
        )

    # ================================================================ opening a hit

    def activate_hit(self, session_id: int, hit: Hit | None) -> None:
        """Show where ``hit`` is: its session, then the page, the moment or the field."""
        self.main.select_session_keeping_search(session_id)
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
            self.main.show_pdf_page(material_id, page_no)
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
        glue = self.main.player
        if glue is None:
            self.window.show_player()
            return
        if not glue.play(recording_id) or glue.player is None:
            return
        player = glue.player
        # The hit's moment is what was asked for, not the place where viewing stopped last time.
        player.resume_bar.hide()
        player.seek(time_ms)
        player.play()
