"""Turning Markdown (summaries, notes) into reportlab flowables without trusting its text."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, XPreformatted

try:  # optional: reorders right-to-left runs for display; reportlab does not do bidi itself
    from bidi.algorithm import get_display as _bidi_display
except ImportError:  # pragma: no cover - depends on the environment
    _bidi_display = None

BIDI_AVAILABLE = _bidi_display is not None

_SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://")


def escape(text: str) -> str:
    """Escape user text for reportlab's Paragraph markup parser (``<``, ``>``, ``&``, quotes)."""
    return _xml_escape(text, {'"': "&quot;", "'": "&#39;"})


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual(text: str) -> str:
    """Text in display order: right-to-left runs reversed when python-bidi is installed.

    Without python-bidi, Hebrew and Arabic letters print in logical order (readable to a
    machine, reversed to a reader) but never break the layout.
    """
    if _bidi_display is not None and _has_rtl(text):
        return str(_bidi_display(text))
    return text


def plain_markup(text: str) -> str:
    """Paragraph markup for plain user text: escaped, line breaks kept."""
    return "<br/>".join(escape(visual(line)) for line in text.splitlines()) if text else ""


def url_markup(url: str, color: str, *, label_markup: str | None = None) -> str:
    """A clickable link to ``url`` showing ``label_markup`` (already markup) or the escaped URL;
    schemes other than http(s), ftp and mailto are shown but not linked."""
    shown = label_markup if label_markup is not None else escape(url)
    if not url.lower().startswith(_SAFE_SCHEMES):
        return shown
    return f'<link href="{escape(url)}" color="{color}">{shown}</link>'


@dataclass(frozen=True, slots=True)
class MarkdownStyles:
    """Styles the Markdown renderer draws with."""

    body: ParagraphStyle
    heading: ParagraphStyle
    code: ParagraphStyle
    mono_font: str
    link_color: str = "#1a5fb4"


@cache
def _parser() -> MarkdownIt:
    # Raw HTML off: "<script>" in a summary is text to print, never markup to interpret.
    return MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


def markdown_flowables(text: str, styles: MarkdownStyles) -> list[Flowable]:
    """Flowables for Markdown ``text``: paragraphs, headings, lists, quotes, code; [] if blank."""
    if not text.strip():
        return []
    tree = SyntaxTreeNode(_parser().parse(text))
    return _Renderer(styles).blocks(tree.children, styles.body)


class _Renderer:
    def __init__(self, styles: MarkdownStyles) -> None:
        self.styles = styles

    def blocks(self, nodes: list[SyntaxTreeNode], style: ParagraphStyle) -> list[Flowable]:
        out: list[Flowable] = []
        for node in nodes:
            handler = self._BLOCKS.get(node.type)
            if handler is not None:
                out.extend(handler(self, node, style))
        return out

    def _paragraph(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        markup = "".join(self.inline(child) for child in node.children)
        return [Paragraph(markup, style)] if markup.strip() else []

    def _heading(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        markup = "".join(self.inline(child) for child in node.children)
        return [Paragraph(markup, self.styles.heading)]

    def _list(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        ordered = node.type == "ordered_list"
        items = [
            ListItem(self.blocks(item.children, style) or [Paragraph("", style)])
            for item in node.children
        ]
        start = node.attrs.get("start", 1) if ordered else None
        return [
            ListFlowable(
                items,
                bulletType="1" if ordered else "bullet",
                start=str(start) if ordered else "\u2022",
                bulletFontName=style.fontName,
                bulletFontSize=style.fontSize,
                leftIndent=style.fontSize * 1.6,
                bulletDedent=style.fontSize * 1.1,
                spaceBefore=0,
                spaceAfter=style.spaceAfter,
            )
        ]

    def _quote(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        quoted = ParagraphStyle(
            f"{style.name}-quote",
            parent=style,
            leftIndent=style.leftIndent + 14,
            textColor="#444444",
        )
        return self.blocks(node.children, quoted)

    def _code(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        return [XPreformatted(escape(node.content.rstrip("\n")), self.styles.code)]

    def _rule(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        return [Spacer(1, style.fontSize)]

    _BLOCKS: dict[str, Callable[[_Renderer, SyntaxTreeNode, ParagraphStyle], list[Flowable]]] = {
        "paragraph": _paragraph,
        "heading": _heading,
        "bullet_list": _list,
        "ordered_list": _list,
        "blockquote": _quote,
        "code_block": _code,
        "fence": _code,
        "hr": _rule,
    }

    def inline(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "inline":
            return "".join(self.inline(child) for child in node.children)
        if kind == "text":
            return escape(visual(node.content))
        if kind == "softbreak":
            return " "
        if kind == "hardbreak":
            return "<br/>"
        if kind == "code_inline":
            return f'<font face="{self.styles.mono_font}">{escape(node.content)}</font>'
        inner = "".join(self.inline(child) for child in node.children)
        if kind == "strong":
            return f"<b>{inner}</b>"
        if kind == "em":
            return f"<i>{inner}</i>"
        if kind == "s":
            return f"<strike>{inner}</strike>"
        if kind == "link":
            href = str(node.attrs.get("href", ""))
            if href.lower().startswith(_SAFE_SCHEMES):
                return (
                    f'<link href="{escape(href)}" color="{self.styles.link_color}">{inner}</link>'
                )
            return inner
        if kind == "image":
            # Images are not fetched; their alt text stands in for them.
            return inner or escape(str(node.attrs.get("src", "")))
        # Anything else (html_inline is disabled) prints as its source text.
        return escape(node.content) if node.content else inner
