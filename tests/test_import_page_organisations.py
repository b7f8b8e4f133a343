"""The organisation of a person on a page: the classes of body the importer used to miss, each
from short lines written for the test (units inside a body, words for a body, a kind of body
in front of its name, an unnamed body in a town, a firm named after its trade)."""

from __future__ import annotations

from webinar_archive.importers.page import extract_text


def _people(lines: str) -> list[tuple[str, str | None, str | None]]:
    [session] = extract_text(f"Webinar on local data\n\n7 May 2024\n\nSpeakers\n{lines}\n")
    return [(s.name, s.organisation, s.position) for s in session.draft.speakers]


def test_a_unit_named_before_its_body_goes_to_the_position() -> None:
    """ "Abteilung Verkehr der Stadt Kiel", "Wydziału ... Urzędu Miasta", "działu IT Szpitala":
    the unit says where in the body the person works; the body is the organisation."""
    assert _people(
        "Jonas Brand, Abteilung Verkehr der Stadt Kiel\n"
        "Ewa Lis, dyrektor Wydziału Ochrony Środowiska Urzędu Miasta Torunia\n"
        "Adam Zieliński, kierownik działu IT Szpitala Miejskiego w Toruniu\n"
    ) == [
        ("Jonas Brand", "Stadt Kiel", "Abteilung Verkehr"),
        ("Ewa Lis", "Urzędu Miasta Torunia", "dyrektor Wydziału Ochrony Środowiska"),
        ("Adam Zieliński", "Szpitala Miejskiego w Toruniu", "kierownik działu IT"),
    ]


def test_a_unit_after_its_body_and_a_field_before_a_body_go_to_the_position() -> None:
    assert _people(
        "Ing. Karel Dvořák, Ministerstvo životního prostředí, odbor ochrany ovzduší\n"
        "Elena Ruiz, directora general de Comercio de la Junta de Castilla y León\n"
        "Pablo Sanz, profesor de Economía de la Universidad de Burgos\n"
    ) == [
        ("Karel Dvořák", "Ministerstvo životního prostředí", "odbor ochrany ovzduší"),
        ("Elena Ruiz", "Junta de Castilla y León", "directora general de Comercio"),
        ("Pablo Sanz", "Universidad de Burgos", "profesor de Economía"),
    ]


def test_a_capitalised_unit_that_ends_a_position_leaves_the_next_body_whole() -> None:
    """ "Analyst in the Transport Department" has named its unit: the body after the comma
    keeps its first word."""
    assert _people("Tom Hale, Analyst in the Transport Department, Welsh Development Agency") == [
        ("Tom Hale", "Welsh Development Agency", "Analyst in the Transport Department")
    ]


def test_clubs_trusts_and_funds_are_bodies_after_a_single_label() -> None:
    """ "Moderation: Name, Rotary Club Torino": a body, not a second person of a list."""
    [session] = extract_text(
        "Webinar on local data\n\n7 May 2024\n\nModera: Lucia Ferri, Rotary Club Torino\n\n"
        "Your host: Ian Shaw, National Heritage Trust\n"
    )
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Lucia Ferri", "Rotary Club Torino"),
        ("Ian Shaw", "National Heritage Trust"),
    ]


def test_a_lower_case_word_for_the_kind_of_body_is_not_part_of_its_name() -> None:
    assert _people(
        "Yves Morel, paysagiste, agence Terre Vive\nPaweł Bąk, dziennikarz portalu Smog2030\n"
    ) == [
        ("Yves Morel", "Terre Vive", "paysagiste"),
        ("Paweł Bąk", "Smog2030", "dziennikarz"),
    ]


def test_an_unnamed_body_in_a_town_names_no_organisation() -> None:
    """ "directeur d'école à Annecy": the school is not named; the town stays in the role."""
    assert _people(
        "Luc Perrin, directeur d'école à Annecy\nMarta Nowak, dyrektorka szkoły w Kórniku\n"
    ) == [
        ("Luc Perrin", None, "directeur d'école à Annecy"),
        ("Marta Nowak", None, "dyrektorka szkoły w Kórniku"),
    ]


def test_a_firm_named_after_its_trade_is_the_organisation() -> None:
    """ "Asesora fiscal, Gil Asesores": a name and a trade in the plural after a position."""
    assert _people(
        "Carmen Gil, Asesora fiscal, Gil Asesores\nTom Reed, Senior Engineer, Reed Consultants\n"
    ) == [
        ("Carmen Gil", "Gil Asesores", "Asesora fiscal"),
        ("Tom Reed", "Reed Consultants", "Senior Engineer"),
    ]


def test_the_word_joining_a_position_to_a_kind_of_body_stays_with_neither() -> None:
    assert _people("Marco Neri, presidente della cooperativa Sole Alpino") == [
        ("Marco Neri", "Sole Alpino", "presidente")
    ]


