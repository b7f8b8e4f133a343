"""The classes of page the importer used to miss, each from a short page written for the test."""

from __future__ import annotations

from webinar_archive.importers.page import extract_text


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
