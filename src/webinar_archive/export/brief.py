"""One-session PDF briefs: options, the section layout and ``render_brief``."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from webinar_archive.domain.chapters import shown_title
from webinar_archive.domain.model import Appearance, Session
from webinar_archive.domain.speakers import SpokenQuote
from webinar_archive.domain.time import format_ms

from .brief_text import LINK_KIND_LABELS, BriefText, brief_text
from .document import Anchor, ArchiveDocTemplate, Mark, mark
from .fonts import FONTS, register_fonts
from .markdown_flow import (
    MarkdownStyles,
    Para,
    escape,
    markdown_flowables,
    paragraphs,
    plain_markup,
    url_markup,
)
from .options import SECTION_TITLES, BriefOptions
from .output import atomic_output
from .qr import QR_MAX_PAYLOAD, QrCode, qr_payload

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------------------------
# Styles


@dataclass(frozen=True, slots=True)
class _Styles:
    body: ParagraphStyle
    series: ParagraphStyle
    title: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    head: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    markdown: MarkdownStyles
    link_color: str = "#1a5fb4"
    accent: colors.Color = field(default_factory=lambda: colors.HexColor("#1f3a5f"))
    zebra: colors.Color = field(default_factory=lambda: colors.HexColor("#f1f4f7"))
    grid: colors.Color = field(default_factory=lambda: colors.HexColor("#c3cad1"))


@cache
def styles() -> _Styles:
    fonts = register_fonts()
    body = ParagraphStyle(
        "wa-body", fontName=fonts.regular, fontSize=9.5, leading=13.2, spaceAfter=4
    )
    accent = "#1f3a5f"
    section = ParagraphStyle(
        "wa-section",
        parent=body,
        fontName=fonts.bold,
        fontSize=12,
        leading=15,
        spaceBefore=10,
        spaceAfter=5,
        textColor=accent,
    )
    cell = ParagraphStyle("wa-cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    return _Styles(
        body=body,
        series=ParagraphStyle(
            "wa-series", parent=body, fontSize=10, leading=13, textColor="#5e6a75", spaceAfter=2
        ),
        title=ParagraphStyle(
            "wa-title",
            parent=body,
            fontName=fonts.bold,
            fontSize=19,
            leading=23,
            spaceAfter=8,
            textColor=accent,
        ),
        section=section,
        subsection=ParagraphStyle(
            "wa-subsection",
            parent=section,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            textColor="#333333",
        ),
        label=ParagraphStyle("wa-label", parent=cell, textColor="#5e6a75"),
        cell=cell,
        cell_bold=ParagraphStyle("wa-cell-bold", parent=cell, fontName=fonts.bold),
        cell_small=ParagraphStyle(
            "wa-cell-small", parent=cell, fontSize=7.5, leading=9.5, textColor="#5e6a75"
        ),
        head=ParagraphStyle(
            "wa-head", parent=cell, fontName=fonts.bold, textColor=colors.white, fontSize=8
        ),
        small=ParagraphStyle(
            "wa-small", parent=body, fontSize=7.5, leading=10, textColor="#5e6a75"
        ),
        caption=ParagraphStyle(
            "wa-caption", parent=body, fontSize=7.5, leading=10, alignment=TA_CENTER
        ),
        markdown=MarkdownStyles(
            body=body,
            heading=ParagraphStyle(
                "wa-md-heading", parent=body, fontName=fonts.bold, fontSize=10, keepWithNext=1
            ),
            code=ParagraphStyle(
                "wa-md-code", parent=body, fontName=fonts.mono, fontSize=8.5, leading=11
            ),
            mono_font=fonts.mono,
        ),
    )


# ----------------------------------------------------------------------------------------------
# The story


@dataclass(slots=True)
class BriefContext:
    """Per-document state while building one session's flowables."""

    options: BriefOptions
    width: float
    key_prefix: str = "b"
    level: int = 0  # outline level of the session title; sections go one below
    picture: Path | None = None
    # What speakers nobody wrote about said first, by appearance id (``domain.speakers``).
    quotes: Mapping[int, SpokenQuote] = field(default_factory=dict)

    @property
    def words(self) -> BriefText:
        return brief_text(self.options.language)


def _p(markup: str, style: ParagraphStyle) -> Paragraph:
    return Para(markup, style)


def _section(ctx: BriefContext, name: str, title: str | None = None) -> list[Flowable]:
    shown = title or ctx.words.gettext(SECTION_TITLES[name])
    # A page break when little room is left, rather than keepWithNext: that would glue the
    # heading to a whole table and push both to the next page, leaving half a page blank.
    return [
        CondPageBreak(32 * mm),
        mark(
            _p(escape(shown), styles().section),
            Mark(key=f"{ctx.key_prefix}-{name}", title=shown, level=ctx.level + 1),
        ),
    ]


