"""What names of stored files may be (a content hash, a path below its folder), their mode, and
how a new file is written whole."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path, PurePosixPath

_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_sha256(value: object) -> bool:
    """Exactly 64 lowercase hex digits (a value used to name files must be nothing else)."""
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def relative_path_problem(value: str) -> str | None:
    """Why ``value`` is not a relative path that stays below the folder it is read from."""
    if not value or "\x00" in value:
        return "is empty or holds a NUL character"
    # Both separators count: a Windows-made name must not climb out on another system either.
    parts = PurePosixPath(value.replace("\\", "/")).parts
    if value.startswith(("/", "\\")) or (parts and re.match(r"^[A-Za-z]:", parts[0])):
        return "is an absolute path"
    if ".." in parts:
        return "climbs out of its folder with '..'"
    return None


def file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under 022).

    Files written through a temporary file (``tempfile.mkstemp`` makes them 0600) are given
    this mode before the rename, so every file the app writes respects the umask.
    """
    return 0o666 & ~_umask()


def _umask() -> int:
    # os.umask can only be read by setting it, which races with other threads creating files;
    # Linux states it in /proc.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_whole(
    target: Path, data: bytes, *, prefix: str = ".incoming-", temp_dir: Path | None = None
) -> None:
    """Write ``data`` to ``target`` so that it appears whole or not at all.

    The bytes go to a temporary file beside the target, or in ``temp_dir`` (on the same disk),
    named with ``prefix`` so a clean-up of leftovers can find it; they are flushed to the disk,
    given the umask's mode and renamed over the target; on any failure the temporary file is
    removed.
    """
    folder = temp_dir if temp_dir is not None else target.parent
    fd, partial = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, file_mode())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
