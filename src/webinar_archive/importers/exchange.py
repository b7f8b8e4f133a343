"""Reading an exchange JSON document back: every field checked, then turned into drafts."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..domain import model as m
from ..domain.errors import ValidationError
from ..domain.files import is_sha256, relative_path_problem
from ..domain.imports import FORMAT_NAME, FORMAT_VERSION
from ..domain.input_files import EXCHANGE_LIMIT, read_capped
from ..domain.messages import _mark, _t, number
from ..domain.time import check_timezone

# ---------------------------------------------------------------------------------------------
# JSON


def load_exchange(path: Path) -> dict[str, Any]:
    """Read and check an exchange file; ValidationError names what is wrong with it."""
    try:
        text = read_capped(path, EXCHANGE_LIMIT, _t("an exchange file")).decode("utf-8-sig")
    except OSError as exc:
        raise ValidationError(
            _t("Cannot read {path}: {value}").format(path=path, value=exc.strerror or exc)
        ) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(_t("{name} is not UTF-8 text.").format(name=path.name)) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            _t("{name} is not valid JSON (line {lineno}, column {colno}: {msg}).").format(
                name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg
            )
        ) from exc
    return check_exchange(document, path.name)


def check_exchange(document: Any, name: str = "the file") -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError(
            _t("{name} is not a Webinar Archive exchange file.").format(name=name)
        )
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise ValidationError(_t("{name} has no valid format version.").format(name=name))
    if version > FORMAT_VERSION:
        raise ValidationError(
            _t(
                "{name} was written in exchange format {version}; this program reads up "
                "to {newest}. Update Webinar Archive to import it."
            ).format(name=name, version=version, newest=FORMAT_VERSION)
        )
    for key in ("series", "organisations", "people", "sessions"):
        if not isinstance(document.get(key, []), list):
            raise ValidationError(_t("{name}: '{key}' must be a list.").format(name=name, key=key))
    check_authorities(document, name)
    return document


def parse_datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValidationError(_t("not a date and time: {value!r}").format(value=value))
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(_t("not a date and time: {value!r}").format(value=value)) from None


def parse_machine(value: Any, where: str = "subtitles") -> m.MachineMade | None:
    """The engine that made a subtitle track (``machine`` of an exchange file); None: a person."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValidationError(
            _t("{where}: 'machine' must be an object, not {type_name}").format(
                where=where, type_name=_type_name(value)
            )
        )
    for key in ("engine", "model", "language", "made_at"):
        _text(value, key, f"{where}, machine", required=True)
    try:
        made_at = parse_datetime(value["made_at"])
    except ValidationError as exc:
        raise ValidationError(_t("{where}, machine: {exc}").format(where=where, exc=exc)) from None
    assert made_at is not None
    if made_at.tzinfo is not None:  # the catalogue keeps UTC without a zone
        made_at = made_at.astimezone(dt.UTC).replace(tzinfo=None)
    return m.MachineMade(value["engine"], value["model"], value["language"], made_at)


def _parse_iso_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            _t("not a date (YYYY-MM-DD): {value!r}").format(value=value)
        ) from None


def _parse_iso_time(value: Any) -> dt.time | None:
    if value in (None, ""):
        return None
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(_t("not a time: {value!r}").format(value=value)) from None


def enum_value(kind: Any, value: Any, what: str) -> Any:
    """``kind(value)``, or a ValidationError listing the values ``kind`` has."""
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(x.value for x in kind)
        raise ValidationError(
            _t("unknown {what} {value!r} (one of {choices})").format(
                what=what, value=value, choices=choices
            )
        ) from None


# Field types of an exchange file, checked before anything is written: a wrong type is refused
# with the field's name rather than coerced ("a string of tags" is not a list of letters).
MAX_SHORT_TEXT = 2_000  # titles, names, codes, addresses
MAX_LONG_TEXT = 2_000_000  # summaries, notes, a page of slide text


