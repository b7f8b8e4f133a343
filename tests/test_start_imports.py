"""Start-up stays light: what `--version`, `--help`, `list` and the window's module import.

Heavy libraries are loaded only by the work that needs them (Alembic to create or upgrade a
catalogue, reportlab to print, pypdf and lxml to read files ...). These tests read Python's own
import log (`-X importtime`) of a fresh process, so a module-level import that drags one of them
back into start-up fails here; speed itself is measured by benchmarks/bench_start.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from webinar_archive.services.archive import Archive

SRC = Path(__file__).resolve().parents[1] / "src"

# Libraries that no start-up path may import: each belongs to work done later, when asked for.
LATER = ("alembic", "mako", "pygments", "reportlab", "pypdf", "lxml", "dateparser", "vlc")


def _run_offscreen(script: str, library: Path) -> subprocess.CompletedProcess[str]:
    """``script`` run on ``library`` by a new Python process on Qt's offscreen platform."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(library)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _imported(*args: str) -> set[str]:
    """The modules a new Python process imported while running ``args``, each with its
    top-level package (``a.b.c`` gives ``a.b.c`` and ``a``)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            names.update((name, name.split(".")[0]))
    assert "webinar_archive" in names  # the log was read: an empty set would prove nothing
    return names


def _cli(*args: str) -> set[str]:
    return _imported("-m", "webinar_archive", *args)


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_no_catalogue_code(option):
    """Answering --version or --help needs the parser only: no database, no Qt, nothing later,
    and none of our services, storage or domain records (the parser's choices come from the
    light domain.vocabulary)."""
    imported = _cli(option)
    heavy = set(LATER) | {"sqlalchemy", "PySide6", "platformdirs", "webinar_archive.domain.model"}
    ours = {
        n for n in imported if n.startswith(("webinar_archive.services", "webinar_archive.storage"))
    }
    assert sorted(imported & heavy) == []
    assert sorted(ours) == []


# What only the commands' handlers use: paths, reading files, times, chapters, the brief's options,
# logging, JSON and dates; building the parser (and so `--help`) imports none of them.
HANDLERS_ONLY = (
    "logging",
    "json",
    "datetime",
    "dataclasses",
    "zoneinfo",
    "pathlib",  # file arguments are made Paths when given (cli/common.py file_path)
    "webinar_archive.domain.input_files",
    "webinar_archive.domain.os_errors",
    "webinar_archive.domain.time",
    "webinar_archive.domain.chapters",
    "webinar_archive.domain.text",
    "webinar_archive.export.options",
)


def test_help_imports_only_what_the_parser_needs():
    """`--help` builds every command group's parser: their handlers' modules wait for a
    command to run."""
    imported = _cli("--help")
    assert "webinar_archive.cli.sessions" in imported  # the parser was built
    assert "webinar_archive.domain.vocabulary" in imported  # the choices' light module
    assert sorted(imported & set(HANDLERS_ONLY)) == []


def test_version_is_answered_without_building_the_command_line(capsys):
    """`--version` alone prints what the parser's own --version prints, and a new process
    answering it imports none of the command line's modules."""
    from webinar_archive.__main__ import main
    from webinar_archive.cli import build_parser

    assert main(["--version"]) == 0
    early = capsys.readouterr().out
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert early == capsys.readouterr().out
    assert early.startswith("webinar-archive ")
    assert sorted(n for n in _cli("--version") if n.startswith("webinar_archive.cli")) == []


def test_list_on_a_current_catalogue_imports_no_migration_or_file_readers(tmp_path):
    """Opening a catalogue already at the newest schema reads its version without Alembic."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:  # created (and stamped) here, in this process
        archive.sessions.create_demo()
    assert (
        sorted(_cli("--library", str(library), "list", "--limit", "20") & {*LATER, "PySide6"}) == []
    )


def test_window_module_imports_nothing_for_later():
    """The window's module (what the desktop app imports first) leaves the later work out."""
    assert sorted(_imported("-c", "import webinar_archive.ui.app") & set(LATER)) == []


