"""The session's title chosen among a page's headings, <title>, og:title and JSON-LD."""

from __future__ import annotations

import json

from webinar_archive.importers.page import extract_page, extract_text


def _page(
    body: str,
    *,
    title: str = "",
    og_title: str = "",
    site: str = "",
    canonical: str = "",
    json_ld: object = None,
    lang: str = "en",
) -> bytes:
    head = [f"<title>{title}</title>"] if title else []
    if og_title:
        head.append(f'<meta property="og:title" content="{og_title}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if json_ld is not None:
        head.append(f'<script type="application/ld+json">{json.dumps(json_ld)}</script>')
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{"".join(head)}'
        f"</head><body>{body}</body></html>"
    ).encode()


def _title(data: bytes) -> str:
    [session] = extract_page(data)
    return session.draft.title


def _text_title(text: str) -> tuple[str, str | None]:
    [session] = extract_text(text)
    return session.draft.title, session.draft.series


_PARAGRAPH = (
    "<p>Tuesday 3 March 2026, 10:00 to 11:00, online. A practical hour for town halls on "
    "what the new rules ask of them, with examples from three small municipalities and time "
    "for your questions at the end.</p><p>Speaker: Ruth Calloway, Harbour Data Trust</p>"
)


def test_a_section_heading_as_h1_gives_way_to_the_session_heading_below_it() -> None:
    """An h1 that only names the site's section ("Termine") is no title: the heading under
    it is, with or without a <title> that agrees."""
    body = (
        "<main><h1>Termine</h1><article><h2>Photovoltaik auf Vereinsdächern</h2>"
        "<p>Online-Vortrag am 4. Juni 2026, 19:00 Uhr. Wie Sportvereine und Kirchengemeinden "
        "eine Solaranlage planen, finanzieren und betreiben, erklärt an drei Beispielen aus "
        "der Region.</p><p>Referent: Paul Seidel, Energieagentur Weserbergland</p>"
        "</article></main>"
    )
    assert _title(_page(body, lang="de")) == "Photovoltaik auf Vereinsdächern"
    assert (
        _title(_page(body, title="Termine – Energieagentur Weserbergland", lang="de"))
        == "Photovoltaik auf Vereinsdächern"
    )


def test_the_sites_name_in_an_h1_logo_is_not_the_title() -> None:
    """A theme that puts the site's name in an h1 logo: known from og:site_name or from the
    copyright line, the name loses to og:title and the session's own heading."""
    body = (
        "<header><h1 class='logo'><a href='/'>Ufficio Turismo Val Seriana</a></h1></header>"
        "<main><h2>Accoglienza digitale per i rifugi alpini</h2>" + _PARAGRAPH + "</main>"
        "<footer>© 2026 Ufficio Turismo Val Seriana – Privacy</footer>"
    )
    assert _title(_page(body, lang="it")) == "Accoglienza digitale per i rifugi alpini"
    with_og = _page(
        body.replace("<h2>Accoglienza digitale per i rifugi alpini</h2>", ""),
        og_title="Accoglienza digitale per i rifugi alpini",
        site="Ufficio Turismo Val Seriana",
        lang="it",
    )
    assert _title(with_og) == "Accoglienza digitale per i rifugi alpini"


def test_sources_that_agree_beat_a_lone_kicker_line_above_the_heading() -> None:
    """ "Open Data Mornings · Episode 2 of 5" above the heading: the <title> (its site name
    cut, the site known from the page's address) and JSON-LD agree with the heading below."""
    body = (
        "<main><p class='kicker'>Open Data Mornings · Episode 2 of 5</p>"
        "<h2>Publishing bus timetables as open data</h2>" + _PARAGRAPH + "</main>"
    )
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Publishing bus timetables as open data",
        "startDate": "2026-03-03T10:00:00+00:00",
    }
    page = _page(
        body,
        title="Harbour Data | Publishing bus timetables as open data",
        canonical="https://www.harbourdata.org/events/bus-timetables",
        json_ld=event,
    )
    assert _title(page) == "Publishing bus timetables as open data"


def test_json_ld_names_the_session_when_the_headings_do_not() -> None:
    """An Article's headline or an Event's name stands in for headings that name no session."""
    body = "<main><h1>Noticias</h1>" + _PARAGRAPH + "</main>"
    article = {"@type": "NewsArticle", "headline": "Riego eficiente en cooperativas de olivar"}
    assert _title(_page(body, json_ld=article, lang="es")) == (
        "Riego eficiente en cooperativas de olivar"
    )
    graph = {
        "@graph": [
            {"@type": "WebSite", "name": "Regadíos del Sur"},
            {"@type": "Event", "name": "Jornada online: Riego eficiente en cooperativas"},
        ]
    }
    assert _title(_page(body, json_ld=graph, lang="es")) == "Riego eficiente en cooperativas"


