"""Speakers and organisations in page shapes the rules used to misread (held-out set 11)."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page, page_record


def _record(html: str) -> dict:
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


def _people(html: str) -> list[tuple[str, str | None, str | None]]:
    return [(s["name"], s["organisation"], s["role"]) for s in _record(html)["speakers"]]


def test_unit_or_position_and_body_before_a_colon_then_the_titled_name() -> None:
    """ "Fachgebiet X: Dr.-Ing. Name" and "Role, Company: Name" under "Es sprechen": the
    person after the colon, who they are before it; neither the unit nor the firm is a person."""
    people = _people(
        "<html lang='de'><body><h1>Wasser in der Stadt</h1><p>Dienstag, 3. März 2026</p>"
        "<h2>Es sprechen</h2>"
        "<p>Fachgebiet Hydrologie und Wasserbau: Prof. Dr.-Ing. Sabine Lührmann</p>"
        "<p>Lehrgebiet Stadtplanung: Jun.-Prof. Dr. Malte Osterkamp</p>"
        "<p>Projektleiterin, Kessler Tiefbau GmbH: Nadine Wöhrmann</p>"
        "</body></html>"
    )
    assert people == [
        ("Sabine Lührmann", "Fachgebiet Hydrologie und Wasserbau", None),
        ("Malte Osterkamp", "Lehrgebiet Stadtplanung", None),
        ("Nadine Wöhrmann", "Kessler Tiefbau GmbH", "Projektleiterin"),
    ]


def test_an_and_inside_a_body_name_does_not_make_a_second_person() -> None:
    """ "Fundusz Ochrony Środowiska i Gospodarki Wodnej" is one body: the line still gives its
    person; "(Body) and Name (Body)" still names two."""
    people = _people(
        "<html lang='pl'><body><h1>Dotacje na pompy ciepła</h1><p>środa 9.9.2026 r.</p>"
        "<h2>Prowadzący</h2><ul>"
        "<li>mgr inż. Jan Sadowski – doradca – Fundusz Ochrony Środowiska i Gospodarki Wodnej"
        " w Lesznie</li></ul></body></html>"
    )
    assert people == [
        (
            "Jan Sadowski",
            "Fundusz Ochrony Środowiska i Gospodarki Wodnej w Lesznie",
            "doradca",
        )
    ]
    people = _people(
        "<html><body><h1>Farm data</h1><p>3 March 2026</p>"
        "<p>The panel was chaired by Ruth Dale (Open Fields Alliance) and Amir Khan "
        "(Upland Growers Trust).</p></body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Ruth Dale", "Open Fields Alliance"),
        ("Amir Khan", "Upland Growers Trust"),
    ]


def test_spanish_and_german_academic_titles_before_a_name() -> None:
    """ "Arq." and "Dr.-Ing." are honorifics, not part of the name, even when the name is a link."""
    people = _people(
        "<html lang='es'><body><h1>Parques inundables</h1><p>22 de abril de 2026</p>"
        "<h3>Ponentes</h3><ul>"
        "<li><a href='/s/cabrera.pdf'>Arq. Lucía Ferrer Vidal</a> — Instituto de Planeación"
        " de Toluca</li></ul></body></html>"
    )
    assert people == [("Lucía Ferrer Vidal", "Instituto de Planeación de Toluca", None)]


def test_a_table_header_names_the_columns_of_name_position_and_body() -> None:
    """Rows of a table of people are kept although they read like a menu, and each cell goes
    where its header says: a unit in the "Funktion" column is the position, not the body."""
    people = _people(
        "<html lang='de'><body><h1>Wärme aus dem Fluss</h1><p>7. Mai 2026</p>"
        "<h2>Referentinnen und Referenten</h2><table>"
        "<tr><th>Name</th><th>Funktion</th><th>Unternehmen / Institution</th><th>Vortrag</th>"
        "</tr><tr><td>Dr. Jana Hollmann</td><td>Projektleiterin Wärmenetze</td>"
        "<td>Energieagentur Weserland</td><td><a href='/f/hollmann.pdf'>Folien</a></td></tr>"
        "<tr><td>Ole Tietjen</td><td>Fachgebiet Wasserbau</td><td>Hochschule Nordheide</td>"
        "<td>–</td></tr></table></body></html>"
    )
    assert people == [
        ("Jana Hollmann", "Energieagentur Weserland", "Projektleiterin Wärmenetze"),
        ("Ole Tietjen", "Hochschule Nordheide", "Fachgebiet Wasserbau"),
    ]


def test_the_label_of_a_link_to_slides_is_not_part_of_the_body() -> None:
    """ "Folien" in a row's last cell, "Slides (PDF)" under a speaker's card, "presentazione
    (PDF)" after a dash: the name of a file's link, not where the person is from."""
    people = _people(
        "<html><body><h1>Soil carbon</h1><p>5 November 2026</p><h2>Speakers</h2>"
        "<h3>Dr Ruth Achterberg</h3><p>Lecturer in Soil Science, University of Eastmoor</p>"
        "<p><a href='/files/achterberg.pdf'>Slides (PDF)</a></p>"
        "<table><tr><td>Piet Bruns</td><td>Inhaber</td><td>Bruns Kältetechnik</td>"
        "<td><a href='/media/bruns.pdf'>Folien</a></td></tr></table>"
        "<ul><li>Carla Neri – <a href='/m/neri.pdf'>presentazione (PDF)</a></li></ul>"
        "</body></html>"
    )
    assert people == [
        ("Ruth Achterberg", "University of Eastmoor", "Lecturer in Soil Science"),
        ("Piet Bruns", "Bruns Kältetechnik", "Inhaber"),
        ("Carla Neri", None, None),
    ]


