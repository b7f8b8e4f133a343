"""The `transcribe` and `subtitles` commands: speech to text on this machine, tracks exported."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.messages import _t, _tn
from .common import CliError, Subparsers, file_path, print_json, record_id, say

if TYPE_CHECKING:
    from ..domain.model import QueuedTranscription
    from ..services.archive import Archive
    from ..services.transcription import (
        QueueOutcome,
        QueueStep,
        ReportQueueStep,
        TranscriptResult,
    )


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "transcribe",
        help="turn what is said in recordings into searchable transcripts, offline",
        description="Transcribe recordings on this machine (nothing is sent anywhere) into "
        "machine-made subtitle tracks that search finds at once. The recordings wait in a "
        "queue kept in the catalogue, each leaving it when its transcript is saved whole: "
        "after Ctrl+C, a crash or a power cut, --resume goes on where it stopped and no half "
        "transcript is ever kept. A person's transcript is never replaced; the same engine's "
        "earlier one in the same language is.",
    )
    p.add_argument("recordings", type=record_id, nargs="*", metavar="RECORDING_ID")
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--missing",
        action="store_true",
        help="every recording without a transcript or subtitles (sessions in the trash aside)",
    )
    what.add_argument(
        "--resume", action="store_true", help="transcribe every recording left in the queue"
    )
    what.add_argument(
        "--queue", action="store_true", help="list the recordings waiting in the queue"
    )
    what.add_argument(
        "--unqueue",
        action="store_true",
        help="take the recordings named (or, with none named, every one) off the queue",
    )
    p.add_argument(
        "--session",
        dest="sessions",
        type=record_id,
        action="append",
        default=[],
        metavar="SESSION_ID",
        help="with --missing: only the recordings of this session (repeat for more)",
    )
    p.add_argument(
        "--engine",
        default=None,
        help="speech-to-text engine: pocketsphinx (English, built in; the default) or "
        "faster-whisper (many languages; pip install 'webinar-archive[whisper]')",
    )
    p.add_argument("--language", default=None, help="language spoken (default: en)")
    p.add_argument(
        "--model",
        metavar="FOLDER|SIZE",
        help="faster-whisper's model: a folder holding one, or a size to download "
        "(tiny, base, small, medium, large-v3); default: $WEBINAR_ARCHIVE_WHISPER_MODEL",
    )
    p.add_argument(
        "--download-model",
        action="store_true",
        help="allow downloading the faster-whisper model of --model SIZE once (from "
        "Hugging Face); without it nothing is ever fetched",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_transcribe)

    p = sub.add_parser(
        "subtitles", help="list a recording's subtitle tracks, or export one as WebVTT or SRT"
    )
    p.add_argument("recording", type=record_id, metavar="RECORDING_ID")
    p.add_argument(
        "--export",
        dest="export_file",
        type=file_path,
        metavar="FILE",
        help="write a track to FILE ('-' for standard output); SubRip for a .srt name",
    )
    p.add_argument(
        "--track", type=record_id, metavar="ID", help="the track to export (needed when several)"
    )
    p.add_argument("--srt", action="store_true", help="export as SubRip instead of WebVTT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_subtitles)


def _minutes(ms: int) -> str:
    return f"{ms / 60_000:.1f}"


def _left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return ", under a minute left"
    return f", about {-(-int(seconds) // 60)} min left"


def _progress() -> ReportQueueStep:
    """Minutes done of the minutes queued, with an estimate, on stderr: one updated line on a
    terminal; on a file, a line per recording and per minute heard (a log should not fill
    with carriage returns)."""
    from ..domain.text import terminal_text

    terminal = sys.stderr.isatty()
    last = [(-1, -1)]

    def show(step: QueueStep) -> bool:
        prefix = f"[{step.index}/{step.count}] " if step.count > 1 else ""
        line = (
            f"{prefix}Transcribing {terminal_text(step.name)}: {_minutes(step.done_ms)} of "
            f"{_minutes(step.total_ms)} minutes{_left(step.seconds_left)}"
        )
        if terminal:
            sys.stderr.write("\r\x1b[K" + line[:150])
        elif (step.index, step.done_ms // 60_000) != last[0]:
            last[0] = (step.index, step.done_ms // 60_000)
            sys.stderr.write(line + "\n")
        sys.stderr.flush()
        return True

    return show


def _result_dict(result: TranscriptResult) -> dict[str, object]:
    return {
        "recording_id": result.recording_id,
        "subtitle_id": result.track_id,
        "cues": result.cue_count,
        "engine": result.engine,
        "model": result.model,
        "language": result.language,
        "audio_ms": result.audio_ms,
        "seconds": round(result.seconds, 2),
        "real_time_factor": round(result.real_time_factor, 3),
        "replaced": result.replaced,
    }


def _cmd_transcribe(archive: Archive, args: argparse.Namespace) -> int:
    from ..services.transcription import whisper_settings

    transcription = archive.transcription
    whisper = whisper_settings(args.model, args.download_model)
    if (args.queue or args.unqueue or args.resume) and (
        args.engine is not None or args.language is not None
    ):
        raise CliError(
            _t(
                "--engine and --language choose how recordings are queued: each queued "
                "recording keeps its own (see transcribe --queue)."
            )
        )
    if args.queue:
        if args.recordings:
            raise CliError(_t("--queue lists the whole queue: name no recordings."))
        return _show_queue(transcription.queued(), args.json)
    if args.unqueue:
        removed = transcription.unqueue(args.recordings or None)
        if args.json:
            print_json({"removed": removed})
        else:
            say(
                _tn(
                    "Took {count} recording off the transcription queue.",
                    "Took {count} recordings off the transcription queue.",
                    removed,
                ).format(count=removed)
            )
        return 0
    if args.resume:
        if args.recordings:
            raise CliError(_t("--resume works the whole queue: name no recordings."))
        only = None
        if not transcription.queued():
            if args.json:
                print_json([])
            else:
                say(_t("No recording waits in the transcription queue."))
            return 0
    else:
        if args.sessions and not args.missing:
            raise CliError(_t("--session picks the sessions of --missing: give --missing too."))
        if bool(args.recordings) == args.missing:
            raise CliError(
                _t(
                    "Name the recordings to transcribe (RECORDING_ID...), or give --missing, "
                    "--resume or --queue."
                )
            )
        only = list(args.recordings) or transcription.without_transcript(args.sessions or None)
        transcription.enqueue(only, args.engine, args.language, whisper)
    from ..domain.time import format_ms

    results: list[dict[str, object]] = []
    failed = 0

    def done(outcome: QueueOutcome) -> None:
        nonlocal failed
        if sys.stderr.isatty():
            sys.stderr.write("\r\x1b[K")
        rec_id = outcome.recording_id
        result = outcome.result
        if result is None:
            # One recording that cannot be heard does not stop the others; each is saved whole.
            failed += 1
            results.append({"recording_id": rec_id, "error": outcome.error})
            say(f"webinar-archive: recording {rec_id}: {outcome.error}", file=sys.stderr,
                multiline=True)  # fmt: skip
            return
        results.append(_result_dict(result))
        if not args.json:
            replaced = " (replacing the earlier one)" if result.replaced else ""
            say(
                f"Recording {rec_id}: {result.cue_count} cues in subtitle track "
                f"{result.track_id}{replaced}; {format_ms(result.audio_ms)} of sound in "
                f"{result.seconds:.0f} s ({result.engine}, {result.model})."
            )
            if result.cue_count == 0:
                say(
                    _t("Recording {rec_id}: no speech recognised.").format(rec_id=rec_id),
                    file=sys.stderr,
                )

    try:
        transcription.work_queue(_progress(), only, done, whisper)
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            sys.stderr.write("\r\x1b[K")
        say(
            "webinar-archive: the recordings not transcribed yet stay queued: "
            "`transcribe --resume` goes on, `transcribe --unqueue` forgets them.",
            file=sys.stderr,
        )
        raise
    heard = {r["recording_id"] for r in results}
    for rec_id in [i for i in args.recordings if i not in heard]:
        # Queued but out of sight: a recording of a session in the trash waits until restored.
        failed += 1
        message = (
            "its session is in the trash; bring it back (webinar-archive restore-trash) first."
        )
        results.append({"recording_id": rec_id, "error": message})
        say(f"webinar-archive: recording {rec_id}: {message}", file=sys.stderr)
    if args.json:
        print_json(results)
    elif not only and not args.resume:
        say(_t("Every recording has a transcript already."))
    others = len(transcription.queued())
    if others and not args.json:
        say(
            f"{others} more recording(s) wait in the transcription queue: "
            "webinar-archive transcribe --resume",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _show_queue(queued: list[QueuedTranscription], as_json: bool) -> int:
    if as_json:
        print_json(
            [
                {
                    "recording_id": q.recording_id,
                    "session_id": q.session_id,
                    "file_name": q.original_name,
                    "duration_ms": q.duration_ms,
                    "engine": q.engine,
                    "language": q.language,
                    "queued_at": q.queued_at.isoformat(timespec="seconds") + "Z",
                }
                for q in queued
            ]
        )
        return 0
    if not queued:
        say(_t("No recording waits in the transcription queue."))
        return 0
    for q in queued:
        minutes = f"{_minutes(q.duration_ms)} min" if q.duration_ms else "? min"
        say(f"{q.recording_id:>6}  {q.engine} {q.language:<5} {minutes:>9}  {q.original_name}")
    total = sum(q.duration_ms or 0 for q in queued)
    say(
        _tn(
            "{count} recording, {minutes} minutes of sound.",
            "{count} recordings, {minutes} minutes of sound.",
            len(queued),
        ).format(count=len(queued), minutes=_minutes(total))
    )
    return 0


def _cmd_subtitles(archive: Archive, args: argparse.Namespace) -> int:
    # Here, not at the top: --version and --help load no catalogue records.
    from ..domain import public_fields

    recording = archive.playback.recording(args.recording)
    session = archive.sessions.get(recording.session_id)
    # The session's copy of the recording carries each track's cue count.
    tracks = next(r for r in session.recordings if r.id == recording.id).subtitles
    if args.export_file is not None:
        ids = [t.id for t in tracks]
        if args.track is None and len(ids) != 1:
            listed = ", ".join(str(i) for i in ids) or "none"
            raise CliError(
                f"Recording {recording.id} has {len(ids)} subtitle tracks (ids: {listed}): "
                "say which to export with --track ID."
                if ids
                else f"Recording {recording.id} has no subtitle track to export."
            )
        track_id = args.track if args.track is not None else ids[0]
        if track_id not in ids:
            raise CliError(
                _t(
                    "Subtitle track {track_id} is not one of recording {id}'s (ids: {value})."
                ).format(
                    track_id=track_id,
                    id=recording.id,
                    value=", ".join(str(i) for i in ids) or "none",
                )
            )
        srt = args.srt or args.export_file.suffix.lower() == ".srt"
        text = archive.playback.export_subtitles(track_id, webvtt=not srt)
        if str(args.export_file) == "-":
            sys.stdout.write(text)
        else:
            from ..export.output import write_output

            write_output(args.export_file, text.encode("utf-8"))
        return 0
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "file_name": t.original_name,
                    "language": t.language,
                    "label": t.label,
                    "cues": t.cue_count,
                    "machine": public_fields.machine_fields(t),
                }
                for t in tracks
            ]
        )
        return 0
    for t in tracks:
        made = f"machine-made by {t.machine.engine} ({t.machine.model})" if t.machine else "person"
        say(f"{t.id:>6}  {t.language or '--':<5} {t.cue_count:>6} cues  {made}  {t.original_name}")
    return 0
