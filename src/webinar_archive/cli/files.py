"""Files of a session: attach documents, recordings and subtitles (copied or linked in place)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.messages import _t
from .common import Subparsers, file_path, print_json, record_id, warn

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser("attach", help="attach files or folders to a session")
    p.add_argument("id", type=record_id)
    p.add_argument("files", type=file_path, nargs="+", metavar="FILE")
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
                print(
                    _t("error: {path}: {error}").format(path=r.path, error=r.error), file=sys.stderr
                )
            elif r.duplicate_of is not None:
                print(_t("skipped (duplicate): {path}").format(path=r.path))
            else:
                if r.material_id:
                    attached = _t("attached {path} as material {id}")
                elif r.recording_id:
                    attached = _t("attached {path} as recording {id}")
                else:
                    attached = _t("attached {path} as subtitles {id}")
                ident = r.material_id or r.recording_id or r.subtitle_id
                print(attached.format(path=r.path, id=ident))
                if r.warning:
                    warn(r.warning)
    return 1 if any(r.error for r in results) else 0