def test_a_mayors_municipality_stays_in_the_role_a_municipality_field_is_the_body() -> None:
    """ "starosta obce X", "Bürgermeisterin der Gemeinde X", "burmistrz Miasta X": the town
    where the office is held; "starosta – obec X" gives the municipality as the body."""
    people = _people(
        "<html lang='cs'><body><h1>Komunitní energie</h1><p>14. října 2026</p>"
        "<h2>Přednášející</h2>"
        "<p>Mgr. Karel Vondra – starosta obce Horní Lhota</p>"
        "<p>Ing. Jan Malý – starosta – obec Dolní Ves</p></body></html>"
    )
    assert people == [
        ("Karel Vondra", None, "starosta obce Horní Lhota"),
        ("Jan Malý", "obec Dolní Ves", "starosta"),
    ]
    people = _people(
        "<html lang='de'><body><h1>Dorfladen</h1><p>3. März 2026</p>"
        "<p>Zum Auftakt sprach Frau Petra Sommer, Bürgermeisterin der Gemeinde Lindental.</p>"
        "</body></html>"
    )
    assert people == [("Petra Sommer", None, "Bürgermeisterin der Gemeinde Lindental")]


def test_polish_and_czech_bodies_are_named_in_the_nominative() -> None:
    """The head noun of a body and the adjectives agreeing with it go back to the nominative,
    whatever case the sentence put them in; genitives of their own after the head stay."""
    people = _people(
        "<html lang='pl'><body><h1>Rzeki bez barier</h1><p>7 maja 2026 r.</p>"
        "<p>Obrady otworzyła Anna Lis z Fundacji Czyste Rzeki. Następnie Piotr Wrona z Okręgu "
        "Polskiego Związku Wędkarskiego w Elblągu opowiedział o tarliskach, a Adam Sowa, "
        "dziennikarz Radia Warmia, zadał pytania. Dyskusję podsumował Jan Kos ze Szpitala "
        "Wojewódzkiego w Olsztynie.</p></body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Anna Lis", "Fundacja Czyste Rzeki"),
        ("Piotr Wrona", "Okręg Polskiego Związku Wędkarskiego w Elblągu"),
        ("Adam Sowa", "Radio Warmia"),
        ("Jan Kos", "Szpital Wojewódzki w Olsztynie"),
    ]
    people = _people(
        "<html lang='cs'><body><h1>Komunitní energie</h1><p>13. října 2026</p>"
        "<p>Workshop moderovala Eva Malá z Místní akční skupiny Dolní Pojizeří. Úvodem "
        "vystoupil Petr Novák, vedoucí Katedry geodézie VŠ Polná, a poté Jana Černá z "
        "Krajského úřadu Kraje Vysočina.</p></body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Eva Malá", "Místní akční skupina Dolní Pojizeří"),
        ("Petr Novák", "VŠ Polná"),
        ("Jana Černá", "Krajský úřad Kraje Vysočina"),
    ]