def _table(
    rows: list[list[Any]], widths: list[float], *, header: bool = True, zebra: bool = True
) -> Table:
    st = styles()
    # splitInRow: a cell taller than a page (a pasted essay as organisation name) must break
    # across pages rather than stop the whole document with a LayoutError.
    table = Table(
        rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [
        # Cells are Paragraphs, but a Table still selects its own font (Helvetica by default)
        # for every cell, which would put an unembedded Latin-1 font in the file.
        ("FONTNAME", (0, 0), (-1, -1), FONTS.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.grid),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), st.accent))
    if zebra:
        first = 1 if header else 0
        for row in range(first + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), st.zebra))
    table.setStyle(TableStyle(commands))
    return table


def _title_block(session: Session, ctx: BriefContext) -> list[Flowable]:
    st = styles()
    t = ctx.words
    untitled = t.gettext("Untitled session")
    out: list[Flowable] = [
        Anchor(
            Mark(
                key=f"{ctx.key_prefix}-title",
                title=session.title or untitled,
                level=ctx.level,
                header=session.title,
            )
        )
    ]
    if session.series:
        out.append(_p(plain_markup(session.series), st.series))
    out.append(_p(plain_markup(session.title) or escape(untitled), st.title))
    facts: list[tuple[str, str]] = []
    if session.date is not None:
        facts.append((t.gettext("Date"), escape(t.date(session.date))))
    start = t.start(session)
    if start:
        facts.append((t.gettext("Time"), escape(start)))
    elif session.timezone:
        facts.append((t.gettext("Time zone"), escape(session.timezone)))
    if session.duration_minutes:
        facts.append((t.gettext("Duration"), escape(t.minutes(session.duration_minutes))))
    elif session.recorded_ms:
        # No length typed: how long the recordings last, as the session table and the editor
        # show it, marked so that it is not read as the length of the event itself.
        recorded = t.gettext("{duration} (recording)").format(
            duration=t.clock_length(session.recorded_ms)
        )
        facts.append((t.gettext("Duration"), escape(recorded)))
    if session.theme:
        facts.append((t.gettext("Theme"), plain_markup(session.theme)))
    if session.language:
        facts.append((t.gettext("Language"), escape(t.language_name(session.language))))
    if session.tags:
        facts.append((t.gettext("Tags"), escape(", ".join(session.tags))))
    if facts:
        rows = [[_p(escape(label), st.label), _p(value, st.cell)] for label, value in facts]
        # Wide enough for the longest label in either language ("Strefa czasowa").
        label_width = 28 * mm
        table = Table(
            rows, colWidths=[label_width, ctx.width - label_width], hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONTS.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        out.append(table)
    return out


def _role_text(appearance: Appearance, words: BriefText) -> str:
    role = words.role(appearance.role)
    return f"{role}, {appearance.position}" if appearance.position else role


def _speakers(session: Session, ctx: BriefContext) -> list[Flowable]:
    if not session.appearances:
        return []
    st = styles()
    t = ctx.words
    w = ctx.width
    rows: list[list[Any]] = [
        [
            _p("#", st.head),
            _p(escape(t.gettext("Name")), st.head),
            _p(escape(t.gettext("Organisation")), st.head),
            _p(escape(t.gettext("Role")), st.head),
        ]
    ]
    for number, appearance in enumerate(_ordered(session.appearances), start=1):
        rows.append(
            [
                _p(str(number), st.cell),
                _p(plain_markup(appearance.person_name), st.cell_bold),
                _p(plain_markup(appearance.organisation_name or "–"), st.cell),
                _p(plain_markup(_role_text(appearance, t)), st.cell),
            ]
        )
    table = _table(rows, [8 * mm, w * 0.30, w * 0.36, w * 0.34 - 8 * mm])
    return [*_section(ctx, "speakers"), table]


def _ordered(appearances: tuple[Appearance, ...]) -> list[Appearance]:
    return sorted(appearances, key=lambda a: a.order)


def _summary(session: Session, ctx: BriefContext) -> list[Flowable]:
    flowables = markdown_flowables(session.summary, styles().markdown)
    return [*_section(ctx, "summary"), *flowables] if flowables else []


def _contributions(session: Session, ctx: BriefContext) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for appearance in _ordered(session.appearances):
        quote = ctx.quotes.get(appearance.id)
        if not appearance.contribution.strip() and quote is None:
            continue
        who = f"<b>{plain_markup(appearance.person_name)}</b>"
        if appearance.organisation_name:
            who += f" ({plain_markup(appearance.organisation_name)})"
        if appearance.contribution.strip():
            out.extend(paragraphs(f"{who}: {plain_markup(appearance.contribution)}", st.body))
            continue
        assert quote is not None
        # Marked as the transcript's words, with the minute they were said at.
        t = ctx.words
        said = t.gettext("{who}, in the transcript at {time}:").format(
            who=who, time=format_ms(quote.at_ms)
        )
        words = t.gettext("“{text}”").format(text=escape(quote.text))
        out.extend(paragraphs(f"{said} <i>{words}</i>", st.body))
    return [*_section(ctx, "contributions"), *out] if out else []


def _materials(session: Session, ctx: BriefContext) -> list[Flowable]:
    if not session.materials:
        return []
    st = styles()
    t = ctx.words
    names = {a.id: a.person_name for a in session.appearances}
    rows: list[list[Any]] = [
        [
            _p(escape(t.gettext("Title")), st.head),
            _p(escape(t.gettext("File")), st.head),
            _p(escape(t.gettext("Type")), st.head),
            _p(escape(t.gettext("Pages")), st.head),
            _p(escape(t.gettext("Size")), st.head),
        ]
    ]
    for material in session.materials:
        title = plain_markup(material.title or material.original_name)
        speaker = names.get(material.appearance_id) if material.appearance_id else None
        if speaker:
            title += f'<br/><font size="7.5" color="#5e6a75">{plain_markup(speaker)}</font>'
        rows.append(
            [
                _p(title, st.cell),
                _p(plain_markup(material.original_name), st.cell_small),
                _p(escape(t.material_kind(material.kind)), st.cell),
                _p(escape(t.number(material.page_count)) if material.page_count else "–", st.cell),
                _p(escape(t.size(material.size)), st.cell),
            ]
        )
    w = ctx.width
    table = _table(rows, [w * 0.38, w * 0.30, w * 0.11, w * 0.08, w * 0.13])
    return [*_section(ctx, "materials"), table]


def _recording(session: Session, ctx: BriefContext) -> list[Flowable]:
    if not session.recordings:
        return []
    st = styles()
    t = ctx.words
    rows: list[list[Any]] = [
        [
            _p(escape(t.gettext("File")), st.head),
            _p(escape(t.gettext("Format")), st.head),
            _p(escape(t.gettext("Size")), st.head),
        ]
    ]
    for recording in session.recordings:
        rows.append(
            [
                _p(plain_markup(recording.original_name), st.cell),
                _p(escape(t.recording_format(recording)), st.cell),
                _p(escape(t.size(recording.size)), st.cell),
            ]
        )
    w = ctx.width
    table = _table(rows, [w * 0.44, w * 0.42, w * 0.14])
    several = t.gettext("Recordings") if len(rows) > 2 else None
    return [*_section(ctx, "recording", several), table]


def _chapters(session: Session, ctx: BriefContext) -> list[Flowable]:
    with_chapters = [r for r in session.recordings if r.chapters]
    if not with_chapters:
        return []
    st = styles()
    t = ctx.words
    names = {a.id: a.person_name for a in session.appearances}
    out: list[Flowable] = _section(ctx, "chapters")
    w = ctx.width
    for recording in with_chapters:
        if len(with_chapters) > 1:
            out.append(_p(plain_markup(recording.original_name), st.subsection))
        hours = (recording.duration_ms or 0) >= 3_600_000 or any(
            c.start_ms >= 3_600_000 for c in recording.chapters
        )
        rows: list[list[Any]] = [
            [
                _p(escape(t.pgettext("chapter start", "Time")), st.head),
                _p(escape(t.gettext("Chapter")), st.head),
                _p(escape(t.gettext("Speaker")), st.head),
            ]
        ]
        ordered = sorted(recording.chapters, key=lambda c: c.start_ms)
        for number, chapter in enumerate(ordered, start=1):
            speaker = names.get(chapter.appearance_id) if chapter.appearance_id else None
            title = shown_title(chapter.title, number, t.gettext("Chapter {number}"))
            rows.append(
                [
                    _p(escape(format_ms(chapter.start_ms, always_hours=hours)), st.cell),
                    _p(plain_markup(title), st.cell),
                    _p(plain_markup(speaker) if speaker else "–", st.cell),
                ]
            )
        out.append(_table(rows, [18 * mm, w * 0.62 - 18 * mm, w * 0.38]))
    return out


def _notes(session: Session, ctx: BriefContext) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = markdown_flowables(session.notes, st.markdown)
    for recording in session.recordings:
        for note in sorted(recording.notes, key=lambda n: n.at_ms):
            stamp = escape(format_ms(note.at_ms))
            out.extend(
                paragraphs(
                    f'<font name="{FONTS.mono}">{stamp}</font>  {plain_markup(note.text)}', st.body
                )
            )
    return [*_section(ctx, "notes"), *out] if out else []


def _links(session: Session, ctx: BriefContext) -> list[Flowable]:
    st = styles()
    t = ctx.words
    entries: list[tuple[str, str, str | None]] = [
        # A label that only repeats the kind ("Recording", as importers name it) is left out,
        # in English or in the brief's language.
        (
            t.link_kind(link.kind),
            "" if link.label == LINK_KIND_LABELS.get(link.kind) else link.label,
            link.url,
        )
        for link in session.links
    ]
    if session.source_url and all(url != session.source_url for _, _, url in entries):
        entries.append((t.gettext("Source"), "", session.source_url))
    if not entries:
        return []
    qr = ctx.options.qr_codes
    qr_size = 20 * mm
    text_width = ctx.width - (qr_size + 6 * mm if qr else 0)
    rows: list[list[Any]] = []
    for kind, label, url in entries:
        parts = [f"<b>{escape(kind)}</b>"]
        if label and label != kind:
            parts.append(plain_markup(label))
        markup = " · ".join(parts)
        if url:
            markup += "<br/>" + url_markup(url, st.link_color)
        row: list[Any] = [_p(markup, st.cell)]
        if qr:
            payload = qr_payload(url) if url else ""
            # Past a few hundred characters the modules of a 2 cm code get too small to scan
            # (and past ~2,300 no QR version holds the data), so such links print as text only.
            row.append(QrCode(payload, qr_size) if 0 < len(payload) <= QR_MAX_PAYLOAD else "")
        rows.append(row)
    widths = [text_width, qr_size + 6 * mm] if qr else [text_width]
    table = _table(rows, widths, header=False, zebra=False)
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (0, -1), "MIDDLE"), ("ALIGN", (-1, 0), (-1, -1), "RIGHT")])
    )
    return [*_section(ctx, "links"), table]