# The desktop app's start as run_app does it, up to the window shown with its first rows.
OPEN_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from webinar_archive.services.archive import Archive
from webinar_archive.ui.app import application, create_main_window
app = application(sys.argv[:1])
archive = Archive.open(Path(sys.argv[1]))
window, main_app = create_main_window(archive)
window.show()
QTimer.singleShot(300, app.quit)
app.exec()
main_app.shutdown()
archive.close()
"""


def test_opening_the_window_imports_nothing_for_later(tmp_path):
    """Showing the main window on a current catalogue needs no migrations, PDF writer or
    readers, and no player library: those wait for the action that uses them."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    assert sorted(_imported("-c", OPEN_WINDOW, str(library)) & set(LATER)) == []


# The window's start until its first reads are done: the table's ids and first page, the
# selected session in the editor, and the query thread's start-up reads (the browser's counts,
# the transcription queue; the editor's completion lists are read when first used), or 60 s.
OPEN_WINDOW_UNTIL_READ = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from webinar_archive.services.archive import Archive
from webinar_archive.ui.app import application, create_main_window
READ = ("webinar_archive.storage.repos.query", "webinar_archive.storage.repos.reads",
        "webinar_archive.storage.repos.queue")
app = application(sys.argv[:1])
archive = Archive.open(Path(sys.argv[1]))
window, main_app = create_main_window(archive)
window.show()
deadline = time.monotonic() + 60
def check():
    if all(name in sys.modules for name in READ) or time.monotonic() > deadline:
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
app.exec()
main_app.shutdown()
archive.close()
"""


def test_the_window_shows_its_first_rows_without_the_orm(tmp_path):
    """The window's first reads (the session ids, the first page of rows, the selected
    session, the browser's counts, the transcription queue) are selects
    on Core tables: neither ``sqlalchemy.orm`` nor our mapping is imported for them."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    imported = _imported("-c", OPEN_WINDOW_UNTIL_READ, str(library))
    read = {
        "webinar_archive.storage.repos.query",
        "webinar_archive.storage.repos.reads",
        "webinar_archive.storage.repos.queue",
    }
    assert sorted(read - imported) == []  # the reads were made: the check below means something
    assert sorted(imported & {"sqlalchemy.orm", "webinar_archive.storage.orm"}) == []


# The desktop app started as a user starts it (the command line's entry point and run_app)
# until it is wired and quits; what was imported when the session table first drew rows.
FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView
seen = {}
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            view = watched.parent()
            if (isinstance(view, QTableView) and watched is view.viewport()
                    and view.model() is not None and view.model().rowCount()):
                seen.update(rows=view.model().rowCount(), modules=sorted(sys.modules))
        return False
app = QApplication(sys.argv[:1])
watch = FirstPaint()
app.installEventFilter(watch)
from webinar_archive.cli.app import run
status = run(["--library", sys.argv[1], "gui", "--quit-after-start"])
print(json.dumps({**seen, "status": status, "wired": "sqlalchemy" in sys.modules}))
"""


def test_the_window_paints_its_first_rows_without_sqlalchemy(tmp_path):
    """On a SQLite library in its usual state the window shows its first rows read with
    sqlite3 (ui/first_rows.py): SQLAlchemy and the catalogue are imported after that paint,
    when the library is opened and the window wired."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    done = _run_offscreen(FIRST_PAINT, library)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0 and report["rows"] == 1
    assert report["wired"]  # the library was opened after the paint: the check means something
    at_paint = set(report["modules"])
    assert "webinar_archive.storage.plain_reads" in at_paint
    opened = {"sqlalchemy", "webinar_archive.storage.catalogue", "webinar_archive.services.archive"}
    assert sorted(at_paint & opened) == []


# What the window opens later, from a menu or on a first play: imported then, not at start.
OPENED_LATER = (
    "PySide6.QtCharts",  # the Overview's charts
    "webinar_archive.ui.dashboard_view",
    "webinar_archive.ui.people_manager",
    "webinar_archive.ui.bulk_edit_dialog",
    "webinar_archive.ui.import_review",
    "webinar_archive.ui.folder_review",
    "webinar_archive.services.page_import",
    "webinar_archive.services.link_fetch",
    "webinar_archive.ui.player.widget",  # the player, built on the first play
    "webinar_archive.ui.player.fullscreen",
)