def test_a_body_named_by_its_head_noun_alone_is_the_one_named_in_full() -> None:
    """ "rzecznik prasowy Urzędu." on a page naming "Urząd Miasta X" is that office."""
    people = _people(
        "<html lang='pl'><body><h1>Dotacje na piece</h1><p>środa 9.9.2026 r.</p>"
        "<h2>Prowadzący</h2><ul><li>Ewa Nowak – naczelnik wydziału – Urząd Miasta Lipno</li>"
        "</ul><p>Spotkanie poprowadzi Adam Wilk, rzecznik prasowy Urzędu.</p></body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Ewa Nowak", "Urząd Miasta Lipno"),
        ("Adam Wilk", "Urząd Miasta Lipno"),
    ]


def test_rooms_and_words_going_on_a_body_name_are_not_people() -> None:
    """ "Sala Ovidio" is a room, "... de Investigación en Desarrollo Territorial" the rest of a
    body's name, "Loopwise Furniture, a social enterprise" a body: none of them is a person,
    and the person "of" that body is found."""
    people = _people(
        "<html lang='it'><body><h1>Borghi e energia</h1>"
        "<p>Martedì 17 novembre 2026 · Sala Manzoni, Palazzo Reale e in streaming</p>"
        "<p>Organizza: Grupo de Investigación en Desarrollo Rural (GIDER)</p>"
        "<p>The panel heard from Imogen Marsh of Loopwise Tables, a social enterprise that "
        "mends office furniture, and from Rhys Owen, a project officer with Natural Resources "
        "Wales.</p></body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Imogen Marsh", "Loopwise Tables"),
        ("Rhys Owen", "Natural Resources Wales"),
    ]


def test_a_body_after_words_for_its_kind_and_with_its_legal_form() -> None:
    """ "z biura projektowego HydroNatura", "z distribuční společnosti Energie Jih a.s.": the
    words for the kind of body are dropped, the legal form stays; "Dal" is part of a name."""
    people = _people(
        "<html lang='pl'><body><h1>Przepławki</h1><p>7 maja 2026 r.</p>"
        "<p>O projektowaniu mówił mgr inż. Adam Kruk z biura projektowego AquaPlan. Na pytania "
        "odpowiadał Ing. Petr Malý z distribuční společnosti Energie Jih a.s.</p>"
        "</body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Adam Kruk", "AquaPlan"),
        ("Petr Malý", "Energie Jih a.s."),
    ]
    people = _people(
        "<html lang='it'><body><h1>Tessuti antichi</h1><p>22 ottobre 2026</p>"
        "<p>La restauratrice Chiara Dal Pozzo del Laboratorio Tessile Dal Pozzo & Figli ha "
        "mostrato le fibre.</p></body></html>"
    )
    assert [(n, o) for n, o, _ in people] == [
        ("Chiara Dal Pozzo", "Laboratorio Tessile Dal Pozzo & Figli")
    ]


