"""The import review dialog: edits, speaker removal, session choice, doubtful fields marked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import datetime as dt
from dataclasses import dataclass, field

import pytest

from translation_helpers import english, polish  # noqa: F401
from webinar_archive.domain import model as m

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from webinar_archive.services.archive import Archive
from webinar_archive.ui.import_controller import ImportController
from webinar_archive.ui.import_review import ImportReviewDialog
from webinar_archive.ui.review_session import UNCERTAIN_STYLE


@dataclass
class Extracted:
    draft: m.SessionDraft
    uncertain: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


def _items() -> list[Extracted]:
    first = m.SessionDraft(
        title="S3: International cooperation",
        series="EAAC Daily Webinar",
        date=dt.date(2020, 9, 11),
        start_time=dt.time(10, 0),
        summary="**Bold** start",
        speakers=[
            m.SpeakerDraft("Kevin Morgan", "Cardiff University", contribution="Opening talk"),
            m.SpeakerDraft("Anaïs Le Corvec", "CEBR", person_id=7),
            m.SpeakerDraft("Slawomir Tokarski", "DG GROW", m.AppearanceRole.CLOSING),
        ],
        links=[m.LinkDraft(m.LinkKind.RECORDING, "https://example.org/v", "Video")],
        tags=["s3"],
    )
    second = m.SessionDraft(title="Second session", date=dt.date(2020, 9, 12))
    return [
        Extracted(first, {"date", "speakers"}, ["The date was read from the title."]),
        Extracted(second),
    ]


def test_edit_remove_speaker_and_choose(qtbot) -> None:
    items = _items()
    before = copy.deepcopy([x.draft for x in items])
    dialog = ImportReviewDialog(items, ["Kevin Morgan", "Anaïs Le Corvec"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.session_list.isVisible()
    assert dialog.session_list.count() == 2

    editor = dialog.editors[0]
    title = editor.fields["title"]
    title.clear()
    qtbot.keyClicks(title, "S3: Territorial cooperation")
    assert dialog.session_list.item(0).text() == "S3: Territorial cooperation"
    editor.fields["theme"].setText("Smart specialisation")
    assert editor.fields["tags"].text() == "s3"
    editor.fields["tags"].setText("s3, regions")

    editor.speakers_table.selectRow(0)
    qtbot.mouseClick(editor.remove_speaker_button, Qt.MouseButton.LeftButton)
    assert editor.speakers_table.rowCount() == 2
    row = editor.add_speaker(None)
    editor.speakers_table.item(row, 0).setText("Valentina Pinna")
    editor.speakers_table.item(row, 1).setText("DG GROW")

    dialog.set_chosen(1, False)
    assert dialog.import_button.text() == "Import 1"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    drafts = dialog.drafts()
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.title == "S3: Territorial cooperation"
    assert draft.theme == "Smart specialisation"
    assert draft.series == "EAAC Daily Webinar"
    assert draft.date == dt.date(2020, 9, 11)
    assert draft.start_time == dt.time(10, 0)
    assert draft.summary == "**Bold** start"
    assert [(s.name, s.organisation, s.role) for s in draft.speakers] == [
        ("Anaïs Le Corvec", "CEBR", m.AppearanceRole.SPEAKER),
        ("Slawomir Tokarski", "DG GROW", m.AppearanceRole.CLOSING),
        ("Valentina Pinna", "DG GROW", m.AppearanceRole.SPEAKER),
    ]
    assert draft.speakers[0].person_id == 7
    assert [(x.kind, x.url, x.label) for x in draft.links] == [
        (m.LinkKind.RECORDING, "https://example.org/v", "Video")
    ]
    assert draft.tags == ["s3", "regions"]
    # The drafts handed in were not touched: the dialog edits copies.
    assert [x.draft for x in items] == before


def test_uncertain_fields_and_warnings_are_marked(qtbot) -> None:
    dialog = ImportReviewDialog(_items(), [])
    qtbot.addWidget(dialog)
    editor = dialog.editors[0]
    assert editor.fields["date"].styleSheet() == UNCERTAIN_STYLE
    assert "check" in editor.fields["date"].toolTip()
    assert editor.speakers_table.styleSheet() == UNCERTAIN_STYLE
    assert editor.is_marked("date") and editor.is_marked("speakers")
    assert not editor.is_marked("title")
    assert editor.fields["title"].styleSheet() == ""
    assert "read from the title" in editor.warnings_label.text()
    assert not editor.warnings_label.isHidden()
    assert dialog.editors[1].warnings_label.isHidden()


def test_a_bad_date_keeps_the_dialog_open(qtbot) -> None:
    dialog = ImportReviewDialog(_items(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors[1].fields["date"].setText("12/09/2020")
    dialog.session_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Session 2" in dialog.error_label.text()
    assert dialog.stack.currentIndex() == 1
    dialog.editors[1].fields["date"].setText("2020-09-12")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [d.date for d in dialog.drafts()] == [dt.date(2020, 9, 11), dt.date(2020, 9, 12)]


def test_cancel_returns_rejected_and_a_single_session_hides_the_list(qtbot) -> None:
    dialog = ImportReviewDialog(_items()[:1], [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.session_list.isVisible()
    assert dialog.import_button.text() == "Import"
    dialog.editors[0].summary_edit.setPlainText("# Heading\n\nText")
    assert "Heading" in dialog.editors[0].summary_preview.toPlainText()
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_page_read_reviewed_and_saved(qtbot, tmp_path) -> None:
    from webinar_archive.services.archive import Archive

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Regions in the recovery</title></head><body>"
        "<h1>Regions in the recovery</h1><p>2 October 2020</p>"
        "<h2>Speakers</h2><ul><li>Kevin Morgan, Cardiff University</li>"
        "<li>Valentina Pinna, DG GROW</li></ul></body></html>",
        encoding="utf-8",
    )
    with Archive.open(tmp_path / "library") as archive:
        preview = archive.page_import.preview(page)
        extracted = list(preview.sessions)
        assert extracted
        dialog = ImportReviewDialog(extracted, [p.display_name for p in archive.people.people()])
        qtbot.addWidget(dialog)
        dialog.show()
        editor = dialog.editors[0]
        editor.fields["series"].setText("Recovery webinars")
        editor.speakers_table.selectRow(editor.speakers_table.rowCount() - 1)
        qtbot.mouseClick(editor.remove_speaker_button, Qt.MouseButton.LeftButton)
        assert archive.sessions.count() == 0  # reviewing saves nothing
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        report = archive.page_import.save(preview, dialog.drafts())
        assert len(report.created) == 1
        session = archive.sessions.get(report.created[0])
        assert session.series == "Recovery webinars"
        assert len(session.appearances) == len(extracted[0].draft.speakers) - 1
        # A saved copy that declares no address: no local path as source, the notes say so.
        assert session.source_url is None
        assert "saved copy of the page (page.html)" in session.notes


@dataclass
class Flow:
    """The import feature of a main window, its library, and the ids it announced."""

    controller: ImportController
    archive: Archive
    imported: list[list[int]]
    window: object = None
    tasks: object = None


@pytest.fixture
def flow(tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """The import feature of a real main window over a new library."""
    from PySide6.QtCore import QSettings

    from webinar_archive.services.archive import Archive
    from webinar_archive.ui.app import create_main_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Archive.open(tmp_path / "library") as archive:
        window, app = create_main_window(archive, settings, (1024, 700))
        qtbot.addWidget(window)
        imported: list[list[int]] = []
        app.shell.sessions_imported.connect(imported.append)
        try:
            yield Flow(app.imports, archive, imported, window, app.shell.tasks)
        finally:
            window.close()
            app.shutdown()


def test_source_dialog_tells_what_to_read(qtbot, tmp_path) -> None:
    from webinar_archive.ui.import_controller import ImportSourceDialog

    dialog = ImportSourceDialog()
    qtbot.addWidget(dialog)
    assert dialog.source() is None and not dialog.ok_button.isEnabled()
    dialog.location_edit.setText("https://example.org/webinar")
    assert dialog.source() == "https://example.org/webinar" and dialog.ok_button.isEnabled()
    dialog.location_edit.setText(str(tmp_path / "missing.html"))
    assert dialog.source() is None and not dialog.ok_button.isEnabled()
    dialog.location_edit.setText(str(tmp_path))
    assert dialog.source() == tmp_path
    dialog.location_edit.clear()
    dialog.text_edit.setPlainText("Clusters and regions\n11 September 2020")
    assert dialog.source() == "Clusters and regions\n11 September 2020"


def test_flow_imports_a_folder_on_the_worker_thread(qtbot, tmp_path, flow) -> None:
    from exchange_helpers import make_pdf

    folder = tmp_path / "2020-01-01 One"
    folder.mkdir()
    make_pdf(folder / "deck.pdf", ["one"])
    (folder / "notes.zip").write_bytes(b"PK")
    flow.controller.start(folder)
    qtbot.waitUntil(lambda: flow.controller.folder_review_dialog is not None, timeout=60_000)
    flow.controller.folder_review_dialog.accept()
    qtbot.waitUntil(lambda: flow.controller.summary_box is not None, timeout=60_000)
    imported = flow.imported
    assert len(imported) == 1 and len(imported[0]) == 1
    assert flow.archive.sessions.get(imported[0][0]).title == "One"
    box = flow.controller.summary_box
    assert box.text() == "Imported 1 new session, 1 file attached."
    assert "notes.zip" in box.informativeText()
    assert box.icon() == box.Icon.Warning


def test_flow_reports_a_source_it_cannot_read(qtbot, flow) -> None:
    flow.controller.start("http://127.0.0.1:9/nothing-listens-here.html")
    qtbot.waitUntil(lambda: flow.controller.summary_box is not None, timeout=60_000)
    assert flow.controller.summary_box.text() == "Nothing was imported."
    assert flow.controller.summary_box.informativeText()
    assert flow.controller.review_dialog is None
    assert flow.archive.sessions.count() == 0


def test_flow_reads_reviews_and_saves_a_page(qtbot, tmp_path, flow) -> None:

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Regions in the recovery</title></head><body>"
        "<h1>Regions in the recovery</h1><p>2 October 2020</p>"
        "<p>Speaker: Anaïs Le Corvec (CEBR)</p></body></html>",
        encoding="utf-8",
    )
    archive = flow.archive
    flow.controller()
    assert flow.controller.source_dialog is not None
    flow.controller.source_dialog.location_edit.setText(str(page))
    flow.controller.source_dialog.ok_button.click()
    qtbot.waitUntil(lambda: flow.controller.review_dialog is not None, timeout=60_000)
    editor = flow.controller.review_dialog.editors[0]
    editor.fields["theme"].setText("Recovery")
    assert archive.sessions.count() == 0
    flow.controller.review_dialog.import_button.click()
    assert len(flow.imported) == 1
    session = archive.sessions.get(flow.imported[0][0])
    assert (session.title, session.theme) == ("Regions in the recovery", "Recovery")
    assert flow.controller.summary_box.text() == "Imported 1 new session."


def test_the_main_window_import_action_opens_the_flow(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from webinar_archive.services.archive import Archive
    from webinar_archive.ui.app import create_main_window
    from webinar_archive.ui.import_controller import ImportSourceDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Archive.open(tmp_path / "library") as archive:
        window, controller = create_main_window(archive, settings, (1024, 700))
        qtbot.addWidget(window)
        try:
            window.show()
            assert window.empty_state.import_button.isVisible()
            assert window.findChild(ImportSourceDialog) is None
            window.empty_state.import_button.click()
            dialog = window.findChild(ImportSourceDialog)
            assert dialog is not None and dialog.isVisible()
            dialog.reject()
        finally:
            window.close()
            controller.shutdown()


def test_source_dialog_says_why_a_path_cannot_be_read(qtbot, tmp_path) -> None:
    """A path with nothing there greys out Read and says so next to the field."""
    from webinar_archive.ui.import_controller import ImportSourceDialog

    dialog = ImportSourceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    missing = tmp_path / "saved-page.html"
    dialog.location_edit.setText(str(missing))
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.isVisible()
    assert str(missing) in dialog.problem_label.text()
    assert "check the name" in dialog.problem_label.text()
    missing.write_text("<html></html>", encoding="utf-8")
    dialog.location_edit.setText(str(missing) + " ")
    assert dialog.ok_button.isEnabled() and not dialog.problem_label.isVisible()


def test_unreachable_site_says_so_and_keeps_the_address(qtbot, flow) -> None:
    """Offline (or no such site), the message says in plain words that the site could not be
    reached and what to do; the dialog stays open with the address typed."""
    url = "http://webinar-archive-test.invalid/session.html"  # .invalid never resolves
    flow.controller()
    dialog = flow.controller.source_dialog
    assert dialog is not None
    dialog.location_edit.setText(url)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: flow.controller.summary_box is not None, timeout=60_000)
    box = flow.controller.summary_box
    assert "could not be reached" in box.informativeText()
    assert "saved copy" in box.informativeText()
    assert "Errno" not in box.informativeText()
    assert dialog.isVisible() and dialog.location_edit.text() == url
    assert dialog.ok_button.isEnabled()
    assert flow.archive.sessions.count() == 0


def test_a_refused_page_offers_import_only_after_import_anyway(qtbot) -> None:
    """A page that reads as no session page shows why; Import waits for Import Anyway."""
    dialog = ImportReviewDialog(
        _items()[:1], refusal="this looks like an error page: HTTP 404 Not Found"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert "HTTP 404 Not Found" in dialog.refusal_label.text()
    assert dialog.refusal_label.isVisible() and dialog.anyway_button.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.anyway_button.click()
    assert dialog.overridden and dialog.import_button.isEnabled()
    assert not dialog.refusal_label.isVisible()
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_flow_shows_an_error_page_refused_and_saves_nothing(qtbot, tmp_path, flow) -> None:
    page = tmp_path / "missing.html"
    page.write_text(
        "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>",
        encoding="utf-8",
    )
    flow.controller.start(page)
    qtbot.waitUntil(lambda: flow.controller.review_dialog is not None, timeout=60_000)
    dialog = flow.controller.review_dialog
    assert dialog.refusal == "this looks like an error page: HTTP 404 Not Found"
    assert not dialog.import_button.isEnabled()
    dialog.anyway_button.click()
    dialog.import_button.click()
    assert len(flow.imported) == 1


def test_flow_downloads_linked_files_after_the_import(qtbot, tmp_path, flow) -> None:
    """The review offers to download the files behind the links; after Import the PDF is
    fetched on the worker and attached, and a summary names each link's outcome."""
    import http.server
    import threading

    from helpers import make_pdf

    pdf = make_pdf(tmp_path / "slides.pdf", ["Open data in Swedish regions"]).read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/files/nowak.pdf":
                self.send_error(404, "Not Found")
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(pdf)))
            self.end_headers()
            self.wfile.write(pdf)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><link rel="canonical" href="{base}/talk.html"></head><body>'
        "<h1>Open data for regional clusters</h1><p>3 November 2020</p>"
        "<p>Speakers: Anna Nowak (KTH)</p>"
        f'<ul><li><a href="{base}/files/nowak.pdf">Anna Nowak, KTH</a></li>'
        f'<li><a href="{base}/files/gone.pdf">Eva Dvořáková, CzechInvest</a></li></ul>'
        "</body></html>",
        encoding="utf-8",
    )
    try:
        flow.controller.start(page)
        qtbot.waitUntil(lambda: flow.controller.review_dialog is not None, timeout=60_000)
        dialog = flow.controller.review_dialog
        assert dialog.fetch_check.isVisibleTo(dialog) and dialog.fetch_check.isChecked()
        assert "2 link(s)" in dialog.fetch_check.text()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: flow.controller.fetch_box is not None, timeout=60_000)
        box = flow.controller.fetch_box
        assert box.text() == "Downloaded 1 of 2 linked file(s). 1 failed."
        assert f"fetched: {base}/files/nowak.pdf -> nowak.pdf" in box.informativeText()
        assert f"failed: {base}/files/gone.pdf" in box.informativeText()
        # File > Download Linked Files on the imported session (selected): nothing twice.
        action = flow.window.fetch_links_action
        qtbot.waitUntil(action.isEnabled, timeout=10_000)
        flow.controller.fetch_box = None
        action.trigger()
        qtbot.waitUntil(lambda: flow.controller.fetch_box is not None, timeout=60_000)
        again = flow.controller.fetch_box.informativeText()
        assert f"skipped: {base}/files/nowak.pdf (already in the library)" in again
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
    [session_id] = flow.imported[0]
    [material] = flow.archive.sessions.get(session_id).materials
    assert material.original_name == "nowak.pdf" and material.page_count == 1