def test_the_title_tag_alone_names_no_session() -> None:
    """ "Relacja – Stowarzyszenie Gmin Mazurskich": with nothing to back it, what is left of
    <title> after its section word is the site's name, not a session's."""
    body = "<main><h2>Relacja</h2><p>Dziękujemy wszystkim za udział w spotkaniu.</p></main>"
    page = _page(body, title="Relacja – Stowarzyszenie Gmin Mazurskich", lang="pl")
    assert _title(page) == ""


def test_the_title_tag_names_the_session_once_it_shows_which_part_is_the_site() -> None:
    """ "Title | Site" with the site known (og:site_name): the rest is the title, even with
    no heading on the page."""
    page = _page(
        "<main>" + _PARAGRAPH + "</main>",
        title="Accessible council websites | Harbour Data Trust",
        site="Harbour Data Trust",
    )
    assert _title(page) == "Accessible council websites"


def test_invitation_lines_give_the_name_they_invite_to() -> None:
    """ "Zapraszamy na webinar „X”", "Join us: X", "Zveme vás na webinář „X“": the name, not
    the invitation; and the quoted name is then no series of its own."""
    cases = {
        "Zapraszamy na webinar „Dostępne strony szkół”": "Dostępne strony szkół",
        "Join us: Cold chain logistics for small farms": "Cold chain logistics for small farms",
        "Zveme vás na webinář „Elektronická fakturace pro živnostníky“": (
            "Elektronická fakturace pro živnostníky"
        ),
        'Webinar gratuito "Fatturazione elettronica per artigiani"': (
            "Fatturazione elettronica per artigiani"
        ),
    }
    for heading, name in cases.items():
        title, series = _text_title(
            f"{heading}\nThursday 5 March 2026, 10:00\nSpeaker: Tom Reed, AgriHub\n"
        )
        assert (title, series) == (name, None), heading


def test_a_date_line_above_the_heading_is_not_the_title() -> None:
    title, _ = _text_title(
        "5 March 2026\nCold chain logistics for small farms\nSpeaker: Tom Reed, AgriHub\n"
    )
    assert title == "Cold chain logistics for small farms"


def test_a_category_from_the_breadcrumb_before_a_bar_is_the_series() -> None:
    """ "Ateliers du mardi | Title" under the breadcrumb "Agenda › Ateliers du mardi": the
    part repeated in the breadcrumb is the programme, the rest the session."""
    title, series = _text_title(
        "Maison de l'emploi du Pays de Morlaix\n"
        "Agenda › Ateliers du mardi\n"
        "Ateliers du mardi | Préparer un entretien d'embauche en visio\n"
        "Mardi 10 mars 2026, de 14h à 15h30, en ligne\n"
        "Intervenante : Laure Besson, conseillère emploi\n"
    )
    assert (title, series) == ("Préparer un entretien d'embauche en visio", "Ateliers du mardi")


def test_the_section_named_last_in_the_breadcrumb_stays_when_it_is_the_title() -> None:
    """The breadcrumb ending on the page itself cuts nothing from a heading that equals it."""
    title, _ = _text_title(
        "Accueil › Agenda › Préparer un entretien d'embauche\n"
        "Préparer un entretien d'embauche\n"
        "Mardi 10 mars 2026, de 14h à 15h30, en ligne\n"
    )
    assert title == "Préparer un entretien d'embauche"


def test_a_menu_copied_without_separators_is_not_the_title() -> None:
    """ "Domů O nás Projekty Aktuality Kontakty": a home link and names of sections, whatever
    their capitals, are a menu."""
    title, _ = _text_title(
        "Domů O nás Projekty Aktuality Kontakty\n"
        "Sdílené dílny pro opravy kol\n"
        "Středa 8. dubna 2026 od 17:00, online\n"
        "Přednáší: Karel Doležal, Cyklokuchyně Ústí\n"
    )
    assert title == "Sdílené dílny pro opravy kol"
    title, _ = _text_title(
        "Home chi siamo progetti notizie contatti\n"
        "Orti urbani e scuole\n"
        "Giovedì 9 aprile 2026 alle 17:00, online\n"
    )
    assert title == "Orti urbani e scuole"


def test_a_meeting_online_lead_is_not_part_of_the_title() -> None:
    """ "Encuentro online – ...", "Incontro online – ...": a kind of meeting, not its name,
    even when the text speaks of "el encuentro"."""
    title, _ = _text_title(
        "Encuentro online – Huertos escolares y comedores de proximidad\n"
        "Jueves 12 de marzo de 2026, 18:00\n"
        "En el encuentro, tres centros explican cómo llevan lo que cultivan al comedor.\n"
        "Interviene: Rosa Lozano, técnica de educación ambiental\n"
    )
    assert title == "Huertos escolares y comedores de proximidad"


