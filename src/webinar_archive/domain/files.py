"""What names of stored files may be: a content hash, and a path that stays below its folder."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

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
