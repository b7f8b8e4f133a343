"""The fake backend behaves like a player with a manual clock."""

from __future__ import annotations

from pathlib import Path

from webinar_archive.playback.backend import BackendEvent, ChapterMark, EventKind, PlayerState
from webinar_archive.playback.fake import FakeBackend, FakeMedia


def _backend() -> tuple[FakeBackend, list[BackendEvent]]:
    backend = FakeBackend(
        {"talk.mp4": FakeMedia(length_ms=10_000, chapters=[ChapterMark("Intro", 0, 4000)])}
    )
    events: list[BackendEvent] = []
    backend.on_event(events.append)
    return backend, events


def test_clock_moves_only_while_playing_and_scales_with_rate() -> None:
    backend, events = _backend()
    backend.load(Path("talk.mp4"))
    assert events[-1] == BackendEvent(EventKind.LENGTH_CHANGED, 10_000)
    backend.advance(1000)
    assert backend.time_ms() == 0
    backend.play()
    backend.advance(1000)
    assert backend.time_ms() == 1000
    backend.set_rate(1.5)
    backend.advance(1000)
    assert backend.time_ms() == 2500
    backend.pause()
    backend.advance(1000)
    assert backend.time_ms() == 2500
    assert backend.state is PlayerState.PAUSED
    assert [e.kind for e in events].count(EventKind.TIME_CHANGED) == 2


def test_end_reached_and_replay_from_start() -> None:
    backend, events = _backend()
    backend.load(Path("talk.mp4"))
    backend.play()
    backend.set_time(9500)
    backend.advance(1000)
    assert backend.state is PlayerState.ENDED
    assert events[-1].kind is EventKind.END_REACHED
    backend.play()
    assert backend.time_ms() == 0


def test_broken_file_reports_error_and_subtitles_need_a_file(tmp_path: Path) -> None:
    backend, events = _backend()
    backend.load(Path("broken.mp4"))
    assert events[-1].kind is EventKind.ERROR
    assert backend.state is PlayerState.ERROR
    backend.load(Path("talk.mp4"))
    assert not backend.add_subtitle_file(tmp_path / "missing.srt")
    srt = tmp_path / "a.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHi\n", encoding="utf-8")
    assert backend.add_subtitle_file(srt)
    assert [t.name for t in backend.subtitle_tracks()] == ["Disable", "a.srt"]
    assert backend.chapters() == [ChapterMark("Intro", 0, 4000)]
    shot = tmp_path / "shot.png"
    assert backend.snapshot(shot)
    assert shot.read_bytes().startswith(b"\x89PNG")
