"""The classes of page the importer used to miss, each from a short page written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brief_helpers import have, pdftotext
from webinar_archive.domain.model import LinkKind
from webinar_archive.importers.page import extract_page, extract_text, page_record
from webinar_archive.services.archive import Archive


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    [session] = extract_text(text)
    return [(s.name, s.organisation, s.position) for s in session.draft.speakers]


# -- people ---------------------------------------------------------------------------------


def test_agenda_items_end_with_the_speaker_after_a_comma() -> None:
    people = _people(
        "Water reuse in food plants\n\n"
        "Agenda\n"
        "14:00 Welcome and introduction, Oskar Lindgren\n"
        "14:10 Why water pricing matters?, Beatriz Almeida\n"
        "14:40 Spotkanie z praktykami, Zofia Mazur\n"
        "15:20 Questions and discussion\n"
    )
    assert people == [
        ("Oskar Lindgren", None, None),
        ("Beatriz Almeida", None, None),
        ("Zofia Mazur", None, None),
    ]


def test_programme_lines_give_the_department_before_the_colon_and_drop_stacked_titles() -> None:
    people = _people(
        "Ringvorlesung Klima\n\n"
        "Programm\n"
        "10:00 Institut für Meteorologie: Prof. Dr. Greta Albrecht\n"
        "10:30 Lehrstuhl für Hydrologie: Jun.-Prof. Dr. Malte Schulte\n"
        "11:00 Keynote: Dr. Ida Berg\n"
    )
    assert people == [
        ("Greta Albrecht", "Institut für Meteorologie", None),
        ("Malte Schulte", "Lehrstuhl für Hydrologie", None),
        ("Ida Berg", None, "Dr."),
    ]


def test_name_role_and_organisation_between_dashes() -> None:
    people = _people(
        "Les énergies locales\n\n"
        "Intervenants\n"
        "Léa Fournier - chargée de projets - Agence locale de l'énergie\n"
        "Stefan Wolf - Abteilungsleiter - Stadtwerke Kassel\n"
        "Pavla Malá – analytička – obec Horní Ves\n"
    )
    assert people == [
        ("Léa Fournier", "Agence locale de l'énergie", "chargée de projets"),
        ("Stefan Wolf", "Stadtwerke Kassel", "Abteilungsleiter"),
        ("Pavla Malá", "obec Horní Ves", "analytička"),
    ]


def test_a_dash_inside_a_position_does_not_start_an_organisation() -> None:
    people = _people(
        "Closing words\n\nMoira Kent, Director B – Regional Policy and Cities of DG REGIO, "
        "closed the webinar."
    )
    assert people == [("Moira Kent", "DG REGIO", "Director B – Regional Policy and Cities")]


def test_people_named_in_running_prose() -> None:
    people = _people(
        "Skills for industry\n\n"
        "The meeting was opened by Maria Kowalska of the Lodz Region. Afterwards Elena Rossi "
        "(University of Bologna) showed the course plans. The discussion was moderated by "
        "Sean O'Brien from the Galway Manufacturing Council."
    )
    assert people == [
        ("Maria Kowalska", "Lodz Region", None),
        ("Elena Rossi", "University of Bologna", None),
        ("Sean O'Brien", "Galway Manufacturing Council", None),
    ]


def test_a_list_of_names_after_a_comma_is_not_an_organisation() -> None:
    people = _people(
        "Úspory energie\n\n"
        "Přednášející\n"
        "Jan Malý – starosta – obec Dolní Ves\n"
        "Slides: Jan Malý, Eva Horáková\n"
    )
    assert people[0] == ("Jan Malý", "obec Dolní Ves", "starosta")


def test_surname_that_looks_like_an_inflected_body_word_is_a_name() -> None:
    """ "Schulte" shares all but its ending with "Schule", and is still a surname."""
    assert _people("Webinar\n\nSpeakers:\nMiriam Schulte, Bonn Institute\n") == [
        ("Miriam Schulte", "Bonn Institute", None)
    ]


def test_the_title_is_not_read_as_a_person() -> None:
    [session] = extract_text(
        "Circular Plastics in Regional Value Chains\n\n"
        "The workshop was held on 7 May 2021. Nora Berg, Baltic Materials Network, "
        "opened it."
    )
    assert [s.name for s in session.draft.speakers] == ["Nora Berg"]


def test_organisation_after_an_elided_preposition_or_with_a_place_inside() -> None:
    people = _people(
        "Turismo\n\nI lavori sono stati moderati da Silvia Marino dell'Agenzia Regionale del "
        "Turismo. Następnie Paweł Kamiński z Uniwersytetu Ekonomicznego w Poznaniu omówił "
        "kryteria."
    )
    assert people == [
        ("Silvia Marino", "Agenzia Regionale del Turismo", None),
        ("Paweł Kamiński", "Uniwersytet Ekonomiczny w Poznaniu", None),
    ]


def test_table_cells_keep_the_name_apart_from_its_organisation() -> None:
    [session] = extract_page(
        b"<html><body><h1>Hydrogen valleys</h1><p>Held on 12 May 2022.</p>"
        b"<table><tr><th>Speaker</th><th>Organisation</th></tr>"
        b"<tr><td>Jan de Vries</td><td>Province of Groningen</td></tr>"
        b"<tr><td>Marta Silva</td><td>Hydrogen Portugal Association</td></tr></table>"
        b"</body></html>"
    )
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Jan de Vries", "Province of Groningen"),
        ("Marta Silva", "Hydrogen Portugal Association"),
    ]


def test_bodies_named_by_compounds_elisions_and_kinds_of_body() -> None:
    people = _people(
        "Handwerk digital\n\n"
        "Begrüßt wurden die Gäste von Dr. Petra Lang, Geschäftsführerin der Innovationsagentur "
        "Süd. Anschließend stellte Markus Weber von der Handwerkskammer Freiburg eine Umfrage "
        "vor. Jana Richter, Gründerin der Firma Werkbank Digital, zeigte ihre Planung. "
        "La table ronde a été ouverte par Marie Dubois, présidente de l'Interprofession "
        "Forêt-Bois."
    )
    assert people == [
        ("Petra Lang", "Innovationsagentur Süd", "Geschäftsführerin"),
        ("Markus Weber", "Handwerkskammer Freiburg", None),
        ("Jana Richter", "Werkbank Digital", "Gründerin"),
        ("Marie Dubois", "Interprofession Forêt-Bois", "présidente"),
    ]


def test_verb_right_before_the_name_and_lower_case_polish_titles() -> None:
    people = _people(
        "Magazynowanie energii\n\n"
        "Prelegenci:\n"
        "mgr inż. Tomasz Zieliński – Urząd Regulacji Energetyki\n\n"
        "Spotkanie poprowadziła Ewa Dąbrowska.\n"
    )
    assert people == [
        ("Tomasz Zieliński", "Urząd Regulacji Energetyki", None),
        ("Ewa Dąbrowska", None, None),
    ]


def test_name_on_one_line_and_who_they_are_on_the_next() -> None:
    people = _people(
        "Health data\n\nSpeakers\n\nHelen Walsh\nProgramme Manager, Irish Health Hub\n\n"
        "Pieter Jansen\nData Protection Officer, Amsterdam Medical Campus\n"
    )
    assert people == [
        ("Helen Walsh", "Irish Health Hub", "Programme Manager"),
        ("Pieter Jansen", "Amsterdam Medical Campus", "Data Protection Officer"),
    ]


def test_degrees_after_a_name_and_a_body_named_in_lower_case() -> None:
    people = _people(
        "Vodík\n\nŘečníci:\nIng. Pavel Dvořák, Ph.D. (Technická univerzita Ostrava)\n"
        "Mgr. Lenka Malá (agentura CzechInvest)\n"
    )
    assert people == [
        ("Pavel Dvořák", "Technická univerzita Ostrava", None),
        ("Lenka Malá", "agentura CzechInvest", None),
    ]


def test_bodies_after_founders_inside_longer_names_and_in_case_forms() -> None:
    people = _people(
        "Données\n\n"
        "Karim Benali, fondateur de MedData, a présenté son service. "
        "Cerró la jornada Marta Vidal, presidenta de la Red de Clústeres del Mediterráneo. "
        "Abrió el acto Iñaki Etxeberria, director del Clúster de la Madera de Euskadi. "
        "Úvodem vystoupil Radek Černý, ředitel Energetického klastru Vysočina. "
        "Poté Martina Pokorná z Energetického regulačního úřadu vysvětlila pravidla."
    )
    assert people == [
        ("Karim Benali", "MedData", "fondateur"),
        ("Marta Vidal", "Red de Clústeres del Mediterráneo", "presidenta"),
        ("Iñaki Etxeberria", "Clúster de la Madera de Euskadi", "director"),
        ("Radek Černý", "Energetického klastru Vysočina", "ředitel"),
        ("Martina Pokorná", "Energetického regulačního úřadu", None),
    ]


def test_programme_cells_and_the_body_a_president_heads() -> None:
    people = _people(
        "Hydrogène\n\n"
        "14h00 | Introduction | Jean-Luc Moreau, Pôle Véhicule du Futur\n"
        "14h15 | Bus à hydrogène | Nadia Haddad, Syndicat des mobilités Pau Béarn\n\n"
        "Ha aperto i lavori Andrea Moretti, presidente di Confindustria Brescia."
    )
    assert people == [
        ("Jean-Luc Moreau", "Pôle Véhicule du Futur", None),
        ("Nadia Haddad", "Syndicat des mobilités Pau Béarn", None),
        ("Andrea Moretti", "Confindustria Brescia", "presidente"),
    ]


def test_topic_before_a_colon_is_not_a_person_and_italian_titles_are_dropped() -> None:
    people = _people(
        "Cybersicherheit\n\n"
        "Katja Lehtonen, project manager at the Finnish Environment Institute, spoke first.\n"
        "Programm:\n"
        "10:10 Uhr Aktuelle Bedrohungslage: Daniel Krause, Bundesamt für Sicherheit\n"
        "Relatori:\nAvv. Chiara Marchi – esperta di privacy\n"
    )
    assert people == [
        ("Katja Lehtonen", "Finnish Environment Institute", "project manager"),
        ("Daniel Krause", "Bundesamt für Sicherheit", None),
        ("Chiara Marchi", None, "esperta di privacy"),
    ]


def test_a_lower_case_body_word_right_after_the_position() -> None:
    """ "předsedkyně spolku X" names the body X; a mayor's "obce X" stays in the role."""
    assert _people(
        "Dotace\n\nZkušenosti doplnila Hana Svobodová, předsedkyně spolku Zelená Lipnice."
    ) == [("Hana Svobodová", "Zelená Lipnice", "předsedkyně")]
    assert _people("Dotace\n\nZkušenosti doplnila Hana Svobodová, starostka obce Lipnice.") == [
        ("Hana Svobodová", None, "starostka obce Lipnice")
    ]


