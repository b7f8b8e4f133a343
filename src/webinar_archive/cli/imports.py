"""`import page|folder|json|csv`: read sessions, show what would be saved, ask, then save."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.messages import _mark, _t, _tn
from .common import (
    CliError,
    Subparsers,
    file_path,
    is_yes,
    link_kind_text,
    print_json,
    record_id,
    role_text,
    say,
    terminal_progress,
)

if TYPE_CHECKING:
    from ..domain import model as m
    from ..domain.imports import ImportReport
    from ..domain.progress import ReportProgress
    from ..services.archive import Archive
    from ..services.link_fetch import LinkFetch
    from ..services.page_import import PagePreview


def _common(
    p: argparse.ArgumentParser,
    *,
    force: bool = True,
    force_help: str = "import sessions even when the same title and date are already there",
) -> None:
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; save nothing"
    )
    p.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    if force:
        p.add_argument("--force", action="store_true", help=force_help)


def register(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="import sessions from a web page, folder, JSON or CSV")
    kinds = p.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    k = kinds.add_parser("page", help="a saved web page, a URL, or '-' for text on stdin")
    k.add_argument("source", metavar="PATH_OR_URL")
    _common(
        k,
        force_help="import even a page that does not read as a session page (an error page, "
        "no date and no speakers), and sessions whose title and date are already there",
    )
    k.add_argument(
        "--fetch",
        action="store_true",
        help="then download the slides, agendas and recordings its links lead to",
    )
    k = kinds.add_parser("folder", help="a session folder, or a folder of session folders")
    k.add_argument("path", type=file_path)
    k.add_argument(
        "--link-in-place", action="store_true", help="record files where they are, do not copy"
    )
    _common(k, force=False)
    k = kinds.add_parser("json", help="an exchange file written by 'export json'")
    k.add_argument("file", type=file_path)
    k.add_argument(
        "--allow-linked",
        action="store_true",
        help="link files the exchange file says are linked in place elsewhere on this machine",
    )
    _common(k)
    k = kinds.add_parser("csv", help="a spreadsheet: one session per row")
    k.add_argument("file", type=file_path)
    _common(k)
    p.set_defaults(handler=_cmd_import)
    p = sub.add_parser(
        "fetch-links",
        help="download the slides, agendas and recordings a session's links lead to",
        description="Download the files behind a session's slides, agenda and recording links "
        "into the library and attach them. Pages on video platforms stay online. Exit status 1 "
        "when any file failed.",
    )
    p.add_argument("id", type=record_id, metavar="SESSION_ID")
    p.add_argument("--json", action="store_true", help="print one result per link as JSON")
    p.set_defaults(handler=_cmd_fetch_links)


def _check_can_ask(args: argparse.Namespace) -> None:
    """Refuse before doing any work when a confirmation will be needed and cannot be asked."""
    if not args.dry_run and not args.yes and not sys.stdin.isatty():
        raise CliError(
            _t(
                "Not importing without confirmation: standard input is not a terminal. "
                "Pass --yes to import (or --dry-run to only see what would be imported)."
            )
        )


def _confirm(args: argparse.Namespace, count: int) -> bool:
    if args.yes:
        return True
    # The question goes to stderr so that --json output on stdout stays parseable.
    sys.stderr.write(
        _tn("Import {count} session? [y/N] ", "Import {count} sessions? [y/N] ", count).format(
            count=count
        )
    )
    sys.stderr.flush()
    try:
        answer = input()
    except EOFError:
        answer = ""
    return is_yes(answer)


def _finish(
    args: argparse.Namespace,
    report: ImportReport,
    fetch: Callable[[ImportReport], list[LinkFetch]] | None = None,
) -> int:
    fetched = fetch(report) if fetch is not None and not report.dry_run else None
    if args.json:
        data = report.to_dict()
        if fetched is not None:
            data["fetched"] = [r.to_dict() for r in fetched]
        print_json(data)
    else:
        say(report.summary(), multiline=True)
        if fetched is not None:
            _say_fetched(fetched)
    failed = fetched is not None and any(r.failed for r in fetched)
    return 1 if report.refused or failed else 0


def _say_fetched(results: list[LinkFetch]) -> None:
    if not results:
        say(_t("No links to slides, agendas or recordings to fetch."))
        return
    say(_t("Files behind the links: {count}").format(count=len(results)))
    for result in results:
        say(f"  - {result.line()}", multiline=True)


def _cmd_fetch_links(archive: Archive, args: argparse.Namespace) -> int:
    results = archive.link_fetch.fetch_links(args.id, progress=terminal_progress())
    if args.json:
        print_json([r.to_dict() for r in results])
    else:
        _say_fetched(results)
    return 1 if any(r.failed for r in results) else 0


def _fetch_created(archive: Archive) -> Callable[[ImportReport], list[LinkFetch]]:
    def fetch(report: ImportReport) -> list[LinkFetch]:
        results: list[LinkFetch] = []
        for session_id in report.created:
            results += archive.link_fetch.fetch_links(session_id, progress=terminal_progress())
        return results

    return fetch


def _planned_then_run(
    args: argparse.Namespace,
    run: Callable[[bool, ReportProgress | None], ImportReport],
    noun: str = "session",
    fetch: Callable[[ImportReport], list[LinkFetch]] | None = None,
) -> int:
    plan = run(True, None)
    if args.dry_run:
        return _finish(args, plan)
    if plan.session_count == 0:
        plan.dry_run = False  # nothing was left to do: the report is the outcome itself
        if not args.json:
            nothing = (
                _t("Nothing to import: no new session or file found.")
                if noun == "session or file"
                else _t("Nothing to import: no new session found.")
            )
            print(nothing)
            if plan.duplicates and hasattr(args, "force"):
                print(_t("(Pass --force to import sessions that are already there once more.)"))
        return _finish(args, plan)
    if not _confirm(args, plan.session_count):
        print(_t("Nothing imported."))
        return 1
    return _finish(args, run(False, terminal_progress()), fetch)


def _read_page(archive: Archive, source: str) -> PagePreview:
    if source == "-":
        from ..domain.input_files import STDIN_LIMIT, decode_input, read_capped_stream

        data = read_capped_stream(sys.stdin.buffer, STDIN_LIMIT, "a page", "standard input")
        return archive.page_import.preview(decode_input(data, "standard input"))
    if source.lower().startswith(("http://", "https://")):
        return archive.page_import.preview(source)
    if not os.path.lexists(source):
        raise CliError(
            _t("No such file: {source} (give a saved page, a URL or '-').").format(source=source)
        )
    return archive.page_import.preview(file_path(source))  # a FIFO or device is refused there


def _describe(
    draft: m.SessionDraft, uncertain: set[str], warnings: list[str], preview: PagePreview
) -> None:
    when = draft.date.isoformat() if draft.date else _t("date unknown")
    say(f"- {draft.title}  ({when})")

    def field(label: str, value: str) -> None:
        # The label translated, then padded: the values stay in one column in any language.
        say(f"    {_t(label) + ':':<9} {value}".rstrip())

    if draft.series:
        field(_mark("series"), draft.series)
    for speaker in draft.speakers:
        org = f" ({speaker.organisation})" if speaker.organisation else ""
        field(_mark("speaker"), f"{speaker.name}{org} {role_text(speaker.role.value)}")
        match = preview.organisation_match(speaker.organisation)
        if match is not None:
            # Before saving: which record the organisation joins, or why it joins none.
            say(f"    {'':<9} {speaker.organisation}: {match.describe()}")
    for link in draft.links:
        kind = link_kind_text(link.kind.value)
        field(_mark("link"), " ".join(x for x in (kind, link.url, link.label) if x))
    if uncertain:
        field(_mark("unsure"), ", ".join(sorted(uncertain)))
    for warning in warnings:
        field(_mark("warning"), warning)


def _import_page(archive: Archive, args: argparse.Namespace) -> int:
    if args.source == "-" and not args.dry_run and not args.yes:
        raise CliError(_t("Text from standard input needs --yes (or --dry-run): I cannot ask you."))
    _check_can_ask(args)
    preview = _read_page(archive, args.source)
    extracted = preview.sessions
    if args.dry_run and args.json:
        print_json(archive.page_import.records(extracted))
        return 0
    if preview.refusal and not args.force:
        from ..services.page_import import refusal_message

        raise CliError(refusal_message(preview))
    if not extracted:
        print(_t("No session found in the page."))
        return 1
    if not args.json:
        for item in extracted:
            _describe(item.draft, set(item.uncertain), list(item.warnings), preview)
    return _planned_then_run(
        args,
        lambda dry, progress: archive.page_import.save(
            preview, force=args.force, anyway=args.force, dry_run=dry, progress=progress
        ),
        fetch=_fetch_created(archive) if args.fetch else None,
    )


def _cmd_import(archive: Archive, args: argparse.Namespace) -> int:
    kind = args.import_kind
    if kind == "page":
        return _import_page(archive, args)
    _check_can_ask(args)
    if kind == "folder":
        if not args.path.is_dir():
            raise CliError(_t("Not a folder: {path}").format(path=args.path))
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
        raise CliError(_t("No such file: {file}").format(file=args.file))
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