def test_a_position_in_front_of_the_body_is_not_part_of_its_name() -> None:
    """ "Chargée de mission, Body", "Responsabile acquisti, Body": the first part is what the
    person does; a head of a unit "der" a library keeps the unit in the position."""
    assert _people(
        "Léa Martin, Chargée de mission, Syndicat intercommunal des rivières du Gers\n"
        "Marco Riva, Responsabile acquisti, Consorzio Vini del Garda\n"
        "Katrin Vogt, Leiterin der Abteilung Bestandserhaltung der Landesbibliothek Kiel\n"
        "Sara Neri, direttrice del Dipartimento di Scienze Sociali\n"
    ) == [
        ("Léa Martin", "Syndicat intercommunal des rivières du Gers", "Chargée de mission"),
        ("Marco Riva", "Consorzio Vini del Garda", "Responsabile acquisti"),
        ("Katrin Vogt", "Landesbibliothek Kiel", "Leiterin der Abteilung Bestandserhaltung"),
        ("Sara Neri", "Dipartimento di Scienze Sociali", "direttrice"),
    ]


def test_bodies_after_a_moderator_label_in_brackets_and_after_a_second_position() -> None:
    """An archive is a body; capitalised words closed by a word for a body are one even with a
    role word inside; a second position after a comma still leads to its body."""
    assert _people(
        "Moderation: Dr. Uwe Kranz, Kreisarchiv Rendsburg\n"
        "Chaired by Mary Doyle (Irish Rural Advisory Service) and closing remarks.\n"
        "Paul Girard, géographe, maître de conférences à l'Université de Tours.\n"
    ) == [
        ("Uwe Kranz", "Kreisarchiv Rendsburg", None),
        ("Mary Doyle", "Irish Rural Advisory Service", None),
        ("Paul Girard", "Université de Tours", "géographe, maître de conférences"),
    ]


def test_a_unit_inside_a_position_before_a_dash_stays_with_it() -> None:
    """ "Name - Jefa del Servicio de X - Body", "Name – Leiter der Abteilung Y – Body": the
    unit is where in the body after the dash the person works, not a body of its own; a
    guild ("Innung") after "Name – Obermeister –" is a body."""
    assert _people(
        "Lic. Marta Vidal - Jefa del Servicio de Contabilidad - Diputación de Soria\n"
        "Jonas Brand – Leiter der Abteilung Netze – Stadtwerke Kiel\n"
        "Ina Kolb – Obermeisterin – Innung Elektrotechnik Kiel\n"
    ) == [
        ("Marta Vidal", "Diputación de Soria", "Jefa del Servicio de Contabilidad"),
        ("Jonas Brand", "Stadtwerke Kiel", "Leiter der Abteilung Netze"),
        ("Ina Kolb", "Innung Elektrotechnik Kiel", "Obermeisterin"),
    ]


def test_spanish_don_and_dona_are_honorifics_not_names() -> None:
    assert _people(
        "D. Tomás Herrero Gil - Técnico - Agencia de Desarrollo de Soria\n"
        "Dña. Pilar Ruiz - Gerente - Talleres Ruiz, S.L.\n"
    ) == [
        ("Tomás Herrero Gil", "Agencia de Desarrollo de Soria", "Técnico"),
        ("Pilar Ruiz", "Talleres Ruiz, S.L.", "Gerente"),
    ]


def test_a_long_name_with_its_short_form_in_brackets_is_kept_as_written() -> None:
    """ "Centro de Estudios del Agua del Alto Duero (CEAD)": the page's name and short form,
    whatever the number of words; a long form holding commas still gives its short form."""
    assert _people(
        "Ana Gil, investigadora del Centro de Estudios del Agua del Alto Duero (CEAD)\n"
        "Piet Smit, Institute for Water, Soil and Climate Research (IWSC)\n"
    ) == [
        ("Ana Gil", "Centro de Estudios del Agua del Alto Duero (CEAD)", "investigadora"),
        ("Piet Smit", "IWSC", None),
    ]


def test_a_lower_case_unit_after_a_slavic_position_stays_with_it_before_the_body() -> None:
    """ "vedoucí technického oddělení Krajské galerie Hlinsko", "kierowniczka działu zbiorów
    Muzeum Regionalnego": the unit in the genitive belongs to the position, the capitalised
    body after it is the organisation."""
    people = _people(
        "Eva Malá, vedoucí technického oddělení Krajské galerie Hlinsko\n"
        "Ewa Lis, kierowniczka działu zbiorów Muzeum Regionalnego w Łomży\n"
    )
    assert [(org, position) for _, org, position in people] == [
        ("Krajské galerie Hlinsko", "vedoucí technického oddělení"),
        # The body in the nominative, as the README's conventions name it.
        ("Muzeum Regionalne w Łomży", "kierowniczka działu zbiorów"),
    ]
