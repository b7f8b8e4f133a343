"""Use cases on sessions: create, edit with version check, list for the table, trash and restore."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..domain import model as m
from ..storage.catalogue import Catalogue

# The file store's release, the demo and its media (the media prober and the player's
# chapters) are imported by the work that uses them: `list` and `show` do without.


def add_demo_media(catalogue: Catalogue, session: m.Session) -> list[str]:
    from .demo import add_demo_media as add

    return add(catalogue, session)


class SessionService:
    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def create(self, draft: m.SessionDraft) -> m.Session:
        with self._cat.uow() as uow:
            session_id = uow.sessions.add_session(draft)
            uow.commit()
        return self.get(session_id)

    def update(self, session_id: int, draft: m.SessionDraft, expected_version: int) -> m.Session:
        """Replace the fields; ConflictError when someone saved since ``expected_version``."""
        with self._cat.uow() as uow:
            uow.sessions.update_session(session_id, draft, expected_version)
            uow.commit()
        return self.get(session_id)

    def get(self, session_id: int) -> m.Session:
        with self._cat.uow() as uow:
            return uow.reads.session(session_id)

    def version(self, session_id: int) -> int:
        with self._cat.uow() as uow:
            return uow.sessions.session_version(session_id)

    def latest_id(self) -> int | None:
        with self._cat.uow() as uow:
            return uow.reads.latest_id()

    def ids(
        self,
        flt: m.SessionFilter | None = None,
        sort: m.SortKey = m.SortKey.DATE,
        descending: bool = True,
    ) -> list[int]:
        with self._cat.uow() as uow:
            return uow.query.session_ids(flt or m.SessionFilter(), sort, descending)

    def rows(self, ids: Sequence[int]) -> list[m.SessionSummary]:
        with self._cat.uow() as uow:
            return uow.query.session_rows(ids)

    def table_page(self, ids: Sequence[int]) -> m.TablePage:
        """The session table's rows of ``ids``, as the database driver gives them."""
        with self._cat.uow() as uow:
            return uow.query.table_page(ids)

    def list_rows(
        self,
        flt: m.SessionFilter | None = None,
        sort: m.SortKey = m.SortKey.DATE,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[m.SessionSummary]:
        with self._cat.uow() as uow:
            ids = uow.query.session_ids(flt or m.SessionFilter(), sort, descending, limit)
            return uow.query.session_rows(ids)

    def count(self, flt: m.SessionFilter | None = None) -> int:
        with self._cat.uow() as uow:
            return uow.query.count_sessions(flt or m.SessionFilter())

    def find(self, title: str, date: dt.date | None = None) -> list[int]:
        """Live sessions with this title (accents and case aside) on this date."""
        with self._cat.uow() as uow:
            return uow.sessions.find_sessions_by_title_date(title, date)

    def trash(self, ids: Sequence[int]) -> int:
        with self._cat.uow() as uow:
            n = uow.sessions.trash(ids)
            uow.commit()
        return n

    def restore(self, ids: Sequence[int]) -> int:
        with self._cat.uow() as uow:
            n = uow.sessions.restore(ids)
            uow.commit()
        return n

    def delete_permanently(self, ids: Sequence[int]) -> int:
        """Delete sessions for good, with their copied files once nothing else uses them."""
        with self._cat.uow() as uow:
            orphans = uow.sessions.purge(ids)
            uow.commit()
        from .attachments import release_unused

        # Checked again under the store's lock: a file being attached meanwhile stays.
        release_unused(self._cat, orphans)
        return len(ids)

    def empty_trash(self) -> int:
        with self._cat.uow() as uow:
            ids = uow.sessions.trashed_ids()
        return self.delete_permanently(ids) if ids else 0

    def create_demo(self) -> tuple[m.Session, bool]:
        """Create the demo session unless it is already there; return it and whether it is new.

        A demo session made before the demo had media, with no file at all, gets them now.
        """
        from ..domain.demo import demo_session

        draft = demo_session()
        with self._cat.uow() as uow:
            existing = uow.sessions.find_sessions_by_title_date(draft.title, draft.date)
        if existing:
            session = self.get(existing[0])
            if not session.recordings and not session.materials:
                add_demo_media(self._cat, session)
                session = self.get(session.id)
            return session, False
        session = self.create(draft)
        add_demo_media(self._cat, session)
        return self.get(session.id), True

    # Browser counts for the sidebar
    def series(self) -> list[m.Series]:
        with self._cat.uow() as uow:
            return uow.query.series_counts()

    def years(self) -> list[tuple[int, int]]:
        with self._cat.uow() as uow:
            return uow.query.year_counts()

    def tags(self) -> list[tuple[str, int]]:
        with self._cat.uow() as uow:
            return uow.query.tag_counts()

    def setting(self, key: str, default: object = None) -> object:
        with self._cat.uow() as uow:
            value = uow.settings.get_setting(key)
        return default if value is None else value

    def set_setting(self, key: str, value: object) -> None:
        with self._cat.uow() as uow:
            uow.settings.set_setting(key, value)
            uow.commit()


def draft_from_session(session: m.Session) -> m.SessionDraft:
    """The editable state of a stored session (what an editor starts from)."""
    return m.SessionDraft(
        title=session.title,
        series=session.series,
        theme=session.theme,
        date=session.date,
        start_time=session.start_time,
        timezone=session.timezone,
        duration_minutes=session.duration_minutes,
        language=session.language,
        summary=session.summary,
        source_url=session.source_url,
        retrieved_at=session.retrieved_at,
        notes=session.notes,
        status=session.status,
        rights=session.rights,
        speakers=[
            m.SpeakerDraft(
                name=a.person_name,
                organisation=a.organisation_name,
                role=a.role,
                position=a.position,
                contribution=a.contribution,
                person_id=a.person_id,
                organisation_id=a.organisation_id,
            )
            for a in session.appearances
        ],
        links=[m.LinkDraft(x.kind, x.url, x.label) for x in session.links],
        tags=list(session.tags),
    )


@dataclasses.dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a session that two editors left different: the stored and the unsaved value.

    ``mine_changed``: this editor changed it (an overwrite writes ``mine``); otherwise only the
    other editor did and an overwrite keeps ``theirs``.
    """

    name: str
    theirs: Any
    mine: Any
    mine_changed: bool
    theirs_changed: bool


def _comparable(name: str, value: Any) -> Any:
    if name == "speakers":
        # Ids are pinned on save: a speaker typed again by name is the same speaker.
        return [
            (s.name, s.organisation or None, s.role, s.position or None, s.contribution)
            for s in value
        ]
    return value


def _draft_fields() -> list[str]:
    return [f.name for f in dataclasses.fields(m.SessionDraft)]


def conflicting_changes(
    base: m.SessionDraft, theirs: m.SessionDraft, mine: m.SessionDraft
) -> list[FieldChange]:
    """Fields where the stored session (``theirs``) and the unsaved edit (``mine``) differ,
    both read from ``base``: what a conflict dialog shows, field by field."""
    changes = []
    for name in _draft_fields():
        b, t, y = (_comparable(name, getattr(d, name)) for d in (base, theirs, mine))
        if t != y:
            changes.append(
                FieldChange(name, getattr(theirs, name), getattr(mine, name), y != b, t != b)
            )
    return changes


def merge_mine(
    base: m.SessionDraft, theirs: m.SessionDraft, mine: m.SessionDraft
) -> m.SessionDraft:
    """The stored session with every field this editor changed since ``base`` set to its value:
    an overwrite keeps my edits without undoing the other editor's edits of other fields."""
    merged = copy.deepcopy(theirs)
    for name in _draft_fields():
        if _comparable(name, getattr(mine, name)) != _comparable(name, getattr(base, name)):
            setattr(merged, name, copy.deepcopy(getattr(mine, name)))
    return merged
