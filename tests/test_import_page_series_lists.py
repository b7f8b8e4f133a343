"""Series pages listing their sessions each under a dated "Session N" line, the series'
programme linked above them, and a video channel the page says the session can be watched on,
each class from short pages written for the test in the seven page languages."""

from __future__ import annotations

import datetime as dt

import pytest

from webinar_archive.importers.page import extract_page, page_record

_LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."


def _sessions(html: str):  # type: ignore[no-untyped-def]
    return extract_page(html.encode("utf-8"), content_type="text/html")


def _series_page(lang: str, h1: str, rows: list[tuple[str, str]], intro: str = "") -> str:
    body = "".join(f"<p>{kicker}</p><h2>{title}</h2><p>{_LOREM}</p>" for kicker, title in rows)
    return (
        f"<html lang='{lang}'><head><link rel='canonical' href='https://serie.example.eu/s'>"
        f"</head><body><main><h1>{h1}</h1><p>{_LOREM} {intro}</p>{body}</main>"
        "<footer><p>© 2026 Verein Nordwald</p></footer></body></html>"
    )


# -- sessions each under a dated "Session N" line over their own heading ------------------------


@pytest.mark.parametrize(
    ("lang", "h1", "rows", "days"),
    [
        ("en", "Clean Rivers",
         [("Session 1 · Tuesday 13 January 2026", "Mapping the outfalls"),
          ("Session 2 · 10/02/2026 · Upcoming", "Who pays for the clean-up")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("en", "Clean Rivers",
         [("Webinar 1: Tuesday 13 January 2026", "Mapping the outfalls"),
          ("Webinar 2: Tuesday 10 February 2026", "Who pays for the clean-up")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("de", "Saubere Bäche",
         [("Teil 1 | Dienstag, 13. Januar 2026", "Einleitungen kartieren"),
          ("Teil 2 | 10.02.2026", "Wer zahlt die Sanierung")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("fr", "Rivières propres",
         [("Séance 1 – mardi 13 janvier 2026", "Cartographier les rejets"),
          ("Séance 2 – mardi 10 février 2026", "Qui paie la dépollution")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("es", "Ríos limpios",
         [("Sesión 1 — martes 13 de enero de 2026", "Cartografiar los vertidos"),
          ("Sesión 2 — martes 10 de febrero de 2026", "Quién paga la limpieza")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("it", "Fiumi puliti",
         [("Incontro n. 1 · martedì 13 gennaio 2026", "Mappare gli scarichi"),
          ("Incontro n. 2 · martedì 10 febbraio 2026", "Chi paga la bonifica")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("pl", "Czyste rzeki",
         [("Spotkanie 1 – 13.01.2026", "Mapowanie zrzutów ścieków"),
          ("Spotkanie 2 – 10 lutego 2026", "Kto płaci za oczyszczanie")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
        ("cs", "Čisté řeky",
         [("Lekce 1 · úterý 13. 1. 2026", "Mapování výpustí"),
          ("Lekce 2 · úterý 10. 2. 2026", "Kdo zaplatí čištění")],
         [dt.date(2026, 1, 13), dt.date(2026, 2, 10)]),
    ],
)  # fmt: skip
def test_sessions_under_dated_numbered_lines_are_each_titled_by_their_heading(
    lang: str, h1: str, rows: list[tuple[str, str]], days: list[dt.date]
) -> None:
    sessions = _sessions(_series_page(lang, h1, rows))
    assert [(s.draft.title, s.draft.date) for s in sessions] == [
        (title, day) for (_kicker, title), day in zip(rows, days, strict=True)
    ]
    assert page_record(sessions)["title"] == h1
    # The summary is the session's text, without its line and heading.
    assert [s.draft.summary for s in sessions] == [_LOREM] * len(rows)


@pytest.mark.parametrize(
    "rows",
    [
        # One numbered line: one session, whatever the page says below it.
        [("Session 3 · Tuesday 10 March 2026", "Who pays for the clean-up")],
        # Dated lines without a session's number (a list of news, of related events).
        [("13 January 2026", "Mapping the outfalls"), ("10 February 2026", "New board")],
        # Numbered lines giving one day are parts of one session.
        [("Part 1 · 13 January 2026", "Mapping the outfalls"),
         ("Part 2 · 13 January 2026", "Who pays for the clean-up")],
    ],
)  # fmt: skip
def test_a_single_dated_line_or_lines_without_a_session_number_make_one_session(
    rows: list[tuple[str, str]],
) -> None:
    assert len(_sessions(_series_page("en", "Clean Rivers", rows))) == 1


@pytest.mark.parametrize(
    ("lang", "other"),
    [
        ("en", "Other webinars in this series"),
        ("de", "Weitere Termine der Reihe"),
        ("fr", "Prochaines séances"),
        # No word for elsewhere: a section below the page's own session all the same.
        ("pl", "W tym cyklu"),
        ("cs", "Celý cyklus"),
    ],
)
def test_sessions_listed_below_the_one_a_page_describes_are_not_its_sessions(
    lang: str, other: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><main><h1>Mapping the outfalls</h1>"
        f"<p>Tuesday 13 January 2026, 10:00.</p><p>{_LOREM}</p><h2>{other}</h2>"
        "<p>Session 2 · Tuesday 10 February 2026</p><h3>Who pays for the clean-up</h3>"
        "<p>Session 3 · Tuesday 10 March 2026</p><h3>Rainwater at the school gate</h3>"
        "</main></body></html>"
    )
    [session] = _sessions(html)
    assert (session.draft.title, session.draft.date) == (
        "Mapping the outfalls",
        dt.date(2026, 1, 13),
    )


# -- the series' programme linked above the sessions ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "label", "href", "agenda"),
    [
        ("en", "Download the series programme (PDF)", "/docs/series.pdf", True),
        ("de", "Programm der Reihe", "/docs/programm-reihe.pdf", True),
        ("fr", "Programme du cycle", "/docs/programme.pdf", True),
        ("pl", "Program cyklu (PDF)", "/docs/program.pdf", True),
        ("cs", "Program cyklu", "/docs/program.docx", True),
        # A page about the site's programmes of work is no document of this series.
        ("en", "Our programmes", "/programmes/", False),
    ],
)
def test_the_series_programme_linked_above_the_sessions_is_each_ones_agenda(
    lang: str, label: str, href: str, agenda: bool
) -> None:
    rows = [
        ("Session 1 · Tuesday 13 January 2026", "Mapping the outfalls"),
        ("Session 2 · Tuesday 10 February 2026", "Who pays for the clean-up"),
    ]
    html = _series_page(lang, "Clean Rivers", rows, f"<a href='{href}'>{label}</a>")
    sessions = _sessions(html)
    assert len(sessions) == 2
    for session in sessions:
        kinds = [(link.kind.value, link.url) for link in session.draft.links]
        assert (("agenda", f"https://serie.example.eu{href}") in kinds) is agenda
    assert page_record(sessions)["links"]["agenda"] is agenda


# -- a channel the page says the session can be watched on ------------------------------------


@pytest.mark.parametrize(
    ("line", "recording"),
    [
        ("Si no puedes conectarte, podrás ver el taller después en "
         "<a href='{u}'>nuestro canal</a>.", True),
        ("Missed it? You can watch the talk later on <a href='{u}'>our YouTube channel</a>.",
         True),
        ("Das Web-Seminar können Sie danach auf <a href='{u}'>unserem Kanal</a> ansehen.", True),
        ("Vous pourrez regarder la séance sur <a href='{u}'>notre chaîne</a>.", True),
        ("Potrete rivedere l'incontro sul <a href='{u}'>nostro canale</a>.", True),
        ("Spotkanie będzie można obejrzeć na <a href='{u}'>naszym kanale</a>.", True),
        ("Přednášku si můžete zhlédnout na <a href='{u}'>našem kanálu</a>.", True),
        # Seeing, but no session: the channel holds other things.
        ("Vous pourrez y voir les films du projet : <a href='{u}'>notre chaîne</a>.", False),
        # A session, but one is asked to follow the channel.
        ("Abonnez-vous à <a href='{u}'>notre chaîne</a> pour voir nos prochains webinaires.",
         False),
    ],
)  # fmt: skip
def test_a_channel_the_line_says_the_session_can_be_watched_on_is_its_recording(
    line: str, recording: bool
) -> None:
    html = (
        "<html><body><h1>Wärmepumpen im Altbau</h1><p>Donnerstag, 12. März 2026.</p>"
        f"<p>{line.format(u='https://www.youtube.com/@agency')}</p></body></html>"
    )
    assert page_record(_sessions(html))["links"]["recording"] is recording
