"""The library's managed files: content-addressed copies written atomically, or links in place."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import FileStoreError
from ..domain.files import file_mode as file_mode  # also imported from here
from ..domain.files import is_sha256, relative_path_problem, write_whole
from ..domain.messages import _t
from ..domain.path_mapping import PathMapping, map_path
from ..domain.progress import Cancelled, ReportProgress, step

try:
    import fcntl
except ImportError:  # not on POSIX: one process per library is all that is supported there
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024

# The folders of a library whose files the store manages; nothing else in it is a stored file.
MANAGED_DIRS = ("files", "snapshots")
LOCK_FILE = ".files.lock"
QUARANTINE_DIR = "quarantine"
BACKUP_DIR = "backups"
# Every temporary file written inside the library starts with this (copies, snapshots,
# catalogue backups, a new catalogue) and is then renamed into place: see clean_incoming. They
# are written at the top of files/, snapshots/ and backups/ (or of the library), never deeper,
# so that finding leftovers at each open does not mean reading every stored file's folder.
INCOMING_PREFIX = ".incoming-"


@dataclass(frozen=True, slots=True)
class StoredFile:
    stored_path: str  # relative to the library root when copied, absolute when linked
    sha256: str
    size: int
    linked: bool


@dataclass(slots=True)
class Incoming:
    """A copy in the store not yet under its name (flushed or not); ``fd`` holds it until
    ``place`` names it or ``discard`` removes it."""

    temp: Path
    sha256: str
    size: int
    source: Path
    fd: int | None
    flushed: bool = True

    def release(self) -> None:
        """Close the descriptor that holds the temporary file (once)."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def discard(self) -> None:
        """Remove the temporary file: it will not be placed."""
        self.temp.unlink(missing_ok=True)
        self.release()


def confined(root: Path, relative: str) -> Path:
    """``root / relative``, refused (FileStoreError naming it) unless it stays inside ``root``.

    Symbolic links are followed: a link that points out of ``root`` is outside.
    """
    problem = relative_path_problem(relative)
    if problem is not None:
        raise FileStoreError(
            _t("The path {relative!r} {problem}; it must stay inside {root}.").format(
                relative=relative, problem=problem, root=root
            )
        )
    path = root / relative
    try:
        real = path.resolve()
        real_root = root.resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: a symlink loop (3.11)
        raise FileStoreError(
            _t("The path {relative!r} cannot be resolved inside {root}.").format(
                relative=relative, root=root
            )
        ) from exc
    if real == real_root or not real.is_relative_to(real_root):
        raise FileStoreError(
            _t("The path {relative!r} leads outside {root} (to {real}); refused.").format(
                relative=relative, root=root, real=real
            )
        )
    return path


