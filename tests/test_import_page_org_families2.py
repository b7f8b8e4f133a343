"""Families of organisation misses, second round, each in wordings and languages no record
holds: a legal form left behind by the rule that found the body, a unit whose word carries an
accent ("Sección", "Dział", "Úsek") before its body after a comma, a unit whose body is named by
its short form or the site's kind, an emblem beside the site's name, a body's head left in the
genitive."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.body_parts import split_part
from webinar_archive.importers.page.czech_feminine import czech_same_form_nominative
from webinar_archive.importers.page.legal_tails import (
    settle_legal_tails,
    with_legal_tail,
    with_number_tail,
)
from webinar_archive.importers.page.long_forms import grown_to_short, long_form
from webinar_archive.importers.page.oblique_heads import german_nominative, polish_nominative
from webinar_archive.importers.page.position_bodies import (
    body_in_position,
    without_dash_description,
)
from webinar_archive.importers.page.relative_clauses import before_clause
from webinar_archive.importers.page.site_kinds import site_kind
from webinar_archive.importers.page.unit_owners import unit_owner


def _people(html: str) -> dict[str, tuple[str | None, str | None]]:
    page = extract_page(html.encode())[0]
    return {s.name: (s.organisation, s.position) for s in page.draft.speakers}


def _page(title: str, site: str, people: str, *, lang: str = "en") -> str:
    return f"""<html lang="{lang}"><head><title>{title} | {site}</title></head><body>
