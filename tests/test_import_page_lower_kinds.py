"""A body written in lower case by its kind is the site's body."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.lower_kinds import lower_kind, site_for_kind


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("muzeum", True),
        ("biblioteca comunale", True),
        ("Biblioteca Comunale di Rovere", False),
        ("kuchnia polska", False),
        ("cooperativa agricola del lago sud", False),
    ],
)
def test_lower_case_kind(org, expected):
    assert lower_kind(org) is expected


def test_site_name_holding_the_kind_is_preferred():
    names = ["BCR", "Biblioteca Comunale di Rovere"]
    assert site_for_kind("biblioteca comunale", names) == "Biblioteca Comunale di Rovere"
    assert site_for_kind("museo", names) == "BCR"
    assert site_for_kind("museo", []) is None
    assert site_for_kind("Museo Civico", names) is None


def test_page_names_its_body_by_kind_in_lower_case():
    html = """<html><head><title>Stare mapy regionu – Muzeum Ziemi Borowskiej</title>
<meta property="og:site_name" content="Muzeum Ziemi Borowskiej"></head><body>
<header><a class="logo" href="/">
<img alt="Muzeum Ziemi Borowskiej – muzeum regionalne"></a></header>
<main><h1>Stare mapy regionu</h1>
<p>Wykład online 9 marca 2027, godz. 18:00.</p>
<ul><li>Ewa Lis, kustoszka zbiorów kartograficznych, muzeum regionalne</li>
<li>Adam Kruk, Uniwersytet Borowski</li></ul>
</main><footer>© 2027 Muzeum Ziemi Borowskiej</footer></body></html>"""
    sessions = extract_page(html.encode())
    people = {s.name: s.organisation for s in sessions[0].draft.speakers}
    assert people["Ewa Lis"] == "Muzeum Ziemi Borowskiej"
    assert people["Adam Kruk"] == "Uniwersytet Borowski"
