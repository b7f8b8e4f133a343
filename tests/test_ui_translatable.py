"""Every string the UI shows goes through Qt translation: a pseudo translator marks each lookup,
and the main window, the editor's tabs, the player and the dialogs show nothing unmarked but data.

The walk is the one of tests/test_ui_accessibility.py: what a user can see there, a translator
must be able to translate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from translation_helpers import catalogue_messages
from ui_player_helpers import App, app  # noqa: F401
from webinar_archive.translations import ts_path
from webinar_archive.ui import help as app_help

pytestmark = pytest.mark.sqlite_only

OPEN, CLOSE = "⟦", "⟧"
# Proper names, units and symbols shown as they are in every language.
ALLOWED = {
    "Webinar Archive",
    "PDF",
    "PNG",
    "VLC",
    "libvlc",
    "Markdown",
    "HTML",
    "URL",
    "https",
    "JSON",
    "CSV",
    "SRT",
    "WebVTT",
    "YYYY-MM-DD",
    "HH:MM",
    "MB",
    "KB",
    "GB",
    "kB",
    "Qt",
    "PySide6",
    "Python",
    "SQLite",
    "Esc",
    "Ctrl",
    "Shift",
    "Alt",
    "Space",
    "Del",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "Left",
    "Right",
    "Up",
    "Down",
    "Tab",
    "Enter",
    "Return",
    "Backspace",
    "Delete",
    "Ins",
    "F1",
    "F2",
    "F5",
    "F11",
}


class PseudoTranslator(QTranslator):
    """Marks every text looked up, so an unmarked one on screen never went through translation;
    remembers the lookups, so one the catalogue lacks (a text lupdate cannot see) is found."""

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self.looked_up: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source:
            self.looked_up.add((context, source))
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    """The pseudo translator, installed before the app (the argument after it) is built.

    At the end, every text of ours that was looked up must be in the catalogue: a string that
    is translated at run time but was never marked for lupdate would stay English.
    """
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    known = catalogue_messages(ts_path("pl"))
    # Qt's own contexts (QDialogButtonBox, QLineEdit ...) are in Qt's catalogues, not ours.
    ours = {(c, t) for c, t in translator.looked_up if not re.match(r"Q[A-Z]", c)}
    assert sorted(ours - known) == []


def _data_strings(shown: App) -> list[str]:
    """What the demo library holds: shown as it is, never translated."""
    archive = shown.archive
    session = archive.sessions.get(shown.session_id)
    found: list[str] = [session.title, *(s for s in (session.series, session.theme) if s)]
    found += list(session.tags)
    for a in session.appearances:
        found += [a.person_name, a.organisation_name or "", a.position or "", a.contribution]
    found += [x.original_name for x in (*session.materials, *session.recordings)]
    found += [x for link in session.links for x in (link.label, link.url or "")]
    found += [str(archive.root)]
    return sorted({s for s in found if s}, key=len, reverse=True)


def _strip(text: str, data: list[str]) -> str:
    """What is left of ``text`` once marked pieces, data and allowed names are taken out."""
    text = re.sub(f"{OPEN}.*?{CLOSE}", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)  # rich text markup
    for value in data:
        text = text.replace(value, " ")
    for name in sorted(ALLOWED, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    # Letters are what a translator would translate: numbers, dates, punctuation stay.
    return text if re.search(r"[^\W\d_]{2,}", text) else ""


def _model_headers(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: no header to read
        return
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")
        else:
            yield f"{where} > action", action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield f"{where} > {action.text()} tooltip", action.toolTip()


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything visible under ``root`` a user reads."""
    yield f"{type(root).__name__} title", root.windowTitle()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), action.text())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab", widget.tabText(index)
        elif isinstance(widget, QAbstractItemView):
            for header in _model_headers(widget.model()):
                yield f"{where} header", header
        if isinstance(widget, QComboBox) and widget.isEditable():
            yield f"{where} placeholder", widget.lineEdit().placeholderText()


def _unmarked(root: QWidget, data: list[str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in _texts(root) if _strip(text, data)]


def _each_tab(root: QWidget) -> Iterator[None]:
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield


def _check(roots: list[QWidget], data: list[str]) -> None:
    problems: list[str] = []
    for root in roots:
        if isinstance(root, QDialog):
            root.show()
            QApplication.processEvents()
        problems += _unmarked(root, data)
        for _ in _each_tab(root):
            problems += _unmarked(root, data)
        if isinstance(root, QDialog):
            root.close()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_pseudo_translator_marks_lookups(qapp: QApplication) -> None:
    """The marker test's own premise: an installed pseudo translator marks translate()."""
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("X", "Hello") == f"{OPEN}Hello{CLOSE}"
        assert _strip("Hello", []) and not _strip(f"{OPEN}Hello{CLOSE} 12", [])
    finally:
        qapp.removeTranslator(translator)


def test_main_window_editor_and_player(pseudo: PseudoTranslator, app: App, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The main window on every editor tab, with the player open, shows only translated text."""
    assert OPEN in app.window.menuBar().actions()[0].text()  # built under the pseudo translator
    app.attach_sample()
    app.press_play()
    qtbot.waitUntil(lambda: app.glue.player is not None, timeout=5000)
    QApplication.processEvents()
    _check([app.window, app.player], _data_strings(app))


def test_dialogs(pseudo: PseudoTranslator, app: App, tmp_path: Path) -> None:  # noqa: F811
    """People, brief, overview, shortcuts, guide, import reviews and library dialogs."""
    from webinar_archive.ui.folder_review import FolderReviewDialog
    from webinar_archive.ui.import_review import ImportReviewDialog
    from webinar_archive.ui.library_views import (
        BackupDialog,
        BackupSettingsDialog,
        CheckDialog,
        RestoreDialog,
    )
    from webinar_archive.ui.settings_dialog import SettingsDialog

    w, main = app.window, app.main
    w.people_action.trigger()
    assert main.people.manager is not None
    main.overview.show()
    page = Path(__file__).parent / "data" / "pages" / "100.html"
    preview = app.archive.page_import.preview(page)
    folder = tmp_path / "sessions" / "2021-03-02 Clusters and regions"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("Agenda and speakers", encoding="utf-8")
    page_data = [s.draft.title for s in preview.sessions]
    page_data += [sp.name for s in preview.sessions for sp in s.draft.speakers]
    page_data += [sp.organisation or "" for s in preview.sessions for sp in s.draft.speakers]
    dialogs: list[QWidget] = [
        main.people.manager.dialog,
        main.briefs.open_dialog([app.session_id], "Demo"),
        main.overview.dialog,
        app_help.show_shortcuts(w),
        app_help.show_guide(w),
        ImportReviewDialog(preview.sessions, ["Kevin Morgan"], w, refusal="a test"),
        FolderReviewDialog(app.archive.folder_import.plan(tmp_path / "sessions"), w),
        CheckDialog(w),
        BackupDialog(w),
        RestoreDialog(w),
        BackupSettingsDialog(w),
        SettingsDialog(w, ""),
    ]
    data = [*_data_strings(app), "Demo", "a test", "Clusters and regions", str(tmp_path)]
    _check(dialogs, sorted({*data, *(p for p in page_data if p)}, key=len, reverse=True))
