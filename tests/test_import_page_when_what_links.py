"""Dates written without a year, titles wrapped in a page's own words, and the kinds of link a
page offers, each class from short pages written for the test in the seven page languages."""

from __future__ import annotations

import datetime as dt

import pytest

from webinar_archive.importers.page import extract_page, extract_text, page_record
from webinar_archive.importers.page.dates import find_dates


def _session(html: str, url: str | None = None):  # type: ignore[no-untyped-def]
    [session] = extract_page(html.encode("utf-8"), url=url, content_type="text/html")
    return session


def _record(html: str) -> dict:
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("cs", "Ve středu 9. 9. jsme uspořádali webinář o vodě v krajině."),
        ("de", "Am Mittwoch, 9.9., fand unser Web-Seminar zur Wärmeplanung statt."),
        ("pl", "W środę 9.09. o 10:00 odbyło się spotkanie online."),
        ("es", "El miércoles 9/9 celebramos la jornada en línea."),
        ("it", "Mercoledì 9/9 si è tenuto l'incontro online."),
        ("en", "On Wed, 9/9 we held the webinar for town halls."),
        ("fr", "Mercredi 9/9, le webinaire a réuni quarante communes."),
        ("de", "Termin: Mi., 9.9., 10:00 Uhr, online"),
        ("pl", "Termin: środa, 9.09, godz. 10:00"),
    ],
)
def test_a_day_and_month_after_the_weekday_take_the_year_of_the_copyright_line(
    lang: str, line: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><main><h1>Voda v krajině a obce</h1><p>{line}</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>"
        "</main><footer><p>© 2026 Agro Net</p></footer></body></html>"
    )
    assert _session(html).draft.date == dt.date(2026, 9, 9)


def test_a_day_and_month_after_the_weekday_take_the_year_of_the_page_address() -> None:
    html = (
        "<html lang='de'><body><h1>Wärmenetze im Quartier</h1>"
        "<p>Donnerstag, 12.11., 14:00 Uhr, online. Das Ministerium stellt den Aufruf vor.</p>"
        "</body></html>"
    )
    session = _session(html, url="https://land.example.de/webinare/2027/waermenetze")
    assert session.draft.date == dt.date(2027, 11, 12)
    assert session.draft.start_time == dt.time(14, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Seminář proběhl 7.–8. 5. 2026 v Brně a online.",
        "Die Tagung fand vom 7. bis 8.5.2026 in Kassel statt.",
        "La jornada se celebró del 7 al 8/5/2026 en Soria.",
        "Il convegno si è tenuto dal 7 all'8 maggio 2026 a Padova.",
        "Konferencja odbyła się 7 i 8 maja 2026 r. w Gdańsku.",
        "Les rencontres ont eu lieu les 7 et 8 mai 2026 à Lyon.",
        "The workshop was held on 7 and 8 May 2026 in Leeds.",
    ],
)
def test_a_range_of_days_gives_its_first_day(text: str) -> None:
    html = f"<html><body><h1>Wasser in der Stadt</h1><p>{text}</p></body></html>"
    assert _session(html).draft.date == dt.date(2026, 5, 7)


def test_numbers_without_a_weekday_or_label_are_no_date() -> None:
    """ "po 3. 4." (Czech "after"), "see 3.4." or a list number: without the day of the week
    in front, a day and a month without a year are not taken for a date."""
    assert find_dates("Viz kapitolu 3. 4. a přílohu po 3. 4. stranu.") == []
    assert find_dates("Teil 2.1. und Abschnitt 3.4. des Leitfadens") == []
    assert find_dates("Mittwoch 9.10 Uhr") == []  # a time, ten past nine
    assert [(d.day, d.month) for d in find_dates("Termin: 9.9.")] == [(9, 9)]
    assert [(d.day, d.month) for d in find_dates("Thu, 10/22 at noon")] == [(22, 10)]


# -- titles ---------------------------------------------------------------------------------


