"""What an import did (or would do): sessions created or updated, files attached, refusals."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, Protocol

from .messages import _mark, _t, _tn
from .model import SessionDraft, TranscriptCue
from .text import abbreviate, printable

# The JSON exchange format: its name, and the newest version this program writes and reads.
FORMAT_NAME = "webinar-archive-exchange"
FORMAT_VERSION = 1


class ExtractedLike(Protocol):
    """A session read from a page: the draft plus what the reader was unsure of."""

    # Read-only members, so frozen records and plain dataclasses both qualify.
    @property
    def draft(self) -> SessionDraft: ...

    @property
    def uncertain(self) -> AbstractSet[str]: ...

    @property
    def warnings(self) -> Sequence[str]: ...


@dataclass(slots=True)
class SessionExtras:
    """What a domain Session leaves out but an exchange file must carry."""

    material_pages: dict[int, list[str]] = field(default_factory=dict)
    material_warnings: dict[int, str | None] = field(default_factory=dict)
    recording_added: dict[int, dt.datetime | None] = field(default_factory=dict)
    track_sha256: dict[int, str] = field(default_factory=dict)
    track_cues: dict[int, list[TranscriptCue]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Something that was not imported, and why (shown to the user as it is)."""

    item: str
    reason: str


@dataclass(slots=True)
class ImportReport:
    """The outcome of one import run; ``dry_run`` reports list what would happen instead."""

    kind: str
    dry_run: bool = False
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)  # titles that would be created (dry run)
    attached: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    # "name: path" of files linked in place outside the library (only when the user allowed it)
    linked: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # (file, what is wrong with it): shown grouped, so that thirty damaged copies of one kind
    # read as one line that names the thirty files.
    file_warnings: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def refuse(self, item: str, reason: str) -> None:
        # The item is a label (a title, a file name): a megabyte title must not fill the screen.
        self.refused.append(Refusal(abbreviate(item), abbreviate(reason, 1000)))

    def warn_file(self, file: str, message: str) -> None:
        """Note a problem with ``file``; ``message`` is a sentence without the file's name."""
        self.file_warnings.append((abbreviate(file), abbreviate(message, 1000)))

    def all_warnings(self) -> list[str]:
        """Every warning on its own, each file's naming it."""
        return self.warnings + [f"{name}: {text}" for name, text in self.file_warnings]

    def grouped_warnings(self) -> list[str]:
        """The warnings to read: the same problem of several files is one line naming them."""
        return self.warnings + _grouped(self.file_warnings)

    def merge(self, other: ImportReport) -> None:
        self.created += other.created
        self.updated += [i for i in other.updated if i not in self.updated]
        self.planned += other.planned
        self.attached += other.attached
        self.duplicates += other.duplicates
        self.refused += other.refused
        self.missing += other.missing
        self.linked += other.linked
        self.warnings += other.warnings
        self.file_warnings += other.file_warnings
        self.cancelled = self.cancelled or other.cancelled

    @property
    def session_count(self) -> int:
        """Sessions created or changed (or that would be, in a dry run)."""
        return len(self.created) + len(self.updated) + len(self.planned)

    @property
    def ok(self) -> bool:
        return not self.refused and not self.cancelled

    def summary(self) -> str:
        """A few lines fit for a terminal or a message box."""
        lines: list[str] = []
        if self.dry_run:
            lines.append(_t("Dry run ({kind}): nothing was saved.").format(kind=self.kind))
            for title in self.planned:
                lines.append(_t("  would create: {title}").format(title=title))
        new = len(self.planned) if self.dry_run else len(self.created)
        if self.dry_run:
            parts = [
                _tn(
                    "Would import {count} new session", "Would import {count} new sessions", new
                ).format(count=new)
            ]
        else:
            parts = [
                _tn("Imported {count} new session", "Imported {count} new sessions", new).format(
                    count=new
                )
            ]
        if n := len(self.updated):
            if self.dry_run:
                more = _tn("would update {count} session", "would update {count} sessions", n)
            else:
                more = _tn("updated {count} session", "updated {count} sessions", n)
            parts.append(more.format(count=n))
        if n := len(self.attached):
            if self.dry_run:
                files = _tn("{count} file to attach", "{count} files to attach", n)
            else:
                files = _tn("{count} file attached", "{count} files attached", n)
            parts.append(files.format(count=n))
        lines.append(", ".join(parts) + ".")
        if self.duplicates:
            lines.append(_t("Skipped as duplicate: {count}").format(count=len(self.duplicates)))
            lines += [f"  - {d}" for d in self.duplicates]
        if self.missing:
            lines.append(
                _t("Files not found (kept as references): {count}").format(count=len(self.missing))
            )
            lines += [f"  - {x}" for x in self.missing]
        if self.linked:
            lines.append(
                _t("Linked in place, outside the library: {count}").format(count=len(self.linked))
            )
            lines += [f"  - {x}" for x in self.linked]
        if self.refused:
            lines.append(_t("Refused: {count}").format(count=len(self.refused)))
            lines += [
                f"  - {line}" for line in _grouped([(r.item, r.reason) for r in self.refused])
            ]
        grouped = self.grouped_warnings()
        if grouped:
            count = len(self.warnings) + len(self.file_warnings)
            lines.append(_t("Warnings: {count}").format(count=count))
            lines += [f"  - {w}" for w in grouped]
        if self.cancelled:
            lines.append(
                _t("Cancelled: what was saved before stays; run the import again to finish.")
            )
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "dry_run": self.dry_run,
            "created": list(self.created),
            "updated": list(self.updated),
            "planned": list(self.planned),
            "attached": list(self.attached),
            "duplicates": list(self.duplicates),
            "refused": [{"item": r.item, "reason": r.reason} for r in self.refused],
            "missing": list(self.missing),
            "linked": list(self.linked),
            "warnings": self.all_warnings(),
            "cancelled": self.cancelled,
        }


