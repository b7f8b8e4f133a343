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
    QEvent,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..domain import model as m
from ..domain.errors import ArchiveError, ConflictError, NotFoundError
from ..domain.time import format_ms
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

# What the series and tags completers offer.
Completions = tuple[list[str], list[str]]
# What the speakers' completers offer: people and organisations as (name, folded keys), folded
# where they are read (the query thread).
Names = tuple[list[tuple[str, str]], list[tuple[str, str]]]

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
        # The completers' words are read when first wanted (the series or tags field focused,
        # a speaker's person or organisation edited), and again after a change may have added
        # some; not when a session shows: a large library has tens of thousands of names, and
        # reading them at start-up, on any thread, held up the scrolling of the session table.
        self._lists_stale = True  # series and tags
        self._names_stale = True  # people and organisations
        self._names_job: int | None = None
        # Set by the app: the words are then read on the query thread.
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
        v.speakers.names_wanted.connect(self._on_speakers_names_wanted)
        v.series_edit.installEventFilter(self)
        v.tags_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (
            self.view.series_edit,
            self.view.tags_edit,
        ):
            self._on_lists_wanted()
        return super().eventFilter(watched, event)

    def _on_title_edit_editing_finished(self) -> None:
        self.commit_field("title")

    def _on_summary_edit_committed(self) -> None:
        self.commit_field("summary")
        self.view.summary_preview.setMarkdown(self.view.summary_edit.toPlainText())

    def _on_summary_tabs_current_changed(self, _index: int) -> None:
        self._on_summary_edit_committed()

    # --------------------------------------------------------------- loading

    @property
    def completions_stale(self) -> bool:
        """Something may have added names: the completers' words are read again when next
        wanted."""
        return self._lists_stale or self._names_stale

    @completions_stale.setter
    def completions_stale(self, stale: bool) -> None:
        self._lists_stale = self._names_stale = stale

    def _on_lists_wanted(self) -> None:
        if not self._lists_stale:
            return
        self._lists_stale = False
        if self.tasks is None:
            self._set_lists(self._read_lists())
        else:
            self.tasks.query(self._read_lists, self._set_lists, self._on_lists_failed)

    def _read_lists(self) -> Completions:
        sessions = self.archive.sessions
        return [s.name for s in sessions.series()], [t for t, _n in sessions.tags()]

    def _set_lists(self, words: Completions) -> None:
        series, tags = words
        edit = self.view.series_edit
        set_completion_words(edit.completer(), series)
        if edit.hasFocus() and edit.isModified() and edit.text():  # typed before they arrived
            edit.completer().setCompletionPrefix(edit.text())
            edit.completer().complete()
        self.view.tags_edit.set_words(tags)

    def _on_lists_failed(self, failure: TaskFailure) -> None:
        # Completion is a convenience: typing still works; the next focus tries again.
        log.warning("Could not read the series and tags for completion: %s", failure.message)
        self._lists_stale = True

    def _on_speakers_names_wanted(self) -> None:
        if not self._names_stale:
            return
        self._names_stale = False
        if self.tasks is None:
            self._set_names(self._read_names())
            return
        if self._names_job is not None:
            self.tasks.discard(self._names_job)  # older than the change that made them stale
        self._names_job = self.tasks.query(self._read_names, self._set_names, self._on_names_failed)

    def _read_names(self) -> Names:
        people = self.archive.people
        return (
            person_entries(people.person_names()),
            organisation_entries(people.organisation_names()),
        )

    def _set_names(self, names: Names) -> None:
        self._names_job = None
        people, organisations = names
        self.view.speakers.set_people(people)
        self.view.speakers.set_organisations(organisations)

    def _on_names_failed(self, failure: TaskFailure) -> None:
        # Typing a name still works; the next edit of a speaker tries again.
        self._names_job = None
        log.warning("Could not read the names for completion: %s", failure.message)
        self._names_stale = True

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
        self._show_recorded_duration()
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

    def _show_recorded_duration(self) -> None:
        """A session with no duration of its own shows how long its recordings last, as the
        session table does, instead of "Unknown"; a typed duration still overrides it."""
        recorded = self.session.recorded_ms if self.session is not None else None
        self.view.duration_spin.setSpecialValueText(
            self.tr("%1 (recording)").replace("%1", format_ms(recorded))
            if recorded
            else self.tr("Unknown")
        )

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
        self._show_recorded_duration()
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