# What a value in the file is, as a message says it (the JSON types a reader of the file sees).
_TYPE_NAMES: dict[type, str] = {
    bool: _mark("true/false"),
    int: _mark("a number"),
    float: _mark("a number"),
    str: _mark("text"),
    list: _mark("a list"),
    dict: _mark("an object"),
}


def _type_name(value: Any) -> str:
    name = _TYPE_NAMES.get(type(value))
    return _t(name) if name is not None else type(value).__name__


def _text(
    record: dict[str, Any],
    key: str,
    where: str,
    *,
    required: bool = False,
    limit: int = MAX_SHORT_TEXT,
) -> None:
    value = record.get(key)
    if value is None:
        if required:
            raise ValidationError(_t("{where}: '{key}' is missing").format(where=where, key=key))
        return
    if not isinstance(value, str):
        raise ValidationError(
            _t("{where}: '{key}' must be text, not {type_name}").format(
                where=where, key=key, type_name=_type_name(value)
            )
        )
    if len(value) > limit:
        raise ValidationError(
            _t("{where}: '{key}' is {count} characters long (at most {limit})").format(
                where=where, key=key, count=number(len(value)), limit=number(limit)
            )
        )


def _number(record: dict[str, Any], key: str, where: str, *, required: bool = False) -> None:
    value = record.get(key)
    if value is None and not required:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            _t("{where}: '{key}' must be a whole number, not {type_name}").format(
                where=where, key=key, type_name=_type_name(value)
            )
        )
    if not 0 <= value < 2**63:
        raise ValidationError(
            _t("{where}: '{key}' is out of range ({value})").format(
                where=where, key=key, value=value
            )
        )


def _flag(record: dict[str, Any], key: str, where: str) -> None:
    value = record.get(key)
    if value is not None and not isinstance(value, bool):
        raise ValidationError(
            _t("{where}: '{key}' must be true or false, not {type_name}").format(
                where=where, key=key, type_name=_type_name(value)
            )
        )


def _items(record: dict[str, Any], key: str, where: str) -> list[Any]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(
            _t("{where}: '{key}' must be a list, not {type_name}").format(
                where=where, key=key, type_name=_type_name(value)
            )
        )
    return value


