"""Sessions from folders: one session per folder of files, found again on a second import."""

from __future__ import annotations

import dataclasses
import os
import threading
from collections import deque
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.imports import (
    FolderPlan,
    ImportReport,
    PlannedFile,
    PlannedSession,
    Refusal,
    SessionEdit,
)
from ..domain.input_files import PAGE_LIMIT, InputFileError, check_regular_file, read_capped
from ..domain.messages import _t
from ..domain.progress import Cancelled, Progress, ReportProgress, step
from ..domain.text import printable
from ..importers import folder as folders
from ..media import kinds
from ..media.probe import ProbeResult, probe_recording
from ..storage.catalogue import Catalogue
from ..storage.filestore import sha256_of
from .attachments import AttachmentService, expand_paths
from .copy_ahead import CopyAhead
from .drafts import DraftSaver, draft_label

# Recordings the review probes at once. Each probe is an ffprobe process that spends most of
# its time starting (loading its libraries): two of them use both cores of a small machine.
PROBES_AT_ONCE = 2


class FolderImportService:
    """``archive.folder_import``: session folders in, files attached, re-imports completed."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue
        self._files = AttachmentService(catalogue)
        self._drafts = DraftSaver(catalogue)
        # What the review found probing each recording, so that the import does not run the
        # prober a second time on the same bytes (a process per file: often more than copying
        # and hashing the file costs). Kept with the file's identity, size and time: a file
        # changed since the review is probed again.
        self._probes: dict[Path, tuple[tuple[int, int, int, int], ProbeResult]] = {}
        self._probes_lock = threading.Lock()

    def run(
        self,
        root: Path,
        *,
        dry_run: bool = False,
        progress: ReportProgress | None = None,
        link: bool = False,
        only: Collection[Path] | None = None,
        edits: Mapping[Path, SessionEdit] | None = None,
    ) -> ImportReport:
        """Each session folder under ``root`` becomes one session with all its files attached.

        Re-importing finds the session again by its folder (``source_url`` is the folder's
        ``file://`` URL) and only attaches files whose content is not attached yet. ``progress``
        counts folders and may stop the import between files: what was saved before stays,
        and the report says it was ``cancelled``. ``only`` limits the import to those session
        folders (the ones the user kept in the review); ``edits`` are the title, date and
        series the user corrected there, by folder.
        """
        report = ImportReport("folder", dry_run=dry_run)
        scan = folders.scan_session_folders(root)
        for path, reason in scan.problems:
            report.refuse(printable(path), reason)
        folder_list = [f for f in scan.folders if only is None or f in only]
        total = len(folder_list)
        # The files of new sessions are copied one folder ahead, while those before them are
        # read and recorded (services/copy_ahead.py); a dry run or linking copies nothing.
        ahead = None if dry_run or link else CopyAhead(self._cat.files)
        plans: dict[Path, folders.FolderPlan | None] = {}
        try:
            for index, folder in enumerate(folder_list):
                step(progress, folder.name, index, total)
                if ahead is not None:
                    for coming in folder_list[index : index + 2]:
                        if coming not in plans:
                            plans[coming] = self._copy_ahead(coming, ahead)
                try:
                    self._import_one_folder(
                        folder,
                        (index, total),
                        report,
                        (dry_run, link),
                        progress,
                        (ahead, plans.pop(folder, None)),
                        (edits or {}).get(folder),
                    )
                except ArchiveError as exc:
                    report.refuse(printable(folder), str(exc))
                except OSError as exc:  # the folder vanished or became unreadable since the scan
                    report.refuse(
                        printable(folder),
                        _t("cannot be read ({value})").format(value=exc.strerror or exc),
                    )
        except Cancelled:
            report.cancelled = True
        finally:
            if ahead is not None:
                ahead.close()  # the copies not recorded are removed
            if not dry_run:  # a dry run (the command line's preview) leaves them to the import
                with self._probes_lock:
                    self._probes.clear()
        if not report.cancelled and progress is not None:
            progress(Progress("", total, total))
        return report

    def _import_one_folder(
        self,
        folder: Path,
        place: tuple[int, int],
        report: ImportReport,
        modes: tuple[bool, bool],
        progress: ReportProgress | None,
        copies: tuple[CopyAhead | None, folders.FolderPlan | None],
        edit: SessionEdit | None,
    ) -> None:
        index, total = place
        dry_run, link = modes
        ahead, planned = copies
        plan = planned if planned is not None else folders.plan_folder(folder)
        if edit is not None:
            plan.draft.title, plan.draft.date = edit.title, edit.date
            plan.draft.series = edit.series
        report.warnings += plan.warnings
        for path, reason in plan.problems:
            report.refuse(printable(path), reason)
        for path in plan.unsupported:
            report.refuse(str(path), _t("not a recording, slide deck, document or subtitle file"))
        session_id = self._session_of_folder(plan.draft, claim=not dry_run)
        new_files = list(plan.files)
        if session_id is not None:
            new_files = self._not_yet_attached(session_id, plan.files, report)
        if dry_run:
            if session_id is None:
                report.planned.append(draft_label(plan.draft))
            elif new_files:
                report.updated.append(session_id)
            report.attached += [str(p) for p in new_files]
            return
        if session_id is None:
            session_id = self._drafts.save_one(plan.draft, None, report, str(folder))
            if session_id is None:
                return
        created = session_id in report.created
        if plan.page is not None:
            self._keep_page(session_id, plan.page, report)
        if not new_files:
            return

        label = folder.name

        def per_file(_bytes: Progress) -> bool:
            return progress is None or progress(Progress(label, index, total))

        attached_any = False
        try:
            # One file at a time (in attach's order: recordings before their subtitles), so
            # that a cancel keeps the record of the files attached before it.
            for path in expand_paths(new_files):
                label = f"{folder.name}/{path.name}"
                attached = self._files.attach(
                    session_id,
                    [path],
                    link=link,
                    progress=per_file,
                    probed=self._probed,
                    copied=None if ahead is None else ahead.take,
                )
                for result in attached:
                    if result.error:
                        report.refuse(result.path, result.error)
                    elif result.duplicate_of is not None:
                        report.duplicates.append(f"{result.path} (already attached)")
                    else:
                        attached_any = True
                        report.attached.append(result.path)
                        if result.warning:
                            report.warn_file(label, _without_name(result.warning, path.name))
        finally:
            if attached_any and not created and session_id not in report.updated:
                report.updated.append(session_id)

    def _copy_ahead(self, folder: Path, ahead: CopyAhead) -> folders.FolderPlan | None:
        """Ask for the copies of a new session's files; its plan, kept for its import.

        A folder imported before is left to be copied file by file, as most of its files are
        usually attached already; a folder that cannot be read is reported by its import.
        """
        try:
            plan = folders.plan_folder(folder)
            if self._session_of_folder(plan.draft, claim=False) is None:
                ahead.ask(expand_paths(plan.files))
        except (ArchiveError, OSError):
            return None
        return plan

    def plan(self, root: Path, progress: ReportProgress | None = None) -> FolderPlan:
        """What importing ``root`` would do, file by file, with each file's problems; saves
        nothing. Recordings are probed here, so that a damaged one is known before importing;
        ``PROBES_AT_ONCE`` of them at a time, the results in the folders' order."""
        scan = folders.scan_session_folders(root)
        with self._probes_lock:
            self._probes.clear()  # a new review: what an earlier one probed is not needed
        result = FolderPlan(root=str(root))
        result.problems += [Refusal(printable(p), reason) for p, reason in scan.problems]
        total = len(scan.folders)
        pool = ThreadPoolExecutor(PROBES_AT_ONCE, thread_name_prefix="review-probe")
        planned: list[tuple[PlannedSession, list[PlannedFile | _Probing]]] = []
        running: deque[Future[str | None]] = deque()
        try:
            for index, folder in enumerate(scan.folders):
                step(progress, folder.name, index, total)
                # A few probes ahead of the folders at most, so that the progress shown (and
                # a cancel) follows the probes rather than running before them.
                while len(running) > 2 * PROBES_AT_ONCE:
                    running.popleft().result()
                try:
                    planned.append(self._plan_one(folder, pool))
                    running += [r.warning for r in planned[-1][1] if isinstance(r, _Probing)]
                except ArchiveError as exc:
                    result.problems.append(Refusal(printable(folder), str(exc)))
                except OSError as exc:
                    result.problems.append(
                        Refusal(
                            printable(folder),
                            _t("cannot be read ({value})").format(value=exc.strerror or exc),
                        )
                    )
            result.sessions = [_with_probes(session, rows) for session, rows in planned]
        finally:
            # A cancel or a failure leaves no probe running behind the review.
            pool.shutdown(wait=True, cancel_futures=True)
        return result

    def _plan_one(
        self, folder: Path, pool: ThreadPoolExecutor
    ) -> tuple[PlannedSession, list[PlannedFile | _Probing]]:
        """The folder's session without its rows, and its rows (recordings being probed)."""
        plan = folders.plan_folder(folder)
        session_id = self._session_of_folder(plan.draft, claim=False)
        fresh = set(plan.files)
        skipped = ImportReport("folder", dry_run=True)
        if session_id is not None:
            fresh = set(self._not_yet_attached(session_id, plan.files, skipped))
        has_recording = any(kinds.is_recording(p) for p in plan.files)
        if session_id is not None and not has_recording:
            with self._cat.uow() as uow:
                has_recording = bool(uow.parts.recordings_of(session_id))
        files: list[PlannedFile | _Probing] = []
        if plan.page is not None:
            files.append(PlannedFile(printable(plan.page.name), "page"))
        files += [PlannedFile(printable(p.name), "summary") for p in plan.summaries]
        # Files that could not even be hashed (to see whether they are attached) are refused.
        unreadable = {r.item: r.reason for r in skipped.refused}
        for path in expand_paths(plan.files):
            if str(path) in unreadable:
                reason = unreadable[str(path)]
                files.append(PlannedFile(printable(path.name), "refused", reason, skipped=True))
            else:
                files.append(self._planned_file(path, path in fresh, has_recording, pool))
        for path in plan.unsupported:
            files.append(
                PlannedFile(
                    printable(path.name),
                    "not imported",
                    _t("not a recording, slide deck, document or subtitle file"),
                    skipped=True,
                )
            )
        for path, reason in plan.problems:
            files.append(PlannedFile(printable(path.name), "refused", reason, skipped=True))
        session = PlannedSession(
            folder=str(folder),
            title=plan.draft.title,
            date=plan.draft.date,
            series=plan.draft.series,
            existing_id=session_id,
            files=(),
            warnings=tuple(plan.warnings),
        )
        return session, files

    def _planned_file(
        self, path: Path, fresh: bool, has_recording: bool, pool: ThreadPoolExecutor
    ) -> PlannedFile | _Probing:
        name = printable(path.name)
        if kinds.is_recording(path):
            role = "recording"
        elif kinds.is_subtitle(path):
            role = "subtitles" if has_recording else "document"
        else:
            role = {"pdf": "PDF", "slides": "slides"}.get(kinds.material_kind(path)) or (
                kinds.material_kind(path)
            )
        if not fresh:
            return PlannedFile(name, role, _t("already attached to this session"), skipped=True)
        warning = None
        if role == "recording":
            return _Probing(name, pool.submit(self._probe_for_review, path))
        if kinds.is_subtitle(path) and not has_recording:
            warning = _t("no recording to tie these subtitles to; kept as a document")
        return PlannedFile(name, role, warning)

    def _probe_for_review(self, path: Path) -> str | None:
        """Probe a recording as attaching it would (with its name) and keep the result for the
        import; the review's warning without the name, which its row already shows."""
        identity = _identity(path)
        probe = probe_recording(path, name=path.name)
        if probe.notice is not None or identity is None:
            # Nothing could be said of the file: worded as before, and probed again on import.
            warning = probe_recording(path).warning
            return warning[:1].lower() + warning[1:] if warning else None
        with self._probes_lock:
            self._probes[path] = (identity, probe)
        return _without_name(probe.warning, path.name) if probe.warning else None

    def _probed(self, path: Path) -> ProbeResult | None:
        """What the review found probing ``path``, if the file is still the one it probed."""
        with self._probes_lock:
            kept = self._probes.pop(path, None)
        if kept is None or _identity(path) != kept[0]:
            return None
        return kept[1]

    def _session_of_folder(self, draft: m.SessionDraft, claim: bool) -> int | None:
        """The session this folder filled before, or the one from elsewhere it describes.

        A session of the same title and date that came from a web page or a CSV takes the
        folder's files, so importing a page and then its folder gives one session. The folder
        then claims it (a folder claim, as its ``source_url`` stays the page's), so that a
        second folder of the same name becomes a session of its own.
        """
        marker = draft.source_url or ""
        with self._cat.uow() as uow:
            marked = uow.sessions.sessions_with_source(marker)
            if marked:
                return marked[0]
            claims = uow.sessions.folder_claims()
            live = set(uow.sessions.find_sessions_by_title_date(draft.title, draft.date))
            claimed = claims.get(marker)
            if claimed is not None and uow.sessions.session_is_live(claimed):
                return claimed
            taken = set(claims.values())
            for session_id in sorted(live - taken):
                source = uow.sessions.get_session(session_id).source_url or ""
                if source.startswith("file:"):
                    continue
                if claim:
                    uow.sessions.claim_for_folder(marker, session_id)
                    uow.commit()
                return session_id
        return None

    def _not_yet_attached(
        self, session_id: int, files: Sequence[Path], report: ImportReport
    ) -> list[Path]:
        """Files whose content the session does not hold yet (hashing, not copying)."""
        fresh: list[Path] = []
        for path in files:
            try:
                check_regular_file(path)  # hashing a FIFO or /dev/zero would never end
                digest = sha256_of(path)
            except InputFileError as exc:
                report.refuse(str(path), exc.reason)
                continue
            except OSError as exc:
                report.refuse(
                    str(path), _t("cannot be read ({value})").format(value=exc.strerror or exc)
                )
                continue
            with self._cat.uow() as uow:
                known = uow.files.attached_with_hash(session_id, digest)
            if known is not None:
                report.duplicates.append(f"{path} (already attached)")
            else:
                fresh.append(path)
        return fresh

    def _keep_page(self, session_id: int, page: Path, report: ImportReport) -> None:
        try:
            data = read_capped(page, PAGE_LIMIT, _t("a web page"))
        except InputFileError as exc:
            report.refuse(str(page), exc.reason)
            return
        with self._cat.files.adding(), self._cat.uow() as uow:
            stored = self._cat.files.write_bytes(data, ".html", subdir="snapshots")
            if not uow.sessions.has_snapshot(session_id, stored.sha256):
                uow.sessions.add_snapshot(
                    session_id, page.resolve().as_uri(), stored.stored_path, stored.sha256
                )
                uow.commit()


@dataclasses.dataclass(frozen=True, slots=True)
class _Probing:
    """A recording's row of the review while its probe runs."""

    name: str
    warning: Future[str | None]


def _with_probes(planned: PlannedSession, rows: Sequence[PlannedFile | _Probing]) -> PlannedSession:
    """``planned`` with its rows, each recording's probe waited for and its warning in it."""
    files = tuple(
        PlannedFile(row.name, "recording", row.warning.result())
        if isinstance(row, _Probing)
        else row
        for row in rows
    )
    return dataclasses.replace(planned, files=files)


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    """The file's device, inode, size and modification time (nanoseconds); None if gone."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _without_name(warning: str, name: str) -> str:
    """A warning that starts with ``name: `` (as attach words them) without it."""
    prefix = f"{name}: "
    return warning[len(prefix) :] if warning.startswith(prefix) else warning
