"""The main window's layout: its size is the user's, panes keep their room, headers stay put."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QToolButton

import ui_helpers
from helpers import make_pdf
from playback_helpers import SAMPLE_MP4
from translation_helpers import english, polish
from ui_helpers import Main
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.ui.fitting_tabs import width_cap
from webinar_archive.ui.session_table_model import COL_DATE, COL_THEME, COL_TITLE

pytestmark = pytest.mark.sqlite_only
main = ui_helpers.main
settings = ui_helpers.settings
__all__ = ["english", "polish"]  # fixtures, asked for by name below

LONG_TITLE = (
    "Interregional cooperation for smart specialisation: how European regions co-invest in "
    "circular bio-economy value chains across borders, with lessons from Lapland and Navarra"
)
LONG_SERIES = "European Regional Innovation and Smart Specialisation Platform Webinars"


def _long_session(archive: Archive) -> int:
    draft = m.SessionDraft(
        title=LONG_TITLE,
        series=LONG_SERIES,
        date=dt.date(2024, 3, 12),
        speakers=[
            m.SpeakerDraft(
                "Kristina Sermanoukian-Lindqvist",
                "DG GROW, European Commission, Directorate-General for Internal Market",
            ),
            m.SpeakerDraft("Anaïs Le Corvec", "Council of European BioRegions (CEBR)"),
            m.SpeakerDraft("Ilari Havukainen", "Regional Council of Lapland"),
        ],
    )
    return archive.sessions.create(draft).id


def _short_session(archive: Archive) -> int:
    return archive.sessions.create(m.SessionDraft(title="Clusters", date=dt.date(2021, 1, 1))).id


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)


def test_window_keeps_its_size_for_a_long_title_the_results_and_the_player(
    archive: Archive, settings, qtbot, tmp_path: Path
) -> None:
    """Selecting a long title, opening a slide hit and playing never resize the main window."""
    long_id = _long_session(archive)
    _short_session(archive)
    pdf = make_pdf(tmp_path / "deck.pdf", [f"Slide {i} cooperation" for i in range(1, 15)])
    results = archive.files.attach(long_id, [pdf, SAMPLE_MP4])
    recording_id = next(r.recording_id for r in results if r.recording_id)
    archive.search.reindex()
    opened = Main(archive, settings, qtbot)
    try:
        w = opened.window
        _settle(qtbot)
        size = QSize(w.size())
        assert size == QSize(1280, 800)
        opened.controller.select_session(long_id)
        _settle(qtbot)
        assert w.size() == size, "selecting a long title resized the window"
        search = opened.app.search
        search.run("cooperation")
        qtbot.waitUntil(lambda: not search.busy and w.search_dock.isVisible())
        hit = next(
            h for s in w.search_panel.model.sessions for h in s.hits if h.kind in ("slide", "page")
        )
        search.activate_hit(long_id, hit)
        _settle(qtbot)
        assert w.preview_dock.isVisible()
        assert w.size() == size, "showing the results and a slide resized the window"
        w.play_requested.emit(recording_id)
        _settle(qtbot)
        assert w.player_dock is not None and w.player_dock.isVisible()
        assert w.size() == size, "opening the player resized the window"
    finally:
        opened.close()


def test_session_header_has_one_height_for_every_session(
    main: Main, archive: Archive, qtbot
) -> None:
    """Short or long titles and speaker lists: the tabs below the header do not move."""
    long_id = _long_session(archive)
    short_id = _short_session(archive)
    main.controller.refresh_table()
    editor = main.window.editor
    main.controller.select_session(short_id)
    _settle(qtbot)
    top = editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y()
    assert editor.heading.text() == "Clusters"
    main.controller.select_session(long_id)
    _settle(qtbot)
    assert editor.tabs.mapTo(editor, editor.tabs.rect().topLeft()).y() == top
    # The whole title stays readable: cut on screen, whole in the tooltip and in the text.
    assert editor.heading.text() == LONG_TITLE
    assert editor.heading.toolTip() == LONG_TITLE
    assert editor.heading.shown_text().endswith("…")
    assert editor.heading.shown_text().count("\n") == 1


def test_title_column_takes_the_width_of_a_wider_window(archive: Archive, settings, qtbot) -> None:
    """At 1920 px the title gets the extra width, also with a header remembered from before."""
    _long_session(archive)
    for _run in range(2):  # a fresh start, then one with the header state saved by the first
        opened = Main(archive, settings, qtbot)
        try:
            w = opened.window
            header = w.table.horizontalHeader()
            table = w.table
            qtbot.waitUntil(lambda table=table: table.viewport().width() > 100)
            _settle(qtbot)
            narrow = header.sectionSize(COL_TITLE)
            w.resize(1920, 1080)
            qtbot.waitUntil(lambda w=w: w.width() == 1920)
            _settle(qtbot)
            assert header.sectionSize(COL_TITLE) > narrow + 300
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            # No empty band right of the last column, no title cut while space is left.
            assert sum(header.sectionSize(c) for c in shown) == w.table.viewport().width()
            w.resize(1280, 800)
            _settle(qtbot)
        finally:
            opened.close()


def test_empty_panes_do_not_come_back_at_the_next_start(
    archive: Archive, settings, qtbot, tmp_path: Path
) -> None:
    """Search results and the slide preview of the last run are not reopened empty."""
    session_id = _long_session(archive)
    pdf = make_pdf(tmp_path / "deck.pdf", ["Slide 1 cooperation", "Slide 2"])
    archive.files.attach(session_id, [pdf])
    archive.search.reindex()
    first = Main(archive, settings, qtbot)
    try:
        search = first.app.search
        search.run("cooperation")
        qtbot.waitUntil(lambda: not search.busy and first.window.search_dock.isVisible())
        first.window.show_preview()
        assert first.window.preview_dock.isVisible()
    finally:
        first.close()  # saves the window state with both docks shown
    second = Main(archive, settings, qtbot)
    try:
        _settle(qtbot)
        assert not second.window.search_dock.isVisible()
        assert not second.window.preview_dock.isVisible()
    finally:
        second.close()


def _cell_fits(table, row: int, col: int) -> bool:  # type: ignore[no-untyped-def]
    view = table.view
    text = table.text(row, col)
    # The item view's text margins (the style's focus frame margin, each side, plus one).
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = view.columnWidth(col) - 2 * margin
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    needed = view.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text)
    return needed.width() <= width and needed.height() <= view.rowHeight(row)


def test_speakers_tab_shows_whole_names_and_organisations(
    main: Main, archive: Archive, qtbot
) -> None:
    """Long names and organisations wrap in their cells instead of being cut with "…"."""
    session_id = _long_session(archive)
    main.controller.refresh_table()
    main.controller.select_session(session_id)
    editor = main.window.editor
    editor.tabs.setCurrentWidget(editor.speakers)
    _settle(qtbot)
    table = editor.speakers
    assert table.model.rowCount() == 3
    for row in range(3):
        for col in (table.COL_PERSON, table.COL_ORG):
            assert _cell_fits(table, row, col), (table.text(row, col), table.view.columnWidth(col))
    view = table.view
    header = view.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= view.viewport().width()
    assert header.sectionSize(table.COL_ORG) > header.sectionSize(table.COL_CONTRIBUTION)


@pytest.mark.parametrize("language", ["english", "polish"])
def test_speakers_tab_cuts_no_word_of_the_demo_session(
    language: str, archive: Archive, request: pytest.FixtureRequest, qtbot
) -> None:
    """At 1280 px every word of the demo's speakers, positions and contributions and every
    header fits its column (the contribution column was so narrow that "specialisation" and
    "Interregional" were cut, and rows grew a word per line)."""
    request.getfixturevalue(language)
    session, _new = archive.sessions.create_demo()
    main: Main = request.getfixturevalue("main")
    main.controller.refresh_table()
    main.controller.select_session(session.id)
    editor = main.window.editor
    editor.tabs.setCurrentWidget(editor.speakers)
    _settle(qtbot)
    table = editor.speakers
    view = table.view
    header = view.horizontalHeader()
    assert table.model.rowCount() == 5
    for col in range(header.count()):
        label = str(table.model.headerData(col, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(label) < header.sectionSize(col), label
        for row in range(table.model.rowCount()):
            assert _cell_fits(table, row, col), (table.text(row, col), view.columnWidth(col))
    assert sum(header.sectionSize(c) for c in range(header.count())) <= view.viewport().width()


def test_slide_hit_opens_its_page_in_a_preview_wide_enough_to_read(
    main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """At 1280x800 a hit on slide 3 of 14 shows "3 of 14" in a preview a page wide, and keeps
    showing it when the preview is given more width afterwards."""
    session_id = _long_session(archive)
    pages = [f"Slide {i}" + (" cooperation" if i == 3 else "") for i in range(1, 15)]
    archive.files.attach(session_id, [make_pdf(tmp_path / "deck.pdf", pages)])
    archive.search.reindex()
    main.controller.refresh_table()
    w = main.window
    search = main.app.search
    search.run("cooperation")
    qtbot.waitUntil(lambda: not search.busy and w.search_dock.isVisible())
    hit = next(
        h for s in w.search_panel.model.sessions for h in s.hits if h.kind in ("slide", "page")
    )
    assert hit.page_no == 3
    search.activate_hit(session_id, hit)
    preview = w.pdf_preview
    qtbot.waitUntil(lambda: preview.isVisible() and preview.page_count() == 14)
    qtbot.wait(200)
    assert preview.view.width() >= 300, "the page is too narrow to read"
    assert preview.current_page() == 2
    assert preview.page_spin.value() == 3
    # The dock grows after the jump (the user drags its edge): the page stays the same.
    w.resizeDocks([w.preview_dock], [w.preview_dock.width() + 250], Qt.Orientation.Horizontal)
    qtbot.wait(200)
    assert preview.current_page() == 2
    assert preview.page_spin.value() == 3


def test_title_stays_readable_when_a_dock_narrows_the_table(
    main: Main, archive: Archive, qtbot
) -> None:
    """With the preview beside it the table is narrow: other columns give way to the title, and
    get their width back when the preview closes."""
    _long_session(archive)
    main.controller.refresh_table()
    w = main.window
    header = w.table.horizontalHeader()
    qtbot.waitUntil(lambda: w.table.viewport().width() > 300)
    _settle(qtbot)
    others = [c for c in range(header.count()) if c != COL_TITLE and not header.isSectionHidden(c)]
    before = {c: header.sectionSize(c) for c in others}
    w.show_preview()
    qtbot.waitUntil(lambda: w.preview_dock.width() > 400)
    _settle(qtbot)
    width = w.table.viewport().width()
    assert header.sectionSize(COL_TITLE) >= width * 0.4 - 1
    w.preview_dock.hide()
    _settle(qtbot)
    assert {c: header.sectionSize(c) for c in others} == before
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) == w.table.viewport().width()


def test_title_keeps_its_share_when_every_column_is_shown_in_a_narrow_table(
    main: Main, archive: Archive, qtbot
) -> None:
    """Too narrow for all columns: the title keeps 40 % and the others scroll sideways."""
    _long_session(archive)
    main.controller.refresh_table()
    w = main.window
    header = w.table.horizontalHeader()
    for col in range(header.count()):
        header.setSectionHidden(col, False)
    w.show_preview()
    sizes = w.splitter.sizes()
    w.splitter.setSizes([sizes[0] + sizes[1] - 290, 290, sizes[2]])
    qtbot.waitUntil(lambda: w.table.viewport().width() < 300)
    _settle(qtbot)
    assert header.sectionSize(COL_TITLE) >= w.table.viewport().width() * 0.4 - 1


def test_a_dock_takes_its_width_from_the_table_and_the_editor_alike(
    main: Main, archive: Archive, qtbot
) -> None:
    """At 1920 px the preview beside the catalogue leaves the table a usable width."""
    _long_session(archive)
    main.controller.refresh_table()
    w = main.window
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.width() == 1920)
    _settle(qtbot)
    table_before, editor_before = w.centre.width(), w.editor.width()
    w.show_preview()
    qtbot.waitUntil(lambda: w.preview_dock.width() > 400)
    _settle(qtbot)
    table_lost = table_before - w.centre.width()
    editor_lost = editor_before - w.editor.width()
    assert editor_lost > 0 and table_lost > 0
    assert w.centre.width() >= 400


@pytest.mark.parametrize("language", ["english", "polish"])
def test_headers_and_dates_stay_whole_beside_the_search_results(
    language: str, archive: Archive, request: pytest.FixtureRequest, qtbot
) -> None:
    """At 1920 px with the results beside the table, every column's header is shown whole (in
    Polish "Materiały" and "Czas trwania" were cut to "teriały" and "trwania"), and so is the
    date; the title still gets the most room. A header cut anyway ends in "…"."""
    request.getfixturevalue(language)  # the window is built in that language
    _long_session(archive)
    main: Main = request.getfixturevalue("main")
    main.controller.refresh_table()
    w = main.window
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.width() == 1920)
    _settle(qtbot)
    # As at a start at this size: every column but the theme, fitted to the window.
    for col in range(w.table.horizontalHeader().count()):
        w.table.horizontalHeader().setSectionHidden(col, col == COL_THEME)
    w.table.fit_columns()
    w.show_search_results()
    qtbot.waitUntil(lambda: w.search_dock.width() > 400)
    _settle(qtbot)
    table = w.table
    header = table.horizontalHeader()
    model = table.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert len(shown) == header.count() - 1 and COL_THEME not in shown
    for col in shown:
        text = str(model.headerData(col, Qt.Orientation.Horizontal))
        needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        assert header.sectionSize(col) >= needed, f"header {text!r} is cut"
    for col in shown:
        text = str(model.headerData(col, Qt.Orientation.Horizontal))
        assert model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == text
    date = table.model().index(0, COL_DATE).data()
    assert header.sectionSize(COL_DATE) > table.fontMetrics().horizontalAdvance(date)
    width = table.viewport().width()
    assert header.sectionSize(COL_TITLE) >= width * 0.3 - 1
    assert header.sectionSize(COL_TITLE) == max(header.sectionSize(c) for c in shown)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight


@pytest.mark.parametrize("language", ["english", "polish"])
def test_files_tab_buttons_are_not_squeezed(
    language: str, archive: Archive, request: pytest.FixtureRequest, qtbot
) -> None:
    """At 1280 px the recording's buttons keep the width their text needs ("Add Subtitles…"
    was cut to "dd Subtitles.." with five buttons in one row), and playing here reads unlike
    opening in the system's program (in Polish "Odtwórz" and "Otwórz" stood side by side)."""
    request.getfixturevalue(language)
    session, _new = archive.sessions.create_demo()
    main: Main = request.getfixturevalue("main")
    main.controller.refresh_table()
    main.controller.select_session(session.id)
    editor = main.window.editor
    editor.tabs.setCurrentWidget(editor.files)
    _settle(qtbot)
    files = editor.files
    _assert_recording_buttons_whole(files)
    play, other = files.play_button.text(), files.open_recording_button.text()
    assert SequenceMatcher(None, play.casefold(), other.casefold()).ratio() < 0.6, (play, other)
    assert not files.play_button.icon().isNull()
    assert files.play_button.toolTip() and files.open_recording_button.toolTip()


