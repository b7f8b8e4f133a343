"""Labels for a kind of meeting in front of a title, recap pages naming their session only in a
sentence, series pages detailing one session, and newsletter dates, each class from short pages
written for the test in the seven page languages."""

from __future__ import annotations

import datetime as dt

import pytest

from webinar_archive.importers.page import extract_page


def _session(html: str):  # type: ignore[no-untyped-def]
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return session


def _page(lang: str, heading: str, text: str) -> str:
    return (
        f"<html lang='{lang}'><body><main><h1>{heading}</h1><p>{text}</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>"
        "</main><footer><p>© 2026 Gemeinde Nordwald</p></footer></body></html>"
    )


# -- a label for the kind of meeting in front of the title ------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "title"),
    [
        ("fr", "Réunion publique en visioconférence : la rénovation des écoles",
         "La rénovation des écoles"),
        ("pl", "Spotkanie informacyjne online: budżet obywatelski na rok 2027",
         "Budżet obywatelski na rok 2027"),
        ("de", "Infoabend online: Photovoltaik auf Schuldächern", "Photovoltaik auf Schuldächern"),
        ("es", "Sesión informativa en línea: ayudas al alquiler joven",
         "Ayudas al alquiler joven"),
        ("it", "Incontro pubblico online – il nuovo piano del verde", "Il nuovo piano del verde"),
        ("cs", "Veřejné setkání online: rekonstrukce náměstí", "Rekonstrukce náměstí"),
        ("en", "Public meeting online: the new cycle lanes on Mill Road",
         "The new cycle lanes on Mill Road"),
        ("de", "Fachforum „Regenwasser in der Stadt“", "Regenwasser in der Stadt"),
        ("it", "Sessione C3 – Scuole e mense a chilometro zero",
         "Scuole e mense a chilometro zero"),
        ("fr", "Atelier 2B : les jardins partagés", "Les jardins partagés"),
        # Trainings and assemblies, a mode word first, compounds.
        ("pl", "Bezpłatne szkolenie online: fotowoltaika w szkołach", "Fotowoltaika w szkołach"),
        ("de", "Öffentliche Infoveranstaltung: Windpark am Nordhang", "Windpark am Nordhang"),
        ("es", "Asamblea abierta – el nuevo parque del río", "El nuevo parque del río"),
    ],
)  # fmt: skip
def test_a_label_for_the_kind_of_meeting_is_no_part_of_the_title(
    lang: str, heading: str, title: str
) -> None:
    html = _page(lang, heading, "Am 9. September 2026 um 18 Uhr, online.")
    assert _session(html).draft.title == title


@pytest.mark.parametrize(
    ("lang", "heading", "title"),
    [
        # Whom the meeting is for ends the label: "for" and a few words.
        ("de", "Online-Seminar für Vereine: Fördermittel richtig beantragen",
         "Fördermittel richtig beantragen"),
        ("fr", "Atelier en ligne pour les élus : la gestion des haies", "La gestion des haies"),
        ("es", "Taller online para familias: huertos en el balcón", "Huertos en el balcón"),
        ("it", "Webinar per docenti – la valutazione formativa", "La valutazione formativa"),
        ("pl", "Szkolenie dla sołtysów: fundusz sołecki w 2027 roku",
         "Fundusz sołecki w 2027 roku"),
        ("cs", "Seminář pro starosty obcí: odpadové hospodářství", "Odpadové hospodářství"),
        ("en", "Online briefing for exhibitors: stand set-up and deliveries",
         "Stand set-up and deliveries"),
        # Courses and continuing education are kinds of meeting too.
        ("de", "Weiterbildung online: Datenschutz im Verein", "Datenschutz im Verein"),
        ("de", "Richterfortbildung: Zeugen mit Dolmetscher befragen",
         "Zeugen mit Dolmetscher befragen"),
        ("es", "Curso en línea: poda de frutales en invierno", "Poda de frutales en invierno"),
        ("it", "Corso online – compostaggio domestico per tutti",
         "Compostaggio domestico per tutti"),
    ],
)  # fmt: skip
def test_whom_a_meeting_is_for_and_courses_are_part_of_the_label(
    lang: str, heading: str, title: str
) -> None:
    html = _page(lang, heading, "Am 9. September 2026 um 18 Uhr, online.")
    assert _session(html).draft.title == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # A topic, not a form, after the noun: the lead is the title's own first part.
        ("Seminar zu Fördermitteln für Vereine: Beispiele aus der Praxis",
         "Seminar zu Fördermitteln für Vereine: Beispiele aus der Praxis"),
        ("Workshop on grants for sports clubs: examples from practice",
         "Workshop on grants for sports clubs: examples from practice"),
        ("Workshop on rainwater: tools for small towns",
         "Workshop on rainwater: tools for small towns"),
        ("Forum Energie: Wärme aus dem Abwasser", "Forum Energie: Wärme aus dem Abwasser"),
        ("Seminario di restauro: fibre e tinture", "Seminario di restauro: fibre e tinture"),
    ],
)  # fmt: skip
def test_a_meeting_noun_with_a_topic_in_front_stays_in_the_title(heading: str, title: str) -> None:
    html = _page("en", heading, "On 9 September 2026 at 6 pm, online.")
    assert _session(html).draft.title == title


