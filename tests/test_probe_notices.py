"""Why a probe could say nothing of a file (no prober, file missing, a fault) is kept as a code
and its values, and worded in the language of whoever reads it, not the importer's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from input_helpers import run_cli
from webinar_archive.media import probe
from webinar_archive.media.extract import extract
from webinar_archive.media.probe import probe_recording
from webinar_archive.media.problems import shown_warning
from webinar_archive.playback import vlc_backend
from webinar_archive.playback.vlc_backend import VlcStatus
from webinar_archive.services.language import use_language


def _shown(stored: str) -> dict[str, str]:
    """``stored`` as a Polish and an English reader see it."""
    words = {}
    for language in ("pl", "en"):
        use_language(language)
        words[language] = shown_warning(stored, playable=False)
    return words


def test_a_missing_file_is_worded_when_shown_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.mp4"
    result = probe_recording(missing, name="talk.mp4")
    assert result.warning == f"talk.mp4: the file was not found: {missing}"
    assert result.stored_warning is not None
    assert _shown(result.stored_warning) == {
        "pl": f"talk.mp4: nie znaleziono pliku: {missing}",
        "en": f"talk.mp4: the file was not found: {missing}",
    }


def test_no_prober_is_worded_when_shown_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording = tmp_path / "talk.mp4"
    recording.write_bytes(b"\0" * 64)
    unavailable = VlcStatus(available=False, reason="libvlc.so.5 missing")
    monkeypatch.setattr(vlc_backend, "probe_vlc", lambda **_: unavailable)
    stored = probe_recording(recording, prefer="libvlc").stored_warning
    assert stored is not None
    assert _shown(stored) == {
        "pl": "Długość i format pliku są nieznane: nie ma ani ffprobe, ani libvlc "
        "(libvlc.so.5 missing).",
        "en": "The length and format are unknown: neither ffprobe nor libvlc is "
        "available (libvlc.so.5 missing).",
    }


def test_ffprobe_that_cannot_run_is_worded_when_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording = tmp_path / "talk.mp4"
    recording.write_bytes(b"\0" * 64)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ffprobe").write_bytes(b"\x7fELF not really")  # found, but cannot be run
    (bin_dir / "ffprobe").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    stored = probe_recording(recording, prefer="ffprobe", name="talk.mp4").stored_warning
    assert stored is not None
    shown = _shown(stored)
    assert shown["pl"].startswith("talk.mp4: długość i format pliku są nieznane: nie udało się")
    assert shown["en"].startswith("talk.mp4: the length and format are unknown: ")
    assert "ffprobe could not run (" in shown["en"]


def test_ffprobe_asked_for_and_not_installed_is_worded_when_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording = tmp_path / "talk.mp4"
    recording.write_bytes(b"\0" * 64)
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    stored = probe_recording(recording, prefer="ffprobe", name="talk.mp4").stored_warning
    assert stored is not None
    assert _shown(stored) == {
        "pl": "talk.mp4: długość i format pliku są nieznane: nie zainstalowano ffprobe.",
        "en": "talk.mp4: the length and format are unknown: ffprobe is not installed.",
    }


def test_a_fault_while_probing_is_worded_when_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording = tmp_path / "talk.mp4"
    recording.write_bytes(b"\0" * 64)

    def broken(path: Path) -> probe.ProbeResult:
        raise RuntimeError("a prober bug")

    monkeypatch.setattr(probe, "probe_with_ffprobe", broken)
    stored = probe_recording(recording, prefer="ffprobe", name="talk.mp4").stored_warning
    assert stored is not None
    assert _shown(stored) == {
        "pl": "talk.mp4: nie udało się zbadać pliku (błąd wewnętrzny, zapisany w dzienniku).",
        "en": "talk.mp4: the file could not be examined (an internal error, written to the log).",
    }


@pytest.mark.parametrize(
    ("old", "polish"),
    [
        ("File not found: /media/talk.mp4", "Nie znaleziono pliku: /media/talk.mp4"),
        ("talk.mp4: file not found: /m/x.mp4", "talk.mp4: nie znaleziono pliku: /m/x.mp4"),
        (
            "ffprobe could not run: [Errno 8] Exec format error",
            "Długość i format pliku są nieznane: nie udało się uruchomić ffprobe "
            "([Errno 8] Exec format error).",
        ),
        (
            "talk.mp4: ffprobe is not installed.",
            "talk.mp4: długość i format pliku są nieznane: nie zainstalowano ffprobe.",
        ),
        (
            "Neither ffprobe nor libvlc is available: no libvlc",
            "Długość i format pliku są nieznane: nie ma ani ffprobe, ani libvlc (no libvlc).",
        ),
        (
            "talk.mp4: no media prober available (no module).",
            "talk.mp4: długość i format pliku są nieznane: nie ma ani ffprobe, ani libvlc "
            "(no module).",
        ),
        (
            "talk.mp4: the file could not be examined (an internal error, written to the log).",
            "talk.mp4: nie udało się zbadać pliku (błąd wewnętrzny, zapisany w dzienniku).",
        ),
    ],
)
def test_notices_stored_as_english_text_by_earlier_versions_are_reworded(
    old: str, polish: str
) -> None:
    assert _shown(old)["pl"] == polish


def test_a_fake_opendocument_file_is_named_in_the_current_language(tmp_path: Path) -> None:
    fake = tmp_path / "slides.odp"
    fake.write_bytes(b"not a zip archive")
    use_language("pl")
    assert extract(fake).warning == "slides.odp nie jest plikiem OpenDocument."


def test_a_recording_attached_with_no_prober_is_shown_in_the_readers_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attached by an English run on a machine with neither ffprobe nor libvlc, the one stored
    row is read in Polish by a Polish run and in English by an English one."""
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    monkeypatch.setenv("PYTHON_VLC_LIB_PATH", str(tmp_path / "libvlc.so.5"))
    library = tmp_path / "library"
    recording = tmp_path / "talk.mp4"
    recording.write_bytes(b"\0" * 64)
    assert run_cli(library, "add", "--title", "Klastry")[0] == 0
    status, _out, err = run_cli(library, "--language", "en", "attach", "1", str(recording))
    assert status == 0, err

    def shown(language: str) -> str:
        status, out, err = run_cli(library, "--language", language, "show", "1", "--json")
        assert status == 0, err
        return str(json.loads(out)["recordings"][0]["warning"])

    assert shown("pl").startswith(
        "talk.mp4: długość i format pliku są nieznane: nie ma ani ffprobe"
    )
    assert shown("en").startswith("talk.mp4: the length and format are unknown: neither ffprobe")
