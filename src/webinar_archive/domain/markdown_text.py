"""Markdown as the words a reader sees in it: a summary's text without its markup."""

from __future__ import annotations

import re

# A backslash-escaped punctuation character stands for itself; while the markup is taken out it
# is held as a private-use character (plane 15) so that no rule below reads it as markup.
_HELD = 0xF0000
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HELD_CHAR = re.compile("[\U000f0021-\U000f007e]")
_HARD_BREAK = re.compile(r"\\\n")

# Line rules match from the line break before the line (the text is given one in front): a
# pattern that starts with a literal is found by a fast scan, one that starts with ``^`` is
# tried at every position (six times slower on a long summary).
_MARKUP_LINE = re.compile(  # markup alone: code fences, link definitions, rules, underlines
    r"\n {0,3}(?:`{3,}.*|~{3,}.*|\[[^\]\n]+\]:[ \t]*\S.*|(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}"
    r"|(?:_[ \t]*){3,}|=+[ \t]*)(?=\n)"
)
_QUOTE = re.compile(r"\n {0,3}(?:>[ \t]?)+")
_HEADING = re.compile(r"\n {0,3}#{1,6}(?:[ \t]+([^\n]*?))??(?:[ \t]+#+)?[ \t]*(?=\n)")
_BULLET = re.compile(r"\n([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_CODE_SPAN = re.compile(r"(`+)([^`]+)\1")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFERENCE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)>")


def _pair(marker: str, not_before: str = "", not_after: str = "") -> re.Pattern[str]:
    """Emphasis between two ``marker``: what it holds has no marker of its kind (an opener
    without its closer looks only as far as the next marker, so a long text costs linear time)
    and no blank line (emphasis stays in its paragraph). ``not_before`` is checked after the
    opener, to keep the literal first."""
    one = re.escape(marker[0])
    literal = re.escape(marker)
    check = f"(?<!{not_before}{literal})" if not_before else ""
    inside = rf"(?=[^\s{one}])((?:[^{one}\n]++|\n(?![ \t]*\n))++)(?<=[^\s{one}])"
    return re.compile(
        literal + check + inside + literal + (f"(?!{not_after})" if not_after else "")
    )


_EMPHASIS = (
    _pair("**"),
    # Underscores inside a word are letters of it (snake_case), as in CommonMark.
    _pair("__", r"[\w_]", r"[\w_]"),
    _pair("~~"),
    _pair("*", r"\*", r"\*"),
    _pair("_", r"[\w_]", r"[\w_]"),
)
_MARKERS = re.compile(r"[\\`*_~#>\[<=+-]")


def _hold(text: str) -> str:
    """``text`` with its punctuation held, so no later rule takes it for markup."""
    return "".join(
        chr(_HELD + ord(ch)) if 0x21 <= ord(ch) <= 0x7E and not ch.isalnum() else ch for ch in text
    )


def markdown_plain(text: str) -> str:
    """The text of Markdown ``text`` as the Summary tab shows it: no emphasis markers, headings'
    hashes, quote marks or link syntax (a link reads as its label); list bullets read "•".
    Lines stay lines; HTML is left as it is (it is shown as text)."""
    if not _MARKERS.search(text):
        return text  # the usual paragraph of words: nothing to take out
    held = "\\" in text or "`" in text
    text = "\n" + _HARD_BREAK.sub("\n", text) + "\n"
    text = _ESCAPED.sub(lambda m: chr(_HELD + ord(m.group(1))), text)
    text = _MARKUP_LINE.sub("", text)
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: _hold(m.group(2).strip()), text)
    if ">" in text:
        text = _QUOTE.sub("\n", text)
    if "#" in text:
        text = _HEADING.sub(lambda m: "\n" + (m.group(1) or ""), text)
    text = _BULLET.sub(r"\n\1• ", text)
    if "[" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _REFERENCE.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    for _ in range(3):  # nested emphasis (***both***, **bold _and italic_**), inside out
        before = text
        for pattern in _EMPHASIS:
            text = pattern.sub(r"\1", text)
        if text == before:
            break
    if held:
        text = _HELD_CHAR.sub(lambda m: chr(ord(m.group()) - _HELD), text)
    return text[1:-1]