def _assert_recording_buttons_whole(files) -> None:
    """Every button under the recordings is shown with its whole label."""
    for button in (
        files.play_button,
        files.open_recording_button,
        files.add_subtitles_button,
        files.transcribe_button,
        files.remove_recording_button,
    ):
        assert button.isVisible(), button.text()
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width())


@pytest.mark.parametrize("language", ["english", "polish"])
def test_the_table_keeps_a_usable_width_beside_the_search_results(
    language: str, archive: Archive, request: pytest.FixtureRequest, qtbot
) -> None:
    """At 1280x800 the results open narrower than a page and the browser and the editor give
    way first: the session table keeps 500 px (it was left 280), the results a readable width
    the user can still change, and the Files tab's buttons their whole words."""
    from webinar_archive.ui.dock_room import SEARCH_DOCK_LEAST, TABLE_BESIDE_RESULTS

    request.getfixturevalue(language)
    session, _new = archive.sessions.create_demo()
    main: Main = request.getfixturevalue("main")
    main.controller.refresh_table()
    main.controller.select_session(session.id)
    w = main.window
    assert w.size() == QSize(1280, 800)
    editor = w.editor
    editor.tabs.setCurrentWidget(editor.files)
    search = main.app.search
    search.run("cooperation")
    qtbot.waitUntil(lambda: not search.busy and w.search_dock.isVisible())
    _settle(qtbot)
    assert w.centre.width() >= TABLE_BESIDE_RESULTS
    assert w.search_dock.width() >= 300
    assert w.size() == QSize(1280, 800)
    files = editor.files
    _assert_recording_buttons_whole(files)
    # The dock's edge still moves both ways, down to the least width.
    w.resizeDocks([w.search_dock], [w.search_dock.width() + 120], Qt.Orientation.Horizontal)
    _settle(qtbot)
    wider = w.search_dock.width()
    assert wider >= 400
    w.resizeDocks([w.search_dock], [100], Qt.Orientation.Horizontal)
    _settle(qtbot)
    assert SEARCH_DOCK_LEAST <= w.search_dock.width() < wider


