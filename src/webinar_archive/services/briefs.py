"""Use cases of PDF briefs: one session, a selection or a series, with options kept per library."""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..domain import model as m
from ..domain.errors import FileStoreError, ValidationError
from ..domain.files import is_sha256
from ..domain.messages import _t
from ..domain.overview import Overview
from ..domain.progress import ReportProgress
from ..domain.speakers import SpokenQuote, first_quotes, quote_wanted
from ..export.options import BriefOptions
from ..storage.catalogue import Catalogue

log = logging.getLogger(__name__)

OPTIONS_KEY = "brief.options"
Warn = Callable[[str], None]
"""Receives what the user should know about a finished brief (characters printed as boxes)."""


@contextlib.contextmanager
def _reporting_missing_glyphs(warn: Warn | None) -> Iterator[None]:
    from ..export.fonts import collect_missing_glyphs, missing_glyphs_message

    with collect_missing_glyphs() as missing:
        yield
    if missing:
        (warn or log.warning)(missing_glyphs_message(missing))


class BriefService:
    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def options(self) -> BriefOptions:
        with self._cat.uow() as uow:
            stored = uow.settings.get_setting(OPTIONS_KEY)
        if not isinstance(stored, dict):
            return BriefOptions()
        try:
            return BriefOptions.from_dict(stored)
        except ValidationError as exc:
            log.warning("stored brief options ignored: %s", exc)
            return BriefOptions()

    def set_options(self, options: BriefOptions) -> None:
        with self._cat.uow() as uow:
            uow.settings.set_setting(OPTIONS_KEY, options.to_dict())
            uow.commit()

    def series_session_ids(self, series_name: str) -> tuple[str, list[int]]:
        """The series' own name and its live sessions (named accents and case aside), oldest
        first."""
        from ..domain.text import fold

        matches = [s for s in self._series() if fold(s.name) == fold(series_name)]
        if not matches:
            known = ", ".join(s.name for s in self._series()[:10]) or "none yet"
            raise ValidationError(
                _t("No series named {series_name!r} (known: {known}).").format(
                    series_name=series_name, known=known
                )
            )
        with self._cat.uow() as uow:
            ids = uow.query.session_ids(
                m.SessionFilter(series_id=matches[0].id), m.SortKey.DATE, descending=False
            )
        return matches[0].name, ids

    def booklet_title(self, session_ids: Sequence[int], language: str = "en") -> str:
        """The booklet's default title: the series all the sessions share, else their years
        ("Sessions, 2020–2024" in ``language``)."""
        from ..export.options import booklet_title

        with self._cat.uow() as uow:
            return booklet_title(uow.query.session_rows(session_ids), language)

    def _series(self) -> list[m.Series]:
        with self._cat.uow() as uow:
            return uow.query.series_counts()

    def _sessions(self, ids: Sequence[int]) -> Iterator[m.Session]:
        # One at a time, so a long booklet never holds the whole selection's rows at once.
        for session_id in ids:
            with self._cat.uow() as uow:
                yield uow.sessions.get_session(session_id)

    def brief(
        self,
        session_id: int,
        target: Path,
        options: BriefOptions | None = None,
        *,
        warn: Warn | None = None,
    ) -> int:
        """Write one session's brief to ``target``; returns its page count. ``warn`` (else the
        log) hears about characters no installed font could draw."""
        from ..export.brief import render_brief

        with self._cat.uow() as uow:
            session = uow.sessions.get_session(session_id)
        opts = options or self.options()
        picture = self.picture_for(session) if opts.includes("picture") else None
        target.parent.mkdir(parents=True, exist_ok=True)
        quotes = self.quotes_for(session) if opts.includes("contributions") else {}
        with _reporting_missing_glyphs(warn):
            return render_brief(session, target, opts, picture=picture, quotes=quotes)

    def booklet(
        self,
        session_ids: Sequence[int],
        target: Path,
        *,
        title: str,
        options: BriefOptions | None = None,
        progress: ReportProgress | None = None,
        warn: Warn | None = None,
        overview_of_series: str | None = None,
    ) -> int:
        """Cover, contents and one brief per session in one PDF; returns the page count.
        ``overview_of_series`` (a series name) adds a page of its charts after the cover."""
        from ..export.booklet import render_booklet

        if not session_ids:
            raise ValidationError(_t("No session to put in the booklet."))
        self._check_ids(session_ids)
        opts = options or self.options()
        target.parent.mkdir(parents=True, exist_ok=True)
        with _reporting_missing_glyphs(warn):
            return render_booklet(
                self._sessions(session_ids),
                target,
                opts,
                title=title,
                progress=progress,
                pictures=self.picture_for if opts.includes("picture") else None,
                overview=self._overview(overview_of_series),
                quotes=self.quotes_for if opts.includes("contributions") else None,
            )

    def _overview(self, series_name: str | None) -> Overview | None:
        if series_name is None:
            return None
        from ..domain.text import fold

        matches = [s for s in self._series() if fold(s.name) == fold(series_name)]
        if not matches:
            raise ValidationError(
                _t("No series named {series_name!r} for the overview page.").format(
                    series_name=series_name
                )
            )
        with self._cat.uow() as uow:
            return uow.overview.overview(matches[0].id)

    def folder(
        self,
        session_ids: Sequence[int],
        folder: Path,
        *,
        options: BriefOptions | None = None,
        progress: ReportProgress | None = None,
        warn: Warn | None = None,
    ) -> list[Path]:
        """One PDF per session in ``folder``, named from date and title."""
        from ..export.booklet import render_many

        self._check_ids(session_ids)
        opts = options or self.options()
        with _reporting_missing_glyphs(warn):
            return render_many(
                self._sessions(session_ids),
                folder,
                opts,
                progress,
                pictures=self.picture_for if opts.includes("picture") else None,
                quotes=self.quotes_for if opts.includes("contributions") else None,
            )

    def _check_ids(self, session_ids: Sequence[int]) -> None:
        with self._cat.uow() as uow:
            for session_id in session_ids:
                uow.sessions.session_version(session_id)  # NotFoundError names a bad id up front

    def quotes_for(self, session: m.Session) -> dict[int, SpokenQuote]:
        """What each speaker the summary says nothing of said first in the transcripts the
        player shows (by appearance id); none for a speaker without a chapter of their own."""
        wanted = [a.id for a in session.appearances if quote_wanted(session.summary, a)]
        if not wanted or not session.recordings:
            return {}
        ids = [r.id for r in session.recordings]
        with self._cat.uow() as uow:
            spans = uow.parts.speaker_spans(ids)
            said = [(rid, uow.parts.cues(rid), spans[rid]) for rid in ids if spans[rid]]
        return first_quotes(said, wanted)

    def picture_for(self, session: m.Session) -> Path | None:
        """A picture for the brief: an attached image (a video snapshot), else page 1 of the
        first PDF rendered with poppler when it is installed."""
        for material in session.materials:
            if material.kind is m.MaterialKind.IMAGE and material.media_type in (
                "image/png",
                "image/jpeg",
            ):
                path = self._stored(material)
                if path is not None and path.is_file():
                    return path
        for material in session.materials:
            if material.kind is m.MaterialKind.PDF:
                return self._first_page_png(material)
        return None

    def _stored(self, material: m.Material) -> Path | None:
        """The material's file, or None when its path leads out of the library (no picture)."""
        try:
            return self._cat.files.resolve(material.stored_path)
        except FileStoreError as exc:
            log.warning("%s", exc)
            return None

    def _first_page_png(self, material: m.Material) -> Path | None:
        tool = shutil.which("pdftoppm")
        source = self._stored(material)
        # The hash names the cached picture: only a real one may.
        if tool is None or source is None or not source.is_file() or not is_sha256(material.sha256):
            return None
        cache = self._cat.root / "cache" / "previews"
        target = cache / f"{material.sha256}-p1.png"
        if target.is_file():
            return target
        cache.mkdir(parents=True, exist_ok=True)
        stem = cache / f".{material.sha256}-p1"
        try:
            subprocess.run(
                [
                    tool,
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(source),
                    str(stem),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            # A damaged document simply has no thumbnail in the brief; the details are for
            # --debug (the command line of the renderer means nothing to a reader).
            log.debug("no preview of %s: %s", material.original_name, exc)
            return None
        produced = stem.with_name(stem.name + ".png")
        if not produced.is_file():
            return None
        produced.replace(target)
        return target
