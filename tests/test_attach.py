"""Attaching files: copies are atomic and hashed, links stay in place, duplicates are caught."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from helpers import draft, make_pdf
from webinar_archive.domain.errors import NotFoundError
from webinar_archive.domain.progress import Cancelled
from webinar_archive.media.problems import shown_warning
from webinar_archive.storage import filestore


def _files_in_store(root: Path) -> list[Path]:
    return (
        [p for p in (root / "files").rglob("*") if p.is_file()] if (root / "files").exists() else []
    )


def test_copy_records_hash_pages_and_leaves_the_original(archive, tmp_path):
    """A PDF is copied under files/, its SHA-256 and page count recorded, the original untouched."""
    pdf = make_pdf(tmp_path / "Slides Morgan.pdf", ["one", "two", "three"])
    before = pdf.read_bytes()
    s = archive.sessions.create(draft())
    [result] = archive.files.attach(s.id, [pdf])
    assert result.ok and result.material_id is not None
    material = archive.files.material(result.material_id)
    assert material.page_count == 3
    assert material.sha256 == hashlib.sha256(before).hexdigest()
    stored = archive.files.path_of(material.stored_path)
    assert stored.is_file() and stored.parent.parent.name == "files" and not material.linked
    assert stored.read_bytes() == before and pdf.read_bytes() == before
    assert archive.files.material_pages(material.id)[1].strip() == "two"


def test_link_in_place_stores_nothing(archive, tmp_path):
    """Linking records the absolute path and hash, and copies nothing into the library."""
    pdf = make_pdf(tmp_path / "linked.pdf", ["only"])
    s = archive.sessions.create(draft())
    [result] = archive.files.attach(s.id, [pdf], link=True)
    material = archive.files.material(result.material_id)
    assert material.linked and Path(material.stored_path) == pdf.resolve()
    assert _files_in_store(archive.root) == []


def test_same_content_twice_is_a_duplicate(archive, tmp_path):
    """The same bytes under another name are reported as a duplicate and not stored again."""
    pdf = make_pdf(tmp_path / "a.pdf", ["x"])
    copy = tmp_path / "b.pdf"
    copy.write_bytes(pdf.read_bytes())
    s = archive.sessions.create(draft())
    first, second = archive.files.attach(s.id, [pdf, copy])
    assert first.material_id is not None
    assert second.duplicate_of == first.material_id and second.material_id is None
    assert len(archive.sessions.get(s.id).materials) == 1
    assert len(_files_in_store(archive.root)) == 1


def test_same_content_in_two_sessions_shares_one_stored_file(archive, tmp_path):
    """Two sessions may hold the same file; detaching it from one keeps it for the other."""
    pdf = make_pdf(tmp_path / "shared.pdf", ["x"])
    s1 = archive.sessions.create(draft("One"))
    s2 = archive.sessions.create(draft("Two"))
    [r1] = archive.files.attach(s1.id, [pdf])
    [r2] = archive.files.attach(s2.id, [pdf])
    assert len(_files_in_store(archive.root)) == 1
    archive.files.detach_material(r1.material_id)
    assert len(_files_in_store(archive.root)) == 1
    archive.files.detach_material(r2.material_id)
    assert _files_in_store(archive.root) == []


def test_copy_failing_half_way_leaves_nothing(archive, tmp_path, monkeypatch):
    """A disk error in the middle of a copy leaves no partial file and no catalogue row."""
    big = tmp_path / "big.pdf"
    big.write_bytes(os.urandom(3 * filestore.CHUNK + 10))
    s = archive.sessions.create(draft())
    real_fdopen = os.fdopen

    class FailingWriter:
        def __init__(self, handle):
            self.handle = handle
            self.written = 0

        def write(self, data):
            if self.written >= filestore.CHUNK:
                raise OSError(28, "No space left on device")
            self.written += len(data)
            return self.handle.write(data)

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(
        filestore.os, "fdopen", lambda fd, mode: FailingWriter(real_fdopen(fd, mode))
    )
    [result] = archive.files.attach(s.id, [big])
    assert result.error and "is full: big.pdf was not copied" in result.error
    assert _files_in_store(archive.root) == []
    assert archive.sessions.get(s.id).materials == ()


def test_cancel_stops_and_cleans_up(archive, tmp_path):
    """Returning False from the progress callback raises Cancelled; nothing half-copied
    remains and the files after it are not attached."""
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(2 * filestore.CHUNK + 1))
    other = make_pdf(tmp_path / "later.pdf", ["x"])
    s = archive.sessions.create(draft())
    with pytest.raises(Cancelled):
        archive.files.attach(s.id, [big, other], progress=lambda p: p.done < filestore.CHUNK)
    assert _files_in_store(archive.root) == []
    assert archive.sessions.get(s.id).materials == ()


def test_left_over_partial_files_are_removed_on_open(tmp_path):
    """A temp file left by a killed process is cleaned up when the library is opened again."""
    from webinar_archive.services.archive import Archive

    with Archive.open(tmp_path / "lib") as a:
        a.sessions.create(draft())
    leftover = tmp_path / "lib" / "files" / ".incoming-abc"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"partial")
    with Archive.open(tmp_path / "lib") as a:
        assert a.sessions.count() == 1
    assert not leftover.exists()


def test_missing_file_and_corrupt_pdf_are_reported(archive, tmp_path):
    """A missing path is an error for that file only; a corrupt PDF is attached with a warning."""
    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + os.urandom(500))
    good = make_pdf(tmp_path / "good.pdf", ["fine"])
    s = archive.sessions.create(draft())
    missing, broken, fine = archive.files.attach(s.id, [tmp_path / "nope.pdf", corrupt, good])
    assert missing.error and "not found" in missing.error.lower()
    assert broken.material_id is not None and broken.warning and "broken.pdf" in broken.warning
    assert fine.ok and fine.warning is None
    assert len(archive.sessions.get(s.id).materials) == 2


def test_folder_is_expanded_without_hidden_files(archive, tmp_path):
    """Attaching a folder attaches its files recursively and skips hidden ones."""
    folder = tmp_path / "talk"
    (folder / "sub").mkdir(parents=True)
    make_pdf(folder / "a.pdf", ["a"])
    make_pdf(folder / "sub" / "b.pdf", ["b"])
    (folder / ".DS_Store").write_bytes(b"junk")
    s = archive.sessions.create(draft())
    results = archive.files.attach(s.id, [folder])
    assert sorted(Path(r.path).name for r in results) == ["a.pdf", "b.pdf"]


def test_attach_to_unknown_session_copies_nothing(archive, tmp_path):
    """An unknown session id fails before any file is copied."""
    pdf = make_pdf(tmp_path / "a.pdf", ["a"])
    with pytest.raises(NotFoundError):
        archive.files.attach(999, [pdf])
    assert _files_in_store(archive.root) == []


def test_pptx_text_includes_speaker_notes(archive, tmp_path):
    """PPTX slides count as pages and their speaker notes are extracted for search."""
    from pptx import Presentation

    deck = Presentation()
    for title, notes in (("Boost4Health", "say hello"), ("CE4BIG", "mention Lapland")):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.notes_slide.notes_text_frame.text = notes
    path = tmp_path / "deck.pptx"
    deck.save(path)
    s = archive.sessions.create(draft())
    [result] = archive.files.attach(s.id, [path])
    material = archive.files.material(result.material_id)
    assert material.page_count == 2 and material.kind.value == "slides"
    pages = archive.files.material_pages(material.id)
    assert "CE4BIG" in pages[1] and "mention Lapland" in pages[1]


MEDIA = Path(__file__).parent / "data" / "media"


def test_recording_is_probed_and_subtitles_tie_to_it(archive, tmp_path):
    """An MP4 gets its duration and embedded chapters; its .srt becomes a track with cues."""
    s = archive.sessions.create(draft())
    results = archive.files.attach(s.id, [MEDIA / "sample.srt", MEDIA / "sample.mp4"])
    assert all(r.ok for r in results), results
    session = archive.sessions.get(s.id)
    [recording] = session.recordings
    assert recording.duration_ms is not None and 5000 <= recording.duration_ms <= 7000
    assert recording.width == 320 and recording.height == 240
    assert len(recording.chapters) == 2
    [track] = recording.subtitles
    assert track.original_name == "sample.srt" and track.cue_count == 3
    assert len(archive.playback.cues(recording.id)) == 3


def test_truncated_recording_is_attached_with_a_warning(archive, tmp_path):
    """Half an MP4 is kept, with a warning that says it is damaged."""
    cut = tmp_path / "cut.mp4"
    data = (MEDIA / "sample.mp4").read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    s = archive.sessions.create(draft())
    [result] = archive.files.attach(s.id, [cut])
    assert result.recording_id is not None and result.warning
    # The catalogue keeps the problem's code; it is worded as the attach said it.
    stored = archive.sessions.get(s.id).recordings[0].probe_warning
    assert shown_warning(stored, playable=True) == result.warning
