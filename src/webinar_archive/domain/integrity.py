"""What a library check finds, what a repair did and what a relink reconnected: plain reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .messages import _mark, _t


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

    @property
    def label(self) -> str:
        """The kind as a report shows it, in the language of the messages (``[missing]``,
        ``[brak pliku]``); ``value`` stays the same in every language for ``--json``."""
        return _t(_KIND_LABELS[self.value])


_KIND_LABELS = {
    "database": _mark("database"),
    "foreign-key": _mark("foreign-key"),
    "missing": _mark("missing"),
    "size": _mark("size"),
    "hash": _mark("hash"),
    "unreadable": _mark("unreadable"),
    "orphan": _mark("orphan"),
    "temporary": _mark("temporary"),
    "index": _mark("index"),
}

# The tables that name a stored file, as a report names them.
_TABLE_NAMES = {
    "material": _mark("material"),
    "recording": _mark("recording"),
    "subtitle_track": _mark("subtitle track"),
    "page_snapshot": _mark("page snapshot"),
}


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
        known = _TABLE_NAMES.get(self.table)
        table = _t(known) if known is not None else self.table.replace("_", " ")
        if self.session_id is None:
            return _t("“{name}” ({table} {row})").format(
                name=self.name, table=table, row=self.row_id
            )
        return _t("“{name}” ({table} {row} of session {session})").format(
            name=self.name, table=table, row=self.row_id, session=self.session_id
        )


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