def test_a_word_for_the_kind_of_body_or_publication_before_its_whole_name() -> None:
    """The body is the whole name after the word for its kind, "du"/"di" inside it included,
    without quotes; a body named by its kind after a definite article is that body."""
    people = _people(
        "<html lang='fr'><body><h1>Haies</h1><p>Mardi 3 février 2026</p>"
        "<p>Les échanges étaient animés par Luc Morel, journaliste à l'hebdomadaire Échos du "
        "Sud. Le Dr Paul Roy, médecin au centre de santé municipal, a répondu aux questions."
        "</p></body></html>"
    )
    assert [(n, o, r) for n, o, r in people] == [
        ("Luc Morel", "Échos du Sud", "journaliste"),
        ("Paul Roy", "centre de santé municipal", "médecin"),
    ]
    people = _people(
        "<html lang='it'><body><h1>Comunità energetiche</h1><p>17 novembre 2026</p>"
        "<p>Coordina: Marta Pini, presidente della cooperativa Sole di Monte.</p></body></html>"
    )
    assert people == [("Marta Pini", "Sole di Monte", "presidente")]
    people = _people(
        "<html lang='de'><body><h1>Abwasserwärme</h1><p>7. Mai 2026</p>"
        "<p>Durch den Tag führt Jana Brandt, Redakteurin beim Fachmagazin „Wärme heute“.</p>"
        "</body></html>"
    )
    assert people == [("Jana Brandt", "Wärme heute", "Redakteurin")]


def test_a_position_at_the_sites_own_body_named_by_its_kind() -> None:
    """ "our events lead", "manažerka naší agentury", "la direttrice del museo, Name": the body
    is the one whose site the page is on (named in its <title>)."""
    people = _people(
        "<html><head><title>Past events - Eastdale Rural Agency</title></head><body>"
        "<h1>Buying circular</h1><p>On 13 October 2026 we held the workshop.</p>"
        "<p>Our procurement officer Ruth Kell opened it. Questions were put by our events "
        "lead Omar Aziz.</p></body></html>"
    )
    assert people == [
        ("Ruth Kell", "Eastdale Rural Agency", "procurement officer"),
        ("Omar Aziz", "Eastdale Rural Agency", "events lead"),
    ]
    people = _people(
        "<html lang='cs'><head><title>Akce | Rozvojová agentura Pošumaví</title></head><body>"
        "<h1>Komunitní energie</h1><p>13. října 2026</p>"
        "<p>Úvodem Ing. Eva Malá, energetická manažerka naší agentury, shrnula zákon.</p>"
        "</body></html>"
    )
    assert people == [("Eva Malá", "Rozvojová agentura Pošumaví", "energetická manažerka")]
    people = _people(
        "<html lang='it'><head><title>Notizie - Museo Civico di Valle</title></head><body>"
        "<h1>Tessuti</h1><p>22 ottobre 2026</p><p>Ha aperto la serata la direttrice del "
        "museo, Lucia Neri, che ha presentato i velluti. Dopo Carla Rey, coordinatrice del "
        "museo, Marco Bini, direttore della Fondazione Seta, ha parlato.</p></body></html>"
    )
    assert people == [
        ("Lucia Neri", "Museo Civico di Valle", "direttrice"),
        ("Carla Rey", "Museo Civico di Valle", "coordinatrice"),
        ("Marco Bini", "Fondazione Seta", "direttore"),
    ]


def test_a_body_in_brackets_inside_a_sentence() -> None:
    """ "dr hab. Name, prof. UWM (Katedra X, Uniwersytet Y) przedstawiła ...": the brackets
    hold the chair and its body; the chair goes to the role, and the sentence after them is
    not part of either."""
    people = _people(
        "<html lang='pl'><body><h1>Rzeki</h1><p>7 maja 2026 r.</p>"
        "<p>Pierwszego dnia dr hab. Anna Rak, prof. UG (Katedra Hydrologii, Uniwersytet "
        "Gdański w Gdyni) przedstawiła wyniki monitoringu, gdzie usunięto progi.</p>"
        "</body></html>"
    )
    assert people == [("Anna Rak", "Uniwersytet Gdański w Gdyni", "prof. UG, Katedra Hydrologii")]


