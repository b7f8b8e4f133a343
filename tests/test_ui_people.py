"""The people and organisations manager: counts, sessions, rename with aliases, merge."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QMessageBox

import ui_helpers
from ui_helpers import Main
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.ui.people_manager import ID_ROLE

# Fixtures shared with the other UI test modules.
pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
main = ui_helpers.main
settings = ui_helpers.settings


def _session_with(archive: Archive, title: str, name: str, org: str) -> int:
    draft = m.SessionDraft(title=title, speakers=[m.SpeakerDraft(name, org)])
    return archive.sessions.create(draft).id


def _open_manager(main: Main):
    main.window.people_action.trigger()
    manager = main.app.people.manager
    assert manager is not None
    return manager


def test_merge_two_people_keeps_every_appearance(
    main: Main,
    archive: Archive,
    monkeypatch,
) -> None:
    """Merging 'Anais Le Corvec' into 'Anaïs Le Corvec' keeps both sessions on one person."""
    archive.sessions.create_demo()
    other = _session_with(archive, "Cluster talk", "Anais Le Corvek", "CEBR")
    manager = _open_manager(main)
    people = manager.people
    people.pane.filter_edit.setText("corve")
    people.refresh()
    names = {
        people.pane.list.topLevelItem(i).text(0): people.pane.list.topLevelItem(i)
        for i in range(people.pane.list.topLevelItemCount())
    }
    assert set(names) == {"Anaïs Le Corvec", "Anais Le Corvek"}
    for item in names.values():
        item.setSelected(True)
    assert people.pane.merge_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("Anaïs Le Corvec", True))
    people.pane.merge_button.click()

    kept = archive.people.find_person("Anaïs Le Corvec")
    assert kept is not None
    assert kept.appearance_count == 2
    assert "Anais Le Corvek" in kept.aliases
    assert archive.sessions.get(other).appearances[0].person_id == kept.id
    assert people.pane.list.topLevelItemCount() == 1
    assert people.pane.list.topLevelItem(0).text(1) == "2"


def test_selected_person_lists_their_sessions(main: Main, archive: Archive) -> None:
    """Selecting a person shows the sessions they appear in."""
    archive.sessions.create_demo()
    _session_with(archive, "Second talk", "Kevin Morgan", "Cardiff University")
    people = _open_manager(main).people
    people.pane.filter_edit.setText("morgan")
    people.refresh()
    people.pane.list.topLevelItem(0).setSelected(True)
    titles = [people.pane.sessions.item(i).text() for i in range(people.pane.sessions.count())]
    assert len(titles) == 2
    assert any("Second talk" in t for t in titles)


def test_rename_organisation_with_alias(main: Main, archive: Archive) -> None:
    """Renaming an organisation and adding an alias is stored and shown in the sessions."""
    sid = _session_with(archive, "Talk", "Valentina Pinna", "DG GROW")
    orgs = _open_manager(main).organisations
    orgs.pane.list.topLevelItem(0).setSelected(True)
    orgs.pane.name_edit.setText("DG Internal Market, Industry, Entrepreneurship and SMEs")
    orgs.pane.aliases_edit.setText("DG GROW; GROW")
    orgs.pane.save_button.click()
    session = archive.sessions.get(sid)
    assert session.appearances[0].organisation_name.startswith("DG Internal Market")
    org = archive.people.organisation(session.appearances[0].organisation_id)
    assert set(org.aliases) >= {"DG GROW", "GROW"}


@pytest.mark.parametrize("kind", ["person", "organisation"])
@pytest.mark.parametrize("keep_second", [False, True])
def test_merge_keeping_either_one_shows_no_error(
    main: Main, archive: Archive, monkeypatch, qtbot, kind: str, keep_second: bool
) -> None:
    """Keeping either of the two (the second too) merges them and leaves the kept one selected."""
    _session_with(archive, "First talk", "Kevin Morgan", "Cardiff University")
    _session_with(archive, "Second talk", "Kevin Morgen", "Cardiff Univ")
    failures: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "open", lambda box: failures.append(box.text() + box.informativeText())
    )
    manager = _open_manager(main)
    pane_ctl = manager.people if kind == "person" else manager.organisations
    manager.dialog.tabs.setCurrentWidget(pane_ctl.pane)
    lst = pane_ctl.pane.list
    items = [lst.topLevelItem(i) for i in range(lst.topLevelItemCount())]
    assert len(items) == 2
    # As a user does: click the first, Ctrl+click the second (which becomes the current item).
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=_centre(lst, items[0]))
    qtbot.mouseClick(
        lst.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=_centre(lst, items[1]),
    )
    assert len(pane_ctl.selected_ids()) == 2
    keep_item = items[1] if keep_second else items[0]
    keep_name, keep_id = keep_item.text(0), keep_item.data(0, ID_ROLE)
    del items, keep_item  # hold no item: the list deletes its items on refresh

    def answer() -> None:  # the real "Keep which one?" dialog, answered as a user would
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findText(keep_name))
        dialog.accept()

    QTimer.singleShot(0, answer)
    pane_ctl.pane.merge_button.click()
    qtbot.wait(50)

    assert failures == []
    assert pane_ctl.selected_ids() == [keep_id]
    assert lst.topLevelItemCount() == 1
    assert pane_ctl.pane.name_edit.text() == keep_name


def _centre(lst, item) -> QPoint:
    return lst.visualItemRect(item).center()


def _open_in_editor(main: Main, session_id: int) -> None:
    main.controller.refresh_table()
    main.controller.select_sessions([session_id])
    assert main.controller.editor.session is not None
    assert main.controller.editor.session.id == session_id


def _capture_boxes(monkeypatch) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    return shown


def _press(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_organisation_cell_completes_acronyms_and_unaccented_names(
    main: Main, archive: Archive, qtbot
) -> None:
    """Typing "cebr" or "liege" in a speaker's organisation offers the stored full names."""
    _session_with(archive, "One", "Anaïs Le Corvec", "Council of European BioRegions (CEBR)")
    _session_with(archive, "Two", "Marie Dupont", "Université de Liège")
    sid = _session_with(archive, "Three", "Kevin Morgan", "Cardiff University")
    _open_in_editor(main, sid)
    table = main.window.editor.speakers
    view = table.view
    view.edit(table.model.index(0, table.COL_ORG))
    # The names are read in the background when a speaker's cell is first edited.
    qtbot.waitUntil(lambda: len(table.org_delegate.entries.names()) == 3)
    editor = view.indexWidget(table.model.index(0, table.COL_ORG)) or QApplication.focusWidget()
    completer = editor.completer()
    assert completer is not None
    for typed, offered in (
        ("cebr", "Council of European BioRegions (CEBR)"),
        ("BioRegions", "Council of European BioRegions (CEBR)"),
        ("liege", "Université de Liège"),
    ):
        completer.setCompletionPrefix(typed)
        assert completer.completionCount() == 1, typed
        assert completer.currentCompletion() == offered


