"""The rule for where a new chapter goes among a recording's chapters (domain/chapters.py)."""

from __future__ import annotations

from webinar_archive.domain.chapters import split_at
from webinar_archive.domain.model import Chapter


def _ch(cid: int, start: int, end: int | None) -> Chapter:
    return Chapter(id=cid, recording_id=1, start_ms=start, end_ms=end, title=f"C{cid}")


def test_a_chapter_inside_another_takes_the_rest_of_it() -> None:
    """The chapter it falls into ends at the new start; the new one ends at the old end."""
    split = split_at([_ch(1, 0, 60_000), _ch(2, 60_000, 120_000)], 90_000)
    assert not split.taken
    assert split.end_ms == 120_000
    assert [c.id for c in split.shortened] == [2]


def test_a_start_already_taken_changes_nothing() -> None:
    """No chapter is shortened when one already starts at that moment."""
    split = split_at([_ch(1, 0, 60_000), _ch(2, 30_000, None)], 30_000)
    assert split.taken
    assert split.shortened == ()


def test_open_ended_chapters_are_not_split() -> None:
    """A chapter without an end keeps running; the new one is open-ended too."""
    split = split_at([_ch(1, 0, None)], 10_000)
    assert not split.taken
    assert split.end_ms is None
    assert split.shortened == ()


def test_a_chapter_without_a_title_is_shown_by_its_place() -> None:
    """Stored without a title, a chapter is shown as "Chapter N" in the reader's language;
    a "Chapter N" (or the Polish window's "Rozdział N") stored by an earlier version keeps its
    N; any other title is its own."""
    from webinar_archive.domain.chapters import is_untitled, shown_title
    from webinar_archive.services.language import use_language

    assert shown_title("", 3) == "Chapter 3"
    assert shown_title("  ", 3) == "Chapter 3"
    assert shown_title("Chapter 7", 3) == "Chapter 7"
    assert shown_title("Rozdział 7", 3) == "Chapter 7"
    assert shown_title("Chapter 7: the end", 3) == "Chapter 7: the end"
    assert shown_title("", 2, "Part {number}") == "Part 2"
    assert [is_untitled(t) for t in ("", "Chapter 2", "Rozdział 2", "Welcome")] == [
        True,
        True,
        True,
        False,
    ]
    use_language("pl")
    assert shown_title("", 3) == "Rozdział 3"
    assert shown_title("Chapter 7", 3) == "Rozdział 7"
    assert shown_title("Welcome", 3) == "Welcome"