def test_a_semicolon_ends_one_person_of_a_list_and_czech_verb_labels() -> None:
    people = _people(
        "Ciencia\n\nCon la participación de Isabel Moreno, catedrática en la Universidad de "
        "Valencia; Carmen Ortega, directora del Parque Científico de Alicante.\n\n"
        "Přednášejí:\nKateřina Horáková – právnička – advokátní kancelář Horáková & partneři\n"
    )
    assert people == [
        ("Isabel Moreno", "Universidad de Valencia", "catedrática"),
        ("Carmen Ortega", "Parque Científico de Alicante", "directora"),
        ("Kateřina Horáková", "advokátní kancelář Horáková & partneři", "právnička"),
    ]


def test_list_of_people_in_one_sentence_and_adjectives_inside_a_name() -> None:
    people = _people(
        "Energia\n\nHanno partecipato Stefano Marini, direttore di Legambiente, Laura Ricci "
        "dell'Università di Padova e Fabio Esposito, sindaco di Castelfranco. Den Vortrag hielt "
        "Dr. Jens Möller vom Leibniz-Institut für ökologische Raumentwicklung.\n\n"
        "Eksperci\ndr n. med. Barbara Lis – Gdański Uniwersytet Medyczny\n"
    )
    assert people == [
        # A body after a position; a town after a mayor (as the page records have them).
        ("Stefano Marini", "Legambiente", "direttore"),
        ("Laura Ricci", "Università di Padova", None),
        ("Fabio Esposito", None, "sindaco di Castelfranco"),
        ("Jens Möller", "Leibniz-Institut für ökologische Raumentwicklung", None),
        ("Barbara Lis", "Gdański Uniwersytet Medyczny", None),
    ]


