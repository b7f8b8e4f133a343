"""Transcript cues carry the speaker of the chapter they fall in: in the player's pane, in the
WebVTT and SubRip exports, and after the chapters change."""

from __future__ import annotations

from pathlib import Path

from speaker_helpers import spoken_session
from webinar_archive.domain.model import Chapter, TranscriptCue
from webinar_archive.domain.speakers import speaker_spans, with_speakers
from webinar_archive.media.subtitles import parse_subtitles


def _ch(cid: int, start: int, end: int | None, app: int | None) -> Chapter:
    return Chapter(
        id=cid, recording_id=1, start_ms=start, end_ms=end, title=f"C{cid}", appearance_id=app
    )


def test_an_open_chapter_lasts_until_the_next_one_starts() -> None:
    """A speaker's chapter without an end stops where the next chapter (anyone's) starts;
    cues outside every speaker's chapter have no speaker."""
    spans = speaker_spans(
        [_ch(1, 0, None, 10), _ch(2, 5000, 8000, None), _ch(3, 9000, None, 11)],
        {10: "Anna", 11: "Bo"},
    )
    cues = [TranscriptCue(t, t + 500, "x") for t in (0, 4999, 5000, 8500, 9000, 60_000)]
    assert [c.speaker for c in with_speakers(cues, spans)] == [
        "Anna",
        "Anna",
        None,
        None,
        "Bo",
        "Bo",
    ]


def test_nested_chapters_give_the_inner_speaker() -> None:
    """A panellist's chapter inside the moderator's: the later-starting one speaks."""
    spans = speaker_spans([_ch(1, 0, 10_000, 1), _ch(2, 3000, 4000, 2)], {1: "Mod", 2: "Pan"})
    cues = [TranscriptCue(t, t + 100, "x") for t in (1000, 3500, 4500)]
    assert [c.speaker for c in with_speakers(cues, spans)] == ["Mod", "Pan", "Mod"]


def test_player_cues_carry_their_speakers_and_follow_chapter_edits(archive, tmp_path: Path) -> None:
    """The transcript the player shows names each cue's speaker; moving a chapter moves it."""
    spoken = spoken_session(archive, tmp_path)
    cues = archive.playback.cues(spoken.recording_id)
    assert [c.speaker for c in cues] == ["Anaïs Le Corvec", "Marek Tokarski", "Marek Tokarski"]
    recording = archive.playback.recording(spoken.recording_id)
    last = max(recording.chapters, key=lambda c: c.start_ms)
    archive.playback.update_chapter(last.id, 4100, last.title, None, spoken.tokarski)
    cues = archive.playback.cues(spoken.recording_id)
    assert [c.speaker for c in cues] == ["Anaïs Le Corvec", None, "Marek Tokarski"]


def test_without_speaker_chapters_cues_have_no_speaker(archive, tmp_path: Path) -> None:
    spoken = spoken_session(archive, tmp_path, chapters=False)
    assert {c.speaker for c in archive.playback.cues(spoken.recording_id)} == {None}


def test_webvtt_export_has_voice_spans_and_reads_back(archive, tmp_path: Path) -> None:
    """Each cue is a <v Name> span; reading the file back gives the plain text again."""
    spoken = spoken_session(archive, tmp_path)
    [track] = archive.playback.recording(spoken.recording_id).subtitles
    vtt = archive.playback.export_subtitles(track.id, webvtt=True)
    assert "<v Anaïs Le Corvec>Welcome everyone. Clusters are our topic today.</v>" in vtt
    assert vtt.count("<v Marek Tokarski>") == 2
    cues, warnings = parse_subtitles(vtt)
    assert warnings == []
    assert [c.text for c in cues] == [c.text for c in archive.playback.cues(spoken.recording_id)]


def test_srt_export_names_the_speaker_where_it_changes(archive, tmp_path: Path) -> None:
    spoken = spoken_session(archive, tmp_path)
    [track] = archive.playback.recording(spoken.recording_id).subtitles
    srt = archive.playback.export_subtitles(track.id, webvtt=False)
    cues, _ = parse_subtitles(srt)
    assert [c.text.split(":")[0] for c in cues[:2]] == ["Anaïs Le Corvec", "Marek Tokarski"]
    assert cues[2].text == "Questions are welcome."
