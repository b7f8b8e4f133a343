"""Files written to a path the user chose: which targets are refused, and the atomic replace."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import ArchiveError, ValidationError
from ..domain.files import file_mode
from ..domain.messages import _t

_KINDS = (
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def output_target(path: Path) -> Path:
    """The file that writing to ``path`` replaces or creates; ValidationError when there is none.

    A symbolic link is written through, as editors do: the file it points to gets the new
    content and the link stays where the user put it. Folders, devices, FIFOs and sockets are
    refused rather than replaced by a regular file.
    """
    path = Path(path)
    try:
        real = path.resolve()
    except RuntimeError:  # Python 3.11 reports a link loop so
        raise ValidationError(
            _t(
                "Cannot write {path}: it is a symbolic link that loops. Choose another file."
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            _t("Cannot write {path}: {reason}.").format(path=path, reason=_reason(exc))
        ) from exc
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ValidationError(
                _t(
                    "Cannot write {path}: it is a symbolic link that loops. Choose another file."
                ).format(path=path)
            ) from exc
        raise ValidationError(
            _t("Cannot write {path}: {reason}.").format(path=path, reason=_reason(exc))
        ) from exc
    if stat.S_ISDIR(mode):
        raise ValidationError(
            _t("{path} is a folder, not a file: give the name of a file to write.").format(
                path=path
            )
        )
    for test, kind in _KINDS:
        if test(mode):
            raise ValidationError(
                _t(
                    "{path} is {kind}, not a regular file; nothing was written. Choose a "
                    "file name to write to."
                ).format(path=path, kind=kind)
            )
    return real


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside the target of ``path``, which replaces it when the block succeeds.

    The caller writes the temporary file by name. It gets the mode the umask allows (an
    existing file keeps its own), is flushed to disk, then renamed over the target; on an error
    or an interrupt it is removed and the target is left as it was.
    """
    target = output_target(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = file_mode()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # A short prefix: the temporary name must stay within the 255 bytes a name may have.
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise ArchiveError(
            _t("Cannot write {path}: {reason}.").format(path=path, reason=_reason(exc))
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        try:
            os.chmod(tmp, mode)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            raise ArchiveError(
                _t("Cannot write {path}: {reason}.").format(path=path, reason=_reason(exc))
            ) from exc
        _fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to the user-given ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            raise ArchiveError(
                _t("Cannot write {path}: {reason}.").format(path=path, reason=_reason(exc))
            ) from exc