def test_a_recap_that_names_only_its_series_leaves_the_session_untitled() -> None:
    """ "Green Harbours Webinar Recap" quoting no session name: the page has no title for the
    session, rather than the series and a word for a report."""
    title, _ = _text_title(
        "Green Harbours Webinar Recap\n"
        "On 4 February our members met online to compare shore power projects. "
        "Ingrid Holm of the Port of Kalmar opened the session.\n"
    )
    assert title == ""


def test_the_holder_of_a_copyright_line() -> None:
    from webinar_archive.importers.page.blocks import copyright_holder

    assert copyright_holder("© 2026 Kyoto Lab – C.F. 9712 – Privacy") == "Kyoto Lab"
    assert copyright_holder("Copyright 2019-2026 Harbour Data Trust | Imprint") == (
        "Harbour Data Trust"
    )
    assert copyright_holder("Impressum · Datenschutz") is None


def test_a_programme_in_the_h1_over_the_sessions_heading_is_the_series() -> None:
    """ "Farm Futures Webinar Series" as h1 with the session's heading under it."""
    body = "<main><h1>Farm Futures Webinar Series</h1><h2>Cold chain for small farms</h2>"
    [session] = extract_page(_page(body + _PARAGRAPH + "</main>"))
    assert session.draft.title == "Cold chain for small farms"
    assert session.draft.series == "Farm Futures Webinar Series"


def test_the_h1_stands_against_a_headline_that_only_og_and_title_repeat() -> None:
    """og:title and <title> are often one field of the site's software written twice: two of
    them against the page's own h1 are not enough to replace it."""
    page = _page(
        "<main><h1>Cold chain for small farms</h1>" + _PARAGRAPH + "</main>",
        title="Five lessons from our cold chain webinar | AgriHub",
        og_title="Five lessons from our cold chain webinar",
    )
    assert _title(page) == "Cold chain for small farms"


def test_lists_of_sessions_as_headings_are_not_the_title() -> None:
    """ "Upcoming events", "Vergangene Termine", "Wydarzenia i szkolenia" head a list."""
    for heading, name, lang in (
        ("Upcoming events", "Cold chain for small farms", "en"),
        ("Vergangene Termine", "Kühlketten für kleine Höfe", "de"),
        ("Wydarzenia i szkolenia", "Łańcuch chłodniczy w małych gospodarstwach", "pl"),
    ):
        page = _page(f"<main><h1>{heading}</h1><h2>{name}</h2>{_PARAGRAPH}</main>", lang=lang)
        [session] = extract_page(page)
        assert (session.draft.title, session.draft.series) == (name, None), heading


def test_the_sites_name_repeated_in_the_footer_is_not_the_title() -> None:
    """A page copied as text: the name over the menu comes back first in the footer line
    ("Energieagentur Weserbergland · Impressum · Datenschutz"), so it is the site's."""
    title, _ = _text_title(
        "Energieagentur Weserbergland\n"
        "Startseite Über uns Projekte Termine Kontakt\n"
        "Termine\n"
        "Photovoltaik auf Vereinsdächern\n"
        "Donnerstag, 4. Juni 2026, 19 Uhr, online\n"
        "Wie Sportvereine eine Solaranlage planen, erklärt an drei Beispielen.\n"
        "Referent: Paul Seidel, Stadtwerke Hameln\n"
        "Energieagentur Weserbergland · Impressum · Datenschutz\n"
    )
    assert title == "Photovoltaik auf Vereinsdächern"


def test_a_heading_with_a_dash_inside_is_not_cut_as_a_footer_name() -> None:
    """The title's own first part ("... – relacja") is no site name, even on a short page."""
    title, _ = _text_title(
        "Gospodarka morska na Kaszubach – zaproszenie\n"
        "Dnia 19 kwietnia 2026 r. odbędzie się webinarium o gospodarce morskiej.\n"
        "Prowadzi: Jan Kowal, Urząd Morski\n"
    )
    assert title == "Gospodarka morska na Kaszubach"


def test_date_bylines_and_share_lines_above_the_heading_are_not_the_title() -> None:
    for line in (
        "Martes, 21 de abril de 2026 | 10:00 h",
        "Posted on 12 February 2026 by Admin",
        "Share this: Facebook Twitter LinkedIn",
    ):
        title, _ = _text_title(
            f"{line}\nCold chain for small farms\nThursday 5 March 2026, 14:00\n"
            "Speaker: Tom Reed, AgriHub\n"
        )
        assert title == "Cold chain for small farms", line


def test_titles_that_start_like_a_share_line_or_hold_a_date_stay_titles() -> None:
    for heading in ("Shared mobility hubs for market towns", "Hydrogen Day 5 May 2026"):
        title, _ = _text_title(
            f"{heading}\nThursday 5 March 2026, 14:00\nSpeaker: Tom Reed, AgriHub\n"
        )
        assert title == heading
