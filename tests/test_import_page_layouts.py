"""Page layouts the importer used to misread: programme tables, session lists, cards, kickers."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.names import name_runs


def _record(html: str) -> dict:
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


def _names(record: dict) -> list[str]:
    return [s["name"] for s in record["speakers"]]


def test_a_programme_table_under_a_time_and_zone_line_is_one_session() -> None:
    record = _record(
        "<html><body><h2>Seagrass meadows and the fishing fleet</h2>"
        "<p>Tuesday 3 March 2026</p><p>14:00 – 16:00 (CET)</p>"
        "<p>Fishers and ecologists compare what they have seen on the seabed since the meadows "
        "were replanted, and what it means for the quotas of small boats.</p>"
        "<h3>Programme</h3><table>"
        "<tr><td>14:00</td><td>Welcome</td><td>Ilse Dekker, Director, Wadden Sea Lab</td></tr>"
        "<tr><td>14:15</td><td>Replanting at scale</td><td>Tom Aalders, Ecologist, Zeegras BV"
        "</td></tr>"
        "<tr><td>15:00</td><td>Questions</td><td>Chaired by Ilse Dekker</td></tr>"
        "</table><p>The recording will be published on this page after the event for "
        "everyone who could not attend on the day.</p></body></html>"
    )
    assert "sessions" not in record
    assert record["title"] == "Seagrass meadows and the fishing fleet"
    assert record["date"] == "2026-03-03"
    assert _names(record) == ["Ilse Dekker", "Tom Aalders"]


def test_two_sessions_with_date_fields_numbered_heads_and_speaker_lines() -> None:
    record = _record(
        "<html><body><h1>Ciclo «Huertos escolares»</h1>"
        "<p>Dos sesiones en línea para profesorado de primaria.</p>"
        "<h2>Sesión 1. Diseñar el huerto</h2>"
        "<p>Fecha: lunes 9 de marzo de 2026, de 17:00 a 18:30</p>"
        "<p>Imparte: Inés Roldán, técnica de educación ambiental en Semilla Viva</p>"
        "<p>Cómo elegir el sitio, el riego y los cultivos del primer año.</p>"
        "<h2>Sesión 2. El huerto en el currículo</h2>"
        "<p>Fecha: lunes 16 de marzo de 2026, de 17:00 a 18:30</p>"
        "<p>Imparte: Pablo Ferrer, maestro del CEIP Los Almendros</p>"
        "<p>Actividades de ciencias y matemáticas a partir del huerto.</p>"
        "</body></html>"
    )
    sessions = record["sessions"]
    assert [(s["title"], s["date"]) for s in sessions] == [
        ("Diseñar el huerto", "2026-03-09"),
        ("El huerto en el currículo", "2026-03-16"),
    ]
    assert [[p["name"] for p in s["speakers"]] for s in sessions] == [
        ["Inés Roldán"],
        ["Pablo Ferrer"],
    ]


def test_a_logo_h1_named_in_the_title_tag_is_not_part_of_the_title() -> None:
    record = _record(
        "<html><head><title>Rain gardens for schoolyards | Department of Landscape | "
        "University of Kestrel</title></head><body>"
        "<h1><a href='/'>Department of Landscape</a></h1>"
        "<nav><a href='/'>Home</a> <a href='/events'>Events</a></nav>"
        "<h2>Rain gardens for schoolyards</h2><p>Wednesday 6 May 2026, 16:00</p>"
        "<p>How two primary schools replaced tarmac with planted beds that take the roof water "
        "of their classrooms.</p>"
        "<footer>© 2026 University of Kestrel</footer></body></html>"
    )
    assert record["title"] == "Rain gardens for schoolyards"


def test_a_page_kind_and_date_line_over_the_heading_is_not_the_title() -> None:
    record = _record(
        "<html><head><title>Comune di Valle Serena - Notizie</title></head><body>"
        "<p>Notizia · 3 febbraio 2026</p><h3>Orti urbani: come partecipare al bando</h3>"
        "<p>Incontro online martedì 17 febbraio 2026 alle 18:00 con gli uffici comunali.</p>"
        "</body></html>"
    )
    assert record["title"] == "Orti urbani: come partecipare al bando"


def test_a_kind_of_event_line_gives_way_to_the_name_under_it_that_the_title_tag_repeats() -> None:
    record = _record(
        "<html><head><title>Včely ve městě: jak na střešní úly – Fakulta zahradnická ZUJ"
        "</title></head><body><h1>Akce a semináře</h1>"
        "<p>Odborný seminář online</p><p><strong>Včely ve městě: jak na střešní úly</strong></p>"
        "<p>Seminář se koná ve čtvrtek 4. června 2026 od 14 hodin v MS Teams.</p>"
        "<footer>© 2026 ZUJ</footer></body></html>"
    )
    assert record["title"] == "Včely ve městě: jak na střešní úly"


def test_the_day_a_sentence_says_the_session_took_place_beats_the_day_it_was_posted() -> None:
    record = _record(
        "<html><body><h1>Relacja: o kompostowaniu rozmawialiśmy z sołtysami</h1>"
        "<p>Dodano: 20.04.2026 | Autor: Biuro</p>"
        "<p>Zapisy na kolejny kurs ruszą 4 maja 2026 r.</p>"
        "<p>W czwartek 16 kwietnia 2026 r. odbyło się webinarium „Kompostownik w każdej "
        "wsi”, w którym wzięło udział 80 osób.</p></body></html>"
    )
    assert record["date"] == "2026-04-16"


def test_speaker_cards_with_a_position_line_and_a_body_line_under_the_name() -> None:
    record = _record(
        "<html><body><h2>Regenwasser im eigenen Garten</h2>"
        "<p>Dienstag, 10. März 2026, 18:00 Uhr, online.</p><h3>Referierende</h3>"
        "<div class='card'><h4>Jana Ostermann</h4><p>Landschaftsgärtnermeisterin</p>"
        "<p>Gartenbau Ostermann GmbH</p></div>"
        "<div class='card'><h4>Till Brenner</h4><p>Moderation</p>"
        "<p>Umweltzentrum Mittelweser</p></div></body></html>"
    )
    assert [(s["name"], s["organisation"], s["role"]) for s in record["speakers"]] == [
        ("Jana Ostermann", "Gartenbau Ostermann GmbH", "Landschaftsgärtnermeisterin"),
        ("Till Brenner", "Umweltzentrum Mittelweser", "Moderation"),
    ]


def test_a_department_before_the_colon_and_the_talk_after_the_dash() -> None:
    record = _record(
        "<html><body><h2>Boden und Klima</h2><p>Mittwoch, 3. Juni 2026, online.</p>"
        "<h3>Programm</h3><ul>"
        "<li>10:00 Fachbereich Geografie: Jun.-Prof. Dr. Nele Harms – Trockene Sommer in "
        "großen Höhen</li>"
        "<li>10:40 Ústav půdoznalství: doc. Ing. Jan Malý, Ph.D. – Měření vlhkosti v půdě</li>"
        "</ul></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Nele Harms", "Fachbereich Geografie"),
        ("Jan Malý", "Ústav půdoznalství"),
    ]


def test_a_regional_ministry_after_a_position_is_a_body_not_a_person() -> None:
    record = _record(
        "<html lang='es'><body><h2>Riego por goteo en olivar</h2>"
        "<p>Jueves, 5 de marzo de 2026, de 10:00 a 12:00 h.</p><h3>Programa</h3><table>"
        "<tr><td>10:00</td><td>Ayudas</td><td>Vicente Ortuño, jefe de sección de Regadíos, "
        "Conselleria de Agricultura</td></tr>"
        "<tr><td>10:40</td><td>Sensores</td><td>Lidia Pons, ingeniera, Riegos Pons</td></tr>"
        "<tr><td>11:20</td><td>Preguntas</td><td></td></tr></table></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Vicente Ortuño", "Conselleria de Agricultura"),
        ("Lidia Pons", "Riegos Pons"),
    ]


def test_german_sentence_openers_and_dated_related_events_are_not_people() -> None:
    record = _record(
        "<html lang='de'><body><h2>Solardächer für Vereinsheime</h2>"
        "<p>Donnerstag, 7. Mai 2026, 19:00 Uhr, online.</p>"
        "<p>Steigende Strompreise treffen Sportvereine hart. Viele Vorständinnen und Vorstände "
        "fragen sich, ob sich eine Anlage lohnt. Es referiert Jonas Heller, Energieberater "
        "bei der Energieagentur Hunsrück.</p>"
        "<h3>Weitere Termine</h3><p>Grüne Gärten – 12.06.2026<br>Lange Nacht der Energie – "
        "03.07.2026</p></body></html>"
    )
    assert [s["name"] for s in record["speakers"]] == ["Jonas Heller"]


def test_a_sign_up_link_is_no_recording() -> None:
    record = _record(
        "<html lang='it'><head><link rel='canonical' href='https://comune.example.it/n/1'>"
        "</head><body><h2>Compostaggio domestico in condominio</h2>"
        "<p>Incontro online martedì 9 giugno 2026 alle 18:00.</p>"
        "<p><a href='https://www.gotowebinar.com/register/77'>Registrati all'incontro</a></p>"
        "</body></html>"
    )
    assert record["links"] == {"recording": False, "presentations": False, "agenda": False}


def test_slides_announced_beside_a_link_of_another_kind_count() -> None:
    record = _record(
        "<html lang='de'><head><link rel='canonical' href='https://hs.example.de/t/1'>"
        "</head><body><h2>Lernräume neu denken</h2><p>Dienstag, 8. September 2026.</p>"
        "<p>Das <a href='/files/programm.pdf'>Programm als PDF</a> steht bereit. Die "
        "Vortragsfolien werden nach der Veranstaltung auf dieser Seite veröffentlicht.</p>"
        "</body></html>"
    )
    assert record["links"] == {"recording": False, "presentations": True, "agenda": True}


def test_legal_forms_keep_their_dots_and_a_word_for_a_kind_of_body_names_none() -> None:
    record = _record(
        "<html><body><h2>Obnova lesa po kůrovci</h2><p>Úterý 6. října 2026, online.</p>"
        "<p><strong>Program:</strong></p><ol>"
        "<li>Úvod – prof. Ing. Karel Brož, CSc., děkan fakulty</li>"
        "<li>Praxe – Ing. Eva Horká, Lesy Pošumaví, s. p.</li>"
        "<li>Drony – Ing. Pietro Villa, Aerolab Droni S.r.l.</li></ol></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Karel Brož", None),
        ("Eva Horká", "Lesy Pošumaví, s. p."),
        ("Pietro Villa", "Aerolab Droni S.r.l."),
    ]


def test_a_compound_of_centre_is_a_body() -> None:
    record = _record(
        "<html lang='cs'><body><h2>Jak na dešťovou vodu</h2><p>Čtvrtek 5. 3. 2026, online.</p>"
        "<p>Přednáší: Ing. Tomáš Liška, Infocentrum Podlesí</p></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Tomáš Liška", "Infocentrum Podlesí")
    ]


def test_a_title_and_its_lower_case_continuation_after_a_dash_stay_one_title() -> None:
    record = _record(
        "<html lang='de'><body><h1>Veranstaltungen</h1>"
        "<h2>Hitzeinseln im Stadtteil – was Vereine selbst tun können</h2>"
        "<p>Online-Vortrag am Dienstag, 9. Juni 2026, 18:00 Uhr.</p>"
        "<p>Was können Vereine selbst tun? Bäume, Trinkbrunnen und Schatten in Göttingen.</p>"
        "</body></html>"
    )
    assert record["title"] == "Hitzeinseln im Stadtteil – was Vereine selbst tun können"


def test_a_title_tag_with_a_site_not_known_as_one_and_no_heading() -> None:
    for head in (
        "Composting in shared gardens | Greenways Collective",
        "Greenways Collective - Composting in shared gardens",
    ):
        record = _record(
            f"<html><head><title>{head}</title></head><body>"
            "<p>Tuesday 14 April 2026, 18:00, online.</p>"
            "<p>How to run a composting rota in a shared garden, which bins to buy and how to "
            "keep rats away from the heap.</p>"
            "<p>Speaker: Ruth Allen, Greenways Collective</p></body></html>"
        )
        assert record["title"] == "Composting in shared gardens", head


def test_a_series_and_date_heading_over_the_session_heading_is_the_series() -> None:
    record = _record(
        "<html><body><h1>Green Roofs Series – 12 May 2026</h1>"
        "<h2>Sedum or meadow: choosing a green roof</h2>"
        "<p>A session on plants, loads and maintenance for flat roofs of schools.</p>"
        "</body></html>"
    )
    assert (record["title"], record["series"]) == (
        "Sedum or meadow: choosing a green roof",
        "Green Roofs Series",
    )


def test_an_association_after_a_and_a_numbered_school_in_a_town_are_whole_bodies() -> None:
    record = _record(
        "<html><body><h2>Le potager de l'école</h2><p>Jeudi 4 juin 2026, en ligne.</p>"
        "<p>Claire Vidal, animatrice nature à l'association Les Amis de la Forêt, a présenté "
        "les semis.</p></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Claire Vidal", "Les Amis de la Forêt")
    ]
    record = _record(
        "<html lang='pl'><body><h2>Ogród szkolny</h2><p>18 marca 2026 r., online.</p>"
        "<p>Na koniec Ewa Nowak, dyrektor Szkoły Podstawowej nr 3 w Kartuzach, opowiedziała o "
        "ogrodzie.</p></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Ewa Nowak", "Szkoła Podstawowa nr 3 w Kartuzach")
    ]


def test_a_position_with_its_portfolio_before_the_name_in_a_sentence() -> None:
    record = _record(
        "<html lang='it'><body><h2>Raccolta differenziata porta a porta</h2>"
        "<p>Incontro online giovedì 15 ottobre 2026 alle 18:00.</p>"
        "<p>Introduce l'assessore all'Ambiente Marco Bellini.</p>"
        "<p>Interviene l'assessora al Bilancio Giulia Conti.</p></body></html>"
    )
    assert [(s["name"], s["role"]) for s in record["speakers"]] == [
        ("Marco Bellini", "assessore all'Ambiente"),
        ("Giulia Conti", "assessora al Bilancio"),
    ]


def test_a_word_for_a_kind_of_shop_before_its_name_is_not_the_body() -> None:
    record = _record(
        "<html lang='es'><body><h2>Vender por WhatsApp</h2>"
        "<p>Martes 20 de octubre de 2026, de 16:30 a 18:00.</p>"
        "<p>Imparte: Rocío Marín, propietaria de la librería Papel y Tinta</p></body></html>"
    )
    assert [(s["name"], s["organisation"], s["role"]) for s in record["speakers"]] == [
        ("Rocío Marín", "Papel y Tinta", "propietaria")
    ]


def test_links_under_a_related_news_heading_are_not_the_sessions_own() -> None:
    record = _record(
        "<html lang='fr'><head><link rel='canonical' href='https://ville.example.fr/a/1'>"
        "</head><body><h1>Retour sur l'atelier compost</h1>"
        "<p>Le jeudi 4 juin 2026, l'atelier en ligne a réuni quarante habitants.</p>"
        "<div class='autres'><h2>Autres actualités</h2><ul>"
        "<li><a href='/actu/fete'>Fête de la musique : le programme</a></li>"
        "<li><a href='https://www.youtube.com/watch?v=conseil'>Revoir le conseil municipal</a>"
        "</li></ul></div></body></html>"
    )
    assert record["links"] == {"recording": False, "presentations": False, "agenda": False}


def test_a_series_name_does_not_run_across_lines() -> None:
    record = _record(
        "<html lang='es'><body><h1>Poda de olivos en seto</h1>"
        "<p>Jueves, 3 de diciembre de 2026, de 10:00 a 12:00 h.</p>"
        "<p>Cómo formar el seto desde el primer año y qué máquinas usar.</p>"
        "<p>Compartir: Twitter WhatsApp</p><p>Facebook Otras jornadas Poda de cítricos</p>"
        "</body></html>"
    )
    assert "WhatsApp" not in (record["series"] or "")


def test_speakers_in_a_table_of_name_position_and_body_columns() -> None:
    """A header row does not end the list under "Speakers"; rows with a linked name and no
    heading above them are people too, each cell after the name one field."""
    record = _record(
        "<html><body><h1>Flood maps for small towns</h1><p>Tuesday 3 March 2026</p>"
        "<h2>Speakers</h2><table><tr><th>Name</th><th>Position</th><th>Organisation</th></tr>"
        "<tr><td>Dr. Helen Marsh</td><td>Senior hydrologist</td><td>River Trust Wessex</td></tr>"
        "<tr><td>Owen Price</td><td>Planning officer</td><td>Mendip District Council</td></tr>"
        "</table><p>The talks compare three towns.</p>"
        "<table><tr><td><a href='/slides/kerr.pdf'>Fiona Kerr</a></td><td>data manager</td>"
        "<td>Coastal Observatory Network</td></tr></table></body></html>"
    )
    assert [(s["name"], s["organisation"], s["role"]) for s in record["speakers"]] == [
        ("Helen Marsh", "River Trust Wessex", "Senior hydrologist"),
        ("Owen Price", "Mendip District Council", "Planning officer"),
        ("Fiona Kerr", "Coastal Observatory Network", "data manager"),
    ]


def test_a_catalan_name_keeps_the_i_between_its_family_names() -> None:
    """One person in "Jordi Serra i Font"; "i" between two people, or on a Polish page, is "and"."""
    record = _record(
        "<html lang='es'><body><h1>Huertos urbanos</h1><p>Martes 3 de marzo de 2026</p>"
        "<h2>Ponentes</h2><ul><li>Jordi Serra i Font, técnico de Agrobarri</li>"
        "<li>Laia Roca, Ajuntament de Girona</li></ul></body></html>"
    )
    assert _names(record) == ["Jordi Serra i Font", "Laia Roca"]
    assert [r.text for r in name_runs("Anna Nowak i Marta Lis", "es")] == [
        "Anna Nowak",
        "Marta Lis",
    ]
    assert [r.text for r in name_runs("Anna Nowak i Lis", "pl")] == ["Anna Nowak"]


def test_a_labelled_moderator_line_after_the_last_card_is_its_own_person() -> None:
    """ "Moderation: Name, ..." under the last speaker's card is not more about that speaker."""
    record = _record(
        "<html><body><h1>Trinkwasser aus der Talsperre</h1><p>Dienstag, 10. März 2026</p>"
        "<h2>Referierende</h2><div><h3>Jana Ostermann</h3>"
        "<p>Ingenieurin, Wasserverband Obere Ruhr</p></div>"
        "<p>Moderation: Till Brenner, Journalist bei Ruhrblick</p></body></html>"
    )
    assert [(s["name"], s["organisation"]) for s in record["speakers"]] == [
        ("Jana Ostermann", "Wasserverband Obere Ruhr"),
        ("Till Brenner", "Ruhrblick"),
    ]
