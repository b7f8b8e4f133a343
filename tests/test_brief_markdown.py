"""Markdown summaries become reportlab flowables; user text never becomes markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import ListFlowable, Paragraph

from webinar_archive.export.brief import styles
from webinar_archive.export.markdown_flow import (
    escape,
    markdown_flowables,
    plain_markup,
    url_markup,
)
from webinar_archive.resources import resource_path


def _render(text: str) -> list:
    return markdown_flowables(text, styles().markdown)


def test_blank_text_gives_nothing() -> None:
    assert _render("") == []
    assert _render("  \n\n ") == []


def test_paragraphs_emphasis_and_links() -> None:
    flows = _render(
        "First **bold** and *it* and `code()`.\n\nSecond [site](https://example.org/?a=1&b=2)."
    )
    assert len(flows) == 2 and all(isinstance(f, Paragraph) for f in flows)
    first, second = (f.text for f in flows)
    assert "<b>bold</b>" in first
    assert "<i>it</i>" in first
    assert "code()</font>" in first
    assert '<link href="https://example.org/?a=1&amp;b=2"' in second
    assert ">site</link>" in second


def test_lists_nest_and_keep_their_start_number() -> None:
    flows = _render("3. three\n4. four\n   - inner a\n   - inner b\n\n- x\n- y\n")
    assert [type(f) for f in flows] == [ListFlowable, ListFlowable]
    ordered, bullets = flows
    assert ordered._start == "3"
    assert ordered._bulletType == "1"
    assert bullets._bulletType == "bullet"
    inner = [f for item in ordered._flowables for f in item._flowables]
    assert any(isinstance(f, ListFlowable) for f in inner)


def test_raw_html_and_entities_stay_text() -> None:
    (para,) = _render("<script>alert(1)</script> & <b>x</b> 1 < 2 &amp;")
    assert "<script>" not in para.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt; 1 &lt; 2" in para.text
    # Paragraph parsed it, so its plain text is what a reader sees.
    assert para.getPlainText().startswith("<script>alert(1)</script> & <b>x</b> 1 < 2")


def test_unsafe_link_schemes_are_not_linked() -> None:
    (para,) = _render("[click](javascript:alert(1)) and <javascript:alert(2)>")
    assert "<link" not in para.text
    assert url_markup("javascript:alert(1)", "#000") == "javascript:alert(1)"
    assert url_markup("https://a.example/?x=<y>", "#000").startswith(
        '<link href="https://a.example/?x=&lt;y&gt;"'
    )


def test_code_blocks_keep_lines_and_indentation_in_the_mono_font() -> None:
    flows = _render("```\nif a < b:\n    pass  # two\n```")
    assert len(flows) == 1 and isinstance(flows[0], Paragraph)
    assert flows[0].style.fontName == styles().markdown.mono_font
    assert flows[0].text == "if a &lt; b:<br/>\u00a0\u00a0\u00a0\u00a0pass\u00a0 # two"


def test_plain_markup_escapes_and_keeps_lines() -> None:
    assert plain_markup("a < b\nc & d") == "a &lt; b<br/>c &amp; d"
    assert escape("\"q\" 's'") == "&quot;q&quot; &#39;s&#39;"


def test_resource_path_finds_fonts_and_licence() -> None:
    font = resource_path("fonts", "DejaVuSans.ttf")
    assert font.is_file() and font.stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-DejaVu.txt")
    assert "Bitstream" in licence.read_text(encoding="utf-8")
    assert isinstance(font, Path)
    with pytest.raises(FileNotFoundError, match="no-such-font"):
        resource_path("fonts", "no-such-font.ttf")
