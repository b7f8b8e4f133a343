"""Materials in the session: attaching off the GUI thread, page counts, thumbnails, preview."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox

import ui_helpers
from helpers import draft
from ui_helpers import Main, add_recording_row, make_pdf
from webinar_archive.services.archive import Archive
from webinar_archive.ui.materials_panel import MaterialsPanel

# Fixtures shared with the other UI test modules.
pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
main = ui_helpers.main
settings = ui_helpers.settings


def _dark_fraction(image: QImage) -> float:
    """Share of sampled pixels that are clearly not white."""
    dark = total = 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            total += 1
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark / max(total, 1)


def _attach_and_wait(main: Main, qtbot, paths: list[Path]) -> None:
    main.app.files.attach(paths)
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=20_000)
    qtbot.waitUntil(lambda: main.window.editor.files.material_list.topLevelItemCount() > 0)


def test_attached_pdf_shows_page_count_and_thumbnail(
    main: Main,
    archive: Archive,
    qtbot,
    tmp_path: Path,
) -> None:
    """A 3-page PDF attached on the worker thread lists 3 pages and renders a non-blank page."""
    main.window.empty_state.demo_button.click()
    pdf = make_pdf(tmp_path / "slides.pdf", pages=3)
    _attach_and_wait(main, qtbot, [pdf])
    panel = main.window.editor.files
    item = panel.material_list.topLevelItem(0)
    assert item.text(MaterialsPanel.COL_PAGES) == "3"
    assert item.text(MaterialsPanel.COL_KIND) == "PDF"
    session = archive.sessions.get(main.controller.editor.session.id)
    assert [mat.page_count for mat in session.materials] == [3]

    material_id = session.materials[0].id
    main.app.files.show_pdf_page(material_id, 1)
    preview = main.window.pdf_preview
    assert preview.page_count() == 3
    assert preview.thumbnails.count() == 3
    qtbot.waitUntil(preview.thumbnails_done, timeout=10_000)
    icon = preview.thumbnails.item(0).icon()
    image = icon.pixmap(preview.thumbnails.iconSize()).toImage()
    assert _dark_fraction(image) > 0.1


def test_selecting_a_pdf_shows_its_first_page(main: Main, qtbot, tmp_path: Path) -> None:
    """Selecting a PDF material shows a rendered first page beside the list."""
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [make_pdf(tmp_path / "deck.pdf", pages=2)])
    panel = main.window.editor.files
    panel.material_list.setCurrentItem(panel.material_list.topLevelItem(0))
    pixmap = panel.thumbnail.pixmap()
    assert not pixmap.isNull()
    assert _dark_fraction(pixmap.toImage()) > 0.1
    assert "2 pages" in panel.info.text()


def test_show_pdf_page_opens_the_requested_page(
    main: Main,
    archive: Archive,
    qtbot,
    tmp_path: Path,
) -> None:
    """show_pdf_page(material, 3) opens the preview dock at the third page."""
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [make_pdf(tmp_path / "deck.pdf", pages=3)])
    material_id = archive.sessions.get(main.controller.editor.session.id).materials[0].id
    main.app.files.show_pdf_page(material_id, 3)
    assert main.window.preview_dock.isVisible()
    qtbot.waitUntil(lambda: main.window.pdf_preview.current_page() == 2)
    assert main.window.pdf_preview.page_spin.value() == 3


def test_dropping_a_folder_attaches_its_files(
    main: Main,
    archive: Archive,
    qtbot,
    tmp_path: Path,
) -> None:
    """Dropping a folder onto the window attaches every file inside it to the session."""
    main.window.empty_state.demo_button.click()
    folder = tmp_path / "drop"
    folder.mkdir()
    make_pdf(folder / "a.pdf", pages=1)
    make_pdf(folder / "b.pdf", pages=2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main.window.dropEvent(event)
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=20_000)
    session = archive.sessions.get(main.controller.editor.session.id)
    assert sorted(mat.page_count for mat in session.materials) == [1, 2]
    qtbot.waitUntil(lambda: main.window.editor.files.material_list.topLevelItemCount() == 2)


def test_cancel_stops_an_attach(main: Main, archive: Archive, qtbot, tmp_path: Path) -> None:
    """Cancelling before the worker starts a file leaves the session without it."""
    main.window.empty_state.demo_button.click()
    big = tmp_path / "big.pdf"
    make_pdf(big, pages=2)
    # Keep the worker busy with a first job so the attach is still pending when cancelled.
    import threading

    gate = threading.Event()
    main.controller.tasks.submit("wait", lambda _ctx: gate.wait(10))
    job = main.app.files.attach([big])
    assert job is not None
    main.window.task_cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=20_000)
    assert archive.sessions.get(main.controller.editor.session.id).materials == ()


def test_editing_after_attach_does_not_conflict(
    main: Main,
    archive: Archive,
    qtbot,
    tmp_path: Path,
) -> None:
    """Attaching bumps the session version; the next field edit still saves without a conflict."""
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [make_pdf(tmp_path / "deck.pdf", pages=1)])
    asked: list[object] = []
    main.controller.editor.resolve_conflict = lambda _p, e, _c: asked.append(e) or "reload"
    edit = main.window.editor.theme_edit
    edit.setText("After attaching")
    edit.editingFinished.emit()
    assert asked == []
    assert archive.sessions.get(main.controller.editor.session.id).theme == "After attaching"


def _make_pptx(path: Path) -> Path:
    from pptx import Presentation

    deck = Presentation()
    for heading in ("Smart specialisation", "Interregional cooperation"):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text = f"Notes on {heading.lower()}"
    deck.save(str(path))
    return path


def test_slides_show_their_text_per_slide(main: Main, qtbot, tmp_path: Path) -> None:
    """A PPTX lists its slide count, and selecting it shows the text of each slide."""
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [_make_pptx(tmp_path / "deck.pptx")])
    panel = main.window.editor.files
    item = panel.material_list.topLevelItem(0)
    assert item.text(MaterialsPanel.COL_KIND) == "Slides"
    assert item.text(MaterialsPanel.COL_PAGES) == "2"
    assert not panel.preview_button.isEnabled()
    panel.material_list.setCurrentItem(item)
    text = panel.slide_text.toPlainText()
    assert "Slide 2" in text
    assert "Interregional cooperation" in text
    assert text.index("Smart specialisation") < text.index("Interregional cooperation")


def test_recording_is_listed_and_play_is_requested(main: Main, archive: Archive, qtbot) -> None:
    """A recording shows its duration; Play emits play_requested with the recording id."""
    session, _ = archive.sessions.create_demo()
    recording_id = add_recording_row(archive, session.id, 3_723_000)
    main.controller.refresh_table()
    main.controller.select_sessions([session.id])
    panel = main.window.editor.files
    item = panel.recording_list.topLevelItem(0)
    assert item.text(1) == "1:02:03"
    panel.recording_list.setCurrentItem(item)
    with qtbot.waitSignal(main.window.play_requested) as blocker:
        panel.play_button.click()
    assert blocker.args == [recording_id]


def test_editor_duration_shows_the_recording_length_the_table_shows(
    main: Main, archive: Archive, qtbot
) -> None:
    """A session with no duration of its own: the editor's Duration shows the 0:45 of its
    recording, the same as the session table's Duration column, not "Unknown"; a typed
    duration is still the session's own."""
    from webinar_archive.ui.session_table_model import COL_DURATION

    session = archive.sessions.create(draft("Skills for regional clusters"))
    add_recording_row(archive, session.id, 45 * 60_000)
    main.controller.refresh_table()
    main.controller.select_sessions([session.id])
    table = main.controller.table_model
    qtbot.waitUntil(lambda: table.index(table.row_of(session.id), COL_DURATION).data() == "45:00")
    spin = main.window.editor.duration_spin
    assert spin.value() == 0 and spin.text() == "45:00 (recording)"
    assert archive.sessions.get(session.id).duration_minutes is None  # shown, not written

    spin.setValue(60)
    spin.editingFinished.emit()
    assert archive.sessions.get(session.id).duration_minutes == 60
    assert spin.text() == "60 min"


