"""The real libvlc backend plays the committed sample headless."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from playback_helpers import SAMPLE_MP4, SAMPLE_SRT
from webinar_archive.playback.backend import BackendEvent, EventKind, PlayerState
from webinar_archive.playback.vlc_backend import VlcBackend, probe_vlc

STATUS = probe_vlc()
pytestmark = [
    pytest.mark.vlc,
    pytest.mark.skipif(not STATUS.available, reason=f"libvlc is not available: {STATUS.reason}"),
]

TIMEOUT_S = 20.0


def wait_for(condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def backend() -> Iterator[VlcBackend]:
    player = VlcBackend(headless=True)
    yield player
    player.release()


def test_plays_seeks_changes_rate_and_stops(backend: VlcBackend) -> None:
    events: list[BackendEvent] = []
    backend.on_event(events.append)
    backend.load(SAMPLE_MP4)
    backend.play()
    assert wait_for(lambda: backend.state is PlayerState.PLAYING)
    assert wait_for(lambda: backend.time_ms() > 300), "playback time did not advance"
    assert wait_for(lambda: abs(backend.length_ms() - 6000) < 200)

    backend.pause()
    assert wait_for(lambda: backend.state is PlayerState.PAUSED)
    backend.set_time(3000)
    assert wait_for(lambda: abs(backend.time_ms() - 3000) <= 1000)

    backend.set_rate(1.5)
    assert wait_for(lambda: abs(backend.rate() - 1.5) < 0.01)

    backend.play()
    assert wait_for(lambda: backend.state is PlayerState.PLAYING)
    backend.stop()
    assert wait_for(lambda: backend.state is PlayerState.STOPPED)

    kinds = {event.kind for event in events}
    assert {EventKind.PLAYING, EventKind.PAUSED, EventKind.STOPPED} <= kinds
    assert EventKind.TIME_CHANGED in kinds
    lengths = [e.value for e in events if e.kind is EventKind.LENGTH_CHANGED]
    assert lengths and isinstance(lengths[-1], int) and abs(lengths[-1] - 6000) < 200


def test_chapters_and_subtitles(backend: VlcBackend) -> None:
    backend.load(SAMPLE_MP4)
    backend.set_mute(True)
    backend.play()
    assert wait_for(lambda: len(backend.chapters()) == 2)
    titles = [c.title for c in backend.chapters()]
    assert titles == ["Welcome", "Main talk"]
    assert abs(backend.chapters()[1].start_ms - 3000) <= 50
    before = {t.id for t in backend.subtitle_tracks()}
    assert backend.add_subtitle_file(SAMPLE_SRT)
    assert wait_for(lambda: len({t.id for t in backend.subtitle_tracks()} - before) >= 1)
    assert backend.subtitle_tracks()
    assert backend.audio_tracks()
    # The menu checks the track shown: the file just added, then Off once chosen.
    [added] = {t.id for t in backend.subtitle_tracks() if t.id >= 0} - before
    assert wait_for(lambda: backend.subtitle_track() == added)
    assert backend.set_subtitle_track(-1)
    assert wait_for(lambda: backend.subtitle_track() == -1)


def test_subtitles_added_before_play_and_start_time(backend: VlcBackend) -> None:
    backend.load(SAMPLE_MP4)
    backend.set_mute(True)
    backend.play()
    assert wait_for(lambda: backend.time_ms() > 0)
    without = len(backend.subtitle_tracks())
    backend.stop()
    assert wait_for(lambda: backend.state is PlayerState.STOPPED)
    assert backend.add_subtitle_file(SAMPLE_SRT)
    backend.set_time(4000)  # before play: becomes the start position
    backend.play()
    assert wait_for(lambda: backend.state is PlayerState.PLAYING)
    assert wait_for(lambda: backend.time_ms() >= 3000)
    assert wait_for(lambda: len(backend.subtitle_tracks()) > without)


def test_plays_to_the_end_and_again(backend: VlcBackend) -> None:
    ended: list[BackendEvent] = []
    backend.on_event(lambda e: ended.append(e) if e.kind is EventKind.END_REACHED else None)
    backend.load(SAMPLE_MP4)
    backend.set_time(5000)
    backend.play()
    assert wait_for(lambda: bool(ended))
    assert wait_for(lambda: backend.state is PlayerState.ENDED)
    backend.play()
    assert wait_for(lambda: backend.state is PlayerState.PLAYING)


def test_missing_file_reports_an_error(backend: VlcBackend, tmp_path: Path) -> None:
    events: list[BackendEvent] = []
    backend.on_event(events.append)
    backend.load(tmp_path / "gone.mp4")
    assert events and events[-1].kind is EventKind.ERROR
    assert backend.state is PlayerState.IDLE


def test_the_errors_a_user_reads_are_in_the_language_of_the_run(
    backend: VlcBackend, tmp_path: Path
) -> None:
    """The player shows the backend's error as it comes: a missing recording is said in the
    run's language, with the file named."""
    from webinar_archive.services.language import use_language

    use_language("pl")
    events: list[BackendEvent] = []
    backend.on_event(events.append)
    backend.load(tmp_path / "gone.mp4")
    assert events[-1].value == f"Brak pliku nagrania: {tmp_path / 'gone.mp4'}"
    assert backend.last_error() == events[-1].value
