"""The search results view, hits opening their place, facets, saved searches and reindexing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

import ui_player_helpers
from search_helpers import make_pdf
from translation_helpers import english  # noqa: F401
from ui_player_helpers import App
from ui_search_helpers import add_sessions, table_ids, type_query, wait_for_query
from webinar_archive.domain import model as m
from webinar_archive.domain.search import Hit
from webinar_archive.playback.backend import PlayerState
from webinar_archive.ui.browser import FACET_ROLE, KIND_ROLE, KIND_SAVED, SAVED_ROLE
from webinar_archive.ui.search_panel import HTML_ROLE, MARK_STYLE

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
app = ui_player_helpers.app


def _with_slides_and_transcript(app: App, tmp_path: Path) -> int:
    """The demo session gets a two-page PDF and sample.mp4 + .srt ("…talk about archives.")."""
    deck = make_pdf(tmp_path / "deck.pdf", ["Opening words", "Regional archives of clusters"])
    assert all(r.ok for r in app.attach(deck))
    return app.attach_sample()


def _hit_index(app: App, session_id: int, kind: str) -> QModelIndex:
    model = app.main.search.panel.model
    for row, session in enumerate(model.sessions):
        if session.session_id == session_id:
            for r, hit in enumerate(session.hits):
                if hit.kind == kind:
                    return model.index(r, 0, model.index(row, 0))
    raise AssertionError(f"no {kind} hit for session {session_id}")


def _click(app: App, qtbot, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    view = app.main.search.panel.view
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _labels(app: App, session_id: int) -> list[str]:
    model = app.main.search.panel.model
    session = next(s for s in model.sessions if s.session_id == session_id)
    return [h.label for h in session.hits]


def test_results_view_lists_hits_with_their_place(
    app: App,
    qtbot,
    tmp_path: Path,
    english: None,  # noqa: F811
) -> None:
    """A query shows the results dock: sessions in rank order, each hit labelled with where it
    is, its snippet with the matched word marked."""
    ids = add_sessions(app)
    _with_slides_and_transcript(app, tmp_path)
    type_query(app, qtbot, "archives")
    panel = app.main.search.panel
    assert app.window.search_dock.isVisible()
    assert [s.session_id for s in panel.model.sessions] == app.archive.search.session_ids(
        "archives"
    )
    assert {app.session_id, ids["archive"]} <= {s.session_id for s in panel.model.sessions}
    assert "slide 2 of deck.pdf" in _labels(app, app.session_id)
    assert "0:02 in the recording" in _labels(app, app.session_id)
    assert "summary" in _labels(app, ids["archive"])
    html = _hit_index(app, app.session_id, "transcript").data(HTML_ROLE)
    assert f'<span style="{MARK_STYLE}">archives</span>' in html
    assert "in the recording" in html
    header = panel.model.index(0, 0).data()
    assert panel.model.sessions[0].title in header
    assert panel.summary.text().startswith(f"{panel.model.total} sessions match")


def test_snippet_text_is_escaped_in_the_view(app: App, qtbot) -> None:
    """A summary with markup characters is shown as text, not interpreted as HTML."""
    sid = app.archive.sessions.create(
        m.SessionDraft(title="Markup", summary="Use <b>bold</b> & archives <script>x</script>")
    ).id
    app.controller.refresh_table()
    type_query(app, qtbot, "archives")
    html = _hit_index(app, sid, "summary").data(HTML_ROLE)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in html
    assert "<script>" not in html and "<b>" not in html


def test_summary_snippet_shows_the_text_without_markdown_markers(app: App, qtbot) -> None:
    """The demo summary is Markdown ("**Ilari Havukainen** ..."): its hit reads as the Summary
    tab shows it, bold and list markers and link syntax gone, the words still marked."""
    sid = app.archive.sessions.create(
        m.SessionDraft(
            title="Markdown",
            summary="Partners along the **value chain**, said *she*.\n\n- [Cluster portal]"
            "(https://clusters.example.org/a_b) for **archives**\n- second item",
        )
    ).id
    app.controller.refresh_table()
    type_query(app, qtbot, "archives")
    index = _hit_index(app, sid, "summary")
    html = index.data(HTML_ROLE)
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    for marker in ("**", "*she*", "](", "[Cluster", "- "):
        assert marker not in html and marker not in shown, marker
    assert "value chain, said she. • Cluster portal for" in shown
    assert f'<span style="{MARK_STYLE}">archives</span>' in html


def test_activating_a_slide_hit_opens_the_preview_at_that_page(
    app: App, qtbot, tmp_path: Path
) -> None:
    """Clicking "slide 2 of deck.pdf" selects the session and shows page 2 in the preview."""
    add_sessions(app)
    _with_slides_and_transcript(app, tmp_path)
    type_query(app, qtbot, "archives")
    app.controller.select_sessions([])
    _click(app, qtbot, _hit_index(app, app.session_id, "slide"))
    assert app.controller.current_session_id() == app.session_id
    assert app.window.preview_dock.isVisible()
    qtbot.waitUntil(lambda: app.window.pdf_preview.current_page() == 1)
    assert app.window.pdf_preview.page_spin.value() == 2


def test_activating_a_transcript_hit_plays_from_that_moment(
    app: App, qtbot, tmp_path: Path
) -> None:
    """Clicking "0:02 in the recording" starts the player at the cue, not at the position
    saved last time (the resume offer does not step in)."""
    add_sessions(app)
    rid = _with_slides_and_transcript(app, tmp_path)
    app.archive.playback.save_position(rid, 5300, 6000)
    type_query(app, qtbot, "archives")
    index = _hit_index(app, app.session_id, "transcript")
    hit = index.data(Qt.ItemDataRole.UserRole + 1)
    assert isinstance(hit, Hit) and hit.recording_id == rid and hit.time_ms == 2500
    _click(app, qtbot, index)
    assert app.window.player_dock is not None and app.window.player_dock.isVisible()
    assert app.backend.state is PlayerState.PLAYING
    assert app.backend.time_ms() == 2500
    assert app.player.resume_bar.isHidden()
    assert app.controller.current_session_id() == app.session_id


def test_activating_a_summary_hit_shows_the_summary_tab(app: App, qtbot) -> None:
    """A hit in the summary selects its session and turns the editor to the Summary tab."""
    ids = add_sessions(app)
    type_query(app, qtbot, "electrolysers")
    editor = app.window.editor
    editor.tabs.setCurrentIndex(0)
    _click(app, qtbot, _hit_index(app, ids["hydrogen"], "summary"))
    assert app.controller.current_session_id() == ids["hydrogen"]
    assert editor.tabs.tabText(editor.tabs.currentIndex()).replace("&", "") == "Summary"


def test_scrolling_to_the_end_loads_more_results(app: App, qtbot) -> None:
    """Results come in pages; reaching the bottom of the list appends the next page."""
    for i in range(45):
        app.archive.sessions.create(m.SessionDraft(title=f"Quarterly review {i}"))
    type_query(app, qtbot, "quarterly")
    panel = app.main.search.panel
    assert panel.model.total == 45
    assert len(panel.model.sessions) < 45
    bar = panel.view.verticalScrollBar()
    while len(panel.model.sessions) < 45:
        shown = len(panel.model.sessions)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda n=shown: len(panel.model.sessions) > n, timeout=10_000)
    assert sorted(s.session_id for s in panel.model.sessions) == sorted(table_ids(app))


def test_a_facet_click_narrows_the_query(app: App, qtbot) -> None:
    """Clicking a series under "Search results" adds series:"…" to the box and runs it."""
    ids = add_sessions(app)
    type_query(app, qtbot, "regions OR city OR clusters")
    assert len(table_ids(app)) >= 3
    browser = app.window.browser
    group = app.controller.browser_model.groups["search"]
    facet = None
    for r in range(group.rowCount()):
        branch = group.child(r, 0)
        for c in range(branch.rowCount()):
            item = branch.child(c, 0)
            if item.data(FACET_ROLE) == ("series", "Regional Innovation Talks"):
                facet = item
    assert facet is not None and facet.text() == "Regional Innovation Talks"
    rect = browser.visualRect(facet.index())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = 'regions OR city OR clusters series:"Regional Innovation Talks"'
    assert app.window.search_edit.text() == expected
    wait_for_query(app, qtbot, expected)
    assert set(table_ids(app)) == {ids["lodz"], ids["hydrogen"]}


def test_a_year_facet_adds_a_year_filter(app: App, qtbot) -> None:
    """The year facet narrows with year:NNNN."""
    ids = add_sessions(app)
    type_query(app, qtbot, "regional")
    app.main.search._on_browser_clicked(_facet(app, "year", "2019"))
    wait_for_query(app, qtbot, "regional year:2019")
    assert table_ids(app) == [ids["hydrogen"]]


def _facet(app: App, name: str, value: str) -> QModelIndex:
    group = app.controller.browser_model.groups["search"]
    for r in range(group.rowCount()):
        branch = group.child(r, 0)
        for c in range(branch.rowCount()):
            if branch.child(c, 0).data(FACET_ROLE) == (name, value):
                return branch.child(c, 0).index()
    raise AssertionError(f"no facet {name}={value}")


def _saved_items(app: App) -> list[tuple[str, str]]:
    group = app.controller.browser_model.groups.get("saved")
    if group is None:
        return []
    return [
        (group.child(r, 0).text(), group.child(r, 0).data(SAVED_ROLE).query)
        for r in range(group.rowCount())
        if group.child(r, 0).data(KIND_ROLE) == KIND_SAVED
    ]


def test_save_search_action_stores_the_query_in_the_sidebar(app: App, qtbot, monkeypatch) -> None:
    """Save Search… asks for a name and lists the search under "Saved searches"."""
    add_sessions(app)
    type_query(app, qtbot, "regional year:2019")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Old regional talks", True))
    app.window.save_search_action.trigger()
    assert _saved_items(app) == [("Old regional talks", "regional year:2019")]
    assert [s.name for s in app.archive.search.saved_searches()] == ["Old regional talks"]


def test_clicking_a_saved_search_runs_it(app: App, qtbot) -> None:
    """A saved search in the sidebar puts its query in the box and runs it."""
    ids = add_sessions(app)
    app.main.search.save_search("Hydrogen", "electrolysers")
    group = app.controller.browser_model.groups["saved"]
    browser = app.window.browser
    browser.setExpanded(group.index(), True)
    rect = browser.visualRect(group.child(0, 0).index())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert app.window.search_edit.text() == "electrolysers"
    wait_for_query(app, qtbot, "electrolysers")
    assert table_ids(app) == [ids["hydrogen"]]


def test_renaming_and_deleting_a_saved_search(app: App, qtbot) -> None:
    """Rename keeps the query under the new name; Delete removes it from the sidebar."""
    add_sessions(app)
    search = app.main.search
    saved = search.save_search("Hydrogen", "electrolysers")
    assert saved is not None
    renamed = search.rename_saved_search(saved, "Hydrogen talks")
    assert renamed is not None
    assert _saved_items(app) == [("Hydrogen talks", "electrolysers")]
    search.delete_saved_search(renamed)
    assert _saved_items(app) == []
    assert "saved" not in app.controller.browser_model.groups
    assert app.archive.search.saved_searches() == []


def test_only_the_latest_query_is_applied(app: App, qtbot, monkeypatch) -> None:
    """A slow query answered after a newer one was typed is dropped."""
    add_sessions(app)
    search = app.main.search
    service = app.archive.search
    release = threading.Event()
    real = service.session_ids

    def slow(query: str) -> list[int]:
        if query == "clusters":
            release.wait(10)
        return real(query)

    monkeypatch.setattr(service, "session_ids", slow)
    applied: list[str] = []
    search.applied.connect(applied.append)
    search.run("clusters")
    search.run("electrolysers")
    release.set()
    qtbot.waitUntil(lambda: not search.busy, timeout=10_000)
    qtbot.wait(50)  # any answer of the first query still queued arrives now
    assert applied == ["electrolysers"]
    assert table_ids(app) == real("electrolysers")


def test_rebuild_search_index_runs_as_a_task(app: App, qtbot, english: None) -> None:  # noqa: F811
    """Tools › Rebuild Search Index runs on the task runner and reports the count."""
    add_sessions(app)
    seen: list[str] = []
    app.controller.tasks.job_started.connect(lambda _id, title: seen.append(title))
    app.window.reindex_action.trigger()
    qtbot.waitUntil(lambda: not app.controller.tasks.busy, timeout=20_000)
    assert seen == ["Rebuilding the search index"]
    assert "4 sessions" in app.window.statusBar().currentMessage()
    type_query(app, qtbot, "electrolysers")
    assert len(table_ids(app)) == 1


def test_saved_search_menu_runs_renames_and_deletes(app: App, qtbot, monkeypatch) -> None:
    """The right-click menu of a saved search offers Run, Rename… and Delete, and they act."""
    ids = add_sessions(app)
    search = app.main.search
    saved = search.save_search("Hydrogen", "electrolysers")
    assert saved is not None
    menu = search.saved_search_menu(saved)
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == ["Run", "Rename…", "Delete"]
    actions["Run"].trigger()
    wait_for_query(app, qtbot, "electrolysers")
    assert table_ids(app) == [ids["hydrogen"]]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hydrogen talks", True))
    actions["Rename…"].trigger()
    assert _saved_items(app) == [("Hydrogen talks", "electrolysers")]
    renamed = app.archive.search.saved_searches()[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    search.saved_search_menu(renamed).actions()[2].trigger()
    assert _saved_items(app) == []


def test_common_words_say_how_results_are_ordered(app: App, qtbot, monkeypatch) -> None:
    """When the words are too common to rank, the summary line says so and why."""
    from webinar_archive.services.search import SearchService
    from webinar_archive.storage.search import SearchTuning

    ids = add_sessions(app)
    type_query(app, qtbot, "archives")
    panel = app.main.search.panel
    assert "title matches first" not in panel.summary.text()
    assert panel.summary.toolTip() == ""
    tuning = SearchTuning(rank_all_limit=0)
    monkeypatch.setattr(app.archive, "search", SearchService(app.archive.catalogue, tuning))
    type_query(app, qtbot, "archive")
    assert panel.model.ranking == "tiered"
    assert "common words: title matches first" in panel.summary.text()
    assert "too many sessions" in panel.summary.toolTip()
    assert ids["archive"] in {s.session_id for s in panel.model.sessions}


def test_results_do_not_wait_for_the_facets(app: App, qtbot, monkeypatch) -> None:
    """The table and the results show as soon as they are ready; the facets, which count the
    whole result, follow when counted."""
    ids = add_sessions(app)
    search = app.main.search
    service = app.archive.search
    release = threading.Event()
    real = service.facets

    def slow(query: str, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        release.wait(10)
        return real(query, limit)

    expected = service.session_ids("regional")
    assert {ids["lodz"], ids["hydrogen"]} <= set(expected)
    monkeypatch.setattr(service, "facets", slow)
    search.run("regional")
    qtbot.waitUntil(lambda: search.panel.model.total == len(expected), timeout=10_000)
    assert table_ids(app) == expected
    assert search.busy  # the facets are still being counted
    assert "search" not in app.controller.browser_model.groups
    release.set()
    qtbot.waitUntil(lambda: not search.busy, timeout=10_000)
    assert _facet(app, "year", "2019").isValid()


def test_a_failed_facet_count_leaves_the_results(app: App, qtbot, monkeypatch) -> None:
    add_sessions(app)
    search = app.main.search

    def broken(query: str, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        raise RuntimeError("disk on fire")

    expected = app.archive.search.count("regional")
    monkeypatch.setattr(app.archive.search, "facets", broken)
    search.run("regional")
    qtbot.waitUntil(lambda: not search.busy, timeout=10_000)
    assert search.panel.model.total == expected > 0
    assert "disk on fire" in app.window.statusBar().currentMessage()
    assert "Search failed" not in search.panel.summary.text()


def test_the_preview_highlights_the_searched_word_on_the_page_it_opens(
    app: App, qtbot, tmp_path: Path
) -> None:
    """A slide hit for "krakow" opens page 2 with "Kraków" (as printed) highlighted and its
    first hit framed; shown a page without the word, the preview frames the next page that has
    it; ending the search removes the highlight."""
    deck = make_pdf(
        tmp_path / "deck.pdf", ["Opening words", "Clusters of Kraków and Lapland", "Summary"]
    )
    assert all(r.ok for r in app.attach(deck))
    type_query(app, qtbot, "krakow")
    _click(app, qtbot, _hit_index(app, app.session_id, "slide"))
    preview = app.window.pdf_preview
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.highlighted_text() == "Kraków"
    assert preview.highlighted_page() == 1
    [hit] = preview.search_model.resultsOnPage(1)
    assert hit.rectangles() and hit.rectangles()[0].width() > 0
    assert preview.view.currentSearchResultIndex() == 0
    preview.go_to_page(0)
    qtbot.waitUntil(lambda: preview.current_page() == 0)
    assert (preview.highlighted_text(), preview.highlighted_page()) == ("Kraków", 1)
    type_query(app, qtbot, "summary")
    assert (preview.highlighted_text(), preview.highlighted_page()) == ("Summary", 2)
    type_query(app, qtbot, "")
    assert preview.highlighted_text() == ""
    assert preview.highlighted_page() == -1


def test_a_search_during_an_unfinished_rebuild_says_why_once(app: App, qtbot) -> None:
    """While the index is part-rebuilt, a search says so in the status bar; the count of the
    results by series and year, failing for the same reason, does not replace that line with
    a longer one that says it again after "Counting the search results ... failed"."""
    from webinar_archive.domain.progress import Cancelled
    from webinar_archive.storage.search.base import BATCH

    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "sessions": [{"title": f"Peatland restoration {i}"} for i in range(2 * BATCH)],
    }
    app.archive.exchange.import_document(document, Path("."))
    with pytest.raises(Cancelled):
        app.archive.search.reindex(lambda step: step.done < BATCH)
    type_query(app, qtbot, "peatland")
    qtbot.waitUntil(lambda: not app.main.tasks.busy, timeout=10_000)
    shown = app.window.statusBar().currentMessage()
    assert shown.startswith("Search failed:") and "being rebuilt" in shown, shown
