"""Transcribe from a recording's menu: a background job with progress and cancel."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import ui_helpers
from speech_helpers import make_speech
from translation_helpers import english  # noqa: F401
from ui_helpers import Main
from webinar_archive.domain.progress import Progress
from webinar_archive.services.archive import Archive

# With the app's English catalogue, as a user has it: counts read "1 recording", "2 recordings".
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("english")]
main = ui_helpers.main
settings = ui_helpers.settings


def _recording_selected(main: Main, archive: Archive, qtbot, tmp_path: Path) -> tuple[int, int]:
    """The demo session shown with a speech recording attached and selected in its list."""
    mp4, _ = make_speech(tmp_path)
    main.window.empty_state.demo_button.click()
    session_id = main.controller.editor.session.id
    [result] = archive.files.attach(session_id, [mp4])
    assert result.recording_id is not None
    main.app.files.reload_files(session_id)
    panel = main.window.editor.files
    qtbot.waitUntil(lambda: panel.recording_list.topLevelItemCount() == 1)
    panel.recording_list.setCurrentItem(panel.recording_list.topLevelItem(0))
    return session_id, result.recording_id


def test_transcribe_in_the_recording_menu_runs_in_the_background_and_saves(
    main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """The menu's Transcribe runs as a job whose progress says minutes; when it ends the
    recording has a machine transcript and the status bar says search finds it."""
    session_id, recording_id = _recording_selected(main, archive, qtbot, tmp_path)
    panel = main.window.editor.files
    menu = panel.recording_menu()
    [action] = [a for a in menu.actions() if a.text() == "Transcribe"]
    assert action.isEnabled()
    seen: list[Progress] = []
    main.controller.tasks.job_progressed.connect(lambda _job, step: seen.append(step))
    action.trigger()
    menu.deleteLater()
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=120_000)
    [track] = archive.sessions.get(session_id).recordings[0].subtitles
    assert track.machine is not None and track.machine.engine == "pocketsphinx"
    assert track.recording_id == recording_id
    assert any(s.text.startswith("Transcribing budget talk.mp4: 0 of 1 min") for s in seen)
    assert "now found by search" in main.window.statusBar().currentMessage()
    # The Files tab lists it under its recording, saying who made it.
    row = panel.recording_list.topLevelItem(0).child(0)
    assert (
        row.text(0)
        == "Subtitles: English (en) — budget talk.pocketsphinx.en.vtt (machine-made, pocketsphinx)"
    )


@pytest.mark.parametrize("keep", [True, False])
def test_cancelling_the_job_leaves_no_transcript_and_the_queue_as_the_user_chose(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch, keep: bool
) -> None:
    """Cancel once the job reports sound heard: it ends cancelled, nothing is stored, and
    the recording stays queued only when the user says to keep it."""
    from PySide6.QtWidgets import QMessageBox

    session_id, recording_id = _recording_selected(main, archive, qtbot, tmp_path)
    tasks = main.controller.tasks
    cancelled: list[str] = []
    tasks.job_cancelled.connect(cancelled.append)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if keep else QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *_a: asked.append(text) or answer
    )

    def cancel_once_heard(_job: int, step: Progress) -> None:
        if step.done > 0:
            tasks.cancel()

    tasks.job_progressed.connect(cancel_once_heard)
    main.window.editor.files.transcribe_button.click()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=120_000)
    assert len(cancelled) == 1
    assert archive.sessions.get(session_id).recordings[0].subtitles == ()
    assert len(asked) == 1 and "Keep the 1 recording not done in the queue" in asked[0]
    queued = [q.recording_id for q in archive.transcription.queued()]
    assert queued == ([recording_id] if keep else [])


def test_a_queue_left_behind_is_offered_at_start_and_worked_in_the_background(
    archive: Archive, settings, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A queue left by a crash: the next start asks, Yes runs the job, which saves one
    machine transcript and empties the queue."""
    from PySide6.QtWidgets import QMessageBox

    from helpers import draft

    mp4, _ = make_speech(tmp_path)
    session = archive.sessions.create(draft())
    [result] = archive.files.attach(session.id, [mp4])
    assert result.recording_id is not None
    archive.transcription.enqueue([result.recording_id])
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    started = Main(archive, settings, qtbot)
    try:
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        assert asked[0].startswith("1 recording, 1 min of sound, still wait")
        transcriber = started.app.files.transcriber
        qtbot.waitUntil(lambda: not transcriber.running, timeout=120_000)
        [track] = archive.sessions.get(session.id).recordings[0].subtitles
        assert track.machine is not None
        assert archive.transcription.queued() == []
        assert "now found by search" in started.window.statusBar().currentMessage()
    finally:
        started.close()


