"""What every feature of the main window shares: the window, settings, tasks, the selection.

Feature controllers (catalogue, search, player, briefs, import) receive the shell and never
import one another; they talk through its signals. The catalogue publishes what is selected
(``set_selection``); the others ask for things by emitting the request signals below, and
whichever feature owns that thing acts on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from ..domain import model as m
from ..services.archive import Archive
from .main_window import MainWindow
from .settings import Settings
from .tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class Selection:
    """The sessions selected in the table, the one the editor shows, the sidebar filter."""

    ids: tuple[int, ...] = ()
    current: int | None = None
    filter: m.SessionFilter = field(default_factory=m.SessionFilter)


class Shell(QObject):
    """One main window over one open archive, as its features see it."""

    selection_changed = Signal()
    # Requests, each acted on by the feature that owns the thing asked for:
    sessions_changed = Signal(list)  # ids whose files or parts changed: reload and recount
    sessions_imported = Signal(list)  # ids to refresh the catalogue for and select
    session_requested = Signal(int, bool)  # show this session (keeping the search: True)
    search_applied = Signal(object)  # the ids found, in rank order; None: no search
    search_cleared = Signal()  # the catalogue wants every session shown again
    facets_found = Signal(object, int)  # the search's facets and its total (None: none)
    browser_refresh_requested = Signal(list)  # groups to show open afterwards
    play_requested = Signal(int, int)  # recording id, start at ms (-1: where it stopped)
    closing = Signal()  # the window is closing, the library still open

    def __init__(
        self, archive: Archive, window: MainWindow, settings: QSettings | None = None
    ) -> None:
        super().__init__(window)
        self.archive = archive
        self.window = window
        self.settings = Settings(settings)
        self.tasks = TaskRunner(self)
        self.selection = Selection()

    def set_selection(self, selection: Selection) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit()

    def status(self, text: str, ms: int = 5000) -> None:
        self.window.statusBar().showMessage(text, ms)
