"""Bodies on a page: the site's own body named by its kind, descriptions and positions run into
a body's name, and Polish adjectives after a body's head; short pages written for the test."""

from __future__ import annotations

import datetime as dt

from webinar_archive.importers.page import extract_page, extract_text


def _people(
    site: str, text: str, heading: str = "Webinar on local data | 7 May 2024"
) -> list[tuple[str, str | None]]:
    title, day = heading.split(" | ")
    html = (
        f"<html><head><title>{title} | {site}</title></head><body>"
        f"<h1>{title}</h1><p>{day}</p>{text}</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    return [(s.name, s.organisation) for s in session.draft.speakers]


def test_a_polish_adjective_after_the_head_agrees_with_it_as_the_site_writes_it() -> None:
    """ "Urzędu Wojewódzkiego Województwa X": the adjective belongs to the office when the site
    names itself "Urząd Wojewódzki ..."; an adjective before another body's head stays with
    that body ("Okręgu Polskiego Związku Wędkarskiego")."""
    heading = "Webinarium: jak pisać wnioski o dotacje | 7 maja 2024"
    text = (
        "<p>Prelegenci:</p><ul><li>Marta Kowal, dyrektor Departamentu Kultury Urzędu "
        "Wojewódzkiego Województwa Pomorskiego</li>"
        "<li>Jan Nowak, prezes Okręgu Polskiego Związku Wędkarskiego w Toruniu</li></ul>"
    )
    assert _people("Urząd Wojewódzki Województwa Pomorskiego", text, heading) == [
        ("Marta Kowal", "Urząd Wojewódzki Województwa Pomorskiego"),
        ("Jan Nowak", "Okręg Polskiego Związku Wędkarskiego w Toruniu"),
    ]


def test_a_lower_case_description_in_brackets_is_no_part_of_the_body() -> None:
    """What the firm does, in brackets after its name, is not its name; a short form in
    brackets stays."""
    text = (
        "<p>Speakers:</p><ul>"
        "<li>Ana Ruiz – directora – Verdeluz S.L. (cooperativa de fruta ecológica)</li>"
        "<li>Tom Hale – founder – Brightfield Labs (soil sensors for orchards)</li>"
        "<li>Ewa Lis, Welsh Development Agency (WDA)</li></ul>"
    )
    assert _people("Growers' Network", text) == [
        ("Ana Ruiz", "Verdeluz S.L."),
        ("Tom Hale", "Brightfield Labs"),
        ("Ewa Lis", "Welsh Development Agency (WDA)"),
    ]


def test_a_position_the_lexicon_does_not_know_then_a_preposition_then_the_body() -> None:
    """ "IT-Forensikerin beim Landeskriminalamt X": an occupation, "beim"/"chez"/"at", then the
    body the person works at."""
    text = (
        "<p>Speakers:</p><ul>"
        "<li>Jonas Weber, Steuerberater bei der Kanzlei Hoffmann &amp; Partner</li>"
        "<li>Nina Roth, Brandermittlerin beim Landesamt Süderheide</li>"
        "<li>Marie Roux, Illustratrice chez Éditions du Lac</li></ul>"
    )
    assert _people("Akademie Süd", text) == [
        ("Jonas Weber", "Kanzlei Hoffmann & Partner"),
        ("Nina Roth", "Landesamt Süderheide"),
        ("Marie Roux", "Éditions du Lac"),
    ]


def test_the_sites_own_body_named_by_its_kind_in_a_bare_genitive_or_after_our() -> None:
    """ "mluvčí knihovny", "rzecznik Urzędu.", "our volunteer coordinator", "della rete": the
    body whose site the page is on, as it names itself in the page's title."""
    cs = "<p>Moderuje Jan Novák, tiskový mluvčí knihovny.</p>"
    assert _people("Městská knihovna Horní Brod", cs, "Webinář o e-knihách | 3. března 2026") == [
        ("Jan Novák", "Městská knihovna Horní Brod")
    ]
    pl = "<p>Prowadzenie: Ewa Mazur, rzecznik prasowy Urzędu.</p>"
    assert _people("Urząd Gminy Zielonka", pl, "Webinarium o odpadach | 4 marca 2026") == [
        ("Ewa Mazur", "Urząd Gminy Zielonka")
    ]
    en = "<p>The talk was given by Sam Kerr, our volunteer coordinator, who answered questions.</p>"
    assert _people("Harbourside Food Bank", en) == [("Sam Kerr", "Harbourside Food Bank")]
    it = "<p>Coordina: Marta Rossi, responsabile dei progetti della rete.</p>"
    assert _people("Rete Biblioteche Alto Lago", it, "Leggere in digitale | 5 marzo 2026") == [
        ("Marta Rossi", "Rete Biblioteche Alto Lago")
    ]


def test_a_site_name_the_pages_address_is_named_after_is_the_sites_body() -> None:
    """ "Opéra de Brévigny" is no word for a body the lexicon knows, but the page's address is
    named after it; "du théâtre"/"de l'opéra" then name it."""
    html = (
        "<html><head><title>Rencontre avec l'équipe – Opéra de Brévigny</title>"
        '<link rel="canonical" href="https://www.opera-brevigny.fr/rencontre/"></head><body>'
        "<h1>Rencontre avec l'équipe</h1><p>12 mars 2026</p>"
        "<p>La rencontre est animée par Lucie Martel, chargée des publics de l'opéra.</p>"
        "</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    assert [(s.name, s.organisation, s.position) for s in session.draft.speakers] == [
        ("Lucie Martel", "Opéra de Brévigny", "chargée des publics")
    ]


def test_the_site_named_in_brackets_by_a_possessive_or_by_a_lone_word_for_a_body() -> None:
    """The site's name, agreed by its title and og:site_name, in brackets after a position;
    "de l'Agence" with no name after it anywhere on the page; "The Trust's adviser"."""
    text = (
        "<p>Intervenants :</p><ul>"
        "<li>Mme Clara Vidal, cheffe de projet numérique (Val-Brune Attractivité)</li></ul>"
        "<p>Animation : Hugo Lenoir, chargé des partenariats de l'Agence.</p>"
    )
    site = "<html><head><title>Bilan | Val-Brune Attractivité</title>"
    html = (
        f'{site}<meta property="og:site_name" content="Val-Brune Attractivité – Espace pro">'
        "</head><body><h1>Bilan de saison</h1><p>12 mars 2026</p>" + text + "</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Clara Vidal", "Val-Brune Attractivité"),
        ("Hugo Lenoir", "Val-Brune Attractivité"),
    ]
    text = "<p>The Trust's tenancy adviser, Owen Pike, answered questions in the chat.</p>"
    assert _people("Harbourside Housing Trust", text) == [
        ("Owen Pike", "Harbourside Housing Trust")
    ]