# -- recap pages whose title is a quoted name in a sentence --------------------------------


@pytest.mark.parametrize(
    ("lang", "top", "sentence", "title"),
    [
        ("en", "01632 960123 | info@valeleys-agency.org.uk Facebook LinkedIn",
         "On 14 October we held the online workshop “Shared kitchens for village halls”, "
         "the second of the autumn.", "Shared kitchens for village halls"),
        ("de", "Tel. +49 421 555 0190 · kontakt@energie-nordwald.de",
         "Am 14. Oktober fand der Workshop „Nahwärme für kleine Dörfer“ online statt.",
         "Nahwärme für kleine Dörfer"),
        ("fr", "04 75 31 20 00 · Facebook · Instagram",
         "Le 14 octobre, l'atelier en ligne « Cuisines partagées des salles des fêtes » a réuni "
         "trente communes.", "Cuisines partagées des salles des fêtes"),
        ("pl", "tel. 58 555 01 90, e-mail: biuro@agencja-kaszuby.pl",
         "14 października odbyły się warsztaty „Wspólne kuchnie w świetlicach wiejskich” online.",
         "Wspólne kuchnie w świetlicach wiejskich"),
    ],
)  # fmt: skip
def test_a_phone_and_e_mail_line_over_a_recap_is_no_title(
    lang: str, top: str, sentence: str, title: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><div class='topbar'><p>{top}</p></div><main>"
        f"<p>{sentence}</p><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>"
        "</main><footer><p>© 2026 Vale Leys</p></footer></body></html>"
    )
    assert _session(html).draft.title == title


@pytest.mark.parametrize(
    ("lang", "heading", "sentence", "title"),
    [
        ("it", "Grazie a tutti per la partecipazione!",
         "Si è svolto il 20 ottobre l'incontro online «Ceramiche medievali: forme e smalti».",
         "Ceramiche medievali: forme e smalti"),
        ("en", "Thank you for joining us!",
         "On 20 October we held the online talk “Medieval tiles and their glazes”.",
         "Medieval tiles and their glazes"),
        ("es", "¡Gracias por participar!",
         "El 20 de octubre celebramos la charla en línea «Azulejos medievales y sus esmaltes».",
         "Azulejos medievales y sus esmaltes"),
        ("cs", "Děkujeme za účast!",
         "Dne 20. října proběhla online přednáška „Středověké dlaždice a jejich glazury“.",
         "Středověké dlaždice a jejich glazury"),
    ],
)  # fmt: skip
def test_a_heading_thanking_those_who_came_gives_way_to_the_quoted_name(
    lang: str, heading: str, sentence: str, title: str
) -> None:
    assert _session(_page(lang, heading, sentence)).draft.title == title


@pytest.mark.parametrize(
    ("lang", "heading", "sentence", "title"),
    [
        ("pl", "Za nami konferencja „Woda w mieście”",
         "W dniach 5-6 maja 2026 r. odbyła się konferencja „Woda w mieście. Retencja na "
         "osiedlach w praktyce”.", "Woda w mieście. Retencja na osiedlach w praktyce"),
        ("en", "Looking back on “Circular kitchens”",
         "On 5 May 2026 we held the workshop “Circular kitchens: waste-free school canteens”.",
         "Circular kitchens: waste-free school canteens"),
    ],
)  # fmt: skip
def test_a_short_quoted_name_takes_the_full_name_the_text_quotes(
    lang: str, heading: str, sentence: str, title: str
) -> None:
    assert _session(_page(lang, heading, sentence)).draft.title == title


# -- a series page detailing one of its sessions -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "h1", "h2", "others", "title", "series"),
    [
        ("es", "Ciclo de webinarios 2026: «Tejados que enfrían»",
         "Sesión 3 — Cubiertas blancas: luz, calor y mantenimiento",
         ["Sesión 1 — Sombras en la calle (28 de enero)", "Sesión 2 — Fuentes urbanas"],
         "Cubiertas blancas: luz, calor y mantenimiento", "Tejados que enfrían"),
        ("de", "Vortragsreihe „Kühle Dächer“",
         "Sitzung 3: Weiße Dächer zwischen Licht und Wartung",
         ["Sitzung 1: Schatten in der Straße", "Sitzung 2: Brunnen in der Stadt"],
         "Weiße Dächer zwischen Licht und Wartung", "Kühle Dächer"),
        ("en", "Cool Roofs webinar series 2026",
         "Session 3: White roofs, light and upkeep",
         ["Session 1: Shade in the street", "Session 2: Fountains in town"],
         "White roofs, light and upkeep", "Cool Roofs"),
        ("pl", "Cykl webinariów „Chłodne dachy”", "Odcinek 3. Białe dachy w praktyce",
         ["Odcinek 1. Cień na ulicy", "Odcinek 2. Fontanny w mieście"],
         "Białe dachy w praktyce", "Chłodne dachy"),
    ],
)  # fmt: skip
def test_a_series_page_detailing_one_session_is_titled_by_that_session(
    lang: str, h1: str, h2: str, others: list[str], title: str, series: str
) -> None:
    items = "".join(f"<li>{other}</li>" for other in others)
    html = (
        f"<html lang='{lang}'><body><main><h1>{h1}</h1>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"
        f"<h2>{h2}</h2><p>22.4.2026, 17:00.</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"
        f"<h2>Otras sesiones</h2><ul>{items}</ul></main></body></html>"
    )
    draft = _session(html).draft
    assert (draft.title, draft.series) == (title, series)


