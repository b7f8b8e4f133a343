"""Probing recordings with ffprobe and with libvlc, including broken files."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from playback_helpers import SAMPLE_CHAPTERS, SAMPLE_MP4, SAMPLE_OGG
from webinar_archive.media.probe import ProbeResult, iso_truncation, probe_recording
from webinar_archive.media.problems import MediaProblem, stored_warning
from webinar_archive.playback.vlc_backend import probe_vlc

HAVE_FFPROBE = shutil.which("ffprobe") is not None
VLC = probe_vlc()

needs_ffprobe = pytest.mark.skipif(not HAVE_FFPROBE, reason="ffprobe is not on PATH")
needs_vlc = pytest.mark.skipif(not VLC.available, reason=f"libvlc unavailable: {VLC.reason}")

PROBERS = [
    pytest.param("ffprobe", marks=needs_ffprobe, id="ffprobe"),
    pytest.param("libvlc", marks=[needs_vlc, pytest.mark.vlc], id="libvlc"),
]


@pytest.fixture
def truncated_mp4(tmp_path: Path) -> Path:
    data = SAMPLE_MP4.read_bytes()
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[: len(data) * 2 // 5])
    return path


@pytest.fixture
def random_file(tmp_path: Path) -> Path:
    path = tmp_path / "noise.mp4"
    path.write_bytes(random.Random(7).randbytes(40_000))
    return path


@pytest.mark.parametrize("prober", PROBERS)
def test_sample_video(prober: str) -> None:
    result = probe_recording(SAMPLE_MP4, prefer=prober)
    assert result.tool == prober
    assert result.warning is None
    assert result.duration_ms is not None and abs(result.duration_ms - 6000) <= 100
    assert result.container is not None and "mp4" in result.container
    assert (result.video_codec, result.audio_codec) == ("h264", "aac")
    assert (result.width, result.height) == (320, 240)
    assert result.has_video
    assert [title for title, _s, _e in result.chapters] == [t for t, _s, _e in SAMPLE_CHAPTERS]
    for (_t, start, end), (_et, exp_start, exp_end) in zip(
        result.chapters, SAMPLE_CHAPTERS, strict=True
    ):
        assert abs(start - exp_start) <= 50 and abs(end - exp_end) <= 50


@pytest.mark.parametrize("prober", PROBERS)
def test_audio_only(prober: str) -> None:
    result = probe_recording(SAMPLE_OGG, prefer=prober)
    assert result.warning is None
    assert result.audio_codec == "vorbis"
    assert result.video_codec is None and not result.has_video
    assert result.duration_ms is not None and abs(result.duration_ms - 6000) <= 100


@pytest.mark.parametrize("prober", PROBERS)
def test_truncated_copy_warns_but_keeps_what_is_known(prober: str, truncated_mp4: Path) -> None:
    result = probe_recording(truncated_mp4, prefer=prober)
    assert result.warning is not None and "cut short" in result.warning
    assert "may not play to the end" in result.warning and "byte" not in result.warning
    assert result.video_codec == "h264"


@pytest.mark.parametrize("prober", PROBERS)
def test_random_bytes_warn(prober: str, random_file: Path) -> None:
    result = probe_recording(random_file, prefer=prober)
    assert result.warning is not None and "No sound or pictures were found" in result.warning
    assert result.video_codec is None and result.audio_codec is None


@needs_ffprobe
def test_file_missing_its_index(tmp_path: Path) -> None:
    # Without faststart the index sits at the end; cutting the file loses it entirely.
    data = SAMPLE_MP4.read_bytes()
    moov = data.index(b"moov") - 4
    mdat = data.index(b"mdat") - 4
    assert moov < mdat, "the committed sample is expected to be written with faststart"
    reordered = data[:moov] + data[mdat:] + data[moov:mdat]
    path = tmp_path / "no-index.mp4"
    path.write_bytes(reordered[: len(reordered) // 2])
    result = probe_recording(path)
    assert result.warning is not None
    assert "it ends before its index" in result.warning and "moov" not in result.warning


def test_missing_and_empty_files(tmp_path: Path) -> None:
    assert (
        probe_recording(tmp_path / "nope.mp4").warning
        == f"The file was not found: {tmp_path / 'nope.mp4'}"
    )
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    assert probe_recording(empty) == ProbeResult(
        problem=MediaProblem.EMPTY,
        warning="The file is empty (0 bytes); there is nothing to play. "
        "Re-copy it from the original if you have it.",
        stored_warning=stored_warning(MediaProblem.EMPTY, name="empty.mp4", playable=False),
    )


def test_iso_truncation_only_for_iso_files(truncated_mp4: Path) -> None:
    assert iso_truncation(SAMPLE_MP4) is None
    assert iso_truncation(SAMPLE_OGG) is None
    assert iso_truncation(truncated_mp4) is MediaProblem.CUT_IN_DATA


def test_without_any_prober_it_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "libvlc.so.5"))
    result = probe_recording(SAMPLE_MP4)
    assert result.duration_ms is None
    assert result.warning is not None
    assert "neither ffprobe nor libvlc" in result.warning
    assert "PYTHON_VLC_LIB_PATH" in result.warning
    assert os.environ["PYTHON_VLC_LIB_PATH"].endswith("libvlc.so.5")