@pytest.mark.parametrize("language", ["english", "polish"])
def test_editor_tabs_and_drop_hint_fit_beside_the_search_results(
    language: str, archive: Archive, request: pytest.FixtureRequest, qtbot
) -> None:
    """At 1280x800 with the results open the editor is at its least width: its five tabs are
    all in view, no scroll arrows (the "Details" tab was hidden behind them), the short names
    whole and a shortened one ending in "…" with its name as a tip; the Files tab's drop hint
    wraps instead of being cut ("… onto the wind")."""
    request.getfixturevalue(language)
    session, _new = archive.sessions.create_demo()
    main: Main = request.getfixturevalue("main")
    main.controller.refresh_table()
    main.controller.select_session(session.id)
    w = main.window
    editor = w.editor
    editor.tabs.setCurrentWidget(editor.files)
    search = main.app.search
    search.run("cooperation")
    qtbot.waitUntil(lambda: not search.busy and w.search_dock.isVisible())
    _settle(qtbot)
    assert editor.width() == editor.minimumWidth()
    bar = editor.tabs.tabBar()
    natural = [bar.fontMetrics().horizontalAdvance(bar.tabText(i)) for i in range(bar.count())]
    assert bar.count() == 5
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert rect.left() >= 0 and rect.right() <= editor.tabs.width(), (bar.tabText(i), rect)
        assert bar.tabToolTip(i) == bar.tabText(i)
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert not arrows
    # The shortest names are read whole; only the longest give way.
    shortest = min(range(bar.count()), key=lambda i: natural[i])
    assert bar.tabRect(shortest).width() >= bar.tabSizeHint(shortest).width()
    assert bar.tabRect(shortest).width() > natural[shortest]
    hint = editor.files.drop_hint
    assert hint.isVisible() and hint.wordWrap()
    needed = hint.fontMetrics().boundingRect(
        QRect(0, 0, hint.width(), 10_000), Qt.TextFlag.TextWordWrap, hint.text()
    )
    assert needed.width() <= hint.width() and needed.height() <= hint.height(), (
        needed,
        hint.size(),
    )


