"""PDF briefs from the desktop: the export dialog, its options, the background job and actions."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

import ui_helpers
from ui_helpers import Main
from webinar_archive.domain import model as m
from webinar_archive.domain.demo import DEMO_SERIES, DEMO_TITLE
from webinar_archive.services.archive import Archive
from webinar_archive.services.language import use_language
from webinar_archive.ui import brief_controller
from webinar_archive.ui.brief_controller import BriefController
from webinar_archive.ui.brief_dialog import BriefDialog, BriefMode
from webinar_archive.ui.tasks import Progress, TaskContext

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
settings = ui_helpers.settings

A4 = (595, 842)
LETTER = (612, 792)
SECOND = "Cohesion after the crisis"
THIRD = "Łódź and Brașov: regions that cooperate"
OTHER = "A talk from another series"


@pytest.fixture
def opened(archive: Archive) -> list[int]:
    """Ids of the demo session, two more sessions of its series and one of another series."""
    demo, _ = archive.sessions.create_demo()
    ids = [demo.id]
    for title, day, speaker in (
        (SECOND, 12, "Zoë Šimková"),
        (THIRD, 13, "Grzegorz Łukasiewicz"),
    ):
        draft = m.SessionDraft(
            title=title,
            series=DEMO_SERIES,
            date=dt.date(2020, 9, day),
            summary="What the regions learned.",
            speakers=[m.SpeakerDraft(speaker, organisation="Université de Liège")],
        )
        ids.append(archive.sessions.create(draft).id)
    archive.sessions.create(m.SessionDraft(title=OTHER, series="Another Series"))
    return ids


class BriefMain(Main):
    def __init__(self, archive: Archive, settings: QSettings, qtbot: object) -> None:
        super().__init__(archive, settings, qtbot)
        self.briefs = self.app.briefs
        self.opened_urls: list[QUrl] = []


@pytest.fixture
def main(
    archive: Archive, settings: QSettings, opened: list[int], qtbot, monkeypatch
) -> Iterator[BriefMain]:
    bm = BriefMain(archive, settings, qtbot)
    # The desktop "opens" what it is given, and says so (True), as a desktop with a viewer does.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: bm.opened_urls.append(url) is None)
    bm.controller.refresh_browser()
    bm.controller.refresh_table(keep_selection=False)
    yield bm
    bm.close()


def _dialog_for(main: BriefMain, ids: list[int]) -> BriefDialog:
    main.controller.select_sessions(ids)
    assert sorted(main.controller.selected_ids()) == sorted(ids)
    assert main.window.export_brief_action.isEnabled()
    main.window.export_brief_action.trigger()
    dialog = main.briefs.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _export(main: BriefMain, dialog: BriefDialog, qtbot) -> brief_controller.BriefOutcome:
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.briefs.last_outcome is not None, timeout=60000)
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=10000)
    outcome = main.briefs.last_outcome
    assert outcome is not None
    return outcome


def _size(reader: PdfReader) -> tuple[int, int]:
    box = reader.pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def _outline_titles(items: list) -> list[str]:
    titles: list[str] = []
    for item in items:
        if isinstance(item, list):
            titles.extend(_outline_titles(item))
        else:
            titles.append(str(item.title))
    return titles


def test_one_session_brief_on_letter_with_speaker_names(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """One selected session gives one PDF on the chosen paper, naming its speakers, and opens it."""
    dialog = _dialog_for(main, [opened[0]])
    assert dialog.mode() is BriefMode.SINGLE
    assert DEMO_TITLE in dialog.summary_label.text()
    assert dialog.target() is not None and dialog.target().name.startswith("2020-")
    dialog.paper_combo.setCurrentText("Letter")
    target = tmp_path / "out" / "demo.pdf"
    dialog.set_target(target)
    outcome = _export(main, dialog, qtbot)
    reader = PdfReader(target)
    assert _size(reader) == LETTER
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Anaïs Le Corvec" in text
    assert DEMO_TITLE.split(":")[0] in text
    assert outcome.pages == len(reader.pages)
    assert main.opened_urls == [QUrl.fromLocalFile(str(target))]
    assert str(target) in main.window.statusBar().currentMessage()


def test_second_session_brief_on_a4_keeps_diacritics(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """A4 is honoured too, and a speaker's Polish and Czech letters survive into the PDF."""
    dialog = _dialog_for(main, [opened[2]])
    dialog.paper_combo.setCurrentText("A4")
    dialog.open_check.setChecked(False)
    target = tmp_path / "third.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    reader = PdfReader(target)
    assert _size(reader) == A4
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Grzegorz Łukasiewicz" in text
    assert main.opened_urls == []


