"""The `transcribe` command: speech to text for recordings, on this machine, with progress."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.progress import Progress, ReportProgress
from ..domain.time import format_ms
from .common import Subparsers, print_json, record_id, say

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
    p.add_argument("recordings", type=record_id, nargs="+", metavar="RECORDING_ID")
    p.add_argument(
        "--engine", default="pocketsphinx", help="speech-to-text engine (default: pocketsphinx)"
    )
    p.add_argument("--language", default="en", help="language spoken (default: en)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_transcribe)


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
    results = []
    count = len(args.recordings)
    for index, rec_id in enumerate(args.recordings, start=1):
        progress = _progress(index, count)
        try:
            result = archive.transcription.transcribe(rec_id, args.engine, args.language, progress)
        finally:
            if sys.stderr.isatty():
                sys.stderr.write("\r\x1b[K")
        results.append(result)
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
        print_json([_result_dict(r) for r in results])
    return 0
