"""Hostile exchange files: every path stays in its bundle, library or export folder."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from exchange_helpers import make_pdf
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive

SRC = Path(__file__).resolve().parents[1] / "src"
SECRET = "the neighbour's secret\n"


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def _bundle(folder: Path, *entries: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "format": "webinar-archive-exchange",
        "version": 1,
        "sessions": [{"title": "Innocent looking session", "materials": list(entries)}],
    }
    path = folder / "library.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _stored_contents(library: Path) -> list[bytes]:
    files = library / "files"
    return [p.read_bytes() for p in files.rglob("*") if p.is_file()] if files.exists() else []


def _sessions(library: Path) -> int:
    with Archive.open(library) as archive:
        return archive.sessions.count()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _row(archive: Archive, stored_path: str, sha256: str, *, kind: str = "other") -> int:
    """A session whose material row says what an older version let an exchange file store."""
    session = archive.sessions.create(m.SessionDraft(title="Imported by an older version"))
    with archive.catalogue.uow() as uow:
        uow.parts.add_material(
            session.id,
            m.MaterialDraft(
                file=m.FileRef(
                    original_name="slides.txt",
                    media_type="application/pdf" if kind == "pdf" else "text/plain",
                    size=1,
                    sha256=sha256,
                    stored_path=stored_path,
                ),
                title="slides",
                kind=m.MaterialKind(kind),
            ),
            [],
        )
        uow.commit()
    return session.id


def test_dot_dot_path_copies_nothing_from_beside_the_bundle(tmp_path: Path) -> None:
    """stored_path "../secret.txt" names the entry and is refused: the file beside the bundle
    is not copied into the library, and no session is saved."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    bundle = _bundle(
        tmp_path / "bundle",
        {"original_name": "a.txt", "stored_path": "../secret.txt", "sha256": _sha("other")},
    )
    library = tmp_path / "library"
    done = _cli(library, "import", "json", str(bundle), "--yes")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "a.txt" in done.stdout and "'../secret.txt'" in done.stdout
    assert "Traceback" not in done.stderr
    assert SECRET.encode() not in _stored_contents(library)
    assert _sessions(library) == 0


def test_a_symlink_in_the_bundle_pointing_outside_is_refused(tmp_path: Path) -> None:
    """The bundle's files/ab/<sha>.txt being a link to a file elsewhere does not bring it in."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    sha = _sha(SECRET)
    bundle = _bundle(
        tmp_path / "bundle",
        {"original_name": "a.txt", "stored_path": f"files/{sha[:2]}/{sha}.txt", "sha256": sha},
    )
    link = bundle.parent / "files" / sha[:2] / f"{sha}.txt"
    link.parent.mkdir(parents=True)
    link.symlink_to(secret)
    with Archive.open(tmp_path / "library") as archive:
        report = archive.exchange.import_json(bundle)
        assert not report.created
        [refusal] = report.refused
        assert "a.txt" in refusal.reason and "outside" in refusal.reason
        assert SECRET.encode() not in _stored_contents(archive.root)


def test_linked_entries_are_refused_unless_allowed_and_then_listed(tmp_path: Path) -> None:
    """An absolute linked path (any file on the machine) is refused, naming entry and file;
    with allow_linked it is linked in place and listed in the report."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text(SECRET, encoding="utf-8")
    bundle = _bundle(
        tmp_path / "bundle",
        {"original_name": "p.txt", "stored_path": str(elsewhere), "linked": True},
    )
    with Archive.open(tmp_path / "library") as archive:
        plan = archive.exchange.import_json(bundle, dry_run=True)
        assert not plan.planned and len(plan.refused) == 1
        report = archive.exchange.import_json(bundle)
        assert not report.created
        [refusal] = report.refused
        assert "p.txt" in refusal.reason and str(elsewhere) in refusal.reason
        assert "--allow-linked" in refusal.reason

        report = archive.exchange.import_json(bundle, allow_linked=True)
        assert report.ok and len(report.created) == 1
        assert report.linked == [f"p.txt: {elsewhere}"]
        assert "Linked in place" in report.summary()
        [material] = archive.sessions.get(report.created[0]).materials
        assert material.linked and material.stored_path == str(elsewhere)