def test_a_position_held_at_a_body_is_not_part_of_the_body() -> None:
    """ "Técnica de la Confederación Hidrográfica del Ebro", "Vorsitzende des Tafelvereins
    Kempten": a word for what someone does, "of", then the body's name."""
    assert _people(
        "Speakers:\n"
        "Elena Ruiz, Técnica de la Confederación Hidrográfica del Ebro\n"
        "Karin Huber, Vorsitzende des Tafelvereins Kempten\n"
    ) == [
        ("Elena Ruiz", "Confederación Hidrográfica del Ebro", "Técnica"),
        ("Karin Huber", "Tafelvereins Kempten", "Vorsitzende"),
    ]


def test_an_organisation_after_academic_titles() -> None:
    people = _people(
        "Böden und Klima\n\n"
        "Referenten\n"
        "Prof. Dr. Renate Kühn, Fachhochschule Südwestfalen\n"
        "Dr. Ole Brandt, Musikhochschule Lübeck\n\n"
        "Pour finir, le Pr Hugo Lemaire, Université de Lille, a répondu aux questions.\n"
    )
    assert people == [
        ("Renate Kühn", "Fachhochschule Südwestfalen", None),
        ("Ole Brandt", "Musikhochschule Lübeck", None),
        ("Hugo Lemaire", "Université de Lille", None),
    ]


def test_a_position_then_a_preposition_then_the_body() -> None:
    people = _people(
        "Digitale Verwaltung\n\n"
        "Referenten\n"
        "Lena Vogel, Referatsleiterin im Finanzministerium Sachsen\n"
        "Jonas Weber, Geschäftsführer der Elbmetall GmbH\n"
    )
    assert people == [
        ("Lena Vogel", "Finanzministerium Sachsen", "Referatsleiterin"),
        ("Jonas Weber", "Elbmetall GmbH", "Geschäftsführer"),
    ]
    people = _people(
        "Cyfrowe urzędy\n\n"
        "Prelegenci: Anna Zielińska, naczelnik wydziału w Urzędzie Miasta Gdańska, oraz "
        "Jan Malinowski, specjalista w firmie DataLas.\n"
    )
    assert people == [
        ("Anna Zielińska", "Urząd Miasta Gdańska", "naczelnik wydziału"),
        ("Jan Malinowski", "DataLas", "specjalista"),
    ]
    people = _people(
        "Digitální úřad\n\n"
        "Přednášející\nKarel Veselý, vedoucí oddělení na Krajském úřadu Plzeňského kraje\n"
        "Élodie Perrin, avocate au cabinet Perrin & Blanc\n\n"
        "Poté mluvila Ivana Marková z firmy Softline.\n"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Karel Veselý", "Krajský úřad Plzeňského kraje"),
        ("Élodie Perrin", "Perrin & Blanc"),
        ("Ivana Marková", "Softline"),
    ]


def test_a_capitalised_name_after_de_or_di_is_the_body_and_a_town_stays_with_its_mayor() -> None:
    people = _people(
        "Filières locales\n\n"
        "Intervenants\n"
        "Mathieu Roche, directeur technique de Brasserie du Vallon\n"
        "Chiara Fontana, responsabile qualità di Pastificio delle Langhe\n"
        "Irène Blanc, maire de Villefort\n"
    )
    assert people == [
        ("Mathieu Roche", "Brasserie du Vallon", "directeur technique"),
        ("Chiara Fontana", "Pastificio delle Langhe", "responsabile qualità"),
        ("Irène Blanc", None, "maire de Villefort"),
    ]


def test_name_role_and_a_body_with_no_word_for_a_body_between_dashes() -> None:
    people = _people(
        "Ciudades del mañana\n\n"
        "Ponentes\n"
        "Rosa Medina – directora – Aceros del Cantábrico\n"
        "Hana Kopecká – ředitelka – Pekárna Bílý Mlýn\n"
        "Ian Ross – Director F – Industrial Policy\n"
    )
    assert people == [
        ("Rosa Medina", "Aceros del Cantábrico", "directora"),
        ("Hana Kopecká", "Pekárna Bílý Mlýn", "ředitelka"),
        ("Ian Ross", None, "Director F – Industrial Policy"),
    ]


def test_german_plural_nouns_are_not_names() -> None:
    people = _people(
        "Pflege\n\nDer Vortrag zeigte, wie Krankenhausverwaltungen Personal aus dem Ausland "
        "finden. Es sprach Anna Hoffmann (Caritas Köln).\n"
    )
    assert people == [("Anna Hoffmann", "Caritas Köln", None)]


def test_agenda_item_then_the_speaker_then_a_body_that_reads_like_a_name() -> None:
    people = _people(
        "Comercio local\n\n"
        "Programa\n"
        "10:00 Bienvenida, Nuria Campos, Huertas del Jalón\n"
        "10:15 Selling abroad, Owen Hart, Bluefield Academy\n"
        "10:45 Preguntas\n"
    )
    assert people == [
        ("Nuria Campos", "Huertas del Jalón", None),
        ("Owen Hart", "Bluefield Academy", None),
    ]


def test_a_family_name_that_is_also_an_ordinary_word() -> None:
    people = _people(
        "Rail freight\n\nThe panel heard Monica Green (Freightliners Union) and Paul West, "
        "analyst at Railscope. The Green Deal was discussed.\n"
    )
    assert people == [
        ("Monica Green", "Freightliners Union", None),
        ("Paul West", "Railscope", "analyst"),
    ]


def test_a_lower_case_word_for_a_body_inside_a_position() -> None:
    people = _people(
        "Fondos europeos\n\nPonentes: Irene Vidal, técnica de proyectos europeos de la "
        "Cámara de Comercio de Cádiz, y Luis Prieto, cofundador de Olivar Sur.\n"
    )
    assert people == [
        ("Irene Vidal", "Cámara de Comercio de Cádiz", "técnica de proyectos europeos"),
        ("Luis Prieto", "Olivar Sur", "cofundador"),
    ]


def test_name_role_body_lines_under_no_heading_and_verbs_that_open_a_list() -> None:
    people = _people(
        "Logística verde\n\n"
        "Marta Lozano – jefa de operaciones – Puerto Seco Norte\n\n"
        "Diego Sanz – responsable de flota – Autocares Sanz\n\n"
        "Interverranno Paola Greco, presidente di Porto Aperto, e Nicola Riva, ingegnere di RFI.\n"
    )
    assert people == [
        ("Marta Lozano", "Puerto Seco Norte", "jefa de operaciones"),
        ("Diego Sanz", "Autocares Sanz", "responsable de flota"),
        ("Paola Greco", "Porto Aperto", "presidente"),
        ("Nicola Riva", "RFI", "ingegnere"),
    ]


