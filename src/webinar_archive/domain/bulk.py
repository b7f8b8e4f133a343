"""Bulk edits: one change applied to many sessions, checked before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import ValidationError
from .messages import _mark, _t, number
from .text import abbreviate, clean_line, clean_text, fold
from .time import check_timezone
from .vocabulary import AppearanceRole, SessionStatus

# A date shift is for a batch imported with the wrong day, month or year: more than a century
# is a typo (and "+100000" would overflow the date type long before it means anything).
MAX_SHIFT_DAYS = 36_500

# The scalar columns a bulk edit may set, in the order the dialog and the preview show them.
SCALAR_FIELDS = ("series", "theme", "language", "status", "rights", "timezone")


@dataclass(frozen=True, slots=True)
class TextReplace:
    """Replace ``old`` by ``new`` in a text: plain (case-sensitive) or a regular expression
    (``new`` may then use ``\\1`` or ``\\g<name>``)."""

    old: str
    new: str
    regex: bool = False

    def pattern(self, what: str) -> re.Pattern[str]:
        """The compiled search; a ValidationError that says what is wrong with it."""
        if not self.old:
            raise ValidationError(
                _t("The text to replace in the {what} is empty: give what to find.").format(
                    what=what
                )
            )
        if not self.regex:
            return re.compile(re.escape(self.old))
        try:
            compiled = re.compile(self.old)
        except re.error as exc:
            raise ValidationError(
                _t(
                    "The regular expression for the {what}, {old!r}, is not valid: {exc}. "
                    "Correct it, or leave 'regular expression' off to replace the text as "
                    "written."
                ).format(what=what, old=self.old, exc=exc)
            ) from None
        try:
            compiled.sub(self.new, "")  # a bad group reference in the replacement shows here
        except (re.error, IndexError) as exc:
            raise ValidationError(
                _t("The replacement for the {what}, {new!r}, is not valid: {exc}.").format(
                    what=what, new=self.new, exc=exc
                )
            ) from None
        return compiled

    def apply(self, pattern: re.Pattern[str], text: str) -> str:
        if self.regex:
            return pattern.sub(self.new, text)
        return pattern.sub(lambda _m: self.new, text)


@dataclass(frozen=True, slots=True)
class AddedSpeaker:
    """A person (with an organisation, optionally) added to every session of a bulk edit."""

    name: str
    organisation: str | None = None
    role: AppearanceRole = AppearanceRole.SPEAKER


@dataclass(frozen=True, slots=True)
class BulkEdit:
    """What to change on every session of a selection. ``None`` (or empty) leaves a field as it
    is; an empty string clears series, theme, language, rights or time zone."""

    series: str | None = None
    theme: str | None = None
    language: str | None = None
    status: SessionStatus | None = None
    rights: str | None = None
    timezone: str | None = None
    shift_days: int = 0
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    add_speakers: tuple[AddedSpeaker, ...] = ()
    title: TextReplace | None = None
    summary: TextReplace | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            any(getattr(self, name) is not None for name in SCALAR_FIELDS)
            or self.shift_days
            or self.add_tags
            or self.remove_tags
            or self.add_speakers
            or self.title is not None
            or self.summary is not None
        )

    def checked(self) -> CheckedEdit:
        """The edit validated and normalised; a ValidationError (before anything changes) for
        an invalid regular expression, a date shift out of range, an unknown time zone..."""
        if self.is_empty:
            raise ValidationError(
                _t(
                    "Nothing to change: give a field to set, a tag to add or remove, a "
                    "speaker to add, a date shift or a text to replace."
                )
            )
        if not -MAX_SHIFT_DAYS <= self.shift_days <= MAX_SHIFT_DAYS:
            raise ValidationError(
                _t(
                    "A date shift of {shift_days} days is out of range: shift by at most "
                    "{limit} days either way."
                ).format(
                    shift_days=number(self.shift_days, signed=True),
                    limit=number(MAX_SHIFT_DAYS),
                )
            )
        values: dict[str, Any] = {}
        for name in SCALAR_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            if name == "status":
                values[name] = SessionStatus(value).value
            elif name == "timezone":
                values[name] = check_timezone(value)
            elif name == "rights":
                values[name] = clean_text(value).strip() or None
            else:
                values[name] = " ".join(clean_line(value).split()) or None
        add = _tag_names(self.add_tags)
        remove = _tag_names(self.remove_tags)
        removed = {fold(t) for t in remove}
        both = [t for t in add if fold(t) in removed]
        if both:
            raise ValidationError(
                _t("The tag {both!r} is both added and removed: choose one.").format(both=both[0])
            )
        speakers = []
        for sp in self.add_speakers:
            name = " ".join(clean_line(sp.name).split())
            if not name:
                raise ValidationError(_t("A speaker to add needs a name."))
            org = " ".join(clean_line(sp.organisation or "").split()) or None
            speakers.append(AddedSpeaker(name, org, AppearanceRole(sp.role)))
        return CheckedEdit(
            edit=self,
            values=values,
            shift=dt.timedelta(days=self.shift_days),
            add_tags=add,
            remove_tags=remove,
            add_speakers=tuple(speakers),
            title=(self.title, self.title.pattern(_t("title"))) if self.title else None,
            summary=(self.summary, self.summary.pattern(_t("summary"))) if self.summary else None,
        )


def _tag_names(names: tuple[str, ...]) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for raw in names:
        name = " ".join(clean_line(raw).split())
        if name:
            kept.setdefault(fold(name), name)
    return tuple(kept.values())


@dataclass(frozen=True, slots=True)
class CheckedEdit:
    """A validated ``BulkEdit``: what storage applies, session by session."""

    edit: BulkEdit
    values: dict[str, Any]
    shift: dt.timedelta
    add_tags: tuple[str, ...]
    remove_tags: tuple[str, ...]
    add_speakers: tuple[AddedSpeaker, ...]
    title: tuple[TextReplace, re.Pattern[str]] | None
    summary: tuple[TextReplace, re.Pattern[str]] | None

    def new_title(self, session_id: int, title: str) -> str:
        """The title after the replacement; a ValidationError when it would be empty."""
        if self.title is None:
            return title
        replace, pattern = self.title
        new = " ".join(clean_line(replace.apply(pattern, title)).split())
        if not new:
            raise ValidationError(
                _t(
                    "The replacement would leave the title of session {session_id} "
                    "({title!r}) empty; a session needs a title. Change what is "
                    "replaced, or leave that session out."
                ).format(session_id=session_id, title=abbreviate(title, 60))
            )
        return new

    def new_summary(self, summary: str) -> str:
        if self.summary is None:
            return summary
        replace, pattern = self.summary
        return clean_text(replace.apply(pattern, summary))

    def new_date(self, session_id: int, date: dt.date | None) -> dt.date | None:
        if date is None or not self.shift:
            return date
        try:
            return date + self.shift
        except OverflowError:
            raise ValidationError(
                _t(
                    "Shifting the date of session {session_id} ({date}) by {days} "
                    "days leaves the calendar (years 1 to 9999)."
                ).format(
                    session_id=session_id,
                    date=date.isoformat(),
                    days=number(self.shift.days, signed=True),
                )
            ) from None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One change a bulk edit makes to one session, for the preview and ``--dry-run``."""

    session_id: int
    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class BulkPreview:
    """What a bulk edit would do: how many sessions change, and the first changes."""

    selected: int
    affected: int
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class BulkUndo:
    """Everything needed to take a bulk edit back, as plain values.

    ``before``: per column, the value each changed session had; ``tags_added`` and
    ``tags_removed``: tag id -> the sessions it was added to (removed from);
    ``appearances_added``: the new appearance rows; ``versions``: each changed session's version
    right after the edit (undo refuses a session someone changed since).
    """

    label: str
    before: dict[str, dict[int, Any]] = field(default_factory=dict)
    tags_added: dict[int, tuple[int, ...]] = field(default_factory=dict)
    tags_removed: dict[int, tuple[int, ...]] = field(default_factory=dict)
    appearances_added: tuple[int, ...] = ()
    created: dict[str, tuple[int, ...]] = field(default_factory=dict)  # new tags, people...
    versions: dict[int, int] = field(default_factory=dict)

    @property
    def session_ids(self) -> list[int]:
        return sorted(self.versions)

    @property
    def count(self) -> int:
        return len(self.versions)


