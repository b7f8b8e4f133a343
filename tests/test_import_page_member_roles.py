"""A German member of a board or council ("Vorstandsmitglied der X eG") holds a position in the
body after it: the position is the role, the body the organisation."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.names import is_role_word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Vorstandsmitglied", True),
        ("Aufsichtsratsmitglied", True),
        ("Beiratsmitglied", True),
        ("Limited", False),
        ("Mitgliedschaft", False),
    ],
)
def test_member_compound_is_a_role(word, expected):
    assert is_role_word(word) is expected


def test_board_member_line_splits_role_and_body():
    html = (
        "<html><body><h1>Holz aus dem eigenen Wald</h1><p>Mittwoch, 14. April 2027, 19 Uhr</p>"
        "<p>Moderation: Jana Eilers, Beiratsmitglied der Forstbetriebsgemeinschaft Heideland eG"
        "</p></body></html>"
    )
    people = extract_page(html.encode())[0].draft.speakers
    assert [(p.name, p.organisation, p.position) for p in people] == [
        ("Jana Eilers", "Forstbetriebsgemeinschaft Heideland eG", "Beiratsmitglied")
    ]