def _picture(session: Session, ctx: BriefContext) -> list[Flowable]:
    if ctx.picture is None:
        return []
    try:
        reader = ImageReader(str(ctx.picture))
        img_w, img_h = reader.getSize()
    except Exception as exc:  # a bad picture must not sink a whole booklet
        log.warning("Brief picture %s skipped: %s", ctx.picture, exc)
        return []
    max_w, max_h = ctx.width * 0.8, 75 * mm
    scale = min(max_w / img_w, max_h / img_h)
    image = Image(str(ctx.picture), width=img_w * scale, height=img_h * scale)
    image.hAlign = "CENTER"
    return [Spacer(1, 4), image, Spacer(1, 4)]


_BUILDERS: dict[str, Callable[[Session, BriefContext], list[Flowable]]] = {
    "picture": _picture,
    "speakers": _speakers,
    "summary": _summary,
    "contributions": _contributions,
    "materials": _materials,
    "recording": _recording,
    "chapters": _chapters,
    "notes": _notes,
    "links": _links,
}


def brief_story(session: Session, ctx: BriefContext) -> list[Flowable]:
    """The flowables of one brief: the title block, then the chosen sections in their order."""
    story = _title_block(session, ctx)
    for name in ctx.options.sections:
        story.extend(_BUILDERS[name](session, ctx))
    if session.rights:
        story.append(Spacer(1, 8))
        story.extend(paragraphs(plain_markup(session.rights), styles().small))
    return story


