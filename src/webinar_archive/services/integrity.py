"""Checking a library (database, files, search index), repairing what can be repaired without
losing anything, and reconnecting records with their files found again elsewhere (relink)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ArchiveError, FileStoreError, ValidationError
from ..domain.integrity import (
    CheckReport,
    FileRecord,
    IndexCount,
    Problem,
    ProblemKind,
    Quarantined,
    Relinked,
    RelinkReport,
    RepairReport,
)
from ..domain.messages import _mark, _t, _tn, number
from ..domain.progress import Progress, ReportProgress, step
from ..domain.search import place_name
from ..domain.text import printable
from ..storage.catalogue import Catalogue
from ..storage.database import latest_backup
from ..storage.filestore import FileStore, sha256_of
from ..storage.integrity import check_database
from ..storage.search import IndexAudit, SearchStore


@dataclass(slots=True)
class _StoredPath:
    """One stored path and every record that names it (the same content is stored once)."""

    stored_path: str
    records: list[FileRecord]

    @property
    def linked(self) -> bool:
        return Path(self.stored_path).is_absolute()

    @property
    def sha256(self) -> str:
        return self.records[0].sha256

    @property
    def size(self) -> int | None:
        return next((r.size for r in self.records if r.size is not None), None)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(r.label for r in self.records)


def _relabelled(progress: ReportProgress | None, text: str) -> ReportProgress | None:
    """``progress`` with the steps of a lower layer shown under this service's own words."""
    if progress is None:
        return None
    report = progress
    return lambda step: report(Progress(text, step.done, step.total))