def test_opening_the_window_imports_no_window_it_opens_later(tmp_path):
    """The Overview, People, bulk edit and import review windows and the player widget are
    imported when first opened: the main window's first rows do not wait for their modules."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    imported = _imported("-c", OPEN_WINDOW, str(library))
    assert "webinar_archive.ui.main_window" in imported
    assert sorted(imported & set(OPENED_LATER)) == []


@pytest.mark.parametrize(
    "command", [["list", "--limit", "20"], ["list", "--json"], ["show"], ["show", "1", "--json"]]
)
def test_list_and_show_on_sqlite_import_no_sqlalchemy(tmp_path, command):
    """On a SQLite library in its usual state `list` and `show` read the catalogue file with
    sqlite3 (storage/plain_reads.py): SQLAlchemy, the catalogue and the services that open it
    are not imported at all."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    imported = _cli("--library", str(library), *command)
    assert "webinar_archive.storage.plain_reads" in imported
    opened = {"sqlalchemy", "webinar_archive.storage.catalogue", "webinar_archive.services.archive"}
    assert sorted(imported & opened) == []


# The desktop app's start as run_app does it, until the session table paints its first rows:
# prints the modules imported by then, one a line.
UNTIL_FIRST_ROWS = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView
from webinar_archive.services.archive import Archive
from webinar_archive.ui.app import application, create_main_window
class FirstRows(QObject):
    def eventFilter(self, watched, event):
        view = watched.parent()
        if (event.type() == QEvent.Type.Paint and isinstance(view, QTableView)
                and watched is view.viewport() and view.model().rowCount()):
            print("\\n".join(sorted(sys.modules)), flush=True)
            app.removeEventFilter(self)
            app.quit()
        return False
app = application(sys.argv[:1])
first_rows = FirstRows()
app.installEventFilter(first_rows)
archive = Archive.open(Path(sys.argv[1]))
window, main_app = create_main_window(archive)
window.show()
app.exec()
main_app.shutdown()
archive.close()
"""

# What the window needs only once it is up, or when a menu or a dialog first asks for it.
AFTER_FIRST_ROWS = (
    *OPENED_LATER,
    "webinar_archive.ui.brief_dialog",  # Export Brief…
    "webinar_archive.ui.help",  # Help > User Guide, Keyboard Shortcuts
    "webinar_archive.ui.transcription_settings",  # Transcription Settings…
    "webinar_archive.services.transcription",  # the queue left by the last run, offered after
    "webinar_archive.media.transcribe",
    "webinar_archive.services.search",  # the saved searches, read with the browser's counts
    "webinar_archive.storage.search.store",
    "webinar_archive.storage.repos.queue",
    "webinar_archive.ui.pdf_preview",  # the Preview dock, hidden at start
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "webinar_archive.ui.player_chapters",  # chapter import, export and editing
    "webinar_archive.ui.library_views",  # Check Library…, Back Up…, Restore…
    "webinar_archive.domain.integrity",
)


def test_the_first_rows_are_painted_before_what_comes_after(tmp_path):
    """The session table paints its first rows before the dialogs' modules, the PDF preview
    of the hidden Preview dock, the transcription queue and the search service are imported:
    those wait for a menu or a dock shown, or run (on the query thread) once the window has
    painted."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    done = _run_offscreen(UNTIL_FIRST_ROWS, library)
    imported = set(done.stdout.split())
    assert "webinar_archive.ui.main_window" in imported
    assert sorted(imported & set(AFTER_FIRST_ROWS)) == []


