"""The top-level parser, global options and logging; the one place errors become exit codes."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.errors import ArchiveError, ValidationError
from ..domain.messages import _t
from . import (
    backup,
    briefs,
    exports,
    files,
    imports,
    library,
    machine,
    people,
    playback,
    search,
    sessions,
    transcribe,
)
from .common import Parser, file_path, language_choice, say

if TYPE_CHECKING:
    from ..services.archive import Archive
    from ..services.plain_library import PlainReader

# Every command group, in the order ``--help`` lists them. A new group is a module with
# ``register(sub)`` that gives each of its subparsers a default: ``handler`` (a Handler, run on
# the open library) or ``standalone`` (a Standalone, for a command that opens no library).
GROUPS = (
    sessions,
    files,
    people,
    playback,
    transcribe,
    briefs,
    search,
    imports,
    exports,
    backup,
    library,
    machine,
)


def build_parser() -> Parser:
    parser = Parser(
        prog="webinar-archive",
        description="Catalogue, play, search and brief recorded webinar sessions. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--library",
        type=file_path,
        help="library folder (default: your data folder; env WEBINAR_ARCHIVE_LIBRARY)",
    )
    parser.add_argument(
        "--database-url",
        help="catalogue database URL, e.g. postgresql://... (env WEBINAR_ARCHIVE_DATABASE_URL)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    parser.add_argument(
        "--language",
        dest="app_language",
        metavar="CODE",
        type=language_choice,
        help="the language of messages and reports: en or pl (default: env "
        "WEBINAR_ARCHIVE_LANGUAGE, else the window's Settings, else the system's)",
    )
    parser.set_defaults(handler=None, standalone=None, plain=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.register(sub)
    return parser


def _backup_if_due(archive: Archive) -> None:
    """The automatic catalogue copy, when the library's schedule says one is due; a failed copy
    is reported and the command runs anyway."""
    try:
        made = archive.backups.backup_if_due()
    except ArchiveError as exc:
        say(_t("warning: {exc}").format(exc=exc), file=sys.stderr)
        return
    if made is not None:
        import logging

        logging.getLogger(__name__).info("automatic backup written to %s", made)


def _run_plain(args: argparse.Namespace) -> int | None:
    """A reading command (``plain``: list, show) answered from the catalogue file without
    opening the library (no SQLAlchemy to import); None when the library needs opening."""
    from ..services.plain_library import read_plain

    def work(reader: PlainReader) -> int | None:
        return args.plain(reader, args)  # type: ignore[no-any-return]

    return read_plain(args.library, args.database_url, work, command=True)


def _configure_logging(debug: bool) -> None:
    # Imported once the arguments are read: --help needs no logging.
    import logging

    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not debug:
        # pypdf logs each oddity of a damaged PDF; the attach or import report names it once.
        logging.getLogger("pypdf").setLevel(logging.ERROR)


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    _configure_logging(args.debug)
    # Not imported before the arguments are read: --version and --help need no language.
    from ..services.language import app_language, use_language

    use_language(app_language(args.app_language))
    # Importing the app (SQLAlchemy and the ORM mapping, or Qt and the window's modules) makes
    # objects that live as long as the process: a collection then frees nothing and walks them
    # all (130-180 ms of a 1.5 s `list`). Collections resume, over what comes after, once the
    # imports are done; before opening the catalogue, whose upgrade may be long work.
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    if args.handler is None and args.standalone is None:  # no command, or `gui`
        return sessions.open_desktop(args)
    try:
        if args.standalone is not None:
            gc.enable()
            return int(args.standalone(args))
        gc.freeze()
        gc.enable()
        if args.plain is not None and (status := _run_plain(args)) is not None:
            return status
        with library.open_archive(args) as archive:
            _backup_if_due(archive)
            return int(args.handler(archive, args))
    except (ArchiveError, ValidationError) as exc:
        if args.debug:
            raise
        say(_t("webinar-archive: error: {exc}").format(exc=exc), file=sys.stderr, multiline=True)
        return 1
    except KeyboardInterrupt as exc:
        # Each session and each attached file is saved whole in its own step, so what finished
        # before the interrupt stays: say so, rather than suggest nothing was kept.
        print(
            str(exc)
            or _t(
                "webinar-archive: interrupted. What was saved before stays in the library "
                "(every session and file is saved whole, never in part); run the command again "
                "to finish."
            ),
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the promise: no traceback without --debug
        if args.debug:
            raise
        import logging

        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(
            _t(
                "webinar-archive: internal error: {kind}: {exc} (run again with --debug for "
                "the details)"
            ).format(kind=exc.__class__.__name__, exc=exc),
            file=sys.stderr,
        )
        return 70


def main(argv: Sequence[str] | None = None) -> int:
    """The console entry point: ``argv`` defaults to the process's arguments."""
    return run(sys.argv[1:] if argv is None else argv)
