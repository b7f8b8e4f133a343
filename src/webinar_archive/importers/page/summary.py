"""The page's own words as Markdown: paragraphs, headings, lists and their links, without
the page furniture that survives the HTML reader (date-list lines, sharing, cookie and
copyright lines) and is all a plain-text page has to tell it apart.

Why these rules and not a main-text extractor such as trafilatura (measured on the example
pages that have both a saved page and its visible text, words of the summary against the
words of the text): trafilatura 2.3 kept 96.2 % precision against 95.5 % for the reader in
html_text.py plus these rules, but lost a speaker list of one page (recall 0.84 against 1.00)
and JSON-LD/metadata come from our own reader anyway; it would add five packages for no gain.
The gap in precision was link labels that both keep.
"""

from __future__ import annotations

import re

from .blocks import HEADING, ITEM, Block
from .dates import find_dates, find_times
from .lexicon import words

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
MAX_SUMMARY = 20_000


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _with_links(block: Block) -> str:
    text = _escape(block.text)
    for anchor in block.anchors:
        label = _escape(anchor.text)
        if not label or "(" in anchor.href or ")" in anchor.href or " " in anchor.href:
            continue
        link = f"[{label}]({anchor.href})"
        if label in text:
            text = text.replace(label, link, 1)
    return text


# What is left of "- 04 Sep 2020 to 04 Sep 2020 - Online event" once its dates are gone.
_DATE_LINE_WORDS = words(
    "to from until till and bis von ab au du jusqu al del hasta a od do až dal fino online "
    "event events webinar webinaire webinar hybrid virtual live in person on site onsite "
    "digital veranstaltung événement evento wydarzenie akce en ligne présentiel presencial "
    "remote h uhr hrs cet cest utc gmt brussels time all day ganztägig"
)
_SOCIAL = words(
    "facebook twitter x linkedin xing whatsapp telegram e-mail email mail instagram youtube "
    "reddit pinterest mastodon bluesky print drucken imprimer imprimir stampa drukuj tisk "
    "copy link"
)
_SHARE = re.compile(
    r"^(?:share|teilen|partager|compartir|condividi|udostępnij|sdílet|sdílejte|"
    r"folgen sie uns|follow us|suivez-nous|síguenos|seguici|obserwuj)\b",
    re.I,
)
_COOKIE_WORD = re.compile(r"cookie", re.I)
_COOKIE_CUE = re.compile(
    r"\b(?:use|uses|using|accept|agree|consent|policy|verwendet|nutzt|akzept|richtlinie|"
    r"utilise|accepte|politique|utiliza|acepta|política|usa|accetta|używa|akceptuj|polityk|"
    r"používá|souhlas|zásady|soubory|plików)",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"wszelkie prawa zastrzeżone|všechna práva vyhrazena",
    re.I,
)


def _date_list_line(text: str) -> bool:
    """ "- 04 Sep 2020 to 04 Sep 2020 - Online event": dates (and times) and nothing else."""
    dates = find_dates(text)
    if not dates:
        return False
    spans = [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in find_times(text)]
    spans.sort(reverse=True)
    rest = text
    for start, end in spans:
        rest = rest[:start] + " " + rest[end:]
    left = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", rest.lower())
    return all(w in _DATE_LINE_WORDS for w in left)


def is_furniture(block: Block) -> bool:
    """Sharing buttons, cookie notices, copyright lines and date-list lines: page furniture
    that says nothing about the session."""
    text = block.text
    if len(text) > 300 or block.kind == HEADING:
        return False
    if _date_list_line(text) and not block.anchors:
        return True
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.lower())
    if _SHARE.match(text) and len(tokens) <= 12:
        return True
    if tokens and len(tokens) >= 2 and all(t in _SOCIAL for t in tokens):
        return True
    cookie = bool(_COOKIE_WORD.search(text) and _COOKIE_CUE.search(text))
    return cookie or bool(_COPYRIGHT.search(text))


def to_markdown(blocks: list[Block]) -> str:
    """Markdown for ``blocks``; cut (at a block boundary) when it grows past MAX_SUMMARY."""
    out: list[str] = []
    size = 0
    previous = ""
    for block in blocks:
        if is_furniture(block):
            continue
        text = _with_links(block)
        if block.kind == HEADING:
            chunk = f"{'#' * max(2, min(block.level or 2, 4))} {text}"
        elif block.kind == ITEM:
            chunk = f"- {text}"
        else:
            chunk = text
        size += len(chunk) + 2
        if size > MAX_SUMMARY:
            break
        if out and not (block.kind == ITEM and previous == ITEM):
            out.append("")
        out.append(chunk)
        previous = block.kind
    return "\n".join(out).strip()
