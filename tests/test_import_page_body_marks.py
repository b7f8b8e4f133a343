"""Notes in brackets after a body, a legal form's lost last dot, a body named by its kind."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.body_marks import (
    acronym_then_role,
    cell_body,
    kind_named_body,
    with_last_dot,
    without_note,
)


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("Gemeinde Kleinau (online)", "Gemeinde Kleinau"),
        ("Agentura Brdy (tlumočeno do češtiny)", "Agentura Brdy"),
        ("Union des Forges (UDF)", "Union des Forges (UDF)"),
        ("Ostrava Labs (Brno)", "Ostrava Labs (Brno)"),
        ("(bez organizace)", "(bez organizace)"),
    ],
)
def test_lower_case_note_after_body_is_dropped(org, expected):
    assert without_note(org) == expected


@pytest.mark.parametrize(
    ("org", "text", "expected"),
    [
        (
            "Ponte Verde Soc. Coop",
            "Marta Bo, Ponte Verde Soc. Coop.\nAltro",
            "Ponte Verde Soc. Coop.",
        ),
        ("Hidro Norte S.A", "con Luis Paz (Hidro Norte S.A.)", "Hidro Norte S.A."),
        ("Lesní dílna s.r.o", "Jan Les, Lesní dílna s.r.o. Další", "Lesní dílna s.r.o."),
        # No dot on the page: nothing to restore.
        ("Hidro Norte S.A", "con Luis Paz, Hidro Norte S.A", "Hidro Norte S.A"),
        # An ordinary last word is no legal form.
        ("Harbour Trust", "Ann Lee, Harbour Trust.", "Harbour Trust"),
    ],
)
def test_legal_form_keeps_its_last_dot(org, text, expected):
    assert with_last_dot(org, text) == expected


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("lektorka, spolek Zelený most", ("lektorka", "Zelený most")),
        ("Projektleiterin, Firma Lichtwerk", ("Projektleiterin", "Lichtwerk")),
        (
            "socia fundadora, cooperativa Hortalizas del Sur",
            ("socia fundadora", "Hortalizas del Sur"),
        ),
        ("lektorka, Praha", None),
        ("lektorka spolek Zelený most", None),
    ],
)
def test_body_named_by_its_kind_after_a_position(position, expected):
    assert kind_named_body(position) == expected


def test_page_with_kind_named_body():
    text = (
        "Přístupné weby pro neslyšící\n\n"
        "Webinář 4. března 2027 od 17:00.\n\n"
        "Přednášejí:\n"
        "Mgr. Eva Horká – tlumočnice, spolek Ruce mluví\n"
        "Ing. Petr Málek – vývojář, Webdílna s.r.o.\n"
    )
    sessions = extract_text(text)
    people = [(s.name, s.organisation, s.position) for s in sessions[0].draft.speakers]
    assert ("Eva Horká", "Ruce mluví", "tlumočnice") in people


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("KSU Welfare Officer", ("Welfare Officer", "KSU")),
        ("AGE Secretary General", ("Secretary General", "AGE")),
        ("IT consultant", None),
        ("Treasurer", None),
        ("ACME Riverside", None),
    ],
)
def test_short_form_before_a_role(position, expected):
    assert acronym_then_role(position) == expected


def test_body_cell_split_inside_a_row():
    text = "Name | Role | Body\nLeo Hart | Tenancy Officer | Shelter Point Wexbury\nNext row"
    assert cell_body("Tenancy Officer | Shelter", "Point", text) == (
        "Tenancy Officer",
        "Shelter Point Wexbury",
    )
    assert cell_body("Tenancy Officer", "Point", text) is None
    assert cell_body("Tenancy Officer | Shelter", "Harbour", text) is None
