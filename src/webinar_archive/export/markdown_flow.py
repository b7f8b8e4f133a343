"""Turning Markdown (summaries, notes) into reportlab flowables without trusting its text."""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from .fonts import font_runs

try:  # optional: reorders right-to-left runs for display; reportlab does not do bidi itself
    from bidi.algorithm import get_display as _bidi_display
except ImportError:  # pragma: no cover - depends on the environment
    _bidi_display = None

BIDI_AVAILABLE = _bidi_display is not None

_SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://")

PARAGRAPH_CHUNK = 4000
"""Most characters of markup one reportlab Paragraph gets. reportlab breaks the whole rest of
a paragraph into lines again on every page it continues on, so one paragraph of n characters
costs O(n²): a 200 KB summary without blank lines took 9 s, 1 MB did not finish in 5 minutes.
Longer paragraphs are laid out as a run of Paragraphs of at most about this size."""


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width, and skips the markup parser for
    plain text.

    A table wraps each cell to measure the rows and again to draw it, so half of a brief's
    line breaking (the largest part of laying it out) was done twice for the same width; the
    lines depend only on the width, the text and the style, which do not change.

    Most paragraphs of a brief are table cells of plain text (a name, a size, a time), and
    reportlab's parser (an ``HTMLParser`` set up anew for each paragraph) cost more than the
    text itself: text without tags or entities becomes the fragment the parser would make
    for it, a copy of the style's own.
    """

    _wrapped: tuple[Any, ...] | None = None

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        # reportlab makes the parts of a split paragraph through this class, with fragments.
        if text is not None and not args and not kwargs and "<" not in text and "&" not in text:
            cleaned = cleanBlockQuotedText(text)  # what the parser's caller does first
            if cleaned:
                frags = [_plain_frag(cleaned, style)]
                textTransformFrags(frags, style)
                super().__init__(cleaned, style, frags=frags)
                return
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        if last is not None and last[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = last
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):  # too narrow to lay out at all sets none
            self._wrapped = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        return size


_PLAIN: weakref.WeakKeyDictionary[ParagraphStyle, tuple[Any, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _plain_frag(text: str, style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes for ``text`` (no tags, no entities) in ``style``.

    The parser's fragment of one letter, made once per style, with the text replaced and its
    lists (links, underlines) fresh, so that no two paragraphs share them.
    """
    found = _PLAIN.get(style)
    if found is None:
        _, frags, _ = ParaParser().parse("x", style)
        lists = tuple(key for key, value in vars(frags[0]).items() if isinstance(value, list))
        found = _PLAIN[style] = (frags[0], lists)
    prototype, lists = found
    return prototype.clone(text=text, **{key: list(getattr(prototype, key)) for key in lists})


def escape_attr(text: str) -> str:
    """Escape text for an attribute value of Paragraph markup (``<``, ``>``, ``&``, quotes)."""
    return _xml_escape(text, {'"': "&quot;", "'": "&#39;"})


def escape(text: str) -> str:
    """Paragraph markup for user text: escaped, and characters the brief font cannot draw (CJK,
    Thai, Devanagari ...) wrapped in a system font that can (see :func:`.fonts.font_runs`)."""
    runs = font_runs(text)
    if len(runs) == 1 and runs[0][0] is None:
        return escape_attr(text)
    return "".join(
        escape_attr(part) if font is None else f'<font name="{font}">{escape_attr(part)}</font>'
        for font, part in runs
    )


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
    return f'<link href="{escape_attr(url)}" color="{color}">{shown}</link>'


# A tag, an entity or a run of text in Paragraph markup.
_MARKUP_TOKEN = re.compile(r"<[^>]*>|&[^;<&\s]*;|[^<&]+")
_PIECE = re.compile(r"[^ ]* *")
_BREAK, _SENTENCE, _SPACE = 0, 1, 2  # where a chunk may end, best first
_LINE = 80


