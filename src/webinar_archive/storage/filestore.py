"""The library's managed files: content-addressed copies written atomically, or links in place."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import FileStoreError

CHUNK = 1024 * 1024

# (bytes done, bytes total) -> False to cancel
Progress = Callable[[int, int], bool]


class CopyCancelled(FileStoreError):
    """The user cancelled a copy; nothing was stored."""


@dataclass(frozen=True, slots=True)
class StoredFile:
    stored_path: str  # relative to the library root when copied, absolute when linked
    sha256: str
    size: int
    linked: bool


def sha256_of(path: Path, progress: Progress | None = None) -> str:
    """Hash a file in chunks (progress may cancel)."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None and progress(done, total) is False:
                raise CopyCancelled(f"Cancelled while reading {path.name}.")
    return digest.hexdigest()


class FileStore:
    """Files under ``<library>/files/ab/<sha256><ext>``; the original is never modified."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files_dir = root / "files"

    def resolve(self, stored_path: str) -> Path:
        path = Path(stored_path)
        return path if path.is_absolute() else self.root / path

    def exists(self, stored_path: str) -> bool:
        return self.resolve(stored_path).is_file()

    def add(
        self, source: Path, *, link: bool = False, progress: Progress | None = None
    ) -> StoredFile:
        """Copy ``source`` into the store (or record it in place) and return where it lives."""
        try:
            source = source.resolve(strict=True)
        except FileNotFoundError as exc:
            raise FileStoreError(f"File not found: {source}") from exc
        except RuntimeError as exc:  # Python 3.11 reports a symbolic link loop so
            raise FileStoreError(f"{source} is a symbolic link that loops.") from exc
        if not source.is_file():
            raise FileStoreError(f"Not a file: {source}")
        try:
            if link:
                return StoredFile(
                    str(source), sha256_of(source, progress), source.stat().st_size, True
                )
            return self._copy(source, progress)
        except PermissionError as exc:
            raise FileStoreError(f"Cannot read {source}: permission denied.") from exc

    def _copy(self, source: Path, progress: Progress | None) -> StoredFile:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        total = source.stat().st_size
        done = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.files_dir)
        tmp = Path(tmp_name)
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                    done += len(chunk)
                    if progress is not None and progress(done, total) is False:
                        raise CopyCancelled(f"Cancelled while copying {source.name}.")
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            relative = Path("files") / sha[:2] / (sha + source.suffix.lower())
            target = self.root / relative
            if target.exists():
                tmp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
                _fsync_dir(target.parent)
            return StoredFile(relative.as_posix(), sha, done, False)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def remove(self, stored_path: str) -> None:
        """Delete a copied file (never a linked original)."""
        path = Path(stored_path)
        if path.is_absolute():
            return
        (self.root / path).unlink(missing_ok=True)

    def write_bytes(self, data: bytes, suffix: str, subdir: str = "files") -> StoredFile:
        """Store generated content (snapshots, fetched pages) atomically by its hash."""
        sha = hashlib.sha256(data).hexdigest()
        relative = Path(subdir) / sha[:2] / (sha + suffix)
        target = self.root / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp_name, target)
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise
        return StoredFile(relative.as_posix(), sha, len(data), False)

    def clean_incoming(self) -> int:
        """Remove temp files a killed process left behind; return how many."""
        count = 0
        for leftover in self.root.glob("files/**/.incoming-*"):
            leftover.unlink(missing_ok=True)
            count += 1
        return count


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_out(source: Path, target: Path) -> None:
    """Copy a stored file out of the library (export, 'save as')."""
    shutil.copy2(source, target)