@pytest.mark.parametrize(
    "command", [["list", "--limit", "20", "--filter", "s3"], ["show", "1", "--json"]]
)
def test_reading_commands_build_only_the_services_they_use(tmp_path, command):
    """`list` and `show` through the catalogue (words to match; a library with a partial
    copy to clean up first) load the sessions service, not the import, export, check or search
    services (and their importers, exchange format and index audit), nor the repositories
    those use: the archive builds each service when a command first uses it. Nor the ORM and
    its mapping, built only when a unit of work first loads or writes ORM rows."""
    library = tmp_path / "lib"
    with Archive.open(library) as archive:
        archive.sessions.create_demo()
    (library / ".incoming-left-by-a-crash").write_bytes(b"half")
    imported = _cli("--library", str(library), *command)
    assert "webinar_archive.services.sessions" in imported
    unused = {
        # nor the ORM: their reads are selects on the Core tables (storage/tables.py)
        "sqlalchemy.orm",
        "webinar_archive.storage.orm",
        "webinar_archive.storage.search.events",
        # nor writing a backup archive (every command only asks whether a copy is due), the
        # file store's release or the demo's media prober, which other commands use
        "webinar_archive.services.backup_archive",
        "webinar_archive.storage.snapshot",
        "webinar_archive.services.attachments",
        "webinar_archive.media.probe",
        "webinar_archive.services.exchange",
        "webinar_archive.services.folder_import",
        "webinar_archive.services.page_import",
        "webinar_archive.services.integrity",
        "webinar_archive.services.search",
        "webinar_archive.services.briefs",
        "webinar_archive.importers",
        # nor the repositories of other work: each is made when a unit of work first uses it
        "webinar_archive.storage.repos.bulk",
        "webinar_archive.storage.repos.new_sessions",
        "webinar_archive.storage.repos.people",
        "webinar_archive.storage.repos.parts",
        "webinar_archive.storage.repos.overview",
        "webinar_archive.storage.repos.labels",
        # nor the search index's writer, backends and query language: opening a catalogue
        # only attaches the index's events, which load the writer on a first write
        "webinar_archive.storage.search.indexer",
        "webinar_archive.storage.search.store",
        "webinar_archive.storage.search.sqlite",
        "webinar_archive.storage.search.base",
        "webinar_archive.storage.search.backend",
        "webinar_archive.domain.query",
    }
    assert sorted(imported & unused) == []


# Counts the garbage collector's full collections while a command runs, and says whether it
# collects again at the end (a long import must still free reference cycles).
_COUNT_FULL_COLLECTIONS = """
import gc, sys
full = []
gc.callbacks.append(lambda phase, info: full.append(1) if phase == "start"
                    and info["generation"] == 2 else None)
from webinar_archive.cli.app import main
status = main(sys.argv[1:])
print(f"full={len(full)} enabled={gc.isenabled()} frozen={gc.get_freeze_count()}",
      file=sys.stderr)
raise SystemExit(status)
"""


def test_a_command_starts_without_full_collections(tmp_path):
    """Importing SQLAlchemy and mapping the ORM make only objects that
    live as long as the process: no full collection walks them while a command starts (one
    cost 130-180 ms of `list`); they are frozen once imported, and collections resume
    before the catalogue opens (an upgrade is long work) and for the command."""
    library = tmp_path / "lib"
    Archive.open(library).close()
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_FULL_COLLECTIONS, "--library", str(library), "list"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = dict(item.split("=") for item in done.stderr.strip().splitlines()[-1].split())
    assert figures["full"] == "0"
    assert figures["enabled"] == "True"
    # What the imports built (over 10,000 objects even with the ORM and repositories a
    # command does not use left out) is frozen, not left for the collector to walk.
    assert int(figures["frozen"]) > 10_000


def test_importing_the_mapping_leaves_the_mappers_to_the_first_query():
    """Importing the ORM mapping does not configure its mappers (every relationship of 21
    classes): the first query does, so a start that reads no row through them never pays for
    it. Text given to a row is still cleaned on assignment, before any query."""
    code = (
        "from webinar_archive.storage import orm\n"
        "print(sum(m.configured for m in orm.Base.registry.mappers))\n"
        "print(repr(orm.SessionRow(title='a\\x1b[31mb').title))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["0", "'a[31mb'"]
