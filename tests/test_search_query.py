"""The query language and the highlighter: pure functions, no database."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from webinar_archive.domain.query import DateRange, Term, index_text, parse, tokens
from webinar_archive.domain.search import Hit, match_spans, snippet


def test_tokens_fold_letters_unicode_does_not_decompose():
    assert tokens("Sławomir Łódź Anaïs Søren Straße") == [
        "slawomir",
        "lodz",
        "anais",
        "soren",
        "strasse",
    ]
    assert index_text("Boost4Health:  e-Health!") == "boost4health e health"


def test_ascii_text_is_indexed_as_the_tokens_of_the_query_are_cut() -> None:
    """ASCII text takes a faster path in ``index_text``: the same words as ``tokens`` (which
    cuts the queries) for every ASCII character, alone and between letters."""
    import random

    every = [chr(c) for c in range(128)]
    samples = [*every, *(f"ab{ch}Cd{ch}{ch}9" for ch in every)]
    rng = random.Random(15)
    samples += ["".join(rng.choice(every) for _ in range(rng.randrange(40))) for _ in range(2000)]
    for text in samples:
        assert index_text(text) == " ".join(tokens(text)), repr(text)
    assert index_text("snake_case C++ __init__ x86-64") == "snake case c init x86 64"


def test_text_ascii_once_folded_is_indexed_as_the_tokens_of_the_query_are_cut() -> None:
    """Text whose accents fold to ASCII takes the same faster path: the same words as
    ``tokens`` for mixes of ASCII, accented and other letters, marks and odd spaces."""
    import random

    rng = random.Random(16)
    pool = [chr(c) for c in range(128)] + list("łŁøØßẞæŒðÞıħŧđéÉàçüÿĄąŻżŃńœ́  ﬁ²①Σ中")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(40)))
        assert index_text(text) == " ".join(tokens(text)), repr(text)
    assert index_text("Łódź_Straße ﬁnal") == "lodz strasse final"


def test_words_are_anded_and_last_word_is_a_prefix_while_typing():
    q = parse("smart spec")
    assert q.clauses == ((Term(("smart",)),), (Term(("spec",), prefix=True),))
    finished = parse("smart spec ")
    assert finished.clauses[-1] == (Term(("spec",)),)


def test_phrases_or_and_exclusions():
    q = parse('"smart specialisation" OR clusters -covid NOT lockdown ')
    assert q.clauses == ((Term(("smart", "specialisation")), Term(("clusters",))),)
    assert q.excluded == (Term(("covid",)), Term(("lockdown",)))


def test_explicit_prefix_and_quoted_phrase_is_never_a_prefix():
    assert parse("hydro* valleys ").clauses[0] == (Term(("hydro",), prefix=True),)
    assert parse('"green hydro"').clauses[0] == (Term(("green", "hydro")),)


def test_field_filters():
    q = parse('speaker:"Sławomir Nowak" org:CEBR series:regional theme:health tag:urban ')
    assert [t for c in q.clauses for t in c] == [
        Term(("slawomir", "nowak"), field="speaker"),
        Term(("cebr",), field="org"),
        Term(("regional",), field="series"),
        Term(("health",), field="theme"),
        Term(("urban",), field="tag"),
    ]
    q = parse("year:2020 date:2020-09..2020-12 has:recording -has:slides lang:PL status:rev")
    assert q.dates == (
        DateRange(dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        DateRange(dt.date(2020, 9, 1), dt.date(2020, 12, 31)),
    )
    assert q.has == ("recording",) and q.has_not == ("slides",)
    assert q.languages == ("pl",) and q.statuses == ("reviewed",)
    assert parse("date:2020-09-11").dates == (
        DateRange(dt.date(2020, 9, 11), dt.date(2020, 9, 11)),
    )
    assert parse("date:..2019-02").dates == (DateRange(None, dt.date(2019, 2, 28)),)
    assert parse("year:2019..2021").dates == (
        DateRange(dt.date(2019, 1, 1), dt.date(2021, 12, 31)),
    )


def test_nonsense_filter_values_become_words():
    q = parse("year:soon has:everything status:x date:2020-13 ")
    assert [t.words for c in q.clauses for t in c] == [
        ("year", "soon"),
        ("has", "everything"),
        ("status", "x"),
        ("date", "2020", "13"),
    ]
    assert not q.has_filters


def test_operators_and_punctuation_are_only_words():
    q = parse('NEAR(a b) AND ^c {d} "e :f DROP TABLE session; -- ')
    words = [t.words for c in q.clauses for t in c]
    assert words == [("near", "a"), ("b",), ("c",), ("d",), ("e", "f", "drop", "table", "session")]
    assert parse('*** "" - : ( ) OR').is_empty


def test_highlight_maps_folded_matches_back_to_the_original_letters():
    text = "Meeting in Łódź with Sławomir and Anaïs"
    spans = match_spans(text, (Term(("lodz",)), Term(("slaw",), prefix=True), Term(("anais",))))
    assert [text[a:b] for a, b in spans] == ["Łódź", "Sławomir", "Anaïs"]
    spans = match_spans("straße STRASSE", (Term(("strasse",)),))
    assert spans == [(0, 6), (7, 14)]


def test_snippet_is_cut_around_the_first_match_with_marks():
    long = " ".join(["filler"] * 60) + " the Łódź textile district " + " ".join(["tail"] * 60)
    cut, spans = snippet(long, (Term(("lodz",)),))
    assert cut.startswith("…") and cut.endswith("…") and len(cut) < 240
    hit = Hit("summary", "summary", cut, spans)
    assert "[Łódź]" in hit.marked()
    assert "<mark>Łódź</mark>" in hit.snippet_html
    assert snippet("nothing here", (Term(("lodz",)),)) == ("", ())


def test_snippet_html_escapes_the_original():
    cut, spans = snippet("<b>R&D</b> in Łódź", (Term(("lodz",)),))
    assert Hit("title", "title", cut, spans).snippet_html == (
        "&lt;b&gt;R&amp;D&lt;/b&gt; in <mark>Łódź</mark>"
    )


def test_fast_tokens_equal_tokens_of_fold():
    import random

    from webinar_archive.domain.text import fold

    rng = random.Random(5)
    alphabet = (
        "abcXYZ019 -_.,'\"\t\nŁłØøßẞÆæŒœÐðÞþıĦħŦŧĐđ"
        "àáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćČčĎďĘęĚěĞğŃńŇňŐőŘřŚśŠšŢţŤťŮůŰűŹźŻżŽž"
        "\u0301\u0308\u0327ﬁﬂ²³½ＡＢ①ΣσςДдЖж中文"
    )
    for _ in range(2000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert tokens(sample) == re.findall(r"[^\W_]+", fold(sample)), sample


def test_very_long_queries_are_capped():
    q = parse(" ".join(f"w{i}" for i in range(5000)))
    assert len(q.clauses) == 64


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("lodz", Term(("lodz",)), ["lodz"]),  # the whole text
        ("xlodz lodzx lodz_x 9lodz", Term(("lodz",)), ["lodz"]),  # "_" separates, digits do not
        ("ąlodz Łódź", Term(("lodz",)), ["Łódź"]),  # a folded letter before it is a letter
        ("hydrogen HYDRO-power hydr", Term(("hydro",), prefix=True), ["hydrogen", "HYDRO"]),
        (
            "Smart,  Specialisation_x smart specialisations",
            Term(("smart", "specialisation")),
            ["Smart,  Specialisation"],
        ),
        (
            "smart specialisations",
            Term(("smart", "special"), prefix=True),
            ["smart specialisations"],
        ),
        ("a.b a b ab", Term(("a", "b")), ["a.b", "a b"]),
    ],
)
def test_terms_are_found_as_whole_tokens(text, term, expected):
    assert [text[a:b] for a, b in match_spans(text, (term,))] == expected


def test_fold_fast_replacing_few_letters_matches_the_translate_table() -> None:
    """fold_fast replaces the few accented letters of a text one by one (faster than
    translating every character); on random mixes of Latin, Greek, CJK, ligatures, combining
    marks and odd spaces it gives exactly what the translate table gives."""
    import random

    from webinar_archive.domain import query as q

    rng = random.Random(5)
    codes = [*range(32, 127), *range(0xA0, 0x250), *range(0x370, 0x3FF)]
    pool = [chr(c) for c in codes] + list("ẞﬁⅫ中\u0301\u0308\u2003\u3000😀")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 60)))
        table, _ = q.fold_table(text)
        assert q.fold_fast(text) == text.translate(table).lower(), repr(text)


def _fold_by_the_rules(text: str) -> str:
    """``fold`` spelled out step by step (NFKD, every combining mark dropped, casefold, spaces
    collapsed), without the shortcuts ``fold`` takes for ASCII and Latin accents."""
    import unicodedata

    from webinar_archive.domain.text import _EXTRA_FOLDS

    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold().translate(_EXTRA_FOLDS)).strip()


def test_fold_shortcuts_give_what_the_rules_give() -> None:
    """``fold`` takes ASCII text and Latin accents by shortcuts (an import folds every title
    twice): each character of the first planes, alone between letters and in random mixes
    with controls, odd spaces, combining marks and the letters NFKD leaves whole, folds as
    the rules say."""
    import random

    from webinar_archive.domain.text import fold

    for code in range(0x3100):
        text = f"A{chr(code)}b"
        assert fold(text) == _fold_by_the_rules(text), hex(code)
    rng = random.Random(7)
    pool = [chr(c) for c in (*range(0, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00))]
    pool += list("ŁłØøßẞÆæŒœÐðÞþıĦħŦŧĐđ\u2019\u2018\u2003\u3000\u034f\u0483ﬁ①中😀")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert fold(text) == _fold_by_the_rules(text), repr(text)
        ascii_only = "".join(ch for ch in text if ch.isascii())
        assert fold(ascii_only) == _fold_by_the_rules(ascii_only), repr(ascii_only)


@pytest.mark.parametrize("extra", ["", "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăą"])
def test_highlight_of_accented_text_folded_one_letter_for_one(extra):
    """Text whose letters each fold to one letter is folded by replacing its accented letters
    (few or many kinds of them), and the spans still cover the original letters."""
    text = f"{extra} Spotkanie w Łodzi: ŁÓDŹ, łódź i Łódź-2020 {extra} Kraków"
    spans = match_spans(text, (Term(("lodz",)), Term(("krak",), prefix=True)))
    assert [text[a:b] for a, b in spans] == ["ŁÓDŹ", "łódź", "Łódź", "Kraków"]
