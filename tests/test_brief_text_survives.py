"""Every word of a summary reaches the PDF: long paragraphs, deep nesting, odd Markdown."""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, ListFlowable, Paragraph

from brief_helpers import demo, pdftotext
from webinar_archive.export import markdown_flow
from webinar_archive.export.brief import render_brief, styles
from webinar_archive.export.markdown_flow import (
    PARAGRAPH_CHUNK,
    markdown_flowables,
    split_markup,
)
from webinar_archive.export.options import BriefOptions

WORD = re.compile(r"\bw\d+\b")
SUMMARY_ONLY = BriefOptions(sections=("summary",), qr_codes=False)


def _words(count: int, start: int = 0) -> list[str]:
    return [f"w{i}" for i in range(start, start + count)]


def _pdf_words(session_summary: str, tmp_path: Path, name: str = "brief.pdf") -> set[str]:
    path = tmp_path / name
    render_brief(dataclasses.replace(demo(), summary=session_summary), path, SUMMARY_ONLY)
    return set(WORD.findall(pdftotext(path)))


def _paragraph_texts(flows: list[Flowable]) -> list[str]:
    out: list[str] = []
    for flow in flows:
        if isinstance(flow, Paragraph):
            out.append(flow.text)
        elif isinstance(flow, ListFlowable):
            for item in flow._flowables:
                out.extend(_paragraph_texts(item._flowables))
    return out


# -- long paragraphs --------------------------------------------------------------------------


def test_a_huge_paragraph_is_laid_out_in_bounded_paragraphs() -> None:
    """reportlab re-breaks the whole rest of a paragraph on every page (quadratic time): no
    Paragraph handed to it may grow with the summary."""
    words = _words(8_000)
    text = " ".join(f"**{w}**" if i % 7 == 0 else w for i, w in enumerate(words))
    lines = "  \n".join(_words(4_000, 8_000))  # hard line breaks: many short lines
    flows = markdown_flowables(f"{text}\n\n{lines}", styles().markdown)
    texts = _paragraph_texts(flows)
    assert len(texts) > 10
    assert max(len(t) for t in texts) <= PARAGRAPH_CHUNK + 100
    # Short lines weigh as lines, not characters: no page's worth of them in one Paragraph.
    assert max(t.count("<br/>") for t in texts) <= PARAGRAPH_CHUNK // 80
    assert set(WORD.findall(" ".join(texts))) == set(words) | set(_words(4_000, 8_000))


def test_split_markup_keeps_tags_balanced_and_text_whole() -> None:
    markup = (
        "intro <b>bold "
        + " ".join(_words(400))
        + ' <i>it &amp; more</i> tail</b> <font face="WA-Mono">'
        + "x" * 900
        + "</font><br/>"
        + "<br/>".join(_words(300, 400))
    )
    parts = split_markup(markup, limit=200)
    assert len(parts) > 10
    for part in parts:
        # reportlab parses each part on its own: unbalanced tags would raise here.
        Paragraph(part, styles().body)
        assert re.search(r"&[^;]*$", part) is None  # no entity cut in half
    plain = " ".join(re.sub("<[^>]*>", " ", p) for p in parts)
    assert set(WORD.findall(plain)) == set(_words(700))
    assert plain.count("x") == 900


def test_a_300_kb_summary_prints_every_word(tmp_path: Path) -> None:
    words = _words(45_000)
    # One paragraph of bold and plain words, as pasted without blank lines.
    text = " ".join(f"**{w}**" if i % 11 == 0 else w for i, w in enumerate(words))
    assert len(text) > 300_000
    assert _pdf_words(text, tmp_path) >= set(words)