# -- a newsletter's lead paragraph dating the session, a later one announced below --------


@pytest.mark.parametrize(
    ("lang", "h1", "lead", "heading", "ahead"),
    [
        ("fr", "Retour sur le webinaire « Les mares, réservoirs de biodiversité »",
         "Le mardi 3 février 2026, près de 90 élus se sont retrouvés en ligne.",
         "À vos agendas",
         "Prochain webinaire : « Les vergers partagés », le jeudi 16 avril 2026 à 10 h."),
        ("en", "Looking back on the webinar “Ponds as biodiversity reservoirs”",
         "On Tuesday 3 February 2026, some 90 councillors met online.",
         "Save the date",
         "Next webinar: “Shared orchards”, Thursday 16 April 2026 at 10 am."),
        ("de", "Rückblick auf das Web-Seminar „Teiche als Lebensräume“",
         "Am Dienstag, 3. Februar 2026, trafen sich rund 90 Ratsmitglieder online.",
         "Termine",
         "Nächstes Web-Seminar: „Gemeinsame Obstwiesen“, Donnerstag, 16. April 2026, 10 Uhr."),
        ("es", "Así fue el webinario «Charcas, reservas de biodiversidad»",
         "El martes 3 de febrero de 2026 se reunieron en línea unos 90 concejales.",
         "Agenda",
         "Próximo webinario: «Huertos compartidos», el jueves 16 de abril de 2026 a las 10 h."),
        ("pl", "Relacja z webinarium „Oczka wodne – ostoje bioróżnorodności”",
         "We wtorek 3 lutego 2026 r. w spotkaniu online wzięło udział 90 radnych.",
         "Kalendarz",
         "Następne webinarium: „Wspólne sady”, czwartek 16 kwietnia 2026 r., godz. 10:00."),
    ],
)  # fmt: skip
def test_a_later_session_announced_below_is_not_a_second_session(
    lang: str, h1: str, lead: str, heading: str, ahead: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><main><p>Newsletter n°9</p><h1>{h1}</h1><p>{lead}</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"
        f"<h2>{heading}</h2><p>{ahead}</p></main></body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    assert session.draft.date == dt.date(2026, 2, 3)


# -- slides linked on a speaker's name in a list of speakers -------------------------------


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("es", "Arq. Mariana Cabrera Velasco"),
        ("es", "Lic. Verónica Aguirre Peña"),
        ("pl", "mgr inż. Anna Nowak"),
        ("cs", "Ing. arch. Jana Konečná"),
        ("de", "Dipl.-Ing. Anna Weber"),
        ("it", "Arch. Marco Testa"),
        ("fr", "Pr Hélène Mercier"),
        ("en", "Ruth Calloway"),
    ],
)
def test_a_document_linked_on_a_speakers_name_in_a_list_line_is_their_slides(
    lang: str, name: str
) -> None:
    html = (
        f"<html lang='{lang}'><head><link rel='canonical' href='https://ev.example.eu/a/1'>"
        "</head><body><h1>Parques que se inundan</h1><p>22.4.2026, 17:00.</p><h3>Ponentes</h3>"
        f"<ul><li><a href='/docs/s4-talk.pdf'>{name}</a> — Instituto Municipal de Planeación</li>"
        "<li>Dr. Ignacio Olmedo Sanz — Universidad de Levante</li></ul></body></html>"
    )
    [link] = _session(html).draft.links
    assert (link.kind.value, link.label) == ("presentations", f"Slides: {name}")


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "Our next webinar: “Shared orchards”, Thursday 16 April 2026 at 10 am."),
        (
            "fr",
            "Notre prochain webinaire : « Les vergers partagés », le jeudi 16 avril 2026 à 10 h.",
        ),
        ("pl", "Następne webinarium: „Wspólne sady”, czwartek 16 kwietnia 2026 r., godz. 10:00."),
    ],
)
def test_a_page_announcing_its_own_next_session_keeps_that_date_over_its_posting_date(
    lang: str, lead: str
) -> None:
    html = (
        f"<html lang='{lang}'><body><main><h1>Shared orchards</h1>"
        f"<p>Published 2 March 2026</p><p>{lead}</p>"
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>"
        "</main></body></html>"
    )
    assert _session(html).draft.date == dt.date(2026, 4, 16)
