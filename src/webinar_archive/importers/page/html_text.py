"""Main text of an HTML page as blocks, without menus, breadcrumbs, cookie banners or footers."""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.etree as etree
import lxml.html

from ...domain.messages import _t
from .blocks import (
    HEADING,
    ITEM,
    LINE,
    Anchor,
    Block,
    PageDoc,
    clean_space,
    copyright_holder,
    split_marker,
)
from .dates import page_year
from .logos import logo_names
from .parent_bars import parent_names

# libxml2 gives up below about 256 levels and silently drops the rest of the page, so
# markup nested deeper than this is flattened beforehand (its text is kept).
MAX_DEPTH = 160

# Bounded so that a page full of unclosed "<a" cannot make the scan quadratic.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]{0,4000}?(/?)>")
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
    # Their end tags are often left out, so they would only inflate the count.
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody",
}  # fmt: skip
_DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "form",
    "button", "select", "textarea", "input", "footer", "object", "embed", "canvas", "dialog",
    "menu", "map",
}  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "dialog", "alertdialog", "search"}
_JUNK_TOKEN = re.compile(
    r"^(?:.*[-_])?(?:cookies?|cookie-?notice|cookiebanner|consent|gdpr|cmplz|breadcrumbs?|"
    r"skip|skip-?link|screen-reader-text|visually-hidden|sr-only|share|sharing|social|"
    r"newsletter|menu|navigation|nav|navbar|sidebar|comments?|related|pagination|pager|"
    r"widgets?|footer|post-navigation|nav-links|subscribe|print|login)(?:[-_].*)?$",
    re.I,
)
_KEEP = {"html", "body", "main", "article"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table",
    "tr", "blockquote", "pre", "figure", "figcaption", "address", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "center", "details", "summary", "caption", "hr",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def flatten_deep_markup(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, bool]:
    """Drop the tags (not the text) of elements nested deeper than ``max_depth``."""
    depth = 0
    out: list[str] = []
    last = 0
    flattened = False
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            drop = depth > max_depth
            depth = max(depth - 1, 0)
        else:
            depth += 1
            drop = depth > max_depth
        if drop:
            flattened = True
            out.append(html[last : match.start()])
            out.append(" ")
            last = match.end()
    if not flattened:
        return html, False
    out.append(html[last:])
    return "".join(out), True


def _junk(el: Any, protected: set[Any]) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _DROP_TAGS:
        return True
    if tag in _KEEP or el in protected:
        return False
    if tag == "header":
        return not any(True for _ in el.iter("h1", "h2"))
    if (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    tokens = (el.get("class") or "").split() + (el.get("id") or "").split()
    return any(_JUNK_TOKEN.match(token) for token in tokens)


def _json_ld(root: Any) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(found) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                else:
                    found.append(item)
    return found


def _meta(root: Any, key: str) -> str | None:
    for meta in root.iter("meta"):
        if key in ((meta.get("property") or "").lower(), (meta.get("name") or "").lower()):
            value = clean_space(meta.get("content") or "")
            return value or None
    return None


class _Builder:
    """Turns the cleaned tree into blocks while walking it once, without recursion."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.anchors: list[Anchor] = []
        self.stack: list[str] = []
        self.section = 0

    def flush(self) -> None:
        text = clean_space("".join(self.parts))
        anchors, self.parts, self.anchors = self.anchors, [], []
        if not text:
            return
        kind, level = LINE, 0
        for tag in reversed(self.stack):
            if tag in _HEADINGS:
                kind, level = HEADING, _HEADINGS[tag]
                break
            if tag == "li":
                kind = ITEM
                break
            if tag == "tr":
                # A row of cells is one entry of a list ("Name | Role | Body"), like an item.
                if " | " in text:
                    kind = ITEM
                break
        marker = ""
        if kind == LINE:
            marker, text = split_marker(text)
            if marker and marker not in "–—":
                kind = ITEM
        if text:
            self.blocks.append(Block(kind, text, level, marker, anchors, self.section))

    def walk(self, container: Any) -> list[Block]:
        for event, el in etree.iterwalk(container, events=("start", "end")):
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if event == "start":
                if tag in _BLOCK_TAGS:
                    self.flush()
                    self.stack.append(tag)
                    if tag in ("section", "article"):
                        self.section += 1
                elif tag == "br":
                    self.flush()
                elif tag in ("td", "th"):
                    # Cells of a row stay apart ("Jan de Vries | Province of Groningen"), or
                    # a name would run into the body named in the next cell.
                    self.parts.append(" | " if "".join(self.parts).strip() else " ")
                if el.text and isinstance(el.tag, str):
                    self.parts.append(el.text)
            else:
                if tag == "a":
                    href = (el.get("href") or "").strip()
                    label = clean_space(el.text_content())
                    if href and not href.startswith(("#", "javascript:", "mailto:")):
                        self.anchors.append(Anchor(label, href))
                if tag in _BLOCK_TAGS:
                    self.flush()
                    if self.stack:
                        self.stack.pop()
                if el is not container and el.tail:
                    self.parts.append(el.tail)
        self.flush()
        return self.blocks


def html_doc(html: str) -> PageDoc:
    """Parse ``html`` into a :class:`PageDoc`; broken or empty markup gives an empty one."""
    warnings: list[str] = []
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    html, flattened = flatten_deep_markup(html)
    if flattened:
        warnings.append(
            _t("markup nested deeper than {count} levels was flattened").format(count=MAX_DEPTH)
        )
    if not html.strip():
        return PageDoc([], is_html=True, warnings=warnings)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        warnings.append(_t("page could not be parsed as HTML ({exc})").format(exc=exc))
        return PageDoc([], is_html=True, warnings=warnings)
    lang = root.get("lang") or root.get("xml:lang")
    title_el = root.find(".//title")
    doc = PageDoc(
        [],
        lang=lang.strip() if lang else None,
        title_tag=clean_space(title_el.text_content()) if title_el is not None else None,
        og_title=_meta(root, "og:title"),
        site_name=_meta(root, "og:site_name"),
        canonical_url=_canonical(root),
        json_ld=_json_ld(root),
        is_html=True,
        warnings=warnings,
    )
    doc.copyright_year = page_year(root.text_content()[-20_000:])
    for text in root.itertext():
        if "©" in text or "opyright" in text:
            doc.copyright_holder = copyright_holder(text) or doc.copyright_holder
    doc.aside_anchors = _aside_anchors(root)
    doc.logo_names = logo_names(root)
    doc.parent_names = parent_names(root)
    # Wrappers around the main text ("content-sidebar-wrap") must survive their class names.
    protected: set[Any] = set()
    for landmark in root.iter("main", "article", "h1"):
        parent = landmark.getparent()
        while parent is not None and parent not in protected:
            protected.add(parent)
            parent = parent.getparent()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _junk(el, protected):
            el.drop_tree()
    # Comments and processing instructions carry no visible text.
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()
    body = root.find("body")
    container = body if body is not None else root
    for candidate in (root.find(".//main"), root.find(".//*[@role='main']")):
        if candidate is not None and len(clean_space(candidate.text_content())) >= 200:
            container = candidate
            break
    h1 = container.find(".//h1")
    outside = h1 is None
    if h1 is None:
        h1 = root.find(".//h1")
    if h1 is not None:
        doc.h1 = clean_space(h1.text_content()) or None
        doc.h1_is_logo = _is_logo(h1, outside)
    doc.blocks = _Builder().walk(container)
    return doc


def _is_logo(h1: Any, outside: bool) -> bool:
    ancestors = [a.tag for a in h1.iterancestors()]
    # The page's header, not an article's own ("<article><header><h1>Title").
    if outside or ("header" in ancestors and not {"article", "main"} & set(ancestors)):
        return True
    links = list(h1.iter("a"))
    return len(links) == 1 and (links[0].get("href") or "").strip() in ("/", "./", "index.html")


_SIDEBAR_TOKEN = re.compile(r"^(?:.*[-_])?(?:sidebar|aside|widgets?)(?:[-_].*)?$", re.I)


def _aside_anchors(root: Any) -> list[Anchor]:
    """Links in the page's sidebars (``<aside>``, "sidebar" / "widget" boxes), not in its
    menus or footer."""
    found: list[Anchor] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tokens = (el.get("class") or "").split() + (el.get("id") or "").split()
        if el.tag.lower() != "aside" and not any(_SIDEBAR_TOKEN.match(t) for t in tokens):
            continue
        if any(a.tag in ("nav", "footer", "header") for a in el.iterancestors()):
            continue
        for link in el.iter("a"):
            href = (link.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:", "mailto:")):
                found.append(Anchor(clean_space(link.text_content()), href))
        if len(found) >= 200:
            break
    return found


def _canonical(root: Any) -> str | None:
    """The page's declared web address, if any (``<link rel=canonical>`` or ``og:url``)."""
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.lower().startswith(("http://", "https://")):
            return href
    og = _meta(root, "og:url")
    return og if og and og.lower().startswith(("http://", "https://")) else None
