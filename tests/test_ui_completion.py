"""Completion of speakers' people and organisations: what is offered, and when it is read."""

from __future__ import annotations

import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit

import ui_helpers
from ui_helpers import Main
from webinar_archive.domain import model as m
from webinar_archive.domain.text import fold
from webinar_archive.services.archive import Archive
from webinar_archive.ui.speakers_table import SpeakersTable
from webinar_archive.ui.widgets import CompletionEntries, FoldingCompleter, make_completer

pytestmark = pytest.mark.sqlite_only  # the conftest archive, on SQLite only
main = ui_helpers.main
settings = ui_helpers.settings

NAMES = ["Łukasz Żak", "Anaïs Le Corvec", "Marie Dupont", "Lodewijk de Vries", "anna Lodz"]


def _entries() -> list[tuple[str, str]]:
    return [(name, fold(name)) for name in NAMES]


def test_entries_model_passes_the_model_tester(qtmodeltester) -> None:
    """The completion model is a well-behaved list model, narrowed and not."""
    entries = CompletionEntries(_entries())
    qtmodeltester.check(entries)
    entries.narrow("lo")
    qtmodeltester.check(entries)


def test_completer_offers_every_name_containing_the_typed_text_in_name_order(qtbot) -> None:
    """Typing "lod" offers the names whose folded keys contain it, sorted as before, accents
    and case aside; a name offered twice shows once; the text chosen is the name."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    entries = CompletionEntries([*_entries(), ("Marie Dupont", fold("Marie Dupont"))])
    completer = FoldingCompleter(entries, edit)
    edit.setCompleter(completer)
    assert entries.names() == sorted(NAMES, key=str.casefold)

    completer.setCompletionPrefix("LOD")
    assert completer.completionCount() == 2
    model = completer.completionModel()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == ["anna Lodz", "Lodewijk de Vries"]
    assert completer.currentCompletion() == "anna Lodz"

    completer.setCompletionPrefix("lukasz zak")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Łukasz Żak"
    completer.setCompletionPrefix("nobody")
    assert completer.completionCount() == 0


def test_a_word_completer_keeps_its_words(qtbot) -> None:
    """The series, tags, time zone and language fields complete from the words they were
    given, still after Python's collector has run."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setCompleter(make_completer(["Europe/Warsaw", "Europe/Paris"], edit))
    gc.collect()
    completer = edit.completer()
    completer.setCompletionPrefix("war")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Europe/Warsaw"


def _open_cell(table: SpeakersTable, row: int, col: int) -> QLineEdit:
    index = table.model.index(row, col)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def _close_editor(table: SpeakersTable, editor: QLineEdit) -> None:
    table.view.commitData(editor)
    table.view.closeEditor(editor, table.person_delegate.EndEditHint.NoHint)


def test_a_person_added_after_start_is_offered_in_the_same_session(
    main: Main, archive: Archive, qtbot
) -> None:
    """A speaker typed into the open session is saved as a new person; the next person cell
    edited in that session offers them, without showing another session first."""
    sid = archive.sessions.create(
        m.SessionDraft(title="One", speakers=[m.SpeakerDraft("Kevin Morgan", "Cardiff")])
    ).id
    main.controller.refresh_table()
    main.controller.select_sessions([sid])
    table = main.window.editor.speakers
    entries = table.person_delegate.entries
    editor = _open_cell(table, 0, table.COL_PERSON)
    qtbot.waitUntil(lambda: entries.names() == ["Kevin Morgan"])
    _close_editor(table, editor)

    table.add_button.click()  # a new row, its person cell being edited
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Zofia Nowak")
    _close_editor(table, editor)
    qtbot.waitUntil(
        lambda: (
            [a.person_name for a in archive.sessions.get(sid).appearances]
            == ["Kevin Morgan", "Zofia Nowak"]
        )
    )
    assert main.controller.editor.session is not None
    assert main.controller.editor.session.id == sid  # still the same session

    editor = _open_cell(table, 0, table.COL_PERSON)
    qtbot.waitUntil(lambda: "Zofia Nowak" in entries.names())
    completer = editor.completer()
    completer.setCompletionPrefix("zof")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Zofia Nowak"


def test_names_read_while_the_user_types_are_offered_at_once(
    main: Main, archive: Archive, qtbot
) -> None:
    """The names are read when a person cell is first edited; what was typed before they
    arrived is completed as soon as they do, without typing again."""
    archive.sessions.create(
        m.SessionDraft(title="One", speakers=[m.SpeakerDraft("Anaïs Le Corvec", "CEBR")])
    )
    sid = archive.sessions.create(
        m.SessionDraft(title="Two", speakers=[m.SpeakerDraft("Kevin Morgan", "Cardiff")])
    ).id
    main.controller.refresh_table()
    main.controller.select_sessions([sid])
    table = main.window.editor.speakers
    entries = table.person_delegate.entries
    assert entries.names() == []  # nothing read before a speaker is edited
    editor = _open_cell(table, 0, table.COL_PERSON)
    editor.setFocus()
    qtbot.keyClicks(editor, "corvec", delay=-1)  # before the answer is handled
    assert entries.names() == []
    completer = editor.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Anaïs Le Corvec"


def test_series_and_tags_are_read_when_their_field_is_focused(
    main: Main, archive: Archive, qtbot
) -> None:
    """Start-up reads no completion words (the browser reads its own counts); focusing the
    series field reads the series and tags, and what was typed before they arrived is
    completed as soon as they do."""
    archive.sessions.create(m.SessionDraft(title="One", series="Cluster Talks", tags=["energy"]))
    sid = archive.sessions.create(m.SessionDraft(title="Two")).id
    main.controller.refresh_table()
    main.controller.select_sessions([sid])
    view = main.window.editor
    series = view.series_edit.completer()
    tags = view.tags_edit._completer
    qtbot.wait(200)  # time for anything started with the window to be read
    assert series.model().stringList() == [] and tags.model().stringList() == []

    view.series_edit.setFocus()
    qtbot.keyClicks(view.series_edit, "clu", delay=-1)  # before the answer is handled
    qtbot.waitUntil(lambda: series.popup().isVisible())
    assert series.currentCompletion() == "Cluster Talks"
    assert tags.model().stringList() == ["energy"]


def test_names_arriving_do_not_pop_up_over_an_untouched_name(
    main: Main, archive: Archive, qtbot
) -> None:
    """Opening a speaker's person cell reads the names; when they arrive, no list pops up
    over the name the cell holds until the user types."""
    sid = archive.sessions.create(
        m.SessionDraft(title="One", speakers=[m.SpeakerDraft("Kevin Morgan", "Cardiff")])
    ).id
    main.controller.refresh_table()
    main.controller.select_sessions([sid])
    table = main.window.editor.speakers
    entries = table.person_delegate.entries
    editor = _open_cell(table, 0, table.COL_PERSON)
    editor.setFocus()
    assert editor.text() == "Kevin Morgan"
    qtbot.waitUntil(lambda: entries.names() == ["Kevin Morgan"])
    completer = editor.completer()
    assert not completer.popup().isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "kev")  # typing offers them as before
    assert completer.popup().isVisible()
    assert completer.currentCompletion() == "Kevin Morgan"