<header><a class="logo" href="/">{site}</a><nav>Home · Events</nav></header>
<main><h1>{title}</h1><p>Online, 12 May 2027, 10:00.</p>
{people}
</main><footer>© 2027 {site}</footer></body></html>"""


# A legal form written after the body in the person's own line is part of the body.


@pytest.mark.parametrize(
    ("name", "org", "line", "expected"),
    [
        (
            "Marta Gil",
            "Datos Claros",
            "Habla Marta Gil, de la consultora Datos Claros S.L.U. en Soria.",
            "Datos Claros S.L.U.",
        ),
        (
            "Luca Neri",
            "Terra Viva",
            "Interviene Luca Neri della cooperativa Terra Viva S.C. di Asti.",
            "Terra Viva S.C.",
        ),
        (
            "Petr Malý",
            "Dům na Kopci",
            "Petr Malý ze spolku Dům na Kopci, z. ú., popíše stavbu.",
            "Dům na Kopci, z. ú.",
        ),
        (
            "Jan Nowak",
            "Kowal i Syn",
            "radca Jan Nowak z kancelarii Kowal i Syn sp.j. opowie o umowach.",
            "Kowal i Syn sp.j.",
        ),
        (
            "Anna Weber",
            "Holz Weber",
            "Anna Weber (Holz Weber GmbH & Co. KG) zeigt Beispiele.",
            "Holz Weber GmbH & Co. KG",
        ),
    ],
)
def test_a_legal_form_in_the_persons_line_is_given_back(
    name: str, org: str, line: str, expected: str
):
    speaker = SpeakerDraft(name, org)
    settle_legal_tails([speaker], f"Programme\n{line}\n© Footer")
    assert speaker.organisation == expected


def test_a_footer_or_another_persons_form_is_not_theirs():
    text = (
        "Moderation: Eva Roth von der Energieagentur Süd.\n"
        "Jonas Kern, Energieagentur Süd GmbH, stellte Zahlen vor.\n"
        "© 2027 Energieagentur Süd GmbH"
    )
    eva, jonas = (
        SpeakerDraft("Eva Roth", "Energieagentur Süd"),
        SpeakerDraft("Jonas Kern", "Energieagentur Süd"),
    )
    settle_legal_tails([eva, jonas], text)
    assert eva.organisation == "Energieagentur Süd"
    assert jonas.organisation == "Energieagentur Süd GmbH"


@pytest.mark.parametrize(
    ("org", "line"),
    [
        ("Atelier Nord SA", "Léa Petit, Atelier Nord SA"),  # already ends on a form
        ("Solar", "Ivo Kos ze Solar s.r.o.v. mluví"),  # a longer dotted word is no form
        ("Grün", "Uwe Grün AG-Leiter"),  # "AG-" runs on into a word
        ("Nord", "Ida Nord SAS-Beraterin"),
    ],
)
def test_no_form_is_made_up(org: str, line: str):
    assert with_legal_tail(org, [line]) == org


def test_a_page_in_prose_keeps_the_firms_form():
    html = _page(
        "Umowy z wykonawcami",
        "Cech Rzemiosł Różnych",
        "<p>O umowach opowie radca prawny Jan Nowakowski z kancelarii Kowal i Syn sp.k. "
        "z Lublina, a o dietach Anna Lis z poradni Dobra Forma sp. z o.o.</p>",
        lang="pl",
    )
    people = _people(html)
    assert people["Jan Nowakowski"][0] == "Kowal i Syn sp.k."
    assert people["Anna Lis"][0] == "Dobra Forma sp. z o.o."


# A unit word written with an accent is a unit as much as one without.


@pytest.mark.parametrize(
    ("position", "org", "expected"),
    [
        (
            "kierownik",
            "Dział Kadr, Urząd Gminy Zalesie",
            ("kierownik, Dział Kadr", "Urząd Gminy Zalesie"),
        ),
        (
            "técnica",
            "Dirección de Movilidad, Ayuntamiento de Sarrión",
            ("técnica, Dirección de Movilidad", "Ayuntamiento de Sarrión"),
        ),
        (
            None,
            "Úsek ochrany přírody, Krajský úřad Kraje Vysočina",
            ("Úsek ochrany přírody", "Krajský úřad Kraje Vysočina"),
        ),
    ],
)
def test_an_accented_unit_before_its_body_goes_to_the_role(
    position: str | None, org: str, expected: tuple[str, str]
):
    assert split_part(position, org) == expected


def test_a_section_of_the_town_hall_in_a_list():
    html = _page(
        "Cómo pedir una licencia de obra",
        "Colegio de Aparejadores de Sarrión",
        "<p>Ponentes:</p><ul><li>Pilar Once Mata, jefa de negociado, Sección de Licencias, "
        "Ayuntamiento de Sarrión</li></ul>",
        lang="es",
    )
    org, position = _people(html)["Pilar Once Mata"]
    assert org == "Ayuntamiento de Sarrión"
    assert "Sección de Licencias" in str(position)


# A unit whose body is named by its short form or by the site's kind, or whose own name was
# taken for a body's.


@pytest.mark.parametrize(
    ("position", "org", "site", "line", "expected"),
    [
        (
            None,
            "Institut für Geodäsie TUK",
            [],
            "Dr. Eva Lenz, Institut für Geodäsie TUK",
            ("Institut für Geodäsie", "TUK"),
        ),
        (
            "lékař",
            "Klinika dětské neurologie FNKV",
            [],
            "MUDr. Petr Dvořák, lékař, Klinika dětské neurologie FNKV",
            ("lékař, Klinika dětské neurologie", "FNKV"),
        ),
        (
            "presidenta",
            "Comisión de Deontología del Colegio",
            ["Colegio de Abogados de Sarrión"],
            "Dña. Ana Ruiz, presidenta de la Comisión de Deontología del Colegio",
            ("presidenta de la Comisión de Deontología", "Colegio de Abogados de Sarrión"),
        ),
        (
            None,
            "Vocal del Colegio",
            ["Colegio de Abogados de Sarrión"],
            "Ana Ruiz, Vocal del Colegio",
            ("Vocal", "Colegio de Abogados de Sarrión"),
        ),
        (
            "vedoucí",
            "Odbor dopravy Magistrátu",
            ["Magistrát města Brodu"],
            "Ing. Jan Mach, vedoucí Odboru dopravy Magistrátu",
            ("vedoucí Odboru dopravy", "Magistrát města Brodu"),
        ),
        (
            "medico del Servizio",
            "Veterinario dell'ASL Valdora",
            [],
            "dott. Luca Neri, medico del Servizio Veterinario dell'ASL Valdora",
            ("medico del Servizio Veterinario", "ASL Valdora"),
        ),
    ],
)
def test_a_units_body_by_short_form_or_by_the_sites_kind(
    position: str | None, org: str, site: list[str], line: str, expected: tuple[str, str]
):
    assert unit_owner(position, org, site, line) == expected


@pytest.mark.parametrize(
    ("org", "site"),
    [
        ("Zentrum für Hochschuldidaktik", ["Hochschule Weserbergland"]),  # a longer word
        ("Fachbereich Pflegewissenschaft", ["Pflegenetz Mitte"]),
        ("Museo dell'Ordine", ["Ordine degli Architetti di Valdora"]),  # a body of its own
        ("Ordine degli Architetti di Valdora", ["Ordine degli Architetti di Valdora"]),
        ("Agentura ochrany přírody ČR", []),  # no unit before the short form
    ],
)
def test_no_unit_owner_is_made_up(org: str, site: list[str]):
    assert unit_owner(None, org, site, org) is None


def test_a_board_member_of_the_sites_body_keeps_it():
    html = _page(
        "La deontología en las redes sociales",
        "Colegio de Abogados de Sarrión",
        "<p>Ponentes:</p><ul><li>Ana Ruiz Mata, Vocal del Colegio</li>"
        "<li>Luis Pardo Gil, presidente de la Comisión de Deontología del Colegio</li></ul>",
        lang="es",
    )
    people = _people(html)
    assert people["Ana Ruiz Mata"][0] == "Colegio de Abogados de Sarrión"
    assert people["Luis Pardo Gil"][0] == "Colegio de Abogados de Sarrión"


def test_an_emblem_beside_the_name_is_no_name():
    html = """<html lang="pl"><head><title>Starostwo Powiatowe w Lipnie - Ogłoszenia</title></head>
