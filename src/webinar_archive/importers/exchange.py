"""Reading the exchange formats back: JSON documents checked and turned into drafts, CSV rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..domain import model as m
from ..domain.errors import ValidationError
from ..domain.files import is_sha256, relative_path_problem
from ..domain.imports import FORMAT_NAME, FORMAT_VERSION

# ---------------------------------------------------------------------------------------------
# JSON


def load_exchange(path: Path) -> dict[str, Any]:
    """Read and check an exchange file; ValidationError names what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path.name} is not UTF-8 text.") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    return check_exchange(document, path.name)


def check_exchange(document: Any, name: str = "the file") -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError(f"{name} is not a Webinar Archive exchange file.")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise ValidationError(f"{name} has no valid format version.")
    if version > FORMAT_VERSION:
        raise ValidationError(
            f"{name} was written in exchange format {version}; this program reads up to "
            f"{FORMAT_VERSION}. Update Webinar Archive to import it."
        )
    for key in ("series", "organisations", "people", "sessions"):
        if not isinstance(document.get(key, []), list):
            raise ValidationError(f"{name}: '{key}' must be a list.")
    return document


def parse_datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValidationError(f"not a date and time: {value!r}")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"not a date and time: {value!r}") from None


def _parse_iso_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _parse_iso_time(value: Any) -> dt.time | None:
    if value in (None, ""):
        return None
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"not a time: {value!r}") from None


