"""Bodies on a page: the site's own body named by its kind, descriptions and positions run into
a body's name, and Polish adjectives after a body's head; short pages written for the test."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page


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