<body><header><a href="/"><img src="/herb.png" alt="Herb"> Starostwo Powiatowe w Lipnie</a></header>
<main><h1>Szkolenie online: zamówienia publiczne</h1><p>12 maja 2027 r., godz. 10:00</p>
<table><tr><th>Osoba</th><th>Funkcja</th></tr>
<tr><td>Anna Lis</td><td>kierownik Wydziału Zamówień Publicznych Starostwa</td></tr></table>
</main></body></html>"""
    assert _people(html)["Anna Lis"][0] == "Starostwo Powiatowe w Lipnie"


# A body's head left in the case its sentence asks for.


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Krajské hygienické stanice Zlín", "Krajská hygienická stanice Zlín"),
        ("Jihomoravské filharmonie", "Jihomoravská filharmonie"),
        ("Městské policie Hodonín", "Městská policie Hodonín"),
    ],
)
def test_a_czech_soft_feminine_head_known_by_its_ending(name: str, expected: str):
    assert czech_same_form_nominative(name) == expected


@pytest.mark.parametrize(
    ("org", "text", "expected"),
    [
        (
            "Tierheimvereins Ostwald",
            "Lena Roth, Leiterin des Tierheimvereins Ostwald",
            "Tierheimverein Ostwald",
        ),
        (
            "Jugendklubs Nordstern e.V.",
            "Sprecher eines Jugendklubs Nordstern e.V.",
            "Jugendklub Nordstern e.V.",
        ),
        (
            "Heimatmuseums Kirchdorf",
            "Kurator des Heimatmuseums Kirchdorf",
            "Heimatmuseum Kirchdorf",
        ),
        # No "des" before it, or no word for a body left: as written.
        ("Filmclubs Wendeburg", "Filmclubs Wendeburg zeigen", "Filmclubs Wendeburg"),
        ("Hans Landes", "Vortrag des Hans Landes", "Hans Landes"),
    ],
)
def test_a_german_genitive_head(org: str, text: str, expected: str):
    assert german_nominative(org, text) == expected


@pytest.mark.parametrize(
    ("org", "text", "expected"),
    [
        ("Piekarni Złoty Kłos", "kierowniczka Piekarni Złoty Kłos", "Piekarnia Złoty Kłos"),
        ("Kwiaciarni Pod Różą", "właścicielka Kwiaciarni Pod Różą", "Kwiaciarnia Pod Różą"),
        ("Winiarni Stary Dwór", "o winach opowie Winiarni Stary Dwór", "Winiarni Stary Dwór"),
    ],
)
def test_a_polish_head_after_a_position(org: str, text: str, expected: str):
    assert polish_nominative(org, text) == expected


def test_pages_in_german_and_polish_name_bodies_in_the_nominative():
    de = _page(
        "Streuobstwiesen pflegen",
        "Landschaftspflegeverband Ostalb",
        "<p>Referenten:</p><ul><li>Lena Roth, Vorsitzende des Obstbauvereins Ellwangen e.V.</li>"
        "<li>Jan Ott, Landschaftspflegeverband Ostalb</li></ul>",
        lang="de",
    )
    pl = _page(
        "Jak prowadzić piekarnię rzemieślniczą",
        "Cech Rzemiosł Różnych w Lipnie",
        "<p>Prelegenci:</p><ul><li>Anna Lis – właścicielka Piekarni Złoty Kłos</li>"
        "<li>Jan Nowak – Cech Rzemiosł Różnych w Lipnie</li></ul>",
        lang="pl",
    )
    assert _people(de)["Lena Roth"][0] == "Obstbauverein Ellwangen e.V."
    assert _people(pl)["Anna Lis"][0] == "Piekarnia Złoty Kłos"


# A body's long form and its short form, as the person's line or the logo writes them.


@pytest.mark.parametrize(
    ("org", "line", "expected"),
    [
        (
            "OFB",
            ", ingénieure, Service eau, Office Français de la Biodiversité (OFB)",
            "Office Français de la Biodiversité (OFB)",
        ),
        (
            "AZR",
            " – técnica, Agencia Zaragozana de Reciclaje (AZR)",
            "Agencia Zaragozana de Reciclaje (AZR)",
        ),
        ("ECCP", ", także z ECCP, wyjaśniła", None),  # no long form after the name
        ("ABC", ", Dept. of Water, Blue River Trust (ABC)", None),  # the words do not spell it
    ],
)
def test_a_short_form_gets_the_long_form_the_line_writes(org: str, line: str, expected: str | None):
    assert long_form(org, line) == expected


@pytest.mark.parametrize(
    ("org", "line", "expected"),
    [
        (
            "Svaz energetických",
            " ze Svazu energetických společenství (SVES)",
            "Svaz energetických společenství (SVES)",
        ),
        (
            "Związek Pszczelarzy",
            " ze Związku Pszczelarzy Ziemi Lubelskiej (ZPZL)",
            "Związek Pszczelarzy Ziemi Lubelskiej (ZPZL)",
        ),
        ("Svaz energetických", " ze Svazu energetických společenství", None),  # no short form
        ("Svaz energetických", " ze Svazu energetických společenství (KES)", None),
    ],
)
def test_a_body_cut_before_its_lower_case_words_grows_to_its_short_form(
    org: str, line: str, expected: str | None
):
    assert grown_to_short(org, line) == expected


def test_a_site_named_by_its_short_form_in_the_title_is_written_as_its_logo():
    html = """<html lang="fr"><head><title>Retour sur la soirée | ADV Haut-Jura</title></head>
