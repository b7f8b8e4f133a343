"""Saving session drafts one by one, the way every import does: duplicates skipped, each whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.imports import ImportReport, PageSource
from ..domain.messages import _t
from ..domain.progress import Cancelled, Progress, ReportProgress, step
from ..storage.catalogue import Catalogue
from .people import with_known_organisations


class DraftSaver:
    """Writes drafts for the page, folder and exchange imports over one catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def duplicate_of(self, draft: m.SessionDraft) -> int | None:
        with self._cat.uow() as uow:
            found = uow.sessions.find_sessions_by_title_date(draft.title, draft.date)
        return found[0] if found else None

    def duplicates_of(
        self, drafts: Sequence[m.SessionDraft], trashed: Sequence[bool] | None = None
    ) -> list[int | None]:
        """``duplicate_of`` for many drafts, in one read of the catalogue. A draft marked in
        ``trashed`` (one that goes to the trash) also matches a session in the trash, so that
        importing the same file again does not add its trash a second time."""
        keys = [(draft.title, draft.date) for draft in drafts]
        to_trash = list(trashed) if trashed is not None else [False] * len(keys)
        with self._cat.uow() as uow:
            live = uow.sessions.find_sessions_by_titles_dates(
                [k for k, t in zip(keys, to_trash, strict=True) if not t]
            )
            anywhere = uow.sessions.find_sessions_by_titles_dates(
                [k for k, t in zip(keys, to_trash, strict=True) if t], trash=True
            )
        return [(anywhere if t else live).get(k) for k, t in zip(keys, to_trash, strict=True)]

    def save_one(
        self, draft: m.SessionDraft, page: PageSource | None, report: ImportReport, label: str
    ) -> int | None:
        """One session in its own unit of work: saved whole or not at all."""
        try:
            # The store's shared lock until the snapshot's row is committed: check --repair
            # must not take the new page for an orphan meanwhile.
            with self._cat.files.adding(), self._cat.uow() as uow:
                session_id = uow.sessions.add_session(with_known_organisations(uow.people, draft))
                if page is not None:
                    stored = self._cat.files.write_bytes(page.data, ".html", subdir="snapshots")
                    uow.sessions.add_snapshot(
                        session_id, page.url, stored.stored_path, stored.sha256, page.retrieved_at
                    )
                uow.commit()
        except ArchiveError as exc:
            report.refuse(label, str(exc))
            return None
        report.created.append(session_id)
        return session_id

    def save_all(
        self,
        drafts: Sequence[m.SessionDraft],
        *,
        force: bool,
        page: PageSource | None,
        dry_run: bool,
        progress: ReportProgress | None,
        kind: str,
    ) -> ImportReport:
        """Each draft saved on its own; a cancel keeps those saved before it (``cancelled``)."""
        report = ImportReport(kind, dry_run=dry_run)
        try:
            for index, draft in enumerate(drafts):
                step(progress, draft.title, index, len(drafts))
                self._save_next(index, draft, force, page, dry_run, kind, report)
        except Cancelled:
            report.cancelled = True
        if progress is not None and not report.cancelled:
            progress(Progress("", len(drafts), len(drafts)))
        return report

    def _save_next(
        self,
        index: int,
        draft: m.SessionDraft,
        force: bool,
        page: PageSource | None,
        dry_run: bool,
        kind: str,
        report: ImportReport,
    ) -> None:
        label = draft_label(draft)
        if not draft.title.strip() and kind == "page" and (draft.series or draft.date):
            # A page without a heading still names its event and day; keep what it says
            # under a stand-in title rather than lose it, and say so.
            draft = replace(draft, title=_stand_in_title(draft))
            report.warnings.append(
                _t("The page gave no title; saved as “{title}”: rename it.").format(
                    title=draft.title
                )
            )
        if not draft.title.strip():
            report.refuse(
                label or _t("session {value}").format(value=index + 1), _t("it has no title")
            )
            return
        existing = None if force else self.duplicate_of(draft)
        if existing is not None:
            report.duplicates.append(
                _t("{label} (already session {existing})").format(label=label, existing=existing)
            )
            return
        if dry_run:
            report.planned.append(label)
            return
        self.save_one(draft, page, report, label)


def draft_label(draft: m.SessionDraft) -> str:
    when = f"{draft.date.isoformat()} " if draft.date else ""
    return f"{when}{draft.title}".strip()


def _stand_in_title(draft: m.SessionDraft) -> str:
    """ "Series, 7 May 2024" for a page that never states its session's title."""
    when = f"{draft.date.day} {draft.date:%B %Y}" if draft.date else None
    return ", ".join(x for x in (draft.series, when) if x)