def test_a_session_code_line_and_title_tag_do_not_turn_the_event_named_h1_into_a_department() -> (
    None
):
    """ "Atelier B3 – Title | Site" with the h1 "Title": the h1 sits where a department would
    in "Title | Department | University", but the page's JSON-LD Event is called by it, so it
    is the session, not a unit of the site, and beats the session-code line above it."""
    html = (
        "<html lang='fr'><head>"
        "<title>Atelier B3 – Sols vivants et rendements | Journées Agro Sud 2026</title>"
        '<script type="application/ld+json">{"@type": "Event", "name": "Sols vivants et '
        'rendements", "startDate": "2026-11-18T14:00:00+01:00"}</script>'
        "<link rel='canonical' href='https://www.journees-agro-sud.fr/programme/b3'>"
        "</head><body><main><p>Jour 2 – Parcours B « Sols » – Atelier B3</p>"
        "<h1>Sols vivants et rendements</h1><p>Mercredi 18 novembre 2026, 14h00.</p>"
        "<p>L'atelier compare trois fermes qui ont changé leur travail du sol en dix ans.</p>"
        "</main></body></html>"
    )
    assert _session(html).draft.title == "Sols vivants et rendements"


def test_the_h1_heading_the_text_is_no_department_even_without_metadata() -> None:
    """The same page with no JSON-LD: its h1 heads the main text, where a department's logo
    h1 ("<header><h1><a href='/'>Dipartimento ...</a></h1>") never is."""
    html = (
        "<html lang='fr'><head>"
        "<title>Atelier B3 – Sols vivants et rendements | Journées Agro Sud 2026</title>"
        "<link rel='canonical' href='https://www.journees-agro-sud.fr/programme/b3'>"
        "</head><body><header><a href='/'>Logo</a></header><main>"
        "<p>Jour 2 – Parcours B « Sols » – Atelier B3</p>"
        "<h1>Sols vivants et rendements</h1><p>Mercredi 18 novembre 2026, 14h00.</p>"
        "<p>L'atelier compare trois fermes qui ont changé leur travail du sol en dix ans, "
        "avec les agronomes de la chambre d'agriculture et un semencier de la région.</p>"
        "</main></body></html>"
    )
    assert _session(html).draft.title == "Sols vivants et rendements"
    logo = html.replace("<header><a href='/'>Logo</a></header><main>", "").replace(
        "<h1>Sols vivants et rendements</h1>", ""
    )
    logo = logo.replace(
        "<body>",
        "<body><header><h1><a href='/'>Sols vivants et rendements</a></h1></header><main>"
        "<h2>Atelier B3</h2>",
    )
    assert _session(logo).draft.title == "Atelier B3"


@pytest.mark.parametrize(
    "code",
    [
        "Jour 2 – Parcours B « Ressource » – Atelier B3",
        "Day 2 · Track B · Session B3",
        "Forum Wodne 2026 · Dzień 1 · Sesja 3",
        "Tag 2 | Saal C | Workshop B3",
        "Sesión paralela 2B",
        "Giornata 1 – Sessione 4",
        "Den 2 / Sekce A / Blok 3",
    ],
)
def test_a_line_placing_the_session_in_a_programme_is_not_its_title(code: str) -> None:
    """Day, track, room and session code over the session's name, in a copied page's text."""
    [session] = extract_text(
        f"{code}\nRéutiliser les eaux usées traitées en agriculture\n"
        "Mercredi 18 novembre 2026, 14h00 – 15h30\n"
        "Plusieurs collectivités testent l'irrigation à partir d'eaux usées traitées.\n"
    )
    assert session.draft.title == "Réutiliser les eaux usées traitées en agriculture"


def test_titles_holding_numbers_are_no_programme_lines() -> None:
    from webinar_archive.importers.page.title_choice import _code_line

    for title in ("Industry 4.0 in small firms", "Horizon 2020", "Net Zero Towns · Webinar 4 of 6"):
        assert not _code_line(title)


@pytest.mark.parametrize(
    ("lang", "heading", "name"),
    [
        ("it", "Rivedi l'incontro «Archivi di famiglia: lettere e diari»", "Archivi di famiglia"),
        ("fr", "Revivez la rencontre « Archives de famille : lettres »", "Archives de famille"),
        ("es", "Vuelve a ver el encuentro «Archivos de familia: cartas»", "Archivos de familia"),
        ("pl", "Relacja ze spotkania „Archiwa rodzinne: listy i pamiętniki”", "Archiwa rodzinne"),
        ("cs", "Ohlédnutí za přednáškou „Rodinné archivy: dopisy a deníky“", "Rodinné archivy"),
        ("de", "Nachlese zum Vortrag „Familienarchive: Briefe und Tagebücher“", "Familienarchive"),
        ("en", "Watch again the talk “Family archives: letters and diaries”", "Family archives"),
    ],
)
def test_a_heading_that_wraps_the_quoted_name_of_a_meeting_or_talk_gives_the_name(
    lang: str, heading: str, name: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><main><h1>{heading}</h1>"
        "<p>Giovedì 22 ottobre 2026, in sala e in streaming: grazie a tutti.</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua.</p></main></body></html>"
    )
    title = _session(html).draft.title
    assert title.startswith(name) and heading.rstrip('»“”" ').endswith(title)