def test_three_sessions_make_a_booklet_with_an_outline(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """Three selected sessions go into one booklet whose outline lists the three titles."""
    dialog = _dialog_for(main, opened)
    assert dialog.mode() is BriefMode.BOOKLET
    assert dialog.title_edit.text() == DEMO_SERIES  # the series all three share
    dialog.title_edit.setText("Autumn 2020")
    target = tmp_path / "booklet.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    titles = _outline_titles(PdfReader(target).outline)
    for title in (DEMO_TITLE, SECOND, THIRD):
        assert title in titles
    assert OTHER not in titles


def test_per_session_export_fills_a_folder(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """Choosing one PDF per session writes three files into the chosen folder."""
    dialog = _dialog_for(main, opened)
    dialog.folder_radio.setChecked(True)
    folder = tmp_path / "briefs"
    dialog.set_target(folder)
    outcome = _export(main, dialog, qtbot)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 3
    assert sorted(outcome.paths) == files
    assert all(len(PdfReader(f).pages) >= 1 for f in files)
    assert main.opened_urls == [QUrl.fromLocalFile(str(folder))]


def test_switching_modes_keeps_each_target(main: BriefMain, opened: list[int]) -> None:
    """The path field shows a PDF name for a booklet and a folder for per-session export."""
    dialog = _dialog_for(main, opened)
    booklet = dialog.target()
    assert booklet is not None and booklet.suffix == ".pdf"
    dialog.folder_radio.setChecked(True)
    folder = dialog.target()
    assert folder is not None and folder.suffix == ""
    dialog.booklet_radio.setChecked(True)
    assert dialog.target() == booklet
    dialog.reject()


def test_options_are_remembered_for_the_library(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """Paper, sections and the archive name come back when the dialog is opened again."""
    dialog = _dialog_for(main, [opened[0]])
    assert dialog.remember_check.isChecked()
    dialog.paper_combo.setCurrentText("Letter")
    dialog.section_checks["notes"].setChecked(False)
    dialog.archive_name_edit.setText("Regional Archive")
    dialog.set_target(tmp_path / "one.pdf")
    _export(main, dialog, qtbot)
    again = _dialog_for(main, [opened[1]])
    assert again is not dialog
    assert again.paper_combo.currentText() == "Letter"
    assert not again.section_checks["notes"].isChecked()
    assert again.section_checks["chapters"].isChecked()
    assert again.archive_name_edit.text() == "Regional Archive"
    again.reject()


def test_options_are_not_saved_when_unchecked(
    main: BriefMain, archive: Archive, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """With "Remember" unchecked the export uses the options but the library keeps its own."""
    dialog = _dialog_for(main, [opened[0]])
    dialog.remember_check.setChecked(False)
    dialog.paper_combo.setCurrentText("Letter")
    target = tmp_path / "once.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    assert _size(PdfReader(target)) == LETTER
    assert archive.briefs.options().paper == "A4"


def test_cancel_during_a_booklet_leaves_no_file(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot, monkeypatch
) -> None:
    """Cancelling after the first session's brief stops the booklet and leaves nothing."""
    original = TaskContext.report

    def report(self: TaskContext, progress: Progress) -> bool:
        if progress.done >= 1:
            self._cancel.set()  # what the status bar's Cancel button does
        return original(self, progress)

    monkeypatch.setattr(TaskContext, "report", report)
    dialog = _dialog_for(main, opened)
    folder = tmp_path / "cancelled"
    target = folder / "booklet.pdf"
    dialog.set_target(target)
    outcome = _export(main, dialog, qtbot)
    assert outcome.cancelled
    assert not target.exists()
    assert not folder.exists() or list(folder.iterdir()) == []
    assert "cancelled" in main.window.statusBar().currentMessage()
    assert main.opened_urls == []


def test_series_booklet_action_takes_the_series_sessions(
    main: BriefMain, archive: Archive, tmp_path: Path, qtbot
) -> None:
    """A series node selected in the sidebar exports exactly its sessions, titled by its name."""
    series = {s.name: s.id for s in archive.sessions.series()}
    browser = main.window.browser
    assert not main.window.export_booklet_action.isEnabled()
    index = main.controller.browser_model.index_of_filter(
        m.SessionFilter(series_id=series[DEMO_SERIES])
    )
    assert index.isValid()
    browser.setCurrentIndex(index)
    assert main.window.export_booklet_action.isEnabled()
    menu = main.briefs.series_menu(series[DEMO_SERIES])
    # The booklet first; renaming and merging the series follow (label_actions.py).
    assert menu.actions()[0].text() == main.window.export_booklet_action.text()
    menu.actions()[0].trigger()
    dialog = main.briefs.dialog
    assert dialog is not None
    assert dialog.count == 3
    assert dialog.title_edit.text() == DEMO_SERIES
    assert dialog.overview_check.isVisible() and not dialog.overview_check.isChecked()
    dialog.overview_check.setChecked(True)
    target = tmp_path / "series.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    titles = _outline_titles(PdfReader(target).outline)
    assert {DEMO_TITLE, SECOND, THIRD} <= set(titles)
    assert OTHER not in titles
    assert titles[:2] == ["Overview", "Contents"]
    assert "Sessions per year" in PdfReader(target).pages[1].extract_text()


def test_selection_booklet_offers_no_overview_page(main: BriefMain, opened: list[int]) -> None:
    """A booklet of selected sessions is not a series: no overview page is offered."""
    dialog = _dialog_for(main, opened[:2])
    assert not dialog.overview_check.isVisible()


def test_unwritable_target_shows_the_error_dialog(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot, monkeypatch
) -> None:
    """A target under a plain file cannot be written: the error dialog says so, with details."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialog = _dialog_for(main, [opened[0]])
    dialog.set_target(blocker / "brief.pdf")
    outcome = _export(main, dialog, qtbot)
    assert outcome.paths == ()
    assert len(shown) == 1
    assert "could not be exported" in shown[0].text()
    assert "Traceback" in shown[0].detailedText()


def test_missing_session_shows_the_error_dialog(
    main: BriefMain, archive: Archive, opened: list[int], tmp_path: Path, qtbot, monkeypatch
) -> None:
    """A session deleted while the dialog was open is named in the error, and no file is made."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    dialog = _dialog_for(main, opened[:2])
    archive.sessions.trash([opened[1]])
    archive.sessions.delete_permanently([opened[1]])
    target = tmp_path / "gone.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    assert len(shown) == 1
    assert f"No session with id {opened[1]}" in shown[0].informativeText()
    assert not target.exists()


def test_browse_buttons_use_the_file_dialogs(
    main: BriefMain, opened: list[int], tmp_path: Path, monkeypatch
) -> None:
    """Browse… asks for a PDF name (adding .pdf), and the logo chooser shows a preview."""
    logo = tmp_path / "logo.png"
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(logo))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "chosen"), "")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(logo), ""))
    dialog = _dialog_for(main, [opened[0]])
    dialog.target_button.click()
    assert dialog.target() == tmp_path / "chosen.pdf"
    dialog.logo_button.click()
    assert dialog.logo() == logo
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.logo_clear.isEnabled()
    dialog.logo_clear.click()
    assert dialog.logo() is None
    dialog.reject()


