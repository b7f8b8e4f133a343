"""The body a speaker works for, settled against the site's own names: the site's body named
by its kind, a unit written before its body, a possessive, a body cut short at its head; from
short pages of our own in several languages."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.blocks import PageDoc
from webinar_archive.importers.page.html_text import html_doc
from webinar_archive.importers.page.own_site import (
    settle_bodies,
    site_names,
    without_dated_bodies,
)


def _record(html: str) -> dict:
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


def _settled(org: str | None, position: str | None, doc: PageDoc, text: str = "") -> tuple:
    speaker = SpeakerDraft("Ada Example", org, "speaker", position)
    settle_bodies([speaker], doc, text)
    return speaker.organisation, speaker.position


def test_the_logo_names_the_site_in_both_its_forms() -> None:
    doc = html_doc(
        "<html><head><title>Talk | BGO</title></head><body><header><a href='/'>"
        "<img src='l.svg' alt='BGO – Botanischer Garten Obertal'></a></header>"
        "<main><h1>Talk</h1></main></body></html>"
    )
    assert "Botanischer Garten Obertal" in site_names(doc)
    assert "BGO" in site_names(doc)


def test_a_site_name_keeps_its_legal_form_s_dot() -> None:
    doc = html_doc(
        "<html><head><title>Talk | Holzbau Kern GmbH.</title></head><body><main><h1>Talk</h1>"
        "</main><footer><p>© 2026 Lumbrera Software S.L.</p></footer></body></html>"
    )
    names = site_names(doc)
    assert "Lumbrera Software S.L." in names
    assert "Holzbau Kern GmbH" in names


@pytest.mark.parametrize(
    ("title", "org", "expected"),
    [
        # A compound holding the kind ("Tierschutzverein"), the kind in the genitive.
        ("Vortrag | Tierschutzverein Untersee", "Vereins", "Tierschutzverein Untersee"),
        ("Charla | Real Academia de Ciencias de Ortega", "Academia",
         "Real Academia de Ciencias de Ortega"),
        ("Wykład | Muzeum Ziemi Nadmorskiej", "Muzeum", "Muzeum Ziemi Nadmorskiej"),
    ],
)  # fmt: skip
def test_the_site_named_by_its_kind_is_the_body_the_title_names(
    title: str, org: str, expected: str
) -> None:
    doc = PageDoc([], title_tag=title)
    assert _settled(org, "Leiterin", doc)[0] == expected


@pytest.mark.parametrize(
    "title",
    ["Lanzamiento | Lumbrera Software S.L.", "Release notes | Lumbrera Labs Ltd"],
)
def test_the_site_named_by_its_own_name_stays_as_written(title: str) -> None:
    """ "responsable de marketing de Lumbrera": the page names the body by its own name,
    which the record keeps as written, not widened to the name the title gives."""
    doc = PageDoc([], title_tag=title)
    text = "Presenta: Ana Gil, responsable de marketing de Lumbrera."
    assert _settled("Lumbrera", "responsable de marketing", doc, text)[0] == "Lumbrera"


def test_the_site_named_by_its_kind_with_an_article_is_its_full_name() -> None:
    """ "primo violino dell'Orchestra": the kind the site's name opens with, after an
    article, is that body."""
    doc = PageDoc([], title_tag="Guida all'ascolto | Orchestra Sinfonica di Valbruna")
    text = "Con Nicola Neri, primo violino dell'Orchestra."
    whole = "Orchestra Sinfonica di Valbruna"
    assert _settled("Orchestra", "primo violino", doc, text)[0] == whole


def test_a_kind_the_site_does_not_have_stays_as_written() -> None:
    doc = PageDoc([], title_tag="Vortrag | Tierschutzverein Untersee")
    assert _settled("Stiftung", None, doc)[0] == "Stiftung"


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("bibliotekarka naszej biblioteki", "bibliotekarka"),
        ("coordinatrice dei volontari della nostra biblioteca", "coordinatrice dei volontari"),
    ],
)
def test_our_kind_of_body_in_a_position_is_the_site(position: str, expected: str) -> None:
    doc = PageDoc([], title_tag="Spotkanie | Biblioteka Miejska w Zalesiu")
    org, rest = _settled(None, position, doc)
    assert org == "Biblioteka Miejska w Zalesiu"
    assert rest.startswith(expected)


def test_the_sites_name_in_another_case_closing_a_position_is_the_body() -> None:
    doc = PageDoc([], title_tag="Beseda | Divadlo Na Hrázi")
    assert _settled(None, "dramaturgyně Divadla Na Hrázi", doc) == (
        "Divadlo Na Hrázi",
        "dramaturgyně",
    )


def test_an_acronym_site_takes_a_body_word_whose_initial_it_has() -> None:
    doc = PageDoc([], title_tag="Webinaire – ARPV", site_name="ARPV")
    assert _settled(None, "chargé de mission du musée", doc)[0] is None  # no M in it
    assert _settled(None, "chargé de mission du réseau", doc) == ("ARPV", "chargé de mission")


@pytest.mark.parametrize(
    ("org", "body", "unit"),
    [
        ("service des archives, Ville de Pontal", "Ville de Pontal", "service des archives"),
        ("Öffentlichkeitsarbeit, LGA Nordheim", "LGA Nordheim", "Öffentlichkeitsarbeit"),
        ("referat Statistik der LfS Südhang", "LfS Südhang", "referat Statistik"),
        ("Comisión de Igualdad del COMV", "COMV", "Comisión de Igualdad"),
        ("odbor dotací KÚ Horácko", "KÚ Horácko", "odbor dotací"),
        ("Katedra historie Pedagogické fakulty Univerzity Západních Čech",
         "Univerzita Západních Čech", "Katedra historie Pedagogické fakulty"),
        # a unit named with a capital before its body's short form
        ("Katedra geodézie VŠ Polná", "VŠ Polná", "Katedra geodézie"),
        ("Lehrstuhl für Statik TH Kralau", "TH Kralau", "Lehrstuhl für Statik"),
    ],
)  # fmt: skip
def test_a_unit_before_its_body_goes_to_the_role(org: str, body: str, unit: str) -> None:
    assert _settled(org, None, PageDoc([])) == (body, unit)


@pytest.mark.parametrize(
    "org",
    [
        "EISMEA, European Commission",  # an agency's short form, then the body it serves
        "oddělení geodezie FSv TU Kralovice",  # a faculty's short form, then the university's
        "Arbogast & Lindqvist, SAS",  # a legal form after the comma
    ],
)
def test_bodies_that_only_look_like_a_unit_and_a_body_stay_whole(org: str) -> None:
    assert _settled(org, None, PageDoc([]))[0] == org


def test_a_possessive_body_gives_the_role_after_it() -> None:
    assert _settled("KPA's head of customer care", None, PageDoc([])) == (
        "KPA",
        "head of customer care",
    )


def test_a_body_cut_at_its_head_is_written_in_full_from_the_page() -> None:
    text = "Hovoří Ing. Ada Example z Ministerstva pro místní rozvoj.\nDalší řádek"
    assert _settled("Ministerstvo", None, PageDoc([]), text)[0] == (
        "Ministerstvo pro místní rozvoj"
    )
    # What follows with a capital is another body's name, not the purpose of this one.
    assert _settled("Ministerstvo", None, PageDoc([]), "z Ministerstva pro Brno")[0] == (
        "Ministerstvo"
    )


def test_a_page_whose_speakers_name_the_site_by_its_kind() -> None:
    record = _record(
        "<html lang='de'><head><title>Online-Vortrag: Bienen im Winter | Imkerverband"
        " Kreis Talheim</title></head><body><header><a href='/' class='logo'>"
        "<img src='n.svg' alt='Imkerverband Kreis Talheim'></a></header><main>"
        "<h1>Online-Vortrag: Bienen im Winter</h1><p>Dienstag, 3. März 2026, 19:00 Uhr</p>"
        "<h2>Referentinnen</h2><ul><li>Dr. Ute Brandhorst, Vorsitzende des Verbandes</li>"
        "<li>Carla Mertens (Jugendarbeit, IVT Talheim)</li></ul>"
        "<p>Wie helfen wir Bienen durch den Winter? Ein Abend mit vielen Fragen aus dem"
        " Publikum und Tipps für naturnahe Gärten.</p></main></body></html>"
    )
    bodies = {s["name"]: s["organisation"] for s in record["speakers"]}
    assert bodies == {
        "Ute Brandhorst": "Imkerverband Kreis Talheim",
        "Carla Mertens": "IVT Talheim",
    }
    assert record["title"] == "Bienen im Winter"


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("restauratrice, atelier Dorure Vallin SARL", ("restauratrice", "Dorure Vallin SARL")),
        (
            "Inhaberin, Tischlerei Holm Möbelbau GmbH",
            ("Inhaberin", "Tischlerei Holm Möbelbau GmbH"),
        ),
        ("socia, despacho Ruiz & Pons S.L.P.", ("socia", "Ruiz & Pons S.L.P.")),
    ],
)
def test_a_firm_closing_a_position_with_its_legal_form_is_the_body(
    position: str, expected: tuple[str, str]
) -> None:
    org, rest = _settled(None, position, PageDoc([]))
    assert (rest, org) == expected


def test_a_position_without_a_legal_form_keeps_its_last_part() -> None:
    assert _settled(None, "restauratrice, atelier de dorure", PageDoc([])) == (
        None,
        "restauratrice, atelier de dorure",
    )


def test_a_month_read_as_a_body_is_no_person() -> None:
    speakers = [
        SpeakerDraft("Harbour Gate", "April", "speaker", None),
        SpeakerDraft("Ada Example", "Harbour Board", "speaker", None),
        SpeakerDraft("May Example", "Mai", "speaker", "Leiterin"),  # a position: a person
    ]
    kept = without_dated_bodies(speakers)
    assert [s.name for s in kept] == ["Ada Example", "May Example"]


@pytest.mark.parametrize(
    ("org", "position", "text", "expected"),
    [
        ("S.L.P", "socia de Vidal & Roca Advocats", "socia de Vidal & Roca Advocats, S.L.P.",
         ("socia", "Vidal & Roca Advocats, S.L.P.")),
        ("GmbH", "Inhaber von Kern Holzbau", "", ("Inhaber", "Kern Holzbau, GmbH")),
    ],
)  # fmt: skip
def test_a_legal_form_cut_from_its_body_is_joined_back(
    org: str, position: str, text: str, expected: tuple[str, str]
) -> None:
    got_org, got_position = _settled(org, position, PageDoc([]), text)
    assert (got_position, got_org) == expected


def test_a_legal_form_with_no_body_before_it_stays() -> None:
    assert _settled("GmbH", "Inhaber", PageDoc([]))[0] == "GmbH"


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("Muzeum Okręgowego w Sieradzu", "Muzeum Okręgowe w Sieradzu"),
        ("Centrum Kształcenia Ustawicznego", "Centrum Kształcenia Ustawicznego"),  # a noun next
        ("Liceum Ogólnokształcące nr 2", "Liceum Ogólnokształcące nr 2"),  # nominative already
        ("Gymnázia Horní Věstonice", "Gymnázium Horní Věstonice"),  # Czech: the head itself
        ("Muzea Vysočiny Třebíč", "Muzeum Vysočiny Třebíč"),
    ],
)
def test_an_um_head_read_in_the_genitive_is_put_back_in_the_nominative(
    org: str, expected: str
) -> None:
    assert _settled(org, None, PageDoc([]))[0] == expected


def test_a_name_inside_another_speakers_body_with_nothing_of_its_own_is_a_place() -> None:
    speakers = [
        SpeakerDraft("Harbour Gate", None, "speaker", None),
        SpeakerDraft("Ada Example", "North Harbour Gate Terminals Ltd", "speaker", "Manager"),
        SpeakerDraft("Gate Example", None, "speaker", None),  # in no body's name: a person
    ]
    kept = without_dated_bodies(speakers)
    assert [s.name for s in kept] == ["Ada Example", "Gate Example"]


@pytest.mark.parametrize(
    ("org", "position", "text", "expected"),
    [
        ("Wydział Ochrony Środowiska US Borek", "naczelnik",
         "Jan Lis, naczelnik Wydziału Ochrony Środowiska US Borek",
         ("US Borek", "naczelnik Wydziału Ochrony Środowiska")),
        ("Katedra geodézie VŠ Polná", "vedoucí", "Petr Novák – vedoucí Katedry geodézie VŠ Polná",
         ("VŠ Polná", "vedoucí Katedry geodézie")),
        # not written that way on the page: the unit joins the position after a comma
        ("Katedra geodézie VŠ Polná", "docent", "", ("VŠ Polná", "docent, Katedra geodézie")),
    ],
)  # fmt: skip
def test_a_unit_after_a_position_keeps_the_case_the_page_writes(
    org: str, position: str, text: str, expected: tuple[str, str]
) -> None:
    assert _settled(org, position, PageDoc([]), text) == expected