def test_attach_problems_are_reported_with_details(
    main: Main, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A file that cannot be attached is reported in an error dialog naming the file."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    main.window.empty_state.demo_button.click()
    main.app.files.attach([tmp_path / "missing-slides.pdf"])
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=20_000)
    qtbot.waitUntil(lambda: bool(shown))
    assert "missing-slides.pdf" in shown[0].informativeText()
    assert not main.window.task_progress.isVisible()


def test_removing_files_asks_by_name_then_detaches_and_closes_the_preview(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Remove asks with the file's name; Yes detaches it, closes its preview and relists; No
    keeps it."""
    questions: list[tuple[str, str]] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent, title, text, *_args):
        questions.append((title, text))
        return answers.pop(0) if answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [make_pdf(tmp_path / "deck.pdf", pages=2)])
    session_id = main.controller.editor.session.id
    material_id = archive.sessions.get(session_id).materials[0].id
    main.app.files.show_pdf_page(material_id, 1)
    panel = main.window.editor.files

    panel.material_remove_requested.emit(material_id)
    assert questions == [("Remove Material", "Remove “deck.pdf” from this session?")]
    assert panel.material_list.topLevelItemCount() == 1
    assert main.window.pdf_preview.material_id == material_id

    panel.material_remove_requested.emit(material_id)
    assert archive.sessions.get(session_id).materials == ()
    assert panel.material_list.topLevelItemCount() == 0
    assert main.window.pdf_preview.material_id is None
    assert not main.window.preview_dock.isVisible()

    recording_id = add_recording_row(archive, session_id, 60_000)
    main.app.files.reload_files(session_id)
    assert panel.recording_list.topLevelItemCount() == 1
    name = archive.playback.recording(recording_id).original_name
    panel.recording_remove_requested.emit(recording_id)
    assert questions[-1] == (
        "Remove Recording",
        f"Remove the recording “{name}” with its chapters and notes?",
    )
    assert archive.sessions.get(session_id).recordings == ()
    assert panel.recording_list.topLevelItemCount() == 0


def test_removing_a_file_already_gone_says_why(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Removing a material that was removed meanwhile reports the error and asks nothing."""
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: questions.append(args[2]))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [make_pdf(tmp_path / "deck.pdf", pages=2)])
    material_id = archive.sessions.get(main.controller.editor.session.id).materials[0].id
    archive.files.detach_material(material_id)
    main.window.editor.files.material_remove_requested.emit(material_id)
    assert questions == []
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].text() == "The file was not removed."
    assert main.window.editor.files.material_list.topLevelItemCount() == 0


