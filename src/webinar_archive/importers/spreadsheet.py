"""Reading sessions from a spreadsheet (CSV): columns by name in several languages, one row each."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from ..domain import model as m
from ..domain.errors import ValidationError
from ..domain.input_files import CSV_LIMIT
from ..domain.messages import _t
from ..domain.text import from_spreadsheet_cell
from ..domain.time import check_timezone
from ..media.text_encoding import decode_legacy_text
from .exchange import enum_value

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
            raise ValidationError(_t("not a date: {text!r}").format(text=text)) from None
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
        raise ValidationError(_t("not a date: {text!r}").format(text=text))
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
            raise ValidationError(
                _t("cannot read the speaker {part!r} (expected 'Name (Org)')").format(part=part)
            )
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
            link_kind = enum_value(m.LinkKind, kind.strip().lower(), "link kind")
        else:
            link_kind, url = m.LinkKind.OTHER, part
        links.append(m.LinkDraft(link_kind, url.strip()))
    return links


def _split_tags(text: str) -> list[str]:
    return [t.strip() for t in re.split(r"[;,\n]", text) if t.strip()]


def decode_csv(data: bytes) -> str:
    """A spreadsheet saved as UTF-8 (with or without Excel's BOM), UTF-16 or a Windows code page."""
    return decode_legacy_text(data)[0]


def parse_csv(text: str) -> CsvParse:
    """Rows with a clear error each (row number + reason); good rows become drafts."""
    # The header says which separator the spreadsheet used (Excel writes ';' in much of Europe);
    # data rows are no guide, as summaries and tag lists are full of commas.
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    # The file is capped as a whole already; csv's own cap (128 KB a cell) would turn a long
    # summary into an error the user cannot act on.
    csv.field_size_limit(max(csv.field_size_limit(), CSV_LIMIT))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return _parse_csv_rows(reader)
    except csv.Error as exc:
        raise ValidationError(
            _t(
                "The CSV file cannot be read past line {line_num} ({exc}). Save it again "
                "from the spreadsheet as CSV."
            ).format(line_num=reader.line_num, exc=exc)
        ) from None


def _parse_csv_rows(reader: Any) -> CsvParse:
    result = CsvParse()
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError(_t("The CSV file is empty.")) from None
    columns = [_COLUMN_ALIASES.get(h.strip().lower()) for h in header]
    if "title" not in columns:
        raise ValidationError(
            _t("The CSV file has no 'title' column (the first row is the header).")
        )
    for index, cells in enumerate(reader):
        row_no = index + 2
        if not any(c.strip() for c in cells):
            continue
        values: dict[str, str] = {}
        for column, cell in zip(columns, cells, strict=False):
            if column is not None and column not in values:
                values[column] = from_spreadsheet_cell(cell.strip())
        try:
            result.sessions.append(CsvSession(row_no, _draft_from_row(values)))
        except ValidationError as exc:
            result.errors.append((row_no, str(exc)))
    return result


def _draft_from_row(values: dict[str, str]) -> m.SessionDraft:
    title = values.get("title", "")
    if not title:
        raise ValidationError(_t("no title"))
    draft = m.SessionDraft(title=title)
    draft.series = values.get("series") or None
    draft.theme = values.get("theme") or None
    draft.language = values.get("language") or None
    draft.timezone = check_timezone(values.get("timezone"))
    draft.summary = values.get("summary", "")
    if values.get("date"):
        draft.date = parse_csv_date(values["date"])
    if values.get("time"):
        try:
            draft.start_time = dt.time.fromisoformat(values["time"].strip())
        except ValueError:
            raise ValidationError(
                _t("not a time (HH:MM): {values!r}").format(values=values["time"])
            ) from None
    if values.get("status"):
        draft.status = enum_value(m.SessionStatus, values["status"].lower(), "status")
    if values.get("duration"):
        if not values["duration"].isdigit():
            raise ValidationError(
                _t("duration must be minutes: {values!r}").format(values=values["duration"])
            )
        draft.duration_minutes = int(values["duration"])
    draft.speakers = parse_speakers(values.get("speakers", ""))
    draft.tags = _split_tags(values.get("tags", ""))
    draft.links = _parse_links(values.get("links", ""))
    return draft
