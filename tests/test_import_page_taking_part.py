"""People named in running prose count when their sentence ties them to the session (a verb
for speaking, presenting, moderating or joining before them, a noun for what they say), not
otherwise; their body when the position names the site's own by "our" or its kind, or a later
sentence by their first name; and a concert's performers after a talk are not speakers.
Short pages written for the test, in several languages."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.taking_part import performance_line, taking_part


def _people(site: str, text: str) -> list[tuple[str, str | None]]:
    html = (
        f"<html><head><title>Webinar | {site}</title>"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<h1>Ein Abend über alte Mühlen</h1><p>7 May 2024</p>{text}"
        f"<footer>© 2024 {site}</footer></body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [(s.name, s.organisation) for s in session.draft.speakers]


def _names(site: str, text: str) -> list[str]:
    return [name for name, _ in _people(site, text)]


def test_a_verb_then_a_position_ties_the_name_to_the_session() -> None:
    assert _names("Spolek Mlýny", "<p>Besedu povede předsedkyně spolku Mgr. Jana Malá.</p>") == [
        "Jana Malá"
    ]
    text = "<p>Poprowadzi kierowniczka biblioteki Anna Wrona, a potem zapraszamy na kawę.</p>"
    assert _names("Biblioteka Gminna", text) == ["Anna Wrona"]
    text = "<p>Interverranno il restauratore Paolo Neri e la storica Carla Fumagalli.</p>"
    assert _names("Museo dei Mulini", text) == ["Paolo Neri", "Carla Fumagalli"]


def test_joined_by_and_a_list_after_the_verb() -> None:
    text = "<p>Our curator will be joined by Mark Ellery and Priya Nandakumar.</p>"
    assert {"Mark Ellery", "Priya Nandakumar"} <= set(_names("Mill Trust", text))


def test_a_noun_for_what_someone_says_ties_them_too() -> None:
    text = "<p>La soirée s'achèvera par le témoignage de Jeanne Morvan, ancienne meunière.</p>"
    assert _names("Moulins de Bretagne", text) == ["Jeanne Morvan"]
    text = "<p>The evening closes with a talk by Henrike Sollmann, a miller from Aurich.</p>"
    assert _names("Mill Trust", text) == ["Henrike Sollmann"]
    text = "<p>Cerramos con la ponencia de Lucía Prieto, molinera en Alcalá.</p>"
    assert _names("Asociación Molinos", text) == ["Lucía Prieto"]


def test_a_name_around_another_verb_or_a_thing_is_no_participant() -> None:
    text = "<p>Presentaremos el libro de Gabriel Ortega Ruiz sobre los molinos del Tajo.</p>"
    assert _names("Asociación Molinos", text) == []
    text = "<p>Die Mühle wurde von Karl Berger Senior im Jahr 1890 gebaut.</p>"
    assert _names("Mühlenverein", text) == []
    assert taking_part("Vystoupí zakladatel start-upu ", 3) is None
    assert taking_part("Vystoupí zakladatel start-upu ", 2) == "zakladatel start-upu"
    assert taking_part("Die Mühle gehörte ") is None


def test_the_sites_body_named_by_our_or_its_kind_or_by_first_name() -> None:
    text = "<p>Setkáním provede moderátorka našeho spolku Eva Dlouhá.</p>"
    assert _people("Spolek Mlýny", text) == [("Eva Dlouhá", "Spolek Mlýny")]
    text = "<p>Webinář moderuje koordinátorka spolku Petra Malá.</p>"
    assert _people("Spolek přátel mlýnů", text) == [("Petra Malá", "Spolek přátel mlýnů")]
    text = (
        "<p>She will be joined by Tom Baxter. Tom is a millwright at Harlow Mills Ltd and "
        "restored the wheel last year.</p>"
    )
    assert ("Tom Baxter", "Harlow Mills Ltd") in _people("Mill Trust", text)


def test_a_concerts_performers_after_the_talk_are_not_speakers() -> None:
    text = (
        "<p>Ne parla la musicologa Laura Conti, che studia Brahms da vent'anni.</p>"
        "<p>Ore 21, Auditorium – Johannes Brahms, Sinfonia n. 2 in re maggiore. "
        "Pianoforte Marco Riva, direttore Laura Conti.</p>"
    )
    assert _names("Orchestra di Valdena", text) == ["Laura Conti"]
    text = (
        "<p>Es spricht der Dramaturg Felix Brand.</p>"
        "<p>Konzert um 20 Uhr: Symphonie Nr. 5 c-Moll. Dirigent Tobias Lenz.</p>"
    )
    assert _names("Philharmonie Auenthal", text) == ["Felix Brand"]
    assert performance_line("Sinfonia n. 4 in sol maggiore. Soprano Chiara Oldani.")
    assert not performance_line("Ne parlerà il direttore dell'Orchestra delle sinfonie.")


def test_a_position_opening_the_sentence_and_a_verb_after_the_name() -> None:
    text = "<p>La storica Carla Neri parlerà delle mappe dei mulini del Seicento.</p>"
    assert _names("Museo dei Mulini", text) == ["Carla Neri"]
    text = "<p>Kurátorka sbírky Mgr. Eva Malá přidá několik slov o mlýnských kamenech.</p>"
    assert _names("Muzeum Mlýnů", text) == ["Eva Malá"]
    text = "<p>Lo studioso Carlo Neri scrisse nel 1990 un libro sui mulini.</p>"
    assert _names("Museo dei Mulini", text) == []


def test_a_rank_in_capitals_before_a_name_is_no_part_of_it() -> None:
    text = (
        "<h2>Speakers</h2><ul><li>DCI Amara Okafor, Economic Crime Unit, Northshire Police</li>"
        "<li>Tom Reed, Fraud Adviser, Brightbank plc</li></ul>"
    )
    assert _names("Northshire Police", text) == ["Amara Okafor", "Tom Reed"]
    text = (
        "<h2>Referenten</h2><ul><li>OStRin Eva Lind, Fachschaft Physik, Gymnasium Auental</li></ul>"
    )
    assert _names("Gymnasium Auental", text) == ["Eva Lind"]


def test_a_position_held_for_a_town_before_the_name_after_a_verb() -> None:
    text = (
        "<p>Ne discutono l'assessora alla mobilità di Valdena Carla Riva e l'ingegnere "
        "Marco Pini. Il comune di Valdena ospita la serata.</p>"
    )
    assert _names("Museo dei Mulini", text) == ["Carla Riva", "Marco Pini"]
