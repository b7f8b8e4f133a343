"""Folder import warnings: plain words, one per damaged file naming it, identical ones grouped."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import make_media
from hostile_corpus import cut_moov_mp4
from webinar_archive.services.archive import Archive

SAMPLE_MP4 = Path(__file__).parent / "data" / "media" / "sample.mp4"


def _thirty_sessions(root: Path, damaged: set[int]) -> None:
    for n in range(1, 31):
        folder = root / f"2021-01-{n:02d} Talk {n}"
        folder.mkdir(parents=True)
        if n in damaged:
            cut_moov_mp4(folder).rename(folder / "video.mp4")
        else:
            shutil.copyfile(SAMPLE_MP4, folder / "video.mp4")


def test_thirty_sessions_with_three_cut_videos(sqlite_archive: Archive, tmp_path: Path) -> None:
    """The issue's case: the report names each damaged file once, in plain words, and the
    three identical problems read as one line; the prober's box offsets never show."""
    _thirty_sessions(tmp_path / "series", damaged={4, 17, 29})
    report = sqlite_archive.folder_import.run(tmp_path / "series")
    assert len(report.created) == 30 and report.refused == []
    damaged = [f"2021-01-{n:02d} Talk {n}/video.mp4" for n in (4, 17, 29)]
    assert [name for name, _ in report.file_warnings] == damaged
    assert report.all_warnings()[0].startswith(
        "2021-01-04 Talk 4/video.mp4: the file looks cut short (it ends in the middle of its "
        "index); it will probably not play at all. Re-copy it from the original if you have it."
    )
    summary = report.summary()
    lines = [line for line in summary.splitlines() if "cut short" in line]
    assert lines == [
        f"  - {damaged[0]}, {damaged[1]} and {damaged[2]}: each file looks cut short (it ends "
        "in the middle of its index); it will probably not play at all. Re-copy it from the "
        "original if you have it."
    ]
    for leak in ("byte", "box", "moov", "ffprobe", "Invalid data"):
        assert leak not in summary, leak
    assert report.to_dict()["warnings"] == report.all_warnings()


def test_different_problems_stay_apart(sqlite_archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "2021-02-01 Mixed"
    folder.mkdir()
    cut_moov_mp4(folder)
    (folder / "noise.mp3").write_bytes(b"not audio at all\n" * 200)
    report = sqlite_archive.folder_import.run(folder)
    grouped = report.grouped_warnings()
    assert len(grouped) == 2
    assert grouped[0].startswith("2021-02-01 Mixed/cut-moov.mp4: the file looks cut short")
    assert grouped[1].startswith("2021-02-01 Mixed/noise.mp3: no sound or pictures were found")


def test_the_same_refusal_of_many_files_is_one_line(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    root = tmp_path / "series"
    for n in (1, 2, 3):
        folder = root / f"2021-01-0{n} Talk {n}"
        folder.mkdir(parents=True)
        make_media(folder / "talk.mp3")
        (folder / "Thumbs.db").write_bytes(b"\0" * 64)
    summary = sqlite_archive.folder_import.run(root).summary()
    names = [str(root / f"2021-01-0{n} Talk {n}" / "Thumbs.db") for n in (1, 2, 3)]
    assert "Refused: 3" in summary
    assert (
        f"  - {names[0]}, {names[1]} and {names[2]}: not a recording, slide deck, document or "
        "subtitle file"
    ) in summary.splitlines()
