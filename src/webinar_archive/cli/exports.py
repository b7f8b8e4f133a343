"""`export json|csv`: sessions as a lossless exchange file (with files) or a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.messages import _t, _tn
from .common import CliError, Subparsers, file_path, record_id, warn

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="write sessions as JSON (lossless) or CSV (spreadsheets)")
    p.add_argument("format", choices=["json", "csv"])
    p.add_argument(
        "-o", "--output", type=file_path, help="file to write (default: standard output)"
    )
    p.add_argument("--ids", type=record_id, nargs="+", metavar="ID", help="only these sessions")
    p.add_argument(
        "--with-files",
        action="store_true",
        help="copy the attached files into files/ beside the JSON (needs -o)",
    )
    p.set_defaults(handler=_cmd_export)


def _cmd_export(archive: Archive, args: argparse.Namespace) -> int:
    ids = args.ids
    if ids is not None:
        for session_id in ids:
            archive.sessions.get(session_id)  # names a bad id before writing anything
    if args.with_files and (args.format != "json" or args.output is None):
        raise CliError(_t("--with-files needs 'export json -o FILE' (files go beside the JSON)."))
    if args.output is None:
        if args.format == "json":
            from ..export.exchange import dumps_exchange

            sys.stdout.write(dumps_exchange(archive.exchange.exchange_document(ids)))
        else:
            from ..export.exchange import sessions_csv

            sys.stdout.write(sessions_csv(archive.exchange.sessions(ids)))
        return 0
    if args.format == "json":
        result = archive.exchange.export_json(args.output, ids, with_files=args.with_files)
    else:
        result = archive.exchange.export_csv(args.output, ids)
    n = result.sessions
    message = _tn(
        "Exported {count} session to {path}", "Exported {count} sessions to {path}", n
    ).format(count=n, path=result.path)
    if args.with_files:
        files = result.files_copied
        message += _tn(" with {count} file", " with {count} files", files).format(count=files)
    print(message + ".")
    for missing in result.files_missing:
        warn(_t("file not in the library: {missing}").format(missing=missing))
    return 0
