"""Starting the desktop app: logging, error hook, opening the library, the main window."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_ID, APP_NAME, FOLDER_NAME, __version__
from ..resources import resource_path
from ..services.paths import log_dir
from .errors import install_excepthook
from .first_rows import FirstRows, show_first_rows, size_for_screen
from .i18n import install_translators, language_problem, ui_language
from .player.platform import prefer_xcb_on_wayland

# The features and the library are imported when the window is wired: a usual start paints
# its first rows before importing them (and SQLAlchemy with them), see ui/first_rows.py.
if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from ..services.archive import Archive
    from .brief_controller import BriefController
    from .catalogue_controller import CatalogueController
    from .dashboard_controller import DashboardController
    from .files_controller import FilesController
    from .import_controller import ImportController
    from .library_controller import LibraryController
    from .main_window import MainWindow
    from .people_controller import PeopleController
    from .player_controller import BackendFactory, PlaybackController
    from .search_controller import SearchController
    from .session_editor import SessionEditorController
    from .session_table_model import SessionTableModel
    from .shell import Shell
    from .tasks import TaskRunner

log = logging.getLogger(__name__)

LOG_FILE = "webinar-archive.log"
# A property the application gets once the window's features are wired (after its first rows
# on a usual start): what a tool watching the start waits for (benchmarks/window_probe.py).
WIRED_PROPERTY = "webinarArchiveWired"


def setup_logging(debug: bool) -> Path | None:
    """Log to a rotating file in the log folder (and to stderr when debugging)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = None
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        log_file = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        log_file.setFormatter(fmt)
        root.addHandler(log_file)
    except OSError as exc:
        print(f"Cannot write the log file: {exc}", file=sys.stderr)
        path = None
    consoles = [
        h
        for h in root.handlers
        if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
    ]
    for handler in consoles:
        # The terminal keeps showing warnings only; the file has the full story.
        handler.setLevel(logging.DEBUG if debug else logging.WARNING)
    if debug and not consoles:
        console = logging.StreamHandler()
        console.setFormatter(fmt)
        root.addHandler(console)
    return path


GUI_THREADPOOL_VARIABLE = "QT_NO_GUI_THREADPOOL"


