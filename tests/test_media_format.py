"""A recording's format in plain words, the same in the brief (read back from a PDF) and the UI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import draft, make_media
from translation_helpers import polish  # noqa: F401
from webinar_archive.domain.media_format import FormatWords, describe_format, human_duration
from webinar_archive.services.archive import Archive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FFPROBE_MP4 = "mov,mp4,m4a,3gp,3g2,mj2"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            dict(name="talk.mp4", container=FFPROBE_MP4, video_codec="h264",
                 audio_codec="aac", width=1280, height=720, duration_ms=55_000),
            "MP4 video, H.264, 1280×720, 55 s",
        ),
        (
            dict(name="call.m4a", container=FFPROBE_MP4, video_codec=None,
                 audio_codec="aac", duration_ms=192_000),
            "M4A audio, AAC, 3 min 12 s",
        ),
        (
            dict(name="phone.3g2", container=FFPROBE_MP4, video_codec=None,
                 audio_codec="amr_nb", duration_ms=3_720_400),
            "3G2 audio, AMR, 1 h 2 min",
        ),
        (
            dict(name="x", container="matroska,webm", video_codec="vp9",
                 audio_codec=None, width=640, height=360),
            "Matroska video, VP9, 640×360, no sound",
        ),
        (
            dict(name="a.wav", container="wav", video_codec=None, audio_codec="pcm_s16le"),
            "WAV audio, PCM",
        ),
        (dict(name="broken.mp4", container=None, video_codec=None, audio_codec=None), "MP4"),
    ],
)  # fmt: skip
def test_format_in_plain_words(fields: dict[str, object], expected: str) -> None:
    assert describe_format(**fields) == expected  # type: ignore[arg-type]


def test_the_caller_gives_the_words() -> None:
    """The domain only orders the parts: the template's container name goes in as text."""
    words = FormatWords(
        named_video="wideo {format}",
        named_audio="dźwięk {format}",
        video="wideo",
        audio="dźwięk",
        no_sound="bez dźwięku",
        length=lambda ms: f"{ms // 1000} sek.",
    )
    video = dict(name="x.webm", container=None, video_codec="vp9", audio_codec=None)
    assert describe_format(**video, duration_ms=5_000, words=words) == (  # type: ignore[arg-type]
        "wideo WebM, VP9, bez dźwięku, 5 sek."
    )
    audio = dict(name="x", container=None, video_codec=None, audio_codec="opus")
    assert describe_format(**audio, words=words) == "dźwięk, Opus"  # type: ignore[arg-type]
    odd = FormatWords(named_audio="{format} {0} audio")  # no str.format of a translation
    assert describe_format(name="a.mp3", container=None, video_codec=None, audio_codec="mp3",
                           words=odd) == "MP3 {0} audio, MP3"  # fmt: skip


def test_durations_read_as_spoken() -> None:
    assert [human_duration(ms) for ms in (None, 400, 59_600, 60_000, 3_600_000)] == [
        None, "0 s", "1 min", "1 min", "1 h",
    ]  # fmt: skip


def _brief_text(archive: Archive, session_id: int, target: Path) -> str:
    archive.briefs.brief(session_id, target)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)


def test_brief_prints_the_format_in_plain_words(sqlite_archive: Archive, tmp_path: Path) -> None:
    """Real recordings made by ffmpeg, probed on attach, printed in a brief read back by pypdf:
    never the prober's container list."""
    video = make_media(tmp_path / "talk.mp4", video=True, seconds=2)
    audio = make_media(tmp_path / "call.m4a", seconds=3)
    session_id = sqlite_archive.sessions.create(draft()).id
    sqlite_archive.files.attach(session_id, [video, audio])
    text = _brief_text(sqlite_archive, session_id, tmp_path / "brief.pdf")
    assert "MP4 video, MPEG-4, 320×240, 2 s" in text
    assert "M4A audio, AAC, 3 s" in text
    assert "mov,mp4" not in text


def test_the_files_panel_shows_the_same_format(
    sqlite_archive: Archive, tmp_path: Path, qtbot
) -> None:
    from webinar_archive.ui.materials_panel import MaterialsPanel

    audio = make_media(tmp_path / "call.m4a", seconds=3)
    session_id = sqlite_archive.sessions.create(draft()).id
    sqlite_archive.files.attach(session_id, [audio])
    panel = MaterialsPanel()
    qtbot.addWidget(panel)
    panel.show_session(sqlite_archive.sessions.get(session_id))
    item = panel.recording_list.topLevelItem(0)
    assert item.text(2) == "M4A audio, AAC"


@pytest.mark.usefixtures("polish")
def test_the_files_panel_words_the_format_in_the_window_language(
    sqlite_archive: Archive, tmp_path: Path, qtbot
) -> None:
    """With the Polish catalogue installed, the Files tab reads "dźwięk M4A" and "wideo MP4"."""
    from webinar_archive.ui.materials_panel import MaterialsPanel

    audio = make_media(tmp_path / "call.m4a", seconds=3)
    video = make_media(tmp_path / "talk.mp4", video=True, seconds=2)
    session_id = sqlite_archive.sessions.create(draft()).id
    sqlite_archive.files.attach(session_id, [audio, video])
    panel = MaterialsPanel()
    qtbot.addWidget(panel)
    panel.show_session(sqlite_archive.sessions.get(session_id))
    shown = {
        panel.recording_list.topLevelItem(i).text(0): panel.recording_list.topLevelItem(i).text(2)
        for i in range(panel.recording_list.topLevelItemCount())
    }
    assert shown == {"call.m4a": "dźwięk M4A, AAC", "talk.mp4": "wideo MP4, MPEG-4, 320×240"}
