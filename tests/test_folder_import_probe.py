"""Folder import after its review probes each recording once, and records what attach would."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from exchange_helpers import make_pdf
from helpers import make_media
from hostile_corpus import cut_moov_mp4
from webinar_archive.domain import model as m
from webinar_archive.media import probe
from webinar_archive.services import attachments, folder_import
from webinar_archive.services.archive import Archive

# What a recording row keeps from probing.
_PROBED = ("duration_ms", "container", "video_codec", "audio_codec", "width", "height")


def _fields(recording: Any) -> tuple[Any, ...]:
    return (*(getattr(recording, name) for name in _PROBED), recording.probe_warning)


def _count_probes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the real prober ran on (as the user knows them), in order."""
    probed: list[str] = []

    def counted(path: Path, **kwargs: Any) -> probe.ProbeResult:
        probed.append(kwargs.get("name") or Path(path).name)
        return probe.probe_recording(path, **kwargs)

    monkeypatch.setattr(folder_import, "probe_recording", counted)
    monkeypatch.setattr(attachments, "probe_recording", counted)
    return probed


def _session_folder(root: Path) -> Path:
    folder = root / "2022-05-06 Two recordings"
    folder.mkdir(parents=True)
    make_media(folder / "talk.mp4", video=True, seconds=2)
    cut_moov_mp4(folder).rename(folder / "damaged.mp4")
    make_pdf(folder / "slides.pdf", ["Regions", "Clusters"])
    return folder


def test_the_import_uses_what_the_review_probed(
    sqlite_archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _session_folder(tmp_path / "reviewed")
    # The same files attached the ordinary way, to a session of their own: the reference.
    reference = sqlite_archive.sessions.create(m.SessionDraft(title="Reference")).id
    copies = tmp_path / "copies"
    shutil.copytree(folder, copies)
    sqlite_archive.files.attach(reference, [copies / "talk.mp4", copies / "damaged.mp4"])
    expected = {
        r.original_name: _fields(r) for r in sqlite_archive.sessions.get(reference).recordings
    }
    assert expected["damaged.mp4"][-1]  # the damaged one carries a warning

    probed = _count_probes(monkeypatch)
    plan = sqlite_archive.folder_import.plan(folder)
    warnings = {f.name: f.warning for f in plan.sessions[0].files}
    assert warnings["talk.mp4"] is None
    assert str(warnings["damaged.mp4"]).startswith("the file looks cut short")
    report = sqlite_archive.folder_import.run(folder)

    assert not report.refused and len(report.created) == 1
    assert sorted(probed) == ["damaged.mp4", "talk.mp4"]  # in the review only
    got = {
        r.original_name: _fields(r)
        for r in sqlite_archive.sessions.get(report.created[0]).recordings
    }
    assert got == expected
    assert got["talk.mp4"][0] and got["talk.mp4"][2]  # a duration and a video codec


def test_a_recording_changed_after_the_review_is_probed_again(
    sqlite_archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _session_folder(tmp_path / "changed")
    probed = _count_probes(monkeypatch)
    sqlite_archive.folder_import.plan(folder)
    # The damaged recording is replaced by a good one of another length before importing.
    make_media(tmp_path / "longer.mp4", seconds=3)
    os.replace(tmp_path / "longer.mp4", folder / "damaged.mp4")
    report = sqlite_archive.folder_import.run(folder)

    assert sorted(probed) == ["damaged.mp4", "damaged.mp4", "talk.mp4"]
    recordings = sqlite_archive.sessions.get(report.created[0]).recordings
    replaced = next(r for r in recordings if r.original_name == "damaged.mp4")
    assert replaced.probe_warning is None and replaced.duration_ms
    assert abs(replaced.duration_ms - 3000) < 300


def test_an_import_without_a_review_probes_each_recording(
    sqlite_archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _session_folder(tmp_path / "unreviewed")
    probed = _count_probes(monkeypatch)
    report = sqlite_archive.folder_import.run(folder)
    assert sorted(probed) == ["damaged.mp4", "talk.mp4"]
    # A second review and import of the same folder: nothing new, the prober is not needed.
    probed.clear()
    sqlite_archive.folder_import.plan(folder)
    assert sqlite_archive.folder_import.run(folder).created == []
    assert probed == [] and len(report.created) == 1
