"""What a row or a sentence puts around a body's name without being part of it."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.body_edges import settle_edges


@pytest.mark.parametrize(
    ("position", "org", "text", "expected"),
    [
        # A year cell of a graduates' table in front of the position and the body.
        (
            None,
            "1998, Head Brewer, Tollgate Ales Ltd",
            "",
            (None, "Head Brewer, Tollgate Ales Ltd"),
        ),
        ("2003", "Fleet Planner at Orrin Rail", "", ("Fleet Planner", "Orrin Rail")),
        (
            None,
            "Leiterin Einkauf bei Mühlbach Textil AG",
            "",
            ("Leiterin Einkauf", "Mühlbach Textil AG"),
        ),
        (
            None,
            "Regional Inspector for the Apiary Service",
            "",
            ("Regional Inspector", "Apiary Service"),
        ),
        (
            None,
            "Society for the Protection of Birds",
            "",
            (None, "Society for the Protection of Birds"),
        ),
        # No capital and no word for a body: a position, not a body.
        (None, "freelance translator and editor", "", ("freelance translator and editor", None)),
        # A lower-case word for a body stays the body ("the hospital's own service").
        (None, "centre de santé municipal", "", (None, "centre de santé municipal")),
        # A clause after a comma or a dash is no part of the name.
        (
            None,
            "Harbour Lifeboat Station, speaking from the slipway",
            "",
            (None, "Harbour Lifeboat Station"),
        ),
        (
            "lekarz",
            "Szpital Powiatowy w Lisowie – o tym, co robić",
            "",
            ("lekarz", "Szpital Powiatowy w Lisowie"),
        ),
        (None, "Museo del Mare, in diretta da Genova", "", (None, "Museo del Mare")),
        # Lists and genitives after a comma go on naming the body; so does a legal form.
        (
            None,
            "Ministerstvo kultury, památek a cestovního ruchu",
            "",
            (None, "Ministerstvo kultury, památek a cestovního ruchu"),
        ),
        (
            None,
            "Unit C2: Energy, transport, mobility",
            "",
            (None, "Unit C2: Energy, transport, mobility"),
        ),
        (None, "Lesy Hornolipí, s. p.", "", (None, "Lesy Hornolipí, s. p.")),
        # A short form after lower-case words is the body; the words finish the position.
        (
            "investigadora",
            "biología marina (ICMB)",
            "es investigadora en biología marina (ICMB).",
            ("investigadora en biología marina", "ICMB"),
        ),
        # The dot of a legal form lost at a sentence's end comes back when the page has it.
        (
            "socio",
            "Ferri Legnami S.p.A",
            "socio della Ferri Legnami S.p.A. di Lodi",
            ("socio", "Ferri Legnami S.p.A."),
        ),
        (
            "socio",
            "Ferri Legnami S.p.A",
            "socio della Ferri Legnami S.p.A",
            ("socio", "Ferri Legnami S.p.A"),
        ),
    ],
)
def test_settle_edges(
    position: str | None, org: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert settle_edges(position, org, text) == expected


def test_a_graduates_table_gives_position_and_body_apart() -> None:
    page = (
        "<html><body><main><h1>Careers evening: changing sector after ten years</h1>"
        "<p>Thursday 12 March 2026, 18:30</p><h2>Speakers</h2><table>"
        "<tr><th>Name</th><th>Graduated</th><th>Now</th></tr>"
        "<tr><td>Imogen Fairley</td><td>2008</td><td>Quality Lead at Saltmarsh Foods</td></tr>"
        "<tr><td>Tobias Wren</td><td>2012</td><td>Site Manager, Pellow Quarries Ltd</td></tr>"
        "</table></main></body></html>"
    )
    speakers = {s.name: s for s in extract_page(page.encode())[0].draft.speakers}
    imogen, tobias = speakers["Imogen Fairley"], speakers["Tobias Wren"]
    assert (imogen.position, imogen.organisation) == ("Quality Lead", "Saltmarsh Foods")
    assert (tobias.position, tobias.organisation) == ("Site Manager", "Pellow Quarries Ltd")


@pytest.mark.parametrize(
    ("org", "text", "expected"),
    [
        # A name cut before its lower-case words is taken on to its legal form.
        ("Modrá", "kameramanka ze studia Modrá kočka s.r.o., která", "Modrá kočka s.r.o."),
        ("Nordwind", "Tonmeister bei Nordwind medien GmbH in Kiel", "Nordwind medien GmbH"),
        # Not through a sentence, nor past three words.
        ("Lumen", "works with Lumen and then for a GmbH", "Lumen"),
        ("Lumen", "Lumen une deux trois quatre SAS", "Lumen"),
    ],
)
def test_a_name_cut_before_its_legal_form_is_completed(org: str, text: str, expected: str) -> None:
    assert settle_edges(None, org, text) == (None, expected)


@pytest.mark.parametrize(
    ("org", "text", "expected"),
    [
        # A lone head noun whose name goes on in lower-case genitives to the clause's end.
        (
            "Ministerstvo",
            "Eva Dvořáková, ředitelka, Ministerstvo spravedlnosti.",
            "Ministerstvo spravedlnosti",
        ),
        ("Ministerstwo", "Adam Kos (Ministerstwo zdrowia)", "Ministerstwo zdrowia"),
        # A verb after it, a proper name, or a word of a sentence is no part of the name.
        ("Ministerstvo", "Ministerstvo uvedlo, že program pokračuje.", "Ministerstvo"),
        ("Archivis", "Archivis ukázala nové nástroje.", "Archivis"),
    ],
)
def test_a_lone_head_takes_its_genitives(org: str, text: str, expected: str) -> None:
    assert settle_edges(None, org, text) == (None, expected)
