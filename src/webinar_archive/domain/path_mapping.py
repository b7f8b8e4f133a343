"""Path mappings: a linked file recorded on one machine found under another machine's root."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")  # a drive letter or a UNC share


@dataclass(frozen=True, slots=True)
class PathMapping:
    """Paths recorded under ``recorded`` (``Z:\\archive`` there) are under ``local`` here."""

    recorded: str
    local: str

    @classmethod
    def parse(cls, text: str) -> PathMapping:
        """``RECORDED=LOCAL`` as typed on a command line; ValueError saying what is wrong."""
        recorded, sep, local = text.partition("=")
        if not sep or not recorded.strip() or not local.strip():
            raise ValueError(
                f"{text!r} is not a path mapping: write RECORDED=LOCAL, e.g. "
                "'Z:\\archive=/mnt/archive'."
            )
        return cls(recorded.strip(), local.strip())


def _parts(path: str) -> tuple[tuple[str, ...], bool]:
    """The components of ``path`` and whether it is a Windows path (compared case-blind)."""
    if _WINDOWS.match(path):
        return PureWindowsPath(path).parts, True
    return PurePosixPath(path).parts, False


def map_path(stored: str, mappings: tuple[PathMapping, ...] | list[PathMapping]) -> str | None:
    """``stored`` under the local root of the longest mapping whose recorded root holds it;
    None when none does. The rest of the path keeps its names, joined with the separators of
    the local root's kind of path."""
    parts, windows = _parts(stored)
    best: tuple[int, PathMapping] | None = None
    for mapping in mappings:
        root, root_windows = _parts(mapping.recorded)
        if root_windows != windows or len(root) > len(parts):
            continue
        head = parts[: len(root)]
        same = (
            [p.casefold() for p in head] == [p.casefold() for p in root]
            if windows
            else list(head) == list(root)
        )
        if same and (best is None or len(root) > best[0]):
            best = (len(root), mapping)
    if best is None:
        return None
    rest = parts[best[0] :]
    local, local_windows = _parts(best[1].local)
    flavour = PureWindowsPath if local_windows else PurePosixPath
    return str(flavour(*local, *rest))
