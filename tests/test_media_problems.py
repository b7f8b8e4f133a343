"""Probe warnings stored by earlier versions read in today's plain words (files panel too)."""

from __future__ import annotations

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brief_helpers import demo
from webinar_archive.media.problems import reword_stored

# As the earlier prober wrote them into catalogues (media/probe.py before the plain wording).
OLD_CUT_INDEX = (
    "cut-moov.mp4: Not a readable audio or video file (error reading header; cut-moov.mp4: End "
    "of file). The file looks truncated: its 'moov' box needs 4523 more bytes than the file has "
    "(incomplete download or copy?)."
)
OLD_HEADER = (
    "talk.mp4: Not a readable audio or video file (moov atom not found; talk.mp4: Invalid data "
    "found when processing input). The file ends inside a box header at byte 32."
)


def test_earlier_wordings_become_plain() -> None:
    assert reword_stored(OLD_CUT_INDEX, playable=False) == (
        "cut-moov.mp4: the file looks cut short (it ends in the middle of its index); it will "
        "probably not play at all. Re-copy it from the original if you have it."
    )
    header = reword_stored(OLD_HEADER, playable=False)
    assert header.startswith("talk.mp4: the file has no index")
    assert reword_stored("x.mp4: Corrupt box at byte 12.", playable=True).startswith(
        "x.mp4: the file is damaged"
    )
    assert reword_stored("a.mp4: ffprobe reported: [h264 @ 0x5] error in MB 3", playable=True) == (
        "a.mp4: the file has errors in places; it may stutter or skip there."
    )
    plain = "b.mp4: the file looks cut short (it stops part-way through)."
    assert reword_stored(plain, playable=True) == plain
    for text in (OLD_CUT_INDEX, OLD_HEADER):
        worded = reword_stored(text, playable=False).partition(": ")[2]
        assert "byte" not in worded and "moov" not in worded and "Invalid data" not in worded


def test_files_panel_tooltip_is_plain(qtbot) -> None:  # type: ignore[no-untyped-def]
    from webinar_archive.ui.materials_panel import MaterialsPanel

    session = demo()
    recording = dataclasses.replace(
        session.recordings[0], probe_warning=OLD_CUT_INDEX, original_name="cut-moov.mp4"
    )
    panel = MaterialsPanel()
    qtbot.addWidget(panel)
    panel.show_session(dataclasses.replace(session, recordings=(recording,)))
    tip = panel.recording_list.topLevelItem(0).toolTip(0)
    assert tip.startswith("cut-moov.mp4: the file looks cut short (it ends in the middle of")
    assert "byte" not in tip and "moov'" not in tip


def test_prober_words_by_class() -> None:
    """ffprobe's and libvlc's messages, each mapped to the class a user is told."""
    from webinar_archive.media.problems import MediaProblem, classify

    cases = {
        "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55] moov atom not found": MediaProblem.NO_INDEX,
        "error reading header\nx.mp4: End of file": MediaProblem.CUT_SHORT,
        "x.mp4: Invalid data found when processing input": MediaProblem.NOT_MEDIA,
        "libvlc parsing failed": MediaProblem.NOT_MEDIA,
        "libvlc parsing timed out": MediaProblem.TOO_SLOW,
        "[h264 @ 0x1] corrupt decoded frame": MediaProblem.DAMAGED,
    }
    for text, problem in cases.items():
        assert classify(text, read_at_all=False) is problem, text
    assert classify("[h264 @ 0x1] corrupt decoded frame", read_at_all=True) is (
        MediaProblem.MINOR_ERRORS
    )
    assert classify("x.ogg: End of file", read_at_all=True) is MediaProblem.CUT_SHORT
