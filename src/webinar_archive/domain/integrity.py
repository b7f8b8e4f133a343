"""What a library check finds, what a repair did and what a relink reconnected: plain reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ProblemKind(enum.Enum):
    """A kind of problem ``check`` reports; the value is what ``--json`` says."""

    DATABASE = "database"  # the database's own consistency check failed
    FOREIGN_KEY = "foreign-key"  # a row points at a row that is not there
    MISSING = "missing"  # a record's file is gone
    SIZE = "size"  # a record's file is there with another size: it was changed
    HASH = "hash"  # same size, other content (found by --full)
    UNREADABLE = "unreadable"  # the file is there but cannot be read, or its path is refused
    ORPHAN = "orphan"  # a file in the store that no record knows
    TEMPORARY = "temporary"  # a partial copy left by an interrupted program
    INDEX = "index"  # the search index is not in step with the catalogue


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One catalogue row that names a stored file (a material, recording, subtitle or page)."""

    table: str  # material, recording, subtitle_track, page_snapshot
    row_id: int
    session_id: int | None
    stored_path: str  # relative to the library root, or absolute when linked in place
    sha256: str
    size: int | None  # None where the row keeps no size (subtitles, page snapshots)
    linked: bool
    name: str  # the original file name, or the page's URL

    @property
    def label(self) -> str:
        # The original name first: the stored path is a hash no one recognises.
        where = f" of session {self.session_id}" if self.session_id is not None else ""
        return f"“{self.name}” ({self.table.replace('_', ' ')} {self.row_id}{where})"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong, where, and what the user can do about it."""

    kind: ProblemKind
    path: str  # the file or database concerned
    detail: str
    advice: str
    records: tuple[str, ...] = ()  # the rows concerned ("material 4 of session 2")
    repairable: bool = False  # ``check --repair`` fixes it without losing anything


@dataclass(frozen=True, slots=True)
class IndexCount:
    """How many entries of one kind the search index holds, against how many it should."""

    kind: str
    expected: int
    indexed: int


@dataclass(slots=True)
class CheckReport:
    """What ``check`` looked at and what it found; ``ok`` when nothing is wrong."""

    library: str
    database: str
    full: bool
    checks: list[str] = field(default_factory=list)  # what was checked, in plain words
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    bytes_hashed: int = 0
    index_counts: list[IndexCount] = field(default_factory=list)
    temporary_removed_at_open: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def of_kind(self, *kinds: ProblemKind) -> list[Problem]:
        return [p for p in self.problems if p.kind in kinds]


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A file moved out of the store into the library's quarantine folder (never deleted)."""

    source: str
    target: str


@dataclass(slots=True)
class RepairReport:
    """What ``check --repair`` changed, and the problems it left for the user to decide."""

    quarantined: list[Quarantined] = field(default_factory=list)
    temporary_removed: list[str] = field(default_factory=list)
    index_rebuilt: bool = False
    sessions_indexed: int = 0
    left: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Relinked:
    """A record's file found again: copied back into the store, or linked at its new place."""

    old_path: str
    found_at: str
    new_path: str  # what the records now say (the same store path when copied back)
    records: tuple[str, ...]
    copied_back: bool


@dataclass(slots=True)
class RelinkReport:
    """What ``relink`` found and reconnected (or would, on a dry run), and what is still lost."""

    dry_run: bool
    looked_for: int = 0  # files missing or changed when relink started
    files_scanned: int = 0
    files_hashed: int = 0
    relinked: list[Relinked] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