def test_the_app_window_has_the_brief_actions(archive: Archive, settings: QSettings, qtbot) -> None:
    """The app's window carries the brief controller, Export Brief… on the Print key in the
    Session menu, and the booklet action next to it."""
    from webinar_archive.playback.fake import FakeBackend
    from webinar_archive.ui.app import create_main_window

    window, controller = create_main_window(
        archive, settings, (1200, 800), player_backend=FakeBackend
    )
    qtbot.addWidget(window)
    try:
        assert isinstance(controller.briefs, BriefController)
        assert window.export_brief_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
        menu = window.session_menu.actions()
        assert window.export_brief_action in menu
        assert window.export_booklet_action in menu
    finally:
        window.close()
        controller.shutdown()


def test_opening_the_app_does_not_load_the_pdf_toolkit() -> None:
    """The desktop modules start without reportlab; it is loaded when a brief is made."""
    code = (
        "import sys, webinar_archive.ui.app, webinar_archive.ui.brief_controller\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')"
        " or m == 'webinar_archive.export.brief'))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(brief_controller.__file__).parents[2])}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_booklet_progress_counts_briefs_in_the_status_bar(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """While a booklet is made the status bar counts "Brief 1 of 3" up to "Brief 3 of 3"."""
    texts: list[str] = []
    main.controller.tasks.job_progressed.connect(lambda _job, progress: texts.append(progress.text))
    main.window.task_label.setText("")
    dialog = _dialog_for(main, opened)
    dialog.set_target(tmp_path / "counted.pdf")
    _export(main, dialog, qtbot)
    assert [t for t in texts if t.startswith("Brief ")] == [
        "Brief 1 of 3",
        "Brief 2 of 3",
        "Brief 3 of 3",
    ]
    assert main.window.task_label.text() == texts[-1]


def test_characters_without_a_font_are_named_in_the_status_bar(
    main: BriefMain, archive: Archive, tmp_path: Path, qtbot, monkeypatch
) -> None:
    """On a machine with no Thai font the brief is still saved, and the status bar says which
    characters print as boxes and what to install."""
    from webinar_archive.export import fonts

    monkeypatch.setattr(fonts, "font_finder", lambda char: [])
    fonts.forget_fallbacks()
    try:
        session = archive.sessions.create(m.SessionDraft(title="ความร่วมมือ ระดับภูมิภาค"))
        main.controller.refresh_table(keep_selection=False)
        dialog = _dialog_for(main, [session.id])
        target = tmp_path / "thai.pdf"
        dialog.set_target(target)
        outcome = _export(main, dialog, qtbot)
    finally:
        monkeypatch.undo()
        fonts.forget_fallbacks()
    assert target.is_file()
    assert outcome.warnings and "Thai (" in outcome.warnings[0]
    message = main.window.statusBar().currentMessage()
    assert str(target) in message
    assert "print as boxes" in message and "fonts-noto-core" in message


def test_open_when_done_without_a_pdf_viewer_says_so(
    main: BriefMain, opened: list[int], tmp_path: Path, qtbot, monkeypatch
) -> None:
    """No application opens PDFs: the desktop refuses, and the error dialog names the file,
    says why and what to do, rather than nothing happening."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = _dialog_for(main, [opened[0]])
    assert dialog.open_check.isChecked()
    target = tmp_path / "out" / "demo.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    assert target.is_file()
    assert len(shown) == 1
    assert shown[0].text() == "demo.pdf could not be opened."
    assert "PDF viewer" in shown[0].informativeText()
    assert str(target) in shown[0].informativeText()


def test_path_field_shows_the_whole_path(main: BriefMain, opened: list[int], qtbot) -> None:
    """The dialog is as wide as the path to the PDF needs, up to half the screen."""
    dialog = _dialog_for(main, opened[:1])
    qtbot.waitExposed(dialog)
    edit = dialog.target_edit
    half = dialog.screen().availableGeometry().width() // 2
    needed = edit.fontMetrics().horizontalAdvance(edit.text())
    assert needed > 380  # a long path: the old field was 360 px
    assert edit.width() >= min(needed, half)
    assert edit.cursorPosition() == 0  # the start of the path (its folder) in view
    dialog.folder_radio.setChecked(True)
    assert edit.width() >= min(edit.fontMetrics().horizontalAdvance(edit.text()), half)
    dialog.reject()


def test_language_option_writes_a_polish_brief(
    main: BriefMain, archive: Archive, opened: list[int], tmp_path: Path, qtbot
) -> None:
    """The dialog offers the brief's language, set to the app's language; choosing Polish
    writes Polish headings and dates, and the stored options keep no language."""
    use_language("pl")
    dialog = _dialog_for(main, [opened[0]])
    assert dialog.language() == "pl"
    assert dialog.language_combo.currentText() == "Polski"
    dialog.open_check.setChecked(False)
    dialog.remember_check.setChecked(True)
    target = tmp_path / "pl.pdf"
    dialog.set_target(target)
    _export(main, dialog, qtbot)
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Prelegenci" in text and "piątek, 11 września 2020" in text
    assert reader.trailer["/Root"]["/Lang"] == "pl"
    assert archive.briefs.options().language == "en"
    assert "language" not in archive.briefs.options().to_dict()


def test_brief_language_follows_a_language_given_for_one_run(
    main: BriefMain, opened: list[int]
) -> None:
    """`--language pl` is neither in the environment nor in Settings: the window speaks Polish
    all the same (its translators and messages were set for it), and so does the brief it
    offers by default, for one session and for a booklet of sessions from two series."""
    use_language("pl")  # what the window's start does with --language pl
    dialog = _dialog_for(main, [opened[0]])
    assert dialog.language() == "pl"
    dialog.reject()
    booklet = _dialog_for(main, [opened[0], opened[-1]])
    assert booklet.language() == "pl"
    booklet.reject()
