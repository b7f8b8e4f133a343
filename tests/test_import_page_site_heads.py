"""A one-word body that is a word of the site's own name: its kind stands for the whole name
(also written as a possessive, "the Survey's team"), its town names no body."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page.blocks import PageDoc
from webinar_archive.importers.page.html_text import html_doc
from webinar_archive.importers.page.own_site import settle_bodies
from webinar_archive.importers.page.site_heads import site_place


def _doc(title: str) -> PageDoc:
    return html_doc(
        f"<html><head><title>{title}</title></head><body><main><h1>Talk</h1></main></body></html>"
    )


def _settled(org: str, position: str | None, title: str) -> tuple[str | None, str | None]:
    speaker = SpeakerDraft("Ada Example", org, "speaker", position)
    settle_bodies([speaker], _doc(title), "")
    return speaker.organisation, speaker.position


@pytest.mark.parametrize(
    ("word", "names", "expected"),
    [
        ("Hohenfels", ["Notarkammer Hohenfels"], True),
        ("Leeds", ["University of Leeds"], True),
        ("Brest", ["Chambre des notaires de Brest"], True),
        # the word for the kind, or a name with no word for its kind, is no town
        ("Kammer", ["Notarkammer Hohenfels"], False),
        ("Survey", ["Westdale Geological Survey"], False),
        ("Westdale", ["Westdale Geological Survey"], False),
        # a word the site's name does not hold, or a short form
        ("Talbach", ["Notarkammer Hohenfels"], False),
        ("NGS", ["NGS", "Westdale Geological Survey"], False),
    ],
)
def test_site_place(word: str, names: list[str], expected: bool) -> None:
    assert site_place(word, names) is expected


def test_a_notary_given_with_her_town_names_no_body() -> None:
    org, position = _settled("Talbach", "Notarin", "Abend | Notarkammer Talbach")
    assert (org, position) == (None, "Notarin, Talbach")


def test_the_sites_kind_in_a_possessive_is_the_whole_name() -> None:
    org, position = _settled(
        "Survey's flood mapping team", "head of the", "Briefing | Westdale Geological Survey"
    )
    assert org == "Westdale Geological Survey"
    assert position == "head of the"


def test_a_possessive_of_another_body_stays_as_written() -> None:
    org, _ = _settled("Council's planning team", None, "Briefing | Westdale Geological Survey")
    assert org == "Council"


def test_the_sites_own_name_before_its_kind_is_no_town() -> None:
    assert site_place("Lumbrera", ["Lumbrera Labs Ltd"]) is False