<body><header><a class="logo" href="/">
<img src="/l.png" alt="Association des Vignerons Haut-Jura"></a></header>
<main><h1>Retour sur la soirée gel de printemps</h1><p>Publié le 3 mai 2027</p>
<p>La soirée du 28 avril 2027 était animée par notre présidente, Claire Vuillet.</p>
</main><footer>© 2027 ADV Haut-Jura</footer></body></html>"""
    assert _people(html)["Claire Vuillet"][0] == "Association des Vignerons Haut-Jura"


@pytest.mark.parametrize(
    ("org", "after", "expected"),
    [
        (
            "Szkoła Podstawowa",
            " ze Szkoły Podstawowej nr 12 w Lipnie, opowie",
            "Szkoła Podstawowa nr 12 w Lipnie",
        ),
        ("Základní škola", " ze Základní školy č. 3 v Jihlavě", "Základní škola č. 3 v Jihlavě"),
        (
            "Istituto Comprensivo",
            " dell'Istituto Comprensivo n. 5 di Asti",
            "Istituto Comprensivo n. 5 di Asti",
        ),
        ("Szkoła Podstawowa", " ze Szkoły Podstawowej, która ma 12 klas", "Szkoła Podstawowa"),
    ],
)
def test_a_bodys_number_and_town_are_given_back(org: str, after: str, expected: str):
    assert with_number_tail(org, after) == expected


def test_a_page_in_prose_keeps_the_schools_number_and_town():
    html = _page(
        "Egzamin ósmoklasisty krok po kroku",
        "Cech Rzemiosł Różnych w Lipnie",
        "<p>Na pytania odpowie również Anna Lis z Poradni Psychologiczno-Pedagogicznej nr 3 "
        "w Lipnie.</p>",
        lang="pl",
    )
    assert _people(html)["Anna Lis"][0] == "Poradnia Psychologiczno-Pedagogiczna nr 3 w Lipnie"


# A body left inside the position of someone with no organisation.


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (
            "współzałożycielka Zielony Dach sp. z o.o. – zielone dachy dla szkół",
            ("współzałożycielka", "Zielony Dach sp. z o.o."),
        ),
        ("cofundadora Huerta Viva S.L. – huertos urbanos", ("cofundadora", "Huerta Viva S.L.")),
        ("Mitgründerin Grünfassade GmbH", None),  # a German noun opens with a capital
        ("analityk funduszu Dębowa Kapitał", ("analityk", "Dębowa Kapitał")),
        ("analista del fondo Roble Capital", None),  # an article: another rule's shape
        ("starosta obce Horní Lhota", None),  # a mayor's town stays in the role
        ("primátorka města Dubovice", None),
    ],
)
def test_a_body_inside_a_position(position: str, expected: tuple[str, str] | None):
    assert body_in_position(position) == expected


def test_team_cards_and_a_jury_give_their_bodies():
    html = _page(
        "Den inovací 2027",
        "Podnikatelský inkubátor Lipno",
        "<p>Týmy:</p><div><p>Eva Malá, spoluzakladatelka Zelená Střecha s.r.o. – zelené střechy "
        "pro školy</p></div><p>Porota:</p><ul><li>Ing. Petr Novák, analytik fondu Dubová "
        "Kapitál</li></ul>",
        lang="cs",
    )
    people = _people(html)
    assert people["Eva Malá"][0] == "Zelená Střecha s.r.o."
    assert people["Petr Novák"][0] == "Dubová Kapitál"


# An article is a word of its own: a town opening with its letters is no site's kind.


@pytest.mark.parametrize(
    ("position", "lang"),
    [
        ("primátorka města Dubovice", "cs"),
        ("starosta obce Alberovice", "cs"),
        ("wójt gminy Dubienka", "pl"),
        ("alcaldesa de Alcubierre", "es"),
    ],
)
def test_a_town_opening_like_an_article_is_no_sites_kind(position: str, lang: str):
    assert site_kind(position, lang) is None


def test_an_elided_article_still_opens_the_sites_kind():
    assert site_kind("directrice de l'institut", "fr") == ("directrice", "institut")
    assert site_kind("responsabile dell'archivio", "it") == ("responsabile", "archivio")


def test_a_mayor_opening_the_day_keeps_her_town_in_the_role():
    html = _page(
        "Den inovací 2027",
        "StartLab Dubovice",
        "<p>Úvodní slovo: Mgr. Eva Horáková, primátorka města Dubovice</p>"
        "<p>Přednášející: Ing. Petr Novák, StartLab Dubovice</p>",
        lang="cs",
    )
    assert _people(html)["Eva Horáková"] == (None, "primátorka města Dubovice")


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("LinguaPal – asistente de voz", "LinguaPal"),
        ("Kompostomat – komunitní kompostéry", "Kompostomat"),
        ("Hofladen Berger – regional und frisch", "Hofladen Berger"),
        ("VŠB – Technická univerzita Ostrava", "VŠB – Technická univerzita Ostrava"),
        ("Rete Clima – Milano", "Rete Clima – Milano"),
    ],
)
def test_a_description_after_a_dash_is_no_part_of_the_body(org: str, expected: str):
    assert without_dash_description(org) == expected


# A relative clause closing a person's line is no part of their position or body.


@pytest.mark.parametrize(
    ("people", "lang", "name", "expected"),
    [
        (
            "<p>Modera: Sara Conti, volontaria dell'associazione Amici di San Rocco, che ha "
            "seguito il restauro della chiesa di Borgone nel 2023.</p>",
            "it",
            "Sara Conti",
            "Amici di San Rocco",
        ),
        (
            "<p>Modera: Ana Ruiz Mata, voluntaria de la asociación Amigos de San Roque, que "
            "restauró la iglesia de Valdecea en 2021.</p>",
            "es",
            "Ana Ruiz Mata",
            "Amigos de San Roque",
        ),
    ],
)
def test_a_relative_clause_gives_no_body(people: str, lang: str, name: str, expected: str):
    html = _page("Campane di paese", "Diocesi di Valdora", people, lang=lang)
    assert _people(html)[name][0] == expected


def test_a_body_read_outside_the_clause_is_kept():
    assert (
        before_clause("Leiterin, die 2022 die Kirche von Oberried renoviert hat", "Bauamt") is None
    )
    assert before_clause("volunteer", "Friends of St Mary") is None


def test_a_degree_before_the_position_and_a_kind_in_another_case():
    assert body_in_position("MBA, investiční manažer fondu Lipa Ventures") == (
        "MBA, investiční manažer",
        "Lipa Ventures",
    )
    assert body_in_position("MBA, analityk funduszu Dębowa Kapitał") == (
        "MBA, analityk",
        "Dębowa Kapitał",
    )
