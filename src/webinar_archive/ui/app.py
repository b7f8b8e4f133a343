"""Starting the desktop app: logging, error hook, opening the library, the main window."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_ID, APP_NAME, FOLDER_NAME, __version__
from ..resources import resource_path
from ..services.archive import Archive
from ..services.paths import log_dir
from . import accessibility
from .brief_controller import BriefController
from .catalogue_controller import CatalogueController
from .dashboard_controller import DashboardController
from .errors import install_excepthook
from .files_controller import FilesController
from .i18n import install_translators, language_problem, ui_language
from .import_controller import ImportController
from .library_controller import LibraryController
from .library_open import open_library
from .main_window import MainWindow
from .people_controller import PeopleController
from .player.platform import prefer_xcb_on_wayland
from .player_controller import BackendFactory, PlaybackController
from .search_controller import SearchController
from .session_editor import SessionEditorController
from .settings_dialog import SettingsController
from .shell import Shell
from .tasks import TaskRunner
from .widgets import apply_hint_colour

log = logging.getLogger(__name__)

LOG_FILE = "webinar-archive.log"


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
) -> tuple[MainWindow, MainApp]:
    """The main window over ``archive`` (not shown yet) with every feature built on its shell.

    ``player_backend`` makes the player's media backend (VLC when None); the player widget
    itself is created on the first play.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        accessibility.install(app)
        apply_hint_colour(app)  # before any widget takes the palette's hint colour
    window = MainWindow()
    if size is not None:
        window.resize(*size)
    else:
        screen = QApplication.primaryScreen()
        if screen is not None:
            # A first-run size that suits the screen; a remembered geometry replaces it.
            area = screen.availableGeometry()
            window.resize(min(1440, int(area.width() * 0.85)), min(900, int(area.height() * 0.85)))
    undo_stack = QUndoStack(window)
    editor = SessionEditorController(archive, window.editor, undo_stack)
    shell = Shell(
        archive, window, settings if settings is not None else QSettings(), editor, undo_stack
    )
    editor.tasks = shell.tasks
    # The catalogue first: the others read the selection it publishes.
    catalogue = CatalogueController(shell)
    SettingsController(shell)  # kept alive as the shell's child
    return window, MainApp(
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
    app = application(sys.argv[:1])
    translators = install_translators(app, ui_language(override=language))
    install_excepthook()
    log.info("Starting %s %s (Qt platform %s)", APP_NAME, __version__, app.platformName())
    # The command line imported this module with collections paused (cli/app.py): they resume
    # before the catalogue opens (an upgrade may be long work), over what the imports left out.
    gc.freeze()
    gc.enable()
    # On the worker, with a dialog when it is long (an upgrade rebuilding the search index).
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
        for translator in translators:
            app.removeTranslator(translator)
        return 1
    if opened.archive is None:
        for translator in translators:
            app.removeTranslator(translator)
        return 0  # stopped by the user while the library was being upgraded
    archive = opened.archive
    window, main_app = create_main_window(archive)
    window.show()
    if (problem := language_problem()) is not None:
        window.statusBar().showMessage(problem, 30_000)
    # What start-up built (modules, the ORM mapping, widgets and their wrappers: over 100,000
    # objects) lives as long as the window. Left to the collector, each full collection walks
    # all of it on the GUI thread: the longest stall scrolling the table (300-480 ms when one
    # came mid-scroll, docs/performance.md); frozen, collections walk only what came since.
    gc.freeze()
    # After the window is up, on the worker: a due copy never delays the first window.
    main_app.library.start_scheduled_backup()
    if quit_after_start:
        QTimer.singleShot(0, lambda: _report_started_and_quit(app, main_app))
    try:
        status = app.exec()
    finally:
        gc.unfreeze()
        main_app.shutdown()
        archive.close()
        log.info("Closed the library %s", archive.root)
        # The application object outlives this call (in tests, the next window's language).
        for translator in translators:
            app.removeTranslator(translator)
    return int(status)


def _report_started_and_quit(app: QApplication, main_app: MainApp) -> None:
    rows = main_app.catalogue.table_model.rowCount()
    noun = "session" if rows == 1 else "sessions"
    print(f"{APP_NAME} started: {rows} {noun} in the table ({app.platformName()})", flush=True)
    app.quit()


__all__ = ["MainApp", "application", "create_main_window", "run_app", "setup_logging"]
