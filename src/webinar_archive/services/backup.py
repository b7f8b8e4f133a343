"""Backups of an open library: one archive file on demand, and catalogue copies on a schedule."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .. import __version__
from ..domain.errors import FileStoreError, ValidationError
from ..domain.messages import _t
from ..domain.progress import ReportProgress, step
from ..storage.catalogue import Catalogue
from ..storage.database import backup_rows, backup_sqlite
from ..storage.filestore import CHUNK
from .plain_library import SCHEDULE_KEY as SCHEDULE_KEY

# Writing an archive (tar, the catalogue snapshot, its manifest, the atomic output) is imported
# when one is written: every command asks ``backup_if_due`` first, which needs none of it.
if TYPE_CHECKING:
    import tarfile

    from ..storage.snapshot import FileRef
    from .backup_archive import Entry

log = logging.getLogger(__name__)

SCHEDULED_REASON = "scheduled"
BACKUP_DIR = "backups"


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    files: int  # managed files in the archive
    bytes: int  # of those files
    files_included: bool
    missing: tuple[str, ...]  # managed files the catalogue names that were not on disk
    linked: int  # files linked in place (recorded, never in the archive)


@dataclass(frozen=True, slots=True)
class BackupSchedule:
    """Automatic catalogue copies: every ``every_days`` days (0: never), keeping ``keep``."""

    every_days: int = 0
    keep: int = 5

    def __post_init__(self) -> None:
        if not 0 <= self.every_days <= 365:
            raise ValidationError(_t("Back up every 0 (never) to 365 days."))
        if not 1 <= self.keep <= 1000:
            raise ValidationError(_t("Keep from 1 to 1000 automatic backups."))


class BackupService:
    """``archive.backups``: backup archives, and automatic catalogue copies on a schedule."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    @property
    def backup_dir(self) -> Path:
        return self._cat.root / BACKUP_DIR

    # ------------------------------------------------------------------ archives

    def backup(
        self, target: Path, *, with_files: bool = False, progress: ReportProgress | None = None
    ) -> BackupResult:
        """Write a backup archive to ``target`` (replaced atomically) while others may write.

        The catalogue is copied consistently first; the files listed are exactly those the copy
        names, and none of them can be deleted until the archive is written (the file store's
        shared lock). A managed file found changed (its content no longer matching its hash)
        stops the backup: the archive would not restore.
        """
        from ..export.output import atomic_output, output_target
        from ..storage.snapshot import snapshot_catalogue
        from .backup_archive import MANIFEST_NAME, BackupError, Entry, Manifest

        output_target(target)  # a folder, a device ... refused before any work
        gzip = target.name.lower().endswith((".tar.gz", ".tgz"))
        with (
            self._cat.files.keeping(),
            tempfile.TemporaryDirectory(prefix=".backup-", dir=self._work_dir(target)) as work,
        ):
            snapshot = snapshot_catalogue(self._cat.engine, Path(work))
            catalogue_entry = Entry(
                snapshot.path.name, _sha256_file(snapshot.path), snapshot.path.stat().st_size
            )
            files, missing, linked = self._stored_files(snapshot.files)
            manifest = Manifest(
                app_version=__version__,
                schema_revision=snapshot.revision,
                created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                backend=self._cat.backend,
                catalogue=catalogue_entry,
                files_included=with_files,
                files=tuple(e for e, _ in files),
                missing=missing,
                linked=linked,
            )
            total = catalogue_entry.size + (sum(e.size for e, _ in files) if with_files else 0)
            done = 0

            def advance(n: int) -> None:
                nonlocal done
                done += n
                step(
                    progress, _t("Writing {name}").format(name=target.name), done, total
                )  # Cancelled: no archive

            with atomic_output(target) as tmp, _open_tar(tmp, gzip) as tar:
                raw = manifest.to_json()
                _add(tar, MANIFEST_NAME, len(raw), _BytesReader(raw), None)
                with snapshot.path.open("rb") as handle:
                    _add(tar, catalogue_entry.name, catalogue_entry.size, handle, advance)
                if with_files:
                    for entry, path in files:
                        with path.open("rb") as handle:
                            digest = _add(tar, entry.name, entry.size, handle, advance)
                        if digest != entry.sha256:
                            raise BackupError(
                                _t(
                                    "The stored file {path} no longer matches its "
                                    "recorded hash (it was changed or damaged); no "
                                    "backup was written. Run 'webinar-archive check' to "
                                    "find what is wrong."
                                ).format(path=path)
                            )
        log.info("wrote the backup %s", target)
        return BackupResult(
            target,
            len(files) if with_files else 0,
            sum(e.size for e, _ in files) if with_files else 0,
            with_files,
            missing,
            len(linked),
        )

    @staticmethod
    def _work_dir(target: Path) -> Path:
        from ..export.output import output_target

        # The catalogue copy is made beside the archive: same disk, and no size limit of /tmp.
        parent = output_target(target).parent
        parent.mkdir(parents=True, exist_ok=True)
        return parent

    def _stored_files(
        self, refs: tuple[FileRef, ...]
    ) -> tuple[list[tuple[Entry, Path]], tuple[str, ...], tuple[str, ...]]:
        from .backup_archive import Entry

        files: list[tuple[Entry, Path]] = []
        missing: list[str] = []
        linked: list[str] = []
        seen: set[str] = set()
        for ref in refs:
            stored_path, sha = ref.stored_path, ref.sha256
            if stored_path in seen:
                continue
            seen.add(stored_path)
            if Path(stored_path).is_absolute():
                linked.append(stored_path)
                continue
            try:
                path = self._cat.files.resolve(stored_path)
                info = path.lstat()
            except (FileStoreError, OSError):
                missing.append(stored_path)
                continue
            if not stat.S_ISREG(info.st_mode):
                missing.append(stored_path)
                continue
            files.append((Entry(stored_path, sha, info.st_size), path))
        return files, tuple(missing), tuple(linked)

    # ------------------------------------------------------------------ on a schedule

    def schedule(self) -> BackupSchedule:
        with self._cat.uow() as uow:
            value = uow.settings.get_setting(SCHEDULE_KEY)
        if not isinstance(value, dict):
            return BackupSchedule()
        try:
            return BackupSchedule(int(value.get("every_days", 0)), int(value.get("keep", 5)))
        except (TypeError, ValueError, ValidationError):
            return BackupSchedule()

    def set_schedule(self, schedule: BackupSchedule) -> None:
        with self._cat.uow() as uow:
            uow.settings.set_setting(
                SCHEDULE_KEY, {"every_days": schedule.every_days, "keep": schedule.keep}
            )
            uow.commit()

    def scheduled_backups(self) -> list[Path]:
        """The automatic catalogue copies in ``backups/``, oldest first."""
        if not self.backup_dir.is_dir():
            return []
        found = [
            p
            for p in self.backup_dir.glob(f"catalogue-*-{SCHEDULED_REASON}*")
            if p.suffix in (".sqlite", ".json") and p.is_file()
        ]
        return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))

    def backup_if_due(self, now: float | None = None) -> Path | None:
        """Copy the catalogue to ``backups/`` when the schedule says one is due; keep the last N.

        Cheap when none is due (one settings read, one folder listing). Only the automatic
        copies are ever pruned: the copies made before upgrades and the archives a user wrote
        are left alone. Returns the new copy, or None.
        """
        schedule = self.schedule()
        if schedule.every_days == 0 or not os.access(self._cat.root, os.W_OK):
            return None  # off, or a library on a read-only disk: it is read, not changed
        now = time.time() if now is None else now
        existing = self.scheduled_backups()
        if existing and now - existing[-1].stat().st_mtime < schedule.every_days * 86400:
            return None
        try:
            if self._cat.backend == "sqlite":
                made = backup_sqlite(self._cat.engine, self.backup_dir, reason=SCHEDULED_REASON)
            else:
                made = backup_rows(self._cat.engine, self.backup_dir, reason=SCHEDULED_REASON)
        except OSError as exc:
            from .backup_archive import BackupError

            raise BackupError(
                _t("The automatic backup to {backup_dir} could not be written: {value}.").format(
                    backup_dir=self.backup_dir, value=exc.strerror or exc
                )
            ) from exc
        self.prune(schedule.keep)
        return made

    def prune(self, keep: int) -> list[Path]:
        """Delete all but the newest ``keep`` automatic copies; return what was deleted."""
        existing = self.scheduled_backups()
        gone = existing[: max(0, len(existing) - keep)]
        for path in gone:
            path.unlink(missing_ok=True)
        return gone


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._at = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else self._at + n
        chunk = self._data[self._at : end]
        self._at += len(chunk)
        return chunk