def split_markup(markup: str, limit: int = PARAGRAPH_CHUNK) -> list[str]:
    """``markup`` (well-formed Paragraph markup) cut into pieces of about ``limit`` characters.

    A piece ends, by preference, at a line break (``<br/>``, which the cut replaces), after a
    sentence, after a space, or anywhere outside a tag or entity; tags open at a cut are closed
    at the end of one piece and opened again at the start of the next, so each piece is
    well-formed and reads as the same text in the same style.
    """
    if len(markup) <= limit:
        return [markup]
    pieces: list[str] = []
    stack: list[tuple[str, str]] = []  # (tag name, opening tag) of the tags open at this point
    current: list[str] = []
    size = 0
    # (preference, index in current after which to cut, open tags there, drop the next piece)
    cuts: list[tuple[int, int, tuple[tuple[str, str], ...], bool]] = []

    def cut() -> None:
        nonlocal current, size, cuts
        if cuts:
            best = min(cuts, key=lambda c: (c[0], -c[1]))
        else:
            best = (_SPACE, len(current), tuple(stack), False)
        _, index, open_tags, drop = best
        head = "".join(current[:index]) + "".join(f"</{n}>" for n, _ in reversed(open_tags))
        pieces.append(head)
        rest = current[index + 1 if drop else index :]
        reopen = "".join(tag for _, tag in open_tags)
        current = [reopen, *rest] if reopen else rest
        shift = index + (1 if drop else 0) - (1 if reopen else 0)
        cuts = [(p, i - shift, t, d) for p, i, t, d in cuts if i - shift > (1 if reopen else 0)]
        size = sum(len(x) for x in current) + _LINE * current.count("<br/>")

    def add(piece: str, preference: int | None = None, drop: bool = False, weight: int = 0) -> None:
        nonlocal size
        if preference is not None and drop and size >= limit // 4:
            cuts.append((preference, len(current), tuple(stack), True))
        current.append(piece)
        size += len(piece) + weight
        if preference is not None and not drop and size >= limit // 4:
            cuts.append((preference, len(current), tuple(stack), False))
        if size >= limit:
            cut()

    for match in _MARKUP_TOKEN.finditer(markup):
        token = match.group()
        if token.startswith("<"):
            name = token[1:].split(None, 1)[0].rstrip("/>").lower() if len(token) > 2 else ""
            if name == "br":
                # A line break costs about a line's worth of layout, short as it is.
                add(token, _BREAK, drop=True, weight=_LINE)
            elif token.startswith("</"):
                current.append(token)
                size += len(token)
                if stack:
                    stack.pop()
            else:
                current.append(token)
                size += len(token)
                if not token.endswith("/>"):
                    stack.append((name, token))
        elif token.startswith("&"):
            add(token)
        else:
            for word in _PIECE.findall(token):
                # A word longer than a piece (a pasted hash, text without spaces) is cut too.
                while len(word) > limit // 2:
                    add(word[: limit // 2])
                    word = word[limit // 2 :]
                if word:
                    ends_sentence = word.rstrip().endswith((".", "!", "?", "\u3002"))
                    add(word, (_SENTENCE if ends_sentence else _SPACE) if word[-1] == " " else None)
    pieces.append("".join(current))
    return [p for p in pieces if p]


def paragraphs(markup: str, style: ParagraphStyle) -> list[Flowable]:
    """Paragraphs showing ``markup`` in ``style``: one, or a run of them without gaps when it
    is longer than :data:`PARAGRAPH_CHUNK` (see there why)."""
    parts = split_markup(markup)
    if len(parts) == 1:
        return [Para(markup, style)]
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0, keepWithNext=0)
    middle = ParagraphStyle(f"{style.name}-cont", parent=first, spaceBefore=0, firstLineIndent=0)
    last = ParagraphStyle(
        f"{style.name}-last",
        parent=style,
        spaceBefore=0,
        firstLineIndent=0,
    )
    chosen = [first, *[middle] * (len(parts) - 2), last]
    return [Para(part, st) for part, st in zip(parts, chosen, strict=True)]


@dataclass(frozen=True, slots=True)
class MarkdownStyles:
    """Styles the Markdown renderer draws with."""

    body: ParagraphStyle
    heading: ParagraphStyle
    code: ParagraphStyle
    mono_font: str
    link_color: str = "#1a5fb4"


PARSE_DEPTH = 48
"""Nesting (a quote counts one, a list level two) past which the rest of a block is kept as
plain text: markdown-it silently drops everything after its own limit (``maxNesting``, 20 in
the CommonMark preset, i.e. ten list levels), and deeper recursion has no use in print."""

INDENT_DEPTH = 6
"""Quotes and lists indent up to this depth; deeper ones print at the deepest indent, so that
a list nested forty levels still fits the page rather than running out of width."""


def _deep_text(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Below :data:`PARSE_DEPTH`, the rest of the block as one paragraph of its source text
    (inner ``>`` and list markers included), so that no word of it is lost."""
    if state.level < PARSE_DEPTH:
        return False
    line = start + 1
    while line < end and not (0 <= state.sCount[line] < state.blkIndent):
        line += 1
    content = state.getLines(start, line, state.blkIndent, False).strip()
    state.line = line
    if content and not silent:
        state.push("paragraph_open", "p", 1).map = [start, line]
        inline = state.push("inline", "", 0)
        inline.content, inline.map, inline.children = content, [start, line], []
        state.push("paragraph_close", "p", -1)
    return True


@cache
def _parser() -> MarkdownIt:
    # Raw HTML off: "<script>" in a summary is text to print, never markup to interpret.
    md = MarkdownIt("commonmark", {"html": False}).enable("strikethrough")
    # Above PARSE_DEPTH so that _deep_text takes over before markdown-it would drop the tail;
    # inline nesting past it keeps its text (markdown-it prints it as it is).
    md.options["maxNesting"] = PARSE_DEPTH * 2
    md.block.ruler.before(md.block.ruler.get_all_rules()[0], "wa_deep_text", _deep_text)
    return md


def markdown_flowables(text: str, styles: MarkdownStyles) -> list[Flowable]:
    """Flowables for Markdown ``text``: paragraphs, headings, lists, quotes, code; [] if blank."""
    if not text.strip():
        return []
    tree = SyntaxTreeNode(_parser().parse(text))
    return _Renderer(styles).blocks(tree.children, styles.body)


_SPACES = re.compile(r"^ +| {2,}")


def _keep_spaces(match: re.Match[str]) -> str:
    run = match.group()
    if match.start() == 0:
        return "\u00a0" * len(run)
    return "\u00a0" * (len(run) - 1) + " "


class _Renderer:
    def __init__(self, styles: MarkdownStyles) -> None:
        self.styles = styles
        self.depth = 0  # quotes and lists around the blocks being rendered

    def blocks(self, nodes: list[SyntaxTreeNode], style: ParagraphStyle) -> list[Flowable]:
        out: list[Flowable] = []
        for node in nodes:
            handler = self._BLOCKS.get(node.type)
            if handler is not None:
                out.extend(handler(self, node, style))
            elif node.children:  # a block type this renderer does not know: its contents
                out.extend(self.blocks(node.children, style))
            elif node.content.strip():
                out.extend(paragraphs(plain_markup(node.content), style))
        return out

    def _nested(self, nodes: list[SyntaxTreeNode], style: ParagraphStyle) -> list[Flowable]:
        self.depth += 1
        try:
            return self.blocks(nodes, style)
        finally:
            self.depth -= 1

    def _paragraph(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        markup = "".join(self.inline(child) for child in node.children)
        return paragraphs(markup, style) if markup.strip() else []

    def _heading(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        markup = "".join(self.inline(child) for child in node.children)
        return paragraphs(markup, self.styles.heading)

    def _list(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        ordered = node.type == "ordered_list"
        items = [
            ListItem(self._nested(item.children, style) or [Para("", style)])
            for item in node.children
        ]
        start = node.attrs.get("start", 1) if ordered else None
        # Past INDENT_DEPTH a list keeps its bullets, hanging left of the text, but no
        # longer moves right.
        indent = style.fontSize * 1.6 if self.depth < INDENT_DEPTH else 0
        return [
            ListFlowable(
                items,
                bulletType="1" if ordered else "bullet",
                start=str(start) if ordered else "\u2022",
                bulletFontName=style.fontName,
                bulletFontSize=style.fontSize,
                leftIndent=indent,
                bulletDedent=style.fontSize * 1.1,
                spaceBefore=0,
                spaceAfter=style.spaceAfter,
            )
        ]

    def _quote(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        quoted = ParagraphStyle(
            f"{style.name}-quote",
            parent=style,
            leftIndent=style.leftIndent + (14 if self.depth < INDENT_DEPTH else 0),
            textColor="#444444",
        )
        return self._nested(node.children, quoted)

    def _code(self, node: SyntaxTreeNode, style: ParagraphStyle) -> list[Flowable]:
        # A Paragraph rather than XPreformatted: that never wraps, so the end of a long line
        # ran off the page and was lost. Indentation and runs of spaces are kept as no-break
        # spaces; single spaces stay places where a long line may wrap.
        lines = node.content.rstrip("\n").expandtabs(4).split("\n")
        markup = "<br/>".join(_SPACES.sub(_keep_spaces, escape(line)) for line in lines)
        return paragraphs(markup, self.styles.code) if markup.strip() else []

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
            return url_markup(href, self.styles.link_color, label_markup=inner)
        if kind == "image":
            # Images are not fetched; their alt text stands in for them.
            return inner or escape(str(node.attrs.get("src", "")))
        # Anything else (html_inline is disabled) prints as its source text.
        return escape(node.content) if node.content else inner
