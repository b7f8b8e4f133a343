"""The ``check`` and ``relink`` commands: a library's health, repairs, and files found again."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import Subparsers, print_json, say

if TYPE_CHECKING:
    from ..domain.integrity import CheckReport, Problem, RelinkReport, RepairReport
    from ..domain.progress import Progress, ReportProgress
    from ..services.archive import Archive

# Exit status of a check that found something wrong (0: nothing; 1: the check itself failed).
PROBLEMS_FOUND = 4


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "check",
        help="check the catalogue, its files and the search index (--repair: fix what is safe)",
        description="Checks the database, every recorded file (there, of its size; with --full "
        "its SHA-256), files no record knows, partial copies and the search index. Exit status "
        f"0 when all is well, {PROBLEMS_FOUND} when something is wrong.",
    )
    p.add_argument("--full", action="store_true", help="also read every file and compare its hash")
    p.add_argument(
        "--repair",
        action="store_true",
        help="move unknown files to quarantine/, remove partial copies, rebuild the index",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_check)
    p = sub.add_parser(
        "relink",
        help="find missing or changed files in folders (by size, then hash) and reconnect them",
    )
    p.add_argument("folders", type=Path, nargs="+", metavar="FOLDER")
    p.add_argument("--dry-run", action="store_true", help="say what would be reconnected")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_relink)


class RebuildInterrupted(KeyboardInterrupt):
    """Ctrl+C while opening the library rebuilt its search index; says what is kept."""


def open_archive(args: argparse.Namespace) -> Archive:
    """The library of the command line's options, showing on a terminal the progress of a
    search index rebuild its upgrade needs. Ctrl+C keeps the sessions indexed so far: the next
    open goes on from there (``RebuildInterrupted`` says so)."""
    from ..services.archive import Archive

    show = _progress(True)
    last: list[Progress] = []

    def report(step: Progress) -> bool:
        last[:] = [step]
        return show(step) if show is not None else True

    try:
        return Archive.open(args.library, args.database_url, progress=report)
    except KeyboardInterrupt as exc:
        if not last:
            raise
        raise RebuildInterrupted(
            "webinar-archive: interrupted while rebuilding the search index "
            f"({last[0].done:,} of {last[0].total:,} sessions indexed); what is indexed is kept "
            "and the next command (or the app) goes on from there."
        ) from exc
    finally:
        if last:
            _end_progress(show)


def _progress(enabled: bool) -> ReportProgress | None:
    """Progress on stderr, on one line, when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    last = [""]

    def show(step: Progress) -> bool:
        if step.total and step.total > 1_000_000:
            line = f"{step.text}: {step.done * 100 // step.total}%"
        elif step.total:
            line = f"{step.text}: {step.done}/{step.total}"
        else:
            line = step.text
        if line != last[0]:
            last[0] = line
            sys.stderr.write("\r\x1b[K" + line[:120])
            sys.stderr.flush()
        return True

    return show


def _end_progress(progress: ReportProgress | None) -> None:
    if progress is not None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def _problem_dict(problem: Problem) -> dict[str, Any]:
    return {
        "kind": problem.kind.value,
        "path": problem.path,
        "detail": problem.detail,
        "advice": problem.advice,
        "records": list(problem.records),
        "repairable": problem.repairable,
    }


def _check_dict(report: CheckReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "library": report.library,
        "database": report.database,
        "full": report.full,
        "checks": report.checks,
        "files_checked": report.files_checked,
        "bytes_hashed": report.bytes_hashed,
        "temporary_removed_at_open": report.temporary_removed_at_open,
        "index": [asdict(c) for c in report.index_counts],
        "problems": [_problem_dict(p) for p in report.problems],
    }


def _repair_dict(repair: RepairReport) -> dict[str, Any]:
    return {
        "quarantined": [asdict(q) for q in repair.quarantined],
        "temporary_removed": repair.temporary_removed,
        "index_rebuilt": repair.index_rebuilt,
        "sessions_indexed": repair.sessions_indexed,
        "left": [_problem_dict(p) for p in repair.left],
    }