def test_cancelling_a_download_keeps_nothing_of_it_and_says_so(qtbot, flow) -> None:
    """Cancel in the task bar stops a download at its next chunk: no recording is attached,
    and the summary says the download was cancelled."""
    import http.server
    import threading
    import time

    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(1000 * 600))
            self.end_headers()
            for _ in range(600):  # a minute at most, unless the client goes away
                if stop.is_set():
                    return
                try:
                    self.wfile.write(b"\0" * 1000)
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/talk.mp4"
    link = m.LinkDraft(m.LinkKind.RECORDING, url, "Recording")
    session_id = flow.archive.sessions.create(m.SessionDraft("Slow talk", links=[link])).id
    progressed: list[object] = []
    flow.tasks.job_progressed.connect(lambda _job, step: progressed.append(step))
    try:
        job = flow.controller.fetch_linked_files([session_id])
        qtbot.waitUntil(lambda: any(p.done > 0 for p in progressed), timeout=30_000)
        flow.tasks.cancel(job)
        qtbot.waitUntil(lambda: flow.controller.fetch_box is not None, timeout=30_000)
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()
    assert flow.controller.fetch_box.text() == "Download cancelled."
    assert flow.archive.sessions.get(session_id).recordings == ()


def test_every_speaker_of_a_long_page_shows_without_scrolling_the_table(qtbot) -> None:
    """Correcting a speaker is what the review is most often for: at its first size, on this
    screen, the speakers table shows five speakers whole (it was squeezed to a row and a half,
    under the form, a summary and the links), and the dialog stays within the screen, its
    fields scrolling instead."""
    people = ["Kevin Morgan", "Anaïs Le Corvec", "Valentina Pinna", "Ilari Havukainen", "Ann Lee"]
    draft = m.SessionDraft(
        title="Regions in the recovery",
        summary="\n\n".join(f"Paragraph {i} of a long summary." for i in range(20)),
        speakers=[m.SpeakerDraft(name, "Cardiff University") for name in people],
        links=[m.LinkDraft(m.LinkKind.OTHER, f"https://example.org/{i}") for i in range(4)],
    )
    dialog = ImportReviewDialog([Extracted(draft)], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.editors[0].speakers_table
    view = table.viewport().rect()
    for row in range(len(people)):
        rect = table.visualItemRect(table.item(row, 0))
        assert view.contains(rect), (row, rect, view)
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= area.height()


@pytest.mark.parametrize("language", ["english", "polish"])
def test_the_speakers_show_without_scrolling_the_dialog_at_1280x800(
    qtbot, request, language: str
) -> None:  # type: ignore[no-untyped-def]
    """At the size the dialog takes on a 1280x800 screen, a long summary shows a few lines and
    scrolls on its own, and the short fields share rows: the speakers table is seen whole as
    the dialog opens (it began at the bottom edge, a header and one row showing)."""
    from PySide6.QtWidgets import QScrollArea

    from webinar_archive.ui.review_session import SUMMARY_LINES

    request.getfixturevalue(language)
    people = ["Kevin Morgan", "Anaïs Le Corvec", "Valentina Pinna", "Ilari Havukainen", "Ann Lee"]
    draft = m.SessionDraft(
        title="Regions in the recovery",
        series="EAAC Daily Webinar",
        date=dt.date(2020, 9, 11),
        summary="\n\n".join(f"Paragraph {i} of a long summary." for i in range(20)),
        speakers=[m.SpeakerDraft(name, "Cardiff University") for name in people],
        links=[m.LinkDraft(m.LinkKind.OTHER, f"https://example.org/{i}") for i in range(2)],
    )
    dialog = ImportReviewDialog([Extracted(draft, {"date"}, ["The date was read from the title."])])
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)  # what fit_to_screen gives on a 1280x800 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    scroll = dialog.findChild(QScrollArea, "session_scroll")
    editor = dialog.editors[0]
    table = editor.speakers_table
    top = table.mapTo(scroll.viewport(), table.rect().topLeft()).y()
    assert scroll.verticalScrollBar().value() == 0
    assert top >= 0 and top + table.height() <= scroll.viewport().height(), (
        top,
        table.height(),
        scroll.viewport().height(),
    )
    for row in range(len(people)):
        assert table.viewport().rect().contains(table.visualItemRect(table.item(row, 0)))
    # The summary is still read a few lines at a time, the rest a scroll away.
    summary = editor.summary_edit
    assert summary.viewport().height() >= (SUMMARY_LINES - 1) * summary.fontMetrics().lineSpacing()
    assert summary.verticalScrollBar().maximum() > 0


