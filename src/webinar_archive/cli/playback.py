"""Headless commands for what the player stores: a recording's chapters and timestamped notes."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.messages import _t
from .common import CliError, Subparsers, file_path, print_json, record_id, warn

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser("chapters", help="list, import or export a recording's chapters")
    p.add_argument("recording", type=record_id, metavar="RECORDING_ID")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--import",
        dest="import_file",
        type=file_path,
        metavar="FILE",
        help="replace the chapters from a 'mm:ss Title' list or a WebVTT file",
    )
    group.add_argument(
        "--export",
        dest="export_file",
        type=file_path,
        metavar="FILE",
        help="write the chapters to FILE ('-' for standard output)",
    )
    p.add_argument("--webvtt", action="store_true", help="export as WebVTT chapters")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_chapters)

    p = sub.add_parser("note", help="add a timestamped note to a recording")
    p.add_argument("recording", type=record_id, metavar="RECORDING_ID")
    p.add_argument("at", help="time in the recording, mm:ss or h:mm:ss")
    p.add_argument("text")
    p.set_defaults(handler=_cmd_note)


def _cmd_chapters(archive: Archive, args: argparse.Namespace) -> int:
    from ..domain.chapters import shown_title
    from ..domain.time import format_ms

    rec_id = args.recording
    if args.import_file is not None:
        from ..domain.input_files import SUBTITLE_LIMIT, read_capped_text

        text = read_capped_text(args.import_file, SUBTITLE_LIMIT, _t("a chapter list"))
        for warning in archive.playback.import_chapters(rec_id, text):
            warn(warning)
    if args.export_file is not None:
        text = archive.playback.export_chapters(rec_id, webvtt=args.webvtt)
        if str(args.export_file) == "-":
            sys.stdout.write(text)
        else:
            from ..export.output import write_output

            write_output(args.export_file, text.encode("utf-8"))
        return 0
    chapters = archive.playback.recording(rec_id).chapters
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "start_ms": c.start_ms,
                    "end_ms": c.end_ms,
                    "title": c.title,
                    "appearance_id": c.appearance_id,
                }
                for c in chapters
            ]
        )
    else:
        ordered = sorted(chapters, key=lambda c: c.start_ms)
        for number, c in enumerate(ordered, start=1):
            print(f"{format_ms(c.start_ms):>8}  {shown_title(c.title, number)}")
    return 0


def _cmd_note(archive: Archive, args: argparse.Namespace) -> int:
    from ..domain.time import format_ms, parse_timecode

    try:
        at_ms = parse_timecode(args.at)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    note_id = archive.playback.add_note(args.recording, at_ms, args.text)
    print(_t("Added note {note_id} at {time}.").format(note_id=note_id, time=format_ms(at_ms)))
    return 0