def _enum(kind: Any, value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(x.value for x in kind)
        raise ValidationError(f"unknown {what} {value!r} (one of {choices})") from None


@dataclass(slots=True)
class ExchangeSession:
    """One session record of an exchange file, checked; people and organisations still by key."""

    draft: m.SessionDraft
    person_keys: list[str]
    org_keys: list[str | None]
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    deleted_at: dt.datetime | None
    materials: list[dict[str, Any]] = field(default_factory=list)
    recordings: list[dict[str, Any]] = field(default_factory=list)


def exchange_session(record: Any, people: dict[str, dict[str, Any]]) -> ExchangeSession:
    """Check one session record; ValidationError says what is wrong with it."""
    if not isinstance(record, dict):
        raise ValidationError("a session record must be an object")
    title = str(record.get("title") or "").strip()
    if not title:
        raise ValidationError("a session needs a title")
    speakers: list[m.SpeakerDraft] = []
    person_keys: list[str] = []
    org_keys: list[str | None] = []
    for i, app in enumerate(record.get("appearances") or []):
        key = app.get("person") if isinstance(app, dict) else None
        if key not in people:
            raise ValidationError(f"appearance {i + 1} refers to an unknown person {key!r}")
        person_keys.append(key)
        org_keys.append(app.get("organisation"))
        speakers.append(
            m.SpeakerDraft(
                name=str(people[key].get("display_name") or ""),
                role=_enum(m.AppearanceRole, app.get("role", "speaker"), "role"),
                position=app.get("position"),
                contribution=app.get("contribution") or "",
            )
        )
    links = []
    for link in record.get("links") or []:
        links.append(
            m.LinkDraft(
                _enum(m.LinkKind, link.get("kind", "other"), "link kind"),
                link.get("url"),
                link.get("label") or "",
            )
        )
    draft = m.SessionDraft(
        title=title,
        series=record.get("series"),
        theme=record.get("theme"),
        date=_parse_iso_date(record.get("date")),
        start_time=_parse_iso_time(record.get("start_time")),
        timezone=record.get("timezone"),
        duration_minutes=record.get("duration_minutes"),
        language=record.get("language"),
        summary=record.get("summary") or "",
        source_url=record.get("source_url"),
        retrieved_at=parse_datetime(record.get("retrieved_at")),
        notes=record.get("notes") or "",
        status=_enum(m.SessionStatus, record.get("status", "draft"), "status"),
        rights=record.get("rights"),
        speakers=speakers,
        links=links,
        tags=[str(t) for t in record.get("tags") or []],
    )
    materials = [x for x in record.get("materials") or [] if isinstance(x, dict)]
    recordings = [x for x in record.get("recordings") or [] if isinstance(x, dict)]
    subtitles = [x for r in recordings for x in r.get("subtitles") or [] if isinstance(x, dict)]
    for entry in materials + recordings + subtitles:
        check_file_entry(entry)
    return ExchangeSession(
        draft=draft,
        person_keys=person_keys,
        org_keys=org_keys,
        created_at=parse_datetime(record.get("created_at")),
        updated_at=parse_datetime(record.get("updated_at")),
        deleted_at=parse_datetime(record.get("deleted_at")),
        materials=materials,
        recordings=recordings,
    )


def check_file_entry(entry: dict[str, Any]) -> None:
    """A file entry's names are used to find and name files: check them before anything is.

    ``stored_path`` is relative and stays below the exchange file's folder, or, for a file
    linked in place, absolute; ``sha256``, when given, is a real hash.
    """
    name = entry.get("original_name")
    stored = entry.get("stored_path")
    if not isinstance(name, str) or not name or not isinstance(stored, str) or not stored:
        raise ValidationError("a file entry needs original_name and stored_path")
    sha = entry.get("sha256")
    if sha not in (None, "") and not is_sha256(sha):
        raise ValidationError(f"{name}: sha256 {sha!r} is not 64 lowercase hex digits")
    if entry.get("linked") and PurePosixPath(stored).is_absolute() and "\x00" not in stored:
        return
    problem = relative_path_problem(stored)
    if problem is not None:
        raise ValidationError(f"{name}: stored_path {stored!r} {problem}; not imported")


def org_order(organisations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Organisations with every parent before its children (cycles broken, never looping)."""
    by_key = {o.get("key"): o for o in organisations if isinstance(o, dict)}
    done: set[Any] = set()
    ordered: list[dict[str, Any]] = []

    def visit(key: Any, trail: set[Any]) -> None:
        if key in done or key not in by_key or key in trail:
            return
        parent = by_key[key].get("parent")
        visit(parent, trail | {key})
        done.add(key)
        ordered.append(by_key[key])

    for key in by_key:
        visit(key, set())
    return ordered


# ---------------------------------------------------------------------------------------------
# CSV

_COLUMN_ALIASES = {
    "title": "title",
    "titre": "title",
    "session": "title",
    "series": "series",
    "date": "date",
    "time": "time",
    "start time": "time",
    "timezone": "timezone",
    "time zone": "timezone",
    "theme": "theme",
    "topic": "theme",
    "language": "language",
    "lang": "language",
    "status": "status",
    "speakers": "speakers",
    "speaker": "speakers",
    "tags": "tags",
    "keywords": "tags",
    "links": "links",
    "link": "links",
    "url": "links",
    "summary": "summary",
    "description": "summary",
    "duration": "duration",
    "duration minutes": "duration",
}

_SPEAKER = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<org>.*)\))?\s*$")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")


@dataclass(slots=True)
class CsvSession:
    row: int  # spreadsheet row number (the header is row 1)
    draft: m.SessionDraft


@dataclass(slots=True)
class CsvParse:
    sessions: list[CsvSession] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def parse_csv_date(text: str) -> dt.date:
    """ISO, day-first numeric (11/09/2020, 11.09.2020) or written (11 September 2020) dates."""
    text = text.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$", text):
        return dt.date.fromisoformat(text[:10])
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        a, b, c = (int(x) for x in numeric.groups())
        try:
            if len(numeric.group(1)) == 4:
                return dt.date(a, b, c)
            year = c + 2000 if c < 100 else c
            # Day first, as in most of Europe; a month above 12 means the writer put month first.
            return dt.date(year, a, b) if b > 12 else dt.date(year, b, a)
        except ValueError:
            raise ValidationError(f"not a date: {text!r}") from None
    for fmt in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d %B, %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    import dateparser

    parsed = dateparser.parse(
        text, settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
    )
    if parsed is None:
        raise ValidationError(f"not a date: {text!r}")
    result: dt.date = parsed.date()
    return result


def parse_speakers(text: str) -> list[m.SpeakerDraft]:
    """``Name (Organisation); Name`` -> speaker drafts."""
    speakers: list[m.SpeakerDraft] = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not part:
            continue
        match = _SPEAKER.match(part)
        if match is None:
            raise ValidationError(f"cannot read the speaker {part!r} (expected 'Name (Org)')")
        org = (match.group("org") or "").strip() or None
        speakers.append(m.SpeakerDraft(name=match.group("name").strip(), organisation=org))
    return speakers


def _parse_links(text: str) -> list[m.LinkDraft]:
    links: list[m.LinkDraft] = []
    for part in re.split(r";\s+|\n", text):
        part = part.strip()
        if not part:
            continue
        kind, sep, url = part.partition(": ")
        if sep and not kind.startswith("http"):
            link_kind = _enum(m.LinkKind, kind.strip().lower(), "link kind")
        else:
            link_kind, url = m.LinkKind.OTHER, part
        links.append(m.LinkDraft(link_kind, url.strip()))
    return links


def _split_tags(text: str) -> list[str]:
    return [t.strip() for t in re.split(r"[;,\n]", text) if t.strip()]


def decode_csv(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_csv(text: str) -> CsvParse:
    """Rows with a clear error each (row number + reason); good rows become drafts."""
    # The header says which separator the spreadsheet used (Excel writes ';' in much of Europe);
    # data rows are no guide, as summaries and tag lists are full of commas.
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    result = CsvParse()
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("The CSV file is empty.") from None
    columns = [_COLUMN_ALIASES.get(h.strip().lower()) for h in header]
    if "title" not in columns:
        raise ValidationError("The CSV file has no 'title' column (the first row is the header).")
    for index, cells in enumerate(reader):
        row_no = index + 2
        if not any(c.strip() for c in cells):
            continue
        values: dict[str, str] = {}
        for column, cell in zip(columns, cells, strict=False):
            if column is not None and column not in values:
                values[column] = cell.strip()
        try:
            result.sessions.append(CsvSession(row_no, _draft_from_row(values)))
        except ValidationError as exc:
            result.errors.append((row_no, str(exc)))
    return result


def _draft_from_row(values: dict[str, str]) -> m.SessionDraft:
    title = values.get("title", "")
    if not title:
        raise ValidationError("no title")
    draft = m.SessionDraft(title=title)
    draft.series = values.get("series") or None
    draft.theme = values.get("theme") or None
    draft.language = values.get("language") or None
    draft.timezone = values.get("timezone") or None
    draft.summary = values.get("summary", "")
    if values.get("date"):
        draft.date = parse_csv_date(values["date"])
    if values.get("time"):
        try:
            draft.start_time = dt.time.fromisoformat(values["time"].strip())
        except ValueError:
            raise ValidationError(f"not a time (HH:MM): {values['time']!r}") from None
    if values.get("status"):
        draft.status = _enum(m.SessionStatus, values["status"].lower(), "status")
    if values.get("duration"):
        if not values["duration"].isdigit():
            raise ValidationError(f"duration must be minutes: {values['duration']!r}")
        draft.duration_minutes = int(values["duration"])
    draft.speakers = parse_speakers(values.get("speakers", ""))
    draft.tags = _split_tags(values.get("tags", ""))
    draft.links = _parse_links(values.get("links", ""))
    return draft
