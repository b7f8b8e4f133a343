"""The ``check`` and ``relink`` commands: a library's health, repairs, and files found again."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..domain.messages import _t, _tn, number
from .common import Subparsers, file_path, print_json, say

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
    p.add_argument("folders", type=file_path, nargs="+", metavar="FOLDER")
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
            _t(
                "webinar-archive: interrupted while rebuilding the search index ({done} of "
                "{total} sessions indexed); what is indexed is kept and the next command (or the "
                "app) goes on from there."
            ).format(done=number(last[0].done), total=number(last[0].total))
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
    from dataclasses import asdict

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
    from dataclasses import asdict

    return {
        "quarantined": [asdict(q) for q in repair.quarantined],
        "temporary_removed": repair.temporary_removed,
        "index_rebuilt": repair.index_rebuilt,
        "sessions_indexed": repair.sessions_indexed,
        "left": [_problem_dict(p) for p in repair.left],
    }


def _print_problem(problem: Problem) -> None:
    say(f"- [{problem.kind.label}] {problem.path}: {problem.detail}")
    if problem.records:
        shown = ", ".join(problem.records[:5])
        if len(problem.records) > 5:
            n = len(problem.records) - 5
            shown = _tn("{names} and {count} more", "{names} and {count} more", n).format(
                names=shown, count=n
            )
        say(_t("    used by {names}").format(names=shown))
    say(_t("    What to do: {advice}").format(advice=problem.advice))


def _print_check(report: CheckReport) -> None:
    say(
        _t("Library {library} ({database})").format(
            library=report.library, database=report.database
        )
    )
    for what in report.checks:
        say(_t("  checked: {what}").format(what=what))
    n = report.files_checked
    files = _tn("  {count} recorded file", "  {count} recorded files", n).format(count=n)
    if report.full:
        files += _t(", {size:.1f} MB hashed").format(size=report.bytes_hashed / 1e6)
    say(files)
    # The search records (and the query language under them) are for this report only: not
    # imported by every command's start.
    from ..domain.search import place_name

    indexed = ", ".join(
        f"{place_name(c.kind)} {number(c.indexed)}/{number(c.expected)}"
        for c in report.index_counts
        if c.expected or c.indexed
    )
    if indexed:
        say(_t("  search index (indexed/in the catalogue): {counts}").format(counts=indexed))
    if report.temporary_removed_at_open:
        n = report.temporary_removed_at_open
        say(
            _tn(
                "  {count} partial copy of an interrupted program was removed when the library "
                "opened.",
                "  {count} partial copies of an interrupted program were removed when the "
                "library opened.",
                n,
            ).format(count=n)
        )
    if report.ok:
        say(_t("No problems found."))
        return
    n = len(report.problems)
    say(_tn("{count} problem:", "{count} problems:", n).format(count=n))
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
        print(_t("webinar-archive: check interrupted; nothing was changed."), file=sys.stderr)
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
    say(_t("Repairs:"))
    for moved in repair.quarantined:
        say(
            _t("  moved to quarantine: {source} -> {target}").format(
                source=moved.source, target=moved.target
            )
        )
    for removed in repair.temporary_removed:
        say(_t("  removed partial copy: {removed}").format(removed=removed))
    if repair.index_rebuilt:
        n = repair.sessions_indexed
        say(
            _tn(
                "  rebuilt the search index ({count} session)",
                "  rebuilt the search index ({count} sessions)",
                n,
            ).format(count=n)
        )
    if not (repair.quarantined or repair.temporary_removed or repair.index_rebuilt):
        say(_t("  nothing to repair"))
    if repair.left:
        n = len(repair.left)
        say(
            _tn(
                "{count} problem left for you to decide (see 'What to do' above).",
                "{count} problems left for you to decide (see 'What to do' above).",
                n,
            ).format(count=n)
        )


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
    from dataclasses import asdict

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
        say(_t("No file is missing or changed: nothing to relink."))
        return
    line = (
        _t("would reconnect {old} <- {found} ({how}; {records})")
        if report.dry_run
        else _t("reconnected {old} <- {found} ({how}; {records})")
    )
    for item in report.relinked:
        how = (
            _t("a copy back in the library")
            if item.copied_back
            else _t("linked at {path}").format(path=item.new_path)
        )
        say(
            line.format(
                old=item.old_path, found=item.found_at, how=how, records=", ".join(item.records)
            )
        )
    say(
        _tn(
            "{found} of {count} file found ({scanned} scanned, {read} read).",
            "{found} of {count} files found ({scanned} scanned, {read} read).",
            report.looked_for,
        ).format(
            found=len(report.relinked),
            count=report.looked_for,
            scanned=report.files_scanned,
            read=report.files_hashed,
        )
    )
    for path in report.not_found:
        say(_t("not found: {path}").format(path=path))
    for error in report.errors:
        say(_t("error: {error}").format(error=error), file=sys.stderr)
