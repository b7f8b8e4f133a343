"""The `transcribe` and `subtitles` commands: speech to text on this machine, tracks exported."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ArchiveError
from ..domain.progress import Progress, ReportProgress
from ..domain.time import format_ms
from .common import CliError, Subparsers, print_json, record_id, say

if TYPE_CHECKING:
    from ..services.archive import Archive
    from ..services.transcription import TranscriptResult


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "transcribe",
        help="turn what is said in recordings into searchable transcripts, offline",
        description="Transcribe recordings on this machine (nothing is sent anywhere) into "
        "machine-made subtitle tracks that search finds at once. A transcript is saved only "
        "when its recording is done: Ctrl+C leaves no half transcript. A person's transcript "
        "is never replaced; the same engine's earlier one in the same language is.",
    )
    p.add_argument("recordings", type=record_id, nargs="*", metavar="RECORDING_ID")
    p.add_argument(
        "--missing",
        action="store_true",
        help="every recording without a transcript or subtitles (sessions in the trash aside)",
    )
    p.add_argument(
        "--engine", default="pocketsphinx", help="speech-to-text engine (default: pocketsphinx)"
    )
    p.add_argument("--language", default="en", help="language spoken (default: en)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_transcribe)

    p = sub.add_parser(
        "subtitles", help="list a recording's subtitle tracks, or export one as WebVTT or SRT"
    )
    p.add_argument("recording", type=record_id, metavar="RECORDING_ID")
    p.add_argument(
        "--export",
        dest="export_file",
        type=Path,
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


def _progress(index: int, count: int) -> ReportProgress:
    """Minutes heard of the recording's minutes, on stderr: one updated line on a terminal,
    a line per minute heard when stderr is a file (a log should not fill with carriage returns)."""
    terminal = sys.stderr.isatty()
    last = [-1]

    def show(step: Progress) -> bool:
        of = f" of {_minutes(step.total)}" if step.total else ""
        prefix = f"[{index}/{count}] " if count > 1 else ""
        line = f"{prefix}{step.text}: {_minutes(step.done)}{of} minutes"
        if terminal:
            sys.stderr.write("\r\x1b[K" + line[:150])
        elif step.done // 60_000 != last[0]:
            last[0] = step.done // 60_000
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
    if bool(args.recordings) == args.missing:
        raise CliError("Name the recordings to transcribe (RECORDING_ID...) or give --missing.")
    ids = list(args.recordings) or archive.transcription.without_transcript()
    results: list[dict[str, object]] = []
    failed = 0
    for index, rec_id in enumerate(ids, start=1):
        progress = _progress(index, len(ids))
        try:
            result = archive.transcription.transcribe(rec_id, args.engine, args.language, progress)
        except ArchiveError as exc:
            # One recording that cannot be heard does not stop the others; each is saved whole.
            failed += 1
            results.append({"recording_id": rec_id, "error": str(exc)})
            say(f"webinar-archive: recording {rec_id}: {exc}", file=sys.stderr, multiline=True)
            continue
        finally:
            if sys.stderr.isatty():
                sys.stderr.write("\r\x1b[K")
        results.append(_result_dict(result))
        if not args.json:
            replaced = " (replacing the earlier one)" if result.replaced else ""
            say(
                f"Recording {rec_id}: {result.cue_count} cues in subtitle track "
                f"{result.track_id}{replaced}; {format_ms(result.audio_ms)} of sound in "
                f"{result.seconds:.0f} s ({result.engine}, {result.model})."
            )
            if result.cue_count == 0:
                say(f"Recording {rec_id}: no speech recognised.", file=sys.stderr)
    if args.json:
        print_json(results)
    elif not ids:
        say("Every recording has a transcript already.")
    return 1 if failed else 0


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
                f"Subtitle track {track_id} is not one of recording {recording.id}'s "
                f"(ids: {', '.join(str(i) for i in ids) or 'none'})."
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