def test_a_talk_named_before_a_colon_is_no_report_on_a_session() -> None:
    """ "Vortrag:" heads the talk's own page: the lead the text never repeats is dropped as
    before, and the page is not taken for a recap."""
    html = (
        "<html lang='de'><body><main><h1>Vortrag: Wärmepumpen im Altbau</h1>"
        "<p>Donnerstag, 12. März 2026, 18:00 Uhr. Wie Wärmepumpen im Altbau arbeiten, "
        "erklärt an drei Häusern aus der Region.</p></main></body></html>"
    )
    assert _session(html).draft.title == "Wärmepumpen im Altbau"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("es", "Cooperativas energéticas rurales: así fue nuestro segundo webinar"),
        ("de", "Energiegenossenschaften auf dem Land – so war unser zweites Web-Seminar"),
        ("fr", "Coopératives énergétiques rurales : retour sur notre deuxième webinaire"),
        ("it", "Cooperative energetiche rurali: com'è andato il secondo webinar"),
        ("pl", "Spółdzielnie energetyczne na wsi – jak było na drugim webinarium"),
        ("cs", "Energetická družstva na venkově – jak proběhl náš druhý webinář"),
        ("en", "Rural energy cooperatives: how our second webinar went"),
    ],
)
def test_words_telling_how_the_session_went_are_cut_from_its_title(lang: str, heading: str) -> None:
    html = (
        f"<html lang='{lang}'><body><main><h1>{heading}</h1>"
        "<p>25.06.2026: noventa alcaldes y técnicos municipales se reunieron en línea.</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua.</p></main></body></html>"
    )
    expected = heading.split(":")[0].split(" – ")[0].strip()
    assert _session(html).draft.title == expected


def test_a_title_whose_second_part_is_its_topic_keeps_both_parts() -> None:
    """Only words telling how a session went are cut: "Bilan carbone des communes : méthode
    et premiers résultats" and a series named before the words stay as they are."""
    from webinar_archive.importers.page.titles import without_recap_part

    kept = "Bilan carbone des communes : méthode et premiers résultats"
    assert without_recap_part(kept) == kept
    assert without_recap_part("Green Skills Talks – a recap") == "Green Skills Talks – a recap"
    assert without_recap_part("Rückblick auf den Fachtag: Schwammstadt im Quartier") == (
        "Schwammstadt im Quartier"
    )
    assert without_recap_part("Rural energy cooperatives webinar: how it went") == (
        "Rural energy cooperatives"
    )


# -- link kinds -----------------------------------------------------------------------------

_SIDEBAR_PAGE = (
    "<html lang='{lang}'><head><link rel='canonical' href='https://forum.example.eu/s/3'>"
    "</head><body><main><h1>Retención de agua en la ciudad</h1>"
    "<p>Jueves, 3 de diciembre de 2026, 13:30. Tres ciudades muestran sus jardines de "
    "lluvia y parques inundables, con tiempo para preguntas.</p></main>"
    "<aside class='sidebar'><h3>Descargas</h3><ul>"
    "<li><a href='/docs/{file}'>{label}</a></li>"
    "<li><a href='/docs/plano-acceso.pdf'>Plano de acceso</a></li>"
    "<li><a href='https://www.youtube.com/watch?v=other'>Otras sesiones en vídeo</a></li>"
    "</ul></aside><footer><a href='/docs/aviso-legal.pdf'>Aviso legal</a></footer>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("fr", "Programme complet des Rencontres (PDF)"),
        ("pl", "Pełny program forum (PDF)"),
        ("de", "Gesamtprogramm der Tagung als PDF"),
        ("es", "Programa completo del foro"),
        ("it", "Programma completo del convegno"),
        ("cs", "Program konference ke stažení"),
        ("en", "Full conference agenda"),
    ],
)
def test_the_event_programme_as_a_document_in_a_sidebar_is_the_agenda(
    lang: str, label: str
) -> None:
    """Only the programme counts: the sidebar's map, its other sessions' videos and the
    footer's documents are not this session's links."""
    session = _session(_SIDEBAR_PAGE.format(lang=lang, file="programme.pdf", label=label))
    links = [(link.kind.value, link.url) for link in session.draft.links]
    assert links == [("agenda", "https://forum.example.eu/docs/programme.pdf")]
    assert label.split()[0] in session.draft.links[0].label


