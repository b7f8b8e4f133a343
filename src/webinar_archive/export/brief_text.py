"""The words a brief prints in its language: fixed text from the brief catalogue (gettext), dates,
numbers, durations and sizes from the locale's own data (Babel)."""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_date
from babel.numbers import format_decimal
from babel.units import format_unit

from ..domain.media_format import FormatWords, recording_format
from ..domain.model import Recording, Session
from ..domain.vocabulary import AppearanceRole, LinkKind, MaterialKind
from ..resources import gettext_catalogue
from .languages import BRIEF_LANGUAGES, LOCALES, N_

CATALOGUE_DOMAIN = "brief"
"""``resources/locale/<language>/LC_MESSAGES/brief.po``, compiled to ``brief.mo`` by the build."""


LINK_KIND_LABELS: dict[LinkKind, str] = {
    LinkKind.RECORDING: N_("Recording"),
    LinkKind.PRESENTATIONS: N_("Presentation"),
    LinkKind.AGENDA: N_("Agenda"),
    LinkKind.MORE_INFO: N_("More information"),
    LinkKind.OTHER: N_("Link"),
}

ROLE_LABELS: dict[AppearanceRole, str] = {
    AppearanceRole.SPEAKER: N_("Speaker"),
    AppearanceRole.MODERATOR: N_("Moderator"),
    AppearanceRole.OPENING: N_("Opening"),
    AppearanceRole.CLOSING: N_("Closing"),
    AppearanceRole.PANELLIST: N_("Panellist"),
    AppearanceRole.DISCUSSANT: N_("Discussant"),
    AppearanceRole.CHAIR: N_("Chair"),
    AppearanceRole.KEYNOTE: N_("Keynote"),
}

MATERIAL_KIND_LABELS: dict[MaterialKind, str] = {
    MaterialKind.PDF: N_("PDF"),
    MaterialKind.SLIDES: N_("slides"),
    MaterialKind.DOCUMENT: N_("document"),
    MaterialKind.IMAGE: N_("image"),
    MaterialKind.SUBTITLES: N_("subtitles"),
    MaterialKind.OTHER: N_("other"),
}


def _catalogue(language: str) -> gettext.NullTranslations:
    """The brief catalogue of ``language`` (none for English, the source language)."""
    if language == "en":
        return gettext.NullTranslations()
    return gettext_catalogue(CATALOGUE_DOMAIN, language)