def keep_fills_on_the_gui_thread(environ: MutableMapping[str, str]) -> bool:
    """Have Qt paint its large fills on the GUI thread, not hand them to its own thread pool.

    Qt's raster engine splits a fill of many lines (a table's background, its grid, a scroll
    bar) across a pool of threads and waits for them all. A paint then waits until each of
    those threads gets a processor: behind the app's own reading threads, the X server and
    any other program. The fills themselves cost a fraction of a millisecond; the waits were
    most of the time the scrolling window was neither painting nor waiting for a processor
    itself (docs/performance.md, "Scroll"). Read by Qt when it first paints, so called before
    the window shows; a value already set (by the user) is kept. True when it set it."""
    if GUI_THREADPOOL_VARIABLE in environ:
        return False
    environ[GUI_THREADPOOL_VARIABLE] = "1"
    return True


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings has a home, with the app's icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [FOLDER_NAME])
    QCoreApplication.setOrganizationName(APP_ID)
    # The command's name: X11's WM_CLASS comes from it, which the launcher's StartupWMClass names.
    QCoreApplication.setApplicationName(FOLDER_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    _carry_over_settings()
    _ensure_icon_theme()
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    except FileNotFoundError as exc:
        log.warning("The window icon is missing: %s", exc)
    return app


def _carry_over_settings() -> None:
    """Settings saved before the organisation became the application id move over once."""
    current = QSettings()
    if current.allKeys():
        return
    earlier = QSettings(FOLDER_NAME, FOLDER_NAME)
    keys = earlier.allKeys()
    if not keys:
        return
    for key in keys:
        current.setValue(key, earlier.value(key))
    current.sync()
    log.info("Carried %d settings over from %s", len(keys), earlier.fileName())


def _ensure_icon_theme() -> None:
    """Outside a full desktop Qt may find no icon theme; point it at the XDG icon folders."""
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    folders = [str(Path(d) / "icons") for d in data_dirs.split(":") if d]
    found = [f for f in folders if Path(f).is_dir() and f not in QIcon.themeSearchPaths()]
    if found:
        QIcon.setThemeSearchPaths([*QIcon.themeSearchPaths(), *found])
    installed = [
        theme
        for theme in ("Adwaita", "breeze")
        if any((Path(f) / theme / "index.theme").exists() for f in QIcon.themeSearchPaths())
    ]
    if not installed:
        return
    if QIcon.themeName() in ("", "hicolor"):
        QIcon.setThemeName(installed[0])
    elif not QIcon.fallbackThemeName() or QIcon.fallbackThemeName() == "hicolor":
        QIcon.setFallbackThemeName(installed[0])


@dataclass
class MainApp:
    """The main window's features, each built with the shell and knowing none of the others."""

    shell: Shell
    editor: SessionEditorController
    catalogue: CatalogueController
    files: FilesController
    people: PeopleController
    search: SearchController
    player: PlaybackController
    briefs: BriefController
    imports: ImportController
    library: LibraryController
    overview: DashboardController

    @property
    def tasks(self) -> TaskRunner:
        return self.shell.tasks

    def shutdown(self) -> None:
        """The window is gone: stop the player and background work (the library stays open)."""
        self.shell.poll_timer.stop()
        self.player.shutdown()
        self.catalogue.shutdown()
        self.search.shutdown()
        self.shell.tasks.shutdown()


def create_main_window(
    archive: Archive,
    settings: QSettings | None = None,
    size: tuple[int, int] | None = None,
    *,
    player_backend: BackendFactory | None = None,
    window: MainWindow | None = None,
    table_model: SessionTableModel | None = None,
) -> tuple[MainWindow, MainApp]:
    """The main window over ``archive`` (not shown yet) with every feature built on its shell.

    ``player_backend`` makes the player's media backend (VLC when None); the player widget
    itself is created on the first play. ``window`` and ``table_model``: the window already
    showing its first rows (ui/first_rows.py), whose features are built on it.
    """
    from PySide6.QtGui import QUndoStack

    from . import accessibility
    from .brief_controller import BriefController
    from .catalogue_controller import CatalogueController
    from .dashboard_controller import DashboardController
    from .files_controller import FilesController
    from .import_controller import ImportController
    from .library_controller import LibraryController
    from .main_window import MainWindow
    from .people_controller import PeopleController
    from .player_controller import PlaybackController
    from .search_controller import SearchController
    from .session_editor import SessionEditorController
    from .settings_dialog import SettingsController
    from .shell import Shell
    from .widgets import apply_hint_colour

    app = QApplication.instance()
    if window is None:
        if isinstance(app, QApplication):
            apply_hint_colour(app)  # before any widget takes the palette's hint colour
        window = MainWindow()
        if size is not None:
            window.resize(*size)
        else:
            size_for_screen(window)
    undo_stack = QUndoStack(window)
    editor = SessionEditorController(archive, window.editor, undo_stack)
    shell = Shell(
        archive, window, settings if settings is not None else QSettings(), editor, undo_stack
    )
    editor.tasks = shell.tasks
    # The catalogue first: the others read the selection it publishes.
    catalogue = CatalogueController(shell, table_model)
    SettingsController(shell)  # kept alive as the shell's child
    main_app = MainApp(
        shell,
        editor,
        catalogue,
        FilesController(shell),
        PeopleController(shell),
        SearchController(shell),
        PlaybackController(shell, backend_factory=player_backend),
        BriefController(shell),
        ImportController(shell),
        LibraryController(shell),
        DashboardController(shell),
    )
    if isinstance(app, QApplication):
        # Built without the namer's filter (called for each of thousands of events while the
        # window is built); it names the window's controls now, at once, and later ones.
        accessibility.install(app)
    return window, main_app


def run_app(
    library: Path | None,
    database_url: str | None,
    debug: bool,
    *,
    quit_after_start: bool = False,
    language: str | None = None,
) -> int:
    """Open the library and run the main window until it is closed; the exit status.

    ``quit_after_start`` closes the window once it shows its first rows, saying how many: the
    check that an installed or bundled app starts.
    """
    setup_logging(debug)
    # VLC draws only into X11 windows on Linux: decided (and logged) before QApplication exists.
    prefer_xcb_on_wayland(os.environ)
    keep_fills_on_the_gui_thread(os.environ)
    app = application(sys.argv[:1])
    translators = install_translators(app, ui_language(override=language))
    install_excepthook()
    log.info("Starting %s %s (Qt platform %s)", APP_NAME, __version__, app.platformName())
    # The command line imported this module with collections paused (cli/app.py): they resume
    # before the catalogue opens (an upgrade may be long work), over what the imports left out;
    # a usual start first builds the window and its first rows (objects that live as long as
    # it), then imports the features and opens the library, and resumes them once wired.
    gc.freeze()
    running = _Running(app, translators, quit_after_start)
    # A usual SQLite library: its first rows painted from the catalogue file, the library
    # opened and the features wired right after (ui/first_rows.py).
    first = show_first_rows(library, database_url)
    if first is not None:
        first.after_first_paint(lambda: running.wire(first, library, database_url))
    else:
        gc.enable()
        # On the worker, with a dialog when it is long (an upgrade rebuilding the search index).
        if not running.open(library, database_url):
            running.close()
            return 1 if running.failed else 0
        assert running.archive is not None
        window, running.main_app = create_main_window(running.archive)
        window.show()
        running.started(window)
    try:
        status = app.exec()
    finally:
        gc.unfreeze()
        gc.enable()
        if first is not None:
            first.close()
        running.close()
    return int(status)


class _Running:
    """The app from its start to its end: the library, the window's features once wired."""

    def __init__(self, app: QApplication, translators: list[QTranslator], quit_after: bool):
        self.app = app
        self.translators = translators
        self.quit_after = quit_after
        self.archive: Archive | None = None
        self.main_app: MainApp | None = None
        self.failed = False

    def open(self, library: Path | None, database_url: str | None) -> bool:
        """Open the library (on the worker); False when it failed (said in a dialog) or the
        user stopped it."""
        from .library_open import open_library

        opened = open_library(library, database_url)
        if opened.failure is not None:
            log.error("Cannot open the library: %s", opened.failure.message)
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Cannot Open the Library"),
                QCoreApplication.translate("App", "The library could not be opened.\n\n%1").replace(
                    "%1", opened.failure.message
                ),
            )
            self.failed = True
            return False
        self.archive = opened.archive
        return opened.archive is not None  # None: stopped by the user while it was upgraded

    def wire(self, first: FirstRows, library: Path | None, database_url: str | None) -> None:
        """After the first rows are painted: open the library, build every feature on the
        window, then let the input held meanwhile through."""
        first.reader.close()  # the catalogue reads from here on
        if not self.open(library, database_url):
            gc.enable()
            first.window.hide()
            self.app.exit(1 if self.failed else 0)
            return
        assert self.archive is not None
        # A first page the plain reader could not read is read again by the catalogue.
        model = None if first.sessions.failed else first.model
        window, self.main_app = create_main_window(
            self.archive, window=first.window, table_model=model
        )
        self.started(window)
        first.hold.release()

    def started(self, window: MainWindow) -> None:
        """The window is up with its features."""
        assert self.main_app is not None
        main_app = self.main_app
        if (problem := language_problem()) is not None:
            window.statusBar().showMessage(problem, 30_000)
        # What start-up built (modules, widgets and their wrappers: over 100,000 objects) lives
        # as long as the window. Left to the collector, each full collection walks all of it on
        # the GUI thread: the longest stall scrolling the table (300-480 ms when one came
        # mid-scroll, docs/performance.md); frozen, collections walk only what came since.
        gc.freeze()
        gc.enable()
        # After the window is up, on the worker: a due copy never delays the first window.
        main_app.library.start_scheduled_backup()
        self.app.setProperty(WIRED_PROPERTY, True)
        if self.quit_after:
            QTimer.singleShot(0, lambda: _report_started_and_quit(self.app, main_app))

    def close(self) -> None:
        """Stop the features, close the library, take the translators out."""
        if self.main_app is not None:
            self.main_app.shutdown()
        if self.archive is not None:
            self.archive.close()
            log.info("Closed the library %s", self.archive.root)
        # The application object outlives this call (in tests, the next window's language).
        for translator in self.translators:
            self.app.removeTranslator(translator)


def _report_started_and_quit(app: QApplication, main_app: MainApp) -> None:
    rows = main_app.catalogue.table_model.rowCount()
    noun = "session" if rows == 1 else "sessions"
    print(f"{APP_NAME} started: {rows} {noun} in the table ({app.platformName()})", flush=True)
    app.quit()


__all__ = ["MainApp", "application", "create_main_window", "run_app", "setup_logging"]