def _grouped(items: Sequence[tuple[str, str]]) -> list[str]:
    """``name: text`` lines, one per distinct text, naming every item that has it."""
    by_text: dict[str, list[str]] = {}
    for name, text in items:
        by_text.setdefault(text, []).append(name)
    lines = []
    for text, names in by_text.items():
        if len(names) == 1:
            lines.append(f"{names[0]}: {text}")
            continue
        listed = _t("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
        # "the file looks cut short" said of three files reads "each file looks cut short".
        one, each = _t("the file "), _t("each file ")
        if text.startswith(one):
            text = each + text[len(one) :]
        lines.append(f"{listed}: {text}")
    return lines


@dataclass(frozen=True, slots=True)
class PageSource:
    """A page as it was read (fetched or opened), kept as a snapshot once its sessions are saved."""

    data: bytes
    url: str | None
    content_type: str | None
    retrieved_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    sessions: int
    files_copied: int = 0
    files_missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionEdit:
    """What the user corrected in the review of a session folder before importing it."""

    title: str
    date: dt.date | None
    series: str | None


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file of a session folder and where a folder import puts it."""

    name: str
    role: str  # one of ROLES: "recording", "slides", "PDF", "subtitles", "document", ...
    warning: str | None = None  # what is wrong with it, in plain words, without its name
    skipped: bool = False  # not attached: already there, not supported, or refused


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """What one session folder becomes: a new session or more files for a known one."""

    folder: str  # the folder's path, as found (shown through ``printable``)
    title: str
    date: dt.date | None
    series: str | None
    existing_id: int | None  # the session this folder filled before, when found again
    files: tuple[PlannedFile, ...] = ()
    warnings: tuple[str, ...] = ()  # about the folder's page or summary

    @property
    def attaching(self) -> int:
        return sum(1 for f in self.files if not f.skipped and f.role not in _READ_ONLY_ROLES)


# The roles of a planned file, marked for the catalogue (shown translated: ``_t(role)``).
ROLES = (
    _mark("recording"),
    _mark("slides"),
    _mark("PDF"),
    _mark("subtitles"),
    _mark("document"),
    _mark("image"),
    _mark("page"),
    _mark("summary"),
    _mark("chapters"),
    _mark("transcript"),
    _mark("other"),
    _mark("refused"),
    _mark("not imported"),
)

# Files that are read for the session's fields (the page is also kept as a snapshot).
_READ_ONLY_ROLES = {"page", "summary"}


@dataclass(slots=True)
class FolderPlan:
    """The review of a folder import before anything is saved (the dialog and `--dry-run`)."""

    root: str  # the folder's path, as given (shown through ``printable``)
    sessions: list[PlannedSession] = field(default_factory=list)
    problems: list[Refusal] = field(default_factory=list)  # folders that cannot be read

    @property
    def new_sessions(self) -> list[PlannedSession]:
        return [s for s in self.sessions if s.existing_id is None]

    @property
    def has_work(self) -> bool:
        return any(s.existing_id is None or s.attaching for s in self.sessions)

    def headline(self) -> str:
        new = len(self.new_sessions)
        more = sum(1 for s in self.sessions if s.existing_id is not None and s.attaching)
        files = sum(s.attaching for s in self.sessions)
        parts = [_tn("{count} new session", "{count} new sessions", new).format(count=new)]
        if more:
            parts.append(
                _tn(
                    "{count} known session gets more files",
                    "{count} known sessions get more files",
                    more,
                ).format(count=more)
            )
        parts.append(
            _tn("{count} file to attach", "{count} files to attach", files).format(count=files)
        )
        return _t("From {folder}: {parts}.").format(
            folder=printable(self.root), parts=", ".join(parts)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "sessions": [
                {
                    "folder": x.folder,
                    "title": x.title,
                    "date": x.date.isoformat() if x.date else None,
                    "series": x.series,
                    "existing_session_id": x.existing_id,
                    "files": [
                        {"name": f.name, "role": f.role, "warning": f.warning, "skipped": f.skipped}
                        for f in x.files
                    ],
                    "warnings": list(x.warnings),
                }
                for x in self.sessions
            ],
            "problems": [{"item": r.item, "reason": r.reason} for r in self.problems],
        }

    def describe(self) -> str:
        """The plan as lines for a terminal: sessions, which file goes where, warnings."""
        lines = [self.headline()]
        for session in self.sessions:
            when = session.date.isoformat() if session.date else _t("date unknown")
            state = (
                _t("new session")
                if session.existing_id is None
                else _t("adds to session {id}").format(id=session.existing_id)
            )
            lines.append(f"- {session.title}  ({when}; {state})")
            folder, series, warned = _t("folder"), _t("series"), _t("warning")
            lines.append(f"    {folder:<13} {printable(session.folder)}")
            if session.series:
                lines.append(f"    {series:<13} {session.series}")
            for item in session.files:
                role = _t(item.role)
                lines.append(f"    {role:<13} {item.name}")
                if item.warning:
                    lines.append(f"    {'':<13} " + _t("warning: {text}").format(text=item.warning))
            for warning in session.warnings:
                lines.append(f"    {warned:<13} {warning}")
        for problem in self.problems:
            lines.append(
                _t("- not imported: {item}: {reason}").format(
                    item=problem.item, reason=problem.reason
                )
            )
        return "\n".join(lines)
