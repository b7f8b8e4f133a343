"""A museum's keeper of a collection is a position: "Keeper of X, Y Museum" is the role, then
the body."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.names import is_role_word


def test_keeper_is_a_role_word():
    assert is_role_word("Keeper")
    assert is_role_word("Keepers")
    assert not is_role_word("Goalkeeper")


def test_keeper_line_splits_role_and_body():
    html = (
        "<html><body><h1>Maps of the drowned valley</h1><p>14 May 2027, 18:00</p>"
        "<h2>Speakers</h2><ul><li>Rhian Tudor, Keeper of Maps and Plans, Aberhafren County "
        "Archive</li><li>Anna Berg, geologist</li></ul></body></html>"
    )
    people = extract_page(html.encode())[0].draft.speakers
    assert (people[0].name, people[0].organisation, people[0].position) == (
        "Rhian Tudor",
        "Aberhafren County Archive",
        "Keeper of Maps and Plans",
    )
