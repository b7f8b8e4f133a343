"""The page's own words as Markdown: paragraphs, headings, lists and their links."""

from __future__ import annotations

import re

from .blocks import HEADING, ITEM, Block

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


def to_markdown(blocks: list[Block]) -> str:
    """Markdown for ``blocks``; cut (at a block boundary) when it grows past MAX_SUMMARY."""
    out: list[str] = []
    size = 0
    previous = ""
    for block in blocks:
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