def test_a_day_without_a_year_takes_the_year_of_a_short_heading_over_the_pages_days() -> None:
    """ "Dienstag, 12. Mai" with "Veranstaltungen 2027" over a sidebar list of the days; a
    heading with two different years names none."""
    html = (
        "<html><head><title>Obstbaumschnitt im Frühjahr</title></head><body>"
        "<h1>Obstbaumschnitt im Frühjahr</h1><p>Dienstag, 12. Mai, 18:00 Uhr, online</p>"
        "<p>Referentin: Jana Vogt, Gartenbauberaterin</p>"
        "<h3>{}</h3><ul><li>12. Mai – Obstbaumschnitt</li><li>9. Juni – Kompost</li></ul>"
        "</body></html>"
    )
    for heading, date in (
        ("Veranstaltungen 2027", dt.date(2027, 5, 12)),
        ("Veranstaltungen 2027</h3><h3>Archiv 2026", None),
    ):
        page = html.format(heading).encode("utf-8")
        [session] = extract_page(page, content_type="text/html")
        assert session.draft.date == date


def test_a_legal_form_after_a_comma_and_an_elided_italian_at_close_a_body() -> None:
    """ "ředitel společnosti Stavby Morava, s. r. o.", "prezes firmy Ekoplan, sp. z o.o.": the
    legal form set apart by a comma is the body's; "all'IC Ponte Verde": at that body."""
    [session] = extract_text(
        "Webinar on local data\n\n7 May 2024\n\nSpeakers\n"
        "Jan Novák, ředitel společnosti Stavby Morava, s. r. o.\n"
        "Anna Nowak, prezes zarządu firmy Ekoplan, sp. z o.o.\n"
        "Chiara Bassi, insegnante di matematica all'IC Ponte Verde\n"
    )
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Jan Novák", "Stavby Morava, s. r. o."),
        ("Anna Nowak", "Ekoplan, sp. z o.o."),
        ("Chiara Bassi", "IC Ponte Verde"),
    ]


def test_from_links_a_position_to_a_body_but_not_to_a_place() -> None:
    [session] = extract_text(
        "Webinar on local data\n\n7 May 2024\n\nSpeakers\n"
        "Glen Moss, a volunteer from the Riverside Carers Association\n"
        "Tom Wirt, a birdwatcher from the Biebrza valley\n"
    )
    assert [(s.name, s.organisation) for s in session.draft.speakers] == [
        ("Glen Moss", "Riverside Carers Association"),
        ("Tom Wirt", None),
    ]


def test_a_czech_or_polish_role_whose_nominative_ends_in_a_keeps_it() -> None:
    """ "předseda spolku", "wojewoda": the -a of these masculine roles is the nominative's own, so
    the position is written whole."""
    text = (
        "<p>Přednášející:</p><ul><li>Jan Novák, předseda spolku Živá voda</li>"
        "<li>Eva Malá, místopředseda Rady pro vodu</li></ul>"
    )
    html = (
        f"<html><head><title>Webinář o vodě v krajině | Živá voda</title></head><body>"
        f"<h1>Webinář o vodě v krajině</h1><p>7. 5. 2024</p>{text}</body></html>"
    )
    [session] = extract_page(html.encode("utf-8"), content_type="text/html")
    positions = [s.position.split()[0] for s in session.draft.speakers]
    assert positions == ["předseda", "místopředseda"]
