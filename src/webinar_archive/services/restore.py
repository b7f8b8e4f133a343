"""Rebuilding a library from a backup archive, checked entry by entry against its manifest."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..domain import model as m
from ..domain.errors import ArchiveError, FileStoreError
from ..domain.messages import _mark, _t, _tn
from ..domain.progress import ReportProgress, step
from ..storage.catalogue import CATALOGUE_FILE, open_catalogue
from ..storage.filestore import CHUNK, confined, file_mode
from ..storage.search import SearchStore
from ..storage.snapshot import (
    load_rows_into,
    read_rows_document,
    sqlite_problems,
    sqlite_rows,
)
from .backup_archive import MANIFEST_LIMIT, MANIFEST_NAME, BackupError, Entry, Manifest

log = logging.getLogger(__name__)

WORK_DIR = ".restore-work"


@dataclass(frozen=True, slots=True)
class RestoreResult:
    target: Path
    files: int  # managed files restored, each checked against its hash
    bytes: int
    not_in_archive: tuple[str, ...]  # files the catalogue names that the archive did not hold
    linked: tuple[str, ...]  # files linked in place, recorded by path
    sessions: int
    schema_action: str


def restore_backup(
    archive: Path,
    target: Path,
    *,
    database_url: str | None = None,
    progress: ReportProgress | None = None,
) -> RestoreResult:
    """Rebuild the library of ``archive`` in ``target``, an empty or missing folder.

    The archive is read once, as a stream. Its first entry must be the manifest; every later
    entry must be a regular file the manifest lists, with the size it states (checked before
    reading, and reading stops there) and the hash it states (checked before the file is kept).
    Links, devices, folders, absolute or climbing names and anything unlisted are refused.
    On any refusal or error nothing stays behind: what was written in ``target`` is removed
    (the folder too when the restore created it). With ``database_url`` the catalogue goes into
    that empty database (PostgreSQL) and ``target`` holds the files.
    """
    target = target.expanduser().absolute()
    created = _prepare_target(target)
    try:
        return _restore(archive, target, database_url, progress)
    except BaseException:
        _remove_restored(target, created)
        raise


def _prepare_target(target: Path) -> Path | None:
    """Check that ``target`` is an empty folder, or create it; return the topmost folder created."""
    if target.exists() or target.is_symlink():
        if not target.is_dir():
            raise BackupError(
                _t("{target} is not a folder: restore into an empty or new folder.").format(
                    target=target
                )
            )
        if any(target.iterdir()):
            raise BackupError(
                _t(
                    "{target} is not empty: restore into an empty or new folder, so nothing "
                    "in it is overwritten."
                ).format(target=target)
            )
        return None
    top = target
    while not top.parent.exists():
        top = top.parent
    try:
        target.mkdir(parents=True)
    except OSError as exc:
        raise BackupError(
            _t("Cannot create {target}: {value}.").format(target=target, value=exc.strerror or exc)
        ) from exc
    return top


def _remove_restored(target: Path, created: Path | None) -> None:
    if created is not None:
        shutil.rmtree(created, ignore_errors=True)
        return
    for child in list(target.iterdir()) if target.is_dir() else []:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _restore(
    archive: Path, target: Path, database_url: str | None, progress: ReportProgress | None
) -> RestoreResult:
    name = str(archive)
    try:
        # Read as a stream ("r|"): once, front to back, never seeking; closed by the with below.
        tar = tarfile.open(archive, "r|*")  # noqa: SIM115
    except FileNotFoundError as exc:
        raise BackupError(_t("No backup archive at {archive}.").format(archive=archive)) from exc
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(
            _t("{archive} is not a backup archive (a tar file): {exc}.").format(
                archive=archive, exc=exc
            )
        ) from exc
    work = target / WORK_DIR
    with tar:
        try:
            manifest, restored = _extract(tar, name, target, work, progress)
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise BackupError(
                _t("{archive} is damaged or cut short ({exc}); nothing was restored.").format(
                    archive=archive, exc=exc
                )
            ) from exc
    sessions, action = _install_catalogue(manifest, target, work, database_url, name)
    shutil.rmtree(work, ignore_errors=True)
    return RestoreResult(
        target=target,
        files=len(restored) if manifest.files_included else 0,
        bytes=sum(e.size for e in restored) if manifest.files_included else 0,
        not_in_archive=tuple(
            sorted(set(manifest.missing) | {e.name for e in manifest.files if e not in restored})
        ),
        linked=manifest.linked,
        sessions=sessions,
        schema_action=action,
    )


def _extract(
    tar: tarfile.TarFile, name: str, target: Path, work: Path, progress: ReportProgress | None
) -> tuple[Manifest, set[Entry]]:
    first = tar.next()
    if first is None or first.name != MANIFEST_NAME:
        raise BackupError(
            _t("{name} is not a Webinar Archive backup: its first entry is not {manifest}.").format(
                name=name, manifest=MANIFEST_NAME
            )
        )
    _refuse_special(first, name)
    if first.size > MANIFEST_LIMIT:
        raise BackupError(
            _t("{name}: its manifest is larger than any backup's ({size} bytes).").format(
                name=name, size=first.size
            )
        )
    raw = _read_member(tar, first, MANIFEST_LIMIT)
    manifest = Manifest.from_json(raw, name)
    expected: dict[str, Entry] = {manifest.catalogue.name: manifest.catalogue}
    if manifest.files_included:
        expected.update((e.name, e) for e in manifest.files)
    total = sum(e.size for e in expected.values())
    free = shutil.disk_usage(target).free
    if total > free:
        raise BackupError(
            _t(
                "Restoring {name} needs {total} bytes, but only {free} are free at {target}."
            ).format(name=name, total=total, free=free, target=target)
        )
    work.mkdir()
    done = 0
    restored: set[Entry] = set()
    while (member := tar.next()) is not None:
        _refuse_special(member, name)
        entry = expected.pop(member.name, None)
        if entry is None:
            seen = member.name in {e.name for e in restored} or member.name == MANIFEST_NAME
            message = (
                _mark(
                    "{name}: the entry {entry!r} appears twice; the archive was altered. "
                    "Nothing was restored."
                )
                if seen
                else _mark(
                    "{name}: the entry {entry!r} is not listed in its manifest; the archive "
                    "was altered. Nothing was restored."
                )
            )
            raise BackupError(_t(message).format(name=name, entry=member.name))
        if member.size != entry.size:
            raise BackupError(
                _t(
                    "{name}: the entry {name2!r} holds {size} bytes, its manifest says "
                    "{size2}; the archive was altered or damaged. Nothing was restored."
                ).format(name=name, name2=member.name, size=member.size, size2=entry.size)
            )
        if entry is manifest.catalogue:
            destination = work / entry.name
        else:
            try:
                destination = confined(target, entry.name)
            except FileStoreError as exc:
                raise BackupError(
                    _t("{name}: {exc} Nothing was restored.").format(name=name, exc=exc)
                ) from exc
        _write_checked(tar, member, entry, destination, name)
        if entry is not manifest.catalogue:
            restored.add(entry)
        done += entry.size
        step(
            progress, _t("Restoring {name}").format(name=name), done, total
        )  # Cancelled: nothing is restored
    if expected:
        listed = ", ".join(sorted(expected)[:5])
        raise BackupError(
            _tn(
                "{name} lacks {count} entry its manifest lists ({listed}); it is incomplete. "
                "Nothing was restored.",
                "{name} lacks {count} entries its manifest lists ({listed}); it is incomplete. "
                "Nothing was restored.",
                len(expected),
            ).format(name=name, count=len(expected), listed=listed)
        )
    return manifest, restored


def _refuse_special(member: tarfile.TarInfo, name: str) -> None:
    kind = None
    if member.issym():
        kind = "a symbolic link"
    elif member.islnk():
        kind = "a hard link"
    elif member.ischr() or member.isblk():
        kind = "a device"
    elif member.isfifo():
        kind = "a named pipe"
    elif member.isdir():
        kind = "a folder entry"
    elif not member.isreg() or member.issparse():
        kind = "not a regular file"
    if kind is not None:
        raise BackupError(
            _t(
                "{name}: the entry {name2!r} is {kind}; a backup holds only regular "
                "files. Refused; nothing was restored."
            ).format(name=name, name2=member.name, kind=kind)
        )


def _read_member(tar: tarfile.TarFile, member: tarfile.TarInfo, limit: int) -> bytes:
    handle = tar.extractfile(member)
    assert handle is not None  # a regular file, checked before
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise BackupError(_t("The entry {name!r} is larger than allowed.").format(name=member.name))
    return data


def _write_checked(
    tar: tarfile.TarFile, member: tarfile.TarInfo, entry: Entry, destination: Path, name: str
) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = tar.extractfile(member)
    assert source is not None
    digest = hashlib.sha256()
    written = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=destination.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            written = _copy_capped(source, out, digest, entry.size)
            out.flush()
            os.fsync(out.fileno())
        if written != entry.size or digest.hexdigest() != entry.sha256:
            raise BackupError(
                _t(
                    "{name}: the entry {name2!r} does not match the hash its manifest "
                    "states; the archive was altered or damaged. Nothing was restored."
                ).format(name=name, name2=entry.name)
            )
        os.chmod(tmp_name, file_mode())
        os.replace(tmp_name, destination)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def _copy_capped(source: IO[bytes], out: IO[bytes], digest: hashlib._Hash, size: int) -> int:
    written = 0
    # Never more than the manifest's size: the entry's header agreed with it, and reading stops
    # there whatever the stream holds.
    while written < size and (chunk := source.read(min(CHUNK, size - written))):
        digest.update(chunk)
        out.write(chunk)
        written += len(chunk)
    return written


def _install_catalogue(
    manifest: Manifest, target: Path, work: Path, database_url: str | None, name: str
) -> tuple[int, str]:
    snapshot = work / manifest.catalogue.name
    rebuild_index = True
    if manifest.catalogue_kind == "sqlite":
        problems = sqlite_problems(snapshot)
        if problems:
            raise BackupError(
                _t(
                    "{name}: its catalogue fails SQLite's integrity check ({problems}). "
                    "Nothing was restored."
                ).format(name=name, problems=problems[0])
            )
        if database_url is None:
            os.replace(snapshot, target / CATALOGUE_FILE)
            rebuild_index = False
        else:
            load_rows_into(database_url, sqlite_rows(snapshot))
    else:
        document = read_rows_document(snapshot)
        url = database_url or f"sqlite:///{target / CATALOGUE_FILE}"
        load_rows_into(url, document)
    try:
        catalogue = open_catalogue(target, database_url, create=False)
    except ArchiveError as exc:
        raise BackupError(
            _t("The restored catalogue of {name} does not open: {exc}").format(name=name, exc=exc)
        ) from exc
    try:
        if rebuild_index:
            SearchStore(catalogue.engine).rebuild()
        with catalogue.uow() as uow:
            sessions = uow.query.count_sessions(m.SessionFilter())
        action = catalogue.schema_action
    finally:
        catalogue.close()
    if database_url is None:
        problems = sqlite_problems(target / CATALOGUE_FILE)
        if problems:
            raise BackupError(
                _t("The restored catalogue fails SQLite's integrity check ({problems}).").format(
                    problems=problems[0]
                )
            )
    return sessions, action
