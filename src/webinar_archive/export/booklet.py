"""Many briefs at once: a booklet with cover and contents, or one PDF per session in a folder.

The booklet is laid out in a single reportlab pass. Sessions are fed to the layout one at a
time (:class:`~.document.LazyStory`), so flowables never pile up however long the list is;
contents page numbers and "page N of M" are form XObjects written after the last page, which
makes them exact without laying anything out twice. The alternative - one temporary PDF per
session joined with pypdf - would embed a separate font subset in every brief (tens of KB
each, so a 1,000-session booklet would grow by tens of MB) and still hold the joined
document in pypdf's writer. Finished pages stay in reportlab's document until it is saved,
their content deflated and spooled to disk (:class:`~.document.CompactCanvas`); the benchmark
reports the resulting peak memory.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from webinar_archive.domain.errors import ArchiveError, ValidationError
from webinar_archive.domain.model import Session
from webinar_archive.domain.overview import Overview
from webinar_archive.domain.progress import ReportProgress, step
from webinar_archive.domain.speakers import SpokenQuote

from ..domain.messages import _t, number
from .brief import BriefContext, brief_story, render_brief, styles
from .brief_text import BriefText, brief_text
from .document import (
    BODY_TEMPLATE,
    TOC_NUMBER_WIDTH,
    ArchiveDocTemplate,
    LazyStory,
    Mark,
    anchor_form,
    mark,
)
from .markdown_flow import escape, plain_markup
from .options import BriefOptions, brief_filename, chronological
from .output import atomic_output, output_target
from .overview_page import overview_story

Pictures = Mapping[int, Path] | Callable[[Session], Path | None]
"""Per-session picture: a mapping by session id, or a function of the session."""


Quotes = Callable[[Session], Mapping[int, SpokenQuote]]
"""What the session's speakers said first, for those its summary says nothing of."""


def _quotes_for(session: Session, quotes: Quotes | None) -> Mapping[int, SpokenQuote]:
    return {} if quotes is None else quotes(session)


def _picture_for(session: Session, pictures: Pictures | None) -> Path | None:
    if pictures is None:
        return None
    if callable(pictures):
        return pictures(session)
    return pictures.get(session.id)


class TocEntry(Flowable):  # type: ignore[misc]
    """One contents line: title and date/series, linked to the session, page number right."""

    def __init__(self, doc: ArchiveDocTemplate, session: Session, key: str) -> None:
        super().__init__()
        self.key = key
        doc.anchor_keys.add(key)
        details = [doc.words.date(session.date)] if session.date else []
        if session.series:
            details.append(session.series)
        # A contents line never splits across pages, so an absurdly long title is shortened.
        title = session.title if len(session.title) <= 400 else session.title[:400] + "…"
        markup = plain_markup(title) or escape(doc.words.gettext("Untitled session"))
        if details:
            markup += (
                f'<br/><font size="7.5" color="#5e6a75">{plain_markup(" · ".join(details))}</font>'
            )
        self.para = Paragraph(markup, _toc_style())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, h = self.para.wrap(avail_width - TOC_NUMBER_WIDTH - 4 * mm, avail_height)
        self.height = h + 5
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        self.para.drawOn(canv, 0, 5)
        # The number sits on the baseline of the title's first line.
        baseline = self.height - _toc_style().fontSize - 1
        canv.saveState()
        canv.translate(self.width - TOC_NUMBER_WIDTH, baseline)
        canv.doForm(anchor_form(self.key))
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


@cache
def _toc_style() -> ParagraphStyle:
    return ParagraphStyle("wa-toc", parent=styles().body, fontSize=9.5, leading=12, spaceAfter=0)


COVER_ORGANISATIONS = 30
"""Organisations named on a cover; more are counted ("and 12 more"), so the cover stays one page."""


