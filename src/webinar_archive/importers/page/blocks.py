"""The page as a flat run of text blocks (headings, lines, list items) shared by HTML and text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADING = "h"
LINE = "p"
ITEM = "li"

_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)")
_BULLET = re.compile(r"^\s*([•·▪◦●○■□►▶‣⁃*\-–—])\s+(?=\S)")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(slots=True)
class Anchor:
    text: str
    href: str


@dataclass(slots=True)
class Block:
    kind: str
    text: str
    level: int = 0  # heading level 1-6, 0 when unknown (plain text)
    marker: str = ""  # the bullet or dash a line started with
    anchors: list[Anchor] = field(default_factory=list)
    section: int = 0  # blocks inside the same HTML <section> share a number


@dataclass(slots=True)
class PageDoc:
    """What the extractor reads: blocks plus whatever metadata the page carried."""

    blocks: list[Block]
    lang: str | None = None
    title_tag: str | None = None
    og_title: str | None = None
    site_name: str | None = None
    h1: str | None = None
    # The h1 is the site's logo rather than the text's heading: it sits in the page header,
    # outside the main text, or links to the home page ("<h1><a href="/">Department</a>").
    h1_is_logo: bool = False
    # The page's own address when it says so (canonical link or og:url): a saved copy's
    # relative links resolve against it rather than against the file on disk.
    canonical_url: str | None = None
    # The year of the page's copyright line, read before the footer that holds it is dropped.
    copyright_year: int | None = None
    # Who that line names ("© 2025 Kyoto Club – Privacy"): the site, whose name is no title.
    copyright_holder: str | None = None
    json_ld: list[dict[str, object]] = field(default_factory=list)
    # Links of the page's sidebars, read before the sidebars are dropped: an event-wide
    # programme ("Programme complet (PDF)") is often linked there and nowhere else.
    aside_anchors: list[Anchor] = field(default_factory=list)
    # What the page's logo calls its site ("MBAV – Musée des Beaux-Arts de Valdrieu").
    logo_names: list[str] = field(default_factory=list)
    # The body the site belongs to, named in a bar above its header ("Universität X").
    parent_names: list[str] = field(default_factory=list)
    is_html: bool = False
    warnings: list[str] = field(default_factory=list)


def clean_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def split_marker(text: str) -> tuple[str, str]:
    """Return (marker, rest) for a line starting with a bullet or dash."""
    match = _BULLET.match(text)
    if match:
        return match.group(1), text[match.end() :].strip()
    return "", text.strip()


def text_blocks(text: str) -> list[Block]:
    """Pasted text: one block per non-empty line, bullets recognised."""
    blocks: list[Block] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_space(raw)
        if not line:
            continue
        marker, rest = split_marker(line)
        if not rest:
            continue
        kind = ITEM if marker and marker not in "–—" else LINE
        blocks.append(Block(kind, rest, marker=marker))
    return blocks


def copyright_holder(line: str) -> str | None:
    """Who a copyright line names: "Kyoto Club" in "© 2025 Kyoto Club – C.F. 9712 – Privacy";
    None when ``line`` is no copyright line."""
    start = line.find("©")
    text = line[start:] if start >= 0 else line
    if not _COPYRIGHT.match(text):
        return None
    rest = _YEARS.sub(" ", _COPYRIGHT.sub("", text, count=1))
    holder = clean_space(re.split(r"\s[|·•–—-]\s|[|·•,\n]", rest)[0])
    return holder or None