def test_bodies_named_klinikum_politechnika_and_a_position_am_a_body() -> None:
    people = _people(
        "Pflege\n\nEs sprachen Jana Weiß, Pflegedirektorin am Klinikum Nord, und Tomasz Lis, "
        "Politechnika Gdańska.\n"
    )
    assert people == [
        ("Jana Weiß", "Klinikum Nord", "Pflegedirektorin"),
        ("Tomasz Lis", "Politechnika Gdańska", None),
    ]


def test_french_clock_times_and_a_one_comma_line_with_a_body_that_reads_like_a_name() -> None:
    people = _people(
        "Le bois local\n\n"
        "Programme\n"
        "9 h 30 Introduction, Luc Morel, Scierie des Vosges\n"
        "10 h 00 - 10 h 30 Débat – Inès Carré, Bois Lorrain\n\n"
        "Relatori\n"
        "Dott. Pietro Sala, Legacoop Marche\n"
    )
    assert people == [
        ("Luc Morel", "Scierie des Vosges", None),
        ("Inès Carré", "Bois Lorrain", None),
        ("Pietro Sala", "Legacoop Marche", None),
    ]


def test_a_word_for_the_kind_of_body_is_not_part_of_its_name() -> None:
    people = _people(
        "Bezpieczeństwo\n\nPrelekcję wygłosił Adam Sowa, analityk firmy NetGuard. Mówiła też "
        "Ewa Lis z firmy DataPol.\n"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Adam Sowa", "NetGuard"),
        ("Ewa Lis", "DataPol"),
    ]


def test_a_position_the_lexicon_does_not_know_before_the_body() -> None:
    people = _people(
        "Stormwater in cities\n\n"
        "Speakers\n"
        "Nadia Brook, Senior Hydrologist, Severn Water\n"
        "Lena Vogt, Landwirtin, Hof Vogt in der Uckermark\n"
    )
    assert people == [
        ("Nadia Brook", "Severn Water", "Senior Hydrologist"),
        ("Lena Vogt", "Hof Vogt in der Uckermark", "Landwirtin"),
    ]


def test_german_articles_after_bei_and_french_bodies_between_dashes() -> None:
    people = _people(
        "Wärme und Mobilität\n\n"
        "Referenten\n"
        "Jonas Keller, Leiter Energieplanung bei den Stadtwerken Oldenburg\n"
        "Claire Dubois – cheffe de projet – Communauté de communes du Pays de Bitche\n"
        "Amélie Roux – chargée d'études – Cerema\n"
    )
    assert people == [
        ("Jonas Keller", "Stadtwerken Oldenburg", "Leiter Energieplanung"),
        ("Claire Dubois", "Communauté de communes du Pays de Bitche", "cheffe de projet"),
        ("Amélie Roux", "Cerema", "chargée d'études"),
    ]


def test_polish_position_then_the_body_in_the_genitive() -> None:
    people = _people(
        "Magazyny energii\n\n"
        "Prelegenci\n"
        "Piotr Zieliński – prezes zarządu spółki Solaris Energia\n"
        "Magdalena Kaczmarek, ekspertka Narodowego Funduszu Ochrony Środowiska\n"
        "Grzegorz Pawlak, prezes Spółdzielni Mieszkaniowej Zacisze\n"
    )
    assert people == [
        ("Piotr Zieliński", "Solaris Energia", "prezes zarządu"),
        ("Magdalena Kaczmarek", "Narodowego Funduszu Ochrony Środowiska", "ekspertka"),
        ("Grzegorz Pawlak", "Spółdzielni Mieszkaniowej Zacisze", "prezes"),
    ]
    # "ds." names a field, not a body; a town stays with its mayor.
    people = _people(
        "Klastry\n\nPrelegenci\nJan Nowak, komisarz ds. Rynku Wewnętrznego\n"
        "Beatriz Calvo, alcaldesa de Villanueva de Duero\n"
    )
    assert people == [
        ("Jan Nowak", None, "komisarz ds. Rynku Wewnętrznego"),
        ("Beatriz Calvo", None, "alcaldesa de Villanueva de Duero"),
    ]


def test_a_sentence_about_someone_already_named_gives_their_body() -> None:
    people = _people(
        "Textiles\n\n"
        "Programme\n"
        "09:30 Welcome and introduction, Helen Marsh\n"
        "09:45 What the new rules change, Jakub Nowicki\n"
        "10:30 Repair as a service, Ingrid Solberg\n\n"
        "Helen Marsh is Programme Director at the Circular Fashion Network. Jakub Nowicki is "
        "a policy officer at the European Environmental Bureau. Ingrid Solberg runs the repair "
        "service at Fjord Outdoor. Mark Hill is a keen cyclist."
    )
    assert people == [
        ("Helen Marsh", "Circular Fashion Network", "Programme Director"),
        ("Jakub Nowicki", "European Environmental Bureau", "policy officer"),
        ("Ingrid Solberg", "Fjord Outdoor", None),
    ]


def test_a_degree_followed_by_a_word_is_part_of_the_position() -> None:
    people = _people(
        "Stormwater\n\nSpeakers\n"
        "Katarzyna Lis, PhD researcher, Delft University of Technology\n"
        "Ing. Jana Dvořáková, Ph.D., České vysoké učení technické v Praze\n"
    )
    assert people == [
        ("Katarzyna Lis", "Delft University of Technology", "PhD researcher"),
        ("Jana Dvořáková", "České vysoké učení technické v Praze", None),
    ]


def test_a_verb_of_chairing_that_opens_the_sentence_is_not_a_first_name() -> None:
    people = _people(
        "Comunità energetiche\n\nIl seminario spiega gli incentivi.\n\n"
        "Coordina Lorenzo Greco, Rete Energia Appennino."
    )
    assert people == [("Lorenzo Greco", "Rete Energia Appennino", None)]


def test_czech_degrees_in_front_of_a_name() -> None:
    people = _people(
        "Digitalizace\n\nPřednášející\n"
        "Ing. arch. Petra Malá, autorizovaná architektka, Atelier Malá\n"
        "Bc. Tomáš Kříž, Stavební úřad Brno\n"
    )
    assert [name for name, _, _ in people] == ["Petra Malá", "Tomáš Kříž"]
    assert people[0][1] == "Atelier Malá"