def test_the_queue_left_behind_is_read_off_the_gui_thread(
    archive: Archive, settings, qtbot, monkeypatch
) -> None:
    """Looking for a queue left behind builds the transcription service and reads the
    catalogue: done on the query thread, not on the GUI thread just as the first rows are
    there to be scrolled."""
    import threading

    from webinar_archive.services.transcription import TranscriptionService

    read_on: list[threading.Thread] = []
    monkeypatch.setattr(
        TranscriptionService,
        "queued",
        lambda _self: read_on.append(threading.current_thread()) or [],
    )
    started = Main(archive, settings, qtbot)
    try:
        qtbot.waitUntil(lambda: bool(read_on))
        assert read_on[0] is not threading.main_thread()
    finally:
        started.close()


def test_playback_menu_transcribes_the_recording_playing_and_its_transcript_pane_fills(
    main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """Playback → Transcribe This Recording runs the same job; when it ends, the transcript
    pane of the player shows the new cues without reopening the recording."""
    session_id, recording_id = _recording_selected(main, archive, qtbot, tmp_path)
    main.window.editor.files.play_button.click()
    controller = main.app.player
    assert controller.player is not None and controller.player.transcript.count() == 0
    assert controller.transcribe_action.isEnabled()
    controller.transcribe_action.trigger()
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=120_000)
    cues = archive.playback.cues(recording_id)
    assert cues and controller.player.transcript.count() == len(cues)
    assert archive.sessions.get(session_id).recordings[0].subtitles[0].machine is not None


def test_library_menu_transcribes_every_recording_without_subtitles_and_reports_failures(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Library → Transcribe Recordings Without Subtitles… asks with the count, runs one job,
    leaves recordings with subtitles alone, and names the one that had no sound."""
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    from speech_helpers import speech_tools
    from webinar_archive.ui import errors

    session_id, recording_id = _recording_selected(main, archive, qtbot, tmp_path)
    _, ffmpeg = speech_tools()
    silent = tmp_path / "picture only.mp4"
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
         "testsrc2=size=160x120:rate=5:duration=1", "-pix_fmt", "yuv420p", str(silent)],
        check=True,
    )  # fmt: skip
    [result] = archive.files.attach(session_id, [silent])
    # A third recording a person subtitled: left alone.
    subtitled = tmp_path / "subtitled talk.m4a"
    mp4 = tmp_path / "budget talk.mp4"  # made by _recording_selected
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-i", str(mp4), "-b:a", "48k",
         str(subtitled)],
        check=True,
    )  # fmt: skip
    [person] = archive.files.attach(session_id, [subtitled])
    assert person.recording_id is not None
    srt = tmp_path / "subtitled talk.en.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nBy a person\n", encoding="utf-8")
    archive.files.add_subtitle_to(person.recording_id, srt)
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *_a: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    failures: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors, "show_failure", lambda _w, what, details: failures.append((what, details))
    )
    main.app.files.transcribe_missing_action.trigger()
    qtbot.waitUntil(lambda: not main.controller.tasks.busy, timeout=120_000)
    assert questions and questions[0].startswith("Transcribe 2 recordings without subtitles")
    assert failures == [
        (
            "1 recording could not be transcribed.",
            "picture only.mp4: picture only.mp4: the recording has no sound track, so there is "
            "nothing to transcribe.",
        )
    ]
    tracks = {r.id: r.subtitles for r in archive.sessions.get(session_id).recordings}
    assert [t.machine is not None for t in tracks[recording_id]] == [True]
    assert tracks[result.recording_id] == ()
    assert [(t.original_name, t.machine) for t in tracks[person.recording_id]] == [
        ("subtitled talk.en.srt", None)
    ]


def test_the_player_follows_the_transcript_chosen_above_it_and_remembers_it(
    main: Main, archive: Archive, qtbot, tmp_path: Path
) -> None:
    """With a person's and a machine's transcript, the pane shows the person's and offers
    both; choosing the machine's shows its cues, and replaying the recording keeps it."""
    session_id, recording_id = _recording_selected(main, archive, qtbot, tmp_path)
    srt = tmp_path / "budget talk.en.srt"
    srt.write_text("1\n00:00:02,500 --> 00:00:05,000\nSaid by a person\n", encoding="utf-8")
    archive.files.add_subtitle_to(recording_id, srt)
    machine = archive.transcription.transcribe(recording_id)
    main.app.files.reload_files(session_id)
    assert main.app.player.play(recording_id)
    player = main.app.player.player
    assert player is not None
    choice = player.transcript_choice
    assert not choice.isHidden() and choice.count() == 2
    assert choice.currentText().endswith("budget talk.en.srt")
    assert player.transcript.count() == 1
    index = choice.findData(machine.track_id)
    choice.setCurrentIndex(index)
    choice.activated.emit(index)
    assert player.transcript.count() == machine.cue_count
    assert [t.chosen for t in archive.playback.recording(recording_id).subtitles] == [False, True]
    player.unload()
    assert player.transcript.count() == 0 and player.transcript_choice.count() == 0
    assert main.app.player.play(recording_id)
    assert player.transcript_choice.currentData() == machine.track_id
    assert player.transcript.count() == machine.cue_count


def test_transcription_settings_choose_engine_language_and_model(main: Main) -> None:
    """Library → Transcription Settings… keeps the engine, language and model chosen."""
    from webinar_archive.ui import settings as keys

    transcriber = main.app.files.transcriber
    transcriber.settings_action.trigger()
    dialog = transcriber.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.model.itemText(i) for i in range(dialog.model.count())][-1] == "large-v3"
    dialog.engine.setCurrentIndex(dialog.engine.findData("faster-whisper"))
    dialog.language.setText(" PL ")
    dialog.model.setEditText("small")
    dialog.accept()
    stored = transcriber.settings
    assert stored.get(keys.TRANSCRIPTION_ENGINE) == "faster-whisper"
    assert stored.get(keys.TRANSCRIPTION_LANGUAGE) == "pl"
    assert stored.get(keys.WHISPER_MODEL) == "small"