@pytest.mark.parametrize(
    ("widths", "room", "cap"),
    [
        ([60, 80, 90], 300, None),  # they fit
        ([70, 85, 90, 60, 55], 330, 72),  # the two widest give way, the rest keep their width
        ([80, 95, 85, 80, 45], 305, 65),
        ([100, 100], 150, 75),
    ],
)
def test_width_cap_takes_from_the_widest_tabs(
    widths: list[int], room: int, cap: int | None
) -> None:
    assert width_cap(widths, room) == cap
    if cap is not None:
        assert sum(min(w, cap) for w in widths) <= room


@pytest.mark.parametrize("size", [QSize(1280, 800), QSize(1920, 1080)])
def test_preview_opened_beside_the_results_leaves_the_table_its_width(
    size: QSize, main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """A slide hit opens the preview in the results' column: at 1280x800 it first takes their
    width, not 600 px, so the table keeps 500 px (it was left 280), and the page gets the
    thumbnails' column to stay a page wide; at 1920 the column stays as wide as the results
    were. Given more width, the preview shows its thumbnails."""
    from webinar_archive.ui.dock_room import TABLE_BESIDE_RESULTS
    from webinar_archive.ui.pdf_preview import PAGE_LEAST

    session_id = _long_session(archive)
    pages = [f"Slide {i}" + (" cooperation" if i == 3 else "") for i in range(1, 8)]
    archive.files.attach(session_id, [make_pdf(tmp_path / "deck.pdf", pages)])
    archive.search.reindex()
    main.controller.refresh_table()
    w = main.window
    w.resize(size)
    qtbot.waitUntil(lambda: w.size() == size)
    search = main.app.search
    search.run("cooperation")
    qtbot.waitUntil(lambda: not search.busy and w.search_dock.isVisible())
    _settle(qtbot)
    results_width = w.search_dock.width()
    hit = next(
        h for s in w.search_panel.model.sessions for h in s.hits if h.kind in ("slide", "page")
    )
    search.activate_hit(session_id, hit)
    preview = w.pdf_preview
    qtbot.waitUntil(lambda: preview.isVisible() and preview.page_count() == 7)
    _settle(qtbot)
    assert w.centre.width() >= TABLE_BESIDE_RESULTS
    assert w.preview_dock.width() == w.search_dock.width() >= results_width
    if size.width() == 1280:
        assert w.preview_dock.width() < results_width + 20
    thumbnails = preview.thumbnails.minimumWidth()
    assert preview.thumbnails.isVisible() == (preview.width() >= thumbnails + PAGE_LEAST)
    assert preview.view.width() >= PAGE_LEAST - 10
    assert preview.page_spin.value() == 3
    # Given the width back (the results closed, the dock widened), the thumbnails return.
    w.search_dock.hide()
    w.resizeDocks([w.preview_dock], [600], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: preview.thumbnails.isVisible())
    assert preview.view.width() >= PAGE_LEAST