def _objects(record: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    items = _items(record, key, where)
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValidationError(
                _t("{where}: {key} {index} must be an object").format(
                    where=where, key=key, index=index
                )
            )
    return items


def _texts(record: dict[str, Any], key: str, where: str, limit: int = MAX_SHORT_TEXT) -> None:
    for index, item in enumerate(_items(record, key, where), start=1):
        _text({key: item}, key, f"{where}, {key} {index}", required=True, limit=limit)


def _index(record: dict[str, Any], key: str, where: str, count: int) -> None:
    _number(record, key, where)
    value = record.get(key)
    if value is not None and value >= count:
        raise ValidationError(
            _t("{where}: '{key}' refers to entry {value}, which does not exist").format(
                where=where, key=key, value=value
            )
        )


def _check_file(entry: dict[str, Any], where: str) -> None:
    for key in ("original_name", "stored_path"):
        _text(entry, key, where, required=True)
    for key in ("media_type", "sha256", "added_at"):
        _text(entry, key, where)
    _number(entry, "size", where)
    _flag(entry, "linked", where)


def check_authorities(document: dict[str, Any], name: str = "the file") -> None:
    """Series, organisations and people of a document: types, unique keys, known parents."""
    for index, series in enumerate(_objects(document, "series", name), start=1):
        where = _t("{name}: series {index}").format(name=name, index=index)
        _text(series, "name", where, required=True)
        for key in ("organiser", "url"):
            _text(series, key, where)
        _text(series, "description", where, limit=MAX_LONG_TEXT)
    org_keys: set[str] = set()
    orgs = _objects(document, "organisations", name)
    for index, org in enumerate(orgs, start=1):
        where = _t("{name}: organisation {index}").format(name=name, index=index)
        for key in ("key", "name"):
            _text(org, key, where, required=True)
        for key in ("acronym", "identifier", "parent"):
            _text(org, key, where)
        _texts(org, "aliases", where)
        if org["key"] in org_keys:
            raise ValidationError(
                _t("{where}: the key {org!r} is used twice").format(where=where, org=org["key"])
            )
        org_keys.add(org["key"])
    for index, org in enumerate(orgs, start=1):
        if org.get("parent") is not None and org["parent"] not in org_keys:
            raise ValidationError(
                _t("{name}: organisation {index} has an unknown parent {org!r}").format(
                    name=name, index=index, org=org["parent"]
                )
            )
    person_keys: set[str] = set()
    for index, person in enumerate(_objects(document, "people", name), start=1):
        where = _t("{name}: person {index}").format(name=name, index=index)
        for key in ("key", "display_name"):
            _text(person, key, where, required=True)
        _text(person, "sort_name", where)
        _text(person, "notes", where, limit=MAX_LONG_TEXT)
        _texts(person, "aliases", where)
        if person["key"] in person_keys:
            raise ValidationError(
                _t("{where}: the key {person!r} is used twice").format(
                    where=where, person=person["key"]
                )
            )
        person_keys.add(person["key"])


def _plain_texts(record: dict[str, Any], keys: tuple[str, ...], where: str, limit: int) -> None:
    """``_text`` of several optional fields, in one loop: a session record has a few dozen,
    and a call for each was a tenth of checking 10,000 records. A value that is not text
    within the limit goes to ``_text`` for its message."""
    for key in keys:
        value = record.get(key)
        if value is not None and (type(value) is not str or len(value) > limit):
            _text(record, key, where, limit=limit)


_SESSION_SHORT_TEXTS = (
    "series",
    "theme",
    "timezone",
    "language",
    "rights",
    "status",
    "date",
    "start_time",
    "retrieved_at",
    "created_at",
    "updated_at",
    "deleted_at",
)


def check_session_record(record: Any, known_orgs: set[str] | None) -> None:
    """The types of every field of one session record, and what its indexes refer to."""
    if not isinstance(record, dict):
        raise ValidationError(_t("a session record must be an object"))
    where = _t("the session")
    _text(record, "title", where, required=True)
    _plain_texts(record, _SESSION_SHORT_TEXTS, where, MAX_SHORT_TEXT)
    _plain_texts(record, ("source_url", "summary", "notes"), where, MAX_LONG_TEXT)
    _number(record, "duration_minutes", where)
    check_timezone(record.get("timezone"))
    _texts(record, "tags", where)
    for index, link in enumerate(_objects(record, "links", where), start=1):
        at = _t("link {index}").format(index=index)
        _plain_texts(link, ("kind", "label"), at, MAX_SHORT_TEXT)
        _plain_texts(link, ("url",), at, MAX_LONG_TEXT)
    appearances = _objects(record, "appearances", where)
    for index, app in enumerate(appearances, start=1):
        at = _t("appearance {index}").format(index=index)
        _plain_texts(app, ("person", "organisation", "role", "position"), at, MAX_SHORT_TEXT)
        _plain_texts(app, ("contribution",), at, MAX_LONG_TEXT)
        organisation = app.get("organisation")
        if known_orgs is not None and organisation is not None and organisation not in known_orgs:
            raise ValidationError(
                _t("{at} refers to an unknown organisation {app!r}").format(
                    at=at, app=app["organisation"]
                )
            )
    recordings = _objects(record, "recordings", where)
    for index, rec in enumerate(recordings, start=1):
        at = _t("recording {index}").format(index=index)
        _check_file(rec, at)
        for key in ("container", "video_codec", "audio_codec"):
            _text(rec, key, at)
        _text(rec, "probe_warning", at, limit=MAX_LONG_TEXT)
        for key in ("duration_ms", "width", "height", "resume_ms"):
            _number(rec, key, at)
        _flag(rec, "watched", at)
        for index, chapter in enumerate(_objects(rec, "chapters", at), start=1):
            c = _t("{at}, chapter {index}").format(at=at, index=index)
            _number(chapter, "start_ms", c, required=True)
            _number(chapter, "end_ms", c)
            _text(chapter, "title", c)
            _index(chapter, "appearance", c, len(appearances))
        for index, note in enumerate(_objects(rec, "notes", at), start=1):
            n = _t("{at}, note {index}").format(at=at, index=index)
            _number(note, "at_ms", n, required=True)
            _text(note, "text", n, limit=MAX_LONG_TEXT)
            _text(note, "created_at", n)
        for index, track in enumerate(_objects(rec, "subtitles", at), start=1):
            t = _t("{at}, subtitles {index}").format(at=at, index=index)
            for key in ("original_name", "stored_path"):
                _text(track, key, t, required=True)
            for key in ("sha256", "language", "label"):
                _text(track, key, t)
            parse_machine(track.get("machine"), t)
            for cue_number, cue in enumerate(_items(track, "cues", t), start=1):
                ok = (
                    isinstance(cue, list)
                    and len(cue) == 3
                    and all(isinstance(x, int) and not isinstance(x, bool) for x in cue[:2])
                    and isinstance(cue[2], str)
                )
                if not ok:
                    raise ValidationError(
                        _t("{t}: cue {cue_number} must be [start_ms, end_ms, text]").format(
                            t=t, cue_number=cue_number
                        )
                    )
    for index, mat in enumerate(_objects(record, "materials", where), start=1):
        at = _t("material {index}").format(index=index)
        _check_file(mat, at)
        for key in ("title", "kind"):
            _text(mat, key, at)
        _text(mat, "extraction_warning", at, limit=MAX_LONG_TEXT)
        for key in ("page_count", "shown_at_ms"):
            _number(mat, key, at)
        _index(mat, "appearance", at, len(appearances))
        _index(mat, "recording", at, len(recordings))
        _texts(mat, "pages", at, limit=MAX_LONG_TEXT)


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


def exchange_session(
    record: Any, people: dict[str, dict[str, Any]], known_orgs: set[str] | None = None
) -> ExchangeSession:
    """Check one session record; ValidationError says what is wrong with it."""
    check_session_record(record, known_orgs)
    if not isinstance(record, dict):
        raise ValidationError(_t("a session record must be an object"))
    title = str(record.get("title") or "").strip()
    if not title:
        raise ValidationError(_t("a session needs a title"))
    speakers: list[m.SpeakerDraft] = []
    person_keys: list[str] = []
    org_keys: list[str | None] = []
    for i, app in enumerate(record.get("appearances") or []):
        key = app.get("person") if isinstance(app, dict) else None
        if key not in people:
            raise ValidationError(
                _t("appearance {value} refers to an unknown person {key!r}").format(
                    value=i + 1, key=key
                )
            )
        person_keys.append(key)
        org_keys.append(app.get("organisation"))
        speakers.append(
            m.SpeakerDraft(
                name=str(people[key].get("display_name") or ""),
                role=enum_value(m.AppearanceRole, app.get("role", "speaker"), "role"),
                position=app.get("position"),
                contribution=app.get("contribution") or "",
            )
        )
    links = []
    for link in record.get("links") or []:
        links.append(
            m.LinkDraft(
                enum_value(m.LinkKind, link.get("kind", "other"), "link kind"),
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
        status=enum_value(m.SessionStatus, record.get("status", "draft"), "status"),
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
        raise ValidationError(_t("a file entry needs original_name and stored_path"))
    sha = entry.get("sha256")
    if sha not in (None, "") and not is_sha256(sha):
        raise ValidationError(
            _t("{name}: sha256 {sha!r} is not 64 lowercase hex digits").format(name=name, sha=sha)
        )
    if entry.get("linked") and PurePosixPath(stored).is_absolute() and "\x00" not in stored:
        return
    problem = relative_path_problem(stored)
    if problem is not None:
        raise ValidationError(
            _t("{name}: stored_path {stored!r} {problem}; not imported").format(
                name=name, stored=stored, problem=problem
            )
        )


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
