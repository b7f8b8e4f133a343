"""A Polish feminine participle role ("przewodnicząca", "kierująca") is in the nominative:
neither it nor the name after it is put back from a case it is not in."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record
from webinar_archive.importers.page.nominative import inflected_role


@pytest.mark.parametrize("role", ["przewodnicząca Komisji", "kierująca pracownią"])
def test_participle_role_is_nominative(role: str) -> None:
    assert inflected_role(role, "pl") == (role, False)


def test_a_genitive_role_is_still_put_back() -> None:
    assert inflected_role("dyrektora Muzeum", "pl") == ("dyrektor Muzeum", True)


def test_name_after_a_participle_role_stays_whole() -> None:
    html = (
        "<html lang='pl'><head><title>Spotkanie</title></head><body>"
        "<h1>Ogrody deszczowe na osiedlu</h1><p>Wtorek, 10 marca 2026, godz. 18:00, online.</p>"
        "<p>Głos zabierze przewodnicząca Rady Nadzorczej Marta Wilk-Sobczak. "
        "Na pytania odpowie Jan Bąk z Miejskiego Przedsiębiorstwa Wodociągów.</p></body></html>"
    )
    names = [s["name"] for s in page_record(extract_page(html.encode()))["speakers"]]
    assert "Marta Wilk-Sobczak" in names
