"""Backup tests' builders: a library with files, tree comparisons, and hand-made tar archives."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Iterable
from pathlib import Path

from helpers import draft, make_pdf
from webinar_archive.services.archive import Archive


def library_with_files(root: Path, sources: Path, database_url: str | None = None) -> Archive:
    """An open library: two sessions (one in the trash), a PDF, a text file, a linked file."""
    sources.mkdir(parents=True, exist_ok=True)
    archive = Archive.open(root, database_url)
    kept = archive.sessions.create(draft("Kept with its slides"))
    trashed = archive.sessions.create(draft("Waiting in the trash"))
    pdf = make_pdf(sources / "slides.pdf", ["Smart specialisation in Lapland"])
    notes = sources / "agenda.txt"
    notes.write_text("09:00 welcome\n09:10 Lapland\n", encoding="utf-8")
    linked = sources / "linked.txt"
    linked.write_text("kept where it is\n", encoding="utf-8")
    for result in archive.files.attach(kept.id, [pdf, notes]):
        assert result.error is None, result.error
    assert archive.files.attach(trashed.id, [linked], link=True)[0].error is None
    archive.sessions.trash([trashed.id])
    return archive


def tree(root: Path, *folders: str) -> dict[str, bytes]:
    """Every regular file under ``root``'s ``folders``, by relative path, with its bytes."""
    found: dict[str, bytes] = {}
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def read_archive(path: Path) -> list[tuple[tarfile.TarInfo, bytes]]:
    """The entries of a tar archive with their content (empty for non-files)."""
    with tarfile.open(path) as tar:
        return [
            (m, tar.extractfile(m).read() if m.isreg() else b"")  # type: ignore[union-attr]
            for m in tar.getmembers()
        ]


def write_archive(path: Path, entries: Iterable[tuple[tarfile.TarInfo, bytes]]) -> Path:
    with tarfile.open(path, "w") as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return path


def file_info(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def manifest_entry(manifest: dict, name: str, data: bytes) -> None:
    """Add (or replace) a file entry of a manifest, with the right hash and size."""
    manifest["files"] = [f for f in manifest["files"] if f["name"] != name]
    manifest["files"].append(
        {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    )


def with_manifest(
    entries: list[tuple[tarfile.TarInfo, bytes]], manifest: dict
) -> list[tuple[tarfile.TarInfo, bytes]]:
    """The entries with their first (the manifest) replaced by ``manifest``."""
    raw = json.dumps(manifest).encode("utf-8")
    return [file_info("manifest.json", raw), *entries[1:]]