# -- deep nesting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "markdown"),
    [
        ("list-10", "\n".join("  " * i + f"- w{i}" for i in range(10)) + "\n\nw999 after"),
        ("list-60", "\n".join("  " * i + f"- w{i}" for i in range(60)) + "\n\nw999 after"),
        ("ordered-30", "\n".join("   " * i + f"1. w{i}" for i in range(30)) + "\n\nw999"),
        ("quote-20", "\n".join(">" * (i + 1) + f" w{i}\n" for i in range(20)) + "\nw999"),
        ("quote-200", "\n".join(">" * (i + 1) + f" w{i}\n" for i in range(200)) + "\nw999"),
        ("quote-3000", ">" * 3000 + " w0\n\nw999"),
        (
            "mixed",
            "\n".join("  " * i + "- " + "> " * i + f"w{i}" for i in range(30)) + "\n\nw999",
        ),
        ("emphasis-300", "*" * 300 + "w0" + "*" * 300 + " w999"),
        ("brackets-500", "[" * 500 + "w0" + "]" * 500 + "(https://x.example) w999"),
        ("code-long-lines", "```\n" + " ".join(_words(300)) + "\n    " + "x" * 500 + "w999\n```"),
        ("table", "| w0 | w1 |\n|----|----|\n| w2 | w3 |\n\nw999"),
        ("html", "<div>\nw0\n</div>\n\n<!-- w1 -->\n\nw999"),
    ],
)
def test_deeply_nested_and_unusual_markdown_keeps_every_word(
    tmp_path: Path, name: str, markdown: str
) -> None:
    expected = set(WORD.findall(markdown))
    assert _pdf_words(markdown, tmp_path) >= expected, name


def test_deep_levels_print_at_the_deepest_indent() -> None:
    """Indentation stops growing at INDENT_DEPTH, so a 40-level list fits the page width."""
    body = styles().markdown.body
    flows = markdown_flowables(
        "\n".join("  " * i + f"- w{i}" for i in range(40)), styles().markdown
    )
    indents: list[float] = []
    flow = flows[0]
    while isinstance(flow, ListFlowable):
        indents.append(flow._leftIndent)
        inner = [f for f in flow._flowables[0]._flowables if isinstance(f, ListFlowable)]
        flow = inner[0] if inner else None
    assert len(indents) > markdown_flow.INDENT_DEPTH
    assert sum(indents) == pytest.approx(markdown_flow.INDENT_DEPTH * body.fontSize * 1.6)


def _random_markdown(rng: random.Random, counter: list[int], deep: int, depth: int = 0) -> str:
    """Random Markdown with unique words w1, w2, ...; mostly nests until ``deep`` levels."""

    def word() -> str:
        counter[0] += 1
        w = f"w{counter[0]}"
        return rng.choice(
            [w, w, w, f"**{w}**", f"*{w}*", f"`{w}`", f"~~{w}~~", f"[{w}](https://e.example/{w})"]
        )

    def line() -> str:
        return " ".join(word() for _ in range(rng.randint(1, 12)))

    blocks: list[str] = []
    # Wide near the top, one block per level deeper down: deep but not exponentially big.
    for _ in range(rng.randint(1, 4 if depth < 3 else 1)):
        kind = rng.random() ** (0.2 if depth < deep else 1)
        if kind < 0.35 or depth > 40 or counter[0] > 3000:
            joiner = rng.choice([" ", "\n", "  \n", "\\\n"])
            blocks.append(joiner.join(line() for _ in range(rng.randint(1, 3))))
        elif kind < 0.45:
            blocks.append("#" * rng.randint(1, 6) + " " + line())
        elif kind < 0.55:
            blocks.append("```\n" + "\n".join(line() for _ in range(rng.randint(1, 3))) + "\n```")
        elif kind < 0.75:
            marker = rng.choice(["- ", "* ", "1. "])
            items = []
            for _ in range(rng.randint(1, 3 if depth < 3 else 1)):
                inner = _random_markdown(rng, counter, deep, depth + 2)
                pad = " " * len(marker)
                items.append(marker + inner.replace("\n", "\n" + pad))
            blocks.append("\n".join(items))
        else:
            inner = _random_markdown(rng, counter, deep, depth + 1)
            blocks.append("\n".join("> " + ln for ln in inner.split("\n")))
    return "\n\n".join(blocks)


def test_random_markdown_keeps_every_word(tmp_path: Path) -> None:
    rng = random.Random(20260105)
    counter = [0]
    for run in range(12):
        markdown = _random_markdown(rng, counter, deep=rng.randint(0, 70))
        expected = set(WORD.findall(markdown))
        missing = expected - _pdf_words(markdown, tmp_path, f"random-{run}.pdf")
        assert not missing, (run, sorted(missing)[:10], markdown[:2000])