@dataclass(frozen=True, slots=True)
class BriefText:
    """Everything worded in one language: :meth:`gettext`, :meth:`ngettext` and :meth:`pgettext`
    for the fixed text (the names Babel's extractor looks for), the rest by the locale."""

    language: str
    locale: Locale
    catalogue: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalogue.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` where the same English word needs another one in a translation."""
        return self.catalogue.pgettext(context, message)

    # -- dates and times -----------------------------------------------------------------------

    def date(self, date: dt.date) -> str:
        """``"Friday, 11 September 2020"``, ``"piątek, 11 września 2020"``."""
        return str(babel_date(date, "full", locale=self.locale))

    def short_date(self, date: dt.date) -> str:
        """``"11 September 2020"``, ``"11 września 2020"``."""
        return str(babel_date(date, "long", locale=self.locale))

    def month(self, date: dt.date) -> str:
        """``"September 2020"``, ``"wrzesień 2020"`` (the month as a name, not in a date)."""
        return str(babel_date(date, "LLLL y", locale=self.locale))

    def start(self, session: Session) -> str | None:
        """``"10:00 (Europe/Brussels, UTC+02:00)"``; the offset only when the zone is known."""
        if session.start_time is None:
            return None
        text = session.start_time.strftime("%H:%M")
        if not session.timezone:
            return text
        offset = None
        if session.date is not None:
            try:
                moment = dt.datetime.combine(
                    session.date, session.start_time, tzinfo=ZoneInfo(session.timezone)
                )
                raw = moment.strftime("%z")
                offset = f"UTC{raw[:3]}:{raw[3:]}" if raw else None
            except (ZoneInfoNotFoundError, ValueError, OSError):  # "Europe" is a folder
                offset = None
        zone = f"{session.timezone}, {offset}" if offset else session.timezone
        return f"{text} ({zone})"

    # -- numbers, durations and sizes ----------------------------------------------------------

    def number(self, value: float, pattern: str | None = None) -> str:
        """``1234`` → ``"1,234"`` / ``"1234"``; ``pattern`` as Babel's, e.g. ``"#,##0.#"``."""
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def minutes(self, minutes: int) -> str:
        """``45`` → ``"45 min"`` (the locale's short unit)."""
        return str(format_unit(minutes, "duration-minute", "short", locale=self.locale))

    def duration(self, ms: int) -> str:
        """A total length in words: ``"40 minutes"``, ``"3.5 hours"``, ``"3,5 godziny"``."""
        minutes = round(ms / 60_000)
        if minutes < 60:
            return str(format_unit(minutes, "duration-minute", "long", locale=self.locale))
        hours = round(minutes / 60, 1)
        return str(
            format_unit(hours, "duration-hour", "long", format="#,##0.#", locale=self.locale)
        )

    def clock_length(self, ms: int) -> str:
        """A recording's length: ``"55 secs"``, ``"3 min 12 sek."``, ``"1 hr 2 mins"`` (no
        seconds past an hour: nobody reads a talk's length to the second)."""
        seconds = round(ms / 1000)
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        amounts = (
            [(hours, "duration-hour"), (minutes, "duration-minute")]
            if hours
            else [(minutes, "duration-minute"), (seconds, "duration-second")]
        )
        parts = [
            str(format_unit(value, unit, "short", locale=self.locale))
            for value, unit in amounts
            if value
        ]
        return " ".join(parts) or str(
            format_unit(0, "duration-second", "short", locale=self.locale)
        )

    def size(self, size: int) -> str:
        """``1536`` → ``"1.5 KB"`` / ``"1,5 KB"`` (binary multiples, as file managers show
        them); below a kilobyte in words: ``"1 byte"``, ``"22 bajty"``."""
        if size < 1024:
            return str(format_unit(size, "digital-byte", "long", locale=self.locale))
        value = float(size)
        for unit in ("KB", "MB", "GB"):
            value /= 1024
            if value < 1024 or unit == "GB":
                return f"{self.number(value, '#,##0.0')} {unit}"
        raise AssertionError("unreachable")

    # -- names ---------------------------------------------------------------------------------

    def language_name(self, code: str) -> str:
        """``"pl"`` → ``"Polish (pl)"`` / ``"polski (pl)"``; a code the locale does not name
        stays as it is."""
        name = self.locale.languages.get(code.lower().replace("-", "_").split("_")[0])
        return f"{name} ({code})" if name else code

    def link_kind(self, kind: LinkKind) -> str:
        return self.gettext(LINK_KIND_LABELS.get(kind, LINK_KIND_LABELS[LinkKind.OTHER]))

    def role(self, role: AppearanceRole) -> str:
        label = ROLE_LABELS.get(role)
        return self.gettext(label) if label else role.value.capitalize()

    def material_kind(self, kind: MaterialKind) -> str:
        label = MATERIAL_KIND_LABELS.get(kind)
        return self.gettext(label) if label else kind.value

    def recording_format(self, recording: Recording) -> str:
        """``"MP4 video, H.264, 1280×720, 55 s"`` in this language; its media type when
        nothing is known."""
        words = FormatWords(
            named_video=self.gettext("{format} video"),
            named_audio=self.gettext("{format} audio"),
            video=self.gettext("video"),
            audio=self.gettext("audio"),
            no_sound=self.gettext("no sound"),
            length=self.clock_length,
        )
        return recording_format(recording, words=words)


@cache
def brief_text(language: str = "en") -> BriefText:
    """The words of briefs in ``language`` (one of :data:`BRIEF_LANGUAGES`)."""
    if language not in BRIEF_LANGUAGES:
        raise ValueError(f"Briefs are written in {', '.join(BRIEF_LANGUAGES)}, not {language!r}.")
    try:
        locale = Locale.parse(LOCALES[language])
    except UnknownLocaleError as exc:  # Babel's data always holds both; a broken install not
        raise RuntimeError(f"Babel has no locale data for {language}: {exc}") from exc
    return BriefText(language=language, locale=locale, catalogue=_catalogue(language))