def test_an_honorific_gives_way_to_a_position_or_body_written_later() -> None:
    """An agenda line gives only "doc. Ing. Name"; the speakers' list under it gives the
    position and body, which replace the honorific; stray punctuation leaves the position."""
    people = _people(
        "<html lang='cs'><body><h1>Technická mapa</h1><p>14. října 2026</p>"
        "<h2>Program</h2><ul><li>9:00 Úvod, doc. Ing. Karel Malý, Ph.D.</li>"
        "<li>9:20 Praxe, Ing. Jan Brož</li></ul><h2>Přednášející</h2>"
        "<p>doc. Ing. Karel Malý, Ph.D. – vedoucí Katedry geodézie VŠ Polná</p>"
        "<p>Ing. Jan Brož – Geodezie Brož s.r.o.</p></body></html>"
    )
    assert people == [
        ("Karel Malý", "VŠ Polná", "vedoucí Katedry geodézie"),
        ("Jan Brož", "Geodezie Brož s.r.o.", None),
    ]


def test_a_role_whose_nominative_ends_in_a_keeps_it() -> None:
    """ "starostka", "zastępca", "analytička" end in -a in the nominative: the role keeps its
    whole first word; "dyrektora" after a name is still put back to "dyrektor"."""
    people = _people(
        "<html lang='pl'><body><h1>Gminy i klimat</h1><p>środa 9.9.2026 r.</p>"
        "<h2>Prelegenci</h2><ul>"
        "<li>Anna Wilk – zastępca dyrektora, Urząd Marszałkowski Województwa Opolskiego</li>"
        "</ul></body></html>"
    )
    assert [role for _, _, role in people] == ["zastępca dyrektora"]
    people = _people(
        "<html lang='cs'><body><h1>Obce a voda</h1><p>středa 9. 9. 2026</p>"
        "<h2>Přednášející</h2><ul>"
        "<li>Ing. Jana Malá, analytička, Regionální rozvojová agentura Vysočina</li>"
        "</ul></body></html>"
    )
    assert [role for _, _, role in people] == ["analytička"]


def test_a_labelled_line_of_people_with_bracketed_bodies_gives_each_person_their_body() -> None:
    """ "Speakers: Name (Body), Name (Body)" in each language the importer reads: one person per
    entry with their own body, never a body that runs from one bracket into the next."""
    labels = {
        "en": "Speakers",
        "de": "Referenten",
        "fr": "Intervenants",
        "es": "Ponentes",
        "it": "Relatori",
        "pl": "Prelegenci",
        "cs": "Přednášející",
    }
    for lang, label in labels.items():
        people = _people(
            f"<html lang='{lang}'><body><h1>Open data for regional clusters</h1>"
            f"<p>3.11.2020</p><p>{label}: Anna Nowak (KTH), Jan Dvořák (CzechInvest)</p>"
            "</body></html>"
        )
        assert [(name, org) for name, org, _ in people] == [
            ("Anna Nowak", "KTH"),
            ("Jan Dvořák", "CzechInvest"),
        ], lang


def test_a_list_of_people_of_any_length_with_brackets_dashes_and_a_last_and() -> None:
    """Brackets keep their commas, a dash describes its person, "and" joins the last one; a
    dash line "Name – Role, Body" stays one person from that body."""
    people = _people(
        "<html lang='en'><body><h1>Open data for regional clusters</h1><p>3 November 2020</p>"
        "<p>Speakers: Dr. Anna Nowak (KTH, Stockholm), Jan Dvořák – CzechInvest, "
        "Maria Rossi (ENEA) and Pierre Martin (Région Bretagne)</p>"
        "<p>Moderator: Helen Walsh – Programme Manager, Irish Health Hub</p>"
        "</body></html>"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Anna Nowak", "KTH, Stockholm"),
        ("Jan Dvořák", "CzechInvest"),
        ("Maria Rossi", "ENEA"),
        ("Pierre Martin", "Région Bretagne"),
        ("Helen Walsh", "Irish Health Hub"),
    ]


