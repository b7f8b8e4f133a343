"""People and bodies on a page, second part: a town after "z"/"from" is no body, speaker labels
inside running text, positions cut before a verb clause, cards with the body on its own line,
teaching and research posts; short pages written for the test."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page


def _people(
    site: str, text: str, heading: str = "Webinar on local data | 7 May 2024"
) -> list[tuple[str, str | None, str | None]]:
    title, day = heading.split(" | ")
    html = (
        f"<html><head><title>{title} | {site}</title></head><body>"
        f"<h1>{title}</h1><p>{day}</p>{text}</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [(s.name, s.position, s.organisation) for s in session.draft.speakers]


def test_a_bare_town_after_z_or_from_is_where_someone_comes_from_not_their_body() -> None:
    """ "z Prahy", "ze Zlína", "from Leeds": a town; "z Uniwersytetu ...", "from Acme Ltd" and
    "z firmy Archivis" stay bodies, and the person is found either way."""
    cs = "<p>Vystoupí Jana Horká z Prahy a Petr Malý ze Zlína.</p>"
    assert _people("Spolek Zelená zahrada", cs, "Webinář o zahradách | 3. března 2026") == [
        ("Jana Horká", None, None),
        ("Petr Malý", None, None),
    ]
    pl = (
        "<p>Prelegenci:</p><ul><li>Ewa Kot z firmy Archivis</li>"
        "<li>Jan Lis z Uniwersytetu Jagiellońskiego</li>"
        "<li>Anna Nowak z Krakowa</li></ul>"
    )
    assert _people("Fundacja Wolne Rzeki", pl, "Webinarium o wodzie | 4 marca 2026") == [
        ("Ewa Kot", None, "Archivis"),
        ("Jan Lis", None, "Uniwersytet Jagielloński"),
        ("Anna Nowak", None, None),
    ]
    en = "<p>Speakers:</p><ul><li>Tom Reed from Leeds</li><li>Amy Chan from Acme Ltd</li></ul>"
    assert _people("Orchard Club", en, "Webinar on apples | 7 May 2024") == [
        ("Tom Reed", None, None),
        ("Amy Chan", None, "Acme Ltd"),
    ]


def test_a_czech_verb_of_lecturing_is_no_part_of_the_name_after_it() -> None:
    text = "<p>Přednáší Jana Horká z Univerzity Karlovy.</p>"
    assert _people("Spolek Zelená zahrada", text, "Webinář o zahradách | 3. března 2026") == [
        ("Jana Horká", None, "Univerzita Karlovy")
    ]


def test_teaching_and_research_posts_of_the_seven_languages_are_positions() -> None:
    """Each post is the position and the body after it the organisation."""
    cases = [
        ("Webinar sobre agua | 7 de mayo de 2024", "Ponentes",
         "María López, catedrática de la Universidad de Granada", "catedrática",
         "Universidad de Granada"),
        ("Webinar sull'acqua | 7 maggio 2024", "Relatori",
         "Giulia Neri, ricercatrice dell'Università di Pisa", "ricercatrice",
         "Università di Pisa"),
        ("Webinář o vodě | 7. května 2024", "Přednášející",
         "Jana Horká, docentka Masarykovy univerzity", "docentka", "Masarykova univerzita"),
        ("Webinář o vodě | 7. května 2024", "Přednášející",
         "Jan Novák, výzkumník Ústavu pro jazyk český", "výzkumník", "Ústav pro jazyk český"),
        ("Webinarium o wodzie | 7 maja 2024", "Prelegenci",
         "Jan Lis, wykładowca Uniwersytetu Warszawskiego", "wykładowca",
         "Uniwersytet Warszawski"),
        ("Webinarium o wodzie | 7 maja 2024", "Prelegenci",
         "Ewa Kot, nauczycielka Szkoły Podstawowej nr 3", "nauczycielka",
         "Szkoła Podstawowa nr 3"),
        ("Webinar zum Wasser | 7. Mai 2024", "Referenten",
         "Jan Koch, Dozent an der Hochschule Trier", "Dozent", "Hochschule Trier"),
        ("Webinar zum Wasser | 7. Mai 2024", "Referenten",
         "Eva Lang, Lehrerin an der Realschule Bonn", "Lehrerin", "Realschule Bonn"),
    ]  # fmt: skip
    for heading, label, line, position, body in cases:
        text = f"<p>{label}:</p><ul><li>{line}</li></ul>"
        [(_, got_position, got_body)] = _people("Sieć Wodna", text, heading)
        assert (got_position, got_body) == (position, body), line


def test_a_research_institute_named_by_its_adjective_keeps_it() -> None:
    """ "Výzkumný ústav ...": the adjective of the body, not the post of a researcher."""
    text = "<p>Přednášející:</p><ul><li>Eva Malá, Výzkumný ústav vodohospodářský</li></ul>"
    assert _people("Sieť", text, "Webinář o vodě | 7. května 2024") == [
        ("Eva Malá", None, "Výzkumný ústav vodohospodářský")
    ]