class IntegrityService:
    """``archive.integrity``: ``check``, ``repair`` and ``relink``; each takes an optional
    progress callback (return False to stop: ``Cancelled`` is raised, nothing half-done is
    kept) and returns a plain report."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue
        self._index = SearchStore(catalogue.engine)

    @property
    def _files(self) -> FileStore:
        return self._cat.files

    # ------------------------------------------------------------------ check

    def check(self, *, full: bool = False, progress: ReportProgress | None = None) -> CheckReport:
        """Look at everything, change nothing; ``full`` also hashes every file."""
        report = CheckReport(
            library=str(self._cat.root),
            database=self._cat.url_for_display,
            full=full,
            temporary_removed_at_open=self._cat.temporary_removed,
        )
        step(progress, _t("Checking the database"))
        self._check_database(report)
        with self._store_held():
            paths = self._stored_paths()
            known = {self._where(p.stored_path) for p in paths if not p.linked}
            orphans = [f for f in self._files.stored_files() if _normal(f) not in known]
            leftovers = self._files.incoming_leftovers(deep=True)
        report.checks.append(
            _t(
                "every file a record names: there, readable, of the recorded size and content "
                "(SHA-256)"
            )
            if full
            else _t("every file a record names: there, readable, of the recorded size")
        )
        self._check_files(report, paths, full, progress)
        report.checks.append(_t("files in files/ and snapshots/ that no record names"))
        for orphan in orphans:
            report.problems.append(
                Problem(
                    ProblemKind.ORPHAN,
                    str(orphan),
                    _t("no record names this file"),
                    _t(
                        "'check --repair' moves it to the quarantine folder of the library "
                        "(nothing is deleted); look there before you delete anything yourself."
                    ),
                    repairable=True,
                )
            )
        report.checks.append(_t("partial copies left by an interrupted program"))
        for leftover in leftovers:
            report.problems.append(
                Problem(
                    ProblemKind.TEMPORARY,
                    str(leftover),
                    _t("a partial copy left by a program that was stopped while copying"),
                    _t("'check --repair' removes it (it was never recorded as a file)."),
                    repairable=True,
                )
            )
        step(progress, _t("Comparing the search index with the catalogue"))
        self._check_index(report, progress)
        return report

    def _check_database(self, report: CheckReport) -> None:
        result = check_database(self._cat.engine)
        report.checks.extend(result.checks)
        if self._cat.backend == "sqlite":
            backup = latest_backup(self._cat.root / "backups")
            restore = (
                _t(
                    "close the app, keep a copy of {name} and copy the newest backup "
                    "({backup}) over it"
                ).format(name=Path(result.where).name, backup=backup)
                if backup is not None
                else _t(
                    "close the app and keep a copy of the catalogue file; there is no backup "
                    "in the library's backups folder"
                )
            )
            advice = _t(
                "The catalogue file is damaged: {restore}. 'export json' may still read "
                "what is left, to import into a new library."
            ).format(restore=restore)
        else:
            advice = _t("Ask the database's administrator to repair it (the message names what).")
        for message in result.problems:
            report.problems.append(Problem(ProblemKind.DATABASE, result.where, message, advice))
        for message in result.foreign_keys:
            report.problems.append(
                Problem(
                    ProblemKind.FOREIGN_KEY,
                    result.where,
                    message,
                    _t(
                        "Rows refer to rows that are gone: restore the newest backup, or export "
                        "json and import it into a new library."
                    ),
                )
            )

    def _check_files(
        self,
        report: CheckReport,
        paths: Sequence[_StoredPath],
        full: bool,
        progress: ReportProgress | None,
    ) -> None:
        total_bytes = sum(p.size or 0 for p in paths) if full else 0
        hashed_before = 0
        for index, item in enumerate(paths):
            step(progress, _t("Checking files"), index, len(paths))
            report.files_checked += 1
            problem, path = self._file_problem(item)
            if problem is not None:
                report.problems.append(problem)
                continue
            if not full or path is None:
                continue
            text = _t("Hashing {name}").format(name=Path(item.stored_path).name)

            def hashing(bytes_read: Progress, start: int = hashed_before, text: str = text) -> bool:
                done = start + bytes_read.done
                return progress is None or progress(Progress(text, done, total_bytes))

            try:
                digest = sha256_of(path, hashing)
            except OSError as exc:
                report.problems.append(self._unreadable(item, exc.strerror or str(exc)))
                continue
            size = path.stat().st_size
            hashed_before += size
            report.bytes_hashed += size
            if digest != item.sha256:
                report.problems.append(
                    Problem(
                        ProblemKind.HASH,
                        str(path),
                        _t("the content changed (SHA-256 {digest}…, recorded {sha256}…)").format(
                            digest=digest[:12], sha256=item.sha256[:12]
                        ),
                        _t(_CHANGED_ADVICE),
                        item.labels,
                    )
                )
        step(progress, _t("Checking files"), len(paths), len(paths))

    def _file_problem(self, item: _StoredPath) -> tuple[Problem | None, Path | None]:
        """What is wrong with one stored path without reading it, and where it is."""
        try:
            path = self._files.resolve(item.stored_path)
        except FileStoreError as exc:
            return self._unreadable(item, str(exc)), None
        try:
            info = path.stat()
        except FileNotFoundError:
            advice = (
                _t(
                    "The original was moved, renamed or its drive is not mounted: mount it, "
                    "or run 'webinar-archive relink FOLDER' on the folder where it is now."
                )
                if item.linked
                else _t(
                    "Run 'webinar-archive relink FOLDER' on a folder holding a copy of the "
                    "file (any name), or remove the record from its session."
                )
            )
            return Problem(
                ProblemKind.MISSING, str(path), _t("the file is gone"), advice, item.labels
            ), (None)
        except OSError as exc:
            return self._unreadable(item, exc.strerror or str(exc)), None
        if not stat.S_ISREG(info.st_mode):
            return self._unreadable(item, _t("not a regular file")), None
        if not os.access(path, os.R_OK):
            return self._unreadable(item, _t("permission denied")), None
        if item.size is not None and info.st_size != item.size:
            return (
                Problem(
                    ProblemKind.SIZE,
                    str(path),
                    _t("{found} bytes instead of the {size} recorded: the file changed").format(
                        found=info.st_size, size=item.size
                    ),
                    _t(_CHANGED_ADVICE),
                    item.labels,
                ),
                None,
            )
        return None, path

    def _unreadable(self, item: _StoredPath, why: str) -> Problem:
        return Problem(
            ProblemKind.UNREADABLE,
            item.stored_path,
            _t("cannot be read: {printable}").format(printable=printable(why)),
            _t("Make the file readable (permissions, a mounted drive), or relink it."),
            item.labels,
        )

    def _check_index(self, report: CheckReport, progress: ReportProgress | None) -> None:
        report.checks.append(
            _t("the search index against the catalogue (documents, and places of each kind)")
        )

        audit = self._index.audit(
            _relabelled(progress, _t("Comparing the search index with the catalogue"))
        )
        report.index_counts = [
            IndexCount(kind, audit.expected.get(kind, 0), audit.indexed.get(kind, 0))
            for kind in sorted(set(audit.expected) | set(audit.indexed))
        ]
        for problem in _index_problems(audit):
            report.problems.append(problem)

    # ------------------------------------------------------------------ repair

    def repair(
        self, *, full: bool = False, progress: ReportProgress | None = None
    ) -> tuple[CheckReport, RepairReport]:
        """Check, then fix what can be fixed without losing anything: orphans go to
        ``quarantine/<date>/``, partial copies are removed, the index is rebuilt when out of
        step. Records whose file is gone are left for the user (relink, or remove them)."""
        report = self.check(full=full, progress=progress)
        repair = RepairReport(left=[p for p in report.problems if not p.repairable])
        kinds = {p.kind for p in report.problems}
        if ProblemKind.ORPHAN in kinds or ProblemKind.TEMPORARY in kinds:
            step(progress, _t("Moving unknown files to quarantine"))
            batch = dt.datetime.now().strftime("%Y-%m-%d")
            # Under the exclusive lock no copy is half-way (attach holds the shared one until
            # its row is committed): what looks unused or partial now really is.
            with self._files.removing():
                known = {self._where(p.stored_path) for p in self._stored_paths() if not p.linked}
                for orphan in self._files.stored_files():
                    if _normal(orphan) in known:
                        continue
                    target = self._files.quarantine(orphan, batch)
                    repair.quarantined.append(Quarantined(str(orphan), str(target)))
                for leftover in self._files.incoming_leftovers(deep=True):
                    leftover.unlink(missing_ok=True)
                    repair.temporary_removed.append(str(leftover))
        if ProblemKind.INDEX in kinds:
            repair.sessions_indexed = self._index.rebuild(
                _relabelled(progress, _t("Rebuilding the search index"))
            )
            repair.index_rebuilt = True
        return report, repair

    # ------------------------------------------------------------------ relink

    def relink(
        self,
        folders: Sequence[Path],
        *,
        dry_run: bool = False,
        recursive: bool = True,
        progress: ReportProgress | None = None,
    ) -> RelinkReport:
        """Find the files of records whose file is gone (or changed) under ``folders``: by
        size first, then by SHA-256 (only files of a size some lost file has are read). A copy
        in the library's store is put back in place; a file linked in place is linked at its
        new path. ``recursive=False`` looks in the folders themselves only (the folder of one
        file the user pointed at, not everything below it)."""
        for folder in folders:
            if not folder.is_dir():
                raise ValidationError(
                    _t("{printable} is not a folder; give folders to search.").format(
                        printable=printable(folder)
                    )
                )
        report = RelinkReport(dry_run=dry_run)
        with self._store_held():
            paths = self._stored_paths()
        lost = [p for p in paths if self._lost(p)]
        report.looked_for = len(lost)
        if not lost:
            return report
        by_size: dict[int, list[_StoredPath]] = defaultdict(list)
        by_suffix: dict[str, list[_StoredPath]] = defaultdict(list)  # rows that keep no size
        for item in lost:
            if item.size is not None:
                by_size[item.size].append(item)
            else:
                by_suffix[Path(item.stored_path).suffix.lower()].append(item)
        wanted: dict[str, list[_StoredPath]] = defaultdict(list)
        for item in lost:
            wanted[item.sha256].append(item)
        found: dict[str, Path] = {}
        for candidate, size in self._candidates(folders, recursive, report, progress):
            matches = by_size.get(size, []) + by_suffix.get(candidate.suffix.lower(), [])
            if not any(m.sha256 not in found for m in matches):
                continue
            step(progress, _t("Reading {name}").format(name=candidate.name), report.files_scanned)
            try:
                digest = sha256_of(candidate)
            except OSError as exc:
                report.errors.append(f"{printable(candidate)}: {exc.strerror or exc}")
                continue
            report.files_hashed += 1
            if digest in wanted and digest not in found:
                found[digest] = candidate
            if len(found) == len(wanted):
                break
        for item in lost:
            source = found.get(item.sha256)
            if source is None:
                report.not_found.append(item.stored_path)
                continue
            try:
                report.relinked.append(self._reconnect(item, source, dry_run))
            except (ArchiveError, OSError) as exc:
                report.errors.append(f"{printable(source)}: {exc}")
        return report

    def _lost(self, item: _StoredPath) -> bool:
        problem, _path = self._file_problem(item)
        return problem is not None and problem.kind in (ProblemKind.MISSING, ProblemKind.SIZE)

    def _candidates(
        self,
        folders: Sequence[Path],
        recursive: bool,
        report: RelinkReport,
        progress: ReportProgress | None,
    ) -> Iterator[tuple[Path, int]]:
        """Regular files under the folders with their sizes (links and devices are skipped)."""
        for folder in folders:
            for where, dirs, names in os.walk(folder, onerror=None):
                if recursive:
                    dirs.sort()
                else:
                    dirs.clear()
                for name in sorted(names):
                    path = Path(where) / name
                    try:
                        info = path.lstat()
                    except OSError:
                        continue
                    if not stat.S_ISREG(info.st_mode):
                        continue
                    report.files_scanned += 1
                    if report.files_scanned % 200 == 0:
                        step(
                            progress,
                            _t("Looking in {folder}").format(folder=folder),
                            report.files_scanned,
                        )
                    yield path, info.st_size

    def _reconnect(self, item: _StoredPath, source: Path, dry_run: bool) -> Relinked:
        if item.linked:
            new_path = str(source.resolve())
            if not dry_run:
                with self._cat.uow() as uow:
                    uow.files.repoint(item.stored_path, new_path)
                    uow.commit()
            return Relinked(item.stored_path, str(source), new_path, item.labels, False)
        if not dry_run:
            with self._files.adding():
                target = self._files.resolve(item.stored_path)
                if target.exists() or target.is_symlink():
                    # A changed copy: kept aside, never overwritten.
                    batch = dt.datetime.now().strftime("%Y-%m-%d")
                    self._files.quarantine(target, batch)
                self._files.put_back(source, item.stored_path, item.sha256)
        return Relinked(item.stored_path, str(source), item.stored_path, item.labels, True)

    # ------------------------------------------------------------------ shared

    def _stored_paths(self) -> list[_StoredPath]:
        with self._cat.uow() as uow:
            records = uow.files.every_reference()
        grouped: dict[str, list[FileRecord]] = defaultdict(list)
        for record in records:
            grouped[record.stored_path].append(record)
        return [_StoredPath(path, rows) for path, rows in grouped.items()]

    def _where(self, stored_path: str) -> str:
        try:
            return _normal(self._files.resolve(stored_path))
        except FileStoreError:
            return ""

    @contextmanager
    def _store_held(self) -> Iterator[None]:
        """The store's exclusive lock, so that a copy being attached right now (not yet
        recorded) is not taken for an orphan; without it on a library that cannot be
        written (no lock file can be made there, and nothing can change it either)."""
        with ExitStack() as stack:
            with suppress(OSError):
                stack.enter_context(self._files.removing())
            yield


_CHANGED_ADVICE = _mark(
    "The file was changed after it was recorded. Run 'webinar-archive relink FOLDER' on a "
    "folder holding the original (a changed copy in the library is moved to quarantine), or "
    "restore the file from a backup."
)


def _normal(path: Path) -> str:
    return os.path.normpath(path)


def _index_problems(audit: IndexAudit) -> list[Problem]:
    def problem(detail: str) -> Problem:
        advice = _t("'check --repair' (or 'webinar-archive reindex') rebuilds the index.")
        return Problem(ProblemKind.INDEX, _t("search index"), detail, advice, repairable=True)

    if not audit.has_index:
        return [problem(_t("there is no search index"))]
    problems = []
    for kind in sorted(set(audit.expected) | set(audit.indexed)):
        expected, indexed = audit.expected.get(kind, 0), audit.indexed.get(kind, 0)
        if expected != indexed:
            problems.append(
                problem(
                    _t("{indexed} {kind} entries indexed, {expected} in the catalogue").format(
                        kind=place_name(kind), indexed=number(indexed), expected=number(expected)
                    )
                )
            )
    if audit.missing_documents:
        shown = ", ".join(str(i) for i in audit.missing_documents[:10])
        n = len(audit.missing_documents)
        problems.append(
            problem(
                _tn(
                    "{count} session not in the index (e.g. {ids})",
                    "{count} sessions not in the index (e.g. {ids})",
                    n,
                ).format(count=n, ids=shown)
            )
        )
    if audit.extra_documents:
        shown = ", ".join(str(i) for i in audit.extra_documents[:10])
        problems.append(
            problem(
                _tn(
                    "{count} session in the index that is gone or in the trash (e.g. {ids})",
                    "{count} sessions in the index that are gone or in the trash (e.g. {ids})",
                    len(audit.extra_documents),
                ).format(count=len(audit.extra_documents), ids=shown)
            )
        )
    return problems