def test_an_organisation_left_without_sessions_is_offered_for_removal(
    main: Main, archive: Archive, qtbot, monkeypatch
) -> None:
    """Changing a speaker's organisation inline asks whether to remove the old one, now named
    by no session; Remove deletes it, and Undo still brings the old organisation back."""
    sid = _session_with(archive, "One", "Kevin Morgan", "Cardiff Uni")
    _open_in_editor(main, sid)
    shown = _capture_boxes(monkeypatch)
    table = main.window.editor.speakers
    table.model.item(0, table.COL_ORG).setText("Cardiff University")
    qtbot.waitUntil(lambda: bool(shown))
    [box] = shown
    assert "Cardiff Uni”" in box.text()
    _press(box, "Remove")
    assert [o.name for o in archive.people.organisations()] == ["Cardiff University"]

    main.window.undo_action.trigger()
    session = archive.sessions.get(sid)
    assert [a.organisation_name for a in session.appearances] == ["Cardiff Uni"]
    qtbot.waitUntil(lambda: len(shown) == 2)  # now "Cardiff University" is the unused one
    _press(shown[1], "Keep")
    assert {o.name for o in archive.people.organisations()} == {"Cardiff Uni", "Cardiff University"}


def test_manager_removes_unused_people_and_organisations(
    main: Main, archive: Archive, monkeypatch
) -> None:
    """The manager's "Remove Unused People and Organisations…" names them, then deletes them
    and refreshes its lists; records in use stay."""
    sid = _session_with(archive, "One", "Kevin Morgan", "Cardiff Uni")
    session = archive.sessions.get(sid)
    archive.sessions.update(
        sid,
        m.SessionDraft(title="One", speakers=[m.SpeakerDraft("Kevin J. Morgan", "Cardiff")]),
        session.version,
    )
    manager = _open_manager(main)
    shown = _capture_boxes(monkeypatch)
    manager.dialog.remove_unused_button.click()
    [box] = shown
    assert "Kevin Morgan" in box.informativeText() and "Cardiff Uni" in box.informativeText()
    _press(box, "Remove")
    assert [p.display_name for p in archive.people.people()] == ["Kevin J. Morgan"]
    assert [o.name for o in archive.people.organisations()] == ["Cardiff"]
    lst = manager.organisations.pane.list
    assert [lst.topLevelItem(i).text(0) for i in range(lst.topLevelItemCount())] == ["Cardiff"]