def _cut_cells(table, columns: tuple[int, ...]) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """The cells of ``columns`` whose text needs more height than its row has (shown cut)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    cut = []
    for row in range(table.rowCount()):
        for column in columns:
            item = table.item(row, column)
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            option.rect = table.visualItemRect(item)
            index = table.model().index(row, column)
            needed = table.itemDelegate().sizeHint(option, index).height()
            if option.rect.height() < needed:
                cut.append((row, column, item.text()))
    return cut


@pytest.mark.parametrize("language", ["english", "polish"])
def test_what_each_organisation_joins_is_read_whole(qtbot, request, language: str) -> None:  # type: ignore[no-untyped-def]
    """The speakers' organisations and "In the library" (the record each joins, or why an
    acronym is not guessed) show whole at the dialog's first size and after it is resized:
    the role takes only its width and rows grow with the wrapped text (they were cut, the
    full text only in a tooltip)."""
    from webinar_archive.domain.organisations import OrganisationMatch
    from webinar_archive.ui.review_session import COL_LIBRARY

    request.getfixturevalue(language)  # the catalogues installed as the app installs them

    bodies = {
        "CEBR": OrganisationMatch("CEBR", ((1, "Centre for Economics and Business Research"),)),
        "AREC": OrganisationMatch(
            "AREC", ((2, "Agence Régionale de l'Énergie et du Climat (AREC)"),)
        ),
        "RIA": OrganisationMatch(
            "RIA", ((3, "Regional Innovation Agency"), (4, "Rural Investment Alliance"))
        ),
    }
    draft = m.SessionDraft(
        title="Regions after the recovery",
        speakers=[
            m.SpeakerDraft("Anna Short", "CEBR"),
            m.SpeakerDraft("Boris Long", "Zentrum für Europäische Wirtschaftsforschung"),
            m.SpeakerDraft("Fanny Long", "AREC"),
            m.SpeakerDraft("Dora Unsure", "RIA"),
        ],
    )
    dialog = ImportReviewDialog(
        [Extracted(draft)],
        [],
        match_organisation=lambda name: bodies.get(name, OrganisationMatch(name)),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.editors[0].speakers_table
    assert table.item(3, COL_LIBRARY).text().startswith(("\u201cRIA\u201d", "\u201eRIA\u201d"))
    qtbot.waitUntil(lambda: not _cut_cells(table, (1, COL_LIBRARY)), timeout=2000)
    dialog.resize(dialog.width() - 200, dialog.height())
    qtbot.waitUntil(lambda: not _cut_cells(table, (1, COL_LIBRARY)), timeout=2000)
    # Every speaker still shows without scrolling the table.
    assert table.verticalScrollBar().maximum() == 0


def test_link_addresses_get_the_width_the_kind_list_leaves(qtbot) -> None:
    """The kind of a link is a short choice: it no longer takes a third of the table, as wide
    as the address, which was cut short."""
    draft = m.SessionDraft(
        title="Rzeki bez barier",
        links=[
            m.LinkDraft(
                m.LinkKind.AGENDA,
                "https://www.example.pl/wp-content/uploads/2026/05/program-konferencji.pdf",
                "Pobierz plik programu konferencji",
            )
        ],
    )
    dialog = ImportReviewDialog([Extracted(draft)], [])
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    links = dialog.editors[0].links_table
    kinds = links.cellWidget(0, 0)
    assert links.columnWidth(0) < links.columnWidth(1) * 2 // 3
    assert links.columnWidth(0) >= kinds.sizeHint().width()


def test_the_summary_shows_more_lines_in_a_taller_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a 1920x1080 screen the dialog is taller than on 1280x800: the summary shows more
    lines (it stayed at six, leaving room empty under the tables), and the speakers table is
    still seen whole as the dialog opens."""
    from PySide6.QtWidgets import QScrollArea

    from webinar_archive.ui.review_session import SUMMARY_HEIGHT, SUMMARY_LINES

    people = [f"Speaker {i}" for i in range(5)]
    draft = m.SessionDraft(
        title="Regions in the recovery",
        date=dt.date(2020, 9, 11),
        summary="\n\n".join(f"Paragraph {i} of a long summary." for i in range(30)),
        speakers=[m.SpeakerDraft(name, "Cardiff University") for name in people],
        links=[m.LinkDraft(m.LinkKind.OTHER, "https://example.org/v")],
    )
    shown = {}
    for height in (SUMMARY_HEIGHT, 972):  # what fit_to_screen gives at 800 and 1080 px
        dialog = ImportReviewDialog([Extracted(draft, {"date"}, ["The date was guessed."])])
        qtbot.addWidget(dialog)
        dialog.resize(1100, height)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        editor = dialog.editors[0]
        summary = editor.summary_edit
        shown[height] = summary.viewport().height() // summary.fontMetrics().lineSpacing()
        assert summary.verticalScrollBar().maximum() > 0  # still scrolls past its lines
        scroll = dialog.findChild(QScrollArea, "session_scroll")
        table = editor.speakers_table
        top = table.mapTo(scroll.viewport(), table.rect().topLeft()).y()
        assert top + table.height() <= scroll.viewport().height(), (height, top, table.height())
        if height > SUMMARY_HEIGHT:  # the summary's room is what the tables left empty
            assert scroll.verticalScrollBar().maximum() == 0
        for row in range(len(people)):
            assert table.viewport().rect().contains(table.visualItemRect(table.item(row, 0)))
        dialog.close()
    assert SUMMARY_LINES - 1 <= shown[SUMMARY_HEIGHT] <= SUMMARY_LINES
    assert shown[972] >= shown[SUMMARY_HEIGHT] + 6, shown