def test_programme_table_rows_with_the_name_and_the_body_in_cells() -> None:
    [session] = extract_page(
        "<html><body><h1>Regadío solar</h1><p>15 de mayo de 2024.</p><h2>Programa</h2><table>"
        "<tr><th>Hora</th><th>Ponencia</th><th>Ponente</th><th>Entidad</th></tr>"
        "<tr><td>10:00</td><td>Bienvenida</td><td>Raquel Sanz</td><td>Agroinnova Aragón</td></tr>"
        "<tr><td>10:10</td><td>Costes</td><td>Dr. Ignacio Lafuente</td>"
        "<td>Universidad de Zaragoza</td></tr>"
        "<tr><td>17:00</td><td>Presentación</td><td>Alicia Navas, Hostelería de Asturias</td></tr>"
        "</table></body></html>".encode()
    )
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Raquel Sanz", "Agroinnova Aragón"),
        ("Ignacio Lafuente", "Universidad de Zaragoza"),
        ("Alicia Navas", "Hostelería de Asturias"),
    ]


def test_a_word_that_is_a_role_only_beside_another_does_not_make_a_person() -> None:
    assert _people("Magazyny energii\n\nWyjaśniamy, jak działa program Nowy Dom i co dalej.") == []


def test_an_italian_farm_is_named_without_the_word_for_a_farm() -> None:
    people = _people(
        "Dati satellitari\n\nSono poi intervenuti Chiara Fontana, ricercatrice del CREA, che ha "
        "mostrato le mappe, e Paolo Marchi dell'azienda agricola Cascina Belvedere, che ha "
        "raccontato tre anni di prove."
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Chiara Fontana", "CREA"),
        ("Paolo Marchi", "Cascina Belvedere"),
    ]


def test_editors_bureaux_d_etudes_and_german_bodies_ending_in_zentrale() -> None:
    people = _people(
        "Écoles\n\nChaired by Daniel Cho, editor of Energy Monthly. Über Garantien sprach "
        "Dr. Birgit Hahn von der Verbraucherzentrale Thüringen.\n\n"
        "Programme\n14h10 Le diagnostic, Thomas Girard\n\n"
        "Thomas Girard est ingénieur thermicien au bureau d'études Thermibat."
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Daniel Cho", "Energy Monthly"),
        ("Birgit Hahn", "Verbraucherzentrale Thüringen"),
        ("Thomas Girard", "Thermibat"),
    ]


def test_a_czech_body_named_with_words_in_the_genitive_after_it() -> None:
    people = _people(
        "Komunity\n\nSeminář moderuje Veronika Černá ze Svazu obcí regionu. Úvodní slovo měl "
        "Ondřej Veselý z Komory stavebních inženýrů. Poté Tereza Kučerová z Archivis "
        "ukázala, jak skenovat kroniky."
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Veronika Černá", "Svaz obcí regionu"),
        ("Ondřej Veselý", "Komora stavebních inženýrů"),
        ("Tereza Kučerová", "Archivis"),
    ]


def test_councillors_bodies_with_a_place_acronyms_with_their_long_form_and_kind_words() -> None:
    people = _people(
        "Floods\n\nCouncillor Megan Hughes, cabinet member for climate at Conwy Council, opened "
        "the session. Siân Pritchard, a project officer with Natural Resources Wales, spoke "
        "next. Ha chiuso i lavori Simone Bianchi dell'ICE – Agenzia per la promozione "
        "all'estero.\n\n"
        "Prelegenci:\n"
        "Krzysztof Nowicki – kierownik Referatu Inwestycji, Urząd Miejski w Kościerzynie\n"
        "Łukasz Mazur, doradca energetyczny Wojewódzkiego Funduszu Ochrony Środowiska w Gdańsku\n"
        "Ing. Martin Šimek (spolek Auto*Mat)\n"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Megan Hughes", "Conwy Council"),
        ("Siân Pritchard", "Natural Resources Wales"),
        ("Simone Bianchi", "ICE – Agenzia per la promozione all'estero"),
        ("Krzysztof Nowicki", "Urząd Miejski w Kościerzynie"),
        ("Łukasz Mazur", "Wojewódzkiego Funduszu Ochrony Środowiska w Gdańsku"),
        ("Martin Šimek", "Auto*Mat"),
    ]


def test_speaker_cards_kinds_of_body_owners_and_czech_genitives() -> None:
    [session] = extract_page(
        b"<html><body><h1>Open data</h1><p>15 May 2025.</p><h2>Speakers</h2>"
        b"<div><h3>Priya Shah</h3><p>Data Lead, Stroud District Council</p></div>"
        b"<div><h3>Gareth Jones</h3><p>Digital Officer, Powys County Council</p></div>"
        b"</body></html>"
    )
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Priya Shah", "Stroud District Council"),
        ("Gareth Jones", "Powys County Council"),
    ]
    people = _people(
        "Tiers-lieux\n\nNadia Benali, de la coopérative La Fabrique, a raconté son lieu. "
        "Praktické zkušenosti přiblížil Radek Sýkora z Městské části Praha 7. O legislativě "
        "hovořila Lucie Marešová z Ministerstva životního prostředí. Jan Novák z Ministerstva "
        "zemědělství představí novou dotaci.\n\n"
        "Prelegenci:\nAdam Sikora, właściciel Pensjonatu pod Lipami\n"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Nadia Benali", "La Fabrique"),
        ("Radek Sýkora", "Městská část Praha 7"),
        ("Lucie Marešová", "Ministerstvo životního prostředí"),
        ("Jan Novák", "Ministerstvo"),  # "zemědělství představí": the verb looks alike
        ("Adam Sikora", "Pensjonat pod Lipami"),
    ]


def test_the_persons_own_body_beats_the_topic_of_their_line() -> None:
    people = _people(
        "Barrierefreiheit\n\nProgramm\n"
        "11:30 Praxisbericht der Stadt Marburg: Kevin Braun, Referent im Ministerium Hessen\n"
        "10:00 Institut für Meteorologie: Prof. Dr. Greta Albrecht\n"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Kevin Braun", "Ministerium Hessen"),
        ("Greta Albrecht", "Institut für Meteorologie"),
    ]


# -- dates ----------------------------------------------------------------------------------


def _date(text: str, data: bytes | None = None) -> dt.date | None:
    if data is not None:
        [session] = extract_page(data)
    else:
        [session] = extract_text(text)
    return session.draft.date


