"""Session → Edit Selected…: "(various)", the preview, one undo step, cancel; rename and merge
of tags and series from the browser."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

import ui_helpers
from ui_helpers import Main
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import draft_from_session
from webinar_archive.ui import bulk_edit_controller
from webinar_archive.ui.accessibility import needs_name
from webinar_archive.ui.bulk_edit_dialog import BulkEditDialog
from webinar_archive.ui.tasks import Progress, TaskContext

pytestmark = pytest.mark.sqlite_only
main = ui_helpers.main
settings = ui_helpers.settings


def _sessions(archive: Archive) -> list[int]:
    """Three sessions: two series, one status, the tag "energy" on two of them."""
    made = [
        m.SessionDraft(title="Hydrogen valleys", series="Energy Talks", tags=["energy"]),
        m.SessionDraft(title="Hydrogen ports", series="Port Days", tags=["energy", "ports"]),
        m.SessionDraft(title="Forest bioeconomy", series="Energy Talks"),
    ]
    return [archive.sessions.create(d).id for d in made]


def _open(main: Main, ids: list[int]) -> BulkEditDialog:
    main.controller.refresh_table(keep_selection=False)
    main.controller.refresh_browser()
    main.controller.select_sessions(ids)
    assert main.window.bulk_edit_action.isEnabled()
    main.window.bulk_edit_action.trigger()
    dialog = main.controller.bulk.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _state(archive: Archive, ids: list[int]) -> list[tuple[object, ...]]:
    return [(s.title, s.series, s.status, s.tags) for s in (archive.sessions.get(i) for i in ids)]


def test_the_dialog_shows_what_the_selection_shares_or_various(
    main: Main, archive: Archive
) -> None:
    """Two sessions of two series with one status: Series "(various)", Status "Draft", and
    the tags all of them have apart from those only some have."""
    ids = _sessions(archive)
    dialog = _open(main, ids[:2])
    assert dialog.now_labels["series"].text() == "(various)"
    assert dialog.now_labels["status"].text() == "Draft"
    assert dialog.now_labels["theme"].text() == "(none)"
    assert dialog.tags_label.text() == "All have: energy; Some have: ports"
    unnamed = [
        f"{type(w).__name__}: {w.toolTip()}"
        for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog) and needs_name(w)
    ]
    assert unnamed == []  # every control a screen reader reaches says what it is
    dialog.reject()
    same = _open(main, [ids[0], ids[2]])
    assert same.now_labels["series"].text() == "Energy Talks"


def test_the_preview_counts_the_sessions_that_change_and_lists_the_first(
    main: Main, archive: Archive, qtbot
) -> None:
    """Adding a tag two of three have already: "1 of 3 sessions will change" with that one
    change listed; a bad expression says why and Apply stays off; nothing is saved."""
    ids = _sessions(archive)
    before = _state(archive, ids)
    dialog = _open(main, ids)
    dialog.add_tags_edit.setText("energy")
    qtbot.waitUntil(lambda: "will change" in dialog.preview_label.text(), timeout=10_000)
    assert dialog.preview_label.text().startswith("1 of 3 sessions will change")
    item = dialog.preview_tree.topLevelItem(0)
    assert (item.text(0), item.text(3)) == (f"#{ids[2]}", "+ energy")
    assert dialog.preview_tree.topLevelItemCount() == 1
    assert dialog.apply_button.isEnabled()

    dialog.title_find.setText("([")
    dialog.regex_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=10_000)
    assert "not valid" in dialog.problem_label.text()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    assert _state(archive, ids) == before


def test_apply_is_one_undo_step(main: Main, archive: Archive, qtbot) -> None:
    """Series, status and a tag set on three sessions at once: one entry on the undo stack;
    Undo (Ctrl+Z) puts all three back as they were, redo applies it again."""
    ids = _sessions(archive)
    before = _state(archive, ids)
    stack = main.app.shell.undo_stack
    steps = stack.count()
    dialog = _open(main, ids)
    dialog.checks["series"].setChecked(True)
    series = dialog.editors["series"]
    series.setText("European Alliance")  # type: ignore[union-attr]
    status = dialog.editors["status"]
    assert isinstance(status, QComboBox)
    dialog.checks["status"].setChecked(True)
    status.setCurrentIndex(status.findData("reviewed"))
    dialog.add_tags_edit.setText("batch 7")
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: all("batch 7" in t for *_, t in _state(archive, ids)))
    after = _state(archive, ids)
    assert {(s, st) for _t, s, st, _g in after} == {("European Alliance", m.SessionStatus.REVIEWED)}
    qtbot.waitUntil(lambda: stack.count() == steps + 1)

    assert main.window.undo_action.shortcut().matches(QKeySequence.StandardKey.Undo)
    main.window.undo_action.trigger()
    qtbot.waitUntil(lambda: _state(archive, ids) == before)
    assert "batch 7" not in dict(archive.sessions.tags())
    main.window.redo_action.trigger()
    qtbot.waitUntil(lambda: _state(archive, ids) == after)


def test_all_results_of_a_filter_are_edited_without_selecting_them(
    main: Main, archive: Archive, qtbot
) -> None:
    """One row selected in a series node, "All … sessions shown" chosen: the "(various)" column
    follows, and every session of the series is edited, the others not."""
    ids = _sessions(archive)
    main.controller.refresh_browser()
    series_id = archive.sessions.get(ids[0]).series_id
    main.controller._select_node(m.SessionFilter(series_id=series_id))
    dialog = _open(main, [ids[0]])
    assert dialog.scope_combo.count() == 2
    assert dialog.now_labels["theme"].text() == "(none)"
    other = archive.sessions.get(ids[2])
    themed = draft_from_session(other)
    themed.theme = "Forests"
    archive.sessions.update(ids[2], themed, other.version)
    dialog.scope_combo.setCurrentIndex(1)
    # What the whole series shares now: one session has a theme, the other none.
    qtbot.waitUntil(lambda: dialog.now_labels["theme"].text() == "(various)", timeout=10_000)
    dialog.add_tags_edit.setText("whole series")
    qtbot.waitUntil(lambda: "2 of 2 sessions" in dialog.preview_label.text(), timeout=10_000)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "whole series" in archive.sessions.get(ids[2]).tags)
    assert "whole series" not in archive.sessions.get(ids[1]).tags


def test_cancel_leaves_none_of_it_applied(main: Main, archive: Archive, qtbot, monkeypatch) -> None:
    """A large edit runs as a job; Cancel pressed while it writes (after the first batch was
    saved) rolls all of it back and puts nothing on the undo stack."""
    monkeypatch.setattr(bulk_edit_controller, "LARGE", 1)
    ids = _sessions(archive)
    before = _state(archive, ids)
    original = TaskContext.report

    def report(self: TaskContext, progress: Progress) -> bool:
        if progress.text.startswith("Saving"):
            self.cancel()  # what the task bar's Cancel button does, mid-way through the writes
        return original(self, progress)

    monkeypatch.setattr(TaskContext, "report", report)
    cancelled: list[str] = []
    main.app.tasks.job_cancelled.connect(cancelled.append)
    steps = main.app.shell.undo_stack.count()
    dialog = _open(main, ids)
    dialog.add_tags_edit.setText("never")
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: len(cancelled) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not main.app.tasks.busy, timeout=30_000)
    assert _state(archive, ids) == before
    assert "never" not in dict(archive.sessions.tags())
    assert main.app.shell.undo_stack.count() == steps


def test_rename_and_merge_tags_and_series_from_the_browser(main: Main, archive: Archive) -> None:
    """The browser's Rename… and Merge Into… act on the one record: every session follows."""
    ids = _sessions(archive)
    main.controller.refresh_browser()
    labels = main.controller.labels
    menu = labels.menu_for(m.SessionFilter(tag="ports"))
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Rename Tag…", "Merge Into…"]
    labels.rename_tag("ports", "Harbours")
    assert set(archive.sessions.get(ids[1]).tags) == {"energy", "Harbours"}
    labels.merge_tags("energy", "Harbours")
    assert dict(archive.sessions.tags()) == {"energy": 2}
    series = {s.name: s.id for s in archive.sessions.series()}
    booklet_menu = main.app.briefs.series_menu(series["Port Days"])
    assert "Rename Series…" in [a.text() for a in booklet_menu.actions()]
    labels.merge_series(series["Energy Talks"], series["Port Days"])
    assert {archive.sessions.get(i).series for i in ids} == {"Energy Talks"}
