"""The session editor: every field of one session, auto-saved per field commit, undoable."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..domain import model as m
from ..domain.errors import ArchiveError, ConflictError, NotFoundError
from ..services.archive import Archive
from ..services.sessions import (
    FieldChange,
    conflicting_changes,
    draft_from_session,
    merge_mine,
)
from .conflict_dialog import ConflictChoice, ask_conflict
from .errors import report_exception
from .formats import date_text
from .session_editor_view import NO_DATE, SessionEditorView
from .speakers_table import organisation_entries, person_entries
from .tasks import TaskFailure, TaskRunner
from .undo import FieldEdit, drop_field_edits
from .unused_records import offer_removal
from .widgets import set_completion_words

log = logging.getLogger(__name__)

# What the completers offer: people, organisations, series names and tag names.
# People and organisations as (name, folded keys): folded where they are read (the query thread).
Completions = tuple[list[tuple[str, str]], list[tuple[str, str]], list[str], list[str]]

_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


# Field name -> undo label (translated when used). Lists (speakers, links, tags) are one field.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("SessionEditor", "Edit Title"),
    "series": QT_TRANSLATE_NOOP("SessionEditor", "Edit Series"),
    "theme": QT_TRANSLATE_NOOP("SessionEditor", "Edit Theme"),
    "date": QT_TRANSLATE_NOOP("SessionEditor", "Edit Date"),
    "start_time": QT_TRANSLATE_NOOP("SessionEditor", "Edit Start Time"),
    "timezone": QT_TRANSLATE_NOOP("SessionEditor", "Edit Time Zone"),
    "duration_minutes": QT_TRANSLATE_NOOP("SessionEditor", "Edit Duration"),
    "language": QT_TRANSLATE_NOOP("SessionEditor", "Edit Language"),
    "status": QT_TRANSLATE_NOOP("SessionEditor", "Edit Status"),
    "rights": QT_TRANSLATE_NOOP("SessionEditor", "Edit Rights"),
    "source_url": QT_TRANSLATE_NOOP("SessionEditor", "Edit Source URL"),
    "notes": QT_TRANSLATE_NOOP("SessionEditor", "Edit Notes"),
    "summary": QT_TRANSLATE_NOOP("SessionEditor", "Edit Summary"),
    "speakers": QT_TRANSLATE_NOOP("SessionEditor", "Edit Speakers"),
    "links": QT_TRANSLATE_NOOP("SessionEditor", "Edit Links"),
    "tags": QT_TRANSLATE_NOOP("SessionEditor", "Edit Tags"),
}


class SessionEditorController(QObject):
    """Loads a session into the view, turns field commits into undo commands and saves them.

    Saving is automatic: every committed field is written at once with the version it was read
    at, so a concurrent change is caught by ``ConflictError`` and shown field by field, to be
    reloaded or overwritten (``conflict_dialog.py``). A change saved elsewhere is shown as soon
    as the window learns of it (``refresh_if_changed``) unless an edit is being typed.
    """

    session_saved = Signal(int)
    session_reloaded = Signal(int)
    authority_removed = Signal()  # unused people or organisations were deleted

    def __init__(self, archive: Archive, view: SessionEditorView, undo_stack: QUndoStack) -> None:
        super().__init__(view)
        self.archive = archive
        self.view = view
        self.undo_stack = undo_stack
        self.session: m.Session | None = None
        self.draft: m.SessionDraft | None = None
        self.resolve_conflict: Callable[
            [QWidget | None, ConflictError, Sequence[FieldChange]], str
        ] = ask_conflict
        self._updating = False
        # Completer word lists are reloaded only after something may have added names.
        self.completions_stale = True
        # Set by the app: the word lists are then read on the query thread, since a large
        # library has tens of thousands of names and the first session shows at start-up.
        self.tasks: TaskRunner | None = None
        self._connect()

    # --------------------------------------------------------------- wiring

    def _connect(self) -> None:
        v = self.view
        v.title_edit.editingFinished.connect(self._on_title_edit_editing_finished)
        for name, widget in (
            ("series", v.series_edit),
            ("theme", v.theme_edit),
            ("start_time", v.time_edit),
            ("timezone", v.timezone_edit),
            ("language", v.language_edit),
            ("rights", v.rights_edit),
            ("source_url", v.source_edit),
            ("tags", v.tags_edit),
        ):
            widget.editingFinished.connect(lambda n=name: self.commit_field(n))
        v.date_edit.editingFinished.connect(lambda: self.commit_field("date"))
        calendar = v.date_edit.calendarWidget()
        if calendar is not None:
            # A pick in the popup calendar is a complete edit, without waiting for focus-out.
            calendar.clicked.connect(lambda _d: self.commit_field("date"))
        v.duration_spin.editingFinished.connect(lambda: self.commit_field("duration_minutes"))
        v.status_combo.activated.connect(lambda _i: self.commit_field("status"))
        v.notes_edit.committed.connect(lambda: self.commit_field("notes"))
        v.summary_edit.committed.connect(self._on_summary_edit_committed)
        v.summary_tabs.currentChanged.connect(self._on_summary_tabs_current_changed)
        v.speakers.committed.connect(lambda: self.commit_field("speakers"))
        v.links.committed.connect(lambda: self.commit_field("links"))

    def _on_title_edit_editing_finished(self) -> None:
        self.commit_field("title")

    def _on_summary_edit_committed(self) -> None:
        self.commit_field("summary")
        self.view.summary_preview.setMarkdown(self.view.summary_edit.toPlainText())

    def _on_summary_tabs_current_changed(self, _index: int) -> None:
        self._on_summary_edit_committed()

    # --------------------------------------------------------------- loading

    def refresh_completions(self) -> None:
        """Reload the completers' people, organisations, series and tags (in the background
        when the app gave a task runner; the completers keep their old words meanwhile)."""
        if self.tasks is None:
            self._set_completions(self._read_completions())
        else:
            self.tasks.query(
                self._read_completions, self._set_completions, self._on_completions_failed
            )

    def _read_completions(self) -> Completions:
        people, sessions = self.archive.people, self.archive.sessions
        return (
            person_entries(people.people()),
            organisation_entries(people.organisations()),
            [s.name for s in sessions.series()],
            [t for t, _n in sessions.tags()],
        )

    def _set_completions(self, words: Completions) -> None:
        people, organisations, series, tags = words
        self.view.speakers.set_people(people)
        self.view.speakers.set_organisations(organisations)
        set_completion_words(self.view.series_edit.completer(), series)
        self.view.tags_edit.set_words(tags)

    def _on_completions_failed(self, failure: TaskFailure) -> None:
        # Completion is a convenience: typing still works; the next load tries again.
        log.warning("Could not read the names for completion: %s", failure.message)
        self.completions_stale = True

    def load(self, session_id: int | None) -> None:
        """Show ``session_id`` (None: the placeholder). Undo history belongs to one session."""
        drop_field_edits(self.undo_stack)
        if session_id is None:
            self.session = None
            self.draft = None
            self.view.stack.setCurrentIndex(0)
            return
        self.session = self.archive.sessions.get(session_id)
        self.draft = draft_from_session(self.session)
        if self.completions_stale:
            self.refresh_completions()
            self.completions_stale = False
        self._show_all()
        self.view.stack.setCurrentIndex(1)

    def reload(self) -> None:
        if self.session is not None:
            sid = self.session.id
            self.load(sid)
            self.session_reloaded.emit(sid)

    def _show_all(self) -> None:
        assert self.draft is not None and self.session is not None
        for name in FIELD_LABELS:
            self._show_field(name, getattr(self.draft, name))
        self._show_heading()
        in_trash = self.session.deleted_at is not None
        self.view.trash_banner.setVisible(in_trash)
        self.view.set_read_only(in_trash)
        self.view.files.show_session(self.session)

    def _show_heading(self) -> None:
        assert self.draft is not None
        d = self.draft
        self.view.heading.setText(d.title)
        bits = [b for b in (d.series, date_text(d.date)) if b]
        names = ", ".join(s.name for s in d.speakers[:4]) + ("…" if len(d.speakers) > 4 else "")
        if names:
            bits.append(names)
        self.view.subheading.setText(" · ".join(bits))

    def _show_field(self, name: str, value: Any) -> None:
        v = self.view
        self._updating = True
        try:
            if name == "title":
                v.title_edit.setText(value)
            elif name == "series":
                v.series_edit.setText(value or "")
            elif name == "theme":
                v.theme_edit.setText(value or "")
            elif name == "date":
                v.date_edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            elif name == "start_time":
                v.time_edit.setText(value.strftime("%H:%M") if value else "")
            elif name == "timezone":
                v.timezone_edit.setText(value or "")
            elif name == "duration_minutes":
                v.duration_spin.setValue(value or 0)
            elif name == "language":
                v.language_edit.setText(value or "")
            elif name == "status":
                v.status_combo.setCurrentIndex(max(0, v.status_combo.findData(value)))
            elif name == "rights":
                v.rights_edit.setText(value or "")
            elif name == "source_url":
                v.source_edit.setText(value or "")
            elif name == "notes":
                if v.notes_edit.toPlainText() != value:
                    v.notes_edit.setPlainText(value)
            elif name == "summary":
                if v.summary_edit.toPlainText() != value:
                    v.summary_edit.setPlainText(value)
                v.summary_preview.setMarkdown(value)
            elif name == "speakers":
                v.speakers.set_speakers(value)
            elif name == "links":
                v.links.set_links(value)
            elif name == "tags":
                v.tags_edit.setText(", ".join(value))
            for edit in (
                v.title_edit,
                v.series_edit,
                v.theme_edit,
                v.timezone_edit,
                v.language_edit,
                v.tags_edit,
                v.source_edit,
                v.rights_edit,
            ):
                if not edit.hasFocus():
                    edit.setCursorPosition(0)  # show the start of long values, not their end
        finally:
            self._updating = False

    def _read_field(self, name: str) -> Any:
        v = self.view

        def opt(text: str) -> str | None:
            return text.strip() or None

        if name == "title":
            return v.title_edit.text().strip()
        if name == "series":
            return opt(v.series_edit.text())
        if name == "theme":
            return opt(v.theme_edit.text())
        if name == "date":
            q = v.date_edit.date()
            return None if q == NO_DATE else dt.date(q.year(), q.month(), q.day())
        if name == "start_time":
            match = _TIME.match(v.time_edit.text())
            if not match:
                return None
            hour, minute = int(match.group(1)), int(match.group(2))
            return dt.time(hour, minute) if hour < 24 and minute < 60 else None
        if name == "timezone":
            return opt(v.timezone_edit.text())
        if name == "duration_minutes":
            return v.duration_spin.value() or None
        if name == "language":
            return opt(v.language_edit.text())
        if name == "status":
            return m.SessionStatus(v.status_combo.currentData())
        if name == "rights":
            return opt(v.rights_edit.text())
        if name == "source_url":
            return opt(v.source_edit.text())
        if name == "notes":
            return v.notes_edit.toPlainText()
        if name == "summary":
            return v.summary_edit.toPlainText()
        if name == "speakers":
            return v.speakers.speakers()
        if name == "links":
            return v.links.links()
        if name == "tags":
            return v.tags_edit.tags()
        raise KeyError(name)

    # --------------------------------------------------------------- editing

    def commit_field(self, name: str) -> None:
        """Turn what the widget shows into an undoable change, if it changed anything."""
        if self._updating or self.draft is None or self.read_only:
            return
        new = self._read_field(name)
        old = getattr(self.draft, name)
        if name == "title" and not new:
            self._show_field("title", old)  # a session always has a title
            return
        if name == "speakers" and _speaker_key(new) == _speaker_key(old):
            return
        if new == old:
            return
        label = QCoreApplication.translate("SessionEditor", str(FIELD_LABELS[name]))
        self.undo_stack.push(FieldEdit(name, label, old, new, self._apply))

    @property
    def read_only(self) -> bool:
        return self.session is not None and self.session.deleted_at is not None

    def set_field(self, name: str, value: Any) -> None:
        """Programmatic edit (e.g. F2 rename): same path as a user edit."""
        self._show_field(name, value)
        self.commit_field(name)

    def _apply(self, name: str, value: Any) -> bool:
        """Store ``value`` in the draft and save; False when the save did not happen."""
        if self.draft is None or self.session is None:
            return False
        previous = getattr(self.draft, name)
        setattr(self.draft, name, value)
        if not self._save():
            if self.draft is not None:
                setattr(self.draft, name, previous)
                self._show_field(name, previous)
            return False
        self._show_field(name, getattr(self.draft, name))
        self._show_heading()
        return True

    def _save(self) -> bool:
        assert self.session is not None and self.draft is not None
        sid = self.session.id
        try:
            saved = self.archive.sessions.update(sid, self.draft, self.session.version)
        except ConflictError as exc:
            log.info("Conflict saving session %s: %s", sid, exc)
            try:
                stored = self.archive.sessions.get(sid)
            except ArchiveError as gone:
                report_exception(self.view, gone, self.tr("The session was not saved."))
                return False
            base = draft_from_session(self.session)
            theirs = draft_from_session(stored)
            changes = conflicting_changes(base, theirs, self.draft)
            choice = self.resolve_conflict(self.view, exc, changes)
            if choice == ConflictChoice.OVERWRITE:
                # My changed fields over their version: their edits of other fields stay.
                merged = merge_mine(base, theirs, self.draft)
                try:
                    saved = self.archive.sessions.update(sid, merged, stored.version)
                except ArchiveError as again:
                    report_exception(self.view, again, self.tr("The session was not saved."))
                    return False
                self.session = saved
                self.draft = merged
                self._show_all()
            else:
                # The stack is cleared by load(); the failed command is dropped as obsolete.
                # Reload after the undo stack has finished this command (it may be mid-undo).
                self.draft = None
                QTimer.singleShot(0, self.reload)
                return False
        except ArchiveError as exc:
            report_exception(self.view, exc, self.tr("The session was not saved."))
            return False
        before = self.session
        self.session = saved
        self.completions_stale = True
        # Speakers come back with their person/organisation ids pinned.
        self.draft.speakers = draft_from_session(saved).speakers
        self.session_saved.emit(sid)
        self._check_left_behind(before, saved)
        return True

    def _check_left_behind(self, before: m.Session, after: m.Session) -> None:
        """People or organisations this edit took off the session may be named nowhere now:
        offer to remove them, once the save (or undo) has finished."""
        people = {a.person_id for a in before.appearances} - {
            a.person_id for a in after.appearances
        }
        orgs = {a.organisation_id for a in before.appearances if a.organisation_id} - {
            a.organisation_id for a in after.appearances
        }
        if people or orgs:
            QTimer.singleShot(0, lambda: self._offer_unused(sorted(people), sorted(orgs)))

    def _offer_unused(self, person_ids: list[int], org_ids: list[int]) -> None:
        try:
            people, orgs = self.archive.people.unused(person_ids, org_ids)
        except ArchiveError as exc:
            log.info("Unused records not checked: %s", exc)
            return
        offer_removal(self.view, self.archive, people, orgs, self._on_unused_removed)

    def _on_unused_removed(self) -> None:
        self.completions_stale = True
        self.authority_removed.emit()

    # --------------------------------------------------------------- changes made elsewhere

    def pending_fields(self) -> list[str]:
        """Fields whose widget holds an edit not committed yet (being typed)."""
        if self.draft is None:
            return []
        pending = []
        for name in FIELD_LABELS:
            new = self._read_field(name)
            old = getattr(self.draft, name)
            if name == "speakers":
                differs = _speaker_key(new) != _speaker_key(old)
            elif name == "title":
                differs = bool(new) and new != old
            else:
                differs = new != old
            if differs:
                pending.append(name)
        return pending

    def refresh_if_changed(self) -> bool:
        """Show what was saved elsewhere to the open session; True when something was shown.

        An edit being typed is left alone: its save meets the newer version and the conflict
        dialog shows both. Fields that did not change keep their widgets (and cursor) as they
        are. The undo history is dropped: it was made against the older version.
        """
        if self.session is None or self.draft is None:
            return False
        sid = self.session.id
        try:
            if self.archive.sessions.version(sid) == self.session.version:
                return False
            if self.pending_fields():
                return False
            stored = self.archive.sessions.get(sid)
        except NotFoundError:
            self.load(None)  # deleted for good elsewhere
            return True
        old = self.draft
        drop_field_edits(self.undo_stack)
        self.session = stored
        self.draft = draft_from_session(stored)
        for name in FIELD_LABELS:
            value = getattr(self.draft, name)
            if _comparable(name, value) != _comparable(name, getattr(old, name)):
                self._show_field(name, value)
        self._show_heading()
        in_trash = stored.deleted_at is not None
        self.view.trash_banner.setVisible(in_trash)
        self.view.set_read_only(in_trash)
        self.view.files.show_session(stored)
        self.completions_stale = True
        self.session_reloaded.emit(sid)
        return True


def _comparable(name: str, value: Any) -> Any:
    return _speaker_key(value) if name == "speakers" else value


def _speaker_key(speakers: list[m.SpeakerDraft]) -> list[tuple[Any, ...]]:
    return [
        (s.name, s.organisation or None, s.role, s.position or None, s.contribution)
        for s in speakers
    ]
