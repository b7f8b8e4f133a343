"""The headless command line: one grammar, ids for records, --json for scripts, errors on stderr."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .domain import model as m
from .domain.errors import ArchiveError, ValidationError
from .domain.input_files import SUMMARY_LIMIT, read_capped_text
from .domain.text import terminal_text
from .services.archive import Archive
from .services.serialize import session_to_dict
from .services.sessions import draft_from_session

Handler = Callable[[Archive, argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}
# Commands that work without an open library (restore builds one).
Standalone = Callable[[argparse.Namespace], int]
_STANDALONE: dict[str, Standalone] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        _COMMANDS[name] = func
        return func

    return register


def standalone(name: str) -> Callable[[Standalone], Standalone]:
    def register(func: Standalone) -> Standalone:
        _STANDALONE[name] = func
        return func

    return register


class CliError(ArchiveError):
    """A usage problem found after parsing (bad date, unknown id form ...)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


# Record ids are INTEGER columns, 32 bits wide on PostgreSQL: a larger number names no record,
# and handing it to the database fails with an overflow instead of "not found".
MAX_ID = 2**31 - 1


def record_id(text: str) -> int:
    """An argument that names a record: a whole number from 1 to MAX_ID."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id (a whole number): {text!r}") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            f"no record has the id {text} (ids are whole numbers from 1 to {MAX_ID})"
        )
    return value


def count(text: str) -> int:
    """A --limit or --offset: a whole number from 0; larger than any catalogue means all."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return min(value, MAX_ID)


def _minutes(text: str) -> int:
    value = count(text)
    if value == MAX_ID:
        raise argparse.ArgumentTypeError(f"not a duration in minutes: {text}")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None


def _timezone(text: str) -> str:
    from .domain.time import check_timezone

    try:
        return check_timezone(text) or ""
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _speaker(text: str) -> m.SpeakerDraft:
    """``Name|Organisation|role|Position title`` - later parts optional."""
    parts = [p.strip() for p in text.split("|")]
    if not parts[0]:
        raise argparse.ArgumentTypeError(f"a speaker needs a name: {text!r}")
    role = m.AppearanceRole.SPEAKER
    if len(parts) > 2 and parts[2]:
        try:
            role = m.AppearanceRole(parts[2].lower())
        except ValueError:
            choices = ", ".join(r.value for r in m.AppearanceRole)
            raise argparse.ArgumentTypeError(
                f"unknown role {parts[2]!r} (one of {choices})"
            ) from None
    return m.SpeakerDraft(
        name=parts[0],
        organisation=(parts[1] or None) if len(parts) > 1 else None,
        role=role,
        position=(parts[3] or None) if len(parts) > 3 else None,
    )


def _link(text: str) -> m.LinkDraft:
    """``kind=URL`` or ``kind=URL|label``."""
    kind, sep, rest = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"a link is KIND=URL[|label]: {text!r}")
    try:
        link_kind = m.LinkKind(kind.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in m.LinkKind)
        raise argparse.ArgumentTypeError(f"unknown link kind {kind!r} (one of {choices})") from None
    url, _, label = rest.partition("|")
    return m.LinkDraft(link_kind, url.strip() or None, label.strip())


