"""`brief`: PDF briefs of sessions, a series booklet, or one file per session in a folder."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..domain.messages import _t, _tn, current_language
from ..export.languages import BRIEF_LANGUAGES, PAPERS
from .common import CliError, Subparsers, file_path, record_id, terminal_progress, warn

if TYPE_CHECKING:
    from ..domain.progress import Progress
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "brief",
        help="write PDF briefs: one session, a booklet of several, or one PDF each in a folder",
        description="One ID writes one brief to PATH. Several IDs or --series write a booklet "
        "(cover, contents, one brief per session), or one PDF per session with --folder.",
    )
    p.add_argument("ids", type=record_id, nargs="*", metavar="SESSION")
    p.add_argument("-o", "--output", type=file_path, required=True, metavar="PATH")
    p.add_argument("--series", help="every session of this series, oldest first")
    p.add_argument("--folder", action="store_true", help="one PDF per session in the folder PATH")
    p.add_argument("--title", help="booklet title (default: the series name, else the years)")
    p.add_argument(
        "--overview",
        action="store_true",
        help="with --series: a page of charts after the cover (sessions per year, organisations "
        "and speakers that appear most, what is missing)",
    )
    p.add_argument("--paper", choices=PAPERS)
    p.add_argument(
        "--language",
        choices=BRIEF_LANGUAGES,
        help="the language of the headings, dates and numbers (default: the app's language)",
    )
    p.add_argument("--sections", help="comma-separated sections to include, in order")
    p.add_argument("--no-qr", action="store_true", help="leave the QR codes out")
    p.add_argument("--logo", type=file_path, help="an image printed in the page header")
    p.add_argument(
        "--save-options", action="store_true", help="remember these options for this library"
    )
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(handler=_cmd_brief)


def _cmd_brief(archive: Archive, args: argparse.Namespace) -> int:
    from dataclasses import replace

    ids = list(args.ids)
    series_name = None
    if args.series:
        series_name, series_ids = archive.briefs.series_session_ids(args.series)
        ids += [i for i in series_ids if i not in ids]
    if not ids:
        raise CliError(_t("Name at least one session id, or --series NAME."))
    if args.overview and (not args.series or args.folder):
        raise CliError(_t("--overview adds a page to a series booklet: use it with --series NAME."))
    options = archive.briefs.options()
    if args.paper:
        options = replace(options, paper=args.paper)
    if args.sections:
        options = replace(
            options, sections=tuple(s.strip() for s in args.sections.split(",") if s.strip())
        )
    if args.no_qr:
        options = replace(options, qr_codes=False)
    if args.logo:
        if not args.logo.is_file():
            raise CliError(_t("No logo image at {logo}.").format(logo=args.logo))
        options = replace(options, logo=args.logo.resolve())
    if args.save_options:
        archive.briefs.set_options(options)
    options = replace(options, language=args.language or current_language())

    # On a terminal only: a log or a pipe got "0/4 briefs1/4 briefs..." run together.
    show = None if args.quiet else terminal_progress()

    def progress(step: Progress) -> bool:
        return show is None or step.total <= 1 or show(step)

    if not args.folder and args.output.is_dir():
        raise CliError(
            _t(
                "{output} is a folder: give the PDF file to write, or add --folder for "
                "one PDF per session in it."
            ).format(output=args.output)
        )

    if args.folder:
        paths = archive.briefs.folder(
            ids, args.output, options=options, progress=progress, warn=warn
        )
        n = len(paths)
        print(
            _tn("Wrote {count} brief to {path}", "Wrote {count} briefs to {path}", n).format(
                count=n, path=args.output
            )
        )
    elif len(ids) == 1 and not args.series:
        pages = archive.briefs.brief(ids[0], args.output, options, warn=warn)
        print(
            _tn("Wrote {path} ({count} page)", "Wrote {path} ({count} pages)", pages).format(
                path=args.output, count=pages
            )
        )
    else:
        title = args.title or series_name or archive.briefs.booklet_title(ids, options.language)
        pages = archive.briefs.booklet(
            ids,
            args.output,
            title=title,
            options=options,
            progress=progress,
            warn=warn,
            overview_of_series=series_name if args.overview else None,
        )
        sessions = _tn("{count} session", "{count} sessions", len(ids)).format(count=len(ids))
        print(
            _tn(
                "Wrote {path} ({sessions}, {count} page)",
                "Wrote {path} ({sessions}, {count} pages)",
                pages,
            ).format(path=args.output, sessions=sessions, count=pages)
        )
    return 0