def _print_problem(problem: Problem) -> None:
    say(f"- [{problem.kind.value}] {problem.path}: {problem.detail}")
    if problem.records:
        shown = ", ".join(problem.records[:5])
        more = f" and {len(problem.records) - 5} more" if len(problem.records) > 5 else ""
        say(f"    used by {shown}{more}")
    say(f"    What to do: {problem.advice}")


def _print_check(report: CheckReport) -> None:
    say(f"Library {report.library} ({report.database})")
    for what in report.checks:
        say(f"  checked: {what}")
    hashed = f", {report.bytes_hashed / 1e6:.1f} MB hashed" if report.full else ""
    say(f"  {report.files_checked} recorded file(s){hashed}")
    indexed = ", ".join(
        f"{c.kind} {c.indexed}/{c.expected}" for c in report.index_counts if c.expected or c.indexed
    )
    if indexed:
        say(f"  search index (indexed/in the catalogue): {indexed}")
    if report.temporary_removed_at_open:
        say(
            f"  {report.temporary_removed_at_open} partial copy(ies) of an interrupted program "
            "were removed when the library opened."
        )
    if report.ok:
        say("No problems found.")
        return
    say(f"{len(report.problems)} problem(s):")
    for problem in report.problems:
        _print_problem(problem)


def _cmd_check(archive: Archive, args: argparse.Namespace) -> int:
    progress = _progress(not args.json)
    try:
        if args.repair:
            report, repair = archive.integrity.repair(full=args.full, progress=progress)
        else:
            report, repair = archive.integrity.check(full=args.full, progress=progress), None
    except KeyboardInterrupt:
        _end_progress(progress)
        print("webinar-archive: check interrupted; nothing was changed.", file=sys.stderr)
        return 130
    _end_progress(progress)
    if args.json:
        data = _check_dict(report)
        if repair is not None:
            data["repair"] = _repair_dict(repair)
        print_json(data)
    else:
        _print_check(report)
        if repair is not None:
            _print_repair(repair)
    left = repair.left if repair is not None else report.problems
    return PROBLEMS_FOUND if left else 0


def _print_repair(repair: RepairReport) -> None:
    say("Repairs:")
    for moved in repair.quarantined:
        say(f"  moved to quarantine: {moved.source} -> {moved.target}")
    for removed in repair.temporary_removed:
        say(f"  removed partial copy: {removed}")
    if repair.index_rebuilt:
        say(f"  rebuilt the search index ({repair.sessions_indexed} session(s))")
    if not (repair.quarantined or repair.temporary_removed or repair.index_rebuilt):
        say("  nothing to repair")
    if repair.left:
        say(f"{len(repair.left)} problem(s) left for you to decide (see 'What to do' above).")


def _cmd_relink(archive: Archive, args: argparse.Namespace) -> int:
    progress = _progress(not args.json)
    try:
        report = archive.integrity.relink(args.folders, dry_run=args.dry_run, progress=progress)
    finally:
        _end_progress(progress)
    if args.json:
        print_json(_relink_dict(report))
    else:
        _print_relink(report)
    return PROBLEMS_FOUND if report.not_found or report.errors else 0


def _relink_dict(report: RelinkReport) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "looked_for": report.looked_for,
        "files_scanned": report.files_scanned,
        "files_hashed": report.files_hashed,
        "relinked": [asdict(r) | {"records": list(r.records)} for r in report.relinked],
        "not_found": report.not_found,
        "errors": report.errors,
    }


def _print_relink(report: RelinkReport) -> None:
    if not report.looked_for:
        say("No file is missing or changed: nothing to relink.")
        return
    verb = "would reconnect" if report.dry_run else "reconnected"
    for item in report.relinked:
        how = "a copy back in the library" if item.copied_back else f"linked at {item.new_path}"
        say(f"{verb} {item.old_path} <- {item.found_at} ({how}; {', '.join(item.records)})")
    say(
        f"{len(report.relinked)} of {report.looked_for} file(s) found "
        f"({report.files_scanned} scanned, {report.files_hashed} read)."
    )
    for path in report.not_found:
        say(f"not found: {path}")
    for error in report.errors:
        say(f"error: {error}", file=sys.stderr)