def test_date_without_a_year_takes_the_copyright_year() -> None:
    page = (
        "Financer les PME\n\nLe webinaire s'est tenu le 13 octobre en ligne.\n\n© 2022 Réseau rural"
    )
    assert _date(page) == dt.date(2022, 10, 13)
    assert _date("Financer les PME\n\nLe webinaire s'est tenu le 13 octobre en ligne.") is None


def test_copyright_year_may_follow_the_name() -> None:
    page = "Madera\n\nEl pasado 8 de marzo celebramos la jornada.\n\n© Clúster de la Madera 2022"
    assert _date(page) == dt.date(2022, 3, 8)


def test_a_recap_page_takes_its_year_from_the_footer_and_its_title_from_quotes() -> None:
    """The footer is dropped from the text, but its copyright year still dates the page."""
    html = (
        "<html lang='it'><body><main><h1>Resoconto del webinar</h1><p>Lo scorso 7 novembre "
        "si è tenuto il webinar «Meccatronica e formazione tecnica», con 80 partecipanti.</p>"
        "</main><footer>© 2023 Cluster Marche</footer></body></html>"
    )
    [session] = extract_page(html.encode())
    assert session.draft.date == dt.date(2023, 11, 7)
    assert session.draft.title == "Meccatronica e formazione tecnica"


def test_date_without_a_year_takes_the_year_in_the_page_address() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://example.org/akce/2023/komunity">'
        "</head><body><h1>Energetické komunity</h1><p>Seminář se uskutečnil 15. března od "
        "9:00 online.</p><footer>© 2025 Síť</footer></body></html>"
    )
    assert _date("", html.encode()) == dt.date(2023, 3, 15)


def test_day_ranges_written_with_words() -> None:
    assert _date("Agua\n\nLa jornada se celebró del 3 al 4 de noviembre de 2021.") == dt.date(
        2021, 11, 3
    )
    assert _date("Forêt\n\nLes rencontres ont lieu du 7 au 9 juin 2022.") == dt.date(2022, 6, 7)


def test_day_ranges_and_numeric_dates() -> None:
    assert _date("Plastics\n\nOnline workshop, 7-8 May 2021, 09:30 CEST") == dt.date(2021, 5, 7)
    assert _date("Daten\n\nDie Sitzung fand am 9.9.2021 statt.") == dt.date(2021, 9, 9)
    assert _date("Pflege\n\nDer Fachtag fand am 21.-22. Oktober 2020 statt.") == dt.date(
        2020, 10, 21
    )


# -- titles ---------------------------------------------------------------------------------


def _title(text: str) -> str:
    [session] = extract_text(text)
    return session.draft.title


def test_a_section_name_above_the_title_is_not_the_title() -> None:
    for section in (
        "Veranstaltungen",
        "Actividades",
        "Events / Online briefings",
        "Nos rendez-vous",
    ):
        assert _title(f"{section}\n\nBöden im Wandel\n\n12 May 2025, 10:00\n") == "Böden im Wandel"


def test_generic_prefix_is_not_part_of_the_title() -> None:
    assert _title("Webinaire : Financer les PME rurales\n\nLe 3 mai 2022.") == (
        "Financer les PME rurales"
    )
    assert _title("Webinář: Bezpečnost v malých podnicích\n\nDne 9.11.2022.") == (
        "Bezpečnost v malých podnicích"
    )


def test_a_title_with_a_year_is_not_a_field_and_a_field_line_is_not_the_title() -> None:
    """ "Webinar: Water Tariffs 2026" names the session (a year does not make it a
    "Label: value" field); the "When:" line under it is a field, not the title."""
    for head in ("Webinar", "Webinář", "Seminario"):
        assert (
            _title(
                f"{head}: Water Tariffs for Small Towns 2026\n\n"
                "When: Tuesday 3 March 2026, 10:00\nWhere: online (Teams)\n\n"
                "An overview of tariff reforms for small water utilities.\n"
            )
            == "Water Tariffs for Small Towns 2026"
        )


def test_a_format_name_the_page_never_speaks_of_is_not_part_of_the_title() -> None:
    """ "Coffee Break Club: ..." names a format: none of its words come back in the text,
    which speaks of the topic; a lead the text does speak of is part of the title."""
    text = (
        "{title}\n\n4 June 2025, 10:00\n\n"
        "How do small dairies cut their energy bills? Our speakers compare heat recovery "
        "from milk cooling with solar panels on barn roofs.\n"
    )
    assert _title(text.format(title="Coffee Break Club: Energy Bills in Small Dairies")) == (
        "Energy Bills in Small Dairies"
    )
    assert _title(text.format(title="Pausa Caffè – Energy Bills in Small Dairies")) == (
        "Energy Bills in Small Dairies"
    )
    assert _title(text.format(title="Small Dairies: Cutting Energy Bills Together")) == (
        "Small Dairies: Cutting Energy Bills Together"
    )


def test_a_news_headline_gives_way_to_the_quoted_name_of_the_session_it_reports_on() -> None:
    """A headline that shares its words with a session quoted in a dated sentence is a news
    story about that session; a quotation that is not named as a session leaves it alone."""
    page = (
        "Aktuelles\n\nHofläden: Kundschaft halten\n\nVeröffentlicht am 2.12.2024\n\n"
        "Beim {kind} „Hofläden digital vermarkten“ am 26. November 2024 sprachen 50 Betriebe "
        "über Online-Shops.\n\nSprecherin war Lena Vogt, Landwirtschaftskammer.\n"
    )
    assert _title(page.format(kind="Online-Seminar")) == "Hofläden digital vermarkten"
    assert _title(page.format(kind="Motto")) == "Hofläden: Kundschaft halten"


def test_recap_page_takes_the_quoted_workshop_name_as_its_title() -> None:
    assert (
        _title(
            "Veranstaltungen › Rückblick\n\nRückblick\n\nAm 2. Dezember 2021 trafen sich 80 "
            "Teilnehmende zum Online-Workshop „Wasserstoff im Mittelstand“ des Clusters Nord."
        )
        == "Wasserstoff im Mittelstand"
    )
    assert (
        _title(
            "Crónica del taller\n\nEl pasado 21 de abril de 2023 celebramos el taller "
            "«Hidrógeno verde para la industria», organizado por la red."
        )
        == "Hidrógeno verde para la industria"
    )


# -- summary --------------------------------------------------------------------------------


