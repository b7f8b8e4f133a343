"""What a brief looks like and is called; no reportlab here, so callers import it at the top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from webinar_archive.domain.errors import ValidationError
from webinar_archive.domain.text import slugify

from ..domain.messages import _t
from .languages import BRIEF_LANGUAGES, N_, PAPERS

if TYPE_CHECKING:
    from webinar_archive.domain.model import Session

SECTIONS: tuple[str, ...] = (
    "picture",
    "speakers",
    "summary",
    "contributions",
    "materials",
    "recording",
    "chapters",
    "notes",
    "links",
)
"""Every section a brief knows, in the default order."""

SECTION_TITLES: dict[str, str] = {
    "picture": N_("Picture"),
    "speakers": N_("Speakers"),
    "summary": N_("Summary"),
    "contributions": N_("Contributions"),
    "materials": N_("Materials"),
    "recording": N_("Recording"),
    "chapters": N_("Chapters"),
    "notes": N_("Notes"),
    "links": N_("Links"),
}


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """How briefs look; stored per library as JSON through :meth:`to_dict`/:meth:`from_dict`."""

    paper: str = "A4"
    sections: tuple[str, ...] = SECTIONS
    qr_codes: bool = True
    archive_name: str = "Webinar Archive"
    logo: Path | None = None
    # Not stored with the library's options: each brief is written in the language asked for,
    # by default the app's (services.language.app_language).
    language: str = "en"

    def __post_init__(self) -> None:
        if self.language not in BRIEF_LANGUAGES:
            raise ValidationError(
                _t("Briefs are written in {names}, not {language!r}.").format(
                    names=" or ".join(BRIEF_LANGUAGES), language=self.language
                )
            )
        if self.paper not in PAPERS:
            raise ValidationError(
                _t("Unknown paper size {paper!r}; use one of {names}.").format(
                    paper=self.paper, names=", ".join(PAPERS)
                )
            )
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValidationError(
                _t("Unknown brief section(s): {names}.").format(names=", ".join(unknown))
            )
        if len(set(self.sections)) != len(self.sections):
            raise ValidationError(_t("A brief section is listed twice."))

    def includes(self, section: str) -> bool:
        return section in self.sections

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "paper": self.paper,
            "sections": list(self.sections),
            "qr_codes": self.qr_codes,
            "archive_name": self.archive_name,
            "logo": str(self.logo) if self.logo is not None else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BriefOptions:
        """Options from stored JSON; missing keys take defaults, sections this version does not
        know (written by a newer one) are dropped rather than refused."""
        default = cls()
        sections = data.get("sections", default.sections)
        paper = data.get("paper", default.paper)
        archive_name = data.get("archive_name", default.archive_name)
        logo = data.get("logo")
        qr_codes = data.get("qr_codes", default.qr_codes)
        if not isinstance(sections, list | tuple) or not all(isinstance(s, str) for s in sections):
            raise ValidationError(_t("Brief options: 'sections' must be a list of names."))
        if not isinstance(paper, str) or not isinstance(archive_name, str):
            raise ValidationError(_t("Brief options: 'paper' and 'archive_name' must be text."))
        if logo is not None and not isinstance(logo, str):
            raise ValidationError(_t("Brief options: 'logo' must be a path or null."))
        return cls(
            paper=paper,
            sections=tuple(dict.fromkeys(s for s in sections if s in SECTIONS)),
            qr_codes=bool(qr_codes),
            archive_name=archive_name,
            logo=Path(logo) if logo else None,
        )


def brief_filename(session: Session) -> str:
    """``2020-09-11_s3-international-and-territorial-cooperation.pdf`` (``undated_`` if no date)."""
    prefix = session.date.isoformat() if session.date else "undated"
    return f"{prefix}_{slugify(session.title)}.pdf"


class Dated(Protocol):
    """What a booklet's title and order need of a session (a Session or a table row)."""

    @property
    def series(self) -> str | None: ...

    @property
    def date(self) -> dt.date | None: ...


_D = TypeVar("_D", bound=Dated)


def booklet_title(sessions: Iterable[Dated], language: str = "en") -> str:
    """The title a booklet gets unless the user names it: the series when every session
    belongs to the same one, else "Sessions, 2020–2024" from their years, in ``language``."""
    from .brief_text import brief_text  # Babel only when a title is made, not at import

    items = list(sessions)
    names = {s.series for s in items}
    if len(names) == 1 and (name := names.pop()):
        return name
    words = brief_text(language)
    years = sorted({s.date.year for s in items if s.date is not None})
    if not years:
        return words.gettext("Sessions")
    if years[0] == years[-1]:
        return words.gettext("Sessions, {year}").format(year=years[0])
    return words.gettext("Sessions, {first}–{last}").format(first=years[0], last=years[-1])


def chronological(sessions: Iterable[_D]) -> list[_D]:
    """Sessions oldest first, undated ones last; the order given decides between equals."""
    return sorted(sessions, key=lambda s: (s.date is None, s.date or dt.date.min))
