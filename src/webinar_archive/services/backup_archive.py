"""The backup archive format: a tar whose first entry is a manifest of everything after it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from ..domain.errors import ArchiveError
from ..domain.files import is_sha256, relative_path_problem
from ..domain.messages import _t
from ..storage.filestore import MANAGED_DIRS
from ..storage.snapshot import ROWS_SNAPSHOT, SQLITE_SNAPSHOT

FORMAT = "webinar-archive-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
# A manifest lists a few hundred bytes per file: this is room for a million files, and a
# hostile archive cannot make a restore read more than this before it checks anything.
MANIFEST_LIMIT = 256 * 1024 * 1024
CATALOGUE_KINDS = {SQLITE_SNAPSHOT: "sqlite", ROWS_SNAPSHOT: "rows"}


class BackupError(ArchiveError):
    """A backup cannot be written, or an archive cannot be restored; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One file in the archive: where it goes (relative to the library), its hash and size."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup holds; a restore checks the archive against it entry by entry."""

    app_version: str
    schema_revision: str | None
    created_at: str
    backend: str
    catalogue: Entry
    files_included: bool
    files: tuple[Entry, ...]  # the managed files the catalogue names (in the archive or not)
    missing: tuple[str, ...]  # managed files the catalogue names that were gone at backup
    linked: tuple[str, ...]  # files linked in place: recorded by path, never in the archive

    @property
    def catalogue_kind(self) -> str:
        return CATALOGUE_KINDS[self.catalogue.name]

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at,
            "backend": self.backend,
            "catalogue": _entry_dict(self.catalogue),
            "files_included": self.files_included,
            "files": [_entry_dict(e) for e in self.files],
            "missing": list(self.missing),
            "linked": list(self.linked),
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, source: str) -> Manifest:
        """Parse and check a manifest; BackupError naming ``source`` and the fault."""

        def bad(why: str) -> BackupError:
            return BackupError(
                _t("{source} is not a usable Webinar Archive backup: {why}.").format(
                    source=source, why=why
                )
            )

        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise bad(_t("its manifest is not JSON ({exc})").format(exc=exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise bad(_t("its manifest is not one of a backup"))
        version = data.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise bad(
                _t(
                    "it was made by a newer program (format {version!r}); update the program"
                ).format(version=version)
            )
        catalogue = _entry(data.get("catalogue"), bad)
        if catalogue.name not in CATALOGUE_KINDS:
            raise bad(
                _t("its catalogue entry {name!r} is not a catalogue snapshot").format(
                    name=catalogue.name
                )
            )
        files = data.get("files")
        if not isinstance(files, list):
            raise bad(_t("its manifest has no list of files"))
        entries = tuple(_entry(f, bad) for f in files)
        seen: set[str] = set()
        for e in entries:
            problem = managed_path_problem(e.name)
            if problem:
                raise bad(
                    _t("the file entry {name!r} {problem}").format(name=e.name, problem=problem)
                )
            if e.name in seen:
                raise bad(_t("the file entry {name!r} is listed twice").format(name=e.name))
            seen.add(e.name)
        texts = {}
        for key in ("missing", "linked"):
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise bad(_t("its {key!r} list is not a list of paths").format(key=key))
            texts[key] = tuple(value)
        revision = data.get("schema_revision")
        return cls(
            app_version=str(data.get("app_version", "")),
            schema_revision=revision if isinstance(revision, str) else None,
            created_at=str(data.get("created_at", "")),
            backend=str(data.get("backend", "")),
            catalogue=catalogue,
            files_included=data.get("files_included") is True,
            files=entries,
            missing=texts["missing"],
            linked=texts["linked"],
        )


def managed_path_problem(name: str) -> str | None:
    """Why ``name`` cannot be a managed file of a library (None when it can)."""
    problem = relative_path_problem(name)
    if problem:
        return problem
    parts = PurePosixPath(name).parts
    if "\\" in name or len(parts) < 2 or parts[0] not in MANAGED_DIRS or "." in parts:
        return f"is not in {' or '.join(d + '/' for d in MANAGED_DIRS)}"
    return None


def _entry_dict(entry: Entry) -> dict[str, Any]:
    return {"name": entry.name, "sha256": entry.sha256, "size": entry.size}


def _entry(value: object, bad: Any) -> Entry:
    if not isinstance(value, dict):
        raise bad(_t("an entry of its manifest is not an object"))
    name, sha, size = value.get("name"), value.get("sha256"), value.get("size")
    if not isinstance(name, str) or not name:
        raise bad(_t("an entry of its manifest has no name"))
    if not is_sha256(sha):
        raise bad(
            _t("the entry {name!r} has no valid SHA-256 (64 lowercase hex digits)").format(
                name=name
            )
        )
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise bad(_t("the entry {name!r} has no valid size").format(name=name))
    assert isinstance(sha, str)
    return Entry(name, sha, size)