def test_the_event_programme_in_a_sidebar_is_the_agenda_of_each_session_it_lists() -> None:
    html = (
        "<html lang='es'><head><link rel='canonical' href='https://huerto.example.es/ciclo'>"
        "</head><body><main><h1>Ciclo «Huertos escolares»</h1>"
        "<p>Dos sesiones en línea para profesorado de primaria.</p>"
        "<h2>Sesión 1. Diseñar el huerto</h2>"
        "<p>Fecha: lunes 9 de marzo de 2026, de 17:00 a 18:30</p>"
        "<p>Imparte: Inés Roldán, técnica de educación ambiental en Semilla Viva</p>"
        "<h2>Sesión 2. El huerto en el currículo</h2>"
        "<p>Fecha: lunes 16 de marzo de 2026, de 17:00 a 18:30</p>"
        "<p>Imparte: Pablo Ferrer, maestro del CEIP Los Almendros</p></main>"
        "<aside><a href='/docs/programa-ciclo.pdf'>Programa del ciclo (PDF)</a></aside>"
        "</body></html>"
    )
    sessions = extract_page(html.encode(), content_type="text/html")
    assert len(sessions) == 2
    for session in sessions:
        assert [(link.kind.value, link.url) for link in session.draft.links] == [
            ("agenda", "https://huerto.example.es/docs/programa-ciclo.pdf")
        ]
    assert sessions[0].draft.links[0] is not sessions[1].draft.links[0]
    assert _record(html)["links"]["agenda"] is True


def test_a_sidebar_programme_page_that_is_no_document_is_not_taken() -> None:
    html = _SIDEBAR_PAGE.format(lang="es", file="programa.html", label="Programa completo")
    assert _session(html).draft.links == []


def test_a_sidebar_listing_several_programmes_gives_none() -> None:
    """An archive of past programmes names none as this session's."""
    html = _SIDEBAR_PAGE.format(lang="es", file="programa-2026.pdf", label="Programa 2026")
    html = html.replace(
        "</ul></aside>", "<li><a href='/docs/programa-2025.pdf'>Programa 2025</a></li></ul></aside>"
    )
    assert _session(html).draft.links == []


@pytest.mark.parametrize(
    ("lang", "sentence", "kinds"),
    [
        ("fr", "Les supports et l'enregistrement seront mis en ligne après le webinaire.", 2),
        ("fr", "Les supports de présentation vous seront envoyés par courriel.", 1),
        ("de", "Die Vortragsunterlagen werden nach der Veranstaltung verschickt.", 1),
        ("de", "Die Folien stehen nach dem Webinar hier zum Download bereit.", 1),
        ("es", "Las presentaciones se publicarán en esta página.", 1),
        ("it", "Le slide saranno inviate ai partecipanti.", 1),
        ("pl", "Prezentacje zostaną udostępnione po spotkaniu.", 1),
        ("cs", "Prezentace zveřejníme po semináři na našem webu.", 1),
        ("en", "Slides will be shared with all who registered.", 1),
    ],
)
def test_slides_promised_for_later_count(lang: str, sentence: str, kinds: int) -> None:
    """An announced file counts (tests/data/pages/README.md): slides the page says will be
    published, sent or shared after the session."""
    record = _record(
        f"<html lang='{lang}'><body><h1>Cours d'école sans bitume</h1>"
        f"<p>Jeudi 13 mars 2025, 14h00.</p><p>{sentence}</p></body></html>"
    )
    assert record["links"]["presentations"] is True
    assert record["links"]["recording"] is (kinds == 2)


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("fr", "Pr Hélène Mercier"),
        ("es", "Dra. Lucía Ortega Blanco"),
        ("cs", "doc. Ing. Jana Konečná, Ph.D."),
        ("de", "Prof. Dr. Anna Weber"),
        ("it", "dott.ssa Federica Zanon"),
        ("pl", "dr hab. Anna Nowak"),
        ("en", "Dr Ruth Calloway"),
    ],
)
def test_a_document_linked_under_a_speakers_name_and_title_is_their_slides(
    lang: str, name: str
) -> None:
    html = (
        f"<html lang='{lang}'><head><link rel='canonical' href='https://ev.example.eu/a/1'>"
        "</head><body><h1>Eaux usées traitées en agriculture</h1>"
        "<p>Mercredi 18 novembre 2026, 14h00.</p>"
        f"<h3><a href='/docs/b3-talk.pdf'>{name}</a></h3><p>Université de Montpellier</p>"
        "</body></html>"
    )
    [link] = _session(html).draft.links
    assert link.kind.value == "presentations"
    assert link.label == f"Slides: {name}"