def test_dropping_a_missing_file_says_why_in_plain_view(
    main: Main, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A dropped file that is gone: the visible text names it, says it is not found and what
    to do; nothing hides behind Show Details."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    main.window.empty_state.demo_button.click()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "gone-slides.pdf"))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main.window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    box = shown[0]
    visible = box.text() + "\n" + box.informativeText()
    assert box.text() == "gone-slides.pdf was not attached."
    assert "not found" in visible and "choose the file again" in visible
    assert not box.detailedText()


def test_opening_a_file_no_application_opens_says_so(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Open on an attached file the desktop cannot open shows why, instead of nothing."""
    from PySide6.QtGui import QDesktopServices

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) and False)
    main.window.empty_state.demo_button.click()
    _attach_and_wait(main, qtbot, [make_pdf(tmp_path / "slides.pdf", pages=1)])
    material = archive.sessions.get(main.controller.editor.session.id).materials[0]
    main.window.editor.files.material_open_requested.emit(material.id)
    assert len(asked) == 1 and asked[0].isLocalFile()
    assert len(shown) == 1 and shown[0].text() == "slides.pdf could not be opened."
    assert "file manager" in shown[0].informativeText()


def _drag_files_over(main: Main, paths: list[Path]) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main.window.dragEnterEvent(event)
    assert event.isAccepted()


def test_dragging_files_over_the_window_shows_where_they_would_go(
    main: Main, qtbot, tmp_path: Path
) -> None:
    """While files are dragged over the window a highlight says what a drop would do; it goes
    when they leave."""
    from PySide6.QtGui import QDragLeaveEvent

    overlay = main.window.drop_overlay
    _drag_files_over(main, [tmp_path / "a.pdf"])
    assert overlay.isVisible() and "Select a session first" in overlay.text()
    main.window.dragLeaveEvent(QDragLeaveEvent())
    assert not overlay.isVisible()

    main.window.empty_state.demo_button.click()
    title = main.controller.editor.session.title
    _drag_files_over(main, [tmp_path / "a.pdf"])
    assert overlay.isVisible() and overlay.text() == f"Drop to attach to “{title}”"
    assert overlay.geometry() == main.window.rect()
    main.window.dragLeaveEvent(QDragLeaveEvent())
    assert not overlay.isVisible()