def test_the_allow_linked_option_of_the_cli(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text(SECRET, encoding="utf-8")
    bundle = _bundle(
        tmp_path / "bundle",
        {"original_name": "p.txt", "stored_path": str(elsewhere), "linked": True},
    )
    library = tmp_path / "library"
    refused = _cli(library, "import", "json", str(bundle), "--yes")
    assert refused.returncode == 1 and "--allow-linked" in refused.stdout
    assert _sessions(library) == 0
    allowed = _cli(library, "import", "json", str(bundle), "--yes", "--allow-linked", "--json")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert json.loads(allowed.stdout)["linked"] == [f"p.txt: {elsewhere}"]


def test_a_missing_file_is_not_kept_as_a_reference_outside_the_library(tmp_path: Path) -> None:
    """A missing entry's "../victim.txt" is refused at import instead of stored."""
    bundle = _bundle(
        tmp_path / "bundle", {"original_name": "gone.txt", "stored_path": "../victim.txt"}
    )
    with Archive.open(tmp_path / "library") as archive:
        report = archive.exchange.import_json(bundle)
        assert not report.created and "gone.txt" in report.refused[0].reason


def test_delete_permanently_never_deletes_outside_the_library(tmp_path: Path) -> None:
    """A row holding "../victim.txt" or "catalogue.sqlite" (as older versions let an exchange
    file store) is deleted for good; the files it names are not, and stderr says so."""
    library = tmp_path / "library"
    victim = tmp_path / "victim.txt"
    victim.write_text(SECRET, encoding="utf-8")
    with Archive.open(library) as archive:
        ids = [
            _row(archive, "../victim.txt", _sha("x")),
            _row(archive, "catalogue.sqlite", _sha("y")),
        ]
    done = _cli(library, "delete", *map(str, ids), "--permanently")
    assert done.returncode == 0, done.stderr
    assert "../victim.txt" in done.stderr and "catalogue.sqlite" in done.stderr
    assert victim.read_text(encoding="utf-8") == SECRET
    assert _sessions(library) == 0  # the catalogue is still there, and the sessions are gone


def test_sha256_is_checked_when_reading_the_exchange_file(tmp_path: Path) -> None:
    bundle = _bundle(
        tmp_path / "bundle",
        {"original_name": "s.txt", "stored_path": "files/zz.txt", "sha256": "../../../../x/pwn"},
    )
    with Archive.open(tmp_path / "library") as archive:
        report = archive.exchange.import_json(bundle)
        assert not report.created
        assert "s.txt" in report.refused[0].reason and "sha256" in report.refused[0].reason


def test_export_with_files_never_writes_outside_the_export_folder(tmp_path: Path) -> None:
    """A catalogue sha256 of "../../../../x" does not steer the copy out of the export folder,
    and a stored path leading out of the library ships nothing."""
    library = tmp_path / "library"
    outside = tmp_path / "outside.txt"
    outside.write_text(SECRET, encoding="utf-8")
    export = tmp_path / "a" / "b" / "c" / "export"
    with Archive.open(library) as archive:
        store = library / "files" / "zz"
        store.mkdir(parents=True)
        (store / "attacker.txt").write_text("attacker content", encoding="utf-8")
        _row(archive, "files/zz/attacker.txt", "../../../../../escaped")
        _row(archive, "../outside.txt", _sha(SECRET))
        result = archive.exchange.export_json(export / "library.json", with_files=True)
    assert result.files_copied == 0
    assert len(result.files_missing) == 2
    assert not list(tmp_path.rglob("escaped*"))
    assert [p.name for p in export.rglob("*") if p.is_file()] == ["library.json"]


def test_a_normal_bundle_still_imports(tmp_path: Path) -> None:
    """A bundle written by export --with-files comes in whole, its files copied."""
    source = tmp_path / "slides.txt"
    source.write_text("slides", encoding="utf-8")
    with Archive.open(tmp_path / "one") as one:
        session = one.sessions.create(m.SessionDraft(title="Fine"))
        one.files.attach(session.id, [source])
        one.exchange.export_json(tmp_path / "out" / "library.json", with_files=True)
    with Archive.open(tmp_path / "two") as two:
        report = two.exchange.import_json(tmp_path / "out" / "library.json")
        assert report.ok and not report.missing, report.summary()
        [material] = two.sessions.get(report.created[0]).materials
        assert two.files.path_of(material.stored_path).read_text(encoding="utf-8") == "slides"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm)")
def test_the_brief_picture_cache_is_not_named_by_a_forged_sha256(tmp_path: Path) -> None:
    """A PDF row whose sha256 is "./../../escaped" gets no picture written outside the cache."""
    library = tmp_path / "library"
    with Archive.open(library) as archive:
        pdf = make_pdf(tmp_path / "deck.pdf", ["first slide"])
        stored = archive.catalogue.files.add(pdf)
        session_id = _row(archive, stored.stored_path, "./../../escaped", kind="pdf")
        session = archive.sessions.get(session_id)
        assert archive.briefs.picture_for(session) is None
    assert not list(tmp_path.rglob("*escaped*"))