# ----------------------------------------------------------------------------------------------
# Rendering


def render_brief(
    session: Session,
    target: Path | BinaryIO,
    options: BriefOptions | None = None,
    *,
    picture: Path | None = None,
    generated: dt.date | None = None,
    quotes: Mapping[int, SpokenQuote] | None = None,
) -> int:
    """Write the brief of ``session`` to ``target`` (a path, written atomically, or a binary
    stream) and return the number of pages. ``picture`` is an image file the caller prepared
    (a slide or a video frame); ``generated`` overrides today's date in the footer; ``quotes``
    are what speakers said first, for those the summary says nothing of."""
    options = options or BriefOptions()
    if isinstance(target, Path | str):
        with atomic_output(Path(target)) as tmp:
            return _render_brief(session, str(tmp), options, picture, generated, quotes)
    return _render_brief(session, target, options, picture, generated, quotes)


def _render_brief(
    session: Session,
    target: str | BinaryIO,
    options: BriefOptions,
    picture: Path | None,
    generated: dt.date | None,
    quotes: Mapping[int, SpokenQuote] | None = None,
) -> int:
    words = brief_text(options.language)
    subject = " · ".join(
        p for p in (session.series, session.date.isoformat() if session.date else None) if p
    )
    doc = ArchiveDocTemplate(
        target,
        paper=options.paper,
        archive_name=options.archive_name,
        generated=generated or dt.date.today(),
        logo=options.logo,
        title=session.title,
        author=options.archive_name,
        subject=subject or words.gettext("Session brief"),
        keywords=session.tags,
        header=session.title,
        words=words,
    )
    ctx = BriefContext(options=options, width=doc.width, picture=picture, quotes=quotes or {})
    doc.build(brief_story(session, ctx))
    return doc.page_count