class _Hashing:
    """Reads ``size`` bytes from a file, hashing them; a file cut short is an error."""

    def __init__(self, handle: BinaryIO | _BytesReader, step: Callable[[int], None] | None):
        self._handle = handle
        self._step = step
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        chunk = self._handle.read(n)
        self.digest.update(chunk)
        if self._step is not None:
            self._step(len(chunk))
        return chunk


def _add(
    tar: tarfile.TarFile,
    name: str,
    size: int,
    handle: BinaryIO | _BytesReader,
    step: Callable[[int], None] | None,
) -> str:
    import tarfile

    from .backup_archive import BackupError

    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(time.time())
    info.mode = 0o644
    reader = _Hashing(handle, step)
    try:
        tar.addfile(info, reader)
    except OSError as exc:
        raise BackupError(
            _t(
                "Could not write {name} into the backup ({exc}); no backup was written. "
                "If a file changed while it was copied, try again."
            ).format(name=name, exc=exc)
        ) from exc
    return reader.digest.hexdigest()


def _open_tar(path: Path, gzip: bool) -> tarfile.TarFile:
    # Written as a stream ("w|"): the archive can be piped or written to a tape-like target,
    # and a restore reads it the same way, front to back.
    import tarfile

    if gzip:
        return tarfile.open(str(path), "w|gz")
    return tarfile.open(str(path), "w|")


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