def test_summary_leaves_out_date_lists_sharing_cookie_and_copyright_lines() -> None:
    [session] = extract_text(
        "Batteries for trucks\n\n"
        "- 23 Feb 2022 to 23 Feb 2022 - Online event\n"
        "The third talk was held on 23 February 2022 at 15:00 CET.\n"
        "Share this page: Facebook Twitter LinkedIn\n"
        "Facebook · LinkedIn · E-mail\n"
        "Diese Website verwendet Cookies. Akzeptieren\n"
        "This site uses cookies to improve your experience.\n"
        "© 2022 Clean Mobility Network. All rights reserved.\n"
        "Wszelkie prawa zastrzeżone.\n"
    )
    assert session.draft.summary == "The third talk was held on 23 February 2022 at 15:00 CET."
    assert session.draft.date == dt.date(2022, 2, 23)


def test_a_line_with_a_date_and_words_about_the_session_stays_in_the_summary() -> None:
    [session] = extract_text(
        "Plastics\n\nOnline workshop on recycling, 7-8 May 2021, 09:30 CEST\nMore text here."
    )
    assert "Online workshop on recycling, 7-8 May 2021" in session.draft.summary


def test_apostrophes_inside_words_are_not_quotes() -> None:
    assert (
        _title(
            "Retour sur l'atelier\n\nLe 3.6.2022, une quarantaine d'entreprises ont participé "
            "à l'atelier « Économie circulaire dans le bâtiment » organisé en ligne."
        )
        == "Économie circulaire dans le bâtiment"
    )