def _cover_facts(sessions: list[Session], t: BriefText) -> list[str]:
    """The cover's lines under the title: series, period, size of the archive, organisations."""
    lines: list[str] = []
    series = Counter(s.series for s in sessions if s.series)
    if series:
        names = [name for name, _ in series.most_common()]
        lines.append(_fact(t.gettext("Series:"), _listed(names, 6, t)))
    dates = sorted(s.date for s in sessions if s.date is not None)
    if dates:
        first, last = t.month(dates[0]), t.month(dates[-1])
        period = first if first == last else f"{first} – {last}"
        lines.append(_fact(t.gettext("Period:"), escape(period)))
    count = len(sessions)
    size = t.ngettext("{count} session", "{count} sessions", count).format(count=t.number(count))
    recorded_ms = sum(r.duration_ms or 0 for s in sessions for r in s.recordings)
    if recorded_ms:
        size += " · " + t.gettext("{duration} of recordings").format(
            duration=t.duration(recorded_ms)
        )
    lines.append(escape(size))
    organisations = Counter(
        a.organisation_name for s in sessions for a in s.appearances if a.organisation_name
    )
    if organisations:
        ordered = sorted(organisations, key=lambda name: (-organisations[name], name.casefold()))
        lines.append(_fact(t.gettext("Organisations:"), _listed(ordered, COVER_ORGANISATIONS, t)))
    return lines


def _fact(label: str, markup: str) -> str:
    return f"<b>{escape(label)}</b> {markup}"


def _listed(names: list[str], limit: int, t: BriefText) -> str:
    shown = " · ".join(plain_markup(name) for name in names[:limit])
    rest = len(names) - limit
    if rest <= 0:
        return shown
    more = t.ngettext("{names} and {count} more", "{names} and {count} more", rest)
    return more.format(names=shown, count=escape(t.number(rest)))


def _cover(
    doc: ArchiveDocTemplate, title: str, sessions: list[Session], options: BriefOptions
) -> list[Flowable]:
    st = styles()
    big = ParagraphStyle(
        "wa-cover-title",
        parent=st.title,
        fontSize=28,
        leading=34,
        alignment=TA_CENTER,
        spaceAfter=18,
    )
    facts = ParagraphStyle(
        "wa-cover-facts", parent=st.body, alignment=TA_CENTER, fontSize=12, leading=17, spaceAfter=8
    )
    footer = ParagraphStyle("wa-cover-footer", parent=st.small, alignment=TA_CENTER)
    story: list[Flowable] = [
        Spacer(1, 50 * mm),
        mark(
            Paragraph(plain_markup(title) or escape(doc.words.gettext("Session briefs")), big),
            Mark(header=title),
        ),
    ]
    story.extend(Paragraph(line, facts) for line in _cover_facts(sessions, doc.words))
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(plain_markup(options.archive_name), footer))
    generated = doc.words.gettext("Generated {date}")
    story.append(
        Paragraph(escape(generated.format(date=doc.words.short_date(doc.generated))), footer)
    )
    return story