def sha256_of(path: Path, progress: ReportProgress | None = None) -> str:
    """Hash a file in chunks (bytes as progress; ``Cancelled`` when it says stop)."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            done += len(chunk)
            step(progress, path.name, done, total)
    return digest.hexdigest()


class FileStore:
    """Files under ``<library>/files/ab/<sha256><ext>``; the original is never modified."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files_dir = root / "files"
        self._held = threading.local()
        # This machine's roots of files linked in place on others (services/machine.py).
        self.path_mappings: tuple[PathMapping, ...] = ()

    def resolve(self, stored_path: str) -> Path:
        """Where a stored file is: a copy inside the store, or a file the user linked in place.

        FileStoreError when a relative path leads out of the store's folders (``..``, a symbolic
        link pointing elsewhere): such a path was never written by the store.
        """
        mapped = map_path(stored_path, self.path_mappings)
        if mapped is not None:
            return Path(mapped)  # linked in place on a machine that mounts the share elsewhere
        path = Path(stored_path)
        if path.is_absolute():
            return path  # linked in place by the user (attach --link-in-place)
        return self._managed(stored_path)

    def _managed(self, stored_path: str) -> Path:
        path = confined(self.root, stored_path)
        top = Path(stored_path).parts[0]
        if top not in MANAGED_DIRS or len(Path(stored_path).parts) < 2:
            raise FileStoreError(
                _t(
                    "The path {stored_path!r} is not a stored file of the library at {root} "
                    "(those are in {names})."
                ).format(
                    stored_path=stored_path,
                    root=self.root,
                    names=" or ".join(d + "/" for d in MANAGED_DIRS),
                )
            )
        return path

    def exists(self, stored_path: str) -> bool:
        return self.resolve(stored_path).is_file()

    # ------------------------------------------------------------------ lock

    @contextmanager
    def adding(self) -> Iterator[None]:
        """Hold from putting a file in the store until the row that refers to it is committed.

        Many may add at once (a shared lock); ``removing`` waits until they are done, so a
        copy whose reference is not committed yet is never judged unused and deleted.
        """
        with self._lock(exclusive=False):
            yield

    @contextmanager
    def keeping(self) -> Iterator[None]:
        """Hold while stored files must stay (a backup reads them): ``removing`` waits."""
        with self._lock(exclusive=False):
            yield

    @contextmanager
    def removing(self) -> Iterator[None]:
        """Hold while deciding that stored files are unused and deleting them (exclusive)."""
        with self._lock(exclusive=True):
            yield

    @contextmanager
    def removing_if_free(self) -> Iterator[bool]:
        """``removing`` when no one is adding right now (True), else do without it (False)."""
        with self._lock(exclusive=True, wait=False) as held:
            yield held

    @contextmanager
    def _lock(self, *, exclusive: bool, wait: bool = True) -> Iterator[bool]:
        # A lock file, not a lock in memory: the CLI, the app and a second app on a shared
        # library are separate processes. Each thread opens its own descriptor, as flock()
        # locks belong to an open file, so threads exclude each other too.
        held: list[bool] = getattr(self._held, "modes", None) or []
        if held:
            if exclusive and not held[0]:
                if not wait:
                    yield False
                    return
                raise RuntimeError("removing() inside adding() would wait for itself")
            held.append(exclusive)
            try:
                yield True
            finally:
                held.pop()
            return
        if fcntl is None:
            self._held.modes = [exclusive]
            try:
                yield True
            finally:
                self._held.modes = []
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
            try:
                fcntl.flock(fd, flags if wait else flags | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            self._held.modes = [exclusive]
            try:
                yield True
            finally:
                self._held.modes = []
        finally:
            os.close(fd)  # closing releases the lock

    def add(
        self, source: Path, *, link: bool = False, progress: ReportProgress | None = None
    ) -> StoredFile:
        """Copy ``source`` into the store (or record it in place) and return where it lives."""
        if not link:
            return self.place(self.copy_in(source, progress))
        source = self._source(source)
        with self._plain_errors(source):
            return StoredFile(str(source), sha256_of(source, progress), source.stat().st_size, True)

    def copy_in(
        self,
        source: Path,
        progress: ReportProgress | None = None,
        *,
        stop: threading.Event | None = None,
        flush: bool = True,
    ) -> Incoming:
        """Copy ``source`` to a temporary file in the store, hashing it; ``place`` puts it under
        its name. The temporary file is held (``hold_while_written``) until then, so another
        program cleaning up leaves it alone. Without ``flush`` the copy is not flushed to disk
        yet (``flush_incoming`` does it, ``place`` at the latest). ``stop`` set: the copy stops
        with ``Cancelled`` and nothing of it is kept."""
        source = self._source(source)
        with self._plain_errors(source):
            self.files_dir.mkdir(parents=True, exist_ok=True)
            return self._copy_to_temp(source, self.files_dir, progress, stop=stop, flush=flush)

    def flush_incoming(self, incoming: Incoming) -> None:
        """Flush a copy made by ``copy_in`` to disk (errors worded as ``copy_in`` words them)."""
        if incoming.flushed or incoming.fd is None:
            return
        with self._plain_errors(incoming.source):
            os.fsync(incoming.fd)
        incoming.flushed = True

    def place(self, incoming: Incoming) -> StoredFile:
        """Rename a flushed copy to its content's name (or drop it when that is there)."""
        tmp = incoming.temp
        try:
            self.flush_incoming(incoming)  # never a name for a copy not on disk yet
            relative = self._content_path("files", incoming.sha256, incoming.source.suffix.lower())
            target = self._managed(relative)
            with self._plain_errors(incoming.source):  # a full disk, as copying says it
                if target.exists():
                    tmp.unlink()
                else:
                    self._move_into_place(tmp, target)
            return StoredFile(relative, incoming.sha256, incoming.size, False)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            incoming.release()

    @staticmethod
    def _source(source: Path) -> Path:
        try:
            source = source.resolve(strict=True)
        except FileNotFoundError as exc:
            raise FileStoreError(_t("File not found: {source}").format(source=source)) from exc
        except RuntimeError as exc:  # Python 3.11 reports a symbolic link loop so
            raise FileStoreError(
                _t("{source} is a symbolic link that loops.").format(source=source)
            ) from exc
        if not source.is_file():
            raise FileStoreError(_t("Not a file: {source}").format(source=source))
        return source

    @contextmanager
    def _plain_errors(self, source: Path) -> Iterator[None]:
        try:
            yield
        except PermissionError as exc:
            raise FileStoreError(
                _t("Cannot read {source}: permission denied.").format(source=source)
            ) from exc
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise FileStoreError(
                    _t(
                        "The disk holding the library ({root}) is full: {name} was not copied, "
                        "and nothing of it was kept. Free some space (or attach it linked in "
                        "place) and try again."
                    ).format(root=self.root, name=source.name)
                ) from exc
            if exc.errno == errno.EROFS:
                raise FileStoreError(
                    _t(
                        "The library folder {root} is on a read-only disk: {name} was not "
                        "copied. Attach it linked in place, or use a writable library."
                    ).format(root=self.root, name=source.name)
                ) from exc
            raise

    def _copy_to_temp(
        self,
        source: Path,
        folder: Path,
        progress: ReportProgress | None,
        *,
        stop: threading.Event | None = None,
        flush: bool = True,
    ) -> Incoming:
        """Copy ``source`` to a temporary file in ``folder``, held until released."""
        digest = hashlib.sha256()
        total = source.stat().st_size
        done = 0
        fd, tmp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=folder)
        tmp = Path(tmp_name)
        try:
            hold_while_written(fd)
            # Written through a second descriptor: ``fd`` stays open, holding the file.
            # One buffer for every piece: no new memory to fault in for each.
            buffer = memoryview(bytearray(CHUNK))
            with source.open("rb", buffering=0) as src, os.fdopen(os.dup(fd), "wb") as dst:
                while read := src.readinto(buffer):
                    if stop is not None and stop.is_set():
                        raise Cancelled
                    data = buffer[:read]
                    digest.update(data)
                    dst.write(data)
                    done += read
                    step(progress, source.name, done, total)
                dst.flush()
                if flush:
                    os.fsync(dst.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            os.close(fd)
            raise
        return Incoming(tmp, digest.hexdigest(), done, source, fd, flushed=flush)

    @staticmethod
    def _move_into_place(tmp: Path, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(tmp, file_mode())
        os.replace(tmp, target)
        _fsync_dir(target.parent)

    def put_back(
        self, source: Path, stored_path: str, sha256: str, progress: ReportProgress | None = None
    ) -> None:
        """Copy ``source`` to the store's ``stored_path`` (a copy found again elsewhere).

        The content must have the recorded ``sha256``, or nothing is written (FileStoreError).
        Whatever is at ``stored_path`` is replaced: move a changed copy aside first.
        """
        target = self._managed(stored_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        incoming = self._copy_to_temp(source, self._top_of(target), progress)
        tmp = incoming.temp
        try:
            if incoming.sha256 != sha256:
                raise FileStoreError(
                    _t(
                        "{source} changed while it was copied (its content is not the one "
                        "recorded); nothing was written."
                    ).format(source=source)
                )
            self._move_into_place(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            incoming.release()

    @staticmethod
    def _content_path(subdir: str, sha: str, suffix: str) -> str:
        """``<subdir>/ab/<sha256><suffix>``; anything but a real hash and a plain suffix refused."""
        if not is_sha256(sha):
            raise FileStoreError(
                _t("{sha!r} is not a SHA-256 (64 lowercase hex digits).").format(sha=sha)
            )
        if "/" in suffix or "\\" in suffix or "\x00" in suffix:
            raise FileStoreError(
                _t("{suffix!r} is not a file name extension.").format(suffix=suffix)
            )
        return f"{subdir}/{sha[:2]}/{sha}{suffix}"

    def remove(self, stored_path: str) -> None:
        """Delete a copied file; FileStoreError for anything outside the store's folders.

        A linked original (an absolute path) is never deleted, nor is a symbolic link in the
        library that points outside it.
        """
        if Path(stored_path).is_absolute():
            raise FileStoreError(
                _t(
                    "{stored_path} is a linked file, not a copy in the library: never deleted."
                ).format(stored_path=stored_path)
            )
        self._managed(stored_path).unlink(missing_ok=True)

    def discard(self, stored_paths: Iterable[str]) -> None:
        """Delete copies no row refers to any more (the caller checked, holding ``removing``).

        Linked originals are skipped; a path the store refuses is logged and left alone, as the
        rows that named it are already gone.
        """
        for stored_path in stored_paths:
            if Path(stored_path).is_absolute():
                continue
            try:
                self.remove(stored_path)
            except FileStoreError as exc:
                log.warning("not deleted: %s", exc)

    def write_bytes(self, data: bytes, suffix: str, subdir: str = "files") -> StoredFile:
        """Store generated content (snapshots, fetched pages) atomically by its hash."""
        sha = hashlib.sha256(data).hexdigest()
        relative = self._content_path(subdir, sha, suffix)
        target = self._managed(relative)
        with self.adding():  # clean_incoming in another program leaves the temp file alone
            self._write_new(target, data)
        return StoredFile(relative, sha, len(data), False)

    def _top_of(self, target: Path) -> Path:
        """The store folder (files/ or snapshots/) that ``target`` is in: where its temporary
        file is written."""
        return self.root / target.relative_to(self.root).parts[0]

    def _write_new(self, target: Path, data: bytes) -> None:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_whole(target, data, prefix=INCOMING_PREFIX, temp_dir=self._top_of(target))

    def stored_files(self) -> Iterator[Path]:
        """Every file in the store's folders but partial copies (symbolic links included,
        never followed)."""
        for top in MANAGED_DIRS:
            for folder, dirs, names in os.walk(self.root / top):
                dirs.sort()
                for name in sorted(names):
                    if not name.startswith(INCOMING_PREFIX):
                        yield Path(folder) / name

    def quarantine(self, path: Path, batch: str) -> Path:
        """Move a file out of the store's folders to ``quarantine/<batch>/`` (same relative
        path, a number added when taken); return where it went. Nothing is ever deleted."""
        relative = path.relative_to(self.root)
        if relative.parts[0] not in MANAGED_DIRS:
            raise FileStoreError(
                _t("{path} is not in the store's folders; not moved.").format(path=path)
            )
        target = self.root / QUARANTINE_DIR / batch / relative
        n = 1
        while target.exists() or target.is_symlink():
            n += 1
            target = target.with_name(f"{relative.stem}.{n}{relative.suffix}")
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)  # same library, same disk: a rename
        _fsync_dir(target.parent)
        return target

    def incoming_leftovers(self, *, deep: bool = False) -> list[Path]:
        """Temporary files in the library (killed copies, or copies running now): at the top
        of the library, of the store's folders and of backups/, where they are written; with
        ``deep``, in every folder below them too (where older versions wrote them).

        Without ``deep`` this reads four folders whatever the size of the library: it runs at
        every open.
        """
        found = sorted(self.root.glob(f"{INCOMING_PREFIX}*"))
        for top in (*MANAGED_DIRS, BACKUP_DIR):
            if deep:
                for folder, dirs, names in os.walk(self.root / top):
                    dirs.sort()
                    found.extend(
                        Path(folder) / n for n in sorted(names) if n.startswith(INCOMING_PREFIX)
                    )
                continue
            try:
                with os.scandir(self.root / top) as entries:
                    found.extend(
                        sorted(
                            Path(e.path)
                            for e in entries
                            if e.name.startswith(INCOMING_PREFIX) and not e.is_dir()
                        )
                    )
            except (FileNotFoundError, NotADirectoryError):
                continue
        return found

    def clean_incoming(self, *, deep: bool = False) -> int:
        """Remove temp files a killed process left behind; return how many (``deep``: as in
        ``incoming_leftovers``).

        A temp file is also what a copy running right now in another process writes to: it
        holds ``adding`` until its row is committed, so nothing is removed while anyone does
        (the next open, or ``check --repair``, cleans up).
        """
        if not self.incoming_leftovers(deep=deep):
            return 0  # the usual case: no lock (nor lock file) needed to say so
        with self.removing_if_free() as free:
            if not free:
                return 0
            leftovers = [p for p in self.incoming_leftovers(deep=deep) if not _held_by_writer(p)]
            for leftover in leftovers:
                leftover.unlink(missing_ok=True)
            return len(leftovers)


def hold_while_written(fd: int) -> None:
    """Mark a temporary file as being written, for as long as ``fd`` stays open.

    For a temporary file written outside the store's lock (a new catalogue): clean_incoming
    in another program skips a file so held.
    """
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)


def _held_by_writer(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_out(source: Path, target: Path) -> None:
    """Copy a stored file out of the library (export, 'save as'), atomically.

    A copy cut short by a kill never takes the final name (a re-run that skips existing files
    would keep it), and it gets the mode the umask gives, whatever the original's mode.
    """
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent
    )
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        shutil.copystat(source, tmp_name)  # keeps the times; the mode is set next
        os.chmod(tmp_name, file_mode())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
