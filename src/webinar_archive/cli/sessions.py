"""The catalogue's sessions: init, add, edit, list, show, delete, the trash, demo and gui."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..domain.messages import _mark, _t, _tn
from ..domain.vocabulary import SessionStatus, SortKey
from .common import (
    CliError,
    Subparsers,
    count,
    date,
    file_path,
    language_choice,
    link,
    link_kind_text,
    minutes,
    print_json,
    record_id,
    role_text,
    say,
    speaker,
    status_text,
    time_of_day,
    timezone,
)

if TYPE_CHECKING:
    from ..domain import model as m
    from ..domain.bulk import BulkEdit
    from ..services.archive import Archive
    from ..services.plain_library import PlainReader


# `edit --dry-run` lists every change up to this many (a whole library's worth).
MAX_PREVIEW = 1_000_000


def register(sub: Subparsers) -> None:
    p = sub.add_parser("init", help="create (or upgrade) the library and print where it is")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_init)

    p = sub.add_parser("add", help="add a session")
    _add_session_fields(p, required_title=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_add)

    p = sub.add_parser(
        "edit",
        help="change fields of a session, or of many at once (others stay as they are)",
        description="Change one session, or many: several ids or --query 'SEARCH' edit every "
        "session given (or found) in one step; --series, --theme, --language, --status, "
        "--rights and --timezone then set the field on all of them ('' clears it).",
    )
    p.add_argument("ids", type=record_id, nargs="*", metavar="ID")
    _add_session_fields(p, required_title=False)
    p.add_argument(
        "--expect-version", type=int, help="fail if the session changed since this version"
    )
    bulk = p.add_argument_group("many sessions at once")
    bulk.add_argument("--query", help="edit every session this search finds (instead of ids)")
    bulk.add_argument("--add-tag", action="append", default=[], metavar="TAG", help="repeat")
    bulk.add_argument("--remove-tag", action="append", default=[], metavar="TAG", help="repeat")
    bulk.add_argument(
        "--add-speaker",
        action="append",
        default=[],
        type=speaker,
        metavar="'NAME|ORGANISATION|ROLE'",
        help="add a person (and organisation) to every session that lacks them (repeat)",
    )
    bulk.add_argument(
        "--shift-days", type=int, default=0, metavar="N", help="move dates by N days (+1, -7)"
    )
    bulk.add_argument("--replace-title", nargs=2, metavar=("OLD", "NEW"))
    bulk.add_argument("--replace-summary", nargs=2, metavar=("OLD", "NEW"))
    bulk.add_argument(
        "--regex", action="store_true", help="OLD of --replace-* is a regular expression"
    )
    bulk.add_argument(
        "--dry-run", action="store_true", help="list what would change, change nothing"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_edit)

    p = sub.add_parser("list", help="list sessions")
    p.add_argument(
        "--filter", default="", help="words matched against title, speakers, organisations"
    )
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument("--sort", choices=[k.value for k in SortKey], default="date")
    p.add_argument("--ascending", action="store_true")
    p.add_argument("--limit", type=count)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_list, plain=_plain_list)

    p = sub.add_parser("show", help="show one session in full (default: the latest added)")
    p.add_argument("id", type=record_id, nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_show, plain=_plain_show)

    p = sub.add_parser("delete", help="move sessions to the trash (or delete them for good)")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    p.add_argument("--permanently", action="store_true", help="skip the trash; files go too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_delete)

    p = sub.add_parser("restore-trash", help="bring sessions back from the trash")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    p.set_defaults(handler=_cmd_restore)

    p = sub.add_parser("empty-trash", help="delete every session in the trash for good")
    p.set_defaults(handler=_cmd_empty_trash)

    p = sub.add_parser("demo", help="create the demo session (EU S3 webinar of 11 September 2020)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_demo)

    # No handler: app.run opens the desktop app, as it does without a command.
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument(
        "--quit-after-start",
        action="store_true",
        help="close again once the window shows its first rows (a check that the app starts)",
    )
    p.add_argument(
        "--language",
        metavar="CODE",
        type=language_choice,
        help="the window's language for this run: en or pl (default: the Settings dialog's "
        "choice, else the system's; also WEBINAR_ARCHIVE_LANGUAGE)",
    )


def open_desktop(args: argparse.Namespace) -> int:
    """`gui`, or no command at all: the desktop app (Qt is imported only here, and only now)."""
    from ..ui.app import run_app

    return int(
        run_app(
            library=args.library,
            database_url=args.database_url,
            debug=args.debug,
            quit_after_start=getattr(args, "quit_after_start", False),
            language=getattr(args, "language", None) or args.app_language,
        )
    )


def _add_session_fields(p: argparse.ArgumentParser, *, required_title: bool) -> None:
    p.add_argument("--title", required=required_title)
    p.add_argument("--series")
    p.add_argument("--theme")
    p.add_argument("--date", type=date, help="YYYY-MM-DD")
    p.add_argument("--time", type=time_of_day, dest="start_time", help="start time, HH:MM")
    p.add_argument(
        "--timezone", type=timezone, help="IANA zone, e.g. Europe/Brussels, or an offset: +02:00"
    )
    p.add_argument("--duration", type=minutes, dest="duration_minutes", help="minutes")
    p.add_argument("--language", help="ISO 639-1 code, e.g. en")
    p.add_argument("--summary", help="Markdown text")
    p.add_argument("--summary-file", type=file_path, help="read the Markdown summary from a file")
    p.add_argument("--source-url")
    p.add_argument("--notes")
    p.add_argument("--status", choices=[s.value for s in SessionStatus])
    p.add_argument("--rights")
    p.add_argument(
        "--speaker",
        action="append",
        type=speaker,
        help="'Name|Organisation|role|Position' (repeat; replaces all speakers on edit)",
    )
    p.add_argument("--link", action="append", type=link, help="KIND=URL[|label] (repeat)")
    p.add_argument("--tag", action="append", help="repeat for several tags")


def _print_session_json(session: m.Session) -> None:
    from ..services.serialize import session_to_dict

    print_json(session_to_dict(session))


def _draft_from_args(args: argparse.Namespace, base: m.SessionDraft | None) -> m.SessionDraft:
    from ..domain import model as m

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
        draft.status = SessionStatus(args.status)
    if args.summary_file is not None:
        from ..domain.input_files import SUMMARY_LIMIT, read_capped_text

        draft.summary = read_capped_text(args.summary_file, SUMMARY_LIMIT, _t("a summary file"))
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
    from ..domain import model as m
    from ..domain.time import format_ms

    say(f"#{session.id}  {session.title}")

    def field(label: str, value: str) -> None:
        # The label translated, then padded: the values stay in one column in any language.
        say(f"  {_t(label) + ':':<9} {value}")

    if session.series:
        field(_mark("Series"), session.series)
    when = session.date.isoformat() if session.date else _t("date unknown")
    if session.start_time:
        when += f" {session.start_time:%H:%M}"
    if session.timezone:
        when += f" ({session.timezone})"
    field(_mark("Date"), when)
    for label, value in (
        (_mark("Theme"), session.theme),
        (_mark("Language"), session.language),
        (_mark("Status"), status_text(session.status.value)),
        (_mark("Source"), session.source_url),
    ):
        if value:
            field(label, value)
    if session.appearances:
        say("  " + _t("Speakers") + ":")
        for a in session.appearances:
            extra = ", ".join(x for x in (a.organisation_name, a.position) if x)
            role = "" if a.role is m.AppearanceRole.SPEAKER else " " + role_text(a.role.value)
            say(f"    - {a.person_name}{' (' + extra + ')' if extra else ''}{role}")
    for mat in session.materials:
        pages = (
            _tn(", {count} page", ", {count} pages", mat.page_count).format(count=mat.page_count)
            if mat.page_count
            else ""
        )
        field(_mark("Material"), f"#{mat.id} {mat.original_name} ({mat.media_type}{pages})")
    for rec in session.recordings:
        field(_mark("Recording"), f"#{rec.id} {rec.original_name} ({format_ms(rec.duration_ms)})")
    for lnk in session.links:
        address = lnk.url or _t("(no address)")
        kind = link_kind_text(lnk.kind.value, before_label=bool(lnk.label))
        field(_mark("Link"), " ".join(x for x in (kind, lnk.label, address) if x))
    if session.tags:
        field(_mark("Tags"), ", ".join(session.tags))
    if session.summary:
        say()
        for line in session.summary.splitlines():
            say(f"  {line}")


def _cmd_init(archive: Archive, args: argparse.Namespace) -> int:
    n = archive.sessions.count()
    info = {
        "library": str(archive.root),
        "database": archive.catalogue.url_for_display,
        "schema": archive.catalogue.schema_action,
        "sessions": n,
    }
    if args.json:
        print_json(info)
    else:
        print(
            _tn(
                "Library {library} ({schema}), {count} session.",
                "Library {library} ({schema}), {count} sessions.",
                n,
            ).format(library=info["library"], schema=info["schema"], count=n)
        )
    return 0


def _cmd_add(archive: Archive, args: argparse.Namespace) -> int:
    session = archive.sessions.create(_draft_from_args(args, None))
    if args.json:
        _print_session_json(session)
    else:
        say(_t("Added session {id}: {title}").format(id=session.id, title=session.title))
    return 0


# Options of `edit` that only make sense for one session, and those that make it a bulk edit.
_ONE_SESSION = (
    "title",
    "date",
    "start_time",
    "duration_minutes",
    "summary",
    "summary_file",
    "source_url",
    "notes",
    "speaker",
    "link",
    "tag",
    "expect_version",
)
_BULK_ONLY = (
    "query",
    "add_tag",
    "remove_tag",
    "add_speaker",
    "shift_days",
    "replace_title",
    "replace_summary",
    "regex",
    "dry_run",
)


def _cmd_edit(archive: Archive, args: argparse.Namespace) -> int:
    if not args.ids and args.query is None:
        raise CliError(_t("Say which sessions to edit: give their ids, or --query 'SEARCH'."))
    if len(args.ids) > 1 or any(
        getattr(args, name) not in (None, False, 0, []) for name in _BULK_ONLY
    ):
        return _cmd_edit_many(archive, args)
    return _cmd_edit_one(archive, args)


def _cmd_edit_one(archive: Archive, args: argparse.Namespace) -> int:
    from ..services.sessions import draft_from_session  # it brings in the storage layer

    args.id = args.ids[0]
    current = archive.sessions.get(args.id)
    expected = args.expect_version if args.expect_version is not None else current.version
    session = archive.sessions.update(
        args.id, _draft_from_args(args, draft_from_session(current)), expected
    )
    if args.json:
        _print_session_json(session)
    else:
        print(
            _t("Saved session {id} (version {version}).").format(
                id=session.id, version=session.version
            )
        )
    return 0


def _cmd_list(archive: Archive, args: argparse.Namespace) -> int:
    from ..domain import model as m

    flt = m.SessionFilter(text=args.filter, trash=args.trash)
    rows = archive.sessions.list_rows(flt, SortKey(args.sort), not args.ascending, args.limit)
    return _print_list(rows, args)


def _plain_list(reader: PlainReader, args: argparse.Namespace) -> int | None:
    """``list`` of the live sessions read plainly (None: words to match or the trash, which
    the catalogue lists)."""
    if args.filter or args.trash:
        return None
    ids = reader.session_ids(SortKey(args.sort), not args.ascending, args.limit)
    return _print_list(reader.session_rows(ids), args)


def _print_list(rows: list[m.SessionSummary], args: argparse.Namespace) -> int:
    if args.json:
        print_json([_row_dict(r) for r in rows])
        return 0
    if not rows:
        print(_t("No sessions.") if not args.filter else _t("No session matches."))
    for r in rows:
        day = r.date.isoformat() if r.date else "----------"
        say(f"{r.id:>6}  {day}  {r.title}" + (f"  — {r.speakers}" if r.speakers else ""))
    return 0


def _cmd_show(archive: Archive, args: argparse.Namespace) -> int:
    session_id = args.id if args.id is not None else archive.sessions.latest_id()
    if session_id is None:
        raise CliError(_t("The library has no sessions yet (try 'webinar-archive demo')."))
    return _print_shown(archive.sessions.get(session_id), args)


def _plain_show(reader: PlainReader, args: argparse.Namespace) -> int | None:
    """``show`` read plainly (None: no session to show, which the catalogue explains)."""
    session_id = args.id if args.id is not None else reader.latest_id()
    if session_id is None:
        return None
    return _print_shown(reader.session(session_id), args)


def _print_shown(session: m.Session, args: argparse.Namespace) -> int:
    if args.json:
        _print_session_json(session)
    else:
        _print_session(session)
    return 0


def _cmd_delete(archive: Archive, args: argparse.Namespace) -> int:
    for session_id in args.ids:
        archive.sessions.get(session_id)  # NotFoundError names the bad id before anything changes
    if args.permanently:
        n = archive.sessions.delete_permanently(args.ids)
        done = _tn("{count} session deleted.", "{count} sessions deleted.", n)
    else:
        n = archive.sessions.trash(args.ids)
        done = _tn("{count} session moved to the trash.", "{count} sessions moved to the trash.", n)
    if args.json:
        print_json({"ids": args.ids, "count": n, "permanently": args.permanently})
    else:
        print(done.format(count=n))
    return 0


def _cmd_restore(archive: Archive, args: argparse.Namespace) -> int:
    n = archive.sessions.restore(args.ids)
    print(_tn("{count} session restored.", "{count} sessions restored.", n).format(count=n))
    return 0


def _cmd_empty_trash(archive: Archive, args: argparse.Namespace) -> int:
    n = archive.sessions.empty_trash()
    print(
        _tn("{count} session deleted for good.", "{count} sessions deleted for good.", n).format(
            count=n
        )
    )
    return 0


def _cmd_demo(archive: Archive, args: argparse.Namespace) -> int:
    session, created = archive.sessions.create_demo()
    if args.json:
        _print_session_json(session)
    elif created:
        say(_t("Created the demo session {id}: {title}").format(id=session.id, title=session.title))
    else:
        say(_t("The demo session is already in the library (id {id}).").format(id=session.id))
    return 0


def _option(name: str) -> str:
    return "--" + {"start_time": "time", "duration_minutes": "duration"}.get(name, name).replace(
        "_", "-"
    )


def _bulk_edit_from_args(args: argparse.Namespace) -> BulkEdit:
    from ..domain.bulk import AddedSpeaker, BulkEdit, TextReplace

    def replace(pair: list[str] | None) -> TextReplace | None:
        return TextReplace(pair[0], pair[1], args.regex) if pair is not None else None

    if args.regex and args.replace_title is None and args.replace_summary is None:
        raise CliError(_t("--regex applies to --replace-title or --replace-summary: give one."))
    return BulkEdit(
        series=args.series,
        theme=args.theme,
        language=args.language,
        status=SessionStatus(args.status) if args.status is not None else None,
        rights=args.rights,
        timezone=args.timezone,
        shift_days=args.shift_days,
        add_tags=tuple(args.add_tag),
        remove_tags=tuple(args.remove_tag),
        add_speakers=tuple(AddedSpeaker(s.name, s.organisation, s.role) for s in args.add_speaker),
        title=replace(args.replace_title),
        summary=replace(args.replace_summary),
    )


def _cmd_edit_many(archive: Archive, args: argparse.Namespace) -> int:
    """`edit ID ID...` or `edit --query SEARCH` with fields to set: one change to them all."""
    if args.query is not None and args.ids:
        raise CliError(_t("Give session ids or --query 'SEARCH', not both."))
    for name in _ONE_SESSION:
        if getattr(args, name) is not None:
            raise CliError(
                _t(
                    "{option} changes one session at a time; with several sessions (or "
                    "--query) use --series, --theme, --language, --status, --rights, "
                    "--timezone, --add-tag, --remove-tag, --add-speaker, --shift-days or "
                    "--replace-title."
                ).format(option=_option(name))
            )
    edit = _bulk_edit_from_args(args)
    edit.checked()  # a bad expression or shift is reported before the search runs
    if args.query is not None:
        if not args.query.strip():
            raise CliError(_t("--query needs words to search for (see 'webinar-archive search')."))
        ids = archive.search.session_ids(args.query)
        if not ids:
            message = f"No session matches {args.query!r}; nothing changed."
            if args.json:
                print_json({"selected": 0, "affected": 0, "dry_run": args.dry_run, "ids": []})
            else:
                say(message)
            return 0
    else:
        ids = list(dict.fromkeys(args.ids))
    if args.dry_run:
        preview = archive.bulk.preview(ids, edit, limit=MAX_PREVIEW)
        if args.json:
            print_json(
                {
                    "selected": preview.selected,
                    "affected": preview.affected,
                    "dry_run": True,
                    "changes": [
                        {"id": c.session_id, "field": c.field, "old": c.old, "new": c.new}
                        for c in preview.changes
                    ],
                }
            )
            return 0
        say(
            _tn(
                "Would change {affected} of {count} session (nothing was changed):",
                "Would change {affected} of {count} sessions (nothing was changed):",
                preview.selected,
            ).format(affected=preview.affected, count=preview.selected)
        )
        for c in preview.changes:
            old = f"{c.old!r} → " if c.old else ""
            say(f"  #{c.session_id}  {c.field}: {old}{c.new!r}")
        return 0
    result = archive.bulk.apply(ids, edit)
    if args.json:
        print_json(
            {
                "selected": len(ids),
                "affected": result.count,
                "dry_run": False,
                "ids": result.session_ids,
            }
        )
    else:
        say(
            _tn(
                "Changed {affected} of {count} session: {label}.",
                "Changed {affected} of {count} sessions: {label}.",
                len(ids),
            ).format(affected=result.count, count=len(ids), label=result.label)
        )
    return 0