def test_a_labelled_list_of_names_alone_keeps_every_person() -> None:
    """ "Slides: Name, Name, Name" lists people: all of them, none as another's body."""
    people = _people(
        "<html lang='de'><body><h1>Wasser in der Stadt</h1><p>Dienstag, 3. März 2026</p>"
        "<p>Referenten: Sabine Lührmann, Malte Osterkamp, Nadine Wöhrmann</p></body></html>"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Sabine Lührmann", None),
        ("Malte Osterkamp", None),
        ("Nadine Wöhrmann", None),
    ]


def test_a_list_of_people_after_a_topic_under_a_heading_or_with_a_degree() -> None:
    """The same list after an agenda topic and a colon or dash, on a line of its own under a
    heading with a full stop at its end, and with a degree after a name: one person each."""
    expected = [("Anna Nowak", "KTH"), ("Jan Dvořák", "CzechInvest")]
    for line in (
        "<ul><li>10:00 Panel discussion: Anna Nowak (KTH), Jan Dvořák (CzechInvest)</li></ul>",
        "<ul><li>10:00 Open data in practice – Anna Nowak (KTH), Jan Dvořák (CzechInvest)</li>"
        "</ul>",
        "<h2>Speakers</h2><p>Anna Nowak (KTH), Jan Dvořák (CzechInvest).</p>",
        "<p>Speakers: Prof. Anna Nowak, PhD (KTH), Ing. Jan Dvořák (CzechInvest)</p>",
    ):
        people = _people(
            "<html lang='en'><body><h1>Open data for regional clusters</h1>"
            f"<p>3 November 2020</p>{line}</body></html>"
        )
        assert [(name, org) for name, org, _ in people] == expected, line


def test_a_lines_own_head_gives_its_role_over_the_label_above() -> None:
    """ "Closing remarks: Name" after "Keynote: Name": the closing line's own head says what
    its person does, not the label carried from the line before it."""
    html = (
        "<html lang='en'><body><h1>Trade data</h1><p>3 March 2026</p><h2>Programme</h2><ul>"
        "<li>Opening remarks: Ann Bright, OECD</li><li>Keynote: Anna Short, World Bank</li>"
        "<li>Closing remarks: Cid Wide, OECD</li></ul></body></html>"
    )
    (found,) = extract_page(html.encode("utf-8"), content_type="text/html")
    assert [(s.name, s.role.value) for s in found.draft.speakers] == [
        ("Ann Bright", "opening"),
        ("Anna Short", "keynote"),
        ("Cid Wide", "closing"),
    ]


def test_people_set_apart_by_semicolons_each_keep_their_position_and_body() -> None:
    """ "Label: Name, degree, position, Body; Name, position, Body; Name, position." in the
    shapes of three languages: each person with their own position and body, none running
    into the next person's line, a last person with no body keeping none."""
    people = _people(
        "<html lang='cs'><body><h1>Voda v krajině</h1><p>středa 4. 3. 2026</p>"
        "<p>Hovoří: Ing. Alena Kratochvílová, Ph.D., hydroložka, Povodí Sázavy s.p.; "
        "Mgr. Tomáš Beneš, starosta obce Horní Luh; Bc. Eva Malá, studentka.</p>"
        "</body></html>"
    )
    assert people == [
        ("Alena Kratochvílová", "Povodí Sázavy s.p.", "hydroložka"),
        ("Tomáš Beneš", None, "starosta obce Horní Luh"),
        ("Eva Malá", None, "studentka"),
    ]
    people = _people(
        "<html lang='es'><body><h1>Agua y ciudad</h1><p>miércoles 4 de marzo de 2026</p>"
        "<p>Ponentes: Dra. Lucía Ferrer, hidróloga, Confederación Hidrográfica del Turia; "
        "Pablo Ibáñez, gerente, Riegos Ibáñez S.L.</p></body></html>"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Lucía Ferrer", "Confederación Hidrográfica del Turia"),
        ("Pablo Ibáñez", "Riegos Ibáñez S.L."),
    ]


