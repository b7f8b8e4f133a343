"""`import page|folder|json|csv`: read sessions, show what would be saved, ask, then save."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.input_files import STDIN_LIMIT, decode_input, read_capped_stream
from .common import CliError, Subparsers, print_json, say

if TYPE_CHECKING:
    from ..domain import model as m
    from ..domain.imports import ImportReport
    from ..domain.progress import Progress, ReportProgress
    from ..services.archive import Archive
    from ..services.page_import import PagePreview


def _common(p: argparse.ArgumentParser, *, force: bool = True) -> None:
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; save nothing"
    )
    p.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    if force:
        p.add_argument(
            "--force",
            action="store_true",
            help="import sessions even when the same title and date are already there",
        )


def register(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="import sessions from a web page, folder, JSON or CSV")
    kinds = p.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    k = kinds.add_parser("page", help="a saved web page, a URL, or '-' for text on stdin")
    k.add_argument("source", metavar="PATH_OR_URL")
    _common(k)
    k = kinds.add_parser("folder", help="a session folder, or a folder of session folders")
    k.add_argument("path", type=Path)
    k.add_argument(
        "--link-in-place", action="store_true", help="record files where they are, do not copy"
    )
    _common(k, force=False)
    k = kinds.add_parser("json", help="an exchange file written by 'export json'")
    k.add_argument("file", type=Path)
    k.add_argument(
        "--allow-linked",
        action="store_true",
        help="link files the exchange file says are linked in place elsewhere on this machine",
    )
    _common(k)
    k = kinds.add_parser("csv", help="a spreadsheet: one session per row")
    k.add_argument("file", type=Path)
    _common(k)
    p.set_defaults(handler=_cmd_import)


def _check_can_ask(args: argparse.Namespace) -> None:
    """Refuse before doing any work when a confirmation will be needed and cannot be asked."""
    if not args.dry_run and not args.yes and not sys.stdin.isatty():
        raise CliError(
            "Not importing without confirmation: standard input is not a terminal. "
            "Pass --yes to import (or --dry-run to only see what would be imported)."
        )


def _confirm(args: argparse.Namespace, count: int) -> bool:
    if args.yes:
        return True
    # The question goes to stderr so that --json output on stdout stays parseable.
    sys.stderr.write(f"Import {count} session(s)? [y/N] ")
    sys.stderr.flush()
    try:
        answer = input()
    except EOFError:
        answer = ""
    return answer.strip().lower() in {"y", "yes"}


def _finish(args: argparse.Namespace, report: ImportReport) -> int:
    if args.json:
        print_json(report.to_dict())
    else:
        say(report.summary(), multiline=True)
    return 1 if report.refused else 0


def _terminal_progress() -> ReportProgress | None:
    """A one-line progress display on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        return None

    def show(step: Progress) -> bool:
        done, total = step.done, step.total
        line = f"[{done}/{total}] {step.text}" if step.text else f"[{done}/{total}] done"
        sys.stderr.write("\r\033[K" + line[:150] + ("\n" if done == total else ""))
        sys.stderr.flush()
        return True

    return show


def _planned_then_run(
    args: argparse.Namespace,
    run: Callable[[bool, ReportProgress | None], ImportReport],
    noun: str = "session",
) -> int:
    plan = run(True, None)
    if args.dry_run:
        return _finish(args, plan)
    if plan.session_count == 0:
        plan.dry_run = False  # nothing was left to do: the report is the outcome itself
        if not args.json:
            print(f"Nothing to import: no new {noun} found.")
            if plan.duplicates and hasattr(args, "force"):
                print("(Pass --force to import sessions that are already there once more.)")
        return _finish(args, plan)
    if not _confirm(args, plan.session_count):
        print("Nothing imported.")
        return 1
    return _finish(args, run(False, _terminal_progress()))


def _read_page(archive: Archive, source: str) -> PagePreview:
    if source == "-":
        data = read_capped_stream(sys.stdin.buffer, STDIN_LIMIT, "a page", "standard input")
        return archive.page_import.preview(decode_input(data, "standard input"))
    if source.lower().startswith(("http://", "https://")):
        return archive.page_import.preview(source)
    if not os.path.lexists(source):
        raise CliError(f"No such file: {source} (give a saved page, a URL or '-').")
    return archive.page_import.preview(Path(source))  # a FIFO or device is refused there


def _describe(draft: m.SessionDraft, uncertain: set[str], warnings: list[str]) -> None:
    when = draft.date.isoformat() if draft.date else "date unknown"
    say(f"- {draft.title}  ({when})")
    if draft.series:
        say(f"    series:   {draft.series}")
    for speaker in draft.speakers:
        org = f" ({speaker.organisation})" if speaker.organisation else ""
        say(f"    speaker:  {speaker.name}{org} [{speaker.role.value}]")
    for link in draft.links:
        say(f"    link:     [{link.kind.value}] {link.url or ''} {link.label}".rstrip())
    if uncertain:
        say(f"    unsure:   {', '.join(sorted(uncertain))}")
    for warning in warnings:
        say(f"    warning:  {warning}")


def _import_page(archive: Archive, args: argparse.Namespace) -> int:
    if args.source == "-" and not args.dry_run and not args.yes:
        raise CliError("Text from standard input needs --yes (or --dry-run): I cannot ask you.")
    _check_can_ask(args)
    preview = _read_page(archive, args.source)
    extracted = preview.sessions
    if args.dry_run and args.json:
        print_json(archive.page_import.records(extracted))
        return 0
    if not extracted:
        print("No session found in the page.")
        return 1
    if not args.json:
        for item in extracted:
            _describe(item.draft, set(item.uncertain), list(item.warnings))
    return _planned_then_run(
        args,
        lambda dry, progress: archive.page_import.save(
            preview, force=args.force, dry_run=dry, progress=progress
        ),
    )


def _cmd_import(archive: Archive, args: argparse.Namespace) -> int:
    kind = args.import_kind
    if kind == "page":
        return _import_page(archive, args)
    _check_can_ask(args)
    if kind == "folder":
        if not args.path.is_dir():
            raise CliError(f"Not a folder: {args.path}")
        # The review the window shows: each session, which file goes where, what is wrong.
        plan = archive.folder_import.plan(args.path)
        if args.json and args.dry_run:
            report = archive.folder_import.run(args.path, dry_run=True, link=args.link_in_place)
            print_json({**report.to_dict(), "plan": plan.to_dict()})
            return 1 if report.refused else 0
        if not args.json:
            say(plan.describe(), multiline=True)
        return _planned_then_run(
            args,
            lambda dry, progress: archive.folder_import.run(
                args.path, dry_run=dry, link=args.link_in_place, progress=progress
            ),
            "session or file",
        )
    if not args.file.is_file():
        raise CliError(f"No such file: {args.file}")
    if kind == "json":
        return _planned_then_run(
            args,
            lambda dry, progress: archive.exchange.import_json(
                args.file,
                dry_run=dry,
                force=args.force,
                progress=progress,
                allow_linked=args.allow_linked,
            ),
        )
    return _planned_then_run(
        args,
        lambda dry, progress: archive.exchange.import_csv(
            args.file, dry_run=dry, force=args.force, progress=progress
        ),
    )
