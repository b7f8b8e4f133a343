"""The exchange files: the library (or some sessions) as JSON or CSV, out and back in."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from ..domain import model as m
from ..domain.errors import ArchiveError, FileStoreError, ValidationError
from ..domain.imports import ExportResult, ImportReport
from ..domain.input_files import CSV_LIMIT, read_capped
from ..domain.messages import _t
from ..domain.progress import Cancelled, Progress, ReportProgress, step
from ..export.exchange import (
    ExchangeInput,
    build_exchange,
    exchange_file_path,
    files_of,
    write_exchange,
    write_sessions_csv,
)
from ..export.output import output_target
from ..importers.exchange import (
    ExchangeSession,
    check_exchange,
    exchange_session,
    load_exchange,
    org_order,
    parse_datetime,
    parse_machine,
)
from ..importers.spreadsheet import decode_csv, parse_csv
from ..storage.catalogue import Catalogue
from ..storage.filestore import StoredFile, confined, copy_out
from ..storage.uow import UnitOfWork
from .attachments import adding_files
from .drafts import DraftSaver, draft_label

# Sessions per multi-row insert: large enough that per-statement costs vanish, small enough
# that a batch's rows and index entries stay a few megabytes.
WRITE_BATCH = 500


class ExchangeService:
    """``archive.exchange``: exchange documents and CSV sheets written out and read back."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue
        self._drafts = DraftSaver(catalogue)

    def exchange_document(self, ids: Sequence[int] | None = None) -> dict[str, Any]:
        """The whole library (or ``ids``) as an id-independent exchange document.

        Lossless means the trash too: those sessions carry their ``deleted_at``, and an import
        puts them back in the trash.
        """
        with self._cat.uow() as uow:
            if ids is not None:
                session_ids = list(ids)
            else:
                session_ids = uow.query.session_ids(m.SessionFilter())
                session_ids += uow.query.session_ids(m.SessionFilter(trash=True))
            data = ExchangeInput(
                sessions=uow.sessions.sessions_for_export(session_ids),
                people=uow.directory.list_people(),
                organisations=uow.directory.list_organisations(),
                series=uow.query.series_counts(),
                whole_library=ids is None,
            )
        return build_exchange(data)

    def export_json(
        self, target: Path, ids: Sequence[int] | None = None, *, with_files: bool = False
    ) -> ExportResult:
        """Write the exchange JSON; with files, copy them into ``files/`` beside it."""
        document = self.exchange_document(ids)
        output_target(target)  # a folder or a device is refused before anything is copied
        copied = 0
        missing: list[str] = []
        if with_files:
            for stored_path, relative in files_of(document):
                try:
                    source = self._cat.files.resolve(stored_path)
                    # Computed from catalogue values: checked, never written outside the folder.
                    destination = confined(target.parent, relative)
                except FileStoreError as exc:
                    missing.append(f"{stored_path} ({exc})")
                    continue
                if not source.is_file():
                    missing.append(stored_path)
                    continue
                if not destination.exists():
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    copy_out(source, destination)
                copied += 1
        write_exchange(document, target)
        return ExportResult(str(target), len(document["sessions"]), copied, tuple(missing))

    def import_json(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        force: bool = False,
        progress: ReportProgress | None = None,
        allow_linked: bool = False,
    ) -> ImportReport:
        """Import an exchange file; people and organisations are matched, never duplicated.

        Files come from the exchange file's folder (or this library); a file the exchange
        file says is linked in place elsewhere on this machine is refused unless
        ``allow_linked``, and then listed in the report's ``linked``.
        """
        return self.import_document(
            load_exchange(path),
            path.parent,
            dry_run=dry_run,
            force=force,
            progress=progress,
            allow_linked=allow_linked,
        )

    def import_document(
        self,
        document: Any,
        base: Path,
        *,
        dry_run: bool = False,
        force: bool = False,
        progress: ReportProgress | None = None,
        allow_linked: bool = False,
    ) -> ImportReport:
        document = check_exchange(document)
        report = ImportReport("json", dry_run=dry_run)
        people = {
            p["key"]: p for p in document.get("people", []) if isinstance(p, dict) and "key" in p
        }
        known_orgs = {
            o["key"]
            for o in document.get("organisations", [])
            if isinstance(o, dict) and "key" in o
        }
        checked: list[ExchangeSession] = []
        records = document.get("sessions", [])
        for index, record in enumerate(records, start=1):
            title = str(record.get("title") or "") if isinstance(record, dict) else ""
            label = (
                _t("session {index} ({title})").format(index=index, title=title)
                if title
                else _t("session {index}").format(index=index)
            )
            try:
                checked.append(exchange_session(record, people, known_orgs))
            except (ValidationError, AttributeError, TypeError) as exc:
                report.refuse(label, str(exc))
        # One look-up for the whole file rather than one query per session.
        found = (
            [None] * len(checked)
            if force
            else self._drafts.duplicates_of(
                [item.draft for item in checked], [item.deleted_at is not None for item in checked]
            )
        )
        parsed: list[ExchangeSession] = []
        for item, existing in zip(checked, found, strict=True):
            if existing is not None:
                report.duplicates.append(f"{draft_label(item.draft)} (already session {existing})")
                continue
            parsed.append(item)
        # Where each file comes from is checked before anything is written, the same way for
        # the dry run: a session whose files cannot be taken is refused on its own.
        located: list[ExchangeSession] = []
        for item in parsed:
            plan = ImportReport("json", dry_run=True)
            try:
                for entry in _file_entries(item):
                    self._locate(entry, base, allow_linked, plan)
            except ArchiveError as exc:
                report.refuse(draft_label(item.draft), str(exc))
                continue
            located.append(item)
            if dry_run:
                report.planned.append(draft_label(item.draft))
                report.missing += plan.missing
                report.linked += plan.linked
        if dry_run:
            return report
        parsed = located
        # Everything was checked above, the dry run included; the sessions are now written in
        # one transaction, so an import is saved whole or not at all. The copies stay protected
        # from deletes until the rows naming them are committed, and are removed on failure.
        try:
            with adding_files(self._cat) as brought:
                paths: dict[int, tuple[str, bool]] = {}
                for index, item in enumerate(parsed):
                    step(progress, item.draft.title, index, len(parsed))
                    for entry in _file_entries(item):
                        paths[id(entry)] = self._bring_file(
                            entry, base, report, brought, allow_linked
                        )
                created: list[int] = []
                with self._cat.uow() as uow:
                    person_ids, org_ids = self._authority_records(uow, document, people)
                    for item in parsed:
                        for speaker, pkey, okey in zip(
                            item.draft.speakers, item.person_keys, item.org_keys, strict=True
                        ):
                            speaker.person_id = person_ids[pkey]
                            speaker.organisation_id = org_ids.get(okey) if okey else None
                    # Written in batches of multi-row inserts, still in one transaction: the
                    # file is imported whole or not at all, as its dry run promised.
                    for start in range(0, len(parsed), WRITE_BATCH):
                        batch = parsed[start : start + WRITE_BATCH]
                        created += self._write_batch(uow, batch, paths)
                    uow.commit()
        except Cancelled:  # before anything was written: nothing was imported
            report.cancelled = True
            report.missing.clear()
            report.linked.clear()
            return report
        except (ArchiveError, KeyError, ValueError, TypeError) as exc:
            raise ArchiveError(
                _t("Nothing was imported: {value}").format(value=exc or exc.__class__.__name__)
            ) from exc
        report.created += created
        for item in parsed:
            report.attached += [
                e["original_name"]
                for e in _file_entries(item)
                if _entry_label(e) not in report.missing
            ]
        if progress is not None:
            progress(Progress("", len(parsed), len(parsed)))
        return report

    @staticmethod
    def _authority_records(
        uow: UnitOfWork, document: dict[str, Any], people: dict[str, dict[str, Any]]
    ) -> tuple[dict[str, int], dict[str, int]]:
        person_ids: dict[str, int] = {}
        org_ids: dict[str, int] = {}
        for series in document.get("series", []):
            if isinstance(series, dict) and str(series.get("name") or "").strip():
                uow.people.ensure_series(
                    str(series["name"]),
                    series.get("organiser"),
                    series.get("url"),
                    series.get("description") or "",
                )
        orgs = [
            org
            for org in org_order(document.get("organisations", []))
            if str(org.get("name") or "").strip()
        ]
        position = {org["key"]: index for index, org in enumerate(orgs)}
        made = uow.people.ensure_organisations(
            [
                (
                    str(org["name"]),
                    org.get("acronym"),
                    [str(a) for a in org.get("aliases") or []],
                    org.get("identifier"),
                    position.get(org.get("parent") or ""),
                )
                for org in orgs
            ]
        )
        org_ids.update(zip((org["key"] for org in orgs), made, strict=True))
        named = [
            (key, person)
            for key, person in people.items()
            if str(person.get("display_name") or "").strip()
        ]
        found = uow.people.ensure_people(
            [
                (
                    str(person["display_name"]),
                    person.get("sort_name"),
                    [str(a) for a in person.get("aliases") or []],
                    person.get("notes") or "",
                )
                for _, person in named
            ]
        )
        person_ids.update(zip((key for key, _ in named), found, strict=True))
        return person_ids, org_ids

    def _locate(
        self, entry: dict[str, Any], base: Path, allow_linked: bool, report: ImportReport
    ) -> tuple[Path, bool] | None:
        """The entry's file, and whether to link it; None when it is missing (a reference).

        Only the exchange file's folder ``base`` and this library's store are searched, each
        path confined to its folder. A file linked in place elsewhere is taken only when the
        user allows it, and is listed in ``report.linked``. ArchiveError refuses the entry.
        """
        name = str(entry["original_name"])
        stored = str(entry["stored_path"])
        sha = str(entry.get("sha256") or "")
        linked = bool(entry.get("linked")) and Path(stored).is_absolute()
        try:
            if linked and allow_linked and Path(stored).is_file():
                report.linked.append(f"{name}: {stored}")
                return Path(stored), True
            candidates: list[Path] = []
            if sha:
                candidates.append(confined(base, exchange_file_path(sha, stored)))
            if not linked:
                candidates.append(confined(base, stored))
        except FileStoreError as exc:
            raise ValidationError(_t("{name}: {exc}").format(name=name, exc=exc)) from exc
        if not linked:
            # A path this library's store would not read leaves the bundle the only place.
            with suppress(FileStoreError):
                candidates.append(self._cat.files.resolve(stored))
        for path in candidates:
            if path.is_file():
                return path, False
        if linked:
            if not allow_linked:
                raise ValidationError(
                    _t(
                        "{name} is linked to {stored}, a file outside the exchange file's "
                        "folder: not imported. Pass --allow-linked to link such files in place."
                    ).format(name=name, stored=stored)
                )
            report.linked.append(f"{name}: {stored}")
        else:
            try:
                # Kept as a reference, the path must be one the store may later read or delete.
                self._cat.files.resolve(stored)
            except FileStoreError as exc:
                raise ValidationError(_t("{name}: {exc}").format(name=name, exc=exc)) from exc
        report.missing.append(_entry_label(entry))
        return None

    def _bring_file(
        self,
        entry: dict[str, Any],
        base: Path,
        report: ImportReport,
        brought: list[StoredFile],
        allow_linked: bool,
    ) -> tuple[str, bool]:
        """Copy (or link) the entry's file into the library; a missing one stays a reference."""
        found = self._locate(entry, base, allow_linked, report)
        if found is None:
            return str(entry["stored_path"]), bool(entry.get("linked"))
        path, link = found
        stored = self._cat.files.add(path, link=link)
        if entry.get("sha256") and stored.sha256 != entry["sha256"]:
            report.warnings.append(
                _t(
                    "{name}: the file found differs from the one exported (other content); it "
                    "was attached anyway."
                ).format(name=entry["original_name"])
            )
        brought.append(stored)
        return stored.stored_path, stored.linked

    @classmethod
    def _write_batch(
        cls, uow: UnitOfWork, items: list[ExchangeSession], paths: dict[int, tuple[str, bool]]
    ) -> list[int]:
        """Sessions with their speakers, links and tags in a few statements; then the parts
        (materials, recordings), which only sessions with files have, one by one."""
        written = uow.new_sessions.add(
            [item.draft for item in items],
            [(item.created_at, item.updated_at, item.deleted_at) for item in items],
        )
        for item, session_id in zip(items, written, strict=True):
            if item.recordings or item.materials:
                app_ids = uow.sessions.appearance_ids(session_id)
                cls._write_parts(uow, item, session_id, app_ids, paths)
        return written

    @staticmethod
    def _write_parts(
        uow: UnitOfWork,
        item: ExchangeSession,
        session_id: int,
        app_ids: list[int],
        paths: dict[int, tuple[str, bool]],
    ) -> None:
        rec_ids: list[int] = []
        for rec in item.recordings:
            recording = m.RecordingDraft(
                file=_file_ref(rec, paths[id(rec)]),
                duration_ms=rec.get("duration_ms"),
                container=rec.get("container"),
                video_codec=rec.get("video_codec"),
                audio_codec=rec.get("audio_codec"),
                width=rec.get("width"),
                height=rec.get("height"),
                resume_ms=int(rec.get("resume_ms") or 0),
                watched=bool(rec.get("watched")),
                probe_warning=rec.get("probe_warning"),
                added_at=parse_datetime(rec.get("added_at")),
            )
            rid = uow.parts.add_recording(session_id, recording, [])
            for chapter in rec.get("chapters") or []:
                uow.parts.add_chapter(
                    rid,
                    int(chapter["start_ms"]),
                    chapter.get("end_ms"),
                    str(chapter.get("title") or ""),
                    _nth(app_ids, chapter.get("appearance")),
                )
            for note in rec.get("notes") or []:
                uow.parts.add_note(
                    rid,
                    int(note["at_ms"]),
                    str(note.get("text") or ""),
                    parse_datetime(note.get("created_at")),
                )
            for track in rec.get("subtitles") or []:
                track_path, _ = paths[id(track)]
                uow.parts.add_subtitle(
                    rid,
                    m.SubtitleDraft(
                        original_name=str(track["original_name"]),
                        stored_path=track_path,
                        sha256=str(track.get("sha256") or ""),
                        language=track.get("language"),
                        label=str(track.get("label") or ""),
                        machine=parse_machine(track.get("machine")),
                    ),
                    [m.TranscriptCue(int(a), int(b), str(t)) for a, b, t in track.get("cues", [])],
                )
            rec_ids.append(rid)
        for mat in item.materials:
            pages = [str(p) for p in mat.get("pages") or []]
            material = m.MaterialDraft(
                file=_file_ref(mat, paths[id(mat)]),
                title=str(mat.get("title") or mat["original_name"]),
                kind=m.MaterialKind(mat.get("kind") or "other"),
                page_count=mat.get("page_count"),
                text="\n\f".join(pages),
                extraction_warning=mat.get("extraction_warning"),
                appearance_id=_nth(app_ids, mat.get("appearance")),
                recording_id=_nth(rec_ids, mat.get("recording")),
                shown_at_ms=mat.get("shown_at_ms"),
                added_at=parse_datetime(mat.get("added_at")),
            )
            uow.parts.add_material(session_id, material, pages)
        # Attaching bumps the session's dates: put back those the file gives.
        uow.sessions.set_session_times(
            session_id, item.created_at, item.updated_at, item.deleted_at
        )

    # ------------------------------------------------------------------ CSV

    def sessions(self, ids: Sequence[int] | None = None) -> list[m.Session]:
        """Whole sessions (default: all but the trash), loaded in batches, in ``ids`` order."""
        with self._cat.uow() as uow:
            session_ids = list(ids) if ids is not None else uow.query.session_ids(m.SessionFilter())
            loaded = uow.sessions.sessions_for_export(session_ids, extras=False)
        return [session for session, _ in loaded]

    def export_csv(self, target: Path, ids: Sequence[int] | None = None) -> ExportResult:
        sessions = self.sessions(ids)
        write_sessions_csv(sessions, target)
        return ExportResult(str(target), len(sessions))

    def import_csv(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        force: bool = False,
        progress: ReportProgress | None = None,
    ) -> ImportReport:
        """One session per row; a bad row is refused with its row number, the rest imported."""
        try:
            text = decode_csv(read_capped(path, CSV_LIMIT, _t("a CSV file")))
        except OSError as exc:
            raise ArchiveError(
                _t("Cannot read {path}: {value}").format(path=path, value=exc.strerror or exc)
            ) from exc
        parsed = parse_csv(text)
        report = ImportReport("csv", dry_run=dry_run)
        for row, reason in parsed.errors:
            report.refuse(_t("row {row}").format(row=row), reason)
        drafts = [s.draft for s in parsed.sessions]
        saved = self._drafts.save_all(
            drafts, force=force, page=None, dry_run=dry_run, progress=progress, kind="csv"
        )
        saved.refused = report.refused + saved.refused
        return saved


def _file_entries(item: ExchangeSession) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = list(item.materials)
    for rec in item.recordings:
        entries.append(rec)
        entries.extend(x for x in rec.get("subtitles") or [] if isinstance(x, dict))
    return entries


def _entry_label(entry: dict[str, Any]) -> str:
    sha = str(entry.get("sha256") or "")
    return f"{entry.get('original_name')} ({sha[:12]}…)" if sha else str(entry.get("original_name"))


def _nth(ids: Sequence[int], index: Any) -> int | None:
    """The id an exchange file refers to by its position, or None when it points nowhere."""
    if isinstance(index, int) and 0 <= index < len(ids):
        return ids[index]
    return None


def _file_ref(entry: dict[str, Any], where: tuple[str, bool]) -> m.FileRef:
    """An exchange file's entry as a reference to the file it brought: (stored path, linked)."""
    stored_path, linked = where
    return m.FileRef(
        original_name=str(entry["original_name"]),
        media_type=str(entry.get("media_type") or "application/octet-stream"),
        size=int(entry.get("size") or 0),
        sha256=str(entry.get("sha256") or ""),
        stored_path=stored_path,
        linked=linked,
    )