# What setting or clearing each field is called in a label, whole words per field.
_FIELD_LABELS = {
    "series": (_mark("set series"), _mark("clear series")),
    "theme": (_mark("set theme"), _mark("clear theme")),
    "language": (_mark("set language"), _mark("clear language")),
    "status": (_mark("set status"), _mark("clear status")),
    "rights": (_mark("set rights"), _mark("clear rights")),
    "timezone": (_mark("set time zone"), _mark("clear time zone")),
}


def describe(edit: BulkEdit) -> str:
    """A short label for an undo step or a task: 'Add tag "x"', 'Set series'... (in the
    user's language: it is kept with the undo step as it was said)."""
    parts: list[str] = []
    for name in SCALAR_FIELDS:
        value = getattr(edit, name)
        if value is not None:
            set_label, clear_label = _FIELD_LABELS[name]
            parts.append(_t(set_label) if value else _t(clear_label))
    if edit.shift_days:
        parts.append(_t("shift dates {days:+d} days").format(days=edit.shift_days))
    if edit.add_tags:
        tags = ", ".join(f"“{t}”" for t in edit.add_tags)
        parts.append(_t("add tag {tags}").format(tags=tags))
    if edit.remove_tags:
        tags = ", ".join(f"“{t}”" for t in edit.remove_tags)
        parts.append(_t("remove tag {tags}").format(tags=tags))
    if edit.add_speakers:
        names = ", ".join(s.name for s in edit.add_speakers)
        parts.append(_t("add {names}").format(names=names))
    if edit.title is not None:
        parts.append(_t("replace in titles"))
    if edit.summary is not None:
        parts.append(_t("replace in summaries"))
    text = "; ".join(parts) or _t("no change")
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class SharedValues:
    """What a selection has in common, for the bulk edit dialog: per field the value every
    session has (None: none has one), or the field is in ``various``; the tags every session
    has and those only some have."""

    count: int
    values: dict[str, str | None]
    various: frozenset[str]
    tags_all: tuple[str, ...] = ()
    tags_some: tuple[str, ...] = ()