@pytest.mark.skipif(not have("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_brief_of_an_imported_page_carries_no_page_furniture(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    """The saved page is read, saved, printed, and the PDF read back: the session is there,
    the date list, sharing buttons, cookie notice and skip link are not."""
    page = tmp_path / "talk.html"
    page.write_text(
        "<html lang='en'><head><title>Batteries for Trucks</title></head><body>"
        "<a class='skip-link' href='#main'>Skip to content</a>"
        "<main id='main'><h1>Batteries for Trucks</h1>"
        "<p>- 23 Feb 2022 to 23 Feb 2022 - Online event</p>"
        "<p>The third talk was held on 23 February 2022 at 15:00 CET. Nora Lind, Fleet "
        "Research Institute, compared charging strategies for long-haul fleets.</p>"
        "<p>Share this: Twitter LinkedIn E-mail</p>"
        "<p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>"
        "</main><footer>© 2022 Clean Mobility Network. All rights reserved.</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    preview = sqlite_archive.page_import.preview(page)
    [session_id] = sqlite_archive.page_import.save(preview).created
    pdf = tmp_path / "brief.pdf"
    sqlite_archive.briefs.brief(session_id, pdf)
    text = " ".join(pdftotext(pdf).split())
    assert "compared charging strategies" in text and "Nora Lind" in text
    for furniture in ("Online event", "Share this", "cookies", "Skip to content", "rights"):
        assert furniture not in text


def test_generic_words_beside_the_title_are_dropped() -> None:
    assert _title("Webinar | Hydrogen Valleys in Practice\n\nHeld on 12 May 2022.") == (
        "Hydrogen Valleys in Practice"
    )
    assert _title("Jornada técnica: Agua regenerada\n\nEl 3 de mayo de 2022.") == (
        "Agua regenerada"
    )
    # A session format is part of a programme item's title.
    assert _title("Panel : Science advice in a crisis\n\nOn 3 May 2022.") == (
        "Panel : Science advice in a crisis"
    )


def test_recap_heading_gives_way_to_the_quoted_session_name() -> None:
    assert (
        _title(
            "Industrie du futur : retour sur le webinaire\n\nLe 17 novembre 2021, le "
            "webinaire « Robots collaboratifs dans les PME » a réuni 120 participants."
        )
        == "Robots collaboratifs dans les PME"
    )


def test_a_quoted_series_beside_a_real_title_stays_the_series() -> None:
    [session] = extract_text(
        "Digitální firmy\n\nOnline seminář „Inovační středy“ se konal 9.9.2021 od 10:00."
    )
    assert (session.draft.title, session.draft.series) == ("Digitální firmy", "Inovační středy")


def test_a_generic_first_heading_is_passed_over() -> None:
    assert _title(
        "Eventi / Webinar\n\nEconomia circolare nel tessile\n\nWebinar, 30 marzo 2023"
    ) == ("Economia circolare nel tessile")


def test_a_hyphenated_generic_prefix_is_dropped() -> None:
    assert _title("Online-Dialog: Fachkräfte für die Wärmewende\n\nAm 16.11.2022.") == (
        "Fachkräfte für die Wärmewende"
    )


def test_a_two_part_breadcrumb_from_home_is_not_the_title() -> None:
    assert _title(
        "Inicio > Eventos\n\nInteligencia artificial en la industria\n\nFecha: 25.1.2024"
    ) == ("Inteligencia artificial en la industria")


def test_a_headline_about_the_webinar_gives_way_to_its_quoted_name() -> None:
    assert (
        _title(
            "Com'è andato il webinar sull'idrogeno verde\n\nMercoledì 15 marzo 2023 si è "
            "svolto il webinar «Idrogeno verde per i distretti industriali», con cento imprese."
        )
        == "Idrogeno verde per i distretti industriali"
    )


def test_news_heading_in_czech_is_not_the_title() -> None:
    assert _title("Aktuality\n\nJak na dotace pro malé obce\n\nV úterý 20. června 2023.") == (
        "Jak na dotace pro malé obce"
    )


def test_a_breakfast_session_prefix_is_not_part_of_the_title() -> None:
    assert _title("Matinale : la cybersécurité des collectivités\n\nLe 5 décembre 2023.") == (
        "la cybersécurité des collectivités"
    )


def test_a_quoted_forum_name_titles_a_page_without_a_heading_of_its_own() -> None:
    assert (
        _title(
            "Nachlese\n\nAm 6. Juni 2023 diskutierten Fachleute im Online-Forum "
            "„Klimaanpassung in Städten“ über Hitzeschutz."
        )
        == "Klimaanpassung in Städten"
    )


# -- links ----------------------------------------------------------------------------------


def _link_kinds(html: str) -> dict[str, bool]:
    return page_record(extract_page(html.encode()))["links"]


def test_a_file_labelled_by_the_talks_it_holds_is_the_slides() -> None:
    for label, href in (
        ("Télécharger les supports", "/docs/diapos.pdf"),
        ("Vorträge als PDF", "/downloads/vortraege.pdf"),
        ("Vortrag Dr. Hanna Roth (PDF)", "/media/roth.pdf"),
        ("Descargar las ponencias", "/docs/ponencias.zip"),
    ):
        page = (
            "<html><body><h1>Heat networks in small towns</h1><p>Held on 4 March 2024.</p>"
            f'<p><a href="https://example.org{href}">{label}</a></p></body></html>'
        )
        assert _link_kinds(page)["presentations"] is True, label
    # A talk named in a sentence, or a link to a page about a talk, is no slides.
    page = (
        "<html><body><h1>Heat networks in small towns</h1><p>Held on 4 March 2024.</p>"
        "<p>Der Vortrag wird aufgezeichnet.</p>"
        '<p><a href="https://example.org/programm/vortrag-roth">Vortrag Dr. Hanna Roth</a></p>'
        "</body></html>"
    )
    assert _link_kinds(page)["presentations"] is False


def test_watching_a_day_again_on_a_channel_is_its_recording() -> None:
    [session] = extract_text(
        "Relevo\n\n29 de enero de 2025.\n\n"
        "Puedes volver a ver la jornada completa en nuestro canal de YouTube."
    )
    assert session.mentioned == {LinkKind.RECORDING}


def test_registered_people_are_no_recording() -> None:
    [session] = extract_text(
        "Dazi\n\nSi è tenuto il 12 febbraio 2025 il seminario online, che ha registrato oltre "
        "300 iscritti."
    )
    assert session.mentioned == set()
    [session] = extract_text("Dazi\n\nIl seminario è stato registrato: il video è online.")
    assert session.mentioned == {LinkKind.RECORDING}


def test_a_recording_announced_without_an_address_is_said_not_linked() -> None:
    [session] = extract_text(
        "Heat networks in small towns\n\nHeld on 4 March 2024.\n\n"
        "The recording and the slides will be shared with everyone who registered."
    )
    assert session.draft.links == []
    assert session.mentioned == {LinkKind.RECORDING, LinkKind.PRESENTATIONS}
    assert any("recording" in warning for warning in session.warnings)


def test_the_site_name_and_its_menu_over_a_copied_page_are_not_the_title() -> None:
    footer = "\n\n© 2024 Bildungswerk Süd – Impressum"
    for top in (
        "Bildungswerk Süd\nHome | Kurse | Termine | Kontakt",
        "Bildungswerk Süd\nStartseite · Über uns · Termine · Presse · Kontakt",
        "Bildungswerk Süd\nHome Über uns Termine Presse Kontakt",
    ):
        page = f"{top}\n\nBöden im Wandel\n\nAm 12. Mai 2024 um 10:00 Uhr.{footer}"
        assert _title(page) == "Böden im Wandel", top
    # Without a copyright line naming it, a first line stays a title.
    assert _title("Bildungswerk Süd\n\nAm 12. Mai 2024 um 10:00 Uhr.") == "Bildungswerk Süd"


def test_kinds_of_page_in_the_plural_and_invitations_are_not_the_title() -> None:
    for section in ("Webinars", "Pozvánky", "Einladung", "Séminaires"):
        assert _title(f"{section}\n\nVoda v krajině\n\n5. listopadu 2025, 9:00\n") == (
            "Voda v krajině"
        )
    assert _title("Fachgespräch: Böden im Wandel\n\nAm 12. Mai 2024.") == "Böden im Wandel"


def test_a_recap_heading_with_the_quoted_name_and_an_apostrophe_inside_it() -> None:
    assert (
        _title(
            "Retour sur la matinale « Export : sécuriser ses paiements à l'international »\n\n"
            "Une soixantaine de dirigeants ont suivi le 4 février 2025 la matinale."
        )
        == "Export : sécuriser ses paiements à l'international"
    )


def test_a_programme_named_over_or_before_the_title_is_its_series() -> None:
    [session] = extract_text(
        "Events\n\nCircular Textiles Workshop 2025\n\n"
        "Repair, Resale and Recycling\n\n7-8 May 2025, online\n"
    )
    assert (session.draft.title, session.draft.series) == (
        "Repair, Resale and Recycling",
        "Circular Textiles Workshop 2025",
    )
    [session] = extract_text("Green Skills Talks #3: Retrofitting Homes\n\n7 March 2024\n")
    assert (session.draft.title, session.draft.series) == (
        "Retrofitting Homes",
        "Green Skills Talks",
    )
    # A programme's name followed by the date is the page's only title.
    assert _title("Circular Textiles Workshop 2025\n\n7-8 May 2025, online\n") == (
        "Circular Textiles Workshop 2025"
    )


def test_a_generic_prefix_saying_the_session_is_online() -> None:
    for heading in (
        "Atelier en ligne : rénover les écoles",
        "Seminario web: rénover les écoles",
        "Seminarium online: rénover les écoles",
    ):
        assert _title(f"{heading}\n\n14 janvier 2025\n") == "rénover les écoles", heading


def test_invitations_and_an_agenda_section_are_not_part_of_the_title() -> None:
    for page in (
        "Zaproszenie na webinarium: Fotowoltaika na szkołach\n\n4 marca 2025\n",
        "Pozvánka na webinář Sdílená auta na venkově\n\n26. března 2025\n",
        "Agenda\n\nSdílená auta na venkově\n\n26. března 2025\n",
    ):
        assert _title(page) in ("Fotowoltaika na szkołach", "Sdílená auta na venkově"), page
    # An invitation whose words are all there is stays the title.
    assert _title("Einladung zum Sommerfest\n\n4. Juli 2025\n") == "Einladung zum Sommerfest"


def test_a_kind_of_event_then_its_quoted_name_and_conference_prefixes() -> None:
    assert (
        _title("Online-Fachtag „Barrierefreie Websites in Kommunen“\n\n2. April 2025\n")
        == "Barrierefreie Websites in Kommunen"
    )
    assert _title("Convegno online: Acqua e agricoltura\n\n21 marzo 2025\n") == (
        "Acqua e agricoltura"
    )


def test_a_headline_under_a_recap_breadcrumb_gives_way_to_the_quoted_name() -> None:
    page = (
        "Aktuelles › Rückblick\n\n"
        "Wärmeplanung: Kommunen tauschen Erfahrungen aus\n\n"
        "Unter dem Titel „Kommunale Wärmeplanung konkret“ trafen sich am 9. Oktober 2024 "
        "rund 120 Fachleute."
    )
    assert _title(page) == "Kommunale Wärmeplanung konkret"
    # Under any other breadcrumb the headline is the title.
    assert _title(page.replace("Rückblick", "Termine")) == (
        "Wärmeplanung: Kommunen tauschen Erfahrungen aus"
    )
