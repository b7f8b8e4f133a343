"""Families of people misses, second round, each in wordings and languages no record holds:
civic and clerical titles, a German job compound before a name, a number opening a sentence,
verbs for opening the session, and a logo set in separate elements."""

from __future__ import annotations

import pytest

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.lead_occupations import lead_noun
from webinar_archive.importers.page.not_people import without_non_people


def _people(html: str) -> dict[str, tuple[str | None, str | None]]:
    page = extract_page(html.encode())[0]
    return {s.name: (s.organisation, s.position) for s in page.draft.speakers}


def _page(title: str, site: str, people: str, *, lang: str = "en") -> str:
    return f"""<html lang="{lang}"><head><title>{title} | {site}</title></head><body>
<header><a class="logo" href="/">{site}</a><nav>Home · Events</nav></header>
<main><h1>{title}</h1><p>Online, 12 May 2027, 10:00.</p>
{people}
</main><footer>© 2027 {site}</footer></body></html>"""


# Civic and clerical titles before a name are no part of it.


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("Cllr Maeve Dunlop", "Maeve Dunlop"),
        ("Revd Ruth Abbey", "Ruth Abbey"),
        ("Mons. Carlo Vitale", "Carlo Vitale"),
    ],
)
def test_a_civic_or_clerical_title_in_a_table_cell(cell: str, name: str):
    html = _page(
        "Accessible stops consultation",
        "Harbourside Transport Forum",
        "<table><tr><th>Name</th><th>Role</th><th>Organisation</th></tr>"
        f"<tr><td>{cell}</td><td>Chair</td><td>Harbourside Transport Forum</td></tr>"
        "<tr><td>Dr Ines Varga</td><td>Lecturer</td><td>University of Eastmoor</td></tr></table>",
    )
    assert name in _people(html)


# A long German compound ending like a job, before a name with no article.


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Imkermeisterin Anna Roth", "Imkermeisterin"),
        ("Hofbesitzer Jan Ott", "Hofbesitzer"),
        ("Restauratorin Eva Lenz", "Restauratorin"),
        ("Christopher Jan Ott", None),
        ("Alexander Jan Ott", None),
    ],
)
def test_a_long_job_compound_before_a_name(name: str, expected: str | None):
    assert lead_noun(name, f"Aus der Praxis berichtete {name} aus Ried.") == expected


@pytest.mark.parametrize("name", ["Drei Jahre", "Zehn Gemeinden", "Zwei Wochen Arbeit"])
def test_a_sentence_opening_with_a_number_is_no_person(name: str):
    assert without_non_people([SpeakerDraft(name)], f"{name} hat es gedauert.") == []


def test_a_german_recap_with_a_number_opening_a_sentence():
    html = _page(
        "Die Orgel klingt wieder",
        "Kirchbauverein Oberried e.V.",
        "<p>Am Abend berichtete Orgelbauerin Dr. Eva Lenz über die Arbeiten. Zwei Jahre hat die "
        "Restaurierung gedauert. Durch den Abend führte Jan Ott.</p>",
        lang="de",
    )
    assert not any(name.startswith("Zwei") for name in _people(html))


# Opening or leading the session ties a person in prose to it.


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "Introdurrà i lavori la presidente dell'associazione, dott.ssa Carla Neri.",
            "it",
            "Carla Neri",
        ),
        ("The evening will be introduced by our treasurer, Mr Owen Pryce.", "en", "Owen Pryce"),
        ("Den Abend eröffnet die Vorsitzende Dr. Eva Lenz.", "de", "Eva Lenz"),
    ],
)
def test_a_verb_for_opening_the_session(sentence: str, lang: str, name: str):
    html = _page(
        "Zecche e zoonosi", "Società Veterinaria di Valdora", f"<p>{sentence}</p>", lang=lang
    )
    assert name in _people(html)


def test_a_logo_set_in_two_spans_gives_two_names():
    html = """<html lang="it"><head><title>ASVD | Zecche e zoonosi</title></head><body>
<header><a href="/" class="logo"><span>ASVD</span> <span>Associazione Sanitaria Val Dora</span></a>
</header><main><h1>Zecche e zoonosi</h1><p>Data: 12/05/2027</p>
<p>Introdurrà i lavori il direttore dell'Associazione, dott. Luca Neri.</p></main></body></html>"""
    assert _people(html)["Luca Neri"][0] == "Associazione Sanitaria Val Dora"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The talk is given by Anna Pike, with the Revd Dr Owen Hale, chaplain at the school.",
            "en",
        ),
        ("Interverrà Sara Conti, insieme a Mons. Carlo Vitale, parroco di Borgone.", "it"),
    ],
)
def test_a_titled_person_is_no_ones_body(sentence: str, lang: str):
    html = _page("Grief in schools", "Harbourside Hospice", f"<p>{sentence}</p>", lang=lang)
    orgs = [org for org, _ in _people(html).values() if org]
    assert not any(org.startswith(("Revd", "Mons.")) for org in orgs)