def _add_session_fields(p: argparse.ArgumentParser, *, required_title: bool) -> None:
    p.add_argument("--title", required=required_title)
    p.add_argument("--series")
    p.add_argument("--theme")
    p.add_argument("--date", type=_date, help="YYYY-MM-DD")
    p.add_argument("--time", type=_time, dest="start_time", help="start time, HH:MM")
    p.add_argument(
        "--timezone", type=_timezone, help="IANA zone, e.g. Europe/Brussels, or an offset: +02:00"
    )
    p.add_argument("--duration", type=_minutes, dest="duration_minutes", help="minutes")
    p.add_argument("--language", help="ISO 639-1 code, e.g. en")
    p.add_argument("--summary", help="Markdown text")
    p.add_argument("--summary-file", type=Path, help="read the Markdown summary from a file")
    p.add_argument("--source-url")
    p.add_argument("--notes")
    p.add_argument("--status", choices=[s.value for s in m.SessionStatus])
    p.add_argument("--rights")
    p.add_argument(
        "--speaker",
        action="append",
        type=_speaker,
        help="'Name|Organisation|role|Position' (repeat; replaces all speakers on edit)",
    )
    p.add_argument("--link", action="append", type=_link, help="KIND=URL[|label] (repeat)")
    p.add_argument("--tag", action="append", help="repeat for several tags")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="webinar-archive",
        description="Catalogue, play, search and brief recorded webinar sessions. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        help="library folder (default: your data folder; env WEBINAR_ARCHIVE_LIBRARY)",
    )
    parser.add_argument(
        "--database-url",
        help="catalogue database URL, e.g. postgresql://... (env WEBINAR_ARCHIVE_DATABASE_URL)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser(
        "init", help="create (or upgrade) the library and print where it is"
    ).add_argument("--json", action="store_true")

    p = sub.add_parser("add", help="add a session")
    _add_session_fields(p, required_title=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("edit", help="change fields of a session (others stay as they are)")
    p.add_argument("id", type=record_id)
    _add_session_fields(p, required_title=False)
    p.add_argument(
        "--expect-version", type=int, help="fail if the session changed since this version"
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("list", help="list sessions")
    p.add_argument(
        "--filter", default="", help="words matched against title, speakers, organisations"
    )
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument("--sort", choices=[k.value for k in m.SortKey], default="date")
    p.add_argument("--ascending", action="store_true")
    p.add_argument("--limit", type=count)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one session in full (default: the latest added)")
    p.add_argument("id", type=record_id, nargs="?")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("attach", help="attach files or folders to a session")
    p.add_argument("id", type=record_id)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--link-in-place",
        action="store_true",
        help="record the files where they are instead of copying them into the library",
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("delete", help="move sessions to the trash (or delete them for good)")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    p.add_argument("--permanently", action="store_true", help="skip the trash; files go too")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("restore-trash", help="bring sessions back from the trash")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")

    sub.add_parser("empty-trash", help="delete every session in the trash for good")

    p = sub.add_parser("people", help="list people (authority records)")
    p.add_argument("--filter", default="")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("merge-people", help="merge a duplicate person into another one")
    p.add_argument("keep", type=record_id)
    p.add_argument("duplicate", type=record_id)

    p = sub.add_parser("demo", help="create the demo session (EU S3 webinar of 11 September 2020)")
    p.add_argument("--json", action="store_true")

    sub.add_parser("gui", help="open the desktop app")
    _register_extensions(sub)
    return parser


# Feature modules (cli_<feature>.py) define ``register(sub)`` for their subparsers and decorate
# their handlers with ``@command``; each is listed here once.
_FEATURE_MODULES: tuple[str, ...] = (
    "cli_playback",
    "cli_brief",
    "cli_search",
    "cli_import",
    "cli_backup",
    "cli_library",
    "cli_machine",
)


def _register_extensions(sub: Any) -> None:
    import importlib

    for name in _FEATURE_MODULES:
        importlib.import_module(f"{__package__}.{name}").register(sub)


def say(text: str = "", *, file: Any = None, multiline: bool = False) -> None:
    """Print human output; text from the catalogue or a file cannot drive the terminal."""
    print(terminal_text(text, multiline=multiline), file=file)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _draft_from_args(args: argparse.Namespace, base: m.SessionDraft | None) -> m.SessionDraft:
    draft = base or m.SessionDraft(title="")
    for name in (
        "title",
        "series",
        "theme",
        "date",
        "start_time",
        "timezone",
        "duration_minutes",
        "language",
        "source_url",
        "notes",
        "rights",
    ):
        value = getattr(args, name)
        if value is not None:
            setattr(draft, name, value)
    if args.status is not None:
        draft.status = m.SessionStatus(args.status)
    if args.summary_file is not None:
        draft.summary = read_capped_text(args.summary_file, SUMMARY_LIMIT, "a summary file")
    elif args.summary is not None:
        draft.summary = args.summary
    if args.speaker is not None:
        draft.speakers = list(args.speaker)
    if args.link is not None:
        draft.links = list(args.link)
    if args.tag is not None:
        draft.tags = list(args.tag)
    return draft


def _row_dict(row: m.SessionSummary) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "series": row.series,
        "date": row.date.isoformat() if row.date else None,
        "speakers": row.speakers,
        "theme": row.theme,
        "materials": row.material_count,
        "duration_ms": row.recording_duration_ms,
        "status": row.status.value,
    }


def _print_session(session: m.Session) -> None:
    from .domain.time import format_ms

    say(f"#{session.id}  {session.title}")
    if session.series:
        say(f"  Series:   {session.series}")
    when = session.date.isoformat() if session.date else "date unknown"
    if session.start_time:
        when += f" {session.start_time:%H:%M}"
    if session.timezone:
        when += f" ({session.timezone})"
    say(f"  Date:     {when}")
    for label, value in (
        ("Theme", session.theme),
        ("Language", session.language),
        ("Status", session.status.value),
        ("Source", session.source_url),
    ):
        if value:
            say(f"  {label + ':':<9} {value}")
    if session.appearances:
        say("  Speakers:")
        for a in session.appearances:
            extra = ", ".join(x for x in (a.organisation_name, a.position) if x)
            role = "" if a.role is m.AppearanceRole.SPEAKER else f" [{a.role.value}]"
            say(f"    - {a.person_name}{' (' + extra + ')' if extra else ''}{role}")
    for mat in session.materials:
        pages = f", {mat.page_count} pages" if mat.page_count else ""
        say(f"  Material: #{mat.id} {mat.original_name} ({mat.media_type}{pages})")
    for rec in session.recordings:
        say(f"  Recording: #{rec.id} {rec.original_name} ({format_ms(rec.duration_ms)})")
    for link in session.links:
        say(f"  Link:     [{link.kind.value}] {link.label} {link.url or '(no address)'}".rstrip())
    if session.tags:
        say(f"  Tags:     {', '.join(session.tags)}")
    if session.summary:
        say()
        for line in session.summary.splitlines():
            say(f"  {line}")


@command("init")
def _cmd_init(archive: Archive, args: argparse.Namespace) -> int:
    info = {
        "library": str(archive.root),
        "database": archive.catalogue.url_for_display,
        "schema": archive.catalogue.schema_action,
        "sessions": archive.sessions.count(),
    }
    if args.json:
        _print_json(info)
    else:
        print(f"Library {info['library']} ({info['schema']}), {info['sessions']} session(s).")
    return 0


@command("add")
def _cmd_add(archive: Archive, args: argparse.Namespace) -> int:
    session = archive.sessions.create(_draft_from_args(args, None))
    if args.json:
        _print_json(session_to_dict(session))
    else:
        say(f"Added session {session.id}: {session.title}")
    return 0


@command("edit")
def _cmd_edit(archive: Archive, args: argparse.Namespace) -> int:
    current = archive.sessions.get(args.id)
    expected = args.expect_version if args.expect_version is not None else current.version
    session = archive.sessions.update(
        args.id, _draft_from_args(args, draft_from_session(current)), expected
    )
    if args.json:
        _print_json(session_to_dict(session))
    else:
        print(f"Saved session {session.id} (version {session.version}).")
    return 0


@command("list")
def _cmd_list(archive: Archive, args: argparse.Namespace) -> int:
    flt = m.SessionFilter(text=args.filter, trash=args.trash)
    rows = archive.sessions.list_rows(flt, m.SortKey(args.sort), not args.ascending, args.limit)
    if args.json:
        _print_json([_row_dict(r) for r in rows])
        return 0
    if not rows:
        print("No sessions." if not args.filter else "No session matches.")
    for r in rows:
        date = r.date.isoformat() if r.date else "----------"
        say(f"{r.id:>6}  {date}  {r.title}" + (f"  — {r.speakers}" if r.speakers else ""))
    return 0


@command("show")
def _cmd_show(archive: Archive, args: argparse.Namespace) -> int:
    session_id = args.id if args.id is not None else archive.sessions.latest_id()
    if session_id is None:
        raise CliError("The library has no sessions yet (try 'webinar-archive demo').")
    session = archive.sessions.get(session_id)
    if args.json:
        _print_json(session_to_dict(session))
    else:
        _print_session(session)
    return 0


@command("attach")
def _cmd_attach(archive: Archive, args: argparse.Namespace) -> int:
    results = archive.files.attach(args.id, args.files, link=args.link_in_place)
    if args.json:
        _print_json(
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
                    print(f"warning: {r.warning}", file=sys.stderr)
    return 1 if any(r.error for r in results) else 0


@command("delete")
def _cmd_delete(archive: Archive, args: argparse.Namespace) -> int:
    for session_id in args.ids:
        archive.sessions.get(session_id)  # NotFoundError names the bad id before anything changes
    if args.permanently:
        n = archive.sessions.delete_permanently(args.ids)
        verb = "deleted"
    else:
        n = archive.sessions.trash(args.ids)
        verb = "moved to the trash"
    if args.json:
        _print_json({"ids": args.ids, "count": n, "permanently": args.permanently})
    else:
        print(f"{n} session(s) {verb}.")
    return 0


@command("restore-trash")
def _cmd_restore(archive: Archive, args: argparse.Namespace) -> int:
    print(f"{archive.sessions.restore(args.ids)} session(s) restored.")
    return 0


@command("empty-trash")
def _cmd_empty_trash(archive: Archive, args: argparse.Namespace) -> int:
    print(f"{archive.sessions.empty_trash()} session(s) deleted for good.")
    return 0


@command("people")
def _cmd_people(archive: Archive, args: argparse.Namespace) -> int:
    people = archive.people.people(args.filter)
    if args.json:
        _print_json(
            [
                {
                    "id": p.id,
                    "name": p.display_name,
                    "sort_name": p.sort_name,
                    "aliases": list(p.aliases),
                    "appearances": p.appearance_count,
                }
                for p in people
            ]
        )
    else:
        for p in people:
            aka = f" (also {', '.join(p.aliases)})" if p.aliases else ""
            say(f"{p.id:>6}  {p.display_name}{aka}  [{p.appearance_count}]")
    return 0


@command("merge-people")
def _cmd_merge_people(archive: Archive, args: argparse.Namespace) -> int:
    person = archive.people.merge_people(args.keep, args.duplicate)
    say(
        f"Merged into {person.display_name} (id {person.id}), "
        f"{person.appearance_count} appearance(s)."
    )
    return 0


@command("demo")
def _cmd_demo(archive: Archive, args: argparse.Namespace) -> int:
    session, created = archive.sessions.create_demo()
    if args.json:
        _print_json(session_to_dict(session))
    elif created:
        say(f"Created the demo session {session.id}: {session.title}")
    else:
        say(f"The demo session is already in the library (id {session.id}).")
    return 0


def _backup_if_due(archive: Archive) -> None:
    """The automatic catalogue copy, when the library's schedule says one is due; a failed copy
    is reported and the command runs anyway."""
    try:
        made = archive.backups.backup_if_due()
    except ArchiveError as exc:
        say(f"warning: {exc}", file=sys.stderr)
        return
    if made is not None:
        logging.getLogger(__name__).info("automatic backup written to %s", made)


def _configure_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    _configure_logging(args.debug)
    if args.command in (None, "gui"):
        from .ui.app import run_app

        return int(run_app(library=args.library, database_url=args.database_url, debug=args.debug))
    handler = _COMMANDS.get(args.command)
    alone = _STANDALONE.get(args.command)
    if handler is None and alone is None:
        parser.error(f"unknown command {args.command}")
    try:
        if alone is not None:
            return alone(args)
        assert handler is not None
        with Archive.open(args.library, args.database_url) as archive:
            _backup_if_due(archive)
            return handler(archive, args)
    except (ArchiveError, ValidationError) as exc:
        if args.debug:
            raise
        say(f"webinar-archive: error: {exc}", file=sys.stderr, multiline=True)
        return 1
    except KeyboardInterrupt:
        # Each session and each attached file is saved whole in its own step, so what finished
        # before the interrupt stays: say so, rather than suggest nothing was kept.
        print(
            "webinar-archive: interrupted. What was saved before stays in the library (every "
            "session and file is saved whole, never in part); run the command again to finish.",
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the promise: no traceback without --debug
        if args.debug:
            raise
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(
            f"webinar-archive: internal error: {exc.__class__.__name__}: {exc} "
            "(run again with --debug for the details)",
            file=sys.stderr,
        )
        return 70
