"""Families of organisation misses, each in wordings and languages no record holds: a unit of
the site's own body, a body cut or widened, a councillor's portfolio, a role stem inside a
name, inflected heads and a pharmacy bearing its owner's name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, extract_text
from webinar_archive.importers.page.body_parts import split_part
from webinar_archive.importers.page.council_portfolios import council_portfolio
from webinar_archive.importers.page.host_units import host_unit
from webinar_archive.importers.page.html_text import html_doc
from webinar_archive.importers.page.names import role_stem
from webinar_archive.importers.page.nominative import nominative_body
from webinar_archive.importers.page.person_lines import site_body
from webinar_archive.importers.page.site_units import site_unit
from webinar_archive.importers.page.town_tails import town_tail
from webinar_archive.importers.page.unit_genitives import split_unit_genitive


def _people(html: str) -> dict[str, tuple[str | None, str | None]]:
    page = extract_page(html.encode())[0]
    return {s.name: (s.organisation, s.position) for s in page.draft.speakers}


def _page(title: str, site: str, people: str, *, bar: str = "", lang: str = "en") -> str:
    return f"""<html lang="{lang}"><head><title>{title} | {site}</title></head><body>
{bar}<header><a class="logo" href="/">{site}</a><nav>Home · Events</nav></header>
<main><h1>{title}</h1><p>Online, 12 May 2027, 10:00.</p>
{people}
</main><footer>© 2027 {site}</footer></body></html>"""


# A unit of the site's own body, named without that body.


@pytest.mark.parametrize(
    ("position", "org", "names", "expected"),
    [
        (
            "Leiter des Referats Grundwasser",
            None,
            ["Landesamt für Umwelt Nordmark"],
            ("Leiter des Referats Grundwasser", "Landesamt für Umwelt Nordmark"),
        ),
        (
            None,
            "Odbor dotací",
            ["Ministerstvo zemědělství"],
            ("Odbor dotací", "Ministerstvo zemědělství"),
        ),
        (
            "head",
            "Department of Geology",
            ["University of Carrow"],
            ("head, Department of Geology", "University of Carrow"),
        ),
        (
            "directora",
            "Dirección General de Economía",
            ["Agencia de Innovación"],  # an agency holds no such unit: a body of its own
            ("directora", "Dirección General de Economía"),
        ),
        (
            None,
            "Klinik für Geriatrie",
            ["Pflegenetz Mitte"],  # a network holds no clinic
            (None, "Klinik für Geriatrie"),
        ),
        (
            "profesor",
            "Instytut Historii",
            [],  # no site named: the unit stays the body
            ("profesor", "Instytut Historii"),
        ),
    ],
)
def test_unit_of_the_site_body(position, org, names, expected):
    text = f"{position or ''}, {org or ''}".strip(", ")
    assert host_unit(position, org, names, text) == expected


def test_page_of_a_faculty_under_its_university_bar():
    html = _page(
        "Wasser im Karst",
        "Fakultät für Geowissenschaften",
        "<ul><li>Prof. Dr. Hanna Roth, Dekanin der Fakultät</li>"
        "<li>Dr. Jonas Weil, Abteilung Hydrogeologie</li>"
        "<li>Mia Kranz, Stadtwerke Talbach</li></ul>",
        bar='<div class="topbar">Universität Talbrück · Bibliothek · English</div>',
        lang="de",
    )
    people = _people(html)
    assert people["Hanna Roth"] == ("Universität Talbrück", "Dekanin der Fakultät")
    assert people["Mia Kranz"][0] == "Stadtwerke Talbach"


def test_ministry_page_department_in_polish_and_italian():
    pl = _page(
        "Nabór wniosków",
        "Ministerstwo Cyfryzacji",
        "<ul><li>Jan Nowak – naczelnik wydziału, Departament Usług Cyfrowych</li></ul>",
        lang="pl",
    )
    assert _people(pl)["Jan Nowak"][0] == "Ministerstwo Cyfryzacji"
    it = _page(
        "Bandi aperti",
        "Ministero della Cultura",
        "<ul><li>Paola Neri, Direzione Generale Musei</li></ul>",
        lang="it",
    )
    assert _people(it)["Paola Neri"] == ("Ministero della Cultura", "Direzione Generale Musei")


# A body after a position and a preposition, and a body's town.


@pytest.mark.parametrize(
    ("position", "org", "text"),
    [
        (
            "chargée de projet",
            "Réseau Semences Libres",
            "chargée de projet au Réseau Semences Libres",
        ),
        ("Referentin", "Netzwerk Grüne Höfe", "Referentin beim Netzwerk Grüne Höfe"),
        ("project officer", "Network Open Seeds", "project officer at the Network Open Seeds"),
    ],
)
def test_body_after_a_preposition_is_not_the_site(position, org, text):
    sites = ["Graines Libres", "Grüne Höfe eG", "Open Seeds Cooperative"]
    assert site_unit(position, org, sites, text) == (position, org)


@pytest.mark.parametrize(
    ("position", "org", "text", "expected"),
    [
        (
            "instructora, Cruz Roja",
            "Sevilla",
            "instructora, Cruz Roja en Sevilla",
            ("instructora", "Cruz Roja en Sevilla"),
        ),
        (
            "Sozialarbeiter, Caritas Verband",
            "Lindau",
            "Sozialarbeiter, Caritas Verband in Lindau",
            ("Sozialarbeiter", "Caritas Verband in Lindau"),
        ),
    ],
)
def test_town_after_a_body_belongs_to_it(position, org, text, expected):
    assert town_tail(position, org, text) == expected
    assert town_tail("instructora", "Sevilla", "instructora en Sevilla") is None


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        ("ARP S.A.", "ARP S.A."),
        ("Holzbau Kern e.V.", "Holzbau Kern e.V."),
        ("Acme Ltd.", "Acme Ltd."),
    ],
)
def test_legal_form_keeps_its_dot_in_the_site_name(site, expected):
    doc = html_doc(_page("Dotacje dla firm", site, "<p>Ewa Lis</p>"))
    assert site_body(doc) == expected


def test_site_named_by_its_short_form_stays_so():
    pl = _page(
        "Dotacje dla firm", "ARP S.A.", "<ul><li>Ewa Lis, ekspertka ds. dotacji ARP</li></ul>"
    )
    assert _people(pl)["Ewa Lis"] == ("ARP", "ekspertka ds. dotacji")
    cs = _page("Dotace pro firmy", "CzechReg a.s.", "<ul><li>Eva Malá, analytička CZR</li></ul>")
    assert _people(cs)["Eva Malá"][0] != "CzechReg a.s."


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "Moderuje architektka Ing. Eva Malá z ateliéru Zelený dvůr s.r.o.",
            "Eva Malá",
            "Zelený dvůr s.r.o.",
        ),
        (
            "Interviene la dott.ssa Anna Riva, direttrice della RSA Villa Serena.",
            "Anna Riva",
            "Villa Serena",
        ),
        (
            "Avec Marie Roux, infirmière coordinatrice de l'EHPAD Les Tilleuls.",
            "Marie Roux",
            "Les Tilleuls",
        ),
    ],
)
def test_kind_word_before_a_body_is_dropped(text, name, org):
    page = extract_text(f"Webinář o zahradách\n12. 5. 2027\n{text}\n")[0]
    found = {s.name: s.organisation for s in page.draft.speakers}
    assert found.get(name) == org


# A councillor's portfolio and town.


@pytest.mark.parametrize(
    ("position", "org", "text", "expected"),
    [
        (
            "concejal",
            "Cultura de Arroyo Seco",
            "concejal de Cultura de Arroyo Seco",
            "concejal de Cultura de Arroyo Seco",
        ),
        (
            "assessora",
            "Mobilità di Valtorre",
            "assessora alla Mobilità di Valtorre",
            "assessora alla Mobilità di Valtorre",
        ),
        ("councillor", "Transport", "councillor for Transport", "councillor for Transport"),
        (
            "concejala",
            "Ayuntamiento de Arroyo Seco",
            "concejala, Ayuntamiento de Arroyo Seco",
            None,
        ),
        ("directora", "Deportes de Arroyo", "directora de Deportes de Arroyo", None),
    ],
)
def test_councillor_portfolio_is_no_body(position, org, text, expected):
    assert council_portfolio(position, org, text) == expected


# Role stems match word starts with an ending, not a name that opens like one.


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Mairena", None),
        ("Chairez", None),
        ("Leaderman", None),
        ("maires", "maire"),
        ("Direktorin", "direktor"),
        ("předsedkyně", "předsed"),
        ("coordinatrice", "coordinat"),
        ("avvocatessa", "avvocat"),
        ("dyrektorka", "dyrektor"),
    ],
)
def test_role_stem_needs_an_ending(word, stem):
    assert role_stem(word) == stem


def test_family_name_opening_like_an_office_keeps_the_person():
    page = extract_text(
        "Curso de primeros auxilios\n12/05/2027\nPonentes:\n"
        "D. Luis Ortega Mairena – enfermero, Hospital Comarcal de Osuna\n"
        "Dña. Rosa Chairez – pediatra, Centro de Salud Norte\n"
    )[0]
    names = [s.name for s in page.draft.speakers]
    assert "Luis Ortega Mairena" in names
    assert "Rosa Chairez" in names


# Heads inflected after their body's name.


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Vysoké školy báňské", "Vysoká škola báňská"),
        ("Univerzity Karlovy v Praze", "Univerzita Karlova v Praze"),
        ("Fakulty lesnické a krajinné", "Fakulta lesnická a krajinná"),
        ("Ministerstva životního prostředí", "Ministerstvo životního prostředí"),
        ("Nadace Českého rozhlasu", "Nadace Českého rozhlasu"),
        ("Zespołu Szkół Technicznych", "Zespół Szkół Technicznych"),
        ("Kościoła Ewangelickiego w Lesznie", "Kościół Ewangelicki w Lesznie"),
        ("Zespole Szkół", "Zespół Szkół"),
        ("Urzędu Miasta", "Urząd Miasta"),
    ],
)
def test_nominative_of_heads_and_adjectives_after_them(written, nominative):
    assert nominative_body(written) == nominative


# A body bearing its owner's name.


@pytest.mark.parametrize(
    ("line", "name", "org"),
    [
        ("Pharmacist Ann Lee, Lee Pharmacy", "Ann Lee", "Lee Pharmacy"),
        ("Pharmacienne Anne Roux, Pharmacie Roux", "Anne Roux", "Pharmacie Roux"),
        ("Apothekerin Jana Berg, Berg Apotheke", "Jana Berg", "Berg Apotheke"),
    ],
)
def test_owner_named_pharmacy_keeps_the_person(line, name, org):
    page = extract_text(f"Safe medicines at home\n12 March 2027\nSpeakers:\n{line}\n")[0]
    found = {s.name: s.organisation for s in page.draft.speakers}
    assert found.get(name) == org
    assert org not in found


# A unit before its body: after a comma, in the genitive, a board, or the site's own name.


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        (
            "Geschäftsbereich Recht, Handwerkskammer Talbach",
            ("Geschäftsbereich Recht", "Handwerkskammer Talbach"),
        ),
        (
            "Services communs de la recherche, Université de Lorvenne",
            ("Services communs de la recherche", "Université de Lorvenne"),
        ),
        (
            "Klinika Neurologii, Szpital Miejski w Borowie",
            ("Klinika Neurologii", "Szpital Miejski w Borowie"),
        ),
    ],
)
def test_unit_then_body_after_a_comma(org, expected):
    assert split_part(None, org) == expected


@pytest.mark.parametrize(
    ("role", "org", "text", "expected"),
    [
        (
            "ordinaria",
            "Clinica Pediatrica dell'Ospedale San Carlo",
            "ordinaria della Clinica Pediatrica dell'Ospedale San Carlo",
            ("ordinaria della Clinica Pediatrica", "Ospedale San Carlo"),
        ),
        (
            "Oberärztin",
            "Klinik für Kardiologie des Klinikums Nordstadt",
            "Oberärztin der Klinik für Kardiologie des Klinikums Nordstadt",
            ("Oberärztin der Klinik für Kardiologie", "Klinikum Nordstadt"),
        ),
        (
            "membre",
            "Conseil d'administration de la FNAB",
            "membre du Conseil d'administration de la FNAB",
            ("membre du Conseil d'administration", "FNAB"),
        ),
        (
            "vocal",
            "Junta Directiva de la AEPD",
            "vocal de la Junta Directiva de la AEPD",
            ("vocal de la Junta Directiva", "AEPD"),
        ),
    ],
)
def test_unit_or_board_then_its_body_in_the_genitive(role, org, text, expected):
    assert split_unit_genitive(role, org, text) == expected


def test_unit_cut_from_the_position_then_the_site_name():
    names = ["Diputación Foral de Ribera", "Hacienda Foral de Ribera"]
    text = "Con Ane Uribe, jefa del Servicio de Inspección de la Hacienda Foral, y Jon Sarasola."
    found = host_unit("jefa del Servicio", "Inspección de la Hacienda Foral", names, text)
    assert found == ("jefa del Servicio de Inspección", "Hacienda Foral de Ribera")
    text = "Mit Eva Horn, Leiterin der Abteilung Steuern des Finanzamts Ostheim."
    names = ["Finanzamt Ostheim"]
    assert host_unit("Leiterin der Abteilung", "Steuern des Finanzamts", names, text) == (
        "Leiterin der Abteilung Steuern",
        "Finanzamt Ostheim",
    )


# A rank before a name, a card's body known by its legal form, academies and theatres.


def test_rank_before_a_name_is_no_body_and_a_firm_named_after_its_partner_no_person():
    html = _page(
        "Exportkontrolle kompakt",
        "IHK Talbach",
        '<div class="card"><p class="name">StBin Dr. Jana Wolff</p>'
        "<p>Partnerin, Wolff & Brandt Steuerberatung PartG mbB</p></div>"
        "<ul><li>KHK Uwe Brenner, Kommissariat Prävention, Polizeipräsidium Talbach</li></ul>",
        lang="de",
    )
    people = _people(html)
    assert set(people) == {"Jana Wolff", "Uwe Brenner"}
    assert people["Jana Wolff"][0] == "Wolff & Brandt Steuerberatung PartG mbB"
    assert people["Uwe Brenner"][0] == "Polizeipräsidium Talbach"


def test_card_line_with_a_legal_form_is_the_body():
    html = _page(
        "Fahrplanwechsel",
        "Talbahn GmbH",
        '<div class="card"><p class="name">Eva Sommer</p><p>Vorsitzende</p>'
        "<p>Pro Rad Talbach e.V.</p></div>"
        '<div class="card"><p class="name">Jan Lis</p><p>Prezes</p>'
        "<p>Razem Rowerem Sp. z o.o.</p></div>",
        lang="de",
    )
    people = _people(html)
    assert people["Eva Sommer"][0] == "Pro Rad Talbach e.V."


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "Po projekci promluví herečka Jana Malá z Divadelní akademie v Brně.",
            "Jana Malá",
            "Divadelní akademie v Brně",
        ),
        (
            "Zajęcia poprowadzi dr Ewa Lis, wykładowczyni Akademii Teatralnej w Borowie, która",
            "Ewa Lis",
            "Akademia Teatralna w Borowie",
        ),
        (
            "Interviene Marco Neri, primo violino dell'Orchestra Sinfonica di Valtorre.",
            "Marco Neri",
            "Orchestra Sinfonica di Valtorre",
        ),
    ],
)
def test_academies_orchestras_and_theatres_are_bodies(text, name, org):
    page = extract_text(f"Beseda o divadle\n12. 5. 2027\n{text}\n")[0]
    found = {s.name: s.organisation for s in page.draft.speakers}
    assert found.get(name) == org


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "Gościem będzie dr hab. Anna Nowak, prof. UWr, historyczka z Instytutu Historii "
            "Uniwersytetu Wrocławskiego, która opowie o mapach.",
            "Anna Nowak",
            "Uniwersytet Wrocławski",
        ),
        (
            "Wystąpi dr Jan Lis, prof. ucz., socjolog z Katedry Socjologii Politechniki "
            "Opolskiej, który bada miasta.",
            "Jan Lis",
            "Politechnika Opolska",
        ),
    ],
)
def test_university_title_then_a_second_apposition_naming_the_body(text, name, org):
    page = extract_text(f"Wykład online\n12.05.2027\n{text}\n")[0]
    found = {s.name: s.organisation for s in page.draft.speakers}
    assert found.get(name) == org


@pytest.mark.parametrize(
    ("position", "names", "expected"),
    [
        (
            "vedoucí oddělení daně z příjmů, Územní pracoviště v Boru",
            ["Finanční úřad pro Horní kraj"],
            "Finanční úřad pro Horní kraj",
        ),
        ("naczelnik wydziału podatków", ["Urząd Skarbowy w Lesznie"], "Urząd Skarbowy w Lesznie"),
        ("naczelnik wydziału podatków", ["Fundacja Podatki Jasno"], None),
    ],
)
def test_unit_right_after_the_role_word_on_the_host_site(position, names, expected):
    assert host_unit(position, None, names, position) == (position, expected)


@pytest.mark.parametrize(
    ("lang", "title", "logo", "line", "name"),
    [
        (
            "fr",
            "Faculté de médecine vétérinaire de Valmont",
            "FMV Valmont",
            "<p>La leçon sera donnée par Paul Morel, qui dirige le laboratoire de la Faculté, "
            "et par Anne Roy, vétérinaire.</p>",
            "Paul Morel",
        ),
        (
            "it",
            "Accademia di Belle Arti di Valtorre",
            "ABA Valtorre",
            "<ul><li>Marta Neri, direttrice dell'Accademia</li>"
            "<li>Luca Bassi, Comune di Valtorre</li></ul>",
            "Marta Neri",
        ),
    ],
)
def test_site_named_by_its_kind_is_written_as_its_only_logo_name(lang, title, logo, line, name):
    html = f"""<html lang="{lang}"><head><title>Webinar | {title}</title></head><body>
<header><a href="/"><img src="/logo.png" alt="{logo}"></a></header>
<main><h1>Webinar</h1><p>12.05.2027, 18:00</p>{line}</main>
<footer>© 2027 {title}</footer></body></html>"""
    assert _people(html)[name][0] == logo