@pytest.mark.parametrize("consent", [False, True])
def test_a_model_not_downloaded_is_fetched_only_after_consent_listing_the_sizes(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch, consent: bool
) -> None:
    """faster-whisper with a size not on the computer: Transcribe first asks, listing every
    size with its download and speed. No queues nothing; Yes is remembered, and without the
    package installed the user is told what to install, with nothing queued."""
    from PySide6.QtWidgets import QMessageBox

    from webinar_archive.media.transcribe import whisper as w
    from webinar_archive.ui import errors
    from webinar_archive.ui import settings as keys

    if consent and w._installed():
        pytest.skip("faster-whisper is installed here: its absence cannot be shown")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no model downloaded there
    _recording_selected(main, archive, qtbot, tmp_path)
    transcriber = main.app.files.transcriber
    transcriber.settings.set(keys.TRANSCRIPTION_ENGINE, "faster-whisper")
    transcriber.settings.set(keys.TRANSCRIPTION_LANGUAGE, "pl")
    transcriber.settings.set(keys.WHISPER_MODEL, "small")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if consent else QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or answer
    )
    failures: list[str] = []
    monkeypatch.setattr(
        errors, "show_failure", lambda _w, what, problem, *_a: failures.append(str(problem))
    )
    main.window.editor.files.transcribe_button.click()
    assert len(asked) == 1 and "<b>small</b>" in asked[0] and "485 MB" in asked[0]
    assert all(size in asked[0] for size in w.SIZE_NAMES)
    assert transcriber.settings.get(keys.WHISPER_DOWNLOADS) == (["small"] if consent else [])
    assert not main.controller.tasks.busy and archive.transcription.queued() == []
    if consent:
        assert len(failures) == 1 and "pip install 'webinar-archive[whisper]'" in failures[0]
    else:
        assert failures == []


def test_session_menu_transcribes_the_recordings_of_the_selected_sessions_only(
    main: Main, archive: Archive, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Session → Transcribe Recordings of Selected… asks with the count of the selection's
    untranscribed recordings, transcribes those, leaves other sessions' recordings alone, and
    says so when the selection has nothing left to transcribe."""
    from PySide6.QtWidgets import QMessageBox

    from helpers import draft

    mp4, _ = make_speech(tmp_path)
    picked = archive.sessions.create(draft("Picked talk"))
    left = archive.sessions.create(draft("Talk left alone"))
    [picked_rec] = archive.files.attach(picked.id, [mp4])
    [left_rec] = archive.files.attach(left.id, [mp4])
    main.app.catalogue.refresh_table()
    main.app.catalogue.select_sessions([picked.id])
    action = main.window.transcribe_selected_action
    qtbot.waitUntil(action.isEnabled)
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *_a: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_a: told.append(text)
    )
    action.trigger()
    qtbot.waitUntil(lambda: not main.app.files.transcriber.running, timeout=120_000)
    assert len(questions) == 1 and questions[0].startswith("Transcribe 1 recording without")
    assert archive.sessions.get(picked.id).recordings[0].subtitles[0].machine is not None
    assert archive.sessions.get(left.id).recordings[0].subtitles == ()
    assert left_rec.recording_id not in [q.recording_id for q in archive.transcription.queued()]
    assert picked_rec.recording_id is not None
    action.trigger()  # nothing left to do in this selection
    assert len(questions) == 1
    assert told == ["No recording of the selected sessions is without a transcript or subtitles."]
