"""Files of a session: attach documents, recordings and subtitles (copied or linked in place)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Subparsers, print_json, record_id, warn

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser("attach", help="attach files or folders to a session")
    p.add_argument("id", type=record_id)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--link-in-place",
        action="store_true",
        help="record the files where they are instead of copying them into the library",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_attach)


def _cmd_attach(archive: Archive, args: argparse.Namespace) -> int:
    results = archive.files.attach(args.id, args.files, link=args.link_in_place)
    if args.json:
        print_json(
            [
                {
                    "path": r.path,
                    "material_id": r.material_id,
                    "recording_id": r.recording_id,
                    "subtitle_id": r.subtitle_id,
                    "duplicate_of": r.duplicate_of,
                    "warning": r.warning,
                    "error": r.error,
                }
                for r in results
            ]
        )
    else:
        for r in results:
            if r.error:
                print(f"error: {r.path}: {r.error}", file=sys.stderr)
            elif r.duplicate_of is not None:
                print(f"skipped (duplicate): {r.path}")
            else:
                what = (
                    ("material", r.material_id)
                    if r.material_id
                    else (
                        ("recording", r.recording_id)
                        if r.recording_id
                        else ("subtitles", r.subtitle_id)
                    )
                )
                print(f"attached {r.path} as {what[0]} {what[1]}")
                if r.warning:
                    warn(r.warning)
    return 1 if any(r.error for r in results) else 0
