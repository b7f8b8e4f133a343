"""What every command shares: argument types, terminal-safe and JSON printing, `CliError`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..domain.errors import ArchiveError, ValidationError
from ..domain.messages import _mark, _t

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from ..domain import model as m
    from ..domain.progress import Progress, ReportProgress
    from ..services.archive import Archive

# A command's handler: set as the ``handler`` default of its subparser, run by app.run on an
# open archive; returns the exit status.
Handler = Callable[["Archive", argparse.Namespace], int]
# A command that opens no library (restore builds one): the ``standalone`` default instead.
Standalone = Callable[[argparse.Namespace], int]

# ``sub.add_parser`` of the top-level parser: argparse does not export the type of subparsers.
Subparsers = Any


class CliError(ArchiveError):
    """A usage problem found after parsing (bad date, unknown id form ...)."""


class Parser(argparse.ArgumentParser):
    """Usage errors go to stderr with exit status 2, as argparse does, through one method."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


# Record ids are INTEGER columns, 32 bits wide on PostgreSQL: a larger number names no record,
# and handing it to the database fails with an overflow instead of "not found".
MAX_ID = 2**31 - 1


def file_path(text: str) -> Path:
    """A file or folder argument, as a Path: pathlib is imported when one is given, not to
    build the parser (``--help``)."""
    from pathlib import Path

    return Path(text)


def language_choice(code: str) -> str:
    """A ``--language`` of the app (its messages, the window): ``pl``, ``pl_PL``, ``en-GB`` ..."""
    from ..export.languages import BRIEF_LANGUAGES
    from ..services.language import language_code

    short = language_code(code)
    if short is None:
        raise argparse.ArgumentTypeError(
            f"no language {code!r}: use one of {', '.join(BRIEF_LANGUAGES)}"
        )
    return short


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


def minutes(text: str) -> int:
    """A duration in whole minutes (a count that fits in the catalogue)."""
    value = count(text)
    if value == MAX_ID:
        raise argparse.ArgumentTypeError(f"not a duration in minutes: {text}")
    return value


def date(text: str) -> dt.date:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def time_of_day(text: str) -> dt.time:
    import datetime as dt

    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None


def timezone(text: str) -> str:
    from ..domain.time import check_timezone

    try:
        return check_timezone(text) or ""
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def speaker(text: str) -> m.SpeakerDraft:
    """``Name|Organisation|role|Position title`` - later parts optional."""
    from ..domain import model as m

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


# The words the CLI takes for a link's kind, a speaker's role and a session's status, each in the
# reader's words (the window's and the brief's). The "other" link kind and the "speaker" role have
# none: the line's own label ("Link:", "speaker:", "Speakers:") says it already.
_LINK_KIND_WORDS = {
    "recording": _mark("Recording"),
    "presentations": _mark("Presentations"),
    "agenda": _mark("Agenda"),
    "more-info": _mark("More information"),
}
_ROLE_WORDS = {
    "moderator": _mark("Moderator"),
    "opening": _mark("Opening"),
    "closing": _mark("Closing"),
    "panellist": _mark("Panellist"),
    "discussant": _mark("Discussant"),
    "chair": _mark("Chair"),
    "keynote": _mark("Keynote"),
    "other": _mark("Other role"),
}
_STATUS_WORDS = {
    "draft": _mark("Draft"),
    "catalogued": _mark("Catalogued"),
    "reviewed": _mark("Reviewed"),
}


def _cli_word_text(word: str, english: str, *, brackets: bool = True) -> str:
    """``[opening] Otwarcie``: the word as the CLI takes it, then the reader's words where those
    are not the CLI's English (in English the word says it already)."""
    words = _t(english) if english else ""
    shown = f"[{word}]" if brackets else word
    if not words or words.casefold() == english.casefold():
        return shown
    return f"[{word}] {words}"


def link_kind_text(kind: str, *, before_label: bool = False) -> str:
    """``[presentations] Prezentacje``: the kind as ``--link KIND=URL`` takes it, then in the
    reader's words; ``before_label`` ends it with a dash before the link's own label."""
    text = _cli_word_text(kind, _LINK_KIND_WORDS.get(kind, ""))
    return text + (" —" if before_label and text != f"[{kind}]" else "")


def role_text(role: str) -> str:
    """``[opening] Otwarcie``: a speaker's role as ``--speaker NAME|ORG|ROLE`` takes it, then in
    the reader's words."""
    return _cli_word_text(role, _ROLE_WORDS.get(role, ""))


def status_text(status: str) -> str:
    """``catalogued`` in English (the word says it); ``[catalogued] Skatalogowana`` in another
    language: the word ``--status`` takes, then the reader's."""
    return _cli_word_text(status, _STATUS_WORDS.get(status, ""), brackets=False)


def link(text: str) -> m.LinkDraft:
    """``kind=URL`` or ``kind=URL|label``."""
    from ..domain import model as m

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


def say(text: str = "", *, file: Any = None, multiline: bool = False) -> None:
    """Print human output; text from the catalogue or a file cannot drive the terminal."""
    from ..domain.text import terminal_text

    print(terminal_text(text, multiline=multiline), file=file)


def print_json(data: Any) -> None:
    """Machine output (--json) on stdout: UTF-8 as is, indented, dates as ISO text."""
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    """A warning on stderr that does not stop the command."""
    print(_t("warning: {message}").format(message=message), file=sys.stderr)


def terminal_progress() -> ReportProgress | None:
    """Long work's progress on one line of a terminal; nothing when stderr is a file or a pipe
    (a log or a script would get every step run together on one line)."""
    if not sys.stderr.isatty():
        return None
    from ..domain.text import terminal_text

    def show(step: Progress) -> bool:
        done, total = step.done, step.total
        line = f"[{done}/{total}] {terminal_text(step.text)}".rstrip()
        sys.stderr.write("\r\033[K" + line[:150] + ("\n" if done == total else ""))
        sys.stderr.flush()
        return True

    return show


def is_yes(answer: str) -> bool:
    """A "yes" to a ``[y/N]`` question: the language's own words (Polish t, tak) and the
    English y, yes, which a user of any language may type out of habit."""
    # The catalogue holds the answers meaning "yes", separated by commas ("t,tak" in Polish).
    words = {"y", "yes", *(w.strip().lower() for w in _t("y,yes").split(","))}
    return answer.strip().lower() in words - {""}