def test_parts_of_a_programme_set_apart_by_semicolons_give_each_person_their_part() -> None:
    """ "Opening remarks: A; Keynote: B; Closing remarks: C" on one line: each person does
    what their own part says, not what the line's last part says."""
    for lang, line, roles in (
        (
            "en",
            "Opening remarks: Dr. Helen Marsh, Director, Westmoor Soil Trust; Keynote: "
            "Prof. Arjun Patel, University of Eastfield; Closing remarks: Lena Okoro.",
            ["opening", "keynote", "closing"],
        ),
        (
            "de",
            "Begrüßung: Dr. Helga Marsch, Bodenforum Süd e.V.; Hauptvortrag: Prof. Dr. Arne "
            "Pohl, Universität Oberweiler; Moderation: Lena Okoro",
            ["opening", "keynote", "moderator"],
        ),
    ):
        html = (
            f"<html lang='{lang}'><body><h1>Soil health</h1><p>3.3.2026</p><p>{line}</p>"
            "</body></html>"
        )
        (found,) = extract_page(html.encode("utf-8"), content_type="text/html")
        assert [s.role.value for s in found.draft.speakers] == roles, lang
        assert [s.name for s in found.draft.speakers][-1] == "Lena Okoro", lang


def test_card_lines_with_a_degree_an_elided_surname_or_a_legal_form_at_the_end() -> None:
    """A name with a degree after it ("Ph.D."), an Italian surname opening with "Dell'", and
    a line under the name ending in a legal form's dot ("e.V.", "S.L.") are a speaker's card."""
    people = _people(
        "<html lang='de'><body><h1>Holz im Bau</h1><p>Dienstag, 3. März 2026</p>"
        "<h2>Mit dabei</h2>"
        "<p>doc. Ing. Marek Šimůnek, Ph.D.</p><p>statik, Stavební fakulta Brno</p>"
        "<h3>Giulia Dall'Ara</h3><p>Ricercatrice, Politecnico di Rivalta</p>"
        "<p>Jana Kolb</p><p>Geschäftsführerin, Holzforum Süd e.V.</p>"
        "</body></html>"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Marek Šimůnek", "Stavební fakulta Brno"),
        ("Giulia Dall'Ara", "Politecnico di Rivalta"),
        ("Jana Kolb", "Holzforum Süd e.V."),
    ]


def test_the_part_in_the_session_named_with_a_persons_line_is_their_role() -> None:
    """ "Body (chair)": the chair is what the person did, no part of the body; "Moderation,
    Position, Body": the person moderated, the body is still theirs."""
    html = (
        "<html lang='en'><body><h1>Trade rules</h1><p>3 March 2026</p><h2>Who is speaking</h2>"
        "<p>Ann Bright</p><p>Trade Adviser, Eastfield Chamber of Commerce (chair)</p>"
        "<p>Jonas Brand – Moderation, Referent, Netzwerk Holz e.V.</p>"
        "<p>Lea Roth – Modératrice, Agence Bois Ouest</p></body></html>"
    )
    (found,) = extract_page(html.encode("utf-8"), content_type="text/html")
    assert [(s.name, s.organisation, s.role.value) for s in found.draft.speakers] == [
        ("Ann Bright", "Eastfield Chamber of Commerce", "chair"),
        ("Jonas Brand", "Netzwerk Holz e.V.", "moderator"),
        ("Lea Roth", "Agence Bois Ouest", "moderator"),
    ]