@pytest.mark.parametrize(
    ("lang", "line", "url"),
    [
        ("en", "Missed it? <a href='{u}'>Watch again</a>", "https://www.example.org/media/77"),
        ("de", "<a href='{u}'>Aufzeichnung ansehen</a>", "https://mediathek.example.de/v/77"),
        ("cs", "Záznam najdete na <a href='{u}'>našem kanálu</a>.", "https://www.youtube.com/w"),
        ("pl", "<a href='{u}'>Nagranie spotkania</a>", "https://www.example.pl/media/77"),
        ("it", "<a href='{u}'>Rivedi la registrazione</a>", "https://www.example.it/media/77"),
        ("es", "<a href='{u}'>Vuelve a ver el webinar</a> en el canal.", "https://x.es/m/77"),
        ("fr", "<a href='{u}'>Revoir le webinaire</a>", "https://www.example.fr/media/77"),
        ("pl", "<a href='{u}'>Obejrzyj ponownie</a>", "https://www.example.pl/media/78"),
        ("cs", "<a href='{u}'>Podívejte se znovu</a>", "https://www.example.cz/media/78"),
        ("de", "<a href='{u}'>Nochmal ansehen</a>", "https://www.example.de/media/78"),
    ],
)
def test_a_recording_to_watch_again_in_every_language(lang: str, line: str, url: str) -> None:
    html = (
        f"<html lang='{lang}'><body><h1>Protierozní opatření v praxi</h1>"
        f"<p>Jeudi 9 septembre 2026.</p><p>{line.format(u=url)}</p></body></html>"
    )
    assert [link.kind.value for link in _session(html).draft.links] == ["recording"]


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        ("de", "Eine Aufzeichnung folgt.", "recording"),
        ("de", "Die Folien werden in Kürze nachgereicht.", "presentations"),
        ("fr", "Le replay suivra prochainement.", "recording"),
        ("es", "La grabación se subirá próximamente.", "recording"),
        ("it", "Le slide seguiranno a breve.", "presentations"),
        ("pl", "Nagranie wkrótce.", "recording"),
        ("cs", "Záznam brzy doplníme.", "recording"),
        ("en", "Recording to follow.", "recording"),
    ],
)
def test_a_recording_or_slides_said_to_follow_count(lang: str, sentence: str, kind: str) -> None:
    record = _record(
        f"<html lang='{lang}'><body><h1>Energiegenossenschaften auf dem Land</h1>"
        f"<p>Donnerstag, 25. Juni 2026, online.</p><p>{sentence}</p></body></html>"
    )
    assert [k for k, v in record["links"].items() if v] == [kind]


@pytest.mark.parametrize(
    ("lang", "item", "label", "body"),
    [
        ("de", "Anna Weber (<a href='/f/a.pdf'>PDF</a>)", "Slides: Anna Weber", None),
        (
            "fr",
            "Anne Roux, ADEME (<a href='/f/a.pdf'>PDF, 2 Mo</a>)",
            "Slides: Anne Roux, ADEME",
            "ADEME",
        ),
        ("es", "Ana Ruiz (IDAE) – <a href='/f/a.pptx'>PDF</a>", "Slides: Ana Ruiz (IDAE)", "IDAE"),
        (
            "it",
            "Marco Neri, ENEA – <a href='/f/a.pdf'>scarica</a>",
            "Slides: Marco Neri, ENEA",
            "ENEA",
        ),
        (
            "pl",
            "Ewa Lis, NFOŚiGW – <a href='/f/a.pdf'>pobierz</a>",
            "Slides: Ewa Lis, NFOŚiGW",
            "NFOŚiGW",
        ),
        (
            "cs",
            "Ing. Jan Novák, Lesy ČR – <a href='/f/a.pdf'>stáhnout</a>",
            "Slides: Ing. Jan Novák, Lesy ČR",
            "Lesy ČR",
        ),
        (
            "en",
            "Ruth Calloway, Ofgem – <a href='/f/a.pdf'>download</a>",
            "Slides: Ruth Calloway, Ofgem",
            "Ofgem",
        ),
    ],
)
def test_a_file_offered_on_a_speakers_line_is_their_slides_and_no_part_of_their_body(
    lang: str, item: str, label: str, body: str | None
) -> None:
    html = (
        f"<html lang='{lang}'><head><link rel='canonical' href='https://ev.example.eu/a/1'>"
        "</head><body><h1>Energy cooperatives in rural areas</h1>"
        f"<p>Thursday 25 June 2026, online.</p><ul><li>{item}</li></ul></body></html>"
    )
    session = _session(html)
    assert [(link.kind.value, link.label) for link in session.draft.links] == [
        ("presentations", label)
    ]
    assert [s.organisation for s in session.draft.speakers] == [body]