def render_booklet(
    sessions: Iterable[Session],
    target: Path,
    options: BriefOptions | None = None,
    *,
    title: str,
    progress: ReportProgress | None = None,
    pictures: Pictures | None = None,
    generated: dt.date | None = None,
    overview: Overview | None = None,
    quotes: Quotes | None = None,
) -> int:
    """Write a booklet (cover, ``overview`` as a page of charts when given, contents, then one
    brief per session, each on a new page) to ``target`` and return its page count. The file
    appears only when complete: on an error or when ``progress`` says stop (raising
    ``Cancelled``) nothing is left."""
    options = options or BriefOptions()
    # Always oldest first, whatever order the sessions were selected or listed in.
    items = chronological(sessions)
    total = len(items)
    words = brief_text(options.language)
    with atomic_output(Path(target)) as tmp:
        doc = ArchiveDocTemplate(
            str(tmp),
            paper=options.paper,
            archive_name=options.archive_name,
            generated=generated or dt.date.today(),
            logo=options.logo,
            title=title,
            author=options.archive_name,
            subject=words.ngettext("{count} session brief", "{count} session briefs", total).format(
                count=words.number(total)
            ),
            keywords=sorted({tag for s in items for tag in s.tags}),
            header=title,
            cover=True,
            words=words,
        )
        st = styles()
        head: list[Flowable] = [
            *_cover(doc, title, items, options),
            NextPageTemplate(BODY_TEMPLATE),
            PageBreak(),
        ]
        if overview is not None:
            head += [*overview_story(overview, title, doc.width, words), PageBreak()]
        contents = words.gettext("Contents")
        head.append(
            mark(
                Paragraph(escape(contents), st.section),
                Mark(key="contents", title=contents, level=0, header=title),
            )
        )
        keys = [f"s{index}" for index in range(total)]
        head.extend(TocEntry(doc, s, f"{key}-title") for s, key in zip(items, keys, strict=True))

        def chunks() -> Iterator[list[Flowable]]:
            for index, session in enumerate(items):
                _brief_step(progress, index, total)
                ctx = BriefContext(
                    options=options,
                    width=doc.width,
                    key_prefix=keys[index],
                    level=0,
                    picture=_picture_for(session, pictures),
                    quotes=_quotes_for(session, quotes),
                )
                yield [PageBreak(), *brief_story(session, ctx)]
            _brief_step(progress, total, total)

        story = LazyStory(head, chunks())
        # The layout consumes the story from the front and drops what it has drawn; a second
        # reference to the head would keep every contents line (a Paragraph each) to the end.
        head.clear()
        doc.build(story)
        pages = doc.page_count
    return pages


def unique_filenames(sessions: Iterable[Session]) -> list[str]:
    """:func:`brief_filename` of each session, with ``-2``, ``-3`` ... added on clashes."""
    seen: set[str] = set()
    names: list[str] = []
    for session in sessions:
        name = brief_filename(session)
        stem, suffix = name[: -len(".pdf")], ".pdf"
        number = 1
        while name.casefold() in seen:
            number += 1
            name = f"{stem}-{number}{suffix}"
        seen.add(name.casefold())
        names.append(name)
    return names


def render_many(
    sessions: Iterable[Session],
    folder: Path,
    options: BriefOptions | None = None,
    progress: ReportProgress | None = None,
    *,
    pictures: Pictures | None = None,
    generated: dt.date | None = None,
    quotes: Quotes | None = None,
) -> list[Path]:
    """One brief per session in ``folder`` (created if needed), named by :func:`brief_filename`
    and made unique within the batch; files of the same name from an earlier run are replaced.

    All or nothing: briefs are written as hidden ``.part`` files and renamed only once every
    one is done, so a cancel (``progress`` saying stop raises ``Cancelled``) or an error
    leaves the folder as it was.
    """
    options = options or BriefOptions()
    items = list(sessions)
    total = len(items)
    _make_folder(folder)
    # Each brief goes where a single brief of that name would: through a link, never over a
    # folder or a device of the same name (refused before anything is written).
    finals = [output_target(folder / name) for name in unique_filenames(items)]
    parts = [path.with_name(f".{path.name}.part") for path in finals]
    try:
        for index, session in enumerate(items):
            _brief_step(progress, index, total)
            render_brief(
                session,
                parts[index],
                options,
                picture=_picture_for(session, pictures),
                generated=generated,
                quotes=_quotes_for(session, quotes),
            )
        _brief_step(progress, total, total)
        for part, final in zip(parts, finals, strict=True):
            os.replace(part, final)
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return finals


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            _t("{folder} is not a folder: give a folder for one brief per session.").format(
                folder=folder
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(
            _t("Cannot create the folder {folder}: {value}.").format(
                folder=folder, value=exc.strerror or exc
            )
        ) from exc


def _brief_step(progress: ReportProgress | None, done: int, total: int) -> None:
    # The user's language, not the briefs': it is the window's status line or the terminal's.
    text = (
        _t("Brief {number} of {total}").format(number=number(done + 1), total=number(total))
        if done < total
        else _t("Finishing the PDF…")
    )
    step(progress, text, done, total)
