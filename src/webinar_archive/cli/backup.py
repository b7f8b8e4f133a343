"""`backup`, `restore` and `backup-schedule`: archives of a library and automatic copies."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.messages import _t, _tn
from .common import Subparsers, count, file_path, print_json, say

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "backup",
        help="write the catalogue (and with --with-files the library's files) to one archive",
        description="Writes a tar archive (.tar.gz or .tgz: compressed) while the app may be "
        "running: a consistent copy of the catalogue, a manifest with every file's hash and "
        "size, and with --with-files the files copied into the library.",
    )
    p.add_argument("archive", type=file_path, metavar="ARCHIVE")
    p.add_argument("--with-files", action="store_true", help="include the library's files")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_backup)

    p = sub.add_parser(
        "restore",
        help="rebuild a library from a backup archive in an empty or new folder",
        description="Every entry is checked against the archive's manifest (hash and size) "
        "before the restore says it is done; a damaged or altered archive is refused and "
        "nothing is left in TARGET. With --database-url the catalogue goes into that empty "
        "database and TARGET holds the files.",
    )
    p.add_argument("archive", type=file_path, metavar="ARCHIVE")
    p.add_argument("target", type=file_path, metavar="TARGET")
    p.add_argument("--json", action="store_true")
    # No library is opened for this one: it builds a new library.
    p.set_defaults(standalone=_cmd_restore_backup)

    p = sub.add_parser(
        "backup-schedule",
        help="show or set the automatic catalogue copies in the library's backups/ folder",
    )
    p.add_argument("--every", type=count, metavar="DAYS", help="days between copies, 0: never")
    p.add_argument("--keep", type=count, metavar="N", help="how many automatic copies to keep")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_backup_schedule)


def _cmd_backup(archive: Archive, args: argparse.Namespace) -> int:
    result = archive.backups.backup(args.archive, with_files=args.with_files)
    if args.json:
        print_json(
            {
                "archive": str(result.path),
                "files": result.files,
                "bytes": result.bytes,
                "with_files": result.files_included,
                "missing": list(result.missing),
                "linked": result.linked,
            }
        )
    else:
        if args.with_files:
            wrote = _tn(
                "Wrote {path} (the catalogue and {count} file).",
                "Wrote {path} (the catalogue and {count} files).",
                result.files,
            )
        else:
            wrote = _t("Wrote {path} (the catalogue).")
        say(wrote.format(path=result.path, count=result.files))
        if n := result.linked:
            say(
                _tn(
                    "{count} file linked in place is recorded, not copied: back it up.",
                    "{count} files linked in place are recorded, not copied: back them up.",
                    n,
                ).format(count=n)
            )
    for missing in result.missing:
        say(
            _t("warning: {missing} is in the catalogue but not in the library").format(
                missing=missing
            ),
            file=sys.stderr,
        )
    return 0


def _cmd_restore_backup(args: argparse.Namespace) -> int:
    from ..services.restore import restore_backup

    result = restore_backup(args.archive, args.target, database_url=args.database_url)
    if args.json:
        print_json(
            {
                "library": str(result.target),
                "sessions": result.sessions,
                "files": result.files,
                "bytes": result.bytes,
                "not_in_archive": list(result.not_in_archive),
                "linked": list(result.linked),
            }
        )
        return 0
    sessions = _tn("{count} session", "{count} sessions", result.sessions).format(
        count=result.sessions
    )
    files = _tn("{count} file", "{count} files", result.files).format(count=result.files)
    say(
        _t("Restored {target}: {sessions}, {files}, every one checked against its hash.").format(
            target=result.target, sessions=sessions, files=files
        )
    )
    if result.not_in_archive:
        n = len(result.not_in_archive)
        say(
            _tn(
                "{count} file the catalogue names was not in the archive (a backup without "
                "--with-files): copy it into files/ or relink it.",
                "{count} files the catalogue names were not in the archive (a backup without "
                "--with-files): copy them into files/ or relink them.",
                n,
            ).format(count=n)
        )
    if result.linked:
        n = len(result.linked)
        say(
            _tn(
                "{count} file is linked in place where it was: check it exists.",
                "{count} files are linked in place where they were: check they exist.",
                n,
            ).format(count=n)
        )
    return 0


def _cmd_backup_schedule(archive: Archive, args: argparse.Namespace) -> int:
    from ..services.backup import BackupSchedule

    schedule = archive.backups.schedule()
    if args.every is not None or args.keep is not None:
        schedule = BackupSchedule(
            args.every if args.every is not None else schedule.every_days,
            args.keep if args.keep is not None else schedule.keep,
        )
        archive.backups.set_schedule(schedule)
    if args.json:
        print_json({"every_days": schedule.every_days, "keep": schedule.keep})
    elif schedule.every_days == 0:
        say(_t("No automatic backups (set them with --every DAYS)."))
    else:
        say(
            f"The catalogue is copied to {archive.backups.backup_dir} every "
            f"{schedule.every_days} day(s); the last {schedule.keep} copies are kept."
        )
    return 0