@pytest.mark.parametrize(
    ("line", "recording"),
    [
        ("Folgen Sie uns auf <a href='https://www.youtube.com/@stadtwerke'>YouTube</a>.", False),
        ("Subscribe to <a href='https://www.youtube.com/c/ours'>our channel</a>.", False),
        ("Suivez-nous sur <a href='https://vimeo.com/channels/agence'>Vimeo</a>.", False),
        ("<a href='https://www.youtube.com/playlist?list=PL1'>Playlista cyklu</a>", False),
        ("Záznam najdete na <a href='https://www.youtube.com/@soil'>našem kanálu</a>.", True),
        (
            "La grabación está en <a href='https://www.youtube.com/playlist?list=P'>la lista</a>.",
            True,
        ),
        ("Rivedi <a href='https://www.youtube.com/watch?v=1'>su YouTube</a>.", True),
    ],
)
def test_a_channel_or_playlist_is_the_recording_only_when_the_line_says_so(
    line: str, recording: bool
) -> None:
    record = _record(
        "<html><body><h1>Wärmepumpen im Altbau</h1><p>Donnerstag, 12. März 2026.</p>"
        f"<p>{line}</p></body></html>"
    )
    assert record["links"]["recording"] is recording


@pytest.mark.parametrize(
    ("label", "href", "agenda"),
    [
        ("Ablauf (PDF)", "/t/ablauf.pdf", True),
        ("Déroulé de la matinée", "/t/deroule.pdf", True),
        ("Scaletta dell'incontro", "/t/scaletta.pdf", True),
        ("Cronograma de la jornada", "/t/crono.pdf", True),
        ("Plan spotkania", "/t/plan.pdf", True),
        ("Časový plán semináře", "/t/plan.pdf", True),
        ("Schedule", "/t/schedule.docx", True),
        ("Schedule a call with us", "/contact", False),
    ],
)
def test_a_document_labelled_by_the_running_order_is_the_agenda(
    label: str, href: str, agenda: bool
) -> None:
    record = _record(
        "<html><head><link rel='canonical' href='https://e.example.eu/x'></head><body>"
        "<h1>Wärmepumpen im Altbau</h1><p>Donnerstag, 12. März 2026.</p>"
        f"<p><a href='{href}'>{label}</a></p></body></html>"
    )
    assert record["links"]["agenda"] is agenda


@pytest.mark.parametrize(
    "line",
    [
        "<p>Partager : <a href='/evt/ics/17'>Ajouter à mon agenda</a></p>",
        "<p><a href='/evt/17/cal.ics'>Add to calendar</a></p>",
        "<p><a href='/evt/17?format=ics'>In den Kalender eintragen</a></p>",
        "<p><a href='/evt/17'>Dodaj do kalendarza</a></p>",
        "<p>It was chaired by Dr. Ann Dale, Programme Director at the Gull Foundation.</p>",
        "<p>Modera Marta Sanz, coordinadora del programa de formación online.</p>",
        "<p>Prowadzi Ewa Lis, kierowniczka programu dostępności cyfrowej.</p>",
        "<p>Es moderiert Eva Roth, Programmleiterin für Online-Angebote.</p>",
    ],
)
def test_a_calendar_button_or_a_position_in_a_programme_is_no_agenda(line: str) -> None:
    """A link putting the session into the reader's calendar, and a person's position in a
    programme of work, say nothing about the session's agenda; a programme document still
    does."""
    page = (
        "<html><head><link rel='canonical' href='https://e.example.eu/x'></head><body>"
        "<h1>Rivers and towns</h1><p>Thursday 12 March 2026</p>{}</body></html>"
    )
    assert _record(page.format(line))["links"]["agenda"] is False
    with_programme = line + "<p><a href='/evt/programme.pdf'>Programme (PDF)</a></p>"
    assert _record(page.format(with_programme))["links"]["agenda"] is True
