"""A summary's Markdown read as plain words (what search snippets show)."""

from __future__ import annotations

import pytest

from webinar_archive.domain.demo import _SUMMARY
from webinar_archive.domain.markdown_text import markdown_plain


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**Kevin Morgan** (Cardiff) and *I3*", "Kevin Morgan (Cardiff) and I3"),
        ("__bold__, _italic_, ***both***, ~~struck~~", "bold, italic, both, struck"),
        ("**bold _and italic_ inside**", "bold and italic inside"),
        ("snake_case_name and 4*5 and a * b", "snake_case_name and 4*5 and a * b"),
        ("- Boost4Health\n* CE4BIG\n+ SIGs", "• Boost4Health\n• CE4BIG\n• SIGs"),
        ("1. first\n2. second", "1. first\n2. second"),
        ("## Speakers ##\n> quoted **words**", "Speakers\nquoted words"),
        ('See [the call](https://ec.europa.eu/a_(b) "t") now', "See the call now"),
        (
            "![slide](s.png) <https://e.org> [ref][1]\n\n[1]: https://z.org",
            "slide https://e.org ref\n",
        ),
        (r"Escaped \*stars\* and \[brackets\] \_stay\_", "Escaped *stars* and [brackets] _stay_"),
        ("`code **here**` stays", "code **here** stays"),
        ("```\nfenced\n```\n---", "fenced"),
        ("**a\n\nb** across paragraphs", "**a\n\nb** across paragraphs"),
        ("Use <b>bold</b> & more", "Use <b>bold</b> & more"),
        ("No markup at all.", "No markup at all."),
    ],
)
def test_markup_is_taken_out_and_words_stay(markdown: str, plain: str) -> None:
    assert markdown_plain(markdown) == plain


def test_the_demo_summary_keeps_every_word() -> None:
    plain = markdown_plain(_SUMMARY)
    assert "**" not in plain and "*Interregional" not in plain
    assert "Ilari Havukainen (Regional Council of Lapland)" in plain
    assert plain.split() == [w.replace("*", "") for w in _SUMMARY.replace("- ", "• ").split()]