def test_a_rank_before_the_title_of_a_listed_person_is_no_part_of_the_line() -> None:
    """ "Regierungsdirektorin Dr. Name – position – body", "Senator Prof. Name, body": the
    person is found after their rank and title."""
    people = _people(
        "<html lang='de'><body><h1>Holz im Bau</h1><p>Dienstag, 3. März 2026</p>"
        "<p>Es referieren:</p><ul>"
        "<li>Regierungsdirektorin Dr. Ilse Marten – Leiterin des Referats 12 – Bauministerium"
        " Nord</li><li>Senator Prof. Arne Pohl, Universität Oberweiler</li></ul></body></html>"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Ilse Marten", "Bauministerium Nord"),
        ("Arne Pohl", "Universität Oberweiler"),
    ]


def test_a_clause_about_a_person_naming_their_body_makes_them_a_speaker() -> None:
    """ "Name, who leads the X Group at the University of Y, showed ...": in a report, the
    clause after the name says who they are; a clause naming no body does not."""
    people = _people(
        "<html lang='en'><body><h1>Soil and water</h1><p>3 March 2026</p>"
        "<p>Dr. Rhea Blom, who runs the Soil Lab at the Eastfield Institute, showed the "
        "results of four trials. Mark Ellis, who could not stay long, sent his notes.</p>"
        "</body></html>"
    )
    assert people == [("Rhea Blom", "Eastfield Institute", "runs the Soil Lab")]
    people = _people(
        "<html lang='it'><body><h1>Acqua e suolo</h1><p>3 marzo 2026</p>"
        "<p>Marta Bruni, che dirige il laboratorio dell'Istituto Agrario di Rivalta, ha "
        "presentato i risultati.</p></body></html>"
    )
    assert [(name, org) for name, org, _ in people] == [
        ("Marta Bruni", "Istituto Agrario di Rivalta")
    ]


def test_a_host_after_a_czech_verb_and_a_degree_is_a_moderator() -> None:
    """ "Večerem provázel Bc. Name.": the degree's dot ends no sentence, the verb makes them
    the moderator; the honorific is the role when nothing else is said."""
    html = (
        "<html lang='cs'><body><h1>Sklo v krajině</h1><p>úterý 12. 5. 2026</p>"
        "<p>Přednášela PhDr. Eva Malá. Besedou provázela Mgr. Jana Kolářová.</p></body></html>"
    )
    (found,) = extract_page(html.encode("utf-8"), content_type="text/html")
    assert [(s.name, s.role.value) for s in found.draft.speakers][-1] == (
        "Jana Kolářová",
        "moderator",
    )


def test_the_name_of_a_series_or_event_is_no_person() -> None:
    """ "this year's Autumn Lecture, “...”", "Cyklus Čtvrtky v knihovně": a word for a series
    or event in a capitalised run names no one."""
    people = _people(
        "<html lang='en'><body><p>Cyklus Čtvrtky v knihovně</p><h1>Old maps</h1>"
        "<p>3 March 2026</p><p>Many joined us for this year's Autumn Lecture, “Old maps of the"
        " coast”, given by Dr. Rhea Blom of the Eastfield Institute.</p></body></html>"
    )
    assert [name for name, _, _ in people] == ["Rhea Blom"]


def test_an_article_in_front_of_a_position_is_no_part_of_it() -> None:
    """ "followed by Name, a hydrologist at X", "Name, un historien de Y": the position
    without its article."""
    people = _people(
        "<html lang='en'><body><h1>Floods</h1><p>3 March 2026</p><p>The talk was given by "
        "Dr. Rhea Blom, a hydrologist at the Eastfield Water Agency.</p></body></html>"
    )
    assert people == [("Rhea Blom", "Eastfield Water Agency", "hydrologist")]
